"""Events and timeline stage (owner: issue 8). TEMPORARY interface placeholder."""

from __future__ import annotations

from collections.abc import Sequence

from ..model import Doc, Event, Span, Story, TimelineEntry


def extract_events(doc: Doc, mention_map: dict[Span, str], stories: Sequence[Story] = ()) -> list[Event]:
    """Per article (after linking): actor-action-target events with resolved dates."""
    return []


def build_timeline(events: Sequence[Event], stories: Sequence[Story], docs: Sequence[Doc]) -> list[TimelineEntry]:
    return []
