"""Per-language linking data behind one interface (files in ``link/data/``).

Everything language-specific that linking needs (inflection endings, transliteration table,
title lexicon, curated acronyms) is read from ``data/<lang>.json``; ``data/common.json`` holds the
script-level folding. A language without a file gets the English file without its transliteration
table, so no code path assumes German.
"""

from __future__ import annotations

import json
import logging
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

log = logging.getLogger(__name__)

__all__ = ["CommonData", "LangData", "load_common", "load_lang"]

_FALLBACK = "en"


@dataclass(frozen=True, slots=True)
class CommonData:
    fold: tuple[tuple[str, str], ...]
    key_fold: tuple[tuple[str, str], ...]
    name_particles: frozenset[str]
    skeleton_vowels: frozenset[str]
    org_suffixes: frozenset[str]
    function_words: frozenset[str]


@dataclass(frozen=True, slots=True, eq=False)
class LangData:
    code: str
    determiners: frozenset[str]
    genitive_suffixes: tuple[str, ...]
    always_strip: tuple[str, ...]
    adjective_endings: tuple[tuple[str, str], ...]
    translit: tuple[tuple[str, str], ...]
    title_stems: tuple[str, ...]
    title_suffixes: tuple[str, ...]
    title_exclude: frozenset[str]
    role_modifiers: frozenset[str]
    modifier_patterns: tuple[re.Pattern[str], ...]
    modifier_exclude: frozenset[str]
    role_prepositions: frozenset[str]
    modifier_needs_left: bool
    acronyms: tuple[tuple[str, tuple[str, ...]], ...]
    title_re: re.Pattern[str]
    titles_gendered: bool = False
    female_title_suffixes: frozenset[str] = frozenset()
    female_title_stems: frozenset[str] = frozenset()
    male_title_stems: frozenset[str] = frozenset()

    def is_title_word(self, word: str) -> bool:
        """True when ``word`` (one token, may carry a hyphenated prefix) names a title or role."""
        return _is_title_word(self, word)

    def title_key(self, word: str) -> str:
        """The head of a title word without inflection: ``Generalsekretärs`` -> ``generalsekretär``."""
        head = title_head(word)
        m = self.title_re.search(head)
        if m is None:
            return head
        return head[: m.end("stem")]

    def title_gender(self, word: str) -> str | None:
        """``f`` / ``m`` for a gendered title word (``Sprecherin`` / ``Sprecher``), None when it does not say."""
        head = title_head(word)
        m = self.title_re.search(head)
        if m is None:
            return None
        stem, suffix = m.group("stem"), head[m.end("stem") :]
        if suffix in self.female_title_suffixes or stem in self.female_title_stems:
            return "f"
        if stem in self.male_title_stems or self.titles_gendered:
            return "m"
        return None


@lru_cache(maxsize=1_000_000)
def _is_title_word(lang: LangData, word: str) -> bool:
    head = title_head(word)
    if not head or head in lang.title_exclude:
        return False
    return lang.title_re.search(head) is not None


_HYPHEN_RE = re.compile(r"[-–]")


def title_head(word: str) -> str:
    """Lower-cased last part of a hyphenated word: ``Nato-Generalsekretär`` -> ``generalsekretär``."""
    return _HYPHEN_RE.split(word.lower())[-1].strip(".")


def _read(name: str) -> dict[str, object] | None:
    try:
        text = resources.files("lagebild.link").joinpath("data", f"{name}.json").read_text(encoding="utf-8")
    except FileNotFoundError:
        return None
    data = json.loads(text)
    if not isinstance(data, dict):
        raise ValueError(f"link data file {name}.json must hold a JSON object")
    return data


def _pairs(value: object) -> tuple[tuple[str, str], ...]:
    if isinstance(value, dict):
        return tuple((str(k), str(v)) for k, v in value.items())
    return tuple((str(a), str(b)) for a, b in value)  # type: ignore[union-attr]


def _strs(value: object) -> tuple[str, ...]:
    return tuple(str(v) for v in value) if value else ()  # type: ignore[union-attr]


@lru_cache(maxsize=1)
def load_common() -> CommonData:
    data = _read("common")
    if data is None:
        raise FileNotFoundError("lagebild/link/data/common.json is missing from the package")
    return CommonData(
        fold=_pairs(data.get("fold", {})),
        key_fold=_pairs(data.get("key_fold", {})),
        name_particles=frozenset(_strs(data.get("name_particles"))),
        skeleton_vowels=frozenset(str(data.get("skeleton_vowels", "aeiouy"))),
        org_suffixes=frozenset(_strs(data.get("org_suffixes"))),
        function_words=frozenset(_strs(data.get("function_words"))),
    )


@lru_cache(maxsize=16)
def load_lang(code: str | None) -> LangData:
    """Linking data for ISO 639-1 ``code``; unknown languages get a neutral fallback."""
    code = (code or _FALLBACK).lower().split("-")[0].split("_")[0]
    data = _read(code) if re.fullmatch(r"[a-z]{2,3}", code) else None
    if data is None:
        log.debug("no link data for language %r, using the %r file without transliteration", code, _FALLBACK)
        data = dict(_read(_FALLBACK) or {})
        data["translit"] = []
    stems = sorted(_strs(data.get("title_stems")), key=len, reverse=True)
    suffixes = sorted(_strs(data.get("title_suffixes")) or ("",), key=len, reverse=True)
    anchor = "" if data.get("title_compounds", False) else "^"
    title_re = re.compile(
        anchor
        + "(?P<stem>"
        + "|".join(map(re.escape, stems or ["(?!)"]))
        + ")(?:"
        + "|".join(map(re.escape, suffixes))
        + ")$"
    )
    acronyms = {**data.get("aliases", {}), **data.get("acronyms", {})}  # type: ignore[dict-item]
    return LangData(
        code=code,
        determiners=frozenset(_strs(data.get("determiners"))),
        genitive_suffixes=tuple(sorted(_strs(data.get("genitive_suffixes")), key=len, reverse=True)),
        always_strip=tuple(sorted(_strs(data.get("always_strip")), key=len, reverse=True)),
        adjective_endings=_pairs(data.get("adjective_endings", [])),
        translit=_pairs(data.get("translit", [])),
        title_stems=tuple(stems),
        title_suffixes=tuple(suffixes),
        title_exclude=frozenset(_strs(data.get("title_exclude"))),
        role_modifiers=frozenset(_strs(data.get("role_modifiers"))),
        modifier_patterns=tuple(re.compile(p) for p in _strs(data.get("modifier_patterns"))),
        modifier_exclude=frozenset(_strs(data.get("modifier_exclude"))),
        role_prepositions=frozenset(_strs(data.get("role_prepositions"))),
        modifier_needs_left=bool(data.get("modifier_needs_left", False)),
        acronyms=tuple(sorted((str(k), _strs(v)) for k, v in acronyms.items())),  # type: ignore[union-attr]
        title_re=title_re,
        titles_gendered=bool(data.get("titles_gendered", False)),
        female_title_suffixes=frozenset(_strs(data.get("female_title_suffixes"))),
        female_title_stems=frozenset(_strs(data.get("female_title_stems"))),
        male_title_stems=frozenset(_strs(data.get("male_title_stems"))),
    )
