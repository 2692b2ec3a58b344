"""Per article: every number as a :class:`~lagebild.model.Claim` (value, unit, subject, hedge)."""

from __future__ import annotations

import logging

from ..events.dates import parse_iso
from ..events.timex import find_timexes
from ..ids import stable_id
from ..model import Claim, Doc, Span
from .numbers import find_quantities
from .subjects import find_subject

log = logging.getLogger(__name__)

__all__ = ["extract_claims"]


def _timex_claim(doc: Doc, start: int, end: int, value: float | None, unit: str, kind: str) -> Claim:
    aid = doc.article.id
    return Claim(
        id=stable_id("c", aid, start, end),
        span=Span(aid, start, end),
        value=value,
        unit=unit,
        subject=None,
        kind=kind,
        text=doc.text[start:end],
    )


def extract_claims(doc: Doc) -> list[Claim]:
    """All numbers of ``doc``: counts, percentages, money, durations, ordinals, dates and clock times.

    Dates carry their written year as ``value`` and their ISO form in ``unit`` (``date:2019-07``; a day
    and month without year take the article's year, ``date:--01-10`` when the article has none);
    clock times carry hours as ``value`` (``10.5``) and ``time:10:30``.
    """
    text = doc.text
    aid = doc.article.id
    claims: list[Claim] = []
    masked: list[tuple[int, int]] = []
    article_year, _m, _d = parse_iso(doc.article.date)
    for tx in find_timexes(text, doc.lang):
        if tx.kind == "date" and any(ch.isdigit() for ch in tx.text):
            year = tx.year if tx.year is not None else (article_year if tx.month and tx.day else None)
            if year is not None:
                iso = f"{year:04d}" + (f"-{tx.month:02d}" if tx.month else "") + (f"-{tx.day:02d}" if tx.day else "")
            else:
                iso = f"--{tx.month:02d}" + (f"-{tx.day:02d}" if tx.day else "")
            claims.append(
                _timex_claim(doc, tx.start, tx.end, float(tx.year) if tx.year else None, f"date:{iso}", "date")
            )
            masked.append((tx.start, tx.end))
        elif tx.kind == "time" and tx.hour is not None:
            value = tx.hour + (tx.minute or 0) / 60
            unit = f"time:{tx.hour:02d}:{tx.minute or 0:02d}"
            claims.append(_timex_claim(doc, tx.start, tx.end, round(value, 4), unit, "time"))
            masked.append((tx.start, tx.end))
    for q in find_quantities(text, doc.lang, masked):
        subject = find_subject(text, q, doc.lang)
        unit = q.unit
        claims.append(
            Claim(
                id=stable_id("c", aid, q.start, q.end),
                span=Span(aid, q.start, q.end),
                value=q.value,
                unit=unit,
                subject=subject,
                qualifier=q.qualifier,
                kind=q.kind,
                upper=q.upper,
                text=text[q.start : q.end],
            )
        )
    claims.sort(key=lambda c: (c.span.start, c.span.end))
    log.debug("%s: %d claims", aid, len(claims))
    return claims
