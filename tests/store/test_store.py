from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from lagebild.errors import StoreError
from lagebild.store import MIGRATIONS, Store


def _doc(n: int) -> dict:
    arts = [{"id": f"a{i}", "path": None, "outlet": "X", "date": "2022-01", "byline": [], "text": f"Text {i}"}
            for i in range(n)]  # fmt: skip
    doc = {k: [] for k in ("stories", "entities", "quotes", "reuse", "claims", "conflicts", "events", "timeline",
                           "outlets", "briefing", "skipped")}  # fmt: skip
    doc.update(version="1", articles=arts, run={"version": "t"})
    doc["claims"] = [{"id": f"c{i}", "article": f"a{i}", "start": 0, "end": 4, "value": i, "unit": None,
                      "subject": None} for i in range(n)]  # fmt: skip
    return doc


def test_store_roundtrip(tmp_path: Path) -> None:
    with Store(tmp_path / "db.sqlite") as store:
        run = store.save(_doc(3), label="erster Lauf")
        assert store.applied_migrations() == [name for name, _ in MIGRATIONS]
        assert store.load(run) == _doc(3)
        assert [r["label"] for r in store.runs()] == ["erster Lauf"]


def test_store_crash_mid_write_keeps_last_good_state(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "db.sqlite"
    with Store(path) as store:
        first = store.save(_doc(2))
    store = Store(path)
    bad = _doc(5)
    bad["claims"][3]["id"] = object()  # not serialisable: fails in the middle of the write
    with pytest.raises(TypeError):
        store.save(bad)
    store.close()
    with Store(path) as again:
        assert again.latest_run() == first
        assert again.load() == _doc(2)
        count = again.conn.execute("SELECT count(*) FROM findings").fetchone()[0]
        assert count == 2


def test_store_rejects_non_database(tmp_path: Path) -> None:
    path = tmp_path / "kaputt.sqlite"
    path.write_bytes(b"das ist keine Datenbank" * 100)
    with pytest.raises(StoreError, match="cannot open store"):
        Store(path)


def test_store_missing_run() -> None:
    with Store(":memory:") as store, pytest.raises(StoreError, match="no run 7"):
        store.load(7)
    assert sqlite3.sqlite_version
