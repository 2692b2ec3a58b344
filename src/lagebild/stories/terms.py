"""Bag-of-terms features for story clustering, with document frequencies kept online.

Terms are case-folded words of three or more characters (any script); entity ids from
the linker are added as ``ent:<id>`` terms so that two reports naming the same people
and places score higher than two that share only vocabulary.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable
from functools import lru_cache

import simplemma

from ..reuse.words import words_of

__all__ = ["DocumentFrequencies", "ENTITY_PREFIX", "doc_terms", "lemma"]

ENTITY_PREFIX = "ent:"


@lru_cache(maxsize=200_000)
def lemma(word: str, lang: str) -> str:
    """Case-folded dictionary form of ``word`` (simplemma); the word itself for unknown languages."""
    try:
        return str(simplemma.lemmatize(word, lang=lang)).casefold()
    except (ValueError, KeyError):
        return word.casefold()


def doc_terms(
    text: str,
    entities: Iterable[str] = (),
    title: str | None = None,
    min_len: int = 3,
    name_weight: float = 3.0,
    number_weight: float = 1.0,
    bigrams: bool = False,
    lang: str | None = None,
) -> Counter[str]:
    """Term counts of one article: words of ``text`` (title words twice) and entity ids.

    Capitalised words inside a sentence (names in most scripts with case; nouns too in German)
    count ``name_weight`` times.
    """
    counts: Counter[str] = Counter()
    words = words_of(text)
    prev = ""
    for w0, s, e in zip(words.norm, words.starts, words.ends, strict=True):
        w = lemma(text[s:e], lang) if lang else w0
        if len(w) < min_len:
            prev = ""
            continue
        initial = s == 0 or text[max(0, s - 2) : s].strip() in {"", ".", "!", "?", '"', "„", "“"}
        if w.isdigit():
            counts[w] += number_weight
        else:
            counts[w] += name_weight if (text[s].isupper() and not initial) else 1.0
        if bigrams and prev:
            counts[f"{prev} {w}"] += 1.0
        prev = w
    if title:
        for w in words_of(title).norm:
            if len(w) >= min_len:
                counts[w] += 2
    for ent in entities:
        counts[ENTITY_PREFIX + ent] += 1
    return counts


class DocumentFrequencies:
    """Document frequencies of the articles seen so far, and smoothed idf from them."""

    def __init__(self) -> None:
        self.n_docs = 0
        self.df: Counter[str] = Counter()
        self._idf: dict[str, float] = {}  # valid for the current n_docs

    def add(self, terms: Iterable[str]) -> None:
        self.n_docs += 1
        self.df.update(set(terms))
        if self._idf:
            self._idf = {}

    def idf(self, term: str) -> float:
        value = self._idf.get(term)
        if value is None:
            value = math.log((self.n_docs + 1) / (self.df.get(term, 0) + 1)) + 1.0
            self._idf[term] = value
        return value
