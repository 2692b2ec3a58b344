"""End-to-end through the real CLI (typer's runner) on inputs the tests write themselves."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from lagebild import __version__
from lagebild.cli.main import app
from lagebild.export import validate

runner = CliRunner()

A = (" date 2023-05-02 Von Eva Roth, Wien\n\nDie Außenminister trafen sich am Dienstag in Wien. "
     "Außenministerin Petra Lang sagte, die Gespräche seien schwierig gewesen.")  # fmt: skip
B = "Title: Treffen\n\nIn Wien berieten die Minister vier Stunden. „Wir bleiben im Gespräch“, sagte Lang."


def _corpus(tmp_path: Path) -> Path:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text(A, encoding="utf-8")
    (tmp_path / "in" / "b.txt").write_text(B, encoding="utf-8")
    return tmp_path / "in"


def test_cli_version() -> None:
    res = runner.invoke(app, ["--version"])
    assert res.exit_code == 0 and res.stdout.strip() == f"lagebild {__version__}"


def test_cli_analyze_json_file_schema_valid(tmp_path: Path) -> None:
    out = tmp_path / "out.json"
    res = runner.invoke(app, ["analyze", str(_corpus(tmp_path)), "--json", str(out), "--quiet"])
    assert res.exit_code == 0, res.output
    doc = json.loads(out.read_text(encoding="utf-8"))
    validate(doc)
    assert [a["id"] for a in doc["articles"]] == ["a", "b"]
    assert doc["articles"][0]["byline"] == ["Eva Roth"] and doc["articles"][0]["date"] == "2023-05-02"
    assert doc["articles"][1]["text"].startswith("In Wien")


def test_cli_analyze_stdout_and_partial_exit_code(tmp_path: Path) -> None:
    corpus = _corpus(tmp_path)
    (corpus / "leer.txt").write_bytes(b"")
    res = runner.invoke(app, ["analyze", str(corpus), "--json", "-"])
    assert res.exit_code == 3
    assert f"{corpus / 'leer.txt'}: skipped: empty file" in res.stderr
    doc = json.loads(res.stdout)
    assert doc["skipped"] == [{"input": str(corpus / "leer.txt"), "reason": "empty file"}]
    assert len(doc["articles"]) == 2


def test_cli_analyze_nothing_analysable(tmp_path: Path) -> None:
    (tmp_path / "x.txt").write_bytes(b"\x00\x01\x02" * 100)
    res = runner.invoke(app, ["analyze", str(tmp_path / "x.txt")])
    assert res.exit_code == 1
    assert res.stderr.splitlines() == [
        f"{tmp_path / 'x.txt'}: skipped: binary file (contains NUL bytes), not text",
        "error: no analysable input (1 skipped)",
    ]


def test_cli_output_identical_for_any_worker_count(tmp_path: Path) -> None:
    corpus = _corpus(tmp_path)
    outs = []
    for workers in ("1", "2"):
        out = tmp_path / f"w{workers}.json"
        res = runner.invoke(app, ["analyze", str(corpus), "--json", str(out), "-q", "--workers", workers])
        assert res.exit_code == 0, res.output
        outs.append(out.read_bytes())
    assert outs[0] == outs[1]


def test_cli_schema_prints_json_schema() -> None:
    res = runner.invoke(app, ["schema"])
    assert res.exit_code == 0
    assert json.loads(res.stdout)["title"] == "lagebild analysis (contract version 1)"


def test_cli_evaluate_unknown_task(tmp_path: Path) -> None:
    res = runner.invoke(app, ["evaluate", "nonsense", "--data", str(tmp_path)])
    assert res.exit_code == 1
    assert res.stderr.startswith("error: unknown evaluation task 'nonsense'")


def test_cli_evaluate_option_for_other_task(tmp_path: Path) -> None:
    res = runner.invoke(app, ["evaluate", "ner", "--data", str(tmp_path), "--tokenization", "ud"])
    assert res.exit_code == 1
    assert res.stderr.startswith("error: --tokenization does not apply to evaluation task 'ner'")


def test_cli_analyze_into_store(tmp_path: Path) -> None:
    from lagebild.store import Store

    db = tmp_path / "lagebild.sqlite"
    out = tmp_path / "o.json"
    res = runner.invoke(app, ["analyze", str(_corpus(tmp_path)), "--db", str(db), "--json", str(out), "-q"])
    assert res.exit_code == 0, res.output
    with Store(db) as store:
        assert store.load() == json.loads(out.read_text(encoding="utf-8"))
