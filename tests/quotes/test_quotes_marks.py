from __future__ import annotations

import pytest

from lagebild.quotes.marks import find_quote_pairs


def _inner(text: str) -> list[str]:
    return [text[p.open + 1 : p.close] for p in find_quote_pairs(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Er sagte: „Wir kommen.“ Dann ging er.", ["Wir kommen."]),
        ('Er sagte: "Wir kommen." Dann ging er.', ["Wir kommen."]),
        ("»Nein«, sagte sie, »niemals.«", ["Nein", "niemals."]),
        ("«Oui», dit-il.", ["Oui"]),
        ("„Wir lehnen jede ‚Einflusszone‘ ab“, sagte er.", ["Wir lehnen jede ‚Einflusszone‘ ab"]),
        ("\u201cWe agree,\u201d she said.", ["We agree,"]),
        ("Die „Zeitenwende“ und die „rote Linie“.", ["Zeitenwende", "rote Linie"]),
        ('Historisch: „Wir kommen" schrieb er.', ["Wir kommen"]),
    ],
)
def test_quotes_marks_pairs(text: str, expected: list[str]) -> None:
    assert _inner(text) == expected


def test_quotes_marks_no_pair_across_paragraphs() -> None:
    assert _inner("Er sagte: „Wir kommen.\n\nNeuer Absatz ohne Ende.") == []


def test_quotes_marks_apostrophe_is_not_a_quote() -> None:
    assert _inner("Das ist Peter's Haus und Anna's Buch.") == []
