"""The grounding check: every name, number and date of a briefing sentence must be in its support.

A candidate sentence passes only when each of these occurs in the text of its support spans:

* **numbers** (digits or small number words), compared as values: "100.000", "100 000", "100,000"
  and "100000" are equal; "drei" equals "3";
* **dates**: month and weekday names (also abbreviated, "Jan." = "Januar", and in compounds,
  "Mittwochabend" = "Mittwoch") and ISO dates (also found as "12. Januar 2022" or "12.01.2022" in the support);
* **names**: every capitalised word that is not part of the template wording, compared after
  case and accent folding and with inflection endings removed ("Russlands" = "Russland",
  "Gruschkos" = "Gruschko").

Sentences that fail are dropped by :func:`lagebild.brief.build_briefing`, never shown.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

__all__ = ["CheckResult", "check_sentence", "date_key", "fold", "number_values"]

_NUMBER = re.compile(r"(?<![\w.,])\d{1,3}(?:[.,\u202f\u00a0 ]\d{3})+(?:[.,]\d+)?(?![\d])|\d+(?:[.,]\d+)?")
_WORD = re.compile(r"[^\W\d_](?:[\w'’-]*\w)?")
_ISO_DATE = re.compile(r"\b(\d{4})-(\d{2})(?:-(\d{2}))?\b")

NUMBER_WORDS = {
    "de": {
        "null": 0, "eins": 1, "zwei": 2, "drei": 3, "vier": 4, "fünf": 5, "sechs": 6, "sieben": 7, "acht": 8,
        "neun": 9, "zehn": 10, "elf": 11, "zwölf": 12, "zwanzig": 20, "hundert": 100, "tausend": 1000,
    },
    "en": {
        "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
        "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "twenty": 20, "hundred": 100, "thousand": 1000,
    },
}  # fmt: skip
MONTHS = {
    "de": ["januar", "jänner", "februar", "märz", "april", "mai", "juni", "juli", "august", "september",
           "oktober", "november", "dezember"],
    "en": ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
           "november", "december"],
}  # fmt: skip
WEEKDAYS = {
    "de": ["montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag"],
    "en": ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"],
}
_MONTH_ABBREVIATIONS = frozenset(
    {"jan", "feb", "febr", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "okt", "oct", "nov", "dez", "dec"}
)
_INFLECTION = ("'s", "’s", "es", "en", "er", "em", "ns", "s", "n", "e")


@dataclass(frozen=True, slots=True)
class CheckResult:
    ok: bool
    missing: tuple[str, ...]  # what the support does not back, e.g. ("number 250.000",)


def fold(word: str) -> str:
    """Lower case, accents and umlauts removed, ß -> ss."""
    word = word.casefold().replace("ß", "ss")
    decomposed = unicodedata.normalize("NFKD", word)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _stem(word: str) -> str:
    w = fold(word)
    for suffix in _INFLECTION:
        if w.endswith(suffix) and len(w) - len(suffix) >= 3:
            return w[: -len(suffix)]
    return w


def number_values(token: str) -> set[float]:
    """Every value a numeral can mean under German or English digit grouping."""
    compact = token.replace("\u202f", " ").replace("\u00a0", " ")
    out: set[float] = set()
    if re.fullmatch(r"\d{1,3}(?:[ .,]\d{3})+", compact):
        out.add(float(re.sub(r"[ .,]", "", compact)))
    for dec, group in ((",", "."), (".", ",")):
        cleaned = compact.replace(" ", "").replace(group, "") if re.search(rf"\{group}\d{{3}}\b", compact) else compact
        cleaned = cleaned.replace(" ", "").replace(dec, ".")
        try:
            out.add(float(cleaned))
        except ValueError:
            continue
    return out


def _numbers(text: str, lang: str) -> list[tuple[str, set[float]]]:
    found = [(m.group(), number_values(m.group())) for m in _NUMBER.finditer(text)]
    words = NUMBER_WORDS.get(lang, {})
    for m in _WORD.finditer(text):
        value = words.get(m.group().lower())
        if value is not None:
            found.append((m.group(), {float(value)}))
    return found


def _support_dates(text: str, lang: str) -> set[str]:
    """ISO forms of the dates written out in the support ("12. Januar 2022", "12.01.2022")."""
    out = {m.group() for m in _ISO_DATE.finditer(text)}
    months = MONTHS.get(lang, [])
    for m in re.finditer(r"\b(\d{1,2})\.\s*([^\W\d_]+)\s+(\d{4})\b", text):
        name = fold(m.group(2))
        for i, month in enumerate(months, start=1):
            if name[:3] == fold(month)[:3]:
                out.add(f"{m.group(3)}-{i:02d}-{int(m.group(1)):02d}")
                out.add(f"{m.group(3)}-{i:02d}")
    for m in re.finditer(r"\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b", text):
        out.add(f"{m.group(3)}-{int(m.group(2)):02d}-{int(m.group(1)):02d}")
        out.add(f"{m.group(3)}-{int(m.group(2)):02d}")
    return out


def date_key(word: str, lang: str) -> str | None:
    """ "m3" for a March word ("März", "Mär", "Märzes"), "d2" for Wednesday, ``None`` for other words."""
    w = fold(word).rstrip(".")
    if len(w) < 3:
        return None
    for prefix, names in (("m", MONTHS.get(lang, [])), ("d", WEEKDAYS.get(lang, []))):
        for i, name in enumerate(names, start=1):
            n = fold(name)
            if w.startswith(n) or (prefix == "m" and w in _MONTH_ABBREVIATIONS and n.startswith(w)):
                return f"{prefix}{i}"
    return None


def check_sentence(
    text: str,
    support_texts: Iterable[str],
    lang: str = "de",
    template_words: Iterable[str] = (),
) -> CheckResult:
    """Check one candidate sentence against the texts of its support spans."""
    support = " \n ".join(support_texts)
    if not support.strip():
        return CheckResult(ok=False, missing=("support",))
    missing: list[str] = []

    support_values: set[float] = set()
    for _, values in _numbers(support, lang):
        support_values |= values
    for surface, values in _numbers(_ISO_DATE.sub(" ", text), lang):  # ISO dates are checked as dates
        if not values & support_values:
            missing.append(f"number {surface}")

    support_words = [fold(m.group()) for m in _WORD.finditer(support)]
    support_date_keys = {k for m in _WORD.finditer(support) if (k := date_key(m.group(), lang))}
    iso_support = _support_dates(support, lang)
    for iso in (m.group() for m in _ISO_DATE.finditer(text)):
        if iso not in iso_support:
            missing.append(f"date {iso}")

    skip = {fold(w) for w in template_words}
    support_stems = {_stem(w) for w in support_words} | set(support_words)
    number_words = NUMBER_WORDS.get(lang, {})
    for m in _WORD.finditer(text):
        word = m.group()
        if word.lower() in number_words:
            continue
        key = date_key(word, lang)
        if key is not None:
            if key not in support_date_keys:
                missing.append(f"date {word}")
            continue
        if not word[:1].isupper() or fold(word) in skip:
            continue
        if fold(word) not in support_stems and _stem(word) not in support_stems:
            missing.append(f"name {word}")
    return CheckResult(ok=not missing, missing=tuple(missing))
