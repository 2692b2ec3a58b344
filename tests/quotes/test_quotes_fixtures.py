"""Fixture suite: every quote style, pronoun speakers, neighbouring-sentence speakers, scare quotes."""

from __future__ import annotations

import pytest

from lagebild.quotes import extract_quotes

from .conftest import load_cases, make_doc

CASES_DE = load_cases("cases_de.jsonl")
CASES_EN = load_cases("cases_en.jsonl")


def _observed(text: str, quotes) -> list[list]:
    out = []
    for q in quotes:
        assert text[q.span.start : q.span.end] == q.text
        speaker = text[q.speaker_span.start : q.speaker_span.end] if q.speaker_span else None
        out.append([q.text, q.kind, q.cue, speaker])
    return out


@pytest.mark.parametrize("case", CASES_DE, ids=[c["id"] for c in CASES_DE])
def test_quotes_fixture_de(case: dict) -> None:
    doc = make_doc(case["text"], case["mentions"])
    assert _observed(case["text"], extract_quotes(doc)) == case["expect"]


@pytest.mark.parametrize("case", CASES_EN, ids=[c["id"] for c in CASES_EN])
def test_quotes_fixture_en(case: dict) -> None:
    doc = make_doc(case["text"], case["mentions"], lang="en")
    assert _observed(case["text"], extract_quotes(doc)) == case["expect"]


def test_quotes_fixture_suite_size() -> None:
    import re

    sentences = sum(len(re.findall(r"[.!?](?:[“”\"»«]|\s|$)", c["text"])) for c in CASES_DE + CASES_EN)
    assert sentences >= 60
