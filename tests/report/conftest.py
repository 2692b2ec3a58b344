"""A small hand-made analysis (invented sentences) for the report tests."""

from __future__ import annotations

import pytest

from lagebild.model import (
    Analysis,
    Article,
    BriefingSentence,
    Claim,
    Conflict,
    Entity,
    OutletProfile,
    Quote,
    Reuse,
    Span,
    Story,
    TimelineEntry,
)

R1 = (
    "Die Außenminister trafen sich am Dienstag in Wien. Nach Angaben der OSZE kamen 57 Staaten. "
    "„Wir brauchen Vertrauen“, sagte Annalena Baerbock. Eine Einigung gab es nicht."
)
R2 = "In Wien tagte die OSZE. Laut Reuters kamen 56 Staaten. „Wir brauchen Vertrauen“, sagte Baerbock <am Ende>."
TEXTS = {"r1": R1, "r2": R2}


def sp(article: str, needle: str) -> Span:
    start = TEXTS[article].index(needle)
    return Span(article, start, start + len(needle))


def build() -> Analysis:
    baerbock = Entity(
        "e-baer",
        "Annalena Baerbock",
        "PER",
        ("Annalena Baerbock", "Baerbock"),
        ("Außenministerin",),
        (sp("r1", "Annalena Baerbock"), sp("r2", "Baerbock")),
    )
    osze = Entity("e-osze", "OSZE", "ORG", ("OSZE",), (), (sp("r1", "OSZE"), sp("r2", "OSZE")))
    quotes = (
        Quote("q-1", sp("r1", "„Wir brauchen Vertrauen“"), "direct", speaker="e-baer", cue="sagte", same_as=("q-2",)),
        Quote("q-2", sp("r2", "„Wir brauchen Vertrauen“"), "direct", speaker="e-baer", cue="sagte", same_as=("q-1",)),
    )
    claims = (
        Claim("c-1", sp("r1", "57 Staaten"), 57.0, "Staaten", None),
        Claim("c-2", sp("r2", "56 Staaten"), 56.0, "Staaten", None),
    )
    briefing = (
        BriefingSentence(
            "Die Außenminister trafen sich am Dienstag in Wien.",
            (sp("r1", "Die Außenminister trafen sich am Dienstag in Wien."),),
        ),
        BriefingSentence(
            "Umstritten sind die Zahlen: 57 Staaten gegenüber 56 Staaten.",
            (sp("r1", "57 Staaten"), sp("r2", "56 Staaten")),
        ),
    )
    outlets = (
        OutletProfile("r1", (("e-baer", 1),), ("c-1",), -0.444, 0.8, ("OSZE",), (sp("r1", "Einigung gab es nicht"),)),
        OutletProfile("r2", (("e-baer", 1),), ("c-2",), 0.0, 0.75, ("Reuters",), ()),
    )
    return Analysis(
        articles=(
            Article("r1", R1, outlet="Wiener Blatt", date="2023-11-28", lang="de"),
            Article("r2", R2, outlet="Agentur <X>", date="2023-11-29", lang="de"),
        ),
        stories=(Story("s-1", ("r1", "r2"), "OSZE-Treffen in Wien"),),
        entities=(baerbock, osze),
        quotes=quotes,
        reuse=(Reuse(sp("r1", "„Wir brauchen Vertrauen“, sagte"), sp("r2", "„Wir brauchen Vertrauen“, sagte"), 1.0),),
        claims=claims,
        conflicts=(Conflict(("c-1", "c-2"), "57 gegenüber 56 Staaten"),),
        timeline=(
            TimelineEntry("2023-11-28", "Treffen in Wien", (), ("r1", "r2")),
            TimelineEntry("2023-11", "Vorbereitung", (), ("r2",)),
        ),
        outlets=outlets,
        briefing=briefing,
    )


@pytest.fixture
def report_analysis() -> Analysis:
    return build()
