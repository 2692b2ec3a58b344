from __future__ import annotations

from pathlib import Path

import pytest

from lagebild.evaluation.tone import evaluate

DATA = Path(__file__).resolve().parents[2] / ".." / "shared" / "data"


def test_evaluate_tone_against_sentiws() -> None:
    folder = DATA / "sentiws-v2.0-de"
    if not folder.is_dir():
        pytest.skip("../shared/data/sentiws-v2.0-de is not available")
    result = evaluate(folder)
    assert result["task"] == "tone"
    assert result["n"] == result["metrics"]["overlap"] >= 60
    assert result["metrics"]["sign_agreement"] >= 0.95
    assert result["metrics"]["negation_flip"] >= 0.95


def test_evaluate_tone_rejects_bad_layout(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError, match="SentiWS v2.0 layout"):
        evaluate(tmp_path)
    with pytest.raises(FileNotFoundError, match="not a directory"):
        evaluate(tmp_path / "missing")


def test_evaluate_tone_rejects_bad_lines(tmp_path: Path) -> None:
    (tmp_path / "SentiWS_v2.0_Positive.txt").write_text("Gut|ADJX\t0.37\tgute\n", encoding="utf-8")
    (tmp_path / "SentiWS_v2.0_Negative.txt").write_text("kaputt\n", encoding="utf-8")
    with pytest.raises(ValueError, match="line 1"):
        evaluate(tmp_path)
