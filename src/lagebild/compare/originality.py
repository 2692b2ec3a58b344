"""Share of an article's text that is its own, i.e. not wire copy shared with another article."""

from __future__ import annotations

from collections import defaultdict

from ..model import Analysis
from .exclusive import merged_length

__all__ = ["original_shares"]


def original_shares(analysis: Analysis) -> dict[str, float | None]:
    """Article id -> 1 - (characters inside reused passages / characters of text), rounded to 3 places.

    Passages the reuse stage marks as ``shared_quote`` (the same quote attributed by both outlets)
    are not wire copy and do not count. ``None`` for an empty text.
    """
    spans: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for r in analysis.reuse:
        if r.shared_quote or r.a.article == r.b.article:
            continue
        spans[r.a.article].append((r.a.start, r.a.end))
        spans[r.b.article].append((r.b.start, r.b.end))
    out: dict[str, float | None] = {}
    for art in analysis.articles:
        n = len(art.text)
        if n == 0:
            out[art.id] = None
            continue
        clipped = [(max(0, s), min(n, e)) for s, e in spans.get(art.id, [])]
        out[art.id] = round(1.0 - merged_length(clipped) / n, 3)
    return out
