from pathlib import Path

import pytest

from lagebild.evaluation.ner import bio_spans, evaluate, score_spans

DATA = Path(__file__).resolve().parents[2] / ".." / "shared" / "data" / "germeval2014-ner"

TSV = (
    "#\tinvented\n"
    "1\tGestern\tO\tO\n2\tsagte\tO\tO\n3\tNato-Generalsekretär\tB-ORGpart\tO\n4\tJens\tB-PER\tO\n"
    "5\tStoltenberg\tI-PER\tO\n6\tin\tO\tO\n7\tBrüssel\tB-LOC\tO\n8\t,\tO\tO\n9\tdie\tO\tO\n"
    "10\tdeutsche\tB-LOCderiv\tO\n11\tSeite\tO\tO\n12\tschweige\tO\tO\n13\t.\tO\tO\n\n"
)


def test_ner_bio_spans_core_labels_only() -> None:
    tags = ["O", "B-ORGpart", "B-PER", "I-PER", "O", "B-LOC", "B-LOCderiv"]
    assert bio_spans(tags, ("PER", "LOC", "ORG", "OTH")) == {(2, 4, "PER"), (5, 6, "LOC")}
    assert bio_spans(tags) == {(1, 2, "ORGpart"), (2, 4, "PER"), (5, 6, "LOC"), (6, 7, "LOCderiv")}


def test_ner_score_spans_exact() -> None:
    gold = [{(0, 2, "PER"), (3, 4, "LOC")}]
    pred = [{(0, 2, "PER"), (3, 5, "LOC")}]
    scores = score_spans(gold, pred)
    assert (scores["precision"], scores["recall"], scores["f1"]) == (0.5, 0.5, 0.5)


def test_ner_evaluate_tiny_file(tmp_path: Path) -> None:
    (tmp_path / "NER-de-test.tsv").write_text(TSV, encoding="utf-8")
    result = evaluate(tmp_path)
    assert result["task"] == "ner"
    assert result["n"] == 1
    metrics = result["metrics"]
    assert metrics["per_label"]["PER"]["recall"] == 1.0
    assert metrics["per_label"]["LOC"]["recall"] == 1.0
    assert set(metrics["parts"]) == {"model", "rules", "hybrid"}


def test_ner_evaluate_bad_layout(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        evaluate(tmp_path)
    (tmp_path / "x.tsv").write_text("1 Wort\n", encoding="utf-8")
    with pytest.raises(ValueError):
        evaluate(tmp_path)


def test_ner_evaluate_germeval_dev_runs() -> None:
    if not DATA.is_dir():
        pytest.skip("../shared/data is not available")
    from lagebild.evaluation.ner import read_germeval

    sentences = list(read_germeval(DATA / "NER-de-dev.tsv"))
    assert len(sentences) == 2200
