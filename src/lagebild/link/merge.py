"""Across articles: local entities merged through blocking keys, never by comparing all pairs.

Passes, each recorded as evidence on the merged entity:

1. ``same-name``: equal keys (case, umlaut, hyphen, genitive and declension variants).
2. ``alias``: acronym <-> long form from the curated tables and from the texts; ``initials``: an acronym
   joins the one multi-word name in the corpus whose initials it spells (``GM`` = ``General Motors``).
3. ``translit``: people whose surnames share a transliteration skeleton (``grSk`` for Gruschko,
   Grushko, Gruško), checked with rapidfuzz on the full intermediate spelling, and whose given names
   agree (so ``Sergej Lawrow`` and ``Sergej Rjabkow`` never meet, and ``Joe``/``Hunter Biden`` never merge).
4. ``fuzzy``: ORG/LOC/MISC names of one type in the same prefix or skeleton block, score >= 0.9.
5. ``surname-only``: a bare surname joins the one full name that carries it; with two candidates it stays apart.
"""

from __future__ import annotations

import logging
from collections import defaultdict
from collections.abc import Sequence, Set

from .aliases import AliasTable
from .fuzzy import merge_similar_names
from .langdata import load_common
from .local import LocalEntity
from .normalize import fold_key, is_acronym
from .people import merge_people, merge_surnames
from .records import MentionRec
from .settings import MergeSettings
from .unionfind import UnionFind

log = logging.getLogger(__name__)

__all__ = ["merge_locals"]


def merge_locals(
    locals_: Sequence[LocalEntity],
    aliases: AliasTable,
    settings: MergeSettings | None = None,
    blocked: Set[str] = frozenset(),
) -> UnionFind:
    """Union-find over ``locals_`` with the five passes applied in order."""
    settings = settings or MergeSettings()
    uf = UnionFind(len(locals_))
    for i, ent in enumerate(locals_):
        for why in ent.reasons:
            uf.note(i, why)
    _exact(locals_, uf, blocked)
    _alias(locals_, aliases, uf)
    _initials(locals_, uf)
    merge_people(locals_, uf, settings)
    merge_similar_names(locals_, uf, settings)
    merge_surnames(locals_, uf, settings)
    return uf


def _exact(locals_: Sequence[LocalEntity], uf: UnionFind, blocked: Set[str]) -> None:
    """Equal keys merge, except ``blocked`` ones (acronyms the texts define in two ways)."""
    first: dict[str, int] = {}
    for i, ent in enumerate(locals_):
        for key in ent.keys:
            if key in blocked:
                continue
            if key in first:
                uf.union(first[key], i, f"same-name: {key}")
            else:
                first[key] = i


def _alias(locals_: Sequence[LocalEntity], aliases: AliasTable, uf: UnionFind) -> None:
    """Local entities whose keys fall in one alias group merge; one evidence line per group, naming every
    key of the group seen in the corpus (the same line whatever the input order)."""
    members: dict[str, list[int]] = defaultdict(list)
    seen: dict[str, set[str]] = defaultdict(set)
    for i, ent in enumerate(locals_):
        if ent.type == "PER" and ent.full:
            continue
        for key in ent.keys:
            gid = aliases.group_of.get(key)
            if gid is not None:
                members[gid].append(i)
                seen[gid].add(key)
    for gid in sorted(members):
        first, *rest = members[gid]
        why = aliases.explain(gid, seen[gid]) if len(seen[gid]) > 1 else None
        for i in rest:
            uf.union(first, i, why)


def _initials_of(rec: MentionRec) -> str | None:
    """``General Motors`` -> ``GM``, ``United States Air Force`` -> ``USAF`` (function words skipped)."""
    function_words = load_common().function_words
    words = [w for w in rec.words if fold_key(w) not in function_words]
    if len(words) < 2 or not all(w[:1].isupper() for w in words):
        return None
    return "".join(w[0] for w in words).upper()


def _initials(locals_: Sequence[LocalEntity], uf: UnionFind) -> None:
    """An acronym joins the one multi-word name of the corpus whose initials it spells."""
    longs: dict[str, dict[int, str]] = defaultdict(dict)
    for i, ent in enumerate(locals_):
        if ent.type == "PER":
            continue
        for rec in ent.recs:
            initials = _initials_of(rec)
            if initials:
                root = uf.find(i)
                longs[initials][root] = min(longs[initials].get(root, rec.base), rec.base)
    if not longs:
        return
    joins: list[tuple[int, int, str]] = []
    for i, ent in enumerate(locals_):
        if ent.type == "PER":
            continue
        acronyms = {
            r.words[0].replace(".", "").upper() for r in ent.recs if len(r.words) == 1 and is_acronym(r.words[0])
        }
        for acronym in sorted(acronyms):
            cands = longs.get(acronym, {})
            if len(cands) == 1:
                root, base = next(iter(cands.items()))
                joins.append((root, i, f"initials: {acronym} = {base}"))
    for root, i, why in joins:
        uf.union(root, i, why)
