"""Helpers for quote tests: Docs from the NLP stage (tokens/sentences/tags) with hand-made mentions."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest

from lagebild.model import Article, Doc, Mention, Span
from lagebild.nlp import process

FIXTURES = Path(__file__).parent / "fixtures"


def make_doc(text: str, mentions: list[list[str]] | tuple = (), *, doc_id: str = "a", lang: str = "de") -> Doc:
    """A Doc for ``text`` whose mentions are exactly ``mentions`` ([surface, type] at first occurrence)."""
    doc = process(Article(id=doc_id, text=text), lang=lang)
    ms = []
    for surface, typ in mentions:
        start = text.index(surface)
        ms.append(Mention(span=Span(doc_id, start, start + len(surface)), text=surface, type=typ))
    return replace(doc, mentions=tuple(sorted(ms, key=lambda m: (m.span.start, m.span.end))))


def load_cases(name: str) -> list[dict]:
    with (FIXTURES / name).open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


@pytest.fixture
def doc_factory():
    return make_doc
