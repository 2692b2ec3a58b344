from __future__ import annotations

from pathlib import Path

import pytest

from lagebild.evaluation import entities, merge


def test_evaluation_merge_pairs_fixture_scores() -> None:
    result = merge.evaluate()
    assert result["task"] == "merge"
    assert result["n"] == 74
    assert result["metrics"] == {
        "precision": 1.0,
        "recall": 1.0,
        "f1": 1.0,
        "accuracy": 1.0,
        "tp": 46,
        "fp": 0,
        "fn": 0,
        "tn": 28,
    }
    assert result["errors"] == []


def test_evaluation_merge_counts_errors(tmp_path: Path) -> None:
    (tmp_path / "merge_pairs.jsonl").write_text(
        '{"a": "Sergej Lawrow", "b": "Sergej Rjabkow", "merge": true}\n'
        '{"a": "Wladimir Putin", "lang_a": "de", "b": "Vladimir Putin", "lang_b": "en", "merge": false}\n',
        encoding="utf-8",
    )
    result = merge.evaluate(tmp_path)
    assert result["metrics"]["tp"] == 0
    assert result["metrics"]["fp"] == 1
    assert result["metrics"]["fn"] == 1
    assert result["errors"] == ["Sergej Lawrow / Sergej Rjabkow: kept apart", "Wladimir Putin / Vladimir Putin: merged"]


def test_evaluation_merge_bad_layout(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError, match="merge_pairs.jsonl"):
        merge.evaluate(tmp_path)
    (tmp_path / "merge_pairs.jsonl").write_text('{"a": "X"}\n', encoding="utf-8")
    with pytest.raises(ValueError, match="'a', 'b' and 'merge'"):
        merge.evaluate(tmp_path)


def test_evaluation_entities_bad_layout(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError, match=r"not a MEANTIME or ECB\+ folder"):
        entities.evaluate(tmp_path)
    (tmp_path / "meantime.conll").write_text("doc\t0\t0\tApple\t-\n", encoding="utf-8")
    with pytest.raises(ValueError, match="no entity mentions"):
        entities.evaluate(tmp_path)


def test_evaluation_entities_reads_conll_chains(tmp_path: Path) -> None:
    rows = [
        ("c/1", 0, 0, "Steve", "(cross_PER11"),
        ("c/1", 0, 1, "Jobs", "cross_PER11)"),
        ("c/1", 0, 2, "left", "-"),
        ("c/1", 0, 3, "Apple", "(intra_ORG22)"),
        ("c/2", 0, 0, "Jobs", "(intra_PER11)"),
        ("c/2", 0, 1, "praised", "(cross_OTH33)"),
        ("c/2", 0, 2, "Apple", "(cross_intra_ORG22)"),
    ]
    lines = ["#begin document (c/1); part 000"] + ["\t".join(map(str, r)) for r in rows]
    (tmp_path / "meantime.conll").write_text("\n".join(lines) + "\n", encoding="utf-8")
    docs, gold = entities.load_meantime(tmp_path)
    assert [d.text for d in docs] == ["Steve Jobs left Apple\n", "Jobs praised Apple\n"]
    assert [(g.text, g.type, g.chain) for g in gold] == [
        ("Steve Jobs", "PER", "PER11"),
        ("Apple", "ORG", "ORG22"),
        ("Jobs", "PER", "PER11"),
        ("Apple", "ORG", "ORG22"),
    ]
    result = entities.evaluate(tmp_path)
    assert result["n"] == 4
    assert result["metrics"]["meantime_conll_f1_named"] == 1.0


def test_evaluation_coref_metrics_exact_values() -> None:
    gold = {1: "a", 2: "a", 3: "a", 4: "b", 5: "b"}
    assert entities.score_clusters(gold, gold)["conll_f1"] == 1.0
    one = entities.score_clusters(gold, {m: "x" for m in gold})
    assert one["muc"] == {"p": 0.75, "r": 1.0, "f1": 0.8571}
    assert one["b3"] == {"p": 0.52, "r": 1.0, "f1": 0.6842}
    assert one["pairwise"] == {"p": 0.4, "r": 1.0, "f1": 0.5714}
    single = entities.score_clusters(gold, {m: m for m in gold})
    assert single["b3"] == {"p": 1.0, "r": 0.4, "f1": 0.5714}
    assert single["ceafe"] == {"p": 0.2333, "r": 0.5833, "f1": 0.3333}


def test_evaluation_entities_meantime_floor(shared_data: Path) -> None:
    folder = shared_data / "meantime-wikinews-en"
    if not folder.is_dir():
        pytest.skip("meantime-wikinews-en is not available")
    result = entities.evaluate(folder)
    assert result["n"] == 1717
    metrics = result["metrics"]
    assert metrics["meantime_conll_f1_named"] >= 0.72  # measured 0.7444; same-string baseline 0.6588
    assert metrics["meantime"]["named"]["linker"]["b3"]["p"] >= 0.92


_ECB_XML = """<Document doc_name="{name}.xml" doc_id="D{n}">
{tokens}
<Markables>
<HUMAN_PART_PER m_id="1"><token_anchor t_id="1"/><token_anchor t_id="2"/></HUMAN_PART_PER>
<LOC_GEO m_id="2"><token_anchor t_id="4"/></LOC_GEO>
<ACTION_OCCURRENCE m_id="3"><token_anchor t_id="3"/></ACTION_OCCURRENCE>
</Markables>
<Relations>
<CROSS_DOC_COREF r_id="9" note="HUM1"><source m_id="1"/><target m_id="5"/></CROSS_DOC_COREF>
</Relations>
</Document>
"""


def _ecb_file(folder: Path, name: str, n: int, words: list[str]) -> None:
    tokens = "\n".join(f'<token t_id="{i}" sentence="0" number="{i - 1}">{w}</token>' for i, w in enumerate(words, 1))
    (folder / f"{name}.xml").write_text(_ECB_XML.format(name=name, n=n, tokens=tokens), encoding="utf-8")


def test_evaluation_entities_reads_ecbplus_xml(tmp_path: Path) -> None:
    topic = tmp_path / "xml" / "7"
    topic.mkdir(parents=True)
    _ecb_file(topic, "7_1ecb", 1, ["Jens", "Stoltenberg", "visited", "Kyiv"])
    _ecb_file(topic, "7_2ecbplus", 2, ["Jens", "Stoltenberg", "left", "Kiew"])
    topics = entities.load_ecbplus(tmp_path)
    assert [t for t, _, _ in topics] == [7]
    _, docs, gold = topics[0]
    assert [d.text for d in docs] == ["Jens Stoltenberg visited Kyiv", "Jens Stoltenberg left Kiew"]
    assert [(g.text, g.type, g.chain) for g in gold] == [
        ("Jens Stoltenberg", "PER", "cross:HUM1"),
        ("Kyiv", "LOC", "7_1ecb:single:2"),
        ("Jens Stoltenberg", "PER", "cross:HUM1"),
        ("Kiew", "LOC", "7_2ecbplus:single:2"),
    ]
    result = entities.evaluate(tmp_path)
    assert result["n"] == 4
    assert result["metrics"]["ecbplus_conll_f1_named"] == 1.0
