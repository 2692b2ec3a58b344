"""Conflicts between articles: values beyond hedges, duration vs dates, total vs parts; agreement."""

from __future__ import annotations

from claims_helpers import make_doc

from lagebild.claims import claim_agreement, extract_claims, find_conflicts
from lagebild.model import Doc, Story


def _run(texts: dict[str, tuple[str, str | None]]) -> tuple[list[Doc], list]:
    docs = [make_doc(text, aid=aid, date=date) for aid, (text, date) in sorted(texts.items())]
    claims = [c for d in docs for c in extract_claims(d)]
    return docs, claims


def _texts(claims, ids) -> list[str]:
    by_id = {c.id: c for c in claims}
    return sorted(by_id[i].text for i in ids)


def test_conflicts_value_beyond_hedges() -> None:
    docs, claims = _run(
        {
            "a": ("Russland hat rund 100.000 Soldaten an die Grenze verlegt.", "2022-01-12"),
            "b": ("An der Grenze stehen inzwischen 60.000 Soldaten aus Russland.", "2022-01-12"),
        }
    )
    conflicts = find_conflicts(claims, docs)
    assert len(conflicts) == 1
    c = conflicts[0]
    assert c.kind == "value"
    assert _texts(claims, c.claims) == ["60.000", "rund 100.000"]
    assert c.explanation == (
        "Die Angaben zu „Soldaten“ widersprechen sich: b nennt „60.000 Soldaten“ gegenüber a nennt „rund 100.000 Soldaten“."
    )


def test_conflicts_topic_from_acronym_in_compound() -> None:
    docs, claims = _run(
        {
            "a": ("Seit März wurden nach UN-Angaben rund 40 Kliniken zerstört.", "2022-01-12"),
            "b": ("Seit März wurden nach Angaben der UN mehr als 70 Kliniken zerstört.", "2022-01-12"),
        }
    )
    conflicts = find_conflicts(claims, docs)
    assert [_texts(claims, c.claims) for c in conflicts] == [["mehr als 70", "rund 40"]]


def test_conflicts_hedges_make_values_compatible() -> None:
    docs, claims = _run(
        {
            "a": ("Russland hat rund 100.000 Soldaten verlegt.", "2022-01-12"),
            "b": ("Russland hat geschätzt 95.000 Soldaten.", "2022-01-12"),
            "c": ("Man zählt fast 100.000 Soldaten aus Russland.", "2022-01-12"),
        }
    )
    assert find_conflicts(claims, docs) == []
    agreements = claim_agreement(claims, docs)
    assert [(a.articles, a.subject) for a in agreements] == [(("a", "b", "c"), "Soldaten")]


def test_conflicts_almost_four_hours_agrees_with_four_hours() -> None:
    docs, claims = _run(
        {
            "a": ("Die fast vierstündige Sitzung in Wien blieb ohne Ergebnis.", None),
            "b": ("In Wien wurde vier Stunden gesprochen.", None),
        }
    )
    assert find_conflicts(claims, docs) == []
    assert [a.articles for a in claim_agreement(claims, docs)] == [("a", "b")]


def test_conflicts_meeting_durations_on_different_days_are_not_compared() -> None:
    docs, claims = _run(
        {
            "a": (
                "Am Montag wurde in Genf verhandelt. Nach sieben Stunden waren die Verhandlungen vorbei.",
                "2022-01-12",
            ),
            "b": ("Die vierstündige Sitzung blieb ohne Ergebnis.", "2022-01-12"),
        }
    )
    assert find_conflicts(claims, docs) == []


def test_conflicts_article_with_two_values_is_ambiguous() -> None:
    docs, claims = _run(
        {
            "a": (
                "Russland hat rund 100.000 Soldaten zusammengezogen. Für Übungen wurden 3.000 Soldaten verlegt.",
                None,
            ),
            "b": ("Es sind rund 100.000 Soldaten.", None),
        }
    )
    assert find_conflicts(claims, docs) == []


def test_conflicts_duration_contradicts_date() -> None:
    docs, claims = _run(
        {
            "a": ("Der Nato-Ukraine-Rat tagt erstmals seit zwei Jahren wieder.", "2022-01"),
            "b": ("Es ist das erste Treffen des Nato-Ukraine-Rates seit Juli 2019.", "2022-01"),
        }
    )
    conflicts = find_conflicts(claims, docs)
    assert len(conflicts) == 1
    c = conflicts[0]
    assert c.kind == "duration-vs-date"
    assert _texts(claims, c.claims) == ["Juli 2019", "zwei Jahren"]
    assert c.explanation == (
        "Die Angaben, wann es das zuletzt gab, widersprechen sich: b nennt „seit Juli 2019“ gegenüber "
        "a nennt „seit zwei Jahren“ (bezogen auf 2022-01 also ab etwa 2020-01)."
    )


def test_conflicts_duration_consistent_with_date() -> None:
    docs, claims = _run(
        {
            "a": ("Der Nato-Ukraine-Rat wurde seit zweieinhalb Jahren nicht mehr einberufen.", "2022-01"),
            "b": ("Es ist das erste Treffen des Nato-Ukraine-Rates seit Juli 2019.", "2022-01"),
        }
    )
    assert find_conflicts(claims, docs) == []


def test_conflicts_autumn_example_three_years_vs_march() -> None:
    docs, claims = _run(
        {
            "a": ("Die EU-Kommission kam erstmals seit drei Jahren zusammen.", "2021-10-05"),
            "b": ("Zuletzt tagte die EU-Kommission seit März 2019 nicht mehr.", "2021-10-05"),
        }
    )
    assert [c.kind for c in find_conflicts(claims, docs)] == ["duration-vs-date"]


def test_conflicts_unrelated_since_claims_are_not_compared() -> None:
    docs, claims = _run(
        {
            "a": ("Die Mission arbeitet seit 2014 in der Region.", "2022-01"),
            "b": ("Der Verein besteht seit zwei Jahren.", "2022-01"),
        }
    )
    assert find_conflicts(claims, docs) == []


def test_conflicts_total_contradicts_parts() -> None:
    docs, claims = _run(
        {
            "a": ("Die Gruppe hat 27 Mitglieder, darunter Belgien.", None),
            "b": ("Zur Gruppe gehören Deutschland, Frankreich und 24 weitere Mitglieder.", None),
        }
    )
    conflicts = find_conflicts(claims, docs)
    assert len(conflicts) == 1
    c = conflicts[0]
    assert c.kind == "total-vs-parts"
    assert _texts(claims, c.claims) == ["24", "27"]
    assert c.explanation == (
        "Die Zahl der Mitglieder widerspricht der Aufzählung: a nennt „27 Mitglieder“ gegenüber "
        "b nennt „Deutschland, Frankreich und 24 weitere Mitglieder“ (also 26)."
    )


def test_conflicts_total_matches_parts_with_acronym_long_form() -> None:
    docs, claims = _run(
        {
            "a": (
                "Es tagt die Organisation für Handel und Zusammenarbeit (OHZ), zu deren 12 Mitgliedstaaten Malta zählt.",
                None,
            ),
            "b": (
                "In der Organisation für Handel und Zusammenarbeit sind sowohl Malta, Zypern und 10 weitere Staaten.",
                None,
            ),
        }
    )
    assert find_conflicts(claims, docs) == []


def test_conflicts_total_vs_parts_acronym_long_form_mismatch() -> None:
    docs, claims = _run(
        {
            "a": (
                "Es tagt die Organisation für Handel und Zusammenarbeit (OHZ), zu deren 13 Mitgliedstaaten Malta zählt.",
                None,
            ),
            "b": (
                "In der Organisation für Handel und Zusammenarbeit sind sowohl Malta, Zypern und 10 weitere Staaten.",
                None,
            ),
        }
    )
    conflicts = find_conflicts(claims, docs)
    assert [c.kind for c in conflicts] == ["total-vs-parts"]
    assert "(also 12)" in conflicts[0].explanation


def test_conflicts_blocked_by_story() -> None:
    docs, claims = _run(
        {
            "a": ("Russland hat 100.000 Soldaten verlegt.", None),
            "b": ("Russland hat 40.000 Soldaten verlegt.", None),
        }
    )
    stories = [Story("s1", ("a",), "A"), Story("s2", ("b",), "B")]
    assert find_conflicts(claims, docs, stories) == []
    assert len(find_conflicts(claims, docs)) == 1


def test_conflicts_english_template() -> None:
    docs = [
        make_doc("Russia has massed about 100,000 troops.", aid="a", date=None, lang="en"),
        make_doc("Russia has massed 50,000 troops.", aid="b", date=None, lang="en"),
    ]
    claims = [c for d in docs for c in extract_claims(d)]
    conflicts = find_conflicts(claims, docs)
    assert [c.explanation for c in conflicts] == [
        "The reports disagree on “troops”: b says “50,000 troops” versus a says “about 100,000 troops”."
    ]


def test_conflicts_without_stories_need_a_shared_name() -> None:
    docs, claims = _run(
        {
            "a": ("In Mali sind 1.000 Soldaten stationiert.", None),
            "b": ("Russland hat 100.000 Soldaten verlegt.", None),
        }
    )
    assert find_conflicts(claims, docs) == []


def test_conflicts_ago_contradicts_date() -> None:
    docs, claims = _run(
        {
            "a": ("Zuletzt tagte der EU-Rat vor drei Jahren.", "2022-01-20"),
            "b": ("Der EU-Rat tagte zuletzt im Juli 2020.", "2022-01-20"),
        }
    )
    conflicts = find_conflicts(claims, docs)
    assert [c.kind for c in conflicts] == ["duration-vs-date"]
    assert "„vor drei Jahren“" in conflicts[0].explanation


def test_conflicts_english_since_and_ago() -> None:
    docs = [
        make_doc("The NATO council met for the first time in two years.", aid="a", date="2022-01-12", lang="en"),
        make_doc("The NATO council last met in July 2019, over two years ago.", aid="b", date="2022-01-12", lang="en"),
    ]
    claims = [c for d in docs for c in extract_claims(d)]
    assert [c.kind for c in find_conflicts(claims, docs)] == ["duration-vs-date"]
