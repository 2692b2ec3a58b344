"""Entities from merged mention records: canonical name, type, variants, roles, evidence, stable id."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from ..ids import stable_id
from ..model import Entity, Span
from .langdata import load_lang
from .records import ROLE_REF, TYPE_ORDER, MentionRec

__all__ = ["build_entity", "canonical_name", "majority_type"]


def majority_type(recs: Sequence[MentionRec]) -> str:
    """Most frequent type over named mentions (role-only references do not vote); ties PER > ORG > LOC > MISC."""
    named = [r for r in recs if r.source != ROLE_REF] or list(recs)
    counts = Counter(r.type for r in named)
    return min(counts, key=lambda t: (-counts[t], TYPE_ORDER.get(t, 9), t))


def canonical_name(recs: Sequence[MentionRec], etype: str) -> str:
    """Most frequent full form in the majority language, counted in articles first (one article repeating a
    spelling does not outvote three others), then in mentions; uninflected spelling preferred. For people
    the surname spelling used in most articles (short forms included) decides first."""
    named = [r for r in recs if r.source != ROLE_REF] or list(recs)
    langs = Counter(r.lang for r in named)
    major = min(langs, key=lambda lang: (-langs[lang], lang))
    pool = [r for r in named if r.lang == major]
    surnames: Counter[str] = Counter()
    if etype == "PER":
        surnames = Counter({(r.span.article, r.surname_key if r.is_full else r.key) for r in pool})
        surnames = Counter(key for _, key in surnames)
        pool = [r for r in pool if r.is_full] or [r for r in named if r.is_full] or pool
    by_key = Counter(r.key for r in pool)
    articles = Counter(key for _, key in {(r.span.article, r.key) for r in pool})
    surname_of = {r.key: (r.surname_key if r.is_full else r.key) for r in pool}
    best = min(by_key, key=lambda k: (-surnames[surname_of[k]], -articles[k], -by_key[k], -len(k.split()), -len(k), k))
    group = [r for r in pool if r.key == best]
    plain = Counter(_display(r) for r in group if not r.inflected)
    if plain:
        return min(plain, key=lambda s: (-plain[s], s))
    bases = Counter(r.base for r in group)
    return min(bases, key=lambda s: (-bases[s], s))


def _display(rec: MentionRec) -> str:
    """How an uninflected mention is shown: its text without leading determiners (``the Ford Motor Company``
    -> ``Ford Motor Company``); people and mentions that define an acronym show their base form."""
    if rec.type == "PER" or rec.acronym or rec.source == ROLE_REF:
        return rec.base
    words = rec.surface.split()
    determiners = load_lang(rec.lang).determiners
    while len(words) > 1 and words[0].lower() in determiners:
        words.pop(0)
    return " ".join(words) or rec.base


def _ranked(values: Sequence[str]) -> tuple[str, ...]:
    counts = Counter(v for v in values if v)
    return tuple(sorted(counts, key=lambda v: (-counts[v], v)))


def build_entity(recs: Sequence[MentionRec], reasons: set[str]) -> Entity:
    """One Entity; its id is fixed by (name, type) and made unique later if two entities collide."""
    etype = majority_type(recs)
    name = canonical_name(recs, etype)
    named = [r for r in recs if r.source != ROLE_REF]
    evidence = set(reasons)
    for rec in recs:
        evidence.update(rec.rules)
    spans: list[Span] = sorted({r.span for r in recs}, key=lambda s: (s.article, s.start, s.end))
    return Entity(
        id=stable_id("e", name, etype),
        name=name,
        type=etype,
        variants=_ranked([r.surface.strip() for r in named]),
        roles=_ranked([r.role.text for r in recs if r.role is not None]),
        mentions=tuple(spans),
        evidence=tuple(sorted(evidence)),
    )
