"""Resolve temporal expressions to ISO dates against the article date or the story's anchor dates.

Rules (documented in docs/events.md):

* absolute dates keep their own precision (``Juli 2019`` -> ``2019-07``); a day and month without
  year take the year of the reference;
* weekdays (``am Mittwoch``) go to the nearest such day around the reference *day*; where the
  article only has a month (``2022-01``), every anchor date of the story in that month is tried
  and the weekday is resolved only when all anchors agree;
* relative days (``gestern``) need a day-precision article date; discourse-relative phrases
  (``am Vortag``) count from the last day-precision date resolved before them in the same text;
* anything that cannot be resolved this way is ``None``; nothing is guessed.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from ..model import Doc, Span, Token
from .timex import Timex, find_timexes

log = logging.getLogger(__name__)

__all__ = ["Reference", "ResolvedTimex", "parse_iso", "resolve_dates", "resolve_timexes", "story_anchor_dates"]

_ISO = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")


@dataclass(frozen=True, slots=True)
class Reference:
    """What a text's relative expressions are resolved against."""

    year: int | None = None
    month: int | None = None
    day: dt.date | None = None
    anchors: tuple[dt.date, ...] = ()


@dataclass(frozen=True, slots=True)
class ResolvedTimex:
    span: Span
    timex: Timex
    iso: str | None


def parse_iso(value: str | None) -> tuple[int | None, int | None, int | None]:
    """``"2022-01-12"`` -> (2022, 1, 12); partial dates give ``None`` for the missing parts."""
    if not value:
        return None, None, None
    m = _ISO.match(value.strip())
    if not m:
        return None, None, None
    y, mo, d = m.groups()
    return int(y), int(mo) if mo else None, int(d) if d else None


def _date(y: int, m: int, d: int) -> dt.date | None:
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


def make_reference(article_date: str | None, anchor_dates: Sequence[str] = ()) -> Reference:
    y, m, d = parse_iso(article_date)
    day = _date(y, m, d) if y and m and d else None
    anchors: list[dt.date] = []
    for a in anchor_dates:
        ay, am, ad = parse_iso(a)
        if ay and am and ad and (ad_date := _date(ay, am, ad)) is not None:
            anchors.append(ad_date)
    if y is None and anchors:  # no article date at all: borrow the story's year/month if they agree
        months = {(a.year, a.month) for a in anchors}
        years = {a.year for a in anchors}
        if len(years) == 1:
            y = years.pop()
        if len(months) == 1:
            m = next(iter(months))[1]
    return Reference(year=y, month=m, day=day, anchors=tuple(sorted(set(anchors))))


def _nearest_weekday(ref: dt.date, weekday: int, direction: int) -> dt.date:
    diff = (weekday - ref.weekday()) % 7  # days forward to the next such day (0 = ref itself)
    future = ref + dt.timedelta(days=diff)
    past = ref - dt.timedelta(days=(7 - diff) % 7)
    if direction < 0:
        return past if past < ref else past - dt.timedelta(days=7) if diff == 0 else past
    if direction > 0:
        return future if future > ref else future + dt.timedelta(days=7)
    return future if diff <= 3 else past


def _day_anchors(ref: Reference) -> tuple[dt.date, ...]:
    if ref.day is not None:
        return (ref.day,)
    return tuple(
        a
        for a in ref.anchors
        if (ref.year is None or a.year == ref.year) and (ref.month is None or a.month == ref.month)
    )


_PAST_WORDS = frozenset("war waren hatte hatten wurde wurden was were had did yesterday gestern".split())
_FUTURE_WORDS = frozenset("wird werden soll sollen kommenden nächsten will next will shall".split())


def sentence_tense(doc: Doc, char: int) -> int:
    """-1 for past tense, +1 for explicit future, 0 when present or unknown.

    Read from the clause around ``char`` when it has a finite verb, else from the whole sentence.
    """
    if not doc.sentences:
        return 0
    sent_toks = doc.sentence_tokens(doc.sentences[doc.sentence_of(char)])
    clause = _clause_tokens(sent_toks, char)
    has_finite = any(t.xpos.endswith("FIN") or t.feat("VerbForm") == "Fin" for t in clause)
    return _tense(clause if has_finite else sent_toks)


def _tense(toks: Sequence[Token]) -> int:
    if any(t.text.lower() in _FUTURE_WORDS for t in toks):
        return 1
    # the tagger's Tense feature is not reliable enough; weak preterites and auxiliaries are
    if any(t.text.lower() in _PAST_WORDS or _weak_preterite(t) for t in toks):
        return -1
    return 0


_CLAUSE_PUNCT = frozenset(",;:–—()")


def _clause_tokens(toks: Sequence[Token], char: int) -> Sequence[Token]:
    """The tokens of the comma-delimited clause containing character ``char``."""
    start, end = 0, len(toks)
    for k, t in enumerate(toks):
        if t.text in _CLAUSE_PUNCT:
            if t.end <= char:
                start = k + 1
            elif t.start >= char:
                end = k
                break
    return toks[start:end]


def _weak_preterite(tok: Token) -> bool:
    """German weak preterite ("folgte", "forderten") from tag + lemma, when the tagger gives no Tense."""
    if tok.xpos not in ("VVFIN", "VAFIN", "VMFIN") or not tok.lemma:
        return False
    stem = tok.lemma.lower().removesuffix("en").removesuffix("n")
    text = tok.text.lower()
    return any(text == stem + end for end in ("te", "ten", "tet", "test", "ete", "eten"))


def _resolve_one(
    tx: Timex, ref: Reference, discourse: dt.date | None, tense: int = 0
) -> tuple[str | None, dt.date | None]:
    """ISO value and (for day precision) the date, or (None, None)."""
    if tx.kind == "date":
        year = tx.year if tx.year is not None else ref.year
        if year is None:
            return None, None
        if tx.month is None:
            return f"{year:04d}", None
        if tx.day is None:
            return f"{year:04d}-{tx.month:02d}", None
        day = _date(year, tx.month, tx.day)
        return (day.isoformat(), day) if day else (None, None)
    if tx.kind == "month":
        if ref.year is None or ref.month is None:
            return None, None
        year = ref.year + (1 if tx.month - ref.month < -6 else -1 if tx.month - ref.month > 6 else 0)
        return f"{year:04d}-{tx.month:02d}", None
    if tx.kind == "month_rel":
        return (f"{ref.year + tx.offset:04d}-{tx.month:02d}", None) if ref.year is not None else (None, None)
    if tx.kind == "year_rel":
        return (f"{ref.year + tx.offset:04d}", None) if ref.year is not None else (None, None)
    if tx.kind == "week_rel":
        weeks = {(d + dt.timedelta(weeks=tx.offset)).isocalendar()[:2] for d in _day_anchors(ref)}
        if len(weeks) != 1:
            return None, None
        (wy, wn) = weeks.pop()
        return f"{wy:04d}-W{wn:02d}", None
    if tx.kind == "weekday":
        direction = tx.direction or (tense if ref.day is not None else 0)
        days = {_nearest_weekday(a, tx.weekday or 0, direction) for a in _day_anchors(ref)}
        if len(days) != 1:
            return None, None
        day = days.pop()
        return day.isoformat(), day
    if tx.kind == "day_rel":
        if ref.day is None:
            return None, None
        day = ref.day + dt.timedelta(days=tx.offset)
        return day.isoformat(), day
    if tx.kind == "discourse":
        base = discourse or ref.day
        if base is None:
            return None, None
        day = base + dt.timedelta(days=tx.offset)
        return day.isoformat(), day
    return None, None


def resolve_timexes(doc: Doc, anchor_dates: Sequence[str] = ()) -> list[ResolvedTimex]:
    """Every temporal expression of ``doc`` with its resolved ISO value (or ``None``)."""
    ref = make_reference(doc.article.date, anchor_dates)
    out: list[ResolvedTimex] = []
    discourse: dt.date | None = None
    sentence_day: dict[int, dt.date] = {}
    for tx in find_timexes(doc.text, doc.lang):
        span = Span(doc.article.id, tx.start, tx.end)
        if tx.kind == "time":
            day = sentence_day.get(doc.sentence_of(tx.start)) if doc.sentences else None
            clock = f"T{tx.hour:02d}:{tx.minute:02d}"
            out.append(ResolvedTimex(span, tx, f"{day.isoformat()}{clock}" if day else clock))
            continue
        tense = sentence_tense(doc, tx.start) if tx.kind == "weekday" and tx.direction == 0 else 0
        iso, day = _resolve_one(tx, ref, discourse, tense)
        if day is not None:
            discourse = day
            if doc.sentences:
                sentence_day[doc.sentence_of(tx.start)] = day
        out.append(ResolvedTimex(span, tx, iso))
    return out


def resolve_dates(doc: Doc, anchor_dates: Sequence[str] = ()) -> list[tuple[Span, str | None]]:
    """(span, ISO value or None) for every date, weekday and relative expression of ``doc``."""
    return [(r.span, r.iso) for r in resolve_timexes(doc, anchor_dates)]


def story_anchor_dates(docs: Sequence[Doc]) -> tuple[str, ...]:
    """Day-precision dates the texts of one story state explicitly, plus day-precision article dates.

    A day and month without year takes the article's year, or (for undated articles) the year the
    dated articles of the story agree on. Only anchors in a month some article of the story is dated
    in are kept when any article is dated, so historical dates do not act as anchors.
    """
    dated = [parse_iso(d.article.date) for d in docs if d.article.date]
    years = Counter(y for y, _m, _d in dated if y)
    story_year = years.most_common(1)[0][0] if len(years) == 1 else None
    months = {(y, m) for y, m, _d in dated if y and m}
    anchors: set[dt.date] = set()
    for d in docs:
        y, m, day = parse_iso(d.article.date)
        if y and m and day and (ad := _date(y, m, day)) is not None:
            anchors.add(ad)
        for tx in find_timexes(d.text, d.lang):
            if tx.kind != "date" or tx.day is None or tx.month is None:
                continue
            year = tx.year or y or story_year
            if year is None or (cand := _date(year, tx.month, tx.day)) is None:
                continue
            if months and (cand.year, cand.month) not in months:
                continue
            anchors.add(cand)
    return tuple(sorted(a.isoformat() for a in anchors))
