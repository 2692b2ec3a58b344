"""Recognise temporal expressions (dates, clock times, weekdays, relative phrases) in text.

Recognition only: values are filled in as far as the words themselves say (a year, a month,
a weekday, an offset); :mod:`lagebild.events.dates` resolves them against a reference date.
Lexicons per language live in ``events/data/time_<lang>.json``.
"""

from __future__ import annotations

import json
import logging
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

log = logging.getLogger(__name__)

__all__ = ["Timex", "TimeLexicon", "find_timexes", "load_time_lexicon"]


@dataclass(frozen=True, slots=True)
class Timex:
    """One temporal expression; ``kind`` says which of the optional fields are meaningful.

    kinds: ``date`` (absolute: year and/or month and/or day), ``month`` (a month without year),
    ``month_rel`` (month + year offset), ``year_rel`` (year offset), ``week_rel`` (week offset),
    ``weekday`` (with ``direction`` -1 past / 0 nearest / +1 future), ``day_rel`` (days from the
    article date), ``discourse`` (days from the last date mentioned), ``time`` (clock time).
    """

    start: int
    end: int
    kind: str
    text: str
    year: int | None = None
    month: int | None = None
    day: int | None = None
    weekday: int | None = None
    offset: int = 0
    direction: int = 0
    hour: int | None = None
    minute: int | None = None


@dataclass(frozen=True, slots=True)
class TimeLexicon:
    lang: str
    patterns: tuple[tuple[str, re.Pattern[str]], ...]
    months: dict[str, int]
    weekdays: dict[str, int]
    relative_days: dict[str, int]
    discourse_days: dict[str, int]
    relative_years: dict[str, int]
    year_phrases: dict[str, int]
    week_phrases: dict[str, int]
    weekday_past: frozenset[str]
    weekday_future: frozenset[str]
    year_pre: tuple[str, ...]


def _alt(words: list[str] | dict[str, int]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


def _languages() -> tuple[str, ...]:
    files = resources.files("lagebild.events").joinpath("data")
    return tuple(sorted(p.name[5:-5] for p in files.iterdir() if p.name.startswith("time_")))


@lru_cache(maxsize=8)
def load_time_lexicon(lang: str) -> TimeLexicon:
    if lang not in _languages():
        lang = "en"
    raw = json.loads(resources.files("lagebild.events").joinpath(f"data/time_{lang}.json").read_text("utf-8"))
    months = {k: int(v) for k, v in raw["months"].items()}
    month_alt = "|".join(re.escape(m[0].upper() + m[1:]) for m in sorted(months, key=len, reverse=True))
    wd_alt = _alt(raw["weekdays"])
    suf = _alt(raw["weekday_suffixes"]) if raw["weekday_suffixes"] else "(?!x)x"
    mods = _alt(raw["weekday_past"] + raw["weekday_future"])
    rel_years = _alt(raw["relative_years"])
    clock = _alt(raw["clock"])
    month_re = rf"(?P<mon>{month_alt})(?![\w])"
    ci = re.IGNORECASE
    patterns: list[tuple[str, re.Pattern[str]]] = [
        ("iso", re.compile(r"(?<![\d.])(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})(?!\d)")),
        ("dmy", re.compile(r"(?<![\d.])(?P<d>\d{1,2})\.\s?(?P<m>\d{1,2})\.\s?(?P<y>\d{4}|\d{2})(?![\d.]\d)")),
        ("day_month", re.compile(rf"(?<![\d.,])(?P<d>\d{{1,2}})\.?\s+{month_re}(?:\s+(?P<y>\d{{4}})(?!\d))?")),
        (
            "month_day",
            re.compile(rf"{month_re}\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?(?!\d|[.,]\d)(?:,?\s+(?P<y>\d{{4}})(?!\d))?"),
        ),
        ("month_rel", re.compile(rf"{month_re}\s+(?P<rel>{rel_years})\b", ci)),
        ("month_year", re.compile(rf"{month_re}\s+(?P<y>\d{{4}})(?!\d)")),
        ("month", re.compile(month_re)),
        ("year", re.compile(r"(?<![\d.,/-])(?P<y>1[5-9]\d\d|20\d\d)(?![\d]|[.,]\d)")),
        ("weekday", re.compile(rf"(?:(?P<mod>{mods})\s+)?(?P<wd>{wd_alt})(?P<suf>{suf})?(?!\w)", ci)),
        ("time", re.compile(rf"(?<![\d.,])(?P<h>\d{{1,2}})(?:[.:](?P<mi>\d{{2}}))?\s*(?P<clock>{clock})(?!\w)", ci)),
        ("day_rel", re.compile(rf"(?<!\w)(?P<w>{_alt(raw['relative_days'])})(?!\w)", ci)),
        ("discourse", re.compile(rf"(?<!\w)(?P<w>{_alt(raw['discourse_days'])})(?!\w)", ci)),
        ("year_rel", re.compile(rf"(?<!\w)(?P<w>{_alt(raw['year_phrases'])})(?!\w)", ci)),
        ("week_rel", re.compile(rf"(?<!\w)(?P<w>{_alt(raw['week_phrases'])})(?!\w)", ci)),
    ]
    return TimeLexicon(
        lang=lang,
        patterns=tuple(patterns),
        months={k.lower(): v for k, v in months.items()},
        weekdays={k.lower(): int(v) for k, v in raw["weekdays"].items()},
        relative_days={k.lower(): int(v) for k, v in raw["relative_days"].items()},
        discourse_days={k.lower(): int(v) for k, v in raw["discourse_days"].items()},
        relative_years={k.lower(): int(v) for k, v in raw["relative_years"].items()},
        year_phrases={k.lower(): int(v) for k, v in raw["year_phrases"].items()},
        week_phrases={k.lower(): int(v) for k, v in raw["week_phrases"].items()},
        weekday_past=frozenset(raw["weekday_past"]),
        weekday_future=frozenset(raw["weekday_future"]),
        year_pre=tuple(raw["year_pre"]),
    )


_CAP_WORD = re.compile(r"\s+([A-ZÄÖÜ][a-zäöüß]+)")


def _year_plausible(text: str, m: re.Match[str], lex: TimeLexicon) -> bool:
    """A bare four-digit number is a year unless a counted noun follows ("2000 Soldaten")."""
    before = text[max(0, m.start() - 12) : m.start()].lower()
    if any(re.search(rf"(?<!\w){re.escape(p)}\s+$", before) for p in lex.year_pre):
        return True
    nxt = _CAP_WORD.match(text, m.end())
    if nxt and nxt.group(1).lower() not in lex.months:
        return lex.lang != "de"  # German nouns are capitalised: "2000 Soldaten" is a count
    return True


def _to_timex(kind: str, m: re.Match[str], text: str, lex: TimeLexicon) -> Timex | None:
    g = m.groupdict()
    s, e = m.start(), m.end()
    span_text = text[s:e]

    def year(v: str | None) -> int | None:
        if v is None:
            return None
        y = int(v)
        return y + 2000 if y < 100 else y

    if kind in ("iso", "dmy", "day_month", "month_day", "month_year"):
        mon = int(g["m"]) if g.get("m") else lex.months.get((g.get("mon") or "").lower())
        day = int(g["d"]) if g.get("d") else None
        if mon is None or not 1 <= mon <= 12 or (day is not None and not 1 <= day <= 31):
            return None
        return Timex(s, e, "date", span_text, year=year(g.get("y")), month=mon, day=day)
    if kind == "month_rel":
        off = lex.relative_years[g["rel"].lower()]
        return Timex(s, e, "month_rel", span_text, month=lex.months[g["mon"].lower()], offset=off)
    if kind == "month":
        return Timex(s, e, "month", span_text, month=lex.months[g["mon"].lower()])
    if kind == "year":
        if not _year_plausible(text, m, lex):
            return None
        return Timex(s, e, "date", span_text, year=int(g["y"]))
    if kind == "weekday":
        mod = (g.get("mod") or "").lower()
        direction = -1 if mod in lex.weekday_past else 1 if mod in lex.weekday_future else 0
        return Timex(s, e, "weekday", span_text, weekday=lex.weekdays[g["wd"].lower()], direction=direction)
    if kind == "time":
        h, mi = int(g["h"]), int(g["mi"] or 0)
        clock = g["clock"].lower()
        if clock.startswith("p") and h < 12:
            h += 12
        if h > 24 or mi > 59:
            return None
        return Timex(s, e, "time", span_text, hour=h, minute=mi)
    word = g["w"].lower()
    if kind == "day_rel":
        if lex.lang == "de" and g["w"][0].isupper() and word == "morgen":
            return None  # "der Morgen" (the morning), not "tomorrow"
        return Timex(s, e, "day_rel", span_text, offset=lex.relative_days[word])
    if kind == "discourse":
        return Timex(s, e, "discourse", span_text, offset=lex.discourse_days[word])
    if kind == "year_rel":
        return Timex(s, e, "year_rel", span_text, offset=lex.year_phrases[word])
    if kind == "week_rel":
        return Timex(s, e, "week_rel", span_text, offset=lex.week_phrases[word])
    return None


def find_timexes(text: str, lang: str = "de") -> list[Timex]:
    """All temporal expressions in ``text``, longest match first, no overlaps, sorted by start."""
    lex = load_time_lexicon(lang)
    cands: list[tuple[int, int, int, Timex]] = []
    for rank, (kind, pat) in enumerate(lex.patterns):
        for m in pat.finditer(text):
            tx = _to_timex(kind, m, text, lex)
            if tx is not None:
                cands.append((tx.start, -(tx.end - tx.start), rank, tx))
    # longest first, then leftmost, then pattern order
    cands.sort(key=lambda c: (c[1], c[0], c[2]))
    taken: list[Timex] = []
    for _s, _l, _r, tx in cands:
        if all(tx.end <= t.start or tx.start >= t.end for t in taken):
            taken.append(tx)
    return sorted(taken, key=lambda t: t.start)
