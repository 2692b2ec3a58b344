"""``same_as``: the same statement reported by several articles, blocked by speaker entity."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import replace

from ..model import Doc, Quote
from .similarity import content_lemmas, negated_core_match, statement_similarity

log = logging.getLogger(__name__)

__all__ = ["link_same_statements"]

# Quotes of the same speaker in different articles already share a lot; a lower bar than the
# context-free SAME_STATEMENT_THRESHOLD of statement_similarity applies inside a speaker block.
LINK_THRESHOLD = 0.55
_MAX_BLOCK = 400  # a speaker quoted more often than this is compared within windows of articles


def link_same_statements(
    quotes: Sequence[Quote], docs: Sequence[Doc], threshold: float = LINK_THRESHOLD
) -> list[Quote]:
    """Fill ``same_as`` symmetrically between quotes of the same speaker in different articles
    whose wording is similar (:func:`statement_similarity` >= ``threshold``)."""
    lang = {d.article.id: d.lang for d in docs}
    blocks: dict[str, list[int]] = {}
    for i, q in enumerate(quotes):
        if q.speaker is not None:
            blocks.setdefault(q.speaker, []).append(i)
    links: dict[int, set[int]] = {}
    compared = 0
    for speaker in sorted(blocks):
        members = sorted(blocks[speaker], key=lambda i: (quotes[i].span.article, quotes[i].span.start))
        if len(members) > _MAX_BLOCK:
            log.warning("speaker %s has %d quotes; comparing the first %d", speaker, len(members), _MAX_BLOCK)
            members = members[:_MAX_BLOCK]
        for x, i in enumerate(members):
            qi = quotes[i]
            for j in members[x + 1 :]:
                qj = quotes[j]
                if qi.span.article == qj.span.article:
                    continue
                compared += 1
                code = lang.get(qi.span.article) or "de"
                same = (
                    _fragment_of(qi.text, qj.text, code)
                    or negated_core_match(qi.text, qj.text, code)
                    or statement_similarity(qi.text, qj.text, code) >= threshold
                )
                if same:
                    links.setdefault(i, set()).add(j)
                    links.setdefault(j, set()).add(i)
    log.debug("same_as: %d comparisons in %d speaker blocks", compared, len(blocks))
    out = []
    for i, q in enumerate(quotes):
        if i in links:
            out.append(replace(q, same_as=tuple(sorted(quotes[j].id for j in links[i]))))
        else:
            out.append(q)
    return out


def _fragment_of(a: str, b: str, lang: str) -> bool:
    """The shorter quote (at least two content words) occurs word for word inside the longer one,
    as when one outlet quotes a fragment ("von der „Stunde der Wahrheit“") of a full statement."""
    la, lb = content_lemmas(a, lang), content_lemmas(b, lang)
    short, long_ = (la, lb) if len(la) <= len(lb) else (lb, la)
    n = len(short)
    if n < 2 or n == len(long_):
        return False
    return any(long_[k : k + n] == short for k in range(len(long_) - n + 1))
