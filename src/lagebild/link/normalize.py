"""Name words, matching keys and base forms of mentions.

A mention keeps its surface text; matching uses a *base form* (leading determiners dropped,
declined adjectives and genitive endings undone by the language's rules) and a *key* (the base
form case-folded, umlauts and diacritics folded, hyphens and dots read as spaces), so ``NATO``,
``Nato`` and ``Nato's`` share the key ``nato`` and ``Sicherheitsrates`` can fall back to
``sicherheitsrat``.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from functools import lru_cache

from .langdata import LangData, load_common

__all__ = ["adjective_base", "fold_key", "genitive_candidates", "is_acronym", "name_words", "strip_words"]

_WORD_RE = re.compile(r"[^\W_]+(?:['’][^\W_]+)?(?:[-–.][^\W_]+(?:['’][^\W_]+)?)*\.?(?:['’]s?)?")
_ACRONYM_RE = re.compile(r"^(?:[A-Z0-9ÄÖÜ]\.?){2,8}$|^[A-Z][A-Za-z]?[A-Z][A-Za-z0-9]{0,5}$")


def name_words(text: str) -> list[str]:
    """Words of a name; hyphenated compounds and initials stay whole (``Nato-Russland-Rat``, ``A.``)."""
    return _WORD_RE.findall(text)


def is_acronym(text: str) -> bool:
    """``NATO``, ``UdSSR``, ``U.S.``, ``G7`` -- but not ``Nato`` or ``Gruschko``."""
    return bool(_ACRONYM_RE.match(text.strip()))


def strip_words(words: list[str], lang: LangData) -> list[str]:
    """Drop leading determiners and always-stripped endings (English ``'s``)."""
    out = list(words)
    while len(out) > 1 and out[0].lower() in lang.determiners:
        out.pop(0)
    if out and lang.always_strip:
        last = out[-1]
        for suffix in lang.always_strip:
            if last.endswith(suffix) and len(last) > len(suffix) + 1:
                out[-1] = last[: -len(suffix)]
                break
    return out


def adjective_base(words: list[str], lang: LangData) -> list[str]:
    """Undo adjective declension in non-final words: ``Europäischen Union`` -> ``Europäische Union``."""
    if len(words) < 2 or not lang.adjective_endings:
        return words
    out = list(words)
    for i, word in enumerate(out[:-1]):
        if not word[:1].isupper() or is_acronym(word) or "-" in word:
            continue
        for ending, repl in lang.adjective_endings:
            if word.endswith(ending) and len(word) - len(ending) >= 3:
                out[i] = word[: -len(ending)] + repl
                break
    return out


def genitive_candidates(words: list[str], lang: LangData) -> list[list[str]]:
    """The word lists obtained by removing one genitive ending from the last word (longest first)."""
    if not words or not lang.genitive_suffixes:
        return []
    last = words[-1]
    out: list[list[str]] = []
    for suffix in lang.genitive_suffixes:
        if last.endswith(suffix) and len(last) - len(suffix) >= 3 and not is_acronym(last):
            out.append([*words[:-1], last[: -len(suffix)]])
    return out


@lru_cache(maxsize=16)
def _key_table() -> dict[int, str]:
    return {ord(k): v for k, v in load_common().key_fold}


@lru_cache(maxsize=1_000_000)
def fold_key(text: str) -> str:
    """Case-, diacritic- and hyphen-insensitive key: ``Nato-Russland-Rat`` -> ``nato russland rat``."""
    lowered = text.casefold().translate(_key_table())
    decomposed = unicodedata.normalize("NFKD", lowered)
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    plain = re.sub(r"(?<=\b\w)\.(?=\w\.)|(?<=\b\w)\.$", "", plain)  # U.S. -> US
    plain = re.sub(r"[^\w]+", " ", plain)
    return " ".join(plain.split())


def resolve_base(
    words: list[str], lang: LangData, known: Callable[[str], bool], genitive_morph: bool
) -> tuple[list[str], str | None]:
    """Base words of a name and the rule used (``genitive``) -- a genitive ending is removed only
    when the shorter form is ``known`` in the corpus or the token's morphology says genitive."""
    for cand in genitive_candidates(words, lang):
        if known(fold_key(" ".join(cand))) or (genitive_morph and cand[-1][-1:].isalpha()):
            return cand, "genitive"
    return words, None
