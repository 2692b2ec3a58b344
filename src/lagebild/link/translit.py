"""Transliteration-aware keys for names of Cyrillic/Slavic origin.

Each language spells the same Cyrillic name its own way (German ``Gruschko``, ``Lawrow``,
``Selenskyj``; English ``Grushko``, ``Lavrov``, ``Zelensky``; scholarly ``Gruško``). The language's
``translit`` table (``data/<lang>.json``) maps its spelling into one shared intermediate alphabet:

==========  ==========================================
symbol      sound (examples)
==========  ==========================================
``S``       ш and ж: de ``sch`` (German writes both so), en ``sh``, ``zh``, ``š``, ``ž``
``C``       ч: de ``tsch``, en ``ch``, ``č``
``H``       х: de ``ch``, en ``kh``
``Q``       щ: de ``schtsch``, en ``shch``
``T``       ц: de ``z``, en ``ts``
``v``       de ``w``
``y``       de/en ``j``, final ``ij``/``iy``/``yy``
==========  ==========================================

:func:`translit_form` gives that intermediate spelling (vowels kept, used for fuzzy scores);
:func:`skeleton` keeps the first letter and the consonants (used as a blocking key), so
``Gruschko``, ``Grushko`` and ``Gruško`` all give ``grSk``.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from rapidfuzz import fuzz

from .langdata import load_common, load_lang

__all__ = ["similarity", "skeleton", "translit_form"]

_DOUBLE_RE = re.compile(r"(.)\1+")
_FINAL_RE = [(re.compile(r"(?:iy|yy|ii|yi)$"), "y"), (re.compile(r"ei$"), "ey"), (re.compile(r"^ye"), "e")]


@lru_cache(maxsize=16)
def _replacer(lang: str | None) -> tuple[re.Pattern[str] | None, dict[str, str]]:
    table = dict(load_lang(lang).translit)
    if not table:
        return None, {}
    pattern = re.compile("|".join(re.escape(k) for k in sorted(table, key=len, reverse=True)))
    return pattern, table


@lru_cache(maxsize=16)
def _fold_table() -> dict[int, str]:
    return {ord(k): v for k, v in load_common().fold}


def _strip_marks(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


@lru_cache(maxsize=1_000_000)
def translit_form(word: str, lang: str | None) -> str:
    """Intermediate spelling of one name word: ``Lawrow`` (de) and ``Lavrov`` (en) -> ``lavrov``."""
    text = word.lower().translate(_fold_table())
    text = _strip_marks(text)
    text = re.sub(r"[^\w]", "", text)
    pattern, table = _replacer(lang)
    if pattern is not None:
        text = pattern.sub(lambda m: table[m.group(0)], text)
    text = text.replace("SC", "Q")  # scholarly šč (folded to S + C) is щ, like de schtsch / en shch
    text = _DOUBLE_RE.sub(r"\1", text)
    for regex, repl in _FINAL_RE:
        text = regex.sub(repl, text)
    return text


@lru_cache(maxsize=1_000_000)
def skeleton(form: str) -> str:
    """First letter plus consonants of an intermediate form, doubled letters collapsed."""
    if not form:
        return ""
    vowels = load_common().skeleton_vowels
    rest = "".join(ch for ch in form[1:] if ch not in vowels)
    return _DOUBLE_RE.sub(r"\1", form[0] + rest)


def similarity(a: str, b: str) -> float:
    """rapidfuzz ratio of two strings as 0..1."""
    return fuzz.ratio(a, b) / 100.0
