"""Surface sources (the phrase SpkAtt scores as "Source") of single rules."""

from __future__ import annotations

import pytest

from lagebild.quotes.extract import find_raw_quotes

from .conftest import make_doc

CASES = [
    # verb-second with a fronted object: the pronoun right after the verb is the subject
    ("Der Regierung schlug er vor, die Steuern im kommenden Jahr zu senken.", [], "er"),
    # "Laut …" opening the sentence: the whole prefield up to the finite verb
    (
        "Laut einem Bericht des Ministeriums vom Mai ist die Zahl der Anträge gestiegen.",
        [],
        "einem Bericht des Ministeriums vom Mai",
    ),
    # "Wie X berichtet, …": the whole middle field
    (
        "Wie die Zeitung in ihrer Onlineausgabe berichtet, wird der Flughafen geschlossen.",
        [],
        "die Zeitung in ihrer Onlineausgabe",
    ),
    # "Demnach …": the adverb stands for the source named before
    ("Die Agentur veröffentlichte neue Zahlen. Demnach ist die Zahl der Anträge gestiegen.", [], "Demnach"),
    # a role noun before a name mention takes the whole name
    (
        "Der frühere Schiedsrichter Urs Meier sagte, das Tor sei regulär gewesen.",
        [["Urs Meier", "PER"]],
        "Der frühere Schiedsrichter Urs Meier",
    ),
]


@pytest.mark.parametrize(("text", "mentions", "source"), CASES, ids=[c[2] for c in CASES])
def test_surface_source(text: str, mentions: list, source: str) -> None:
    doc = make_doc(text, mentions)
    raws = [q for q in find_raw_quotes(doc) if q.kind != "reported"]
    assert len(raws) == 1
    a, b = raws[0].source
    assert text[a:b] == source
