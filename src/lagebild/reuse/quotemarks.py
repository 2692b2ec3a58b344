"""Character ranges inside quotation marks, and how much of a span they cover.

Used to tell a shared quotation (both outlets quote the same speaker) from copied
narrative. Quotes found by the quote stage come first; quotation marks are the fallback
for articles the quote stage found nothing in (any language that uses „“, “”, "", »«, «»).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

__all__ = ["covered_fraction", "merge_ranges", "quote_mark_ranges"]

_QUOTED = re.compile(r"„[^„“”\"]{1,3000}[“”\"]|“[^“”]{1,3000}”|\"[^\"]{1,3000}\"|»[^»«]{1,3000}«|«[^«»]{1,3000}»")


def quote_mark_ranges(text: str) -> list[tuple[int, int]]:
    """Ranges ``[start, end)`` of the text between (and including) paired quotation marks."""
    return [(m.start(), m.end()) for m in _QUOTED.finditer(text)]


def merge_ranges(ranges: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sorted, non-overlapping union of ``ranges``."""
    out: list[tuple[int, int]] = []
    for s, e in sorted(ranges):
        if out and s <= out[-1][1]:
            if e > out[-1][1]:
                out[-1] = (out[-1][0], e)
        else:
            out.append((s, e))
    return out


def covered_fraction(start: int, end: int, ranges: list[tuple[int, int]]) -> float:
    """Share of ``[start, end)`` covered by the merged ``ranges``."""
    if end <= start:
        return 0.0
    cov = 0
    for s, e in ranges:
        if e <= start:
            continue
        if s >= end:
            break
        cov += min(e, end) - max(s, start)
    return cov / (end - start)
