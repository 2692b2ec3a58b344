"""Evaluation modules: layout errors and (when ../shared/data is present) a scored run."""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest

from lagebild.evaluation import events as ev_eval
from lagebild.evaluation import timex as tx_eval

DATA = Path(__file__).resolve().parents[2] / ".." / "shared" / "data"


def test_evaluation_events_missing_layout(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError, match="PLOVER_GSR_CAMEO.json"):
        ev_eval.evaluate(tmp_path)


def test_evaluation_events_bad_json(tmp_path: Path) -> None:
    (tmp_path / "PLOVER_GSR_CAMEO.json").write_text("{}", encoding="utf-8")
    with pytest.raises(ValueError, match="JSON list"):
        ev_eval.evaluate(tmp_path)


def test_evaluation_events_tiny_fixture(tmp_path: Path) -> None:
    records = (
        '[{"id": "r1", "event": "DEMAND", "text": "Italy demanded that Spain pay its debts.",'
        ' "source": [{"actorText": "Italy"}], "target": [{"actorText": "Spain"}]},'
        ' {"id": "r2", "event": "PROTEST", "text": "Farmers marched in Paris.", "source": [], "target": null}]'
    )
    (tmp_path / "PLOVER_GSR_CAMEO.json").write_text(records, encoding="utf-8")
    result = ev_eval.evaluate(tmp_path)
    assert (result["task"], result["n"]) == ("events", 2)
    assert result["metrics"]["accuracy"] == 0.5
    assert result["metrics"]["source_match"] == 1.0
    assert result["metrics"]["target_match"] == 1.0


def test_evaluation_timex_parse_line() -> None:
    text, gold = tx_eval.parse_line('Am <TIMEX3 tid="t1" type="DATE" value="2017-10-12">12. Oktober 2017</TIMEX3> .')
    assert text == "Am 12. Oktober 2017 ."
    assert [(text[g.start : g.end], g.type, g.value) for g in gold] == [("12. Oktober 2017", "DATE", "2017-10-12")]


def test_evaluation_timex_tiny_fixture(tmp_path: Path) -> None:
    lines = [
        'Urteil vom <TIMEX3 tid="t1" type="DATE" value="2017-10-12">12. Oktober 2017</TIMEX3> .',
        'Freiheitsstrafe von <TIMEX3 tid="t2" type="DURATION" value="P3Y">drei Jahren</TIMEX3> .',
    ]
    with gzip.open(tmp_path / "xyz_timex.txt.gz", "wt", encoding="utf-8") as fh:
        fh.write("\n".join(lines) + "\n")
    result = tx_eval.evaluate(tmp_path)
    assert result["n"] == 2
    assert result["metrics"]["strict"] == {"precision": 1.0, "recall": 1.0, "f1": 1.0}
    assert result["metrics"]["value_accuracy"] == 1.0


def test_evaluation_timex_missing_layout(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError, match="_timex.txt.gz"):
        tx_eval.evaluate(tmp_path)


def test_evaluation_events_on_shared_data() -> None:
    path = DATA / "plover-gsr-cameo-en"
    if not path.is_dir():
        pytest.skip("../shared/data/plover-gsr-cameo-en is not available")
    result = ev_eval.evaluate(path)
    assert result["n"] == 322
    assert result["metrics"]["precision"] >= 0.55


def test_evaluation_timex_on_shared_data_sample() -> None:
    path = DATA / "timeml-courts-de"
    if not path.is_dir():
        pytest.skip("../shared/data/timeml-courts-de is not available")
    result = tx_eval.evaluate(path, max_lines=1500)
    assert result["metrics"]["lenient"]["f1"] >= 0.85
