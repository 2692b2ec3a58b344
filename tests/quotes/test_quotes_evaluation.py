from __future__ import annotations

import json
from pathlib import Path

import pytest

from lagebild.evaluation import quotes as eval_quotes
from lagebild.evaluation import speech as eval_speech

SHARED = Path(__file__).resolve().parents[2] / ".." / "shared" / "data"


def _ann(cue, source, message, form):
    return {
        "Cue": cue,
        "Source": source,
        "Message": message,
        "Addr": [],
        "Frame": [],
        "Form": form,
        "STWR": "Speech",
        "IsNested": False,
        "HasNested": False,
    }


def _spkatt_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "train" / "json"
    folder.mkdir(parents=True)
    doc = {
        "DocumentName": "demo",
        "Sentences": [
            {"SentenceId": 0, "Tokens": ["Scholz", "sagte", ",", "die", "Lage", "sei", "ernst", "."]},
            {"SentenceId": 1, "Tokens": ["„", "Wir", "sind", "bereit", "“", ",", "sagte", "er", "."]},
            {"SentenceId": 2, "Tokens": ["Das", "Wetter", "war", "schön", "."]},
        ],
        "Annotations": [
            _ann(["0:1"], ["0:0"], ["0:3", "0:4", "0:5", "0:6"], "Indirect"),
            _ann(["1:6"], ["1:7"], ["1:0", "1:1", "1:2", "1:3", "1:4"], "Direct"),
            _ann([], [], ["2:0", "2:1", "2:2", "2:3", "2:4"], "FreeIndirect"),
        ],
    }
    (folder / "demo.json").write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    return tmp_path / "train"


def test_quotes_evaluation_spkatt_layout(tmp_path: Path) -> None:
    result = eval_quotes.evaluate(_spkatt_dir(tmp_path))
    assert result["task"] == "quotes" and result["n"] == 3
    m = result["metrics"]
    assert m["cue"] == {"precision": 1.0, "recall": 1.0, "f1": 1.0}
    assert m["source"] == {"precision": 1.0, "recall": 1.0, "f1": 1.0}
    assert m["message"] == {"precision": 1.0, "recall": 0.6429, "f1": 0.7826}
    assert m["by_type"]["Direct"]["message"]["f1"] == 1.0
    assert m["by_type"]["FreeIndirect"]["message"]["recall"] == 0.0


def test_quotes_evaluation_bad_layout(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError, match="json/"):
        eval_quotes.evaluate(tmp_path)
    (tmp_path / "json").mkdir()
    with pytest.raises(ValueError, match="no .json"):
        eval_quotes.evaluate(tmp_path)


def _speech_dir(tmp_path: Path) -> Path:
    header = "tok\tnormtok\tlemma\tpos\trfpos\tsentstart\tstwr\tframe\tspeaker\tintexpr\tnote\n"
    rows = [
        ("Er", "-"),
        ("sagte", "-"),
        (":", "-"),
        ("„", "direct.speech.1"),
        ("Wir", "direct.speech.1"),
        ("kommen", "direct.speech.1"),
        (".", "direct.speech.1"),
        ("“", "direct.speech.1"),
    ]
    lines = [f"{t}\t{t}\t-\t-\t-\tno\t{s}\t-\t-\t-\t-\n" for t, s in rows]
    (tmp_path / "a.tsv").write_text(header + "".join(lines), encoding="utf-8")
    (tmp_path / "b.tsv").write_text(header + "".join(lines), encoding="utf-8")
    meta = "file\tfictional\ttext_type\na.tsv\tno\tNachrichten\nb.tsv\tyes\tErzähltext\n"
    (tmp_path / "metadata.tsv").write_text(meta, encoding="utf-8")
    return tmp_path


def test_quotes_evaluation_speech_layout(tmp_path: Path) -> None:
    result = eval_speech.evaluate(_speech_dir(tmp_path))
    assert result["task"] == "speech" and result["n"] == 1
    assert result["metrics"]["direct"] == {"precision": 1.0, "recall": 1.0, "f1": 1.0, "gold_tokens": 5}


def test_quotes_evaluation_speech_bad_layout(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError, match="metadata.tsv"):
        eval_speech.evaluate(tmp_path)


def test_quotes_evaluation_real_spkatt_sample() -> None:
    data = SHARED / "spkatt2023-task2-wikinews-de" / "train"
    if not (data / "json").is_dir():
        pytest.skip("shared SpkAtt data not available")
    result = eval_quotes.evaluate(data, limit=8)
    assert result["task"] == "quotes" and result["n"] > 0
    assert set(result["metrics"]) >= {"cue", "source", "message", "by_type", "official"}
