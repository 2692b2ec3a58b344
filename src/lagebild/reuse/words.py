"""Normalised word tokens with character offsets: the unit reuse works on.

Reuse must not depend on the NLP stage's tags, so it reads raw text with one small
regular expression. Words are case-folded ("NATO" and "Nato" match) and hyphenated
compounds split into their parts ("Nato-Russland-Rat" -> nato, russland, rat), which
works the same for any alphabetic script.
"""

from __future__ import annotations

import re
import zlib
from dataclasses import dataclass

import numpy as np

__all__ = ["Words", "word_hashes", "words_of"]

_WORD = re.compile(r"\w+", re.UNICODE)


@dataclass(frozen=True, slots=True)
class Words:
    """Normalised words of one text and their character offsets (parallel tuples)."""

    norm: tuple[str, ...]
    starts: tuple[int, ...]
    ends: tuple[int, ...]

    def __len__(self) -> int:
        return len(self.norm)

    def char_span(self, i: int, j: int) -> tuple[int, int]:
        """Character span of words ``[i, j)``."""
        return self.starts[i], self.ends[j - 1]

    def index_at(self, char: int) -> int:
        """Index of the first word ending after ``char``."""
        lo, hi = 0, len(self.ends)
        while lo < hi:
            mid = (lo + hi) // 2
            if self.ends[mid] <= char:
                lo = mid + 1
            else:
                hi = mid
        return lo


def words_of(text: str) -> Words:
    """Case-folded word tokens of ``text`` with exact character offsets."""
    spans = [m.span() for m in _WORD.finditer(text)]
    if not spans:
        return Words((), (), ())
    starts, ends = zip(*spans, strict=True)
    # one casefold over all words: \w+ tokens hold no spaces and casefold adds none
    norm = " ".join([text[s:e] for s, e in spans]).casefold().split(" ")
    return Words(tuple(norm), starts, ends)


def word_hashes(norm: tuple[str, ...] | list[str]) -> np.ndarray:
    """Stable 32-bit hash per word (CRC32 of UTF-8, independent of PYTHONHASHSEED)."""
    crc = zlib.crc32
    return np.fromiter((crc(w.encode("utf-8")) for w in norm), dtype=np.uint64, count=len(norm))
