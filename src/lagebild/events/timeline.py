"""Timeline: dated entries per story, each with its events and the articles that report them."""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Sequence

from ..model import Doc, Event, Story, TimelineEntry
from .coding import clause_bounds, clause_date
from .dates import resolve_timexes, story_anchor_dates

log = logging.getLogger(__name__)

__all__ = ["build_timeline", "redate_events"]

_LABEL_LEN = 90
_PRIORITY = (
    "MEET",
    "DEMAND",
    "REJECT",
    "OFFER",
    "PROPOSE",
    "THREATEN",
    "ACCUSE",
    "WARN",
    "CRITICIZE",
    "DENY",
    "STATEMENT",
)


def _snippet(doc: Doc | None, ev: Event) -> str:
    if doc is None:
        return ev.action
    text = " ".join(doc.text[ev.span.start : ev.span.end].split())
    return text if len(text) <= _LABEL_LEN else text[: _LABEL_LEN - 1].rstrip() + "…"


def redate_events(events: Sequence[Event], stories: Sequence[Story], docs: Sequence[Doc]) -> list[Event]:
    """Events without a date, dated again with the anchor dates of their whole story.

    ``extract_events`` only sees one article unless it is given all documents; the timeline
    always sees them, so an "am Mittwoch" in a month-dated article is still placed.
    """
    from dataclasses import replace

    if all(ev.date for ev in events):
        return list(events)
    story_of = {a: s.id for s in stories for a in s.articles}
    members: dict[str, list[Doc]] = {}
    for d in docs:
        members.setdefault(story_of.get(d.article.id, ""), []).append(d)
    anchors = {sid: story_anchor_dates(ds) for sid, ds in members.items()}
    by_id = {d.article.id: d for d in docs}
    resolved: dict[str, list] = {}
    out = []
    for ev in events:
        doc = by_id.get(ev.span.article)
        if ev.date or doc is None:
            out.append(ev)
            continue
        aid = doc.article.id
        if aid not in resolved:
            resolved[aid] = resolve_timexes(doc, anchors.get(story_of.get(aid, ""), ()))
        lo, hi = clause_bounds(doc, ev.span.start, ev.span.end)
        lo, hi = min(lo, ev.span.start), max(hi, ev.span.end)
        date = clause_date(doc, resolved[aid], lo, hi, ev.span.start)
        out.append(replace(ev, date=date) if date else ev)
    return out


def build_timeline(events: Sequence[Event], stories: Sequence[Story], docs: Sequence[Doc]) -> list[TimelineEntry]:
    """One entry per (story, date) with day or month precision; label from the most telling event.

    Events without a date are left out. Without stories every article counts as one story.
    """
    events = redate_events(events, stories, docs)
    story_of = {a: s.id for s in stories for a in s.articles}
    by_id = {d.article.id: d for d in docs}
    groups: dict[tuple[str, str], list[Event]] = {}
    for ev in events:
        if not ev.date or len(ev.date) < 7:
            continue
        date = ev.date[:10]
        groups.setdefault((story_of.get(ev.span.article, ""), date), []).append(ev)
    entries: list[TimelineEntry] = []
    for (_story, date), evs in groups.items():
        actions = Counter(e.action for e in evs)
        top = min(actions, key=lambda a: (_PRIORITY.index(a) if a in _PRIORITY else 99, -actions[a], a))
        rep = min((e for e in evs if e.action == top), key=lambda e: (e.span.article, e.span.start))
        label = f"{top}: {_snippet(by_id.get(rep.span.article), rep)}"
        entries.append(
            TimelineEntry(
                date=date,
                label=label,
                events=tuple(sorted(e.id for e in evs)),
                articles=tuple(sorted({e.span.article for e in evs})),
            )
        )
    entries.sort(key=lambda t: (t.date, t.label, t.events))
    log.info("timeline: %d entries from %d events", len(entries), len(events))
    return entries
