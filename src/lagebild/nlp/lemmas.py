"""Lemmas: simplemma's German dictionary (MIT) plus small rules for closed classes.

Measured on the UD training part (``training/compare_lemmas.py``): the dictionary beats the
trained edit-tree lemmatizer on every open word class, so the shipped pipeline has no
lemmatizer component (saving its run time); prepositions fused with an article (``im``, ``zum``)
and numbers, symbols, punctuation are handled by rules.
"""

from __future__ import annotations

from functools import lru_cache

__all__ = ["choose_lemma", "dictionary_lemma"]

_FUSED = {
    "am": "an", "ans": "an", "aufs": "auf", "beim": "bei", "durchs": "durch", "fürs": "für", "hinterm": "hinter",
    "hinters": "hinter", "im": "in", "ins": "in", "übers": "über", "überm": "über", "ums": "um", "unterm": "unter",
    "unters": "unter", "vom": "von", "vorm": "vor", "vors": "vor", "zum": "zu", "zur": "zu",
}  # fmt: skip
_AS_IS = frozenset({"NUM", "X", "SYM", "PUNCT"})


@lru_cache(maxsize=200_000)
def dictionary_lemma(word: str) -> str:
    import simplemma

    if not word.strip():
        return word
    return simplemma.lemmatize(word, lang="de")


def choose_lemma(word: str, model_lemma: str, upos: str) -> str:
    """Lemma for ``word`` tagged ``upos``; ``model_lemma`` (may be empty) is used where no rule applies."""
    if upos in _AS_IS:
        return model_lemma or word
    if upos == "ADP":
        default = model_lemma or (word.lower() if word[:1].isupper() else word)
        return _FUSED.get(word.lower(), default)
    dic = dictionary_lemma(word)
    if upos in ("NOUN", "PROPN") and dic[:1].islower() and word[:1].isupper():
        return model_lemma or word
    return dic
