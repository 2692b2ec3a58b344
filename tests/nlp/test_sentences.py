import pytest

from lagebild.nlp.sentences import split_sentences
from lagebild.nlp.tokenize import tokenize


def sents(text: str) -> list[str]:
    spans = tokenize(text)
    return [text[spans[a][0] : spans[b - 1][1]] for a, b in split_sentences(text, spans)]


def test_split_opening_quote_starts_sentence() -> None:
    text = "Das war klar. „Wir bleiben hart. Wir weichen nicht.“ Dann ging er."
    assert sents(text) == ["Das war klar.", "„Wir bleiben hart. Wir weichen nicht.“", "Dann ging er."]


def test_split_no_boundary_inside_quote_with_attribution() -> None:
    text = "„Wir kommen!“ sagte sie. »Nein.« Er lachte."
    assert sents(text) == ["„Wir kommen!“ sagte sie.", "»Nein.«", "Er lachte."]


def test_split_ascii_quotes() -> None:
    text = 'Er sagte, es sei "kein Problem. Gar keins." Sie nickte.'
    assert sents(text) == ['Er sagte, es sei "kein Problem. Gar keins."', "Sie nickte."]


def test_split_abbreviations_ordinals_dates() -> None:
    text = "Am 10. Januar kam Dr. Lind z. B. um 10.00 Uhr. Am 12.01.2022 nicht."
    assert sents(text) == ["Am 10. Januar kam Dr. Lind z. B. um 10.00 Uhr.", "Am 12.01.2022 nicht."]


def test_split_paragraph_and_headline() -> None:
    text = "Treffen in Wien\n\nDie Gespräche begannen. Sie dauerten lange"
    assert sents(text) == ["Treffen in Wien", "Die Gespräche begannen.", "Sie dauerten lange"]


def test_split_sentence_start_offsets() -> None:
    text = "Er ging. Sie blieb."
    spans = tokenize(text)
    assert [(spans[a][0], spans[b - 1][1]) for a, b in split_sentences(text, spans)] == [(0, 8), (9, 19)]


def test_split_latex_quotes_hold_sentence() -> None:
    text = "Er sagte: ``Wir kommen. Sofort.'' Dann ging er."
    assert sents(text) == ["Er sagte: ``Wir kommen. Sofort.''", "Dann ging er."]


def test_split_unclosed_quote_does_not_swallow_boundaries() -> None:
    text = "„Wir kommen bald. Die Lage ist ernst. Alle warten."
    assert sents(text) == ["„Wir kommen bald.", "Die Lage ist ernst.", "Alle warten."]


def test_split_long_quote_gives_up_after_limit() -> None:
    inner = " ".join(["Das ist ein langer Satz ohne Ende."] * 30)
    text = f"»{inner} Er ging.« Sie blieb."
    out = sents(text)
    assert out[0] == "»Das ist ein langer Satz ohne Ende."
    assert out[-2:] == ["Er ging.«", "Sie blieb."]


def test_split_list_item_number_stays_with_its_sentence() -> None:
    text = "Die Regeln lauten so. 2. Niemand geht früher."
    assert sents(text) == ["Die Regeln lauten so.", "2. Niemand geht früher."]


def gsents(text: str) -> list[str]:
    from lagebild.nlp.sentence_cues_de import GERMAN_CUES

    spans = tokenize(text)
    return [text[spans[a][0] : spans[b - 1][1]] for a, b in split_sentences(text, spans, GERMAN_CUES)]


def test_split_german_cues_without_punctuation() -> None:
    text = "Sehr zu empfehlen Seit Jahren kommen wir gern. Grüße aus Lindau Wir kommen wieder."
    assert gsents(text) == [
        "Sehr zu empfehlen",
        "Seit Jahren kommen wir gern.",
        "Grüße aus Lindau",
        "Wir kommen wieder.",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Das fordert Die Linke seit Jahren.",  # article: names and titles begin with one
        "Er stimmte ohne Wenn und Aber zu.",
        "Das große Wir zählt.",
        "Haben Sie Zeit?",  # polite pronoun
        "Stephen Kings Es erschien spät.",
        "Der Film Iron Man lief gut.",
    ],
)
def test_split_german_cues_no_false_boundary(text: str) -> None:
    assert gsents(text) == [text]


def test_split_cues_are_language_specific() -> None:
    text = "Sehr zu empfehlen Seit Jahren kommen wir gern."
    assert sents(text) == [text]


def test_emoticon_is_one_token_and_ends_a_sentence_before_a_capital() -> None:
    text = "Kann man nur loben ;-) Nur zu empfehlen! Schön :) und günstig."
    assert [text[a:b] for a, b in tokenize(text)][4] == ";-)"
    assert sents(text) == ["Kann man nur loben ;-)", "Nur zu empfehlen!", "Schön :) und günstig."]


def test_colon_inside_a_word_is_no_emoticon() -> None:
    text = "Stand:D-Mark (Folgendes:(a) gilt)."
    assert ":D" not in [text[a:b] for a, b in tokenize(text)]
