from __future__ import annotations

import pytest

from lagebild.compare.lexicon import load_lexicon
from lagebild.compare.tone import quoted_regions, score_tone


def _drivers(text: str, lang: str = "de", exclude=()) -> list[tuple[str, float]]:
    result = score_tone(text, lang, exclude)
    return [(text[h.start : h.end], h.contribution) for h in result.hits]


def test_tone_plain_positive_and_negative() -> None:
    assert score_tone("Das Treffen brachte einen Durchbruch.", "de").score == 0.5
    assert score_tone("Die Gespräche sind gescheitert.", "de").score == -0.5


def test_tone_negation_before_word() -> None:
    text = "Die Gespräche brachten keinen Durchbruch."
    assert _drivers(text) == [("keinen Durchbruch", -0.8)]
    assert score_tone(text, "de").score == -0.444


def test_tone_negation_at_clause_end() -> None:
    text = "Eine Einigung gab es nicht, sagte sie."
    assert _drivers(text) == [("Einigung gab es nicht", -0.8)]


def test_tone_nicht_followed_by_other_words_does_not_reach_back() -> None:
    # "nicht verhandelbar" negates "verhandelbar", not the earlier "inakzeptabel"
    text = "Das gilt als inakzeptabel und nicht verhandelbar."
    assert _drivers(text) == [("inakzeptabel", -0.6)]


def test_tone_hedges_and_intensifiers() -> None:
    assert _drivers("Die Erwartungen sind eher gering.") == [("eher gering", -0.18)]
    assert _drivers("Sie sahen kaum Fortschritte.") == [("kaum Fortschritte", -0.4)]
    assert _drivers("Es gab einen vorsichtigen Fortschritt.") == [("vorsichtigen Fortschritt", 0.48)]
    assert _drivers("Das war ein sehr positives Treffen.") == [("sehr positives", 1.2)]


def test_tone_split_verb() -> None:
    text = "Die Allianz wies die Forderungen zurück, hieß es."
    assert _drivers(text) == [("wies die Forderungen zurück", -0.6)]


def test_tone_compound_head() -> None:
    assert _drivers("Neue Wirtschaftssanktionen stehen bevor.") == [("Wirtschaftssanktionen", -0.4)]


def test_tone_ignores_quotes_marked_and_given() -> None:
    text = "Er nannte das Treffen „sehr nützlich“. Die Lage bleibt festgefahren."
    assert _drivers(text) == [("festgefahren", -0.8)]
    start = text.index("Die Lage")
    assert score_tone(text, "de", [(start, len(text))]).hits == ()
    assert score_tone(text, "de", [(start, len(text))]).score == 0.0


def test_tone_none_without_narrative() -> None:
    text = "„Alles ist gescheitert.“"
    assert score_tone(text, "de").score is None


def test_tone_english() -> None:
    text = "The talks ended without a breakthrough. Both sides remain hopeful."
    assert _drivers(text, "en") == [("without a breakthrough", -0.8), ("hopeful", 0.7)]


def test_tone_unknown_language_falls_back_to_english_lexicon() -> None:
    assert load_lexicon("xx").lang == "en"


def test_tone_driving_spans_follow_the_sign() -> None:
    text = "Die Gespräche brachten keinen Durchbruch, aber Hoffnung."
    result = score_tone(text, "de")
    assert result.score == -0.083
    assert [text[h.start : h.end] for h in result.driving()] == ["keinen Durchbruch"]


@pytest.mark.parametrize(
    ("text", "regions"),
    [("a „b“ c", [(2, 5)]), ('x "y" z «w»', [(2, 5), (8, 11)]), ("kein Ende „offen", [])],
)
def test_quoted_regions(text: str, regions: list[tuple[int, int]]) -> None:
    assert quoted_regions(text) == regions


def test_lexicon_lower_case_only_entries() -> None:
    lex = load_lexicon("de")
    assert lex.lookup("verfahren") is not None
    assert lex.lookup("Verfahren") is None  # the noun "Verfahren" (procedure) is not polar
    assert lex.lookup("bereits") is None
