from __future__ import annotations

from lagebild.model import Span
from lagebild.quotes import extract_quotes, link_same_statements, resolve_speakers

from .conftest import make_doc


def _pipeline(texts: dict[str, tuple[str, list[list[str]]]], entity_of: dict[str, str]):
    docs = [make_doc(text, mentions, doc_id=doc_id) for doc_id, (text, mentions) in texts.items()]
    mention_map = {m.span: entity_of[m.text] for d in docs for m in d.mentions if m.text in entity_of}
    quotes = [q for d in docs for q in extract_quotes(d)]
    quotes = resolve_speakers(quotes, docs, mention_map)
    return docs, link_same_statements(quotes, docs)


def test_quotes_linking_same_statement_across_articles() -> None:
    texts = {
        "a": ("Alexander Gruschko sagte, es gebe deutliche Unterschiede.", [["Alexander Gruschko", "PER"]]),
        "b": ("„Es gibt erhebliche Differenzen“, sagte Gruschko.", [["Gruschko", "PER"]]),
        "c": ("Jens Stoltenberg sagte, es gebe deutliche Unterschiede.", [["Jens Stoltenberg", "PER"]]),
    }
    entity_of = {"Alexander Gruschko": "e-gru", "Gruschko": "e-gru", "Jens Stoltenberg": "e-sto"}
    _docs, quotes = _pipeline(texts, entity_of)
    by_article = {q.span.article: q for q in quotes}
    assert by_article["a"].text == "es gebe deutliche Unterschiede"
    assert by_article["b"].text == "Es gibt erhebliche Differenzen"
    assert by_article["a"].speaker == "e-gru" and by_article["b"].speaker == "e-gru"
    assert by_article["c"].speaker == "e-sto"
    assert by_article["a"].same_as == (by_article["b"].id,)
    assert by_article["b"].same_as == (by_article["a"].id,)
    assert by_article["c"].same_as == ()


def test_quotes_linking_not_within_one_article() -> None:
    text = "Gruschko sagte, es gebe Unterschiede. Später sagte Gruschko, es gebe Unterschiede."
    texts = {"a": (text, [["Gruschko", "PER"]])}
    _docs, quotes = _pipeline(texts, {"Gruschko": "e-gru"})
    assert [q.same_as for q in quotes] == [(), ()]


def test_quotes_linking_unrelated_statements_not_linked() -> None:
    texts = {
        "a": ("Alexander Gruschko sagte, es gebe deutliche Unterschiede.", [["Alexander Gruschko", "PER"]]),
        "b": ("Alexander Gruschko sagte, das Wetter in Brüssel sei schön.", [["Alexander Gruschko", "PER"]]),
    }
    _docs, quotes = _pipeline(texts, {"Alexander Gruschko": "e-gru"})
    assert [q.same_as for q in quotes] == [(), ()]


def test_quotes_quote_ids_are_stable() -> None:
    doc = make_doc("„Wir sind bereit“, sagte Scholz.", [["Scholz", "PER"]])
    first = extract_quotes(doc)
    second = extract_quotes(doc)
    assert [q.id for q in first] == [q.id for q in second]
    assert first[0].span == Span("a", 1, 16)
    assert first[0].cue_span is not None and doc.text[first[0].cue_span.start : first[0].cue_span.end] == "sagte"


def test_quotes_linking_negated_core_mixed_and_direct() -> None:
    # a mixed quote and a direct quote of one speaker share "Verhandlung" + "leicht", both negated
    texts = {
        "a": (
            "Maria Lenz sagte, das Treffen habe „keine leichte Verhandlung, aber einen offenen Austausch“ gebracht.",
            [["Maria Lenz", "PER"]],
        ),
        "b": ("„Die Verhandlungen waren nicht leicht“, sagte Lenz am Abend.", [["Lenz", "PER"]]),
    }
    _docs, quotes = _pipeline(texts, {"Maria Lenz": "e-lenz", "Lenz": "e-lenz"})
    by_article = {q.span.article: q for q in quotes}
    assert by_article["a"].kind == "mixed"
    assert by_article["b"].text == "Die Verhandlungen waren nicht leicht"
    assert by_article["a"].same_as == (by_article["b"].id,)
    assert by_article["b"].same_as == (by_article["a"].id,)


def test_quotes_linking_negation_on_one_side_only_not_linked() -> None:
    texts = {
        "a": ("Maria Lenz sagte, es sei eine leichte Verhandlung gewesen.", [["Maria Lenz", "PER"]]),
        "b": ("„Die Verhandlungen waren nicht leicht“, sagte Lenz am Abend.", [["Lenz", "PER"]]),
    }
    _docs, quotes = _pipeline(texts, {"Maria Lenz": "e-lenz", "Lenz": "e-lenz"})
    assert [q.same_as for q in quotes] == [(), ()]
