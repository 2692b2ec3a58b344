"""The main job: articles in, one :class:`~lagebild.model.Analysis` out.

Per-article stages (``nlp`` -> ``quotes.extract`` -> ``claims.extract``) run in worker
processes; the results are gathered in input order, so the output does not depend on
the number of workers. Cross-article stages (linking, reuse, stories, conflicts,
events, timeline, outlet profiles, briefing) run once over all documents and use
blocking keys or indexes, never all pairs.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field, replace

from .model import Analysis, Article, Claim, Doc, Quote

log = logging.getLogger(__name__)

__all__ = ["ArticleResult", "analyze", "process_article"]


@dataclass(frozen=True, slots=True)
class ArticleResult:
    """Everything the per-article stages produce for one article."""

    doc: Doc
    quotes: tuple[Quote, ...]
    claims: tuple[Claim, ...]


def process_article(article: Article, lang: str | None = None) -> ArticleResult:
    """Run the per-article stages on one article (picklable, used by worker processes)."""
    from .claims import extract_claims
    from .nlp import process
    from .quotes import extract_quotes

    doc = process(article, lang=lang)
    return ArticleResult(doc=doc, quotes=tuple(extract_quotes(doc)), claims=tuple(extract_claims(doc)))


def _process_star(args: tuple[Article, str | None]) -> ArticleResult:
    return process_article(*args)


@dataclass
class Timings:
    stages: dict[str, float] = field(default_factory=dict)

    def add(self, name: str, started: float) -> None:
        self.stages[name] = round(time.perf_counter() - started, 3)


def analyze(
    articles: Sequence[Article],
    *,
    lang: str | None = None,
    workers: int = 1,
    progress: Callable[[int], None] | None = None,
    skipped: Iterable[tuple[str, str]] = (),
    timings: Timings | None = None,
) -> Analysis:
    """Analyse ``articles`` (already ingested and de-duplicated) into one Analysis."""
    from .brief import build_briefing
    from .claims import find_conflicts
    from .compare import profile_outlets
    from .events import build_timeline, extract_events
    from .link import link_entities
    from .quotes import link_same_statements, resolve_speakers
    from .reuse import detect_reuse
    from .stories import cluster_stories

    timings = timings if timings is not None else Timings()
    t = time.perf_counter()
    results = _run_per_article(articles, lang=lang, workers=workers, progress=progress)
    timings.add("per_article", t)
    docs = tuple(r.doc for r in results)
    articles = tuple(d.article for d in docs)

    t = time.perf_counter()
    entities, mention_map = link_entities(docs)
    timings.add("link", t)

    t = time.perf_counter()
    quotes = [q for r in results for q in r.quotes]
    quotes = resolve_speakers(quotes, docs, mention_map)
    quotes = link_same_statements(quotes, docs)
    timings.add("quotes", t)

    t = time.perf_counter()
    reuse = detect_reuse(docs, quotes)
    stories = cluster_stories(docs, mention_map)
    timings.add("reuse_stories", t)

    t = time.perf_counter()
    claims = [c for r in results for c in r.claims]
    conflicts = find_conflicts(claims, docs, stories)
    events = [e for d in docs for e in extract_events(d, mention_map, stories, docs=docs)]
    timeline = build_timeline(events, stories, docs)
    timings.add("claims_events", t)

    t = time.perf_counter()
    partial = Analysis(
        articles=articles,
        stories=tuple(stories),
        entities=tuple(entities),
        quotes=tuple(quotes),
        reuse=tuple(reuse),
        claims=tuple(claims),
        conflicts=tuple(conflicts),
        events=tuple(events),
        timeline=tuple(timeline),
        skipped=tuple(skipped),
    )
    outlets = profile_outlets(partial, docs)
    partial = replace(partial, outlets=tuple(outlets))
    briefing = build_briefing(partial, docs)
    timings.add("compare_brief", t)
    return replace(partial, briefing=tuple(briefing))


def _run_per_article(
    articles: Sequence[Article],
    *,
    lang: str | None,
    workers: int,
    progress: Callable[[int], None] | None,
) -> list[ArticleResult]:
    jobs = [(a, lang) for a in articles]
    out: list[ArticleResult] = []
    if workers <= 1 or len(jobs) <= 1:
        for job in jobs:
            out.append(_process_star(job))
            if progress:
                progress(1)
        return out
    with ProcessPoolExecutor(max_workers=workers) as pool:
        # map() yields in input order: output is independent of scheduling.
        for res in pool.map(_process_star, jobs, chunksize=1):
            out.append(res)
            if progress:
                progress(1)
    return out
