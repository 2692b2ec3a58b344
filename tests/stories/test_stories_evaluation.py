from __future__ import annotations

from pathlib import Path

import pytest

from lagebild.evaluation.stories import bcubed, evaluate, load_ecb_docs

DATA = Path(__file__).resolve().parents[2] / ".." / "shared" / "data" / "ecbplus-en"


def _write_doc(root: Path, topic: str, name: str, words: str) -> None:
    folder = root / "xml" / topic
    folder.mkdir(parents=True, exist_ok=True)
    tokens = "".join(
        f'<token t_id="{i}" sentence="0" number="{i}">{w}</token>' for i, w in enumerate(words.split(), start=1)
    )
    (folder / name).write_text(f'<Document doc_name="{name}">{tokens}</Document>', encoding="utf-8")


def test_bcubed_exact_values():
    gold = {"a": "x", "b": "x", "c": "y"}
    assert bcubed({"a": 1, "b": 1, "c": 1}, gold) == {"precision": 0.5556, "recall": 1.0, "f1": 0.7143}
    assert bcubed({"a": 1, "b": 2, "c": 3}, gold) == {"precision": 1.0, "recall": 0.6667, "f1": 0.8}


def test_bcubed_rejects_mismatched_items():
    with pytest.raises(ValueError):
        bcubed({"a": 1}, {"b": "x"})


def test_load_ecb_docs_gold_by_topic_and_subtopic(tmp_path: Path):
    _write_doc(tmp_path, "7", "7_1ecb.xml", "Boxer Klitschko wins title fight in Mannheim .")
    _write_doc(tmp_path, "7", "7_2ecbplus.xml", "Klitschko defends belt against Thompson in Bern , sources say .")
    docs, gold = load_ecb_docs(tmp_path)
    assert [d.article.id for d in docs] == ["7_1ecb", "7_2ecbplus"]
    assert docs[0].text == "Boxer Klitschko wins title fight in Mannheim."
    assert docs[1].text == "Klitschko defends belt against Thompson in Bern, sources say."
    assert gold == {"7_1ecb": "7/ecb", "7_2ecbplus": "7/ecbplus"}


def test_evaluate_stories_on_tiny_layout(tmp_path: Path):
    _write_doc(tmp_path, "1", "1_1ecb.xml", "Volcano erupts on Iceland , ash cloud grounds flights across Europe .")
    _write_doc(tmp_path, "1", "1_2ecb.xml", "Ash cloud from Iceland volcano grounds flights in Europe for days .")
    result = evaluate(tmp_path)
    assert result["task"] == "stories"
    assert result["n"] == 2
    assert result["metrics"]["bcubed"] == {"precision": 1.0, "recall": 1.0, "f1": 1.0}


def test_evaluate_stories_bad_layout(tmp_path: Path):
    with pytest.raises(FileNotFoundError, match="no xml/ folder"):
        evaluate(tmp_path)
    (tmp_path / "xml").mkdir()
    with pytest.raises(ValueError, match="no ECB"):
        evaluate(tmp_path)


@pytest.mark.skipif(not (DATA / "xml").is_dir(), reason="shared ECB+ data not available")
def test_evaluate_stories_ecbplus_floor():
    result = evaluate(DATA)
    assert result["n"] == 772
    assert result["metrics"]["bcubed"]["f1"] >= 0.9
