"""Briefing: 5-12 sentences in the corpus language, each backed by support spans and checked.

Built from the structured findings (events, quotes, claims, conflicts, outlet profiles) by fixed
templates whose slots hold text cut verbatim from the articles; never free generation. Every
candidate goes through :func:`lagebild.brief.check.check_sentence`; a sentence whose names,
numbers or dates are not in its support is dropped (and logged), never shown.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Sequence

from ..model import Analysis, BriefingSentence, Doc
from .candidates import fallback, generate
from .check import CheckResult, check_sentence
from .context import BriefContext, Candidate

log = logging.getLogger(__name__)

__all__ = ["CheckResult", "build_briefing", "check_sentence", "select_sentences"]

MIN_SENTENCES = 5
MAX_SENTENCES = 12


def build_briefing(analysis: Analysis, docs: Sequence[Doc]) -> list[BriefingSentence]:
    """The checked briefing for ``analysis`` (outlet profiles included when present)."""
    if not analysis.articles:
        return []
    ctx = BriefContext.build(analysis, docs)
    return select_sentences(ctx, generate(ctx), fallback(ctx))


def select_sentences(
    ctx: BriefContext, candidates: Iterable[Candidate], extra: Iterable[Candidate] = ()
) -> list[BriefingSentence]:
    """Check, de-duplicate, cap at 12 by priority, top up to 5 from ``extra``; in section order."""
    words = ctx.templates.words() if ctx.templates else frozenset()
    kept: list[Candidate] = []
    seen_text: set[str] = set()
    seen_support: set[tuple] = set()

    def accept(cand: Candidate) -> bool:
        support_key = tuple(sorted(cand.support))
        if cand.text in seen_text or support_key in seen_support:
            return False
        result = check_sentence(cand.text, [ctx.span_text(s) for s in cand.support], ctx.lang, words)
        if not result.ok:
            log.info(
                "briefing: dropped %s sentence (unsupported: %s): %r", cand.kind, ", ".join(result.missing), cand.text
            )
            return False
        seen_text.add(cand.text)
        seen_support.add(support_key)
        kept.append(cand)
        return True

    for cand in sorted(candidates, key=lambda c: (c.priority, c.section)):
        if len(kept) < MAX_SENTENCES:
            accept(cand)
    for cand in extra:
        if len(kept) >= MIN_SENTENCES:
            break
        accept(cand)
    kept.sort(key=lambda c: (c.section, c.priority, min(ctx.position(s) for s in c.support)))
    return [BriefingSentence(text=c.text, support=tuple(sorted(set(c.support)))) for c in kept]
