"""A tiny hand-made two-article analysis (invented sentences) for the briefing tests."""

from __future__ import annotations

import pytest

from lagebild.model import Analysis, Article, Claim, Conflict, Entity, Event, Quote, Span, Story

A1 = (
    "Nato und Russland trafen sich am Mittwoch in Brüssel zu Gesprächen. "
    "Generalsekretär Jens Stoltenberg forderte den Abzug von rund 100.000 Soldaten. "
    "Die 30 Mitgliedstaaten stehen zusammen. "
    "Der russische Vizeminister Alexander Gruschko wies die Forderung zurück: „Das ist für uns unannehmbar.“ "
    "Die Gespräche brachten keinen Durchbruch. Laut TASS bot Moskau neue Verhandlungen an. "
    "Die Sitzung dauerte vier Stunden."
)
A2 = (
    "In Brüssel kamen Vertreter der Nato und Russlands zusammen. "
    "Nach US-Angaben stehen rund 100.000 Soldaten an der Grenze. "
    "Moskau spricht von 3.000 Soldaten. Alle 30 Mitgliedstaaten waren vertreten. "
    "Gruschko nannte das Treffen „nützlich“. Beobachter sehen einen vorsichtigen Fortschritt."
)
TEXTS = {"a1": A1, "a2": A2}


def sp(article: str, needle: str, nth: int = 0) -> Span:
    """The ``nth`` occurrence of ``needle`` in the article's text."""
    text = TEXTS[article]
    start = -1
    for _ in range(nth + 1):
        start = text.index(needle, start + 1)
    return Span(article, start, start + len(needle))


def sentence(article: str, first_words: str) -> Span:
    text = TEXTS[article]
    start = text.index(first_words)
    end = text.index(". ", start) + 1 if ". " in text[start:] else len(text)
    return Span(article, start, end)


def build() -> Analysis:
    articles = (
        Article(id="a1", text=A1, outlet="Tagblatt", date="2022-01-12", lang="de"),
        Article(id="a2", text=A2, outlet="Kurier", date="2022-01-12", lang="de"),
    )
    entities = (
        Entity("e-nato", "Nato", "ORG", ("Nato",), (), (sp("a1", "Nato"), sp("a2", "Nato"))),
        Entity("e-ru", "Russland", "LOC", ("Russland", "Russlands"), (), (sp("a1", "Russland"), sp("a2", "Russlands"))),
        Entity(
            "e-stol",
            "Jens Stoltenberg",
            "PER",
            ("Jens Stoltenberg",),
            ("Generalsekretär",),
            (sp("a1", "Jens Stoltenberg"),),
        ),
        Entity(
            "e-gru",
            "Alexander Gruschko",
            "PER",
            ("Alexander Gruschko", "Gruschko"),
            ("Vizeminister",),
            (sp("a1", "Alexander Gruschko"), sp("a2", "Gruschko")),
        ),
        Entity("e-tass", "TASS", "ORG", ("TASS",), (), (sp("a1", "TASS"),)),
    )
    q1 = Quote(
        "q-1",
        sp("a1", "Das ist für uns unannehmbar."),
        "direct",
        speaker="e-gru",
        cue="wies zurück",
        speaker_span=sp("a1", "Alexander Gruschko"),
        text="Das ist für uns unannehmbar.",
    )
    q2 = Quote("q-2", sp("a2", "nützlich"), "direct", speaker="e-gru", cue="nannte", speaker_span=sp("a2", "Gruschko"))
    claims = (
        Claim("c-1", sp("a1", "100.000"), 100000.0, "Soldaten", "Soldaten", qualifier="rund", text="100.000"),
        Claim("c-2", sp("a1", "30 Mitgliedstaaten"), 30.0, "Mitgliedstaaten", None, text="30 Mitgliedstaaten"),
        Claim("c-3", sp("a1", "vier Stunden"), 4.0, "Stunden", None, kind="duration", text="vier Stunden"),
        Claim("c-4", sp("a2", "100.000"), 100000.0, "Soldaten", "Soldaten", qualifier="rund", text="100.000"),
        Claim("c-5", sp("a2", "3.000"), 3000.0, "Soldaten", "Soldaten", text="3.000"),
        Claim("c-6", sp("a2", "30 Mitgliedstaaten"), 30.0, "Mitgliedstaaten", None, text="30 Mitgliedstaaten"),
    )
    events = (
        Event("ev-1", sentence("a1", "Nato und Russland trafen"), "MEET", actor="e-nato", target="e-ru"),
        Event("ev-2", sentence("a1", "Generalsekretär"), "DEMAND", actor="e-stol", target="e-ru"),
        Event("ev-3", sp("a1", "Alexander Gruschko wies die Forderung zurück"), "REJECT", actor="e-gru"),
        Event("ev-4", sentence("a1", "Laut TASS"), "OFFER", actor="e-ru"),
        Event("ev-5", sentence("a2", "In Brüssel kamen"), "MEET", actor="e-nato", target="e-ru"),
    )
    return Analysis(
        articles=articles,
        stories=(Story("s-1", ("a1", "a2"), "Nato-Russland-Rat"),),
        entities=entities,
        quotes=(q1, q2),
        claims=claims,
        conflicts=(Conflict(("c-4", "c-5"), "100.000 vs 3.000 Soldaten"),),
        events=events,
    )


@pytest.fixture
def analysis() -> Analysis:
    return build()
