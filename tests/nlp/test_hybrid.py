from lagebild.nlp.hybrid import combine
from lagebild.nlp.lexicon import load_lexicon

WORDS = "Außenministerin Annalena Baerbock traf in Genf den Kollegen . Baerbock sagte , Genf sei gut .".split()


def test_hybrid_role_beats_model_and_spreads_in_document() -> None:
    lex = load_lexicon("de")
    model_ents = [(1, 3, "ORG"), (5, 6, "LOC")]  # the model mistypes the person
    spans = combine(WORDS, {0, 9}, model_ents, lex)
    assert [(a, b, t) for a, b, t, _ in spans] == [(1, 3, "PER"), (5, 6, "LOC"), (9, 10, "PER"), (12, 13, "LOC")]
    assert [s for _, _, _, s in spans] == ["role", "gazetteer", "consistency", "gazetteer"]


def test_hybrid_modes() -> None:
    lex = load_lexicon("de")
    assert combine(WORDS, {0, 9}, [(5, 6, "LOC")], lex, mode="model") == [(5, 6, "LOC", "ner")]
    rules = combine(WORDS, {0, 9}, [], lex, mode="rules")
    assert [(a, b, t) for a, b, t, _ in rules] == [(1, 3, "PER"), (5, 6, "LOC"), (9, 10, "PER"), (12, 13, "LOC")]


def test_hybrid_drops_one_word_persons_that_are_ordinary_words_in_non_name_positions() -> None:
    from lagebild.nlp.hybrid import clean_model_entities

    lex = load_lexicon("de")
    words = "Geringe Erwartungen an die Reise . Sie liegt auf der südlichen Halbkugel . Merkel sagte nichts .".split()
    xpos = ["NE", "NN", "APPR", "ART", "NN", "$.", "PPER", "VVFIN", "APPR", "ART", "ADJA", "NN", "$.", "NE", "VVFIN"]
    xpos += ["PIS", "$."]
    ents = [(0, 1, "PER"), (11, 12, "PER"), (13, 14, "PER")]
    assert clean_model_entities(words, ents, lex, {0, 6, 13}, xpos) == [(13, 14, "PER")]
