"""Speaker entity ids from the linker's mention map (overlap with ``speaker_span``)."""

from __future__ import annotations

import bisect
import logging
from collections.abc import Sequence
from dataclasses import replace

from ..model import Doc, Quote, Span

log = logging.getLogger(__name__)

__all__ = ["resolve_speakers"]

_TYPE_RANK = {"PER": 0, "ORG": 1, "MISC": 2, "LOC": 3}


def resolve_speakers(quotes: Sequence[Quote], docs: Sequence[Doc], mention_map: dict[Span, str]) -> list[Quote]:
    """Set ``speaker`` to the entity whose mention overlaps ``speaker_span`` (PER first, then the
    largest overlap, then the later mention: an apposition names the speaker)."""
    types: dict[Span, str] = {m.span: m.type for d in docs for m in d.mentions}
    by_article: dict[str, list[Span]] = {}
    for span in mention_map:
        by_article.setdefault(span.article, []).append(span)
    starts: dict[str, list[int]] = {}
    for art, spans in by_article.items():
        spans.sort()
        starts[art] = [s.start for s in spans]
    max_len = max((s.end - s.start for s in mention_map), default=0)
    out: list[Quote] = []
    for q in quotes:
        sp = q.speaker_span
        if sp is None or sp.article not in by_article:
            out.append(q)
            continue
        spans = by_article[sp.article]
        lo = bisect.bisect_left(starts[sp.article], sp.start - max_len)
        hi = bisect.bisect_left(starts[sp.article], sp.end)
        cands = []
        for m in spans[lo:hi]:
            overlap = min(m.end, sp.end) - max(m.start, sp.start)
            if overlap > 0:
                cands.append((_TYPE_RANK.get(types.get(m, ""), 5), -overlap, -m.start, m))
        if not cands:
            out.append(q)
            continue
        best = min(cands)[3]
        out.append(replace(q, speaker=mention_map[best]))
    return out
