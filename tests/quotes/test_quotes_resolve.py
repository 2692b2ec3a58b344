from __future__ import annotations

from dataclasses import replace

from lagebild.model import Mention, Span
from lagebild.quotes import extract_quotes, resolve_speakers

from .conftest import make_doc


def test_quotes_resolve_prefers_person_in_apposition() -> None:
    text = "„Die Lage ist ernst“, sagte der Sprecher des Auswärtigen Amts, Christofer Burger."
    doc = make_doc(text, [["Auswärtigen Amts", "ORG"], ["Christofer Burger", "PER"]])
    quotes = extract_quotes(doc)
    mention_map = {m.span: ("e-aa" if m.type == "ORG" else "e-cb") for m in doc.mentions}
    [q] = resolve_speakers(quotes, [doc], mention_map)
    assert q.speaker == "e-cb"


def test_quotes_resolve_pronoun_through_antecedent() -> None:
    text = "Alexander Gruschko leitete die Delegation. „Wir sind enttäuscht“, sagte er."
    doc = make_doc(text, [["Alexander Gruschko", "PER"]])
    [q] = extract_quotes(doc)
    assert text[q.speaker_span.start : q.speaker_span.end] == "Alexander Gruschko"
    [r] = resolve_speakers([q], [doc], {doc.mentions[0].span: "e-gru"})
    assert r.speaker == "e-gru"


def test_quotes_resolve_none_without_overlap() -> None:
    text = "„Wir sind enttäuscht“, sagte ein Diplomat."
    doc = make_doc(text, [])
    [q] = extract_quotes(doc)
    assert text[q.speaker_span.start : q.speaker_span.end] == "ein Diplomat"
    other = Mention(span=Span("a", 0, 3), text="„Wi", type="PER")
    doc = replace(doc, mentions=(other,))
    [r] = resolve_speakers([q], [doc], {Span("zzz", 30, 40): "e-x"})
    assert r.speaker is None


def test_quotes_resolve_compound_source_to_the_entity_it_names() -> None:
    text = "Die USA sind besorgt. Nach US-Angaben hat Russland 100.000 Soldaten an der Grenze zusammengezogen."
    doc = make_doc(text, [["USA", "LOC"], ["Russland", "LOC"]])
    [q] = extract_quotes(doc)
    assert text[q.speaker_span.start : q.speaker_span.end] == "US-Angaben"
    mention_map = {m.span: ("e-usa" if m.text == "USA" else "e-ru") for m in doc.mentions}
    [r] = resolve_speakers([q], [doc], mention_map)
    assert r.speaker == "e-usa"
