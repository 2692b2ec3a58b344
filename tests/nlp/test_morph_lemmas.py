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
