"""Who can be an actor or target in a sentence: linked mentions, collectives, pronouns.

Collectives ("die Allianz", "der Kreml", "die russische Seite") come from
``events/data/collectives_<lang>.json`` and resolve to the entity of a linked mention in the same
article whose text is one of the collective's names; without such a mention they stay unresolved
(``entity=None``) rather than being guessed.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from dataclasses import dataclass

from ..model import Doc, Span
from .lexicon import load_collectives

log = logging.getLogger(__name__)

__all__ = ["Candidate", "doc_candidates", "mentions_of"]

_INDEX: list[tuple[Mapping[Span, str], dict[str, list[tuple[Span, str]]]]] = []


@dataclass(frozen=True, slots=True)
class Candidate:
    start: int
    end: int
    entity: str | None
    kind: str  # mention / collective / pronoun
    type: str = ""  # PER / ORG / LOC / MISC when known
    name: str = ""


def mentions_of(mention_map: Mapping[Span, str], article: str) -> list[tuple[Span, str]]:
    """The (span, entity id) pairs of one article; the map is indexed once per run, not once per doc."""
    for cached_map, index in _INDEX:
        if cached_map is mention_map:
            return index.get(article, [])
    index: dict[str, list[tuple[Span, str]]] = {}
    for span, ent in mention_map.items():
        index.setdefault(span.article, []).append((span, ent))
    for spans in index.values():
        spans.sort(key=lambda se: (se[0].start, se[0].end, se[1]))
    _INDEX[:] = [(mention_map, index)]
    return index.get(article, [])


def _strip_genitive(name: str) -> str:
    return name[:-1] if name.endswith("s") and len(name) > 3 else name


def doc_candidates(doc: Doc, mention_map: Mapping[Span, str]) -> list[Candidate]:
    """All actor/target candidates of ``doc`` sorted by position (collectives win over overlaps)."""
    text = doc.text
    types = {(m.span.start, m.span.end): m.type for m in doc.mentions}
    bases = {(m.span.start, m.span.end): m.base for m in doc.mentions if m.base}
    mentions = [
        Candidate(s.start, s.end, ent, "mention", types.get((s.start, s.end), ""), text[s.start : s.end])
        for s, ent in mentions_of(mention_map, doc.article.id)
    ]
    by_name: dict[str, str] = {}
    for c in mentions:
        for form in (c.name, _strip_genitive(c.name), bases.get((c.start, c.end)) or ""):
            if form and c.entity:
                by_name.setdefault(form, c.entity)
    collectives: list[Candidate] = []
    for coll in load_collectives(doc.lang):
        entity = next((by_name[n] for n in sorted(coll.names) if n in by_name), None)
        for m in coll.pattern.finditer(text):
            collectives.append(Candidate(m.start(), m.end(), entity, "collective", "ORG", coll.canonical))
    kept = [
        c
        for c in mentions
        if not any(k.start < c.end and c.start < k.end and k.entity is not None for k in collectives)
    ]
    kept += [k for k in collectives if not any(c.start < k.end and k.start < c.end for c in kept)]
    return sorted(kept, key=lambda c: (c.start, c.end))
