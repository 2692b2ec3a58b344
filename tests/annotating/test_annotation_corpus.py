import json
from pathlib import Path

import pytest
from annotation import corpus, prepare

ROOT = Path(__file__).resolve().parents[2]
TEXTS = ROOT / "annotation" / "corpus" / "texts"


def test_annotation_own_sentences_keep_line_provenance(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(prepare, "ROOT", tmp_path)
    text = tmp_path / "news_99.txt"
    text.write_text("# comment\nDie Nato tagte in Brüssel.\n\nMerkel reiste nach Kiew.\n", encoding="utf-8")
    items = prepare.own_sentences(text)
    assert [(it["id"], it["line"], it["text"]) for it in items] == [
        ("own-news_99-2", 2, "Die Nato tagte in Brüssel."),
        ("own-news_99-4", 4, "Merkel reiste nach Kiew."),
    ]
    assert items[0]["source"] == "own:news_99.txt"


def test_annotation_own_text_is_read_back_from_the_repo() -> None:
    first = next(p for p in sorted(TEXTS.glob("*.txt")))
    line = first.read_text(encoding="utf-8").splitlines()[0].strip()
    rec = {"source": f"own:annotation/corpus/texts/{first.name}", "line": 1}
    assert corpus.sentence_text(rec) == line


def test_annotation_standoff_rows_are_well_formed() -> None:
    rows = [json.loads(x) for x in corpus.STANDOFF.read_text(encoding="utf-8").splitlines()]
    assert len(rows) >= 10_000
    assert len({r["id"] for r in rows}) == len(rows)
    for r in rows:
        assert r["sha1"] and all(s < e for s, e, _ in r["entities"])
        if r["source"].startswith("own:"):  # our own text: the hash must match the text in the repo
            assert corpus._hash(corpus.sentence_text(r)) == r["sha1"]
