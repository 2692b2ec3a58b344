"""Story clustering stage (owner: issue 7). TEMPORARY interface placeholder."""

from __future__ import annotations

from collections.abc import Sequence

from ..model import Doc, Span, Story


def cluster_stories(docs: Sequence[Doc], mention_map: dict[Span, str] | None = None) -> list[Story]:
    """Group articles into stories (same event)."""
    return [Story(id="s1", articles=tuple(d.article.id for d in docs), label="")] if docs else []
