"""Pair quotation marks: „…“ "…" »…« «…» “…” (top level; ‚…‘ nested inside is kept as content)."""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["QuotePair", "find_quote_pairs"]

# opener -> closers accepted for it
_CLOSERS: dict[str, str] = {
    "„": '“”"',
    "»": "«",
    "«": "»",
    "“": '”"',
    '"': '"',
}
_MAX_LEN = 3000  # a quote longer than this is treated as an unmatched mark


@dataclass(frozen=True, slots=True)
class QuotePair:
    """Character offsets of the opening and closing mark (``close`` is the closer's index)."""

    open: int
    close: int

    @property
    def inner(self) -> tuple[int, int]:
        return self.open + 1, self.close

    @property
    def outer(self) -> tuple[int, int]:
        return self.open, self.close + 1


def _opens_here(text: str, i: int) -> bool:
    """Straight/English marks open a quote when preceded by a boundary and followed by text."""
    prev = text[i - 1] if i > 0 else " "
    nxt = text[i + 1] if i + 1 < len(text) else " "
    return (prev.isspace() or prev in "([{—–-/:") and not nxt.isspace()


def _german_style(text: str) -> bool:
    return text.count("„") >= max(1, text.count("“") // 2)


def find_quote_pairs(text: str) -> list[QuotePair]:
    """All top-level quotation pairs in ``text``, left to right, non-overlapping."""
    pairs: list[QuotePair] = []
    german = _german_style(text)
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        closers = _CLOSERS.get(ch)
        if closers is None or (ch in '"“' and not _opens_here(text, i)) or (ch == "“" and german):
            i += 1
            continue
        if ch == "«" and "»" in text[i + 1 : i + 2]:
            i += 1
            continue
        j = i + 1
        end = min(n, i + _MAX_LEN)
        found = -1
        while j < end:
            c = text[j]
            if c in closers and not (
                c == '"' and ch == '"' and j + 1 < n and text[j + 1].isalnum() and j - 1 > i and text[j - 1].isspace()
            ):
                found = j
                break
            if c == "\n" and j + 1 < n and text[j + 1] == "\n":
                break  # quotes do not run across paragraph breaks
            if c in "„»" and ch in "„»" and c == ch:
                break  # a new quote starts before this one closed
            j += 1
        if found > i + 1:
            pairs.append(QuotePair(i, found))
            i = found + 1
        else:
            i += 1
    return pairs
