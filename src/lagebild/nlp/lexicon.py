"""Word lists shipped with the package (built by ``training/build_lexicons.py``), loaded once."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

log = logging.getLogger(__name__)

__all__ = ["Lexicon", "load_lexicon"]


def _read(lang: str, name: str) -> frozenset[str]:
    try:
        res = resources.files("lagebild.nlp").joinpath("resources", lang, name)
        text = res.read_text(encoding="utf-8")
    except (FileNotFoundError, OSError):
        log.warning("word list %s/%s missing; continuing without it", lang, name)
        return frozenset()
    return frozenset(line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#"))


@dataclass(frozen=True, slots=True)
class Lexicon:
    common_nouns: frozenset[str]
    first_names: frozenset[str]
    surnames: frozenset[str]
    places: frozenset[str]  # countries, towns, world places (full strings, may contain spaces)
    towns_only: frozenset[str]  # one-word town names not also in the country/world-place lists
    major_places: frozenset[str]  # countries and curated world places
    orgs: frozenset[str]
    trigger_words: frozenset[str]  # exact role words ("Herr", "Papst")
    trigger_suffixes: tuple[str, ...]  # lower-case suffixes ("minister", "sprecherin")
    multi_first: frozenset[str] = frozenset()  # first words of multi-word place/organisation names
    lang: str = "de"

    def is_known(self, word: str) -> bool:
        """A word of the language's dictionary (simplemma), in any form."""
        return _is_known(self.lang, word)

    def is_common(self, word: str) -> bool:
        """A known common noun, also in an inflected form (``Gebiete`` -> ``Gebiet``)."""
        return _is_common(self.common_nouns, word)

    def is_trigger(self, word: str) -> bool:
        if word in self.trigger_words:
            return True
        if not word[:1].isupper():
            return False
        low = word.lower()
        # inflected forms: "Doppelagenten", "Ministers", "Präsidentinnen"
        forms = (low, low[:-1], low[:-2], low[:-3]) if low.endswith(("n", "s")) else (low,)
        return any(_suffix_match(self.trigger_suffixes, f) for f in forms if f)


@lru_cache(maxsize=200_000)
def _is_common(nouns: frozenset[str], word: str) -> bool:
    if word in nouns:
        return True
    from .lemmas import dictionary_lemma

    lemma = dictionary_lemma(word)
    return lemma != word and lemma in nouns


@lru_cache(maxsize=65536)
def _is_known(lang: str, word: str) -> bool:
    import simplemma

    return simplemma.is_known(word, lang=lang)


@lru_cache(maxsize=100_000)
def _suffix_match(suffixes: tuple[str, ...], low: str) -> bool:
    return low.endswith(suffixes)


@lru_cache(maxsize=8)
def load_lexicon(lang: str = "de") -> Lexicon:
    triggers = _read(lang, "triggers.txt")
    suffixes = tuple(sorted((t[:-1].lower() for t in triggers if t.endswith("*")), key=lambda s: (-len(s), s)))
    words = frozenset(t for t in triggers if not t.endswith("*"))
    towns = _read(lang, "towns.txt")
    major = _read(lang, "countries.txt") | _read(lang, "places.txt")
    places = major | towns
    orgs = _read(lang, "orgs.txt")
    return Lexicon(
        common_nouns=_read(lang, "common_nouns.txt"),
        first_names=_read(lang, "first_names.txt") | _read(lang, "first_names_extra.txt"),
        surnames=_read(lang, "surnames.txt"),
        places=places,
        towns_only=frozenset(t for t in towns if " " not in t) - major,
        major_places=major,
        orgs=orgs,
        trigger_words=words,
        trigger_suffixes=suffixes,
        multi_first=frozenset(p.split(" ", 1)[0] for p in (places | orgs) if " " in p),
        lang=lang,
    )
