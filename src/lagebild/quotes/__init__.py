"""Quote stage (issue 6): who said what.

* :func:`extract_quotes` (per article): direct, indirect and mixed quotes with cue and the
  span of the speaker mention (pronouns resolved to their antecedent); scare quotes and names
  in quotation marks are left out (see :func:`scare_quotes`).
* :func:`resolve_speakers` (cross-article): speaker entity ids from the linker's mention map.
* :func:`link_same_statements` (cross-article): ``same_as`` between articles, blocked by speaker.
"""

from __future__ import annotations

from ..ids import stable_id
from ..model import Doc, Quote, Span
from .extract import RawQuote, find_raw_quotes
from .linking import link_same_statements
from .marks import find_quote_pairs
from .resolve import resolve_speakers
from .similarity import statement_similarity

__all__ = [
    "extract_quotes",
    "link_same_statements",
    "resolve_speakers",
    "scare_quotes",
    "statement_similarity",
]


_PUBLIC_KINDS = frozenset({"direct", "indirect", "mixed"})  # "reported" speech acts stay internal


def _to_quotes(doc: Doc, raw: RawQuote) -> list[Quote]:
    art = doc.article.id
    text = doc.text
    cue_span = Span(art, raw.cue_spans[0][0], raw.cue_spans[-1][1]) if raw.cue_spans else None
    speaker_span = Span(art, *raw.speaker) if raw.speaker else None
    spans = raw.inner if raw.inner else [(raw.parts[0][0], raw.parts[-1][1])]
    out = []
    for start, end in spans:
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        out.append(
            Quote(
                id=stable_id("q", art, start, end),
                span=Span(art, start, end),
                kind=raw.kind,
                cue=raw.cue,
                speaker_span=speaker_span,
                cue_span=cue_span,
                text=text[start:end],
            )
        )
    return out


def extract_quotes(doc: Doc) -> list[Quote]:
    """Per article: direct/indirect/mixed quotes with speaker_span and cue (speaker id unset)."""
    quotes: list[Quote] = []
    for raw in find_raw_quotes(doc):
        if raw.kind in _PUBLIC_KINDS:
            quotes.extend(_to_quotes(doc, raw))
    quotes.sort(key=lambda q: (q.span.start, q.span.end, q.id))
    return quotes


def scare_quotes(doc: Doc) -> list[Span]:
    """Spans (inside the marks) of quotation marks that are not statements: scare quotes,
    titles and names such as ``die „Zeitenwende“``."""
    taken = [(a, b) for raw in find_raw_quotes(doc) for a, b in (raw.inner or raw.parts)]
    out = []
    for p in find_quote_pairs(doc.text):
        a, b = p.inner
        if not any(x <= a and b <= y for x, y in taken):
            out.append(Span(doc.article.id, a, b))
    return out
