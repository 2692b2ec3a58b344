"""Speaker entity ids from the linker's mention map (overlap with ``speaker_span``)."""

from __future__ import annotations

import bisect
import logging
import re
from collections.abc import Sequence
from dataclasses import replace

from ..model import Doc, Quote, Span

log = logging.getLogger(__name__)

__all__ = ["resolve_speakers"]

_TYPE_RANK = {"PER": 0, "ORG": 1, "MISC": 2, "LOC": 3}
# "US-Angaben", "Nato-Kreisen": a source compound whose first part names the speaker
_NAME_COMPOUND = re.compile(r"([A-ZÄÖÜ][\w.]*)-[A-ZÄÖÜ]\w+")


def _equivalents(name: str, lang: str | None) -> set[str]:
    """``name`` and the curated aliases and acronyms of the article's language that group with it."""
    from ..link.langdata import load_lang

    out = {name}
    for key, values in load_lang(lang).acronyms:
        group = {key, *values}
        if name in group:
            out |= group
    return out


def resolve_speakers(quotes: Sequence[Quote], docs: Sequence[Doc], mention_map: dict[Span, str]) -> list[Quote]:
    """Set ``speaker`` to the entity whose mention overlaps ``speaker_span`` (PER first, then the
    largest overlap, then the later mention: an apposition names the speaker)."""
    types: dict[Span, str] = {m.span: m.type for d in docs for m in d.mentions}
    mention_texts: dict[Span, str] = {m.span: m.text for d in docs for m in d.mentions}
    texts = {d.article.id: d.article.text for d in docs}
    langs = {d.article.id: d.lang for d in docs}
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
            named = _compound_speaker(sp, texts.get(sp.article, ""), langs.get(sp.article), spans, mention_texts)
            out.append(replace(q, speaker=mention_map[named]) if named else q)
            continue
        best = min(cands)[3]
        out.append(replace(q, speaker=mention_map[best]))
    return out


def _compound_speaker(
    sp: Span, text: str, lang: str | None, spans: Sequence[Span], mention_texts: dict[Span, str]
) -> Span | None:
    """The article's mention named by the first part of a one-word compound source ("Nach US-Angaben": USA)."""
    m = _NAME_COMPOUND.fullmatch(text[sp.start : sp.end])
    if m is None:
        return None
    names = _equivalents(m.group(1), lang)
    found = [s for s in spans if mention_texts.get(s) in names]
    return min(found, key=lambda s: abs(s.start - sp.start)) if found else None
