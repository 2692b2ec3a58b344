"""Text reuse stage (issue 7): wire copy between articles, passage by passage.

Candidate pairs come from MinHash LSH over word-shingle windows (:mod:`.lsh`, storage in
memory or SQLite, :mod:`.storage`); candidate pairs are aligned word by word (:mod:`.align`).
:mod:`.graph` turns the passages into a reuse graph: likely source per pair, and per article
the share of its text that is reused.
"""

from __future__ import annotations

from .align import Alignment, AlignParams, align
from .detect import detect_reuse
from .graph import ReuseSource, reuse_shares, reuse_sources
from .index import ReuseConfig, ReuseIndex
from .storage import MemoryStorage, SegmentStorage, SQLiteStorage, open_storage

__all__ = [
    "AlignParams",
    "Alignment",
    "MemoryStorage",
    "ReuseConfig",
    "ReuseIndex",
    "ReuseSource",
    "SQLiteStorage",
    "SegmentStorage",
    "align",
    "detect_reuse",
    "open_storage",
    "reuse_shares",
    "reuse_sources",
]
