"""Sentences and phrases cut from article text for the briefing (always verbatim, whitespace folded)."""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from ..model import Doc

__all__ = ["SentenceIndex", "clean", "figure_phrase", "shorten"]

_BOUNDARY = re.compile(r"(?<=[.!?…])[\"“”»«]?\s+(?=[\"„“«»(]?[A-ZÄÖÜ0-9])|\n\s*")
_NEXT_WORD = re.compile(r"\s*[^\W\d_][\w-]*")


def clean(text: str) -> str:
    return " ".join(text.split())


def shorten(text: str, limit: int) -> str:
    """``text`` cut at a word boundary to at most ``limit`` characters, marked with "…"."""
    text = clean(text)
    if len(text) <= limit:
        return text
    cut = text[:limit].rsplit(" ", 1)[0].rstrip(",;:–- ")
    return f"{cut} …"


class SentenceIndex:
    """Sentence boundaries of one article: the NLP stage's when there are any, else a simple splitter."""

    def __init__(self, text: str, doc: Doc | None = None) -> None:
        self.text = text
        if doc is not None and doc.sentences:
            self.bounds = [(s.start, s.end) for s in doc.sentences]
        else:
            self.bounds = _split(text)
        self._starts = [s for s, _ in self.bounds]

    def around(self, start: int, end: int) -> tuple[int, int]:
        """The sentence (or run of sentences) covering ``[start, end)``, trimmed of whitespace."""
        if not self.bounds:
            return start, end
        i = max(0, bisect.bisect_right(self._starts, start) - 1)
        j = max(i, bisect.bisect_left(self._starts, end) - 1)
        s, e = self.bounds[i][0], max(self.bounds[j][1], end)
        return _trim(self.text, s, e)

    def first(self) -> tuple[int, int] | None:
        return _trim(self.text, *self.bounds[0]) if self.bounds else None

    def all(self) -> Sequence[tuple[int, int]]:
        return self.bounds


def _split(text: str) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    pos = 0
    for m in _BOUNDARY.finditer(text):
        if m.start() > pos:
            out.append(_trim(text, pos, m.start()))
        pos = m.end()
    if pos < len(text):
        out.append(_trim(text, pos, len(text)))
    return [(s, e) for s, e in out if e > s]


def _trim(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return s, e


def figure_phrase(
    text: str, start: int, end: int, qualifier: str | None = None, lead_words: tuple[str, ...] = ()
) -> tuple[int, int]:
    """Widen a claim span to a readable figure: the hedge or preposition before it ("rund", "seit")
    and the noun after a bare number ("100.000" -> "100.000 Soldaten")."""
    core = text[start:end]
    if qualifier and core.lower().startswith(qualifier.lower()):
        core = core[len(qualifier) :]
    # lead words are matched as written: "Nach sieben Stunden" opens a sentence, it is no figure
    bare = not re.search(r"[^\W\d_]", core)
    before = text[:start].rstrip()
    for lead in sorted({*lead_words, *([qualifier] if qualifier else [])}, key=len, reverse=True):
        if before.endswith(lead) and (len(before) == len(lead) or not before[-len(lead) - 1].isalnum()):
            start = len(before) - len(lead)
            break
    if bare:
        m = _NEXT_WORD.match(text, end)
        if m:
            end = m.end()
    return start, end
