from __future__ import annotations

import pytest

from lagebild.quotes import statement_similarity
from lagebild.quotes.similarity import SAME_STATEMENT_THRESHOLD, negated_core_match


def test_quotes_similarity_identical_is_one() -> None:
    assert statement_similarity("Wir sind zu Gesprächen bereit.", "Wir sind zu Gesprächen bereit.", "de") == 1.0


def test_quotes_similarity_empty_is_zero() -> None:
    assert statement_similarity("", "Wir sind bereit.", "de") == 0.0


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Es gibt deutliche Unterschiede", "Es gibt erhebliche Differenzen"),
        ("Wir werden die Vorschläge prüfen", "Man werde die Vorschläge prüfen"),
        ("Russland habe keine Angriffspläne", "Russland hat keine Angriffspläne"),
    ],
)
def test_quotes_similarity_paraphrases_pass_threshold(a: str, b: str) -> None:
    assert statement_similarity(a, b, "de") >= SAME_STATEMENT_THRESHOLD


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Das Wetter in Brüssel ist heute schön", "Wir werden die Vorschläge prüfen"),
        ("Die Nato hat 30 Mitglieder", "Die Nato hat 40 Mitglieder"),
        ("Peter besiegte Paul im Finale von Wien", "Paul besiegte Peter im Finale von Wien"),
    ],
)
def test_quotes_similarity_different_statements_stay_below(a: str, b: str) -> None:
    assert statement_similarity(a, b, "de") < SAME_STATEMENT_THRESHOLD


def test_quotes_similarity_is_symmetric_enough_and_bounded() -> None:
    a, b = "Die Gespräche waren schwierig", "Es war kein leichtes Gespräch"
    x, y = statement_similarity(a, b, "de"), statement_similarity(b, a, "de")
    assert 0.0 <= x <= 1.0 and 0.0 <= y <= 1.0
    assert abs(x - y) < 0.2


def test_quotes_similarity_other_language_without_vectors() -> None:
    assert statement_similarity("the talks were difficult", "the talks were difficult", "en") == 1.0
    assert statement_similarity("les discussions", "la météo", "fr") < SAME_STATEMENT_THRESHOLD


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("keine leichte Verhandlung, aber ein offener Austausch", "Die Verhandlungen waren nicht leicht", True),
        ("Die Verhandlung war leicht", "keine leichte Verhandlung", False),
        ("Wir schicken keine Soldaten", "Die Verhandlungen waren nicht leicht", False),
    ],
)
def test_quotes_similarity_negated_core_match(a: str, b: str, same: bool) -> None:
    assert negated_core_match(a, b, "de") is same
