"""Per-article outlet profile: whom it quotes, what only it reports, whom it cites, its tone."""

from __future__ import annotations

import logging
from collections import Counter, defaultdict
from collections.abc import Sequence

from ..model import Analysis, Article, Doc, OutletProfile, Span
from .exclusive import exclusive_claims, exclusive_quotes
from .originality import original_shares
from .sources import find_sources, mentions_by_article
from .tone import score_tone

log = logging.getLogger(__name__)

__all__ = ["article_language", "profile_outlets", "quote_spans"]


def article_language(article: Article, docs_by_id: dict[str, Doc], default: str = "de") -> str:
    doc = docs_by_id.get(article.id)
    if doc is not None and doc.lang:
        return doc.lang
    return article.lang or default


def quote_spans(analysis: Analysis) -> dict[str, list[tuple[int, int]]]:
    """Article id -> (start, end) of every reported quote, sorted."""
    out: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for q in analysis.quotes:
        out[q.span.article].append((q.span.start, q.span.end))
    return {k: sorted(v) for k, v in out.items()}


def profile_outlets(analysis: Analysis, docs: Sequence[Doc]) -> list[OutletProfile]:
    """One :class:`OutletProfile` per article, in the order of ``analysis.articles``."""
    docs_by_id = {d.article.id: d for d in docs}
    default_lang = _corpus_language(analysis.articles, docs_by_id)
    quoted: dict[str, Counter[str]] = defaultdict(Counter)
    for q in analysis.quotes:
        if q.speaker:
            quoted[q.span.article][q.speaker] += 1
    only_here = exclusive_claims(analysis)
    only_quotes = exclusive_quotes(analysis)
    shares = original_shares(analysis)
    qspans = quote_spans(analysis)
    mentions = mentions_by_article(analysis.entities)
    out: list[OutletProfile] = []
    for art in analysis.articles:
        lang = article_language(art, docs_by_id, default_lang)
        excluded = qspans.get(art.id, [])
        tone = score_tone(art.text, lang, excluded)
        sources = find_sources(art.id, art.text, lang, mentions.get(art.id, []), excluded)
        out.append(
            OutletProfile(
                article=art.id,
                quoted=tuple(sorted(quoted[art.id].items())),
                only_here=only_here.get(art.id, ()),
                tone=tone.score,
                original_share=shares.get(art.id),
                sources=tuple(sorted({s.name for s in sources})),
                tone_spans=tuple(Span(art.id, h.start, h.end) for h in tone.driving()),
                only_here_quotes=only_quotes.get(art.id, ()),
            )
        )
        log.debug("profile %s: tone=%s sources=%s", art.id, tone.score, [s.name for s in sources])
    return out


def _corpus_language(articles: Sequence[Article], docs_by_id: dict[str, Doc]) -> str:
    counts = Counter(article_language(a, docs_by_id, "") for a in articles)
    counts.pop("", None)
    if not counts:
        return "de"
    return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[0][0]
