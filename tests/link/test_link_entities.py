from __future__ import annotations

from link_helpers import make_doc

from lagebild.ids import stable_id
from lagebild.link import link_docs, link_entities
from lagebild.model import Doc, Entity


def _corpus() -> list[Doc]:
    de1 = make_doc(
        "de1",
        "Nato-Generalsekretär Jens Stoltenberg traf Vizeaußenminister Alexander Gruschko in Brüssel. "
        "Stoltenberg sagte, der Generalsekretär sei zufrieden. Gruschko, der stellvertretende Außenminister, "
        "widersprach. Auch Alexander Fomin war da. Ein Sprecher des Kremls schwieg; der Kreml blieb still.",
        [
            ("Jens Stoltenberg", "PER"),
            ("Alexander Gruschko", "PER"),
            ("Brüssel", "LOC"),
            ("Stoltenberg", "PER"),
            ("Gruschko", "ORG"),
            ("Alexander Fomin", "PER"),
            ("Kremls", "ORG"),
            ("Kreml", "ORG"),
        ],
    )
    en1 = make_doc(
        "en1",
        "Deputy Foreign Minister Aleksandr Grushko met NATO officials. Grushko said the International Atomic "
        "Energy Agency (IAEA) should help. Sergei Lavrov and Sergei Ryabkov were in Geneva.",
        [
            ("Aleksandr Grushko", "PER"),
            ("NATO", "ORG"),
            ("Grushko", "PER"),
            ("International Atomic Energy Agency", "ORG"),
            ("Sergei Lavrov", "PER"),
            ("Sergei Ryabkov", "PER"),
            ("Geneva", "LOC"),
        ],
        lang="en",
    )
    de2 = make_doc(
        "de2",
        "Sergej Lawrow sprach mit der Nato und den Vereinten Nationen. Die UNO schwieg. Lawrows Stellvertreter "
        "Sergej Rjabkow war dabei. Gruschko nickte. Die IAEA prüft.",
        [
            ("Sergej Lawrow", "PER"),
            ("Nato", "ORG"),
            ("Vereinten Nationen", "ORG"),
            ("UNO", "ORG"),
            ("Lawrows", "PER"),
            ("Sergej Rjabkow", "PER"),
            ("Gruschko", "PER"),
            ("IAEA", "ORG"),
        ],
    )
    return [de1, en1, de2]


def _by_name(entities: list[Entity]) -> dict[str, Entity]:
    return {e.name: e for e in entities}


def test_entities_merge_spellings_across_articles() -> None:
    entities, _ = link_entities(_corpus())
    gruschko = _by_name(entities)["Alexander Gruschko"]
    assert gruschko.type == "PER"
    assert set(gruschko.variants) == {"Alexander Gruschko", "Gruschko", "Aleksandr Grushko", "Grushko"}
    assert gruschko.id == stable_id("e", "Alexander Gruschko", "PER")
    assert "translit: 'Aleksandr Grushko' ~ 'Alexander Gruschko' (key grSk, score 1.00)" in gruschko.evidence


def test_entities_shared_first_names_never_merge() -> None:
    by_name = _by_name(link_entities(_corpus())[0])
    assert set(by_name["Sergej Lawrow"].variants) == {"Sergej Lawrow", "Sergei Lavrov", "Lawrows"}
    assert set(by_name["Sergej Rjabkow"].variants) == {"Sergej Rjabkow", "Sergei Ryabkov"}
    assert by_name["Alexander Fomin"].variants == ("Alexander Fomin",)


def test_entities_roles_and_role_only_reference() -> None:
    docs = _corpus()
    result = link_docs(docs)
    by_name = _by_name(list(result.entities))
    stoltenberg = by_name["Jens Stoltenberg"]
    assert stoltenberg.roles == ("Generalsekretär", "Nato-Generalsekretär")
    text = docs[0].text
    refs = [m for m in result.mentions if m.source == "role-ref"]
    assert [(text[m.span.start : m.span.end], m.entity) for m in refs if m.span.article == "de1"] == [
        ("der Generalsekretär", stoltenberg.id)
    ]
    assert set(by_name["Alexander Gruschko"].roles) == {
        "Vizeaußenminister",
        "stellvertretende Außenminister",
        "Deputy Foreign Minister",
    }
    assert by_name["Sergej Rjabkow"].roles == ("Lawrows Stellvertreter",)


def test_entities_majority_type_and_genitive() -> None:
    by_name = _by_name(link_entities(_corpus())[0])
    assert by_name["Alexander Gruschko"].type == "PER"  # one mention typed ORG, five PER
    kreml = by_name["Kreml"]
    assert kreml.variants == ("Kreml", "Kremls")
    assert "genitive: 'Kremls' -> 'Kreml'" in kreml.evidence


def test_entities_acronyms_curated_and_learned() -> None:
    docs = _corpus()
    result = link_docs(docs)
    by_name = _by_name(list(result.entities))
    un = by_name["Vereinte Nationen"]
    assert set(un.variants) == {"Vereinten Nationen", "UNO"}
    assert un.evidence[0] == "alias: uno = vereinte nationen (curated de: UNO = Vereinte Nationen)"
    iaea = by_name["International Atomic Energy Agency"]  # English is the majority language of its mentions
    assert set(iaea.variants) == {"IAEA", "International Atomic Energy Agency"}
    learned = [m for m in result.mentions if m.source == "rule"]
    assert [(docs[1].text[m.span.start : m.span.end], m.entity) for m in learned] == [("IAEA", iaea.id)]
    assert by_name["Nato"].variants == ("NATO", "Nato")  # languages tie: the first code (de) decides


def test_entities_mention_map_covers_every_mention_span() -> None:
    docs = _corpus()
    entities, mapping = link_entities(docs)
    ids = {e.id for e in entities}
    for doc in docs:
        for mention in doc.mentions:
            assert mapping[mention.span] in ids
    for entity in entities:
        for span in entity.mentions:
            assert mapping[span] == entity.id
    assert sum(len(e.mentions) for e in entities) == len(mapping) == 25


def test_entities_deterministic_whatever_the_input_order() -> None:
    docs = _corpus()
    a = link_entities(docs)
    b = link_entities(list(reversed(docs)))
    assert a[0] == b[0]
    assert a[1] == b[1]


def test_entities_same_surname_two_people_stay_apart() -> None:
    docs = [
        make_doc("a", "Joe Biden sprach. Biden lachte.", [("Joe Biden", "PER"), ("Biden", "PER")]),
        make_doc("b", "Hunter Biden schwieg. Biden ging.", [("Hunter Biden", "PER"), ("Biden", "PER")]),
        make_doc("c", "Biden kam spät.", [("Biden", "PER")]),
    ]
    entities, mapping = link_entities(docs)
    names = sorted((e.name, e.variants) for e in entities)
    assert names == [
        ("Biden", ("Biden",)),
        ("Hunter Biden", ("Biden", "Hunter Biden")),
        ("Joe Biden", ("Biden", "Joe Biden")),
    ]
    assert len({e.id for e in entities}) == 3


def test_entities_short_form_picks_nearest_preceding_full_name() -> None:
    text = "Joe Biden kam. Biden sprach. Dann kam Jill Biden. Biden lachte."
    doc = make_doc("a", text, [("Joe Biden", "PER"), ("Biden", "PER"), ("Jill Biden", "PER"), ("Biden", "PER")])
    _, mapping = link_entities([doc])
    spans = [m.span for m in doc.mentions]
    assert mapping[spans[0]] == mapping[spans[1]]
    assert mapping[spans[2]] == mapping[spans[3]]
    assert mapping[spans[0]] != mapping[spans[2]]


def test_entities_empty_input() -> None:
    assert link_entities([]) == ([], {})


def test_entities_organisation_variants_in_english() -> None:
    docs = [
        make_doc(
            "e1",
            "General Motors and Apple Inc. met the aircraft maker Boeing. Singapore Airlines (SIA) flew.",
            [
                ("General Motors", "ORG"),
                ("Apple Inc.", "ORG"),
                ("aircraft maker Boeing", "ORG"),
                ("Singapore Airlines (SIA)", "ORG"),
            ],
            lang="en",
        ),
        make_doc(
            "e2",
            "GM sold cars. Apple sold phones. Boeing built a plane for SIA. A bank in Boeing county opened.",
            [("GM", "ORG"), ("Apple", "ORG"), ("Boeing", "ORG"), ("SIA", "ORG"), ("bank in Boeing", "ORG")],
            lang="en",
        ),
    ]
    by_name = _by_name(link_entities(docs)[0])
    assert set(by_name["General Motors"].variants) == {"General Motors", "GM"}
    assert "initials: GM = General Motors" in by_name["General Motors"].evidence
    assert set(by_name["Apple"].variants) == {"Apple Inc.", "Apple"}
    assert set(by_name["Boeing"].variants) == {"Boeing", "aircraft maker Boeing"}
    assert "descriptor: 'aircraft maker Boeing' -> 'Boeing'" in by_name["Boeing"].evidence
    assert by_name["bank in Boeing"].variants == ("bank in Boeing",)
    assert set(by_name["Singapore Airlines"].variants) == {"Singapore Airlines (SIA)", "SIA"}


def test_entities_within_article_organisation_short_form() -> None:
    doc = make_doc(
        "o1",
        "Ford Motor Company verkauft weniger. Ford senkt die Preise.",
        [("Ford Motor Company", "ORG"), ("Ford", "ORG")],
    )
    entities, _ = link_entities([doc])
    assert [(e.name, e.variants) for e in entities] == [("Ford Motor Company", ("Ford", "Ford Motor Company"))]


def test_entities_empty_or_symbol_mentions_stay_alone() -> None:
    doc = make_doc("s1", "»« und »« dann Putin.", [("»«", "MISC"), ("»«", "MISC"), ("Putin", "PER")])
    entities, mapping = link_entities([doc])
    assert sorted(e.name for e in entities) == ["Putin", "»«", "»«"]
    assert len(set(mapping.values())) == 3


def test_entities_role_reference_disambiguated_by_modifiers() -> None:
    text = (
        "Der russische Präsident Wladimir Putin traf den ukrainischen Präsidenten Wolodymyr Selenskyj. "
        "Der russische Präsident lächelte. Der Präsident schwieg."
    )
    doc = make_doc("p1", text, [("Wladimir Putin", "PER"), ("Wolodymyr Selenskyj", "PER")])
    result = link_docs([doc])
    putin = _by_name(list(result.entities))["Wladimir Putin"]
    refs = [(text[m.span.start : m.span.end], m.entity) for m in result.mentions if m.source == "role-ref"]
    assert refs == [("Der russische Präsident", putin.id)]


def test_entities_genitive_of_a_curated_name_and_exonyms() -> None:
    docs = [
        make_doc("g1", "Kiews Truppen stehen bereit.", [("Kiews", "LOC")]),
        make_doc("g2", "Troops left Kyiv on Monday.", [("Kyiv", "LOC")], lang="en"),
    ]
    entities, _ = link_entities(docs)
    assert [(e.name, e.variants) for e in entities] == [("Kiew", ("Kiews", "Kyiv"))]
    assert "genitive: 'Kiews' -> 'Kiew'" in entities[0].evidence


def test_entities_role_reference_respects_title_gender() -> None:
    text = "Kreml-Sprecher Dmitri Peskow schwieg. Die Sprecherin widersprach. Der Sprecher nickte."
    doc = make_doc("s2", text, [("Dmitri Peskow", "PER")])
    result = link_docs([doc])
    refs = [text[m.span.start : m.span.end] for m in result.mentions if m.source == "role-ref"]
    assert refs == ["Der Sprecher"]


def test_entities_acronym_with_two_long_forms_merges_nothing() -> None:
    docs = [
        make_doc("a1", "Das Auswärtige Amt (AA) warnt.", [("Auswärtige Amt", "ORG")]),
        make_doc("a2", "Die Anonymen Alkoholiker (AA) treffen sich.", [("Anonymen Alkoholiker", "ORG")]),
        make_doc(
            "a3",
            "Das Bundeskanzleramt (BKAmt) schweigt. Das BKAmt bleibt still.",
            [("Bundeskanzleramt", "ORG"), ("BKAmt", "ORG", 1)],
        ),
        make_doc("a4", "Das BKAmt schweigt weiter.", [("BKAmt", "ORG")]),
    ]
    entities, _ = link_entities(docs)
    names = sorted((e.name, len(e.mentions)) for e in entities)
    assert names == [("Anonyme Alkoholiker", 2), ("Auswärtige Amt", 2), ("BKAmt", 4)]


def test_entities_descriptor_needs_the_name_seen_on_its_own() -> None:
    doc = make_doc("v1", "Der Verband deutscher Maschinenbauer klagt.", [("Verband deutscher Maschinenbauer", "ORG")])
    entities, _ = link_entities([doc])
    assert [(e.name, e.evidence) for e in entities] == [("Verband deutscher Maschinenbauer", ())]
