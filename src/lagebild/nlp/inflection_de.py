"""German inflection rules that the dictionary lemma misses (UD German GSD conventions).

- An attributive adjective (STTS ``ADJA``) built from a participle keeps the participle as its
  lemma (``vereinbarte`` -> ``vereinbart``, ``leitende`` -> ``leitend``), not the verb.
- A predicative present participle (``überraschend``) is its own lemma.
- A capitalised adjective (sentence start, names such as ``Römischen``) is lemmatised in lower
  case; one the dictionary does not know stays as written (``Münchner``, ``New``).
- Pronominal adjectives take the strong masculine form (``anderen`` -> ``anderer``).
- An adjective the dictionary does not know loses its inflection ending when what remains has an
  adjective suffix (``dreiminütige`` -> ``dreiminütig``).
"""

from __future__ import annotations

from collections.abc import Callable

__all__ = ["adjective_lemma", "strip_adjective_ending"]

_ENDINGS = ("en", "em", "er", "es", "e")
_ADJ_SUFFIXES = ("ig", "isch", "lich", "bar", "sam", "haft", "los", "voll", "end", "iert")
_VERB_ENDINGS = ("en", "ern", "eln")
# pronominal adjectives whose UD lemma is the strong masculine form ("anderen" -> "anderer")
_PRONOMINAL = frozenset({"ander", "solch", "weiter"})


def strip_adjective_ending(word: str) -> str:
    """``word`` without its adjective inflection ending (the word itself when it has none)."""
    for ending in _ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            return word[: -len(ending)]
    return word


def _is_participle_stem(stem: str) -> bool:
    return stem.endswith(("t", "en", "end"))


def adjective_lemma(word: str, xpos: str, lemmatize: Callable[[str], str]) -> str:
    """Lemma of an adjective ``word`` (STTS ``xpos``), ``lemmatize`` being the dictionary lookup.
    A hyphenated compound keeps its first parts as written (``US-amerikanischen`` -> ``US-amerikanisch``)."""
    head, dash, last = word.rpartition("-")
    if dash and head and last:
        return f"{head}-{_simple_adjective_lemma(last, xpos, lemmatize)}"
    return _simple_adjective_lemma(word, xpos, lemmatize)


def _simple_adjective_lemma(word: str, xpos: str, lemmatize: Callable[[str], str]) -> str:
    capitalised = word[:1].isupper() and not word.isupper()
    low = word.lower() if capitalised else word
    base = lemmatize(low)
    if base[:1].isupper() and not low[:1].isupper():
        base = low  # a noun reading of a lower-case adjective ("genannte" -> "Genannte")
    if xpos == "ADJA":
        stem = strip_adjective_ending(low)
        if stem in _PRONOMINAL:
            return stem + "er"
        if stem != low and base != stem:
            if base != low and base in (stem + "er", stem + "e"):
                return stem  # ordinal/superlative stems: "letzte" -> "letzt", "drittes" -> "dritt"
            verb_reading = base.endswith(_VERB_ENDINGS) and base != low
            if verb_reading and (_is_participle_stem(stem) or base in (stem + "en", stem + "n")):
                return stem  # participle or a bogus verb reading ("tolle" -> "tollen")
            if base == low and stem.endswith(_ADJ_SUFFIXES + ("t",)):
                return stem  # unknown to the dictionary: "dreiminütige", "umweltorientierte"
    elif low.endswith("end") and base == low[:-1]:
        return low  # predicative present participle: "überraschend"
    if capitalised and xpos == "ADJA" and base == low:
        return word  # an inflected form unknown in lower case: name-like ("Münchner", "New")
    return base
