"""Within one article: mentions grouped by key, short forms resolved to the full name introduced.

``Stoltenberg`` joins ``Jens Stoltenberg`` when exactly one full name in the article has that
surname; with two candidates (``Joe Biden``, ``Jill Biden``) the nearest preceding full name wins,
else the nearest following one. A surname typed ORG by the NER still joins the person.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from .normalize import fold_key
from .records import ROLE_REF, TYPE_ORDER, MentionRec
from .translit import skeleton, translit_form
from .unionfind import UnionFind

__all__ = ["LocalEntity", "group_within_doc"]


@dataclass(slots=True)
class LocalEntity:
    """The mentions of one thing inside one article."""

    recs: list[MentionRec]
    reasons: set[str] = field(default_factory=set)
    type: str = "MISC"
    keys: tuple[str, ...] = ()
    full: tuple[MentionRec, ...] = ()

    @classmethod
    def of(cls, recs: list[MentionRec], reasons: set[str]) -> LocalEntity:
        named = [r for r in recs if r.source != ROLE_REF] or recs
        counts = Counter(r.type for r in named)
        etype = min(counts, key=lambda t: (-counts[t], TYPE_ORDER.get(t, 9), t))
        full = tuple(r for r in named if r.is_full) if etype == "PER" else ()
        keys = tuple(sorted({r.key for r in (full or named) if r.key}))
        return cls(recs=recs, reasons=set(reasons), type=etype, keys=keys, full=full)


def _surname_forms(rec: MentionRec) -> tuple[str, str]:
    return fold_key(" ".join(rec.surname)), skeleton(translit_form("".join(rec.surname), rec.lang))


def group_within_doc(
    recs: Sequence[MentionRec], defined: Mapping[str, str] | None = None
) -> list[tuple[list[int], set[str]]]:
    """Groups (indexes into ``recs``, merge reasons) of the mentions of one article that name the same thing.

    ``defined``: acronym key -> long-form key for the acronyms this article defines (``Name (ACR)``)."""
    uf = UnionFind(len(recs))
    full_by_surname: dict[str, list[int]] = defaultdict(list)
    for i, rec in enumerate(recs):
        if rec.is_full:
            exact, skel = _surname_forms(rec)
            full_by_surname[exact].append(i)
            if skel and skel != exact:
                full_by_surname["~" + skel].append(i)
    short: set[int] = set()
    if full_by_surname:
        for i, rec in enumerate(recs):
            if rec.is_full or rec.source == ROLE_REF or not rec.words or not rec.words[0][:1].isupper():
                continue
            cands = full_by_surname.get(rec.key)
            if not cands and rec.type == "PER":
                cands = full_by_surname.get("~" + skeleton(translit_form("".join(rec.words), rec.lang)))
            if not cands:
                continue
            target = _nearest(recs, rec, sorted(cands))
            short.add(i)
            uf.union(target, i, f"short-form: '{rec.surface}' -> '{recs[target].base}'")
    by_key: dict[str, int] = {}
    for i, rec in enumerate(recs):
        if i in short:
            continue
        if rec.key in by_key:
            uf.union(by_key[rec.key], i)
        else:
            by_key[rec.key] = i
    _org_short_forms(recs, by_key, uf)
    for acronym, long_key in sorted((defined or {}).items()):
        if acronym in by_key and long_key in by_key:
            uf.union(by_key[long_key], by_key[acronym], f"acronym defined here: {acronym} = {long_key}")
    groups: dict[int, list[int]] = defaultdict(list)
    for i in range(len(recs)):
        groups[uf.find(i)].append(i)
    return [(members, set(uf.reasons(members[0]))) for members in sorted(groups.values())]


def _org_short_forms(recs: Sequence[MentionRec], by_key: dict[str, int], uf: UnionFind) -> None:
    """``Ford`` joins ``Ford Motor Company`` when exactly one longer organisation name in the article (all
    words capitalised, so not a description such as ``Airbus parent company EADS``) starts with it."""
    heads: dict[str, set[str]] = defaultdict(set)
    for key, i in by_key.items():
        rec = recs[i]
        if rec.type == "ORG" and len(rec.words) > 1 and all(w[:1].isupper() or w[:1].isdigit() for w in rec.words):
            heads[fold_key(rec.words[0])].add(key)
    for key, i in by_key.items():
        rec = recs[i]
        longer = heads.get(key)
        if rec.type == "ORG" and len(rec.words) == 1 and longer is not None and len(longer) == 1:
            target = next(iter(longer))
            uf.union(by_key[target], i, f"short-form: '{rec.base}' -> '{recs[by_key[target]].base}'")


def _nearest(recs: Sequence[MentionRec], rec: MentionRec, cands: list[int]) -> int:
    if len(cands) == 1:
        return cands[0]
    before = [c for c in cands if recs[c].span.start < rec.span.start]
    if before:
        return max(before, key=lambda c: (recs[c].span.start, c))
    return min(cands, key=lambda c: (recs[c].span.start, c))
