"""Helpers for claims tests: documents built from tiny invented texts."""

from __future__ import annotations

from lagebild.model import Article, Claim, Doc
from lagebild.nlp import process


def make_doc(text: str, aid: str = "a1", date: str | None = "2022-01-12", lang: str = "de") -> Doc:
    return process(Article(id=aid, text=text, date=date, lang=lang), lang=lang)


def only(claims: list[Claim], text: str) -> Claim:
    found = [c for c in claims if c.text == text]
    assert len(found) == 1, [c.text for c in claims]
    return found[0]
