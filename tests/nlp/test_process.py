import logging

import pytest

from lagebild.model import Article
from lagebild.nlp import detect_language, get_pipeline, process

TEXT = (
    "Nato-Generalsekretär Jens Stoltenberg traf am Mittwoch in Brüssel den russischen "
    "Vizeaußenminister Alexander Gruschko. Gruschko sagte, Russland habe keine Angst. "
    "„Wir sind bereit“, sagte US-Botschafterin Julianne Smith."
)


@pytest.fixture(scope="module")
def doc():  # type: ignore[no-untyped-def]
    return process(Article(id="a1", text=TEXT), lang="de")


def spans_of(doc, typ: str) -> list[str]:  # type: ignore[no-untyped-def]
    return [doc.text[m.span.start : m.span.end] for m in doc.mentions if m.type == typ]


def test_process_person_mentions_exact(doc) -> None:  # type: ignore[no-untyped-def]
    assert spans_of(doc, "PER") == ["Jens Stoltenberg", "Alexander Gruschko", "Gruschko", "Julianne Smith"]
    first = doc.mentions[0]
    assert (first.span.start, first.span.end) == (21, 37)


def test_process_locations(doc) -> None:  # type: ignore[no-untyped-def]
    assert spans_of(doc, "LOC") == ["Brüssel", "Russland"]


def test_process_iob_consistent_with_mentions(doc) -> None:  # type: ignore[no-untyped-def]
    for m in doc.mentions:
        inside = [t for t in doc.tokens if m.span.start <= t.start and t.end <= m.span.end]
        assert [t.ent_iob for t in inside] == ["B"] + ["I"] * (len(inside) - 1)
        assert {t.ent_type for t in inside} == {m.type}
    assert sum(t.ent_iob == "B" for t in doc.tokens) == len(doc.mentions)


def test_process_offsets_and_sentences(doc) -> None:  # type: ignore[no-untyped-def]
    assert all(doc.text[t.start : t.end] == t.text for t in doc.tokens)
    assert [doc.text[s.start : s.end][:12] for s in doc.sentences] == ["Nato-General", "Gruschko sag", "„Wir sind be"]


def test_process_konjunktiv_and_tags(doc) -> None:  # type: ignore[no-untyped-def]
    habe = next(t for t in doc.tokens if t.text == "habe")
    assert habe.feat("Mood") == "Sub"
    assert habe.lemma == "haben"
    sagte = next(t for t in doc.tokens if t.text == "sagte")
    assert (sagte.upos, sagte.lemma, sagte.feat("Mood")) == ("VERB", "sagen", "Ind")


def test_detect_language() -> None:
    assert detect_language("Die Regierung hat am Mittwoch neue Gespräche angekündigt.") == "de"
    assert detect_language("The government announced new talks on Wednesday.", allowed=("de", "en")) == "en"


def test_process_other_language_generic_path(caplog) -> None:  # type: ignore[no-untyped-def]
    with caplog.at_level(logging.WARNING):
        d = process(Article(id="e1", text="Yesterday the envoy met Wendy Sherman in Geneva. Talks went on."), lang="xx")
    assert d.lang == "xx"
    assert [d.text[s.start : s.end] for s in d.sentences] == [
        "Yesterday the envoy met Wendy Sherman in Geneva.",
        "Talks went on.",
    ]
    assert [(m.text, m.type) for m in d.mentions] == [("Wendy Sherman", "MISC"), ("Geneva", "MISC")]
    assert get_pipeline("xx").lang == "xx"


def test_process_language_set_is_configurable() -> None:
    from lagebild.nlp import configure

    text = "Die Regierung hat am Mittwoch neue Gespräche angekündigt."
    try:
        configure(["en", "fr"])
        assert process(Article(id="c1", text=text)).lang in ("en", "fr")
    finally:
        configure(None)
    assert process(Article(id="c2", text=text)).lang == "de"


def test_process_dependency_parse_shape(doc) -> None:  # type: ignore[no-untyped-def]
    for sent in doc.sentences:
        toks = doc.sentence_tokens(sent)
        roots = [t for t in toks if t.head == t.i]
        assert len(roots) == 1
        assert roots[0].dep == "root"
        assert all(sent.tok_start <= t.head < sent.tok_end for t in toks)


def test_process_role_word_beats_town_gazetteer() -> None:
    d = process(Article(id="t1", text="Der Generalsekretär Stoltenberg sprach am Montag in Kiel."), lang="de")
    assert [(m.text, m.type) for m in d.mentions] == [("Stoltenberg", "PER"), ("Kiel", "LOC")]
    assert (d.mentions[0].span.start, d.mentions[0].span.end) == (20, 31)
