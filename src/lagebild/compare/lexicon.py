"""The outcome-polarity lexicon and its modifier cues (negators, hedges, intensifiers).

The lexicon ships with the package (``compare/data/tone_<lang>.tsv``, written by hand for this
project, MIT like the package). It answers one question: how well did the meeting or negotiation
go? Words about the outcome ("Durchbruch", "gescheitert") weigh most; words that only describe the
conflict around it ("Spannung", "Krise") weigh little. SentiWS is *not* used here (NC licence);
``lagebild.evaluation.tone`` only compares against it.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

import simplemma

log = logging.getLogger(__name__)

__all__ = ["Cues", "Lexicon", "LexEntry", "load_lexicon", "supported_languages"]

_DATA = "lagebild.compare.data"
_FALLBACK_LANG = "en"
_MIN_COMPOUND_HEAD = 5  # shortest lexicon noun that may end a compound ("Wirtschafts|sanktion")
_SUFFIXES = ("en", "er", "es", "em", "e", "n", "s")  # crude inflection stripping after simplemma


@dataclass(frozen=True, slots=True)
class LexEntry:
    lemma: str
    weight: float
    lower_only: bool = False
    noun: bool = False


@dataclass(frozen=True, slots=True)
class Cues:
    negators: frozenset[str]
    forward_only: frozenset[str]
    hedges: dict[str, float]
    intensifiers: dict[str, float]
    clause_breaks: frozenset[str]
    ignore: frozenset[str] = frozenset()  # words that look polar after stripping but are not ("bereits")
    particles: frozenset[str] = frozenset()  # separable verb particles ("wiesen ... zurück")
    capitalised_nouns: bool = False  # German: a noun entry never matches a lower-case word ("erfolgen")
    verb_endings: tuple[str, ...] = ()  # "nicht erzielt." may negate backwards, "nicht verhandelbar." not


@dataclass(frozen=True)
class Lexicon:
    """Polarity lookup for one language."""

    lang: str
    entries: dict[str, LexEntry]
    cues: Cues
    _memo: dict[str, LexEntry | None] = field(default_factory=dict, compare=False, repr=False)

    def lookup(self, surface: str) -> LexEntry | None:
        """The entry for a surface word: exact form, lemma, stripped ending, then compound head."""
        try:
            return self._memo[surface]
        except KeyError:
            entry = self._memo[surface] = self._lookup(surface)
            return entry

    def _lookup(self, surface: str) -> LexEntry | None:
        lower = surface.lower()
        if lower in self.cues.ignore:
            return None
        is_lower = surface[:1].islower()
        for key in self._keys(surface, lower):
            entry = self.entries.get(key)
            if entry is None:
                continue
            if entry.lower_only and not is_lower:
                continue
            if entry.noun and is_lower and self.cues.capitalised_nouns:
                continue
            return entry
        if not is_lower and len(lower) > _MIN_COMPOUND_HEAD + 2:
            return self._compound_head(lower)
        return None

    def lookup_separable(self, particle: str, verb: str) -> LexEntry | None:
        """The entry for a split verb: particle "zurück" + finite verb "wiesen" -> "zurückweisen"."""
        if not verb[:1].islower():
            return None
        lemma = self._lemma(verb, verb.lower())
        return self.entries.get(particle.lower() + lemma)

    def _lemma(self, surface: str, lower: str) -> str:
        try:
            return simplemma.lemmatize(surface, lang=self.lang).lower()
        except (ValueError, KeyError):  # language without simplemma data
            return lower

    def _keys(self, surface: str, lower: str) -> list[str]:
        keys = [lower]
        lemma = self._lemma(surface, lower)
        if lemma != lower:
            keys.append(lemma)
        for suffix in _SUFFIXES:
            if lower.endswith(suffix) and len(lower) - len(suffix) >= 3:
                keys.append(lower[: -len(suffix)])
        return keys

    def _compound_head(self, lower: str) -> LexEntry | None:
        # longest lexicon noun that ends the compound, e.g. "wirtschaftssanktionen" -> "sanktion"
        stem = lower
        for suffix in _SUFFIXES:
            if stem.endswith(suffix):
                stem = stem[: -len(suffix)]
                break
        for cut in range(1, len(stem) - _MIN_COMPOUND_HEAD + 1):
            for candidate in (lower[cut:], stem[cut:]):
                if candidate in self.cues.ignore:
                    return None  # the real head is a word that only looks polar ("Struktur|bereinigung")
                entry = self.entries.get(candidate)
                if entry is not None and entry.noun:
                    return entry
        return None


def supported_languages() -> tuple[str, ...]:
    return tuple(sorted(_load_cues_json()))


@lru_cache(maxsize=8)
def load_lexicon(lang: str | None) -> Lexicon:
    """The lexicon for ``lang`` (ISO 639-1); languages without one fall back to English."""
    code = (lang or _FALLBACK_LANG).lower()[:2]
    cues_all = _load_cues_json()
    if code not in cues_all:
        log.info("no tone lexicon for %r, using %r", code, _FALLBACK_LANG)
        code = _FALLBACK_LANG
    raw = cues_all[code]
    cues = Cues(
        negators=frozenset(raw["negators"]),
        forward_only=frozenset(raw["forward_only"]),
        hedges={k: float(v) for k, v in raw["hedges"].items()},
        intensifiers={k: float(v) for k, v in raw["intensifiers"].items()},
        clause_breaks=frozenset(raw["clause_breaks"]),
        ignore=frozenset(raw.get("ignore", ())),
        particles=frozenset(raw.get("separable_particles", ())),
        verb_endings=tuple(raw.get("verb_endings", ())),
        capitalised_nouns=bool(raw.get("capitalised_nouns", False)),
    )
    return Lexicon(lang=code, entries=_load_entries(code), cues=cues)


@lru_cache(maxsize=1)
def _load_cues_json() -> dict[str, dict]:
    text = resources.files(_DATA).joinpath("tone_cues.json").read_text(encoding="utf-8")
    return json.loads(text)


def _load_entries(code: str) -> dict[str, LexEntry]:
    text = resources.files(_DATA).joinpath(f"tone_{code}.tsv").read_text(encoding="utf-8")
    entries: dict[str, LexEntry] = {}
    for lineno, line in enumerate(text.splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        parts = line.split("\t")
        if len(parts) < 2:
            raise ValueError(f"tone_{code}.tsv line {lineno}: expected 'lemma<TAB>weight[<TAB>flags]'")
        weight = float(parts[1])
        if not -1.0 <= weight <= 1.0:
            raise ValueError(f"tone_{code}.tsv line {lineno}: weight {weight} outside -1..1")
        flags = set(parts[2].split(",")) if len(parts) > 2 and parts[2].strip() else set()
        lemma = parts[0].strip().lower()
        entries[lemma] = LexEntry(lemma=lemma, weight=weight, lower_only="lc" in flags, noun="noun" in flags)
    return entries
