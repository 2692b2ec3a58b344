import pytest

from lagebild.nlp.lemmas import choose_lemma
from lagebild.nlp.morph import upos_from_stts, verb_features


@pytest.mark.parametrize(
    ("word", "lemma", "xpos", "prev", "expected"),
    [
        ("sei", "sein", "VAFIN", "er", "Mood=Sub|VerbForm=Fin"),
        ("habe", "haben", "VAFIN", "ich", "Mood=Ind|VerbForm=Fin"),
        ("habe", "haben", "VAFIN", "Russland", "Mood=Sub|VerbForm=Fin"),
        ("fordere", "fordern", "VVFIN", "Moskau", "Mood=Sub|VerbForm=Fin"),
        ("sage", "sagen", "VVFIN", "sie", "Mood=Sub|VerbForm=Fin"),
        ("sagte", "sagen", "VVFIN", "sie", "Mood=Ind|VerbForm=Fin"),
        ("würden", "werden", "VAFIN", "sie", "Mood=Sub|VerbForm=Fin"),
        ("gesagt", "sagen", "VVPP", None, "VerbForm=Part"),
        ("Rat", "Rat", "NN", None, ""),
    ],
)
def test_morph_verb_features(word: str, lemma: str, xpos: str, prev: str | None, expected: str) -> None:
    assert verb_features(word, lemma, xpos, prev) == expected


def test_morph_stts_to_upos() -> None:
    assert [upos_from_stts(t) for t in ("NE", "VMFIN", "APPRART", "$(", "??")] == ["PROPN", "AUX", "ADP", "PUNCT", "X"]


@pytest.mark.parametrize(
    ("word", "upos", "expected"),
    [("im", "ADP", "in"), ("Zum", "ADP", "zu"), ("Gespräche", "NOUN", "Gespräch"), ("sagte", "VERB", "sagen"),
     ("3,5", "NUM", "3,5"), ("Stoltenberg", "PROPN", "Stoltenberg")],
)  # fmt: skip
def test_lemmas_choose(word: str, upos: str, expected: str) -> None:
    assert choose_lemma(word, "", upos) == expected


@pytest.mark.parametrize(
    ("word", "xpos", "expected"),
    [
        ("vereinbarten", "ADJA", "vereinbart"),  # participle used as adjective keeps the participle
        ("leitende", "ADJA", "leitend"),
        ("Römischen", "ADJA", "römisch"),  # capitalised (name, sentence start): lower-case lemma
        ("Münchner", "ADJA", "Münchner"),  # unknown in lower case: stays as written
        ("anderen", "ADJA", "anderer"),  # pronominal adjective: strong masculine form (UD)
        ("letzte", "ADJA", "letzt"),
        ("dreiminütige", "ADJA", "dreiminütig"),  # unknown to the dictionary, adjective suffix
        ("überraschend", "ADJD", "überraschend"),  # predicative present participle
        ("Extrem", "ADJD", "extrem"),
        ("US-amerikanischen", "ADJA", "US-amerikanisch"),  # compound: first part as written
    ],
)
def test_lemmas_adjectives(word: str, xpos: str, expected: str) -> None:
    assert choose_lemma(word, "", "ADJ", xpos) == expected


@pytest.mark.parametrize(
    ("word", "upos", "xpos", "expected"),
    [
        ("stand", "VERB", "VVFIN", "stehen"),  # strong past the dictionary leaves unchanged
        ("angefragt", "VERB", "VVPP", "anfragen"),
        ("Kaufen", "VERB", "VVFIN", "kaufen"),  # capitalised at sentence start
        ("Habe", "AUX", "VAFIN", "haben"),
        ("Zwei", "NUM", "CARD", "zwei"),
        ("III", "NUM", "NN", "III"),
    ],
)
def test_lemmas_verbs_numbers(word: str, upos: str, xpos: str, expected: str) -> None:
    assert choose_lemma(word, "", upos, xpos) == expected


@pytest.mark.parametrize(
    ("word", "morph", "expected"),
    [
        ("ihr", "Case=Dat|Gender=Fem|Number=Sing|Person=3|PronType=Prs", "sie"),
        ("ihr", "Case=Nom|Number=Plur|Person=2|PronType=Prs", "ihr"),
        ("Ihnen", "Case=Dat|Person=2|Polite=Form|PronType=Prs", "Sie"),
        ("Sie", "Case=Nom|Number=Plur|Person=3|PronType=Prs", "sie"),
    ],
)
def test_lemmas_pronouns_by_features(word: str, morph: str, expected: str) -> None:
    assert choose_lemma(word, "", "PRON", "PPER", morph) == expected


def test_lemmas_strip_adjective_ending() -> None:
    from lagebild.nlp.inflection_de import strip_adjective_ending

    assert [strip_adjective_ending(w) for w in ("kleinen", "großem", "alte", "gut", "neues")] == [
        "klein", "groß", "alt", "gut", "neu",
    ]  # fmt: skip


def test_separated_particle_marks_its_head_as_a_verb() -> None:
    from lagebild.model import Article
    from lagebild.nlp import process
    from lagebild.nlp.german import _particle_verb_heads

    assert _particle_verb_heads(["NN", "PPER", "ART", "NN", "PTKVZ"], [1, 1, 3, 1, 1]) == {1}
    doc = process(Article(id="a", text="Beim Treffen des Rates wiesen die Minister die Pläne zurück."), lang="de")
    verb = next(t for t in doc.tokens if t.text == "wiesen")
    assert (verb.upos, verb.lemma) == ("VERB", "weisen")
