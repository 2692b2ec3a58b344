"""Odd inputs: empty texts, unsupported languages, malformed article dates."""

from __future__ import annotations

import pytest
from events_helpers import make_doc

from lagebild.claims import extract_claims, find_conflicts
from lagebild.events import build_timeline, extract_events, resolve_dates


@pytest.mark.parametrize(
    ("text", "lang", "date"),
    [
        ("", "de", None),
        ("   \n\n  ", "de", "2022-01"),
        ("Environ 100 000 soldats ont été déployés le 12 janvier 2022.", "fr", "2022-01-13"),
        ("Die NATO forderte am Mittwoch 30 Staaten auf.", "de", "2022-13-45"),
        ("Rund 100.000 Soldaten.", "de", "kein Datum"),
    ],
)
def test_robustness_no_crash(text: str, lang: str, date: str | None) -> None:
    doc, mm = make_doc(text, {"NATO": ("E-nato", "ORG")}, date=date, lang=lang)
    claims = extract_claims(doc)
    events = extract_events(doc, mm, (), [doc])
    assert find_conflicts(claims, [doc]) == []
    assert all(iso is None or iso[:1].isdigit() or iso.startswith("T") for _s, iso in resolve_dates(doc, ()))
    assert all(t.date[:1].isdigit() for t in build_timeline(events, (), [doc]))
