"""Read numbers in running text: digits with the language's grouping, number words, fractions,
vague quantities, hedges, ranges, scales, percentages, money, durations and ordinals.

Dates and clock times come from :mod:`lagebild.events.timex`; this module masks them so a
year or a day of the month is never read as a count.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from functools import lru_cache

from .lexicon import NumberLexicon, load_lexicon

log = logging.getLogger(__name__)

__all__ = ["Quantity", "find_quantities", "parse_digits", "parse_number_word"]

_INFLECTION = ("", "e", "en", "er", "es", "em", "n")


@dataclass(frozen=True, slots=True)
class Quantity:
    """A number found in text. ``start:end`` covers hedge, number, scale and unit words."""

    start: int
    end: int
    num_start: int
    num_end: int
    value: float | None
    upper: float | None = None
    qualifier: str | None = None
    kind: str = "count"  # count / percent / money / duration / ordinal
    unit: str | None = None
    partial: bool = False  # "53 weitere Staaten": a part of a total, not the total
    adjective: bool = False  # "vierstündige Sitzung": the noun follows the whole expression


def parse_digits(raw: str, lex: NumberLexicon) -> float | None:
    """``"100.000"`` -> 100000, ``"3,5"`` -> 3.5 (German); ``"100,000"``/``"3.5"`` (English)."""
    s = raw.replace("\u202f", "").replace("\u00a0", "").replace(" ", "").replace("’", "").replace("'", "")
    group, dec = lex.group, lex.decimal
    if re.fullmatch(rf"\d{{1,3}}(?:{re.escape(group)}\d{{3}})+(?:{re.escape(dec)}\d+)?", s):
        s = s.replace(group, "")
    elif group in s and dec not in s and re.fullmatch(rf"\d+{re.escape(group)}\d+", s):
        # "3.5" in German text: a decimal written the English way
        pass
    elif group in s:
        return None
    s = s.replace(dec, ".")
    try:
        return float(s)
    except ValueError:
        return None


@lru_cache(maxsize=4096)
def _segment(word: str, lang: str) -> float | None:
    lex = load_lexicon(lang)
    parts = {**lex.morphemes, "und": -1.0}
    n = len(word)
    best: list[list[float] | None] = [None] * (n + 1)
    best[0] = []
    for i in range(n):
        if best[i] is None:
            continue
        for m, v in parts.items():
            if word.startswith(m, i) and best[i + len(m)] is None:
                best[i + len(m)] = [*best[i], v]  # type: ignore[misc]
    seq = best[n]
    if not seq or seq[0] == -1.0 or seq[-1] == -1.0:
        return None
    total, cur = 0.0, 0.0
    for v in seq:
        if v == -1.0:
            continue
        if v == 100:
            cur = (cur or 1) * 100
        elif v == 1000:
            total += (cur or 1) * 1000
            cur = 0
        else:
            cur += v
    return total + cur


def parse_number_word(word: str, lex: NumberLexicon) -> float | None:
    """``zwei`` -> 2, ``zweieinhalb`` -> 2.5, ``dreihundertzwölf`` -> 312, ``twenty-one`` -> 21."""
    return _number_word_cached(word.lower(), lex.lang)


@lru_cache(maxsize=65536)
def _number_word_cached(w: str, lang: str) -> float | None:
    lex = load_lexicon(lang)
    if w in lex.fractions and lex.fractions[w] >= 1:
        return lex.fractions[w]
    if w in lex.words:
        return lex.words[w]
    if "-" in w and lex.words:
        parts = w.split("-")
        if all(p in lex.words for p in parts):
            return sum(lex.words[p] for p in parts)
    if lex.morphemes:
        for frac, fv in sorted(lex.fractions.items(), key=lambda kv: -len(kv[0])):
            if fv < 1 and w.endswith(frac) and len(w) > len(frac):
                head = _segment(w[: -len(frac)], lex.lang)
                if head is not None:
                    return head + fv
        if w in ("sech", "sieb", "und", "zwo") and w not in lex.morphemes:
            return None
        if w in ("sech", "sieb"):
            return None
        return _segment(w, lex.lang)
    return None


def _ordinal_word(word: str, lex: NumberLexicon) -> int | None:
    return _ordinal_cached(word.lower(), lex.lang)


@lru_cache(maxsize=65536)
def _ordinal_cached(w: str, lang: str) -> int | None:
    lex = load_lexicon(lang)
    for base, v in lex.ordinals.items():
        for end in lex.ordinal_endings:
            if w == base + end:
                return v
    return None


def _duration_adjective(word: str, lex: NumberLexicon) -> tuple[float, str] | None:
    """``vierstündige`` -> (4, "hour"); ``3-tägigen`` -> (3, "day")."""
    return _duration_adjective_cached(word.lower(), lex.lang)


@lru_cache(maxsize=65536)
def _duration_adjective_cached(w: str, lang: str) -> tuple[float, str] | None:
    lex = load_lexicon(lang)
    for end in sorted(_INFLECTION, key=len, reverse=True):
        stem = w[: len(w) - len(end)] if end else w
        for suffix, unit in lex.duration_adjectives.items():
            if stem.endswith(suffix) and len(stem) > len(suffix):
                head = stem[: -len(suffix)].rstrip("-")
                value = parse_digits(head, lex) if head[:1].isdigit() else parse_number_word(head, lex)
                if value is not None:
                    return value, unit
    return None


_ORDINAL_ARTICLES = frozenset("der die das den dem des am im zum zur vom beim the".split())


def _is_label(toks: list[_Tok], i: int, lex: NumberLexicon) -> bool:
    """German: a number right after a capitalised noun and not followed by a noun or unit is a label."""
    if lex.lang != "de" or i == 0:
        return False
    prev = toks[i - 1]
    if not prev.text[:1].isupper() or prev.low in lex.hedges or prev.low in lex.currencies:
        return False
    if i - 2 >= 0 and toks[i - 2].text in '.!?:;„“"' or i - 1 == 0:
        return False  # the capitalised word starts a sentence
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    if nxt is None:
        return True
    if (
        nxt.text == "/"
        or nxt.low in lex.scales
        or nxt.low in lex.percent
        or nxt.low in lex.currencies
        or nxt.low in lex.durations
    ):
        return nxt.text == "/"
    return not nxt.text[:1].isupper()


def _frequency(word: str, lex: NumberLexicon) -> float | None:
    """``zweimal`` -> 2, ``twice`` -> 2 (unit "times")."""
    w = word.lower()
    if lex.frequency_words and w in lex.frequency_words:
        return lex.frequency_words[w]
    for suffix in lex.frequency_suffix:
        if w.endswith(suffix) and len(w) > len(suffix):
            head = w[: -len(suffix)]
            if head in lex.article_numerals or head == "ein":
                return None  # "einmal" mostly means "once more", not a count
            value = parse_number_word(head, lex)
            if value is not None:
                return value
    return None


@dataclass(slots=True)
class _Tok:
    start: int
    end: int
    text: str

    @property
    def low(self) -> str:
        return self.text.lower()


def _tokens(text: str) -> list[_Tok]:
    pat = re.compile(
        r"\d{1,3}(?:[ \u202f\u00a0]\d{3})+(?![\d.,]\d)|\d+(?:[.,’'\u202f\u00a0]\d+)*|[^\W\d_]+(?:[-'’][^\W\d_]+)*|[$€£%]|[-–]|\S"
    )
    return [_Tok(m.start(), m.end(), m.group()) for m in pat.finditer(text)]


def _match_phrase(toks: list[_Tok], i: int, phrase: str) -> int:
    """Number of tokens of ``phrase`` matching at toks[i:], 0 if none."""
    words = phrase.split()
    if i + len(words) > len(toks):
        return 0
    for k, w in enumerate(words):
        t = toks[i + k].low
        if t != w and t.rstrip(".") != w.rstrip("."):
            return 0
    return len(words)


def _hedge_before(toks: list[_Tok], i: int, lex: NumberLexicon) -> tuple[int, str | None]:
    """Index of the first hedge token before toks[i] and the hedge text."""
    for n in (3, 2, 1):
        j = i - n
        if j < 0:
            continue
        phrase = _join(toks[j:i]).lower()
        if phrase in lex.hedges:
            return j, _join(toks[j:i])
    return i, None


def _join(toks: list[_Tok]) -> str:
    """The tokens as written (no space where the text has none: "ca.")."""
    out = ""
    for k, t in enumerate(toks):
        out += ("" if k == 0 or toks[k - 1].end == t.start else " ") + t.text
    return out


def _read_number(toks: list[_Tok], i: int, lex: NumberLexicon) -> tuple[float, int] | None:
    """Value of the number at toks[i] and the index after it (without scale words)."""
    t = toks[i]
    if t.text[0].isdigit():
        v = parse_digits(t.text, lex)
        return (v, i + 1) if v is not None else None
    if t.low in lex.article_numerals:
        if i + 1 < len(toks) and toks[i + 1].low in lex.durations:
            return 1.0, i + 1  # "ein Jahr", "einem Monat": the article is the number
        return None
    v = parse_number_word(t.text.rstrip("."), lex)
    if v is None:
        return None
    j = i + 1
    # English "twenty one", "two and a half"
    if (
        lex.words
        and j < len(toks)
        and toks[j].low in lex.words
        and v >= 20
        and v % 10 == 0
        and lex.words[toks[j].low] < 10
    ):
        v += lex.words[toks[j].low]
        j += 1
    if lex.words and j + 2 < len(toks) and " ".join(x.low for x in toks[j : j + 3]) == "and a half":
        v += 0.5
        j += 3
    return v, j


def find_quantities(text: str, lang: str = "de", masked: list[tuple[int, int]] | None = None) -> list[Quantity]:
    """All quantities in ``text`` outside the ``masked`` spans (dates, times), sorted by start."""
    lex = load_lexicon(lang)
    toks = _tokens(text)
    masked = sorted(masked or [])

    def is_masked(t: _Tok) -> bool:
        return any(s <= t.start < e or s < t.end <= e for s, e in masked)

    out: list[Quantity] = []
    i = 0
    while i < len(toks):
        t = toks[i]
        if is_masked(t):
            i += 1
            continue
        q = _quantity_at(toks, i, lex, text)
        if q is None:
            i += 1
            continue
        quantity, nxt = q
        out.append(quantity)
        i = max(nxt, i + 1)
    return out


def _quantity_at(toks: list[_Tok], i: int, lex: NumberLexicon, text: str) -> tuple[Quantity, int] | None:
    t = toks[i]
    low = t.low
    # duration adjectives: "vierstündige Sitzung"
    if not t.text[0].isdigit() and (adj := _duration_adjective(t.text, lex)) is not None:
        hstart, hedge = _hedge_before(toks, i, lex)
        q = Quantity(toks[hstart].start, t.end, t.start, t.end, adj[0], None, hedge, "duration", adj[1], adjective=True)
        return q, i + 1
    # frequencies: "zweimal", "twice"
    if (freq := _frequency(t.text, lex)) is not None:
        hstart, hedge = _hedge_before(toks, i, lex)
        return Quantity(toks[hstart].start, t.end, t.start, t.end, freq, None, hedge, "count", "times"), i + 1
    # vague quantities: "Dutzende", "Tausende"
    if low in lex.vague and t.text[0].isupper() or (lex.lang != "de" and low in lex.vague):
        lo, hi = lex.vague[low]
        hstart, hedge = _hedge_before(toks, i, lex)
        return Quantity(toks[hstart].start, t.end, t.start, t.end, lo, hi, hedge or t.text, "count"), i + 1
    if t.text[0].isdigit():
        if t.start > 0 and text[t.start - 1].isalpha():
            return None  # "CO2", "G7": part of a name
        if _is_label(toks, i, lex):
            return None  # "Bündnis 90/Die Grünen", "Einzelplan 23 sinkt": a name, not a quantity
        # "100-jährige": a duration adjective written with digits
        if i + 2 < len(toks) and toks[i + 1].text == "-" and toks[i + 1].start == t.end == toks[i + 1].end - 1:
            adj = _duration_adjective(f"zwei{toks[i + 2].text}", lex) if toks[i + 2].start == toks[i + 1].end else None
            value = parse_digits(t.text, lex)
            if adj is not None and value is not None:
                hstart, hedge = _hedge_before(toks, i, lex)
                end = toks[i + 2].end
                return Quantity(
                    toks[hstart].start, end, t.start, end, value, None, hedge, "duration", adj[1], adjective=True
                ), i + 3
    # ordinals: "10." before a lower-case word or after an article ("der 10. Division"), "dritte"
    if t.text[0].isdigit() and i + 1 < len(toks) and toks[i + 1].text == "." and toks[i + 1].start == t.end:
        after_article = i > 0 and toks[i - 1].low in _ORDINAL_ARTICLES
        if i + 2 < len(toks) and (toks[i + 2].text[0].islower() or toks[i + 2].text == "Mal" or after_article):
            v = parse_digits(t.text, lex)
            if v is not None:
                return Quantity(t.start, toks[i + 1].end, t.start, toks[i + 1].end, v, kind="ordinal"), i + 2
    if not t.text[0].isdigit() and (ov := _ordinal_word(t.text, lex)) is not None:
        nxt_tok = toks[i + 1] if i + 1 < len(toks) else None
        if lex.lang == "de" and (nxt_tok is None or not nxt_tok.text[0].isupper()):
            return None  # "zu achten" (verb), "dem ersten am Montag" (no noun): not read
        return Quantity(t.start, t.end, t.start, t.end, float(ov), kind="ordinal"), i + 1
    # "zwischen 3 und 5"
    between = lex.range_between
    if low == between[0] and i + 3 < len(toks) and toks[i + 2].low == between[1]:
        a = _read_number(toks, i + 1, lex)
        b = _read_number(toks, i + 3, lex) if a else None
        if a and b:
            q, nxt = _finish(toks, i, i + 1, b[1], a[0], b[0], None, lex, text)
            return q, nxt
    num = _read_number(toks, i, lex)
    if num is None:
        return None
    value, j = num
    # currency symbol before the number: "$5 billion"
    hstart, hedge = _hedge_before(toks, i, lex)
    pre_currency = None
    if i > 0 and toks[i - 1].text in lex.currencies and toks[i - 1].end == t.start:
        pre_currency = lex.currencies[toks[i - 1].text]
        hstart = min(hstart, i - 1)
    upper = None
    # "3 bis 5", "3-5"
    if j + 1 < len(toks) and toks[j].low in lex.range_to:
        b = _read_number(toks, j + 1, lex)
        if b is not None and b[0] > value:
            upper, j = b
    elif t.text[0].isdigit() and "-" in t.text:
        pass
    q, nxt = _finish(toks, hstart, i, j, value, upper, hedge, lex, text, pre_currency)
    if q.kind == "count" and not t.text[0].isdigit() and q.value == 1:
        return None  # "eins" alone is rarely a claim
    return q, nxt


def _finish(
    toks: list[_Tok],
    hstart: int,
    nstart: int,
    j: int,
    value: float,
    upper: float | None,
    hedge: str | None,
    lex: NumberLexicon,
    text: str,
    currency: str | None = None,
) -> tuple[Quantity, int]:
    """Scale, unit and partial markers after the number ending at toks[j-1]."""
    num_end = toks[j - 1].end
    if j < len(toks) and toks[j].low in lex.scales:
        scale = lex.scales[toks[j].low]
        value *= scale
        upper = upper * scale if upper is not None else None
        num_end = toks[j].end
        j += 1
    kind, unit = "count", None
    end = num_end
    if currency:
        kind, unit = "money", currency
    if j < len(toks):
        w = toks[j].low
        two = " ".join(x.low for x in toks[j : j + 2]) if j + 1 < len(toks) else ""
        if two in lex.percent:
            kind, unit, end, j = "percent", "%", toks[j + 1].end, j + 2
        elif w in lex.percent:
            kind, unit, end, j = "percent", "%", toks[j].end, j + 1
        elif w in lex.currencies:
            kind, unit, end, j = "money", lex.currencies[w], toks[j].end, j + 1
        elif w in lex.durations:
            kind, unit, end, j = "duration", lex.durations[w], toks[j].end, j + 1
    partial = j < len(toks) and toks[j].low in lex.partial
    q = Quantity(
        start=toks[hstart].start,
        end=end,
        num_start=toks[nstart].start,
        num_end=num_end,
        value=value,
        upper=upper,
        qualifier=hedge,
        kind=kind,
        unit=unit,
        partial=partial,
    )
    return q, j
