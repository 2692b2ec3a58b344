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
