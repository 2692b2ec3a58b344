"""What only one article reports: claims (numbers) and statements (quotes) no other article shares.

Claims are compared through a blocking key (kind, unit, value) across all articles of the run (they
report one event; a story split into "before" and "after" must not make a shared figure exclusive),
so the work is linear in the number of claims. A claim also counts as shared when its span lies inside text the
reuse stage found copied into another article (the other copy may have been missed by the parser).
"""

from __future__ import annotations

import logging
from collections import defaultdict
from collections.abc import Iterable

from ..model import Analysis, Claim, Quote, Span

log = logging.getLogger(__name__)

__all__ = ["claim_key", "exclusive_claims", "exclusive_quotes", "merged_length"]

SKIP_KINDS = frozenset({"time", "ordinal"})  # clock times and "ersten" are not findings of their own


def claim_key(claim: Claim) -> tuple[str, str, str]:
    """Blocking key: equal keys mean "the same figure" (value to 4 significant digits, unit, kind)."""
    unit = (claim.unit or "").strip().lower()
    if claim.value is None:
        return (claim.kind, unit, " ".join(claim.text.lower().split()))
    upper = "" if claim.upper is None else f"-{claim.upper:.4g}"
    return (claim.kind, unit, f"{claim.value:.4g}{upper}")


def _reused_spans(analysis: Analysis) -> dict[str, list[tuple[int, int]]]:
    out: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for r in analysis.reuse:
        if r.a.article != r.b.article:
            out[r.a.article].append((r.a.start, r.a.end))
            out[r.b.article].append((r.b.start, r.b.end))
    return {k: sorted(v) for k, v in out.items()}


def _covered(spans: list[tuple[int, int]], span: Span) -> bool:
    return any(s <= span.start and span.end <= e for s, e in spans)


def exclusive_claims(analysis: Analysis) -> dict[str, tuple[str, ...]]:
    """Article id -> ids of the claims only that article reports (sorted by position)."""
    index: dict[tuple[str, str, str], set[str]] = defaultdict(set)
    claims = [c for c in analysis.claims if c.kind not in SKIP_KINDS]
    for c in claims:
        index[claim_key(c)].add(c.span.article)
    reused = _reused_spans(analysis)
    out: dict[str, list[Claim]] = defaultdict(list)
    for c in claims:
        art = c.span.article
        if index[claim_key(c)] - {art} or _covered(reused.get(art, []), c.span):
            continue
        out[art].append(c)
    return {art: tuple(c.id for c in sorted(cs, key=lambda c: (c.span.start, c.id))) for art, cs in out.items()}


def exclusive_quotes(analysis: Analysis) -> dict[str, tuple[str, ...]]:
    """Article id -> ids of quotes no other article carries (no ``same_as``, not in reused text)."""
    reused = _reused_spans(analysis)
    out: dict[str, list[Quote]] = defaultdict(list)
    by_id = {q.id: q for q in analysis.quotes}
    for q in analysis.quotes:
        art = q.span.article
        others = [by_id[o] for o in q.same_as if o in by_id and by_id[o].span.article != art]
        if others or _covered(reused.get(art, []), q.span):
            continue
        out[art].append(q)
    return {art: tuple(q.id for q in sorted(qs, key=lambda q: (q.span.start, q.id))) for art, qs in out.items()}


def merged_length(spans: Iterable[tuple[int, int]]) -> int:
    """Total length of the union of ``spans``."""
    total, cur_s, cur_e = 0, -1, -1
    for s, e in sorted(spans):
        if s > cur_e:
            total += max(0, cur_e - cur_s)
            cur_s, cur_e = s, e
        else:
            cur_e = max(cur_e, e)
    return total + max(0, cur_e - cur_s)
