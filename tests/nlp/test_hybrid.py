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


def test_hybrid_noun_compounds_are_not_persons_and_are_trimmed_from_names() -> None:
    from lagebild.nlp.hybrid import clean_model_entities

    lex = load_lexicon("de")
    words = (
        "Sie erkennen die Friedensmacht an . Anna Bergmann und A. Wiegemann und Paul Weber Geburtstagsfeier .".split()
    )
    ents = [(3, 4, "PER"), (6, 8, "PER"), (9, 11, "PER"), (12, 15, "PER")]
    # a surname that is also a compound (Bergmann) and one after an initial stay; the compound noun goes
    assert clean_model_entities(words, ents, lex, {0, 6}) == [(6, 8, "PER"), (9, 11, "PER"), (12, 14, "PER")]


def test_hybrid_leading_common_noun_is_no_part_of_a_place() -> None:
    from lagebild.nlp.hybrid import clean_model_entities

    lex = load_lexicon("de")
    words = "Sie half dem Nachbarland Thüringen .".split()
    assert clean_model_entities(words, [(3, 5, "LOC")], lex, {0}) == [(4, 5, "LOC")]


def test_hybrid_english_law_title_is_one_misc_span() -> None:
    lex = load_lexicon("de")
    words = "Das Gesetz trägt den Namen Protecting Ukraine Sovereignty Act of 2022 . Eine Initiative folgt .".split()
    spans = combine(words, {0, 13}, [(5, 6, "ORG"), (6, 7, "LOC")], lex)
    assert [(a, b, t) for a, b, t, _ in spans] == [(5, 11, "MISC")]


def test_glued_article_is_split_into_two_tokens() -> None:
    from lagebild.model import Article
    from lagebild.nlp import get_pipeline

    doc = get_pipeline("de")(Article(id="a", text="DieAllianz forderte mehr. Der Dieselmotor lief."))
    assert [(t.start, t.end) for t in doc.tokens[:2]] == [(0, 3), (3, 10)]
    assert "Dieselmotor" in [t.text for t in doc.tokens]


def test_lowercase_agency_names_from_the_curated_list_are_organisations() -> None:
    lex = load_lexicon("de")
    words = "Berlin ( dpa ) - Die Regierung tagt .".split()
    spans = combine(words, {0}, [], lex, mode="rules")
    assert (2, 3, "ORG") in [(a, b, t) for a, b, t, _ in spans]


def test_club_ordinal_is_part_of_the_name() -> None:
    from lagebild.nlp.hybrid import clean_model_entities

    lex = load_lexicon("de")
    words = "Der 1. FC Nürnberg gewann .".split()
    assert clean_model_entities(words, [(2, 4, "ORG")], lex, {0}) == [(1, 4, "ORG")]
