from __future__ import annotations

from dataclasses import replace

from lagebild.compare import exclusive_claims, exclusive_quotes, profile_outlets
from lagebild.compare.originality import original_shares
from lagebild.model import Analysis, Article, Claim, Entity, Quote, Reuse, Span, Story

T1 = (
    "Die Gespräche in Genf brachten keinen Durchbruch. Laut TASS warnte Moskau vor Sanktionen. "
    "Die Delegation bestand aus zwölf Diplomaten. „Wir sind enttäuscht“, sagte Lawrow. 500 Soldaten wurden verlegt."
)
T2 = (
    "In Genf wurde verhandelt. Die Delegation bestand aus 12 Diplomaten. „Wir sind enttäuscht“, sagte Lawrow. "
    "Beobachter sprechen von einem konstruktiven Auftakt."
)


def _span(art: str, text: str, needle: str) -> Span:
    start = text.index(needle)
    return Span(art, start, start + len(needle))


def _analysis() -> Analysis:
    lawrow = Entity(
        "e-law", "Sergej Lawrow", "PER", ("Lawrow",), (), (_span("a", T1, "Lawrow"), _span("b", T2, "Lawrow"))
    )
    quotes = (
        Quote("q-a", _span("a", T1, "„Wir sind enttäuscht“"), "direct", speaker="e-law", same_as=("q-b",)),
        Quote("q-b", _span("b", T2, "„Wir sind enttäuscht“"), "direct", speaker="e-law", same_as=("q-a",)),
    )
    claims = (
        Claim("c-a12", _span("a", T1, "zwölf Diplomaten"), 12.0, "Diplomaten", None),
        Claim("c-a500", _span("a", T1, "500 Soldaten"), 500.0, "Soldaten", None),
        Claim("c-b12", _span("b", T2, "12 Diplomaten"), 12.0, "Diplomaten", None),
        Claim("c-bt", _span("b", T2, "Auftakt"), None, None, None, kind="time"),
    )
    shared = "Die Delegation bestand aus"
    reuse = (Reuse(_span("a", T1, shared), _span("b", T2, shared), 0.9),)
    return Analysis(
        articles=(Article("a", T1, lang="de"), Article("b", T2, lang="de")),
        stories=(Story("s", ("a", "b"), "Genf"),),
        entities=(lawrow,),
        quotes=quotes,
        reuse=reuse,
        claims=claims,
    )


def test_profile_outlets_fields() -> None:
    a, b = profile_outlets(_analysis(), [])
    assert (a.article, a.quoted, a.only_here, a.sources) == ("a", (("e-law", 1),), ("c-a500",), ("TASS",))
    assert (b.article, b.quoted, b.only_here, b.sources) == ("b", (("e-law", 1),), (), ())
    assert a.original_share == round(1 - 26 / len(T1), 3)
    assert b.original_share == round(1 - 26 / len(T2), 3)


def test_profile_tone_on_own_narrative_only() -> None:
    a, b = profile_outlets(_analysis(), [])
    # "enttäuscht" sits in a quote in both articles and does not count
    assert [T1[s.start : s.end] for s in a.tone_spans] == ["keinen Durchbruch", "Sanktionen", "warnte"]
    assert a.tone == -0.6
    assert [T2[s.start : s.end] for s in b.tone_spans] == ["konstruktiven"]
    assert b.tone == 0.444


def test_exclusive_claims_and_quotes() -> None:
    analysis = _analysis()
    assert exclusive_claims(analysis) == {"a": ("c-a500",)}
    assert exclusive_quotes(analysis) == {}


def test_exclusive_claim_inside_reused_text_is_shared() -> None:
    analysis = _analysis()
    reuse = (Reuse(_span("a", T1, "500 Soldaten wurden verlegt"), _span("b", T2, "In Genf wurde verhandelt"), 0.8),)
    assert exclusive_claims(replace(analysis, reuse=reuse)) == {}


def test_original_share_ignores_shared_quotes_and_empty_text() -> None:
    analysis = Analysis(
        articles=(Article("a", "abcdefghij"), Article("b", "abcdefghij"), Article("c", "")),
        reuse=(
            Reuse(Span("a", 0, 5), Span("b", 0, 5), 1.0),
            Reuse(Span("a", 3, 8), Span("b", 5, 10), 1.0, shared_quote=True),
        ),
    )
    assert original_shares(analysis) == {"a": 0.5, "b": 0.5, "c": None}
