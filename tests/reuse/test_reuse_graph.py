from __future__ import annotations

import pytest

from lagebild.model import Reuse, Span
from lagebild.reuse import ReuseSource, detect_reuse, reuse_shares, reuse_sources

from .texts import QUOTE_A, QUOTE_B, UNRELATED, WIRE_A, WIRE_B, make_doc


def test_reuse_shares_per_article(wire_docs):
    shares = reuse_shares(wire_docs, detect_reuse(wire_docs))
    # a: 42 of 60 words are in the shared passage; b: 45 of 59; c: none
    assert shares == {"a": pytest.approx(42 / 60, abs=1e-4), "b": pytest.approx(45 / 59, abs=1e-4), "c": 0.0}


def test_reuse_shares_leave_out_shared_quotes(quote_docs):
    found = detect_reuse(quote_docs)
    assert reuse_shares(quote_docs, found) == {"q1": 0.0, "q2": 0.0}
    with_quotes = reuse_shares(quote_docs, found, include_quotes=True)
    assert with_quotes["q1"] == pytest.approx(16 / 29, abs=1e-4)


def test_reuse_sources_fuller_version_is_source(wire_docs):
    (src,) = reuse_sources(wire_docs, detect_reuse(wire_docs))
    assert src == ReuseSource(("a", "b"), source="b", target="a", basis="fuller", passages=1, words=(42, 45))


def test_reuse_sources_earlier_date_wins():
    docs = [make_doc("a", WIRE_A, "2022-01-13"), make_doc("b", WIRE_B, "2022-01-12"), make_doc("c", UNRELATED)]
    (src,) = reuse_sources(docs, detect_reuse(docs))
    assert (src.source, src.target, src.basis) == ("b", "a", "date")


def test_reuse_sources_partial_dates_are_not_compared():
    docs = [make_doc("a", WIRE_A, "2022-01"), make_doc("b", WIRE_B, "2022-01-12")]
    (src,) = reuse_sources(docs, detect_reuse(docs))
    assert src.basis == "fuller"


def test_reuse_sources_undecided_on_equal_passages():
    text = "eins zwei drei vier fünf sechs sieben acht neun zehn elf zwölf"
    docs = [make_doc("x", text), make_doc("y", text)]
    reuse = [Reuse(Span("x", 0, len(text)), Span("y", 0, len(text)), 1.0)]
    (src,) = reuse_sources(docs, reuse)
    assert (src.source, src.target, src.basis) == (None, None, "unknown")


def test_reuse_sources_skip_shared_quotes():
    docs = [make_doc("q1", QUOTE_A), make_doc("q2", QUOTE_B)]
    assert reuse_sources(docs, detect_reuse(docs)) == []
