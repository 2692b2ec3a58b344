from __future__ import annotations

from lagebild.brief import build_briefing
from lagebild.model import Analysis, Article, Claim, Entity, Event, Quote, Span

E1 = "Ministers met in Geneva on Monday. Blinken demanded a full withdrawal: “Pull back 5,000 troops now.”"
E2 = "Geneva hosted the talks. Lavrov said some 5000 troops would stay."


def _span(art: str, text: str, needle: str) -> Span:
    start = text.index(needle)
    return Span(art, start, start + len(needle))


def test_build_briefing_english_templates() -> None:
    blinken = Entity("e-b", "Antony Blinken", "PER", ("Blinken",), (), (_span("e1", E1, "Blinken"),))
    lavrov = Entity("e-l", "Sergei Lavrov", "PER", ("Lavrov",), (), (_span("e2", E2, "Lavrov"),))
    geneva = Entity("e-g", "Geneva", "LOC", ("Geneva",), (), (_span("e1", E1, "Geneva"), _span("e2", E2, "Geneva")))
    quote = Quote("q", _span("e1", E1, "“Pull back 5,000 troops now.”"), "direct", speaker="e-b")
    analysis = Analysis(
        articles=(Article("e1", E1, lang="en"), Article("e2", E2, lang="en")),
        entities=(blinken, lavrov, geneva),
        quotes=(quote,),
        claims=(
            Claim("c1", _span("e1", E1, "5,000"), 5000.0, None, "troops"),
            Claim("c2", _span("e2", E2, "5000"), 5000.0, None, "troops", qualifier="some"),
        ),
        events=(
            Event("v1", _span("e1", E1, "Ministers met in Geneva on Monday."), "MEET"),
            Event("v2", _span("e1", E1, "Blinken demanded a full withdrawal"), "DEMAND", actor="e-b"),
        ),
    )
    assert [b.text for b in build_briefing(analysis, [])] == [
        "Ministers met in Geneva on Monday.",
        "The reports centre on Blinken, Geneva and Lavrov.",  # names as the articles write them
        "Demand by Blinken: “Pull back 5,000 troops now.”",
        "Several reports give 5,000 troops.",
    ]  # the lead "Geneva hosted the talks." is too short (< 30 characters) to top up


def test_build_briefing_language_without_templates_is_extractive() -> None:
    text = "Les ministres se sont réunis à Genève. Ils parleront encore en mars."
    analysis = Analysis(
        articles=(Article("f1", text, lang="fr"),),
        events=(Event("v", _span("f1", text, "Les ministres se sont réunis"), "MEET"),),
    )
    assert [b.text for b in build_briefing(analysis, [])] == [
        "Les ministres se sont réunis à Genève.",
    ]
