"""Count the named items before "und 53 weitere Staaten" ("die USA, Russland, die Ukraine")."""

from __future__ import annotations

import re

__all__ = ["enumeration_items"]

_CONJ = re.compile(r"(?:,|\s(?:und|sowie|and|as well as))\s*$", re.IGNORECASE)
_LIST_START = re.compile(r"\b(?:sowohl|wie|etwa|darunter|namentlich|both|including|such as)\s+", re.IGNORECASE)


def enumeration_items(text: str, sent_start: int, claim_start: int) -> tuple[int, int]:
    """(start offset of the enumeration, number of named items) before a partial count; (claim_start, 0) if none."""
    before = text[sent_start:claim_start]
    m = _CONJ.search(before)
    if not m:
        return claim_start, 0
    segment = before[: m.start()]
    pieces = segment.split(",")
    count = 0
    start = claim_start
    offset = len(segment)
    for piece in reversed(pieces):
        offset -= len(piece)
        stripped = piece.strip()
        words = stripped.split()
        if not words or not words[-1][:1].isupper():
            break
        lead = _LIST_START.search(piece)
        if lead is not None:
            count += 1
            start = sent_start + offset + lead.end()
            break
        if len(words) <= 3:
            count += 1
            start = sent_start + offset + (len(piece) - len(piece.lstrip()))
            offset -= 1  # the comma
            continue
        count += 1  # first item embedded in the clause: "gehören Deutschland"
        start = sent_start + offset + piece.rfind(words[-1])
        break
    return start, count
