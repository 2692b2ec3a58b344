"""Temporal expressions: recognition and resolution against article date or story anchors."""

from __future__ import annotations

import pytest
from events_helpers import make_doc

from lagebild.events import resolve_dates, story_anchor_dates
from lagebild.events.timex import find_timexes


def _resolved(text: str, date: str | None, anchors: tuple[str, ...] = ()) -> dict[str, str | None]:
    doc, _ = make_doc(text, date=date)
    return {text[s.start : s.end]: iso for s, iso in resolve_dates(doc, anchors)}


@pytest.mark.parametrize(
    ("text", "date", "expected"),
    [
        ("Das Treffen war am 12. Januar 2022.", None, {"12. Januar 2022": "2022-01-12"}),
        ("Seit Juli 2019 gab es keines.", None, {"Juli 2019": "2019-07"}),
        ("Der Vertrag vom 03.02.2020 gilt.", None, {"03.02.2020": "2020-02-03"}),
        ("Sie kamen am 10. Januar an.", "2022-01-20", {"10. Januar": "2022-01-10"}),
        ("Sie kamen am 10. Januar an.", None, {"10. Januar": None}),
        ("Das Treffen folgt am Mittwoch.", "2022-01-10", {"Mittwoch": "2022-01-12"}),
        ("Das Treffen war am Montag.", "2022-01-12", {"Montag": "2022-01-10"}),
        ("Sie sprachen am vergangenen Freitag.", "2022-01-12", {"vergangenen Freitag": "2022-01-07"}),
        ("Am Mittwochvormittag beginnt es.", "2022-01-10", {"Mittwochvormittag": "2022-01-12"}),
        ("Er reiste gestern ab.", "2022-01-12", {"gestern": "2022-01-11"}),
        ("Er reiste gestern ab.", "2022-01", {"gestern": None}),
        (
            "Am Dienstag sprach er über das Gespräch am Vortag.",
            "2022-01-12",
            {"Dienstag": "2022-01-11", "am Vortag": "2022-01-10"},
        ),
        (
            "Im Oktober des vergangenen Jahres wurden Diplomaten ausgewiesen.",
            "2022-01",
            {"Oktober des vergangenen Jahres": "2021-10"},
        ),
        ("Im vergangenen Jahr sank die Zahl.", "2022-03-01", {"Im vergangenen Jahr": "2021"}),
        ("In dieser Woche wird verhandelt.", "2022-01-12", {"In dieser Woche": "2022-W02"}),
        ("Die Krim wurde 2014 annektiert.", None, {"2014": "2014"}),
    ],
)
def test_dates_resolve(text: str, date: str | None, expected: dict[str, str | None]) -> None:
    assert _resolved(text, date) == expected


def test_dates_weekday_in_month_dated_article_uses_story_anchors() -> None:
    assert _resolved("Der Rat kommt am Mittwoch zusammen.", "2022-01", ("2022-01-10",)) == {"Mittwoch": "2022-01-12"}


def test_dates_weekday_without_anchor_stays_null() -> None:
    assert _resolved("Der Rat kommt am Mittwoch zusammen.", "2022-01") == {"Mittwoch": None}


def test_dates_disagreeing_anchors_leave_weekday_null() -> None:
    assert _resolved("Der Rat kommt am Mittwoch zusammen.", "2022-01", ("2022-01-03", "2022-01-24")) == {
        "Mittwoch": None
    }


def test_dates_story_anchor_dates_from_texts_and_article_dates() -> None:
    a, _ = make_doc(
        "Der Bericht vom 10. Januar nennt Fälle. Damals, am 5. Mai 1995, war es anders.", aid="a", date="2022-01"
    )
    b, _ = make_doc("Ohne Datum.", aid="b", date="2022-01-14")
    assert story_anchor_dates([a, b]) == ("2022-01-10", "2022-01-14")


def test_dates_time_takes_the_day_of_its_sentence() -> None:
    assert _resolved("Sie treffen sich am Mittwoch (10.00 Uhr).", "2022-01-10") == {
        "Mittwoch": "2022-01-12",
        "10.00 Uhr": "2022-01-12T10:00",
    }


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        ("Der Morgen war kalt.", []),
        ("Wir sehen uns morgen.", ["day_rel"]),
        ("Es waren 2000 Soldaten.", []),
        ("Seit 1995, als alles begann.", ["date"]),
    ],
)
def test_timex_recognition_edge_cases(text: str, kinds: list[str]) -> None:
    assert [t.kind for t in find_timexes(text, "de")] == kinds


def test_timex_english() -> None:
    found = [
        (t.kind, t.text)
        for t in find_timexes("On Wednesday, January 12, 2022, they met; last year it was May 3.", "en")
    ]
    assert found == [
        ("weekday", "Wednesday"),
        ("date", "January 12, 2022"),
        ("year_rel", "last year"),
        ("date", "May 3"),
    ]
