"""Cross-article checks on claims: value conflicts, derived inconsistencies, agreement.

Claims are blocked by (story, kind, unit, owner, subject head[, date context]); only claims in the
same block are compared, by sorting their hedge-widened intervals and stabbing them (no all-pairs loop).

* value: claims about the same subject whose intervals do not overlap. An article that itself
  gives two incompatible values for a subject (e.g. two different troop movements) is ambiguous
  for that subject and left out of the comparison.
* duration-vs-date: "erstmals seit zwei Jahren" against "seit Juli 2019" given the article date
  (only ``seit``-claims next to a first/last marker, i.e. about the last time something happened).
* total-vs-parts: "die USA, Russland, die Ukraine und 53 weitere Staaten" (= 56) against "57
  Mitgliedstaaten" of the same owner.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from ..events.dates import parse_iso
from ..model import Claim, Conflict, Doc, Story
from .context import ClaimContext, RunContext, ordinal_interval
from .enumeration import enumeration_items
from .explain import agreement_sentence, conflict_sentence, part, template
from .intervals import DAYS_PER_UNIT, claim_interval, hedge_class

log = logging.getLogger(__name__)

__all__ = ["Agreement", "claim_agreement", "find_conflicts"]

_COMPARABLE = ("count", "percent", "money", "duration")
_SINCE_TOL = {"year": 0.25, "month": 0.5, "week": 0.5, "day": 0.5}


@dataclass(frozen=True, slots=True)
class Agreement:
    """Articles that give compatible values for one subject."""

    key: str
    subject: str
    value: str
    claims: tuple[str, ...]
    articles: tuple[str, ...]
    explanation: str


@dataclass(frozen=True, slots=True)
class _Item:
    lo: float
    hi: float
    ctx: ClaimContext


def _components(items: list[_Item]) -> list[list[_Item]]:
    """Partition into groups that each share a common value (greedy interval stabbing: sort by upper
    bound, stab at the first upper bound, take everything that reaches it). More than one group means
    some claims cannot all be true; a wide claim ("mehr als zwei Jahre") joins the first group it fits."""
    out: list[list[_Item]] = []
    todo = sorted(items, key=lambda i: (i.hi, i.lo, i.ctx.claim.id))
    while todo:
        point = todo[0].hi
        group = [it for it in todo if it.lo <= point]
        todo = [it for it in todo if it.lo > point]
        out.append(group)
    return out


def _value_blocks(ctxs: list[ClaimContext]) -> dict[tuple, list[_Item]]:
    blocks: dict[tuple, list[_Item]] = {}
    for c in ctxs:
        claim = c.claim
        if claim.kind not in _COMPARABLE or c.is_partial or c.is_since or c.is_ago:
            continue
        iv = claim_interval(claim, c.lang)
        if iv is None:
            continue
        if claim.kind == "duration":
            if not c.is_meeting_duration:
                continue
            block = (c.story, "duration", claim.unit, "meeting", c.date_context)
        else:
            if c.key is None:
                continue
            block = (c.story, claim.kind, claim.unit, c.key.owner, c.key.head)
        blocks.setdefault(block, []).append(_Item(iv[0], iv[1], c))
    return blocks


def _topic_groups(items: list[_Item], use_topics: bool, by_article: bool = False) -> list[list[_Item]]:
    """Items linked by a shared topic key (union-find over an inverted index); one group without topics.

    ``by_article``: ``seit``/``vor``-claims of the same article are linked too (two of them about the
    last time something happened in one report are about the same thing).
    """
    if not use_topics or len(items) < 2:
        return [items]
    parent = list(range(len(items)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    first_with: dict[str, int] = {}
    for i, it in enumerate(items):
        same_article = by_article and (it.ctx.is_since or it.ctx.is_ago)
        keys = set(it.ctx.topic_keys) | ({f"article:{it.ctx.doc.article.id}"} if same_article else set())
        for key in sorted(keys):
            j = first_with.setdefault(key, i)
            parent[find(i)] = find(j)
    groups: dict[int, list[_Item]] = {}
    for i, it in enumerate(items):
        groups.setdefault(find(i), []).append(it)
    return [g for _root, g in sorted(groups.items())]


def _unambiguous(items: list[_Item]) -> list[_Item]:
    """Drop articles that give two incompatible values for the block's subject themselves."""
    by_article: dict[str, list[_Item]] = {}
    for it in items:
        by_article.setdefault(it.ctx.doc.article.id, []).append(it)
    keep: list[_Item] = []
    for aid, its in sorted(by_article.items()):
        if len(_components(its)) > 1:
            log.debug("article %s ambiguous for %s, not compared", aid, its[0].ctx.claim.subject)
            continue
        keep.extend(its)
    return keep


def _subject_label(c: ClaimContext) -> str:
    if c.claim.kind == "duration":
        return "der Dauer" if c.lang == "de" else "the duration"
    subject = c.claim.subject or ""
    return f"„{subject}“" if c.lang == "de" else f"“{subject}”"


def _group_part(group: list[_Item], lang: str, note: Callable[[list[_Item]], str] = lambda g: "") -> str:
    ids = [it.ctx.article_label for it in group]
    texts = [it.ctx.display for it in sorted(group, key=lambda i: (i.ctx.doc.article.id, i.ctx.claim.span.start))]
    return part(ids, texts, lang, note(group))


def _value_conflicts(blocks: dict[tuple, list[_Item]], use_topics: bool) -> tuple[list[Conflict], list[Agreement]]:
    conflicts: list[Conflict] = []
    agreements: list[Agreement] = []
    for block, block_items in sorted(blocks.items(), key=lambda kv: tuple(str(x) for x in kv[0])):
        for items in _topic_groups(_unambiguous(block_items), use_topics):
            _compare(block, items, conflicts, agreements)
    return conflicts, agreements


def _compare(block: tuple, items: list[_Item], conflicts: list[Conflict], agreements: list[Agreement]) -> None:
    """Value groups of one block and topic: agreements (>= 2 articles) and a conflict (>= 2 groups)."""
    if len({it.ctx.doc.article.id for it in items}) < 2:
        return
    groups = _components(items)
    first = min(items, key=lambda i: (i.ctx.doc.article.id, i.ctx.claim.span.start)).ctx
    lang = first.lang
    for g in groups:
        arts = sorted({it.ctx.doc.article.id for it in g})
        if len(arts) >= 2:
            rep = min(g, key=lambda i: (i.ctx.doc.article.id, i.ctx.claim.span.start)).ctx
            agreements.append(
                Agreement(
                    key="|".join(str(x) for x in block),
                    subject=rep.claim.subject or _subject_label(rep),
                    value=rep.display,
                    claims=tuple(sorted(it.ctx.claim.id for it in g)),
                    articles=tuple(arts),
                    explanation=agreement_sentence(_subject_label(rep), rep.display, arts, lang),
                )
            )
    if len(groups) < 2:
        return
    parts = [_group_part(g, lang) for g in groups]
    conflicts.append(
        Conflict(
            claims=tuple(sorted(it.ctx.claim.id for it in items)),
            explanation=conflict_sentence("value", _subject_label(first), parts, lang),
            kind="value",
        )
    )


def _since_interval(c: ClaimContext) -> tuple[float, float] | None:
    """Ordinal-day interval of the start a ``seit``-claim implies."""
    claim = c.claim
    if claim.kind == "date" and claim.unit and claim.unit.startswith("date:"):
        y, m, d = parse_iso(claim.unit[5:])
        iv = ordinal_interval(y, m, d)
        return (float(iv[0]), float(iv[1])) if iv else None
    if claim.kind == "duration" and claim.value is not None and claim.unit in _SINCE_TOL:
        ref = c.reference_days()
        if ref is None:
            return None
        per = DAYS_PER_UNIT[claim.unit]
        tol = _SINCE_TOL[claim.unit]
        if claim.value != int(claim.value):  # "zweieinhalb Jahre" is more precise than "zwei Jahre"
            tol = tol * 0.4
        lo, hi = claim.value, claim.upper if claim.upper is not None else claim.value
        cls = hedge_class(claim.qualifier, c.lang)
        if cls == "approx":
            tol = max(tol, 0.1 * hi)
        elif cls in ("above", "atleast"):
            hi = 1e6
        elif cls == "below":
            lo = lo * 0.85
        return ref[0] - (hi + tol) * per, ref[1] - (lo - tol) * per
    return None


def _month_label(ordinal: float) -> str:
    day = dt.date.fromordinal(min(max(1, int(round(ordinal))), dt.date.max.toordinal()))
    return f"{day.year:04d}-{day.month:02d}"


def _since_conflicts(ctxs: list[ClaimContext], use_topics: bool) -> list[Conflict]:
    by_story: dict[str, list[_Item]] = {}
    for c in ctxs:
        if c.claim.kind not in ("date", "duration") or not c.is_since_last:
            continue
        iv = _since_interval(c)
        if iv is not None:
            by_story.setdefault(c.story, []).append(_Item(iv[0], iv[1], c))
    out: list[Conflict] = []
    topic_items = [
        g for _story, items in sorted(by_story.items()) for g in _topic_groups(items, use_topics, by_article=True)
    ]
    for items in topic_items:
        groups = _components(items)
        if len(groups) < 2 or not any(it.ctx.claim.kind == "duration" for it in items):
            continue
        first = min(items, key=lambda i: (i.ctx.doc.article.id, i.ctx.claim.span.start)).ctx
        lang = first.lang
        t = template(lang)

        def note(g: list[_Item], t: dict[str, str] = t) -> str:
            durations = [it for it in g if it.ctx.claim.kind == "duration"]
            if not durations or len(durations) != len(g):
                return ""
            ref = durations[0].ctx.reference_days()
            ref_label = _month_label(ref[0]) if ref else "?"
            bounded = [it for it in durations if it.hi - it.lo < 50 * 365.25] or durations
            mid = sum((it.lo + it.hi) / 2 if it in bounded and it.lo > 0 else it.hi for it in bounded) / len(bounded)
            return t["since_note"].format(ref=ref_label, start=_month_label(mid))

        parts = []
        for g in groups:
            subs = [[it for it in g if it.ctx.claim.kind == kind] for kind in ("date", "duration")]
            parts.append(f" {t['and']} ".join(_group_part(sub, lang, note) for sub in subs if sub))
        kinds = {it.ctx.claim.kind for it in items}
        out.append(
            Conflict(
                claims=tuple(sorted(it.ctx.claim.id for it in items)),
                explanation=conflict_sentence("duration-vs-date", t["since_subject"], parts, lang),
                kind="duration-vs-date" if len(kinds) > 1 else "value",
            )
        )
    return out


def _parts_conflicts(ctxs: list[ClaimContext], blocks: dict[tuple, list[_Item]]) -> list[Conflict]:
    out: list[Conflict] = []
    for c in ctxs:
        if not c.is_partial or c.claim.value is None or c.key is None:
            continue
        start, n_items = enumeration_items(c.doc.text, c.sentence[0], c.claim.span.start)
        if n_items == 0:
            continue
        total = c.claim.value + n_items
        totals = blocks.get((c.story, "count", c.claim.unit, c.key.owner, c.key.head), [])
        bad = [it for it in totals if not (it.lo <= total <= it.hi) and it.ctx.doc.article.id != c.doc.article.id]
        if not bad:
            continue
        lang = c.lang
        t = template(lang)
        end = c.claim.span.end
        subj = c.claim.subject or ""
        enum_text = c.doc.text[start:end] + (" " + subj if subj else "")
        enum_text = (
            c.doc.text[start : c.doc.text.find(subj, end) + len(subj)]
            if subj and subj in c.doc.text[end : end + 40]
            else enum_text
        )
        total_txt = f"{int(total)}" if total == int(total) else f"{total}"
        parts = [
            _group_part(bad, lang),
            part([c.article_label], [enum_text], lang, t["parts_note"].format(total=total_txt)),
        ]
        label = bad[0].ctx.claim.subject or subj
        out.append(
            Conflict(
                claims=tuple(sorted({c.claim.id, *(it.ctx.claim.id for it in bad)})),
                explanation=conflict_sentence("total-vs-parts", label, parts, lang),
                kind="total-vs-parts",
            )
        )
    return out


def _contexts(claims: Sequence[Claim], docs: Sequence[Doc], stories: Sequence[Story]) -> list[ClaimContext]:
    run = RunContext.build(claims, docs, stories)
    ctxs = [ctx for c in sorted(claims, key=lambda c: (c.span.article, c.span.start, c.id)) if (ctx := run.context(c))]
    return ctxs


def find_conflicts(claims: Sequence[Claim], docs: Sequence[Doc], stories: Sequence[Story] = ()) -> list[Conflict]:
    """Incompatible claims between articles (and derived inconsistencies), sorted by claim ids.

    Without ``stories`` all documents count as one story.
    """
    ctxs = _contexts(claims, docs, stories)
    blocks = _value_blocks(ctxs)
    conflicts, _agree = _value_conflicts(blocks, use_topics=True)
    conflicts += _since_conflicts(ctxs, use_topics=True)
    conflicts += _parts_conflicts(ctxs, blocks)
    conflicts.sort(key=lambda c: (c.claims, c.kind))
    log.info("%d conflicts among %d claims", len(conflicts), len(claims))
    return conflicts


def claim_agreement(claims: Sequence[Claim], docs: Sequence[Doc], stories: Sequence[Story] = ()) -> list[Agreement]:
    """For each subject with compatible values in >= 2 articles: which articles support that value."""
    ctxs = _contexts(claims, docs, stories)
    _conf, agreements = _value_conflicts(_value_blocks(ctxs), use_topics=True)
    return sorted(agreements, key=lambda a: (a.key, a.claims))
