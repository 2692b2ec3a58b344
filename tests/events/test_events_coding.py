"""Event coding: actor - action - target, collectives, pronouns, negation and modality."""

from __future__ import annotations

import pytest
from events_helpers import ENTS, make_doc

from lagebild.events import extract_events
from lagebild.model import Event


def _code(text: str, date: str | None = "2022-01-12", entities: dict | None = None) -> list[Event]:
    doc, mm = make_doc(text, ENTS if entities is None else entities, date=date)
    return [e for e in extract_events(doc, mm) if e.action != "STATEMENT"]


def _triples(events: list[Event]) -> list[tuple[str, str | None, str | None]]:
    return [(e.action, e.actor, e.target) for e in events]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Die NATO forderte Russland auf, die Truppen abzuziehen.", [("DEMAND", "E-nato", "E-rus")]),
        ("Stoltenberg verlangt von Russland einen Abzug.", [("DEMAND", "E-stoltenberg", "E-rus")]),
        ("Russland wies die Forderungen der NATO zurück.", [("REJECT", "E-rus", "E-nato")]),
        ("Die USA haben eine solche Zusage ausgeschlossen.", [("REJECT", "E-usa", None)]),
        ("Stoltenberg bot Russland neue Gespräche an.", [("OFFER", "E-stoltenberg", "E-rus")]),
        ("Gruschko warf der NATO eine feindselige Politik vor.", [("ACCUSE", "E-grushko", "E-nato")]),
        ("Sherman drohte Russland mit harten Sanktionen.", [("THREATEN", "E-sherman", "E-rus")]),
        ("Die USA warnten Russland vor einem Angriff.", [("WARN", "E-usa", "E-rus")]),
        ("Die USA kritisierten Russland scharf.", [("CRITICIZE", "E-usa", "E-rus")]),
        ("Stoltenberg schlug Russland eine Serie von Gesprächen vor.", [("PROPOSE", "E-stoltenberg", "E-rus")]),
        ("Russland bestreitet jede Absicht.", [("DENY", "E-rus", None)]),
    ],
)
def test_coding_basic_actions(text: str, expected: list[tuple[str, str | None, str | None]]) -> None:
    assert _triples(_code(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Die Allianz wies die russischen Forderungen zurück.", [("REJECT", "E-nato", "E-rus")]),
        ("Das Bündnis forderte Russland auf, abzuziehen.", [("DEMAND", "E-nato", "E-rus")]),
        ("Der Kreml warf der NATO Provokationen vor.", [("ACCUSE", "E-rus", "E-nato")]),
        ("Moskau fordert Garantien von der NATO.", [("DEMAND", "E-rus", "E-nato")]),
        ("Das genaue Gegenteil forderte die russische Seite von der NATO.", [("DEMAND", "E-rus", "E-nato")]),
        ("Washington warnte Moskau vor einem Einmarsch.", [("WARN", "E-usa", "E-rus")]),
    ],
)
def test_coding_collectives_resolve_to_linked_entities(text: str, expected: list) -> None:
    entities = {**ENTS, "Russland": ("E-rus", "LOC"), "USA": ("E-usa", "LOC")}
    doc, mm = make_doc(text + " Russland, NATO und USA.", entities)
    got = [(e.action, e.actor, e.target) for e in extract_events(doc, mm) if e.action != "STATEMENT"]
    assert got == expected


def test_coding_collective_without_entity_stays_none() -> None:
    assert _triples(_code("Die Allianz wies die Forderungen zurück.", entities={})) == []
    doc, mm = make_doc("Der Kreml forderte Gruschko auf, zu gehen.", {"Gruschko": ("E-grushko", "PER")})
    assert _triples(extract_events(doc, mm)) == [("DEMAND", None, "E-grushko")]


def test_coding_collective_span_is_reported() -> None:
    text = "Die Allianz wies die Forderungen Russlands zurück."
    doc, mm = make_doc(text, {"NATO": ("E-nato", "ORG"), "Russlands": ("E-rus", "LOC")})
    doc2, mm2 = make_doc(text + " Die NATO tagt.", {"NATO": ("E-nato", "ORG"), "Russlands": ("E-rus", "LOC")})
    ev = [e for e in extract_events(doc2, mm2) if e.action == "REJECT"][0]
    assert doc2.text[ev.span.start : ev.span.end] == "Die Allianz wies die Forderungen Russlands zurück"
    assert (ev.actor, ev.target, ev.cue) == ("E-nato", "E-rus", "wies")


@pytest.mark.parametrize(
    "text",
    [
        "Russland hat die Einladung nicht ausgeschlagen.",
        "Russland habe neue Treffen aber auch nicht abgelehnt.",
        "Die NATO hat keine Forderungen an Russland gestellt und nichts verlangt, sagte er nicht.",
        "Die NATO dürfte ein Ende des Aufmarsches von Russland verlangen.",
        "Die NATO könnte Russland auffordern, abzuziehen.",
        "Russland war nicht in der Lage, weiteren Gesprächen zuzustimmen oder sie abzulehnen.",
        "Das Gesetz, das die Gespräche mit Russland zu gefährden droht, liegt vor.",
        "Ein Gesetz, das Verhandlungen mit der NATO zu gefährden droht.",
    ],
)
def test_coding_negation_and_modality_block_events(text: str) -> None:
    assert [e.action for e in _code(text) if e.action in ("REJECT", "DEMAND", "THREATEN")] == []


def test_coding_pronoun_takes_last_actor() -> None:
    events = _code("Gruschko sprach von einem nützlichen Treffen. Allerdings warf er der NATO Feindseligkeit vor.")
    assert _triples(events) == [("ACCUSE", "E-grushko", "E-nato")]


def test_coding_apposition_actor() -> None:
    events = _code("Der russische Unterhändler, Gruschko, warf der NATO vor, nicht einzulenken.")
    assert _triples(events) == [("ACCUSE", "E-grushko", "E-nato")]


def test_coding_quote_attribution_actor_after_verb() -> None:
    text = "„Wir müssen ein Ende der Erweiterung erreichen“, forderte Gruschko."
    doc, mm = make_doc(text, ENTS)
    assert [(e.action, e.actor) for e in extract_events(doc, mm)] == [("DEMAND", "E-grushko")]


def test_coding_events_inside_quotes_are_skipped() -> None:
    assert _code("Sherman sagte: „Wir haben Russland neue Gespräche angeboten.“") == []


def test_coding_statement_has_speaker_and_no_target() -> None:
    doc, mm = make_doc("Russland bleibe hart, sagte Gruschko am Dienstag.", ENTS, date="2022-01-12")
    events = extract_events(doc, mm)
    assert [(e.action, e.actor, e.target, e.date) for e in events] == [("STATEMENT", "E-grushko", None, "2022-01-11")]


def test_coding_noun_cue_with_light_verb() -> None:
    events = _code("Sherman wiederholte vor der Presse die Drohung an Russland.")
    assert _triples(events) == [("THREATEN", "E-sherman", "E-rus")]


def test_coding_locative_is_not_a_participant() -> None:
    events = _code("Am Donnerstag forderte Stoltenberg in Wien ein Ende der Gewalt.")
    assert _triples(events) == [("DEMAND", "E-stoltenberg", None)]
    assert events[0].date == "2022-01-06"  # past tense: the Thursday before the article date


def test_coding_meeting_from_verb_and_date() -> None:
    doc, mm = make_doc("Am Mittwoch treffen sich NATO und Russland in Brüssel.", ENTS, date="2022-01-10")
    events = extract_events(doc, mm)
    assert [(e.action, e.actor, e.target, e.date) for e in events] == [("MEET", "E-nato", "E-rus", "2022-01-12")]


def test_coding_meeting_chain_of_dates() -> None:
    text = "Nach drei Gesprächen – dem ersten am Montag in Genf und dem letzten am Mittwoch in Brüssel – folgte Wien."
    doc, mm = make_doc(text, ENTS, date="2022-01-14")
    events = [e for e in extract_events(doc, mm) if e.action == "MEET"]
    assert [e.date for e in events] == ["2022-01-10", "2022-01-12"]
    assert text[events[0].span.start : events[0].span.end] == "Gesprächen – dem ersten am Montag"


def test_coding_seit_date_is_not_the_event_date() -> None:
    events = _code("Russland forderte seit Juli 2019 Garantien von der NATO.", date="2022-01-12")
    assert [(e.action, e.date) for e in events] == [("DEMAND", "2022-01-12")]


def test_coding_event_ids_are_stable() -> None:
    doc, mm = make_doc("Die NATO forderte Russland auf, abzuziehen.", ENTS)
    assert [e.id for e in extract_events(doc, mm)] == [e.id for e in extract_events(doc, mm)]


def test_coding_english() -> None:
    doc, mm = make_doc(
        "NATO demanded that Russia withdraw its troops. Russia rejected the demand.",
        {"NATO": ("E-nato", "ORG"), "Russia": ("E-rus", "LOC")},
        lang="en",
    )
    assert _triples(extract_events(doc, mm)) == [("DEMAND", "E-nato", "E-rus"), ("REJECT", "E-rus", None)]


def test_coding_actor_of_interrupted_subordinate_clause() -> None:
    text = "Es gab Streit, nachdem die USA und die NATO die Forderung Russlands, dass alles stoppe, als Unsinn zurückgewiesen hatten."
    assert _triples(_code(text)) == [("REJECT", "E-usa", "E-rus")]


def test_coding_main_clause_after_subordinate_clause_takes_no_actor_from_it() -> None:
    text = "Nachdem die USA und Russland nichts erreichten, kommt am Mittwoch der Rat in Wien zusammen."
    doc, mm = make_doc(text, ENTS, date="2022-01-10")
    assert [(e.action, e.actor, e.target, e.date) for e in extract_events(doc, mm)] == [
        ("MEET", None, None, "2022-01-12")
    ]


def test_coding_year_precision_event_date() -> None:
    events = _code("Bereits 2008 hatte die NATO der Ukraine einen Beitritt angeboten.")
    assert [(e.action, e.actor, e.target, e.date) for e in events] == [("OFFER", "E-nato", "E-ukr", "2008")]


def test_coding_plural_verb_does_not_take_singular_name_as_actor() -> None:
    events = _code("Aktivisten machen Russland für den Angriff verantwortlich.")
    assert _triples(events) == [("ACCUSE", None, "E-rus")]


def test_coding_attributive_participle_is_not_a_cue() -> None:
    assert _code("Die NATO sprach über die vorgeschlagenen Sanktionen gegen Russland.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Russland weigerte sich, die NATO zu informieren.", [("REJECT", "E-rus", None)]),
        ("Die NATO erteilte Russland eine klare Absage.", [("REJECT", "E-nato", "E-rus")]),
        ("Stoltenberg lud Russland zu weiteren Gesprächen ein.", [("OFFER", "E-stoltenberg", "E-rus")]),
        ("Sherman stellte Russland ein Ultimatum.", [("THREATEN", "E-sherman", "E-rus")]),
    ],
)
def test_coding_more_cues(text: str, expected: list) -> None:
    assert _triples(_code(text)) == expected


def test_coding_genitive_attribute_is_not_the_actor() -> None:
    ents = {**ENTS, "Nato-Russland-Rates": ("E-nrr", "ORG")}
    events = _code(
        "Beim Treffen des Nato-Russland-Rates wiesen die USA die Forderungen Russlands zurück.", entities=ents
    )
    assert _triples(events) == [("REJECT", "E-usa", "E-rus")]
