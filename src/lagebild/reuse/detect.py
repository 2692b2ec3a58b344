"""``detect_reuse``: passage-level text reuse between the articles of one run."""

from __future__ import annotations

import logging
from collections import defaultdict
from collections.abc import Sequence

from ..model import Doc, Quote, Reuse, Span
from .align import Alignment
from .index import ReuseConfig, ReuseIndex
from .quotemarks import covered_fraction, merge_ranges, quote_mark_ranges
from .storage import PostingStorage
from .words import Words

__all__ = ["detect_reuse"]

log = logging.getLogger(__name__)

_QUOTE_KINDS = frozenset({"direct", "mixed"})
SHARED_QUOTE_COVER = 0.5  # share of the passage inside quotes, in both articles


def _quote_ranges(docs: Sequence[Doc], quotes: Sequence[Quote]) -> dict[str, list[tuple[int, int]]]:
    by_article: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for q in quotes:
        if q.kind in _QUOTE_KINDS:
            by_article[q.span.article].append((q.span.start, q.span.end))
    out: dict[str, list[tuple[int, int]]] = {}
    for d in docs:
        aid = d.article.id
        ranges = by_article.get(aid, []) + quote_mark_ranges(d.text)
        out[aid] = merge_ranges(ranges)
    return out


def _to_reuse(
    al: Alignment, first: tuple[str, Words], second: tuple[str, Words], quotes: dict[str, list[tuple[int, int]]]
) -> Reuse:
    (id_a, wa), (id_b, wb) = first, second
    a0, a1 = wa.char_span(al.a_start, al.a_end)
    b0, b1 = wb.char_span(al.b_start, al.b_end)
    shared = (
        covered_fraction(a0, a1, quotes.get(id_a, [])) >= SHARED_QUOTE_COVER
        and covered_fraction(b0, b1, quotes.get(id_b, [])) >= SHARED_QUOTE_COVER
    )
    span_a, span_b = Span(id_a, a0, a1), Span(id_b, b0, b1)
    if (span_b.article, span_b.start) < (span_a.article, span_a.start):
        span_a, span_b = span_b, span_a
    return Reuse(a=span_a, b=span_b, similarity=al.similarity, shared_quote=shared)


def detect_reuse(
    docs: Sequence[Doc],
    quotes: Sequence[Quote] = (),
    *,
    config: ReuseConfig | None = None,
    storage: PostingStorage | None = None,
) -> list[Reuse]:
    """Passages shared between articles (MinHash LSH candidates, then word alignment).

    ``a`` is the span in the article with the smaller id. ``shared_quote`` marks passages that
    lie mostly inside quotations in both articles: the same statement quoted twice, not wire copy.
    Sorted by ``(a.article, a.start, b.article, b.start)``.
    """
    index = ReuseIndex(config, storage)
    quote_ranges = _quote_ranges(docs, quotes)
    ids: list[str] = []
    out: list[Reuse] = []
    try:
        for d in docs:
            idx, matches = index.add(d.article.id, d.text)
            ids.append(d.article.id)
            for m in matches:
                earlier = (ids[m.earlier], index.words(m.earlier))
                current = (d.article.id, index.words(idx))
                for al in m.alignments:
                    out.append(_to_reuse(al, earlier, current, quote_ranges))
    finally:
        if storage is None:
            index.close()
    out.sort(key=lambda r: (r.a.article, r.a.start, r.b.article, r.b.start, r.a.end, r.b.end))
    log.debug("reuse: %d passages among %d articles", len(out), len(docs))
    return out
