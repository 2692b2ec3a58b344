"""Events and timeline stage: actor-action-target events with resolved dates; the story timeline."""

from __future__ import annotations

import logging
from collections.abc import Mapping, Sequence

from ..model import Doc, Event, Span, Story, TimelineEntry
from .coding import code_events
from .dates import resolve_dates, story_anchor_dates
from .lexicon import ACTIONS
from .timeline import build_timeline as _build_timeline

log = logging.getLogger(__name__)

__all__ = ["ACTIONS", "build_timeline", "extract_events", "resolve_dates", "story_anchor_dates"]


_ANCHOR_CACHE: list[tuple[Sequence[Doc], Sequence[Story], dict[str, tuple[str, ...]]]] = []


def _story_anchors(doc: Doc, stories: Sequence[Story], docs: Sequence[Doc]) -> tuple[str, ...]:
    """Anchor dates of the story ``doc`` belongs to, computed once per (docs, stories) of a run.

    The cache holds the last run's sequences by identity (pass the same tuple for every document).
    """
    if not docs:
        return story_anchor_dates([doc])
    table: dict[str, tuple[str, ...]] | None = None
    for cached_docs, cached_stories, cached_table in _ANCHOR_CACHE:
        if cached_docs is docs and cached_stories is stories:
            table = cached_table
    if table is None:
        story_of = {a: s.id for s in stories for a in s.articles}
        members: dict[str, list[Doc]] = {}
        for d in docs:
            members.setdefault(story_of.get(d.article.id, ""), []).append(d)
        per_story = {sid: story_anchor_dates(ds) for sid, ds in members.items()}
        table = {d.article.id: per_story[story_of.get(d.article.id, "")] for d in docs}
        _ANCHOR_CACHE[:] = [(docs, stories, table)]
    anchors = table.get(doc.article.id)
    return anchors if anchors is not None else story_anchor_dates([doc])


def extract_events(
    doc: Doc, mention_map: Mapping[Span, str], stories: Sequence[Story] = (), docs: Sequence[Doc] = ()
) -> list[Event]:
    """Per article (after linking): actor-action-target events with resolved dates.

    ``docs`` (all documents of the run) lets weekdays in month-dated articles be resolved against
    the other articles of the same story; without it only the article itself is used.
    """
    anchors = _story_anchors(doc, stories, docs)
    return code_events(doc, mention_map, anchors, stories)


def build_timeline(events: Sequence[Event], stories: Sequence[Story], docs: Sequence[Doc]) -> list[TimelineEntry]:
    return _build_timeline(events, stories, docs)
