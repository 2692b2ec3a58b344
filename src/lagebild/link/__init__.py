"""Entity linking stage (owner: issue 5). TEMPORARY interface placeholder."""

from __future__ import annotations

from collections.abc import Sequence

from ..model import Doc, Entity, Span


def link_entities(docs: Sequence[Doc]) -> tuple[list[Entity], dict[Span, str]]:
    """Merge all mentions of all docs into entities. Returns (entities, mention span -> entity id)."""
    return [], {}
