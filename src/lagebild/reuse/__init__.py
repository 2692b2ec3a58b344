"""Text reuse stage (owner: issue 7). TEMPORARY interface placeholder."""

from __future__ import annotations

from collections.abc import Sequence

from ..model import Doc, Quote, Reuse


def detect_reuse(docs: Sequence[Doc], quotes: Sequence[Quote] = ()) -> list[Reuse]:
    """Passage-level reuse between articles (MinHash LSH candidates + alignment)."""
    return []
