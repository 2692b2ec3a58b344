"""Lemmas: simplemma's German dictionary (MIT) plus rules where it is measurably wrong.

Measured on the UD training part (``training/compare_lemmas.py``): the dictionary beats the
trained edit-tree lemmatizer on every open word class, so the shipped pipeline has no
lemmatizer component (saving its run time). On top of the dictionary: prepositions fused with an
article (``im``, ``zum``), numbers, symbols and punctuation by rules; adjectives by
:func:`~lagebild.nlp.inflection_de.adjective_lemma` (participles, capitalised forms); a verb form the
dictionary leaves unchanged (strong past ``stand``, unknown participle ``angefragt``) by HanTa's
morphological analysis for its STTS tag; number words in lower case; ``ihr``/``Sie`` by person and
politeness, following UD German (``ihr`` 3rd person -> ``sie``, polite ``Ihnen`` -> ``Sie``).
"""

from __future__ import annotations

from functools import lru_cache

from .inflection_de import adjective_lemma

__all__ = ["choose_lemma", "dictionary_lemma"]

_FUSED = {
    "am": "an", "ans": "an", "aufs": "auf", "beim": "bei", "durchs": "durch", "fürs": "für", "hinterm": "hinter",
    "hinters": "hinter", "im": "in", "ins": "in", "übers": "über", "überm": "über", "ums": "um", "unterm": "unter",
    "unters": "unter", "vom": "von", "vorm": "vor", "vors": "vor", "zum": "zu", "zur": "zu",
}  # fmt: skip
_AS_IS = frozenset({"X", "SYM", "PUNCT"})
# verb forms the dictionary may not know; HanTa analyses them for their tag
_HANTA_TAGS = frozenset({"VVFIN", "VVPP", "VVIMP", "VAFIN", "VMFIN"})
_POLITE = frozenset({"sie", "ihnen"})


@lru_cache(maxsize=200_000)
def dictionary_lemma(word: str) -> str:
    import simplemma

    if not word.strip():
        return word
    return simplemma.lemmatize(word, lang="de")


def _verb_lemma(word: str, xpos: str) -> str:
    low = word.lower() if word[:1].isupper() else word
    dic = dictionary_lemma(low)
    if dic == low and xpos in _HANTA_TAGS:
        from .hanta_tagger import hanta_lemma

        return hanta_lemma(low, xpos) or dic
    return dic


def _pronoun_lemma(word: str, morph: str, dic: str) -> str:
    low = word.lower()
    if low in _POLITE and "Polite=Form" in morph and word[:1].isupper():
        return "Sie"
    if low == "ihr" and "Person=3" in morph:
        return "sie"  # dative feminine "ihr" (to her), not the 2nd person plural
    return dic


@lru_cache(maxsize=200_000)
def choose_lemma(word: str, model_lemma: str, upos: str, xpos: str = "", morph: str = "") -> str:
    """Lemma for ``word`` tagged ``upos``/``xpos`` with features ``morph``; ``model_lemma`` (may be
    empty) is used where no rule applies."""
    if upos in _AS_IS:
        return model_lemma or word
    if upos == "NUM":
        spelled = word.isalpha() and xpos in ("CARD", "")
        return word.lower() if spelled else model_lemma or word  # "Zwei" -> "zwei"
    if upos == "ADP":
        default = model_lemma or (word.lower() if word[:1].isupper() else word)
        return _FUSED.get(word.lower(), default)
    if upos == "ADJ" and xpos in ("ADJA", "ADJD", ""):
        return adjective_lemma(word, xpos, dictionary_lemma)
    if upos in ("VERB", "AUX") and (xpos[:1] == "V" or not xpos):
        return _verb_lemma(word, xpos)
    dic = dictionary_lemma(word)
    if upos in ("NOUN", "PROPN") and dic[:1].islower() and word[:1].isupper():
        return model_lemma or word
    if upos == "PRON":
        return _pronoun_lemma(word, morph, dic)
    return dic
