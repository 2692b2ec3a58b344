"""Posting storage behind one small interface: in memory by default, SQLite on disk.

An LSH band key (a signed 64-bit integer) maps to the values (window ids) filed under it.
Keys with more than ``max_postings`` values are treated as boilerplate (a phrase printed
everywhere) and return nothing, which keeps every lookup bounded and the whole run
near-linear. Both backends give the same answers for the same calls.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Protocol

import numpy as np

__all__ = ["MemoryStorage", "PostingStorage", "SQLiteStorage", "SegmentStorage", "open_storage"]

log = logging.getLogger(__name__)


class PostingStorage(Protocol):
    """What the LSH index needs from a storage backend."""

    max_postings: int

    def add_many(self, pairs: Iterable[tuple[int, int]]) -> None:
        """File each ``(key, value)``."""

    def get_many(self, keys: Sequence[int]) -> dict[int, list[int]]:
        """Values filed under each key (in insertion order); keys without values or saturated are left out."""

    def put_text(self, idx: int, key: str, text: str) -> None:
        """Keep document ``idx`` (its id and text) for later alignment."""

    def get_text(self, idx: int) -> tuple[str, str]:
        """``(id, text)`` of document ``idx``."""

    def n_texts(self) -> int:
        """One more than the highest document number kept (0 when empty)."""

    def put_grams(self, idx: int, data: bytes) -> None:
        """Keep document ``idx``'s fingerprint (its distinct shingle hashes) for quick checks."""

    def get_grams(self, idx: int) -> bytes:
        """The fingerprint kept by :meth:`put_grams` (empty when none)."""

    def close(self) -> None:
        """Release resources (flushes the on-disk store)."""


class _MemoryTexts:
    """Article texts and fingerprints kept in dicts (shared by the in-memory storages)."""

    _docs: dict[int, tuple[str, str]]
    _grams: dict[int, bytes]

    def put_text(self, idx: int, key: str, text: str) -> None:
        self._docs[idx] = (key, text)

    def get_text(self, idx: int) -> tuple[str, str]:
        return self._docs[idx]

    def n_texts(self) -> int:
        return max(self._docs) + 1 if self._docs else 0

    def put_grams(self, idx: int, data: bytes) -> None:
        self._grams[idx] = data

    def get_grams(self, idx: int) -> bytes:
        return self._grams.get(idx, b"")


class MemoryStorage(_MemoryTexts):
    """Dict-backed postings. Saturated keys keep a ``None`` marker and no values."""

    def __init__(self, max_postings: int = 64) -> None:
        if max_postings < 1:
            raise ValueError("max_postings must be >= 1")
        self.max_postings = max_postings
        self._data: dict[int, list[int] | int | None] = {}
        self._docs: dict[int, tuple[str, str]] = {}
        self._grams: dict[int, bytes] = {}

    def add_many(self, pairs: Iterable[tuple[int, int]]) -> None:
        data = self._data
        cap = self.max_postings
        for key, value in pairs:
            cur = data.get(key, -1)
            if cur == -1 and key not in data:
                data[key] = value  # a single posting is stored as a bare int (most keys)
            elif cur is None:
                continue
            elif isinstance(cur, int):
                data[key] = [cur, value] if cap >= 2 else None
            elif len(cur) >= cap:
                data[key] = None
            else:
                cur.append(value)

    def get_many(self, keys: Sequence[int]) -> dict[int, list[int]]:
        out: dict[int, list[int]] = {}
        data = self._data
        for key in keys:
            cur = data.get(key)
            if cur is None:
                continue
            out[key] = [cur] if isinstance(cur, int) else list(cur)
        return out

    def __len__(self) -> int:
        return len(self._data)

    def close(self) -> None:
        return None


class SQLiteStorage:
    """Postings in one SQLite table, so an index larger than memory works."""

    _BATCH = 500

    def __init__(self, path: str | Path, max_postings: int = 64) -> None:
        if max_postings < 1:
            raise ValueError("max_postings must be >= 1")
        self.max_postings = max_postings
        self.path = str(path)
        self._con = sqlite3.connect(self.path)
        self._con.execute("PRAGMA journal_mode=WAL")
        self._con.execute("PRAGMA synchronous=NORMAL")
        self._con.execute("CREATE TABLE IF NOT EXISTS reuse_postings (key INTEGER NOT NULL, value INTEGER NOT NULL)")
        self._con.execute("CREATE INDEX IF NOT EXISTS reuse_postings_key ON reuse_postings (key)")
        self._con.execute(
            "CREATE TABLE IF NOT EXISTS reuse_docs (idx INTEGER PRIMARY KEY, key TEXT NOT NULL, text TEXT)"
        )
        self._con.execute("CREATE TABLE IF NOT EXISTS reuse_grams (idx INTEGER PRIMARY KEY, data BLOB NOT NULL)")
        self._con.commit()

    def put_text(self, idx: int, key: str, text: str) -> None:
        with self._con:
            self._con.execute("INSERT OR REPLACE INTO reuse_docs (idx, key, text) VALUES (?, ?, ?)", (idx, key, text))

    def get_text(self, idx: int) -> tuple[str, str]:
        row = self._con.execute("SELECT key, text FROM reuse_docs WHERE idx = ?", (idx,)).fetchone()
        if row is None:
            raise KeyError(idx)
        return str(row[0]), str(row[1])

    def n_texts(self) -> int:
        return int(self._con.execute("SELECT COALESCE(MAX(idx) + 1, 0) FROM reuse_docs").fetchone()[0])

    def put_grams(self, idx: int, data: bytes) -> None:
        with self._con:
            self._con.execute("INSERT OR REPLACE INTO reuse_grams (idx, data) VALUES (?, ?)", (idx, data))

    def get_grams(self, idx: int) -> bytes:
        row = self._con.execute("SELECT data FROM reuse_grams WHERE idx = ?", (idx,)).fetchone()
        return bytes(row[0]) if row else b""

    def add_many(self, pairs: Iterable[tuple[int, int]]) -> None:
        with self._con:
            self._con.executemany("INSERT INTO reuse_postings (key, value) VALUES (?, ?)", pairs)

    def get_many(self, keys: Sequence[int]) -> dict[int, list[int]]:
        out: dict[int, list[int]] = {}
        uniq = sorted(set(keys))
        for i in range(0, len(uniq), self._BATCH):
            chunk = uniq[i : i + self._BATCH]
            marks = ",".join("?" * len(chunk))
            rows = self._con.execute(
                f"SELECT key, value FROM reuse_postings WHERE key IN ({marks}) ORDER BY key, rowid", chunk
            )
            for key, value in rows:
                out.setdefault(key, []).append(value)
        cap = self.max_postings
        return {k: v for k, v in out.items() if len(v) <= cap}

    def __len__(self) -> int:
        return int(self._con.execute("SELECT COUNT(DISTINCT key) FROM reuse_postings").fetchone()[0])

    def close(self) -> None:
        self._con.commit()
        self._con.close()


def open_storage(path: str | Path | None = None, max_postings: int = 64) -> PostingStorage:
    """In-memory storage, or SQLite at ``path`` when given."""
    if path is None:
        return MemoryStorage(max_postings=max_postings)
    log.debug("reuse postings on disk at %s", path)
    return SQLiteStorage(path, max_postings=max_postings)


class SegmentStorage(_MemoryTexts):
    """Compact in-memory postings: a small dict buffer plus sorted numpy segments (12 bytes a posting).

    Postings are buffered in a dict and flushed into an immutable segment (sorted int64 keys,
    int32 values) every ``flush_size`` postings; segments are merged when there are more than
    ``max_segments``, like an LSM tree. Lookups binary-search every segment for the whole batch
    of keys at once. Same answers as :class:`MemoryStorage`, several times less memory, but
    slower lookups once segments outgrow the CPU caches (each binary search is a chain of cache
    misses): measured 26.5 s vs 23.1 s CPU on 10k generated articles, and far slower than the
    dict at 100k. Prefer it when memory, not time, is the limit; :class:`SQLiteStorage` when
    the index must outlive the process or outgrow memory.
    """

    def __init__(self, max_postings: int = 64, flush_size: int = 1_000_000, max_segments: int = 3) -> None:
        if max_postings < 1:
            raise ValueError("max_postings must be >= 1")
        self.max_postings = max_postings
        self.flush_size = flush_size
        self.max_segments = max_segments
        self._buffer: dict[int, list[int]] = {}
        self._buffered = 0
        self._segments: list[tuple[np.ndarray, np.ndarray]] = []
        self._docs: dict[int, tuple[str, str]] = {}
        self._grams: dict[int, bytes] = {}

    def add_many(self, pairs: Iterable[tuple[int, int]]) -> None:
        buf = self._buffer
        for key, value in pairs:
            posting = buf.get(key)
            if posting is None:
                buf[key] = [value]
            else:
                posting.append(value)
            self._buffered += 1
        if self._buffered >= self.flush_size:
            self._flush()

    def _flush(self) -> None:
        if not self._buffer:
            return
        keys = np.fromiter((k for k, vs in self._buffer.items() for _ in vs), dtype=np.int64, count=self._buffered)
        values = np.fromiter((v for vs in self._buffer.values() for v in vs), dtype=np.int32, count=self._buffered)
        order = np.argsort(keys, kind="stable")
        self._segments.append((keys[order], values[order]))
        self._buffer, self._buffered = {}, 0
        if len(self._segments) > self.max_segments:
            keys = np.concatenate([k for k, _ in self._segments])
            values = np.concatenate([v for _, v in self._segments])
            order = np.argsort(keys, kind="stable")  # stable: older segments' values stay first
            self._segments = [(keys[order], values[order])]

    def get_many(self, keys: Sequence[int]) -> dict[int, list[int]]:
        out: dict[int, list[int]] = {}
        if self._segments and len(keys):
            query = np.unique(np.asarray(keys, dtype=np.int64))
            for seg_keys, seg_values in self._segments:
                lo = np.searchsorted(seg_keys, query, side="left")
                found = lo < len(seg_keys)
                found[found] = seg_keys[lo[found]] == query[found]
                for i in np.flatnonzero(found).tolist():  # few hits: find each run's end on its own
                    start = int(lo[i])
                    end = int(np.searchsorted(seg_keys, query[i], side="right"))
                    out.setdefault(int(query[i]), []).extend(seg_values[start:end].tolist())
        for key in set(keys):
            posting = self._buffer.get(key)
            if posting:
                out[key] = out.get(key, []) + posting
        cap = self.max_postings
        return {k: v for k, v in out.items() if len(v) <= cap}

    def __len__(self) -> int:
        keys = set(self._buffer)
        for seg_keys, _ in self._segments:
            keys.update(np.unique(seg_keys).tolist())
        return len(keys)

    def close(self) -> None:
        return None
