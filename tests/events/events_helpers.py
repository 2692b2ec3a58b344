"""Helpers for events tests: documents from invented texts, hand-placed mentions and mention maps."""

from __future__ import annotations

from dataclasses import replace

from lagebild.model import Article, Doc, Mention, Span
from lagebild.nlp import process


def make_doc(
    text: str,
    entities: dict[str, tuple[str, str]] | None = None,
    aid: str = "a1",
    date: str | None = "2022-01-12",
    lang: str = "de",
) -> tuple[Doc, dict[Span, str]]:
    """``entities``: surface form -> (entity id, type); every occurrence becomes a mention."""
    doc = process(Article(id=aid, text=text, date=date, lang=lang), lang=lang)
    mentions: list[Mention] = []
    mm: dict[Span, str] = {}
    for surface, (ent, typ) in sorted((entities or {}).items()):
        start = text.find(surface)
        while start >= 0:
            end = start + len(surface)
            before = text[start - 1] if start else " "
            after = text[end] if end < len(text) else " "
            if not (before.isalnum() or after.isalnum() or after == "-"):
                span = Span(aid, start, end)
                mentions.append(Mention(span=span, text=surface, type=typ, entity=ent))
                mm[span] = ent
            start = text.find(surface, end)
    doc = replace(doc, mentions=tuple(sorted(mentions, key=lambda m: (m.span.start, m.span.end))))
    return doc, mm


ENTS = {
    "NATO": ("E-nato", "ORG"),
    "Nato": ("E-nato", "ORG"),
    "Russland": ("E-rus", "LOC"),
    "Russlands": ("E-rus", "LOC"),
    "USA": ("E-usa", "LOC"),
    "Ukraine": ("E-ukr", "LOC"),
    "Gruschko": ("E-grushko", "PER"),
    "Stoltenberg": ("E-stoltenberg", "PER"),
    "Sherman": ("E-sherman", "PER"),
    "Moskau": ("E-moskau", "LOC"),
    "Wien": ("E-wien", "LOC"),
}
