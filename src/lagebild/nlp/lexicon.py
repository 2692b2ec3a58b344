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
    orgs: frozenset[str]
    trigger_words: frozenset[str]  # exact role words ("Herr", "Papst")
    trigger_suffixes: tuple[str, ...]  # lower-case suffixes ("minister", "sprecherin")

    def is_trigger(self, word: str) -> bool:
        if word in self.trigger_words:
            return True
        low = word.lower()
        if not word[:1].isupper():
            return False
        return any(low.endswith(s) for s in self.trigger_suffixes)


@lru_cache(maxsize=8)
def load_lexicon(lang: str = "de") -> Lexicon:
    triggers = _read(lang, "triggers.txt")
    suffixes = tuple(sorted((t[:-1].lower() for t in triggers if t.endswith("*")), key=lambda s: (-len(s), s)))
    words = frozenset(t for t in triggers if not t.endswith("*"))
    places = _read(lang, "countries.txt") | _read(lang, "towns.txt") | _read(lang, "places.txt")
    return Lexicon(
        common_nouns=_read(lang, "common_nouns.txt"),
        first_names=_read(lang, "first_names.txt") | _read(lang, "first_names_extra.txt"),
        surnames=_read(lang, "surnames.txt"),
        places=places,
        orgs=_read(lang, "orgs.txt"),
        trigger_words=words,
        trigger_suffixes=suffixes,
    )
