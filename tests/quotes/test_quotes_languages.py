"""Nothing assumes German only: other languages get quotation marks and the merged lexicon."""

from __future__ import annotations

from lagebild.quotes import extract_quotes, scare_quotes

from .conftest import make_doc


def test_quotes_language_french_guillemets() -> None:
    text = "Emmanuel Macron a déclaré : « Nous sommes prêts au dialogue. »"
    doc = make_doc(text, [["Emmanuel Macron", "PER"]], lang="fr")
    quotes = extract_quotes(doc)
    assert [(q.text, q.kind) for q in quotes] == [("Nous sommes prêts au dialogue.", "direct")]


def test_quotes_language_empty_document() -> None:
    doc = make_doc("", [])
    assert extract_quotes(doc) == []


def test_quotes_scare_quotes_listed_separately() -> None:
    text = "Die „Zeitenwende“ prägt die Debatte. „Wir handeln jetzt“, sagte Olaf Scholz."
    doc = make_doc(text, [["Olaf Scholz", "PER"]])
    assert [text[s.start : s.end] for s in scare_quotes(doc)] == ["Zeitenwende"]
    assert [q.text for q in extract_quotes(doc)] == ["Wir handeln jetzt"]
