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

__all__ = ["MemoryStorage", "PostingStorage", "SQLiteStorage", "open_storage"]

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

    def close(self) -> None:
        """Release resources (flushes the on-disk store)."""


class MemoryStorage:
    """Dict-backed postings. Saturated keys keep a ``None`` marker and no values."""

    def __init__(self, max_postings: int = 64) -> None:
        if max_postings < 1:
            raise ValueError("max_postings must be >= 1")
        self.max_postings = max_postings
        self._data: dict[int, list[int] | int | None] = {}
        self._docs: dict[int, tuple[str, str]] = {}

    def put_text(self, idx: int, key: str, text: str) -> None:
        self._docs[idx] = (key, text)

    def get_text(self, idx: int) -> tuple[str, str]:
        return self._docs[idx]

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
        self._con.execute("CREATE TABLE IF NOT EXISTS reuse_docs (idx INTEGER PRIMARY KEY, key TEXT NOT NULL, text TEXT)")
        self._con.commit()

    def put_text(self, idx: int, key: str, text: str) -> None:
        with self._con:
            self._con.execute("INSERT OR REPLACE INTO reuse_docs (idx, key, text) VALUES (?, ?, ?)", (idx, key, text))

    def get_text(self, idx: int) -> tuple[str, str]:
        row = self._con.execute("SELECT key, text FROM reuse_docs WHERE idx = ?", (idx,)).fetchone()
        if row is None:
            raise KeyError(idx)
        return str(row[0]), str(row[1])

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
