"""Per-language number lexicons (``claims/data/numbers_<lang>.json``), loaded once and cached."""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

log = logging.getLogger(__name__)

__all__ = ["NumberLexicon", "load_lexicon", "supported_languages"]

_FALLBACK = "en"


@dataclass(frozen=True, slots=True)
class NumberLexicon:
    """Everything the number reader needs for one language (all keys lower-case)."""

    lang: str
    decimal: str
    group: str
    morphemes: dict[str, float]  # German-style number-word parts ("zwei", "zig" words, "hundert")
    words: dict[str, float]  # whole number words (English style)
    article_numerals: frozenset[str]
    fractions: dict[str, float]
    scales: dict[str, float]
    vague: dict[str, tuple[float, float | None]]
    ordinals: dict[str, int]
    ordinal_endings: tuple[str, ...]
    hedges: dict[str, str]
    range_between: tuple[str, str]
    range_to: frozenset[str]
    partial: frozenset[str]
    percent: frozenset[str]
    currencies: dict[str, str]
    durations: dict[str, str]
    duration_adjectives: dict[str, str]
    since: frozenset[str]
    genitive_articles: tuple[str, ...]
    relative_owner: frozenset[str]
    last_markers: tuple[str, ...]
    member_classes: dict[str, str]  # lemma -> class
    owner_needed: frozenset[str]
    meeting: frozenset[str]
    stop_nouns: frozenset[str]
    last_only_markers: tuple[str, ...] = ()
    date_prepositions: frozenset[str] = frozenset()
    ago_before: frozenset[str] = frozenset()
    ago_after: frozenset[str] = frozenset()
    frequency_suffix: tuple[str, ...] = ()
    frequency_words: dict[str, float] | None = None


def supported_languages() -> tuple[str, ...]:
    files = resources.files("lagebild.claims").joinpath("data")
    return tuple(sorted(p.name[8:-5] for p in files.iterdir() if p.name.startswith("numbers_")))


@lru_cache(maxsize=8)
def load_lexicon(lang: str) -> NumberLexicon:
    """The lexicon for ``lang``; unknown languages fall back to English (logged once)."""
    if lang not in supported_languages():
        log.info("no number lexicon for %r, using %r", lang, _FALLBACK)
        lang = _FALLBACK
    raw = json.loads(resources.files("lagebild.claims").joinpath(f"data/numbers_{lang}.json").read_text("utf-8"))
    classes = {w: cls for cls, words in raw.get("member_classes", {}).items() for w in words}
    between = raw.get("range_between", ["", ""])
    return NumberLexicon(
        lang=lang,
        decimal=raw["decimal"],
        group=raw["group"],
        morphemes={k: float(v) for k, v in raw.get("morphemes", {}).items()},
        words={k: float(v) for k, v in raw.get("words", {}).items()},
        article_numerals=frozenset(raw.get("article_numerals", [])),
        fractions={k: float(v) for k, v in raw.get("fractions", {}).items()},
        scales={k: float(v) for k, v in raw.get("scales", {}).items()},
        vague={k: (float(v[0]), None if v[1] is None else float(v[1])) for k, v in raw.get("vague", {}).items()},
        ordinals={k: int(v) for k, v in raw.get("ordinals", {}).items()},
        ordinal_endings=tuple(raw.get("ordinal_endings", [""])),
        hedges=dict(raw.get("hedges", {})),
        range_between=(between[0], between[1]),
        range_to=frozenset(raw.get("range_to", [])),
        partial=frozenset(raw.get("partial", [])),
        percent=frozenset(raw.get("percent", [])),
        currencies=dict(raw.get("currencies", {})),
        durations=dict(raw.get("durations", {})),
        duration_adjectives=dict(raw.get("duration_adjectives", {})),
        since=frozenset(raw.get("since", [])),
        genitive_articles=tuple(raw.get("genitive_articles", [])),
        relative_owner=frozenset(raw.get("relative_owner", [])),
        last_markers=tuple(raw.get("last_markers", [])),
        member_classes=classes,
        owner_needed=frozenset(raw.get("owner_needed", [])),
        meeting=frozenset(raw.get("meeting", [])),
        stop_nouns=frozenset(raw.get("stop_nouns", [])),
        last_only_markers=tuple(raw.get("last_only_markers", [])),
        date_prepositions=frozenset(raw.get("date_prepositions", [])),
        ago_before=frozenset(raw.get("ago_before", [])),
        ago_after=frozenset(raw.get("ago_after", [])),
        frequency_suffix=tuple(raw.get("frequency_suffix", [])),
        frequency_words={k: float(v) for k, v in raw.get("frequency_words", {}).items()},
    )
