"""Timeline: dated entries per story with their events and articles."""

from __future__ import annotations

from events_helpers import ENTS, make_doc

from lagebild.events import build_timeline, extract_events
from lagebild.model import Event, Span, Story


def test_timeline_groups_events_by_date_and_story() -> None:
    a, mma = make_doc("Am Mittwoch treffen sich NATO und Russland in Brüssel.", ENTS, aid="a", date="2022-01-10")
    b, mmb = make_doc(
        "Die NATO und Russland trafen sich am Mittwoch. Stoltenberg forderte Russland auf, abzuziehen.",
        ENTS,
        aid="b",
        date="2022-01-13",
    )
    events = extract_events(a, mma) + extract_events(b, mmb)
    timeline = build_timeline(events, [Story("s", ("a", "b"), "Rat")], [a, b])
    assert [(t.date, t.articles) for t in timeline] == [("2022-01-12", ("a", "b")), ("2022-01-13", ("b",))]
    assert timeline[0].label == "MEET: treffen sich NATO und Russland"
    assert timeline[1].label == "DEMAND: Stoltenberg forderte Russland auf"
    assert sorted(timeline[0].events) == sorted(e.id for e in events if e.date == "2022-01-12")


def test_timeline_dates_weekdays_of_month_dated_articles_through_the_story() -> None:
    a, mma = make_doc("Der Bericht vom 10. Januar liegt vor.", ENTS, aid="a", date="2022-01")
    b, mmb = make_doc("Am Mittwoch treffen sich NATO und Russland.", ENTS, aid="b", date="2022-01")
    alone = extract_events(b, mmb)
    assert [e.date for e in alone] == [None]
    with_docs = extract_events(b, mmb, (), [a, b])
    assert [e.date for e in with_docs] == ["2022-01-12"]
    timeline = build_timeline(alone, (), [a, b])
    assert [(t.date, t.articles) for t in timeline] == [("2022-01-12", ("b",))]


def test_timeline_skips_undated_events_and_keeps_month_precision() -> None:
    doc, _ = make_doc("Text ohne Datum. Im Oktober 2021 gab es Ausweisungen.", aid="x", date=None)
    events = [
        Event(id="e-1", span=Span("x", 0, 4), action="STATEMENT"),
        Event(id="e-2", span=Span("x", 17, 52), action="REJECT", date="2021-10"),
    ]
    timeline = build_timeline(events, (), [doc])
    assert [(t.date, t.events, t.label) for t in timeline] == [
        ("2021-10", ("e-2",), "REJECT: Im Oktober 2021 gab es Ausweisungen")
    ]
