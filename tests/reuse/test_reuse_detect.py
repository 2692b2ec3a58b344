from __future__ import annotations

from pathlib import Path

from lagebild.model import Quote, Span
from lagebild.reuse import SQLiteStorage, detect_reuse

from .texts import QUOTE_A, QUOTE_B, WIRE_A, WIRE_B, make_doc

PASSAGE_A = (
    "Die Gespräche seien zwar schwierig gewesen, doch am Ende habe man sich auf ein gemeinsames Paket "
    "verständigt, teilte die NATO in einer Erklärung mit. Der Beschluss soll bereits in der kommenden Woche "
    "in Kraft treten und betrifft vor allem Banken und Energieunternehmen"
)
PASSAGE_B = (
    "Die Gespräche seien eher schwierig gewesen, doch am Ende habe man sich nach langen Verhandlungen auf ein "
    "gemeinsames Paket verständigt, teilte die Nato in einer Erklärung mit. Der Beschluss soll bereits in der "
    "kommenden Woche in Kraft treten und betrifft vor allem Banken und Energieunternehmen"
)


def test_detect_reuse_finds_wire_passage_with_edits(wire_docs):
    found = detect_reuse(wire_docs)
    assert len(found) == 1
    r = found[0]
    assert (r.a.article, r.b.article) == ("a", "b")
    assert WIRE_A[r.a.start : r.a.end] == PASSAGE_A
    assert WIRE_B[r.b.start : r.b.end] == PASSAGE_B
    assert 0.85 <= r.similarity < 1.0
    assert r.shared_quote is False


def test_detect_reuse_ignores_unrelated_article(wire_docs):
    found = detect_reuse(wire_docs)
    assert {x for r in found for x in (r.a.article, r.b.article)} == {"a", "b"}


def test_detect_reuse_order_independent_spans(wire_docs):
    forward = detect_reuse(wire_docs)
    backward = detect_reuse(list(reversed(wire_docs)))
    assert forward == backward


def test_detect_reuse_flags_shared_quote_from_quote_marks(quote_docs):
    found = detect_reuse(quote_docs)
    assert len(found) == 1
    r = found[0]
    quoted = "Wir werden unsere Partner niemals im Stich lassen und stehen fest an der Seite der Ukraine"
    assert QUOTE_A[r.a.start : r.a.end] == quoted
    assert QUOTE_B[r.b.start : r.b.end] == quoted
    assert r.similarity == 1.0
    assert r.shared_quote is True


def test_detect_reuse_uses_quote_stage_spans(wire_docs):
    # the quote stage says the copied passage is a direct quote in both articles
    qa = Quote(id="qa", span=Span("a", WIRE_A.index("Die Gespräche"), WIRE_A.index(" Kritiker")), kind="direct")
    qb = Quote(id="qb", span=Span("b", WIRE_B.index("Die Gespräche"), WIRE_B.index(" Ob das")), kind="direct")
    found = detect_reuse(wire_docs, [qa, qb])
    assert [r.shared_quote for r in found] == [True]
    indirect = [Quote(id=q.id, span=q.span, kind="indirect") for q in (qa, qb)]
    assert [r.shared_quote for r in detect_reuse(wire_docs, indirect)] == [False]


def test_detect_reuse_sqlite_storage_same_result(wire_docs, tmp_path: Path):
    storage = SQLiteStorage(tmp_path / "reuse.sqlite")
    try:
        on_disk = detect_reuse(wire_docs, storage=storage)
    finally:
        storage.close()
    assert on_disk == detect_reuse(wire_docs)


def test_detect_reuse_short_and_empty_texts():
    docs = [make_doc("x", ""), make_doc("y", "Nur drei Wörter."), make_doc("z", WIRE_A)]
    assert detect_reuse(docs) == []
