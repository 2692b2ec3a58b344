from __future__ import annotations

import json
from importlib import resources

from lagebild.quotes.lexicon import lexicon_for


def test_quotes_lexicon_documented_files() -> None:
    for lang in ("de", "en"):
        raw = json.loads((resources.files("lagebild.quotes") / "data" / f"cues_{lang}.json").read_text("utf-8"))
        assert raw["lang"] == lang
        assert len(raw["_doc"]) > 50


def test_quotes_lexicon_german_forms() -> None:
    lex = lexicon_for("de")
    assert lex.forms["sagte"][0].lemma == "sagen"
    assert lex.forms["mitgeteilt"][0].lemma == "mitteilen"
    assert {v.lemma for v in lex.finite["warf"]} == {"vorwerfen"}
    assert "laut" in lex.prepositions and "zufolge" in lex.postpositions
    assert "sei" in lex.subjunctive


def test_quotes_lexicon_unknown_language_uses_union() -> None:
    lex = lexicon_for("nl")
    assert lex.lang == "nl"
    assert "sagte" in lex.forms and "said" in lex.forms
