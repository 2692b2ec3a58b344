"""SQLite store: analyses and their articles, written in one transaction each.

A crash in the middle of a write leaves the last committed state untouched (SQLite's atomic
commit; WAL journal). Schema changes are migrations recorded in the ``migrations`` table, each
applied in the same transaction as its record (the habit of sqlite-utils' migrations).
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from ..errors import StoreError
from ..ids import content_hash

__all__ = ["MIGRATIONS", "Store"]

MIGRATIONS: list[tuple[str, str]] = [
    (
        "0001_initial",
        """
        CREATE TABLE runs (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            created TEXT NOT NULL,
            label TEXT,
            digest TEXT NOT NULL,
            run_json TEXT
        );
        CREATE TABLE articles (
            id TEXT NOT NULL,
            text_hash TEXT NOT NULL,
            outlet TEXT, date TEXT, path TEXT,
            json TEXT NOT NULL,
            PRIMARY KEY (id, text_hash)
        );
        CREATE TABLE run_articles (
            run INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
            article TEXT NOT NULL, text_hash TEXT NOT NULL,
            PRIMARY KEY (run, article)
        );
        CREATE TABLE findings (
            run INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
            kind TEXT NOT NULL,
            seq INTEGER NOT NULL,
            id TEXT,
            article TEXT,
            json TEXT NOT NULL,
            PRIMARY KEY (run, kind, seq)
        );
        CREATE INDEX findings_article ON findings(article);
        CREATE INDEX findings_id ON findings(id);
        """,
    ),
]

_FINDINGS = ("stories", "entities", "quotes", "reuse", "claims", "conflicts", "events", "timeline", "outlets",
             "briefing", "skipped")  # fmt: skip


class Store:
    """``Store(path)`` opens (and migrates) a database; ``":memory:"`` for a throw-away one."""

    def __init__(self, path: str | Path) -> None:
        self.path = str(path)
        try:
            self.conn = sqlite3.connect(self.path, isolation_level=None)
            self.conn.execute("PRAGMA foreign_keys = ON")
            if self.path != ":memory:":
                self.conn.execute("PRAGMA journal_mode = WAL")
            self.migrate()
        except sqlite3.DatabaseError as err:
            raise StoreError(f"cannot open store ({err})", path=self.path) from None

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield self.conn
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        self.conn.execute("COMMIT")

    def applied_migrations(self) -> list[str]:
        return [r[0] for r in self.conn.execute("SELECT name FROM migrations ORDER BY name")]

    def migrate(self) -> None:
        self.conn.execute("CREATE TABLE IF NOT EXISTS migrations (name TEXT PRIMARY KEY, applied TEXT NOT NULL)")
        done = set(self.applied_migrations())
        for name, sql in MIGRATIONS:
            if name in done:
                continue
            with self.transaction() as conn:
                for statement in filter(str.strip, sql.split(";")):
                    conn.execute(statement)
                conn.execute("INSERT INTO migrations VALUES (?, datetime('now'))", (name,))

    def save(self, doc: dict[str, Any], *, label: str | None = None) -> int:
        """Store one analysis document (the contract JSON); returns its run id. All or nothing."""
        payload = {k: v for k, v in doc.items() if k != "run"}
        digest = content_hash(json.dumps(payload, sort_keys=True, ensure_ascii=False), 24)
        with self.transaction() as conn:
            cur = conn.execute(
                "INSERT INTO runs (created, label, digest, run_json) VALUES (datetime('now'), ?, ?, ?)",
                (label, digest, json.dumps(doc.get("run"), ensure_ascii=False)),
            )
            run = int(cur.lastrowid or 0)
            for art in doc["articles"]:
                h = content_hash(art["text"], 24)
                conn.execute(
                    "INSERT OR IGNORE INTO articles VALUES (?, ?, ?, ?, ?, ?)",
                    (
                        art["id"],
                        h,
                        art.get("outlet"),
                        art.get("date"),
                        art.get("path"),
                        json.dumps(art, ensure_ascii=False),
                    ),
                )
                conn.execute("INSERT INTO run_articles VALUES (?, ?, ?)", (run, art["id"], h))
            for kind in _FINDINGS:
                for seq, item in enumerate(doc.get(kind) or []):
                    conn.execute(
                        "INSERT INTO findings VALUES (?, ?, ?, ?, ?, ?)",
                        (run, kind, seq, item.get("id"), item.get("article"), json.dumps(item, ensure_ascii=False)),
                    )
        return run

    def runs(self) -> list[dict[str, Any]]:
        rows = self.conn.execute("SELECT id, created, label, digest FROM runs ORDER BY id")
        return [{"id": r[0], "created": r[1], "label": r[2], "digest": r[3]} for r in rows]

    def latest_run(self) -> int | None:
        row = self.conn.execute("SELECT max(id) FROM runs").fetchone()
        return row[0] if row and row[0] is not None else None

    def load(self, run: int | None = None) -> dict[str, Any]:
        """The analysis document of ``run`` (default: the latest), as it was saved."""
        run = run if run is not None else self.latest_run()
        row = self.conn.execute("SELECT run_json FROM runs WHERE id = ?", (run,)).fetchone()
        if row is None:
            raise StoreError(f"no run {run} in the store", path=self.path)
        articles = [
            json.loads(r[0])
            for r in self.conn.execute(
                "SELECT a.json FROM run_articles ra JOIN articles a ON a.id = ra.article AND a.text_hash = ra.text_hash "
                "WHERE ra.run = ? ORDER BY ra.article",
                (run,),
            )
        ]
        doc: dict[str, Any] = {"version": "1", "articles": articles}
        for kind in _FINDINGS:
            doc[kind] = [
                json.loads(r[0])
                for r in self.conn.execute(
                    "SELECT json FROM findings WHERE run = ? AND kind = ? ORDER BY seq", (run, kind)
                )
            ]
        doc["run"] = json.loads(row[0]) if row[0] else None
        return doc
