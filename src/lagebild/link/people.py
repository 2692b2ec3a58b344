"""People across articles: transliteration blocks on the surname, then bare surnames.

``merge_people``: full names whose surnames share a transliteration skeleton (each meets the next
``window`` names of its block, sorted by surname) (``grSk`` for Gruschko,
Grushko, Gruško) merge when the surnames score high with rapidfuzz on the intermediate spelling and the
given names agree (first given name similar or an initial; middle initials equal when both have them).
``merge_surnames``: a bare surname joins the one full name carrying it; bare surnames without any full
name merge with each other; with two or more candidates nothing happens.
"""

from __future__ import annotations

import logging
from collections import defaultdict
from collections.abc import Sequence

from .local import LocalEntity
from .records import MentionRec
from .settings import MergeSettings, window_pairs
from .translit import similarity, skeleton, translit_form
from .unionfind import UnionFind

log = logging.getLogger(__name__)

__all__ = ["merge_people", "merge_surnames"]


def _person_sig(rec: MentionRec) -> tuple[str, str, str]:
    """(first given name, initials of middle names, surname), all in the intermediate spelling."""
    given = rec.given[0].rstrip(".")
    middle = "".join(translit_form(g.rstrip("."), rec.lang)[:1] for g in rec.given[1:])
    return translit_form(given, rec.lang), middle, translit_form("".join(rec.surname), rec.lang)


def _given_ok(a: str, b: str, settings: MergeSettings) -> bool:
    if not a or not b:
        return False
    if len(a) == 1 or len(b) == 1:
        return a[0] == b[0]
    if skeleton(a) == skeleton(b) and similarity(a, b) >= 0.7:
        return True
    return similarity(a, b) >= settings.given_similarity


def merge_people(locals_: Sequence[LocalEntity], uf: UnionFind, settings: MergeSettings) -> None:
    blocks: dict[str, dict[tuple[str, str, str], list[tuple[int, str]]]] = defaultdict(dict)
    for i, ent in enumerate(locals_):
        for rec in ent.full:
            sig = _person_sig(rec)
            blocks[skeleton(sig[2])].setdefault(sig, []).append((i, rec.base))
    for block_key in sorted(blocks):
        sigs = blocks[block_key]
        for sig in sorted(sigs):
            members = sorted(sigs[sig], key=lambda m: m[1])
            i0, base0 = members[0]
            for i, base in members[1:]:
                pair = " ~ ".join(f"'{b}'" for b in sorted((base0, base)))
                uf.union(i0, i, f"translit: {pair} (key {block_key})" if base != base0 else None)
        ordered = sorted(sigs, key=lambda sig: (sig[2], sig[0], sig[1]))  # surname first: variants meet
        for a, b in window_pairs(len(ordered), settings.window):
            ga, ma, sa = ordered[a]
            gb, mb, sb = ordered[b]
            score = similarity(sa, sb)
            if score < settings.surname_similarity or not _given_ok(ga, gb, settings):
                continue
            if ma and mb and ma != mb:  # George H. W. Bush is not George W. Bush
                continue
            ia, base_a = min(sigs[ordered[a]], key=lambda m: m[1])
            ib, base_b = min(sigs[ordered[b]], key=lambda m: m[1])
            pair = " ~ ".join(f"'{x}'" for x in sorted((base_a, base_b)))
            uf.union(ia, ib, f"translit: {pair} (key {block_key}, score {score:.2f})")


def merge_surnames(locals_: Sequence[LocalEntity], uf: UnionFind, settings: MergeSettings) -> None:
    exact: dict[str, set[int]] = defaultdict(set)
    by_skel: dict[str, dict[str, set[int]]] = defaultdict(lambda: defaultdict(set))
    for i, ent in enumerate(locals_):
        for rec in ent.full:
            root = uf.find(i)
            exact[rec.surname_key].add(root)
            form = translit_form("".join(rec.surname), rec.lang)
            by_skel[skeleton(form)][form].add(root)
    orphans: dict[str, dict[str, list[int]]] = defaultdict(lambda: defaultdict(list))
    joins: list[tuple[int, int, str]] = []
    for i, ent in enumerate(locals_):
        if ent.type != "PER" or ent.full or not ent.keys:
            continue
        rec = next(r for r in ent.recs if r.key == ent.keys[0])
        form = translit_form("".join(rec.words), rec.lang)
        skel = skeleton(form)
        cands = set(exact.get(rec.key, ()))
        bucket = by_skel.get(skel, {})
        if len(bucket) > settings.window:  # a crowded skeleton: the same spelling only
            cands.update(bucket.get(form, ()))
        else:
            for other, roots in bucket.items():
                if similarity(form, other) >= settings.surname_similarity:
                    cands.update(roots)
        if len(cands) == 1:
            joins.append((next(iter(cands)), i, f"surname-only: '{rec.base}' -> the one full name with this surname"))
        elif not cands:
            orphans[skel][form].append(i)
        else:
            log.debug("surname %r matches %d people; left apart", rec.base, len(cands))
    for target, i, why in joins:
        uf.union(target, i, why)
    for skel in sorted(orphans):
        for form, members in sorted(orphans[skel].items()):
            for i in members[1:]:
                uf.union(members[0], i, f"translit: surname '{form}' (surname only)")
        forms = sorted(orphans[skel])
        for a, b in window_pairs(len(forms), settings.window):
            score = similarity(forms[a], forms[b])
            if score >= settings.surname_similarity:
                ia, ib = orphans[skel][forms[a]][0], orphans[skel][forms[b]][0]
                uf.union(ia, ib, f"translit: '{forms[a]}' ~ '{forms[b]}' (surname only, score {score:.2f})")
