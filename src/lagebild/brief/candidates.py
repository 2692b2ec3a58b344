"""Candidate briefing sentences, one function per kind of finding.

Every candidate fills fixed template wording with text cut verbatim from the articles and names the
spans it was cut from as ``support``; the check in :mod:`lagebild.brief.check` decides what is shown.
"""

from __future__ import annotations

import logging
from collections import Counter, defaultdict
from collections.abc import Iterator

from ..compare.exclusive import claim_key, exclusive_claims
from ..compare.sources import find_sources, mentions_by_article
from ..model import Claim, Event, Quote, Span
from .context import BriefContext, Candidate
from .templates import join_list
from .text import clean, figure_phrase, shorten

log = logging.getLogger(__name__)

__all__ = ["ACTION_ORDER", "generate"]

# sections (output order) and priorities (what survives the cap of 12; lower first)
S_OVERVIEW, S_ACTORS, S_ACTIONS, S_FIGURES, S_DISPUTES, S_DIFFERENCES, S_EXTRA = range(7)
ACTION_ORDER = ("DEMAND", "OFFER", "REJECT", "THREATEN", "WARN", "ACCUSE")
_ACTION_PRIORITY = {"DEMAND": 3, "OFFER": 3, "REJECT": 3, "THREATEN": 3, "WARN": 8, "ACCUSE": 8}
MAX_SENTENCE = 260
_CONFLICT_ORDER = {"value": 0, "total-vs-parts": 1}
MAX_QUOTE = 220
MAX_ACTORS = 5
FIGURE_KINDS = ("count", "percent", "money", "duration")


def generate(ctx: BriefContext) -> list[Candidate]:
    out: list[Candidate] = []
    for gen in (_overview, _actors, _actions, _figures, _disputes, _tone, _exclusive_figures, _only_sources):
        try:
            out.extend(gen(ctx))
        except (KeyError, IndexError, ValueError) as exc:  # one bad finding must not sink the briefing
            log.warning("briefing: %s skipped (%s)", gen.__name__, exc)
    return out


def fallback(ctx: BriefContext) -> Iterator[Candidate]:
    """Lead sentences of the articles, in article order, for a briefing that is still too short."""
    for art in ctx.analysis.articles:
        first = ctx.sentences(art.id).first()
        if first is None:
            continue
        span = Span(art.id, *first)
        text = clean(ctx.span_text(span))
        if 30 <= len(text) <= MAX_SENTENCE:
            yield Candidate(S_EXTRA, 9, text, (span,), "lead")


# --------------------------------------------------------------------------- events


def _salience(ctx: BriefContext) -> Counter[str]:
    """Entity id -> how central it is: quoted twice as much as acting, plus articles mentioning it."""
    score: Counter[str] = Counter()
    for q in ctx.analysis.quotes:
        if q.speaker:
            score[q.speaker] += 2
    for ev in ctx.analysis.events:
        if ev.actor:
            score[ev.actor] += 1
    for ent in ctx.analysis.entities:
        if ent.type in ("PER", "ORG", "LOC"):
            score[ent.id] += len({m.article for m in ent.mentions})
    return score


def _event_groups(ctx: BriefContext, actions: tuple[str, ...]) -> dict[str, list[list[Event]]]:
    """Action -> groups of events with the same (actor, target): complete actor-action-target first,
    then the most widely reported, then the most central actor."""
    salience = _salience(ctx)
    groups: dict[tuple[str, str | None, str | None], list[Event]] = defaultdict(list)
    for ev in ctx.analysis.events:
        if ev.action in actions and not ev.negated:
            groups[(ev.action, ev.actor, ev.target)].append(ev)
    out: dict[str, list[list[Event]]] = defaultdict(list)
    for (action, _actor, _target), evs in groups.items():
        evs.sort(key=lambda e: ctx.position(e.span))
        out[action].append(evs)
    for gs in out.values():
        gs.sort(
            key=lambda g: (
                g[0].actor is None,
                g[0].target is None,
                -len({e.span.article for e in g}),
                -salience.get(g[0].actor or "", 0),
                -len(g),
                ctx.position(g[0].span),
            )
        )
    return out


def _sentence_for(ctx: BriefContext, span: Span) -> Span | None:
    """The sentence around ``span`` if it is short enough and does not open with a pronoun."""
    sent = ctx.sentence_span(span)
    text = clean(ctx.span_text(sent))
    if len(text) > MAX_SENTENCE:
        text = clean(ctx.span_text(span))
        if not 20 <= len(text) <= MAX_SENTENCE or not text[:1].isupper():
            return None  # a clause cut out of a long sentence must still read as a sentence
        sent = span
    first = text.split(" ", 1)[0].strip("„“\"'(").lower()
    if ctx.templates is not None and first in ctx.templates.anaphoric:
        return None
    return sent


def _overview(ctx: BriefContext) -> Iterator[Candidate]:
    groups = _event_groups(ctx, ("MEET",)).get("MEET", [])
    for group in groups[:1]:
        for ev in group:
            sent = _sentence_for(ctx, ev.span)
            if sent is not None:
                yield Candidate(S_OVERVIEW, 0, clean(ctx.span_text(sent)), (sent,), "overview")
                return


def _actors(ctx: BriefContext) -> Iterator[Candidate]:
    t = ctx.templates
    if t is None:
        return
    ranked = sorted(_salience(ctx).items(), key=lambda kv: (-kv[1], kv[0]))
    names: list[str] = []
    support: list[Span] = []
    seen: set[str] = set()
    for ent_id, _ in ranked:
        got = ctx.surface(ent_id)
        if got is None or got[0].casefold() in seen:
            continue
        seen.add(got[0].casefold())
        names.append(got[0])
        support.append(got[1])
        if len(names) == MAX_ACTORS:
            break
    if len(names) >= 2:
        yield Candidate(S_ACTORS, 1, t.actors.format(names=join_list(names, t.and_word)), tuple(support), "actors")


def _quote_text(ctx: BriefContext, q: Quote) -> str:
    text = q.text or ctx.span_text(q.span)
    return shorten(text.strip().strip("„“”\"«»‚‘’'").strip(), MAX_QUOTE)


def _actions(ctx: BriefContext) -> Iterator[Candidate]:
    groups = _event_groups(ctx, ACTION_ORDER)
    used: set[tuple[str, int, int]] = set()
    for action in ACTION_ORDER:
        for group in groups.get(action, []):
            cand = _action_candidate(ctx, action, group, used)
            if cand is not None:
                yield cand
                break


def _action_candidate(
    ctx: BriefContext, action: str, group: list[Event], used: set[tuple[str, int, int]]
) -> Candidate | None:
    t = ctx.templates
    label = t.labels.get(action, action) if t else None
    for ev in group:
        sent = _sentence_for(ctx, ev.span)
        if sent is None:
            continue
        key = (sent.article, sent.start, sent.end)
        if key in used:
            continue
        q = ctx.quote_at(sent, ev.actor) if ev.actor else None
        speaker = _speaker_surface(ctx, q) if q is not None and t is not None else None
        used.add(key)
        # Only a direct quote stands on its own; an indirect fragment ("Konflikte zu entzünden, aufzugeben")
        # cut out of its sentence can read as the opposite, so the whole sentence is used instead.
        if q is not None and q.kind == "direct" and speaker is not None and t is not None:
            text = t.labelled_quote_direct.format(label=label, speaker=speaker[0], quote=_quote_text(ctx, q))
            return Candidate(S_ACTIONS, _ACTION_PRIORITY[action], text, (q.span, speaker[1]), f"action:{action}")
        body = clean(ctx.span_text(sent))
        text = t.labelled_sentence.format(label=label, sentence=body) if t else body
        return Candidate(S_ACTIONS, _ACTION_PRIORITY[action], text, (sent,), f"action:{action}")
    return None


def _speaker_surface(ctx: BriefContext, q: Quote) -> tuple[str, Span] | None:
    if q.speaker_span is not None:
        text = clean(ctx.span_text(q.speaker_span))
        if text and text[:1].isupper():
            return text, q.speaker_span
    return ctx.surface(q.speaker, q.span.article) if q.speaker else None


# --------------------------------------------------------------------------- figures


def _figure(ctx: BriefContext, claim: Claim, with_lead: bool = False) -> tuple[str, Span]:
    """The claim as a readable phrase; ``with_lead`` keeps a preposition before it ("seit Juli 2019")."""
    text = ctx.texts.get(claim.span.article, "")
    leads = ctx.templates.lead_words if ctx.templates and with_lead else ()
    s, e = figure_phrase(text, claim.span.start, claim.span.end, claim.qualifier, leads)
    span = Span(claim.span.article, s, e)
    return clean(ctx.span_text(span)), span


def _conflicted(ctx: BriefContext) -> set[str]:
    return {cid for c in ctx.analysis.conflicts for cid in c.claims}


def _figures(ctx: BriefContext) -> Iterator[Candidate]:
    t = ctx.templates
    if t is None:
        return
    disputed = _conflicted(ctx)
    groups: dict[tuple[str, str, str], list[Claim]] = defaultdict(list)
    for c in ctx.analysis.claims:
        if c.kind in FIGURE_KINDS and c.id not in disputed:
            groups[claim_key(c)].append(c)
    ranked = sorted(
        (g for g in groups.values() if len({c.span.article for c in g}) >= 2),
        # most widely reported first; among equals the larger figure ("100.000 Soldaten" before "30 Staaten")
        key=lambda g: (-len({c.span.article for c in g}), -abs(g[0].value or 0), min(ctx.position(c.span) for c in g)),
    )
    for rank, group in enumerate(ranked[:2]):
        group = sorted(group, key=lambda c: ctx.position(c.span))
        figure, span = _figure(ctx, group[0])
        support = [span] + [c.span for c in group[1:]]
        source = _source_near(ctx, group[0])
        if source is not None:
            text = t.shared_figure_source.format(figure=figure, source=source[0])
            support.append(source[1])
        else:
            text = t.shared_figure.format(figure=figure)
        yield Candidate(S_FIGURES, 4 + rank * 5, text, tuple(support), "figure")


def _source_near(ctx: BriefContext, claim: Claim) -> tuple[str, Span] | None:
    """The attribution phrase ("nach US-Angaben") in the claim's sentence, lower-cased at its start."""
    sent = ctx.sentence_span(claim.span)
    text = ctx.span_text(sent)
    refs = find_sources(sent.article, text, ctx.lang, ())
    if not refs:
        return None
    ref = refs[0]
    cue = Span(sent.article, sent.start + ref.cue.start, sent.start + ref.cue.end)
    phrase = clean(ctx.span_text(cue))
    if phrase.split(" ", 1)[0] in ("Nach", "Laut", "According"):
        phrase = phrase[:1].lower() + phrase[1:]
    return phrase, cue


def _disputes(ctx: BriefContext) -> Iterator[Candidate]:
    t = ctx.templates
    if t is None:
        return
    claims = {c.id: c for c in ctx.analysis.claims}
    conflicts = sorted(
        ctx.analysis.conflicts,
        key=lambda cf: (
            _CONFLICT_ORDER.get(cf.kind, len(_CONFLICT_ORDER)),
            -len(cf.claims),
            min((ctx.position(claims[c].span) for c in cf.claims if c in claims), default=(0, 0, 0)),
        ),
    )
    for rank, conflict in enumerate(conflicts[:2]):
        figures: list[str] = []
        support: list[Span] = []
        for cid in sorted(conflict.claims, key=lambda c: ctx.position(claims[c].span) if c in claims else (0, 0, 0)):
            if cid not in claims:
                continue
            figure, span = _figure(ctx, claims[cid], with_lead=True)
            if figure not in figures:
                figures.append(figure)
                support.append(span)
        if len(figures) >= 2:
            joined = f" {t.labels['DISPUTE']} ".join(t.cite(f) for f in figures[:3])
            yield Candidate(S_DISPUTES, 2 + rank * 5, t.disputed.format(figures=joined), tuple(support[:3]), "dispute")


# --------------------------------------------------------------------------- differences


def _tone(ctx: BriefContext) -> Iterator[Candidate]:
    t = ctx.templates
    profiles = [p for p in ctx.analysis.outlets if p.tone is not None and p.tone_spans]
    if t is None or len(profiles) < 2:
        return
    profiles.sort(key=lambda p: (p.tone, ctx.order.get(p.article, 0)))
    low, high = profiles[0], profiles[-1]
    if low.tone is None or high.tone is None or low.tone >= 0 or high.tone - low.tone < 0.2:
        return
    neg = low.tone_spans[0]
    neg_text = clean(ctx.span_text(neg))
    if high.tone > 0:
        pos = high.tone_spans[0]
        text = t.tone_both.format(negative=neg_text, positive=clean(ctx.span_text(pos)))
        yield Candidate(S_DIFFERENCES, 5, text, (neg, pos), "tone")
    else:
        yield Candidate(S_DIFFERENCES, 5, t.tone_negative.format(negative=neg_text), (neg,), "tone")


def _exclusive_figures(ctx: BriefContext) -> Iterator[Candidate]:
    t = ctx.templates
    if t is None:
        return
    claims = {c.id: c for c in ctx.analysis.claims}
    disputed = _conflicted(ctx)
    exclusive = exclusive_claims(ctx.analysis)
    best: dict[str, Claim] = {}  # one per article: counts before other kinds, larger before smaller
    for art in ctx.analysis.articles:
        for cid in exclusive.get(art.id, ()):
            c = claims.get(cid)
            if c is None or c.kind not in FIGURE_KINDS or cid in disputed:
                continue
            if art.id not in best or _figure_rank(c) < _figure_rank(best[art.id]):
                best[art.id] = c
    picked = sorted(best.values(), key=lambda c: (*_figure_rank(c), ctx.position(c.span)))
    for rank, claim in enumerate(picked[:2]):
        figure, span = _figure(ctx, claim)
        yield Candidate(S_DIFFERENCES, 6 + rank * 4, t.only_one_figure.format(figure=figure), (span,), "only_here")


def _figure_rank(claim: Claim) -> tuple[bool, float]:
    return (claim.kind != "count", -abs(claim.value or 0))


def _only_sources(ctx: BriefContext) -> Iterator[Candidate]:
    """The article that leans on the most sources no other article names."""
    t = ctx.templates
    if t is None:
        return
    mentions = mentions_by_article(ctx.analysis.entities)
    quote_spans: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for q in ctx.analysis.quotes:
        quote_spans[q.span.article].append((q.span.start, q.span.end))
    refs = {
        a.id: find_sources(a.id, a.text, ctx.lang, mentions.get(a.id, []), quote_spans.get(a.id, []))
        for a in ctx.analysis.articles
    }
    users: dict[str, set[str]] = defaultdict(set)
    for art, rs in refs.items():
        for r in rs:
            users[r.name].add(art)
    best: tuple[int, int, str] | None = None
    for art, rs in refs.items():
        own = {r.name for r in rs if users[r.name] == {art}}
        if own and (best is None or (-len(own), ctx.order[art]) < best[:2]):
            best = (-len(own), ctx.order[art], art)
    if best is None or len(ctx.analysis.articles) < 2:
        return
    art = best[2]
    names: list[str] = []
    support: list[Span] = []
    for r in refs[art]:
        surface = clean(ctx.span_text(r.span))
        if _capitals(r.name) <= _capitals(surface):
            surface = r.name  # normalised ("russische Nachrichtenagenturen") when it adds no new name
        if users[r.name] == {art} and surface not in names:
            names.append(surface)
            support.append(r.span)
    text = t.only_one_sources.format(names=join_list(names[:3], t.and_word))
    yield Candidate(S_DIFFERENCES, 7, text, tuple(support[:3]), "sources")


def _capitals(text: str) -> set[str]:
    return {w for w in text.split() if w[:1].isupper()}
