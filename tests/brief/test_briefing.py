from __future__ import annotations

from dataclasses import replace

from lagebild.brief import build_briefing, check_sentence, select_sentences
from lagebild.brief.candidates import generate
from lagebild.brief.context import BriefContext, Candidate
from lagebild.brief.templates import templates_for
from lagebild.compare import profile_outlets
from lagebild.model import Analysis, Article

from .conftest import TEXTS, sp

EXPECTED = [
    "Nato und Russland trafen sich am Mittwoch in Brüssel zu Gesprächen.",
    "Im Mittelpunkt der Berichte stehen Alexander Gruschko, Nato, Russland, Jens Stoltenberg und TASS.",
    "Forderung: Generalsekretär Jens Stoltenberg forderte den Abzug von rund 100.000 Soldaten.",
    "Zurückweisung von Alexander Gruschko: „Das ist für uns unannehmbar.“",
    "Angebot: Laut TASS bot Moskau neue Verhandlungen an.",
    "Mehrere Berichte nennen 30 Mitgliedstaaten.",
    "Die Angaben widersprechen sich: „rund 100.000 Soldaten“ gegenüber „3.000 Soldaten“.",
    "Im Ton gehen die Berichte auseinander: Der skeptischste spricht von „keinen Durchbruch“, "
    "der zuversichtlichste von „vorsichtigen Fortschritt“.",
    "Nur ein Bericht nennt vier Stunden.",
    "Nur ein Bericht beruft sich auf TASS.",
]


def _with_profiles(analysis: Analysis) -> Analysis:
    return replace(analysis, outlets=tuple(profile_outlets(analysis, [])))


def test_build_briefing_sentences(analysis: Analysis) -> None:
    briefing = build_briefing(_with_profiles(analysis), [])
    assert [b.text for b in briefing] == EXPECTED


def test_build_briefing_support_spans(analysis: Analysis) -> None:
    briefing = {b.text: b.support for b in build_briefing(_with_profiles(analysis), [])}
    assert briefing[EXPECTED[3]] == (sp("a1", "Alexander Gruschko"), sp("a1", "Das ist für uns unannehmbar."))
    assert briefing[EXPECTED[6]] == (sp("a2", "rund 100.000 Soldaten"), sp("a2", "3.000 Soldaten"))
    assert briefing[EXPECTED[7]] == (sp("a1", "keinen Durchbruch"), sp("a2", "vorsichtigen Fortschritt"))


def test_build_briefing_every_sentence_passes_check(analysis: Analysis) -> None:
    words = templates_for("de").words()
    for b in build_briefing(_with_profiles(analysis), []):
        assert b.support
        texts = [TEXTS[s.article][s.start : s.end] for s in b.support]
        assert check_sentence(b.text, texts, "de", words).missing == ()


def test_briefing_drops_sentence_with_planted_number(analysis: Analysis) -> None:
    ctx = BriefContext.build(_with_profiles(analysis), [])
    candidates = generate(ctx)
    demand = next(c for c in candidates if c.kind == "action:DEMAND")
    planted = replace(demand, text=demand.text.replace("100.000", "250.000"))
    assert planted.text == "Forderung: Generalsekretär Jens Stoltenberg forderte den Abzug von rund 250.000 Soldaten."
    kept = select_sentences(ctx, [planted if c is demand else c for c in candidates])
    texts = [b.text for b in kept]
    assert planted.text not in texts
    assert texts == [t for t in EXPECTED if t != demand.text]


def test_briefing_drops_sentence_with_unsupported_name(analysis: Analysis) -> None:
    ctx = BriefContext.build(analysis, [])
    bad = Candidate(0, 0, "Forderung von Lawrow: „Das ist für uns unannehmbar.“", (sp("a1", "Das ist"),), "x")
    good = Candidate(
        0,
        1,
        "Nato und Russland trafen sich am Mittwoch in Brüssel zu Gesprächen.",
        (sp("a1", "Nato und Russland trafen sich am Mittwoch in Brüssel zu Gesprächen."),),
        "x",
    )
    assert [b.text for b in select_sentences(ctx, [bad, good])] == [good.text]


def test_briefing_dedupes_and_tops_up_to_five(analysis: Analysis) -> None:
    ctx = BriefContext.build(analysis, [])
    sentence = "Die Gespräche brachten keinen Durchbruch."
    many = [Candidate(0, i, f"{sentence}", (sp("a1", sentence),), "x") for i in range(3)]
    leads = [
        Candidate(
            6,
            9,
            "In Brüssel kamen Vertreter der Nato und Russlands zusammen.",
            (sp("a2", "In Brüssel kamen Vertreter der Nato und Russlands zusammen."),),
            "lead",
        ),
    ]
    out = select_sentences(ctx, many, leads)
    assert [b.text for b in out] == [sentence, "In Brüssel kamen Vertreter der Nato und Russlands zusammen."]


def test_build_briefing_empty() -> None:
    assert build_briefing(Analysis(articles=()), []) == []


def test_build_briefing_english_fallback_lead() -> None:
    text = "Leaders met in Geneva on Monday. They agreed to talk again in March."
    analysis = Analysis(articles=(Article(id="e1", text=text, lang="en"),))
    briefing = build_briefing(analysis, [])
    assert [(b.text, b.support[0].start, b.support[0].end) for b in briefing] == [
        ("Leaders met in Geneva on Monday.", 0, 32)
    ]


def test_briefing_caps_at_twelve(analysis: Analysis) -> None:
    ctx = BriefContext.build(analysis, [])
    words = list(dict.fromkeys(w.strip(".:„“") for w in TEXTS["a1"].split()))[:20]
    candidates = [Candidate(0, i, w, (sp("a1", w),), "x") for i, w in enumerate(words)]
    out = select_sentences(ctx, candidates)
    assert [b.text for b in out] == words[:12]
