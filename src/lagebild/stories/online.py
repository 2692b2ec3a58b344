"""Online (single-pass) story clustering over an inverted index of distinctive terms.

Each new article is turned into a tf-idf vector (sublinear tf, idf from the articles seen
so far). Its most distinctive terms look up the stories filed under them in an inverted
index; only the stories sharing most of those terms are scored: the mean of the cosine with
the story's term centroid and the best cosine with one of its member articles, damped by
the gap in days when both dates are known. The article joins the best story at or above
the threshold or opens a new one. Earlier assignments are never recomputed, and the work
per article is bounded (posting-list cap, candidate cap), so a stream costs linear time.
"""

from __future__ import annotations

import logging
import math
from array import array
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date

from .terms import ENTITY_PREFIX, DocumentFrequencies, doc_terms

__all__ = ["StoryCluster", "StoryClusterer", "StoryParams", "parse_date"]

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class StoryParams:
    """Settings of the online clustering (similarities in 0..1).

    ``threshold``: weakest similarity to join a story (lowered while few articles are known,
    see :meth:`StoryClusterer.effective_threshold`); ``query_terms``: distinctive terms of a
    new article used to look up stories; ``index_terms``: terms per article filed in the index;
    ``max_postings``: terms filed for more stories or articles are too common to look up;
    ``max_candidates``: stories scored per article; ``centroid_terms``: terms kept per story;
    ``member_weight``: weight of the nearest member article against the centroid;
    ``member_terms``: terms kept per member article; ``entity_weight``: weight of an entity id
    relative to a word; ``slack_days``/``decay_days``: a date gap up to the slack costs nothing,
    beyond it the score decays exponentially."""

    threshold: float = 0.3
    query_terms: int = 20
    index_terms: int = 30
    max_postings: int = 300
    max_candidates: int = 64
    centroid_terms: int = 400
    member_weight: float = 0.5
    member_terms: int = 100
    entity_weight: float = 2.0
    slack_days: int = 3
    decay_days: float = 7.0
    full_strength_docs: int = 200


@dataclass
class StoryCluster:
    """A story as it grows: member articles, summed term weights, date range."""

    index: int
    articles: list[str] = field(default_factory=list)
    counts: Counter[str] = field(default_factory=Counter)
    first: date | None = None
    last: date | None = None
    _norm: float = 0.0
    _norm_docs: int = -1  # document count the cached norm was computed at (-1: stale)

    def add(self, article_id: str, tf: dict[str, float], when: date | None, keep: int) -> None:
        self.articles.append(article_id)
        self.counts.update(tf)
        if len(self.counts) > keep * 2:
            self.counts = Counter(dict(sorted(self.counts.items(), key=lambda kv: (-kv[1], kv[0]))[:keep]))
        self.add_date(when)
        self._norm_docs = -1

    def add_date(self, when: date | None) -> None:
        if when is None:
            return
        self.first = when if self.first is None else min(self.first, when)
        self.last = when if self.last is None else max(self.last, when)

    def absorb(self, other: StoryCluster) -> None:
        """Take over all articles of ``other`` (which is left empty)."""
        self.articles.extend(other.articles)
        self.counts.update(other.counts)
        self.add_date(other.first)
        self.add_date(other.last)
        self._norm_docs = -1
        other.articles, other.counts, other.first, other.last = [], Counter(), None, None

    def norm(self, dfs: DocumentFrequencies) -> float:
        """Length of the tf-idf centroid, cached until the story or the collection grows by 10%."""
        if self._norm_docs < 0 or dfs.n_docs > self._norm_docs * 1.1:
            idf = dfs.idf
            self._norm = math.sqrt(sum((c * idf(t)) ** 2 for t, c in self.counts.items()))
            self._norm_docs = dfs.n_docs
        return self._norm


def parse_date(value: str | None) -> date | None:
    """A full ISO date (``YYYY-MM-DD``...) or None."""
    if not value or len(value) < 10:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


class StoryClusterer:
    """Streaming story clustering: ``add`` one article at a time, read ``clusters`` at any point."""

    def __init__(self, params: StoryParams | None = None) -> None:
        self.params = params or StoryParams()
        self.dfs = DocumentFrequencies()
        self.clusters: list[StoryCluster] = []
        self._postings: dict[str, list[int]] = defaultdict(list)  # term -> stories
        self._doc_postings: dict[str, list[int]] = defaultdict(list)  # term -> member articles
        # member articles, compact: top terms and their weights (float32)
        self._doc_terms: list[tuple[str, ...]] = []
        self._doc_weights: list[array[float]] = []
        self._doc_cluster: list[int] = []
        self._merged: dict[int, int] = {}  # story folded by consolidate() -> story that took it over

    def resolve(self, index: int) -> int:
        """The story that story ``index`` now belongs to (itself unless it was folded)."""
        while index in self._merged:
            index = self._merged[index]
        return index

    # ------------------------------------------------------------------ vectors

    def _tf(self, counts: Counter[str]) -> dict[str, float]:
        w = self.params.entity_weight
        return {
            t: (1.0 + math.log(c)) * (w if t.startswith(ENTITY_PREFIX) else 1.0) for t, c in counts.items() if c > 0
        }

    def _vector(self, tf: dict[str, float]) -> dict[str, float]:
        idf = self.dfs.idf
        vec = {t: v * idf(t) for t, v in tf.items()}
        norm = math.sqrt(sum(v * v for v in vec.values())) or 1.0
        return {t: v / norm for t, v in vec.items()}

    @staticmethod
    def _ranked(vec: dict[str, float]) -> list[str]:
        return [t for t, _ in sorted(vec.items(), key=lambda kv: (-kv[1], kv[0]))]

    def _centroid_cosine(self, vec_idf: dict[str, float], cluster: StoryCluster) -> float:
        """Cosine of an article vector with the story centroid; ``vec_idf``: the vector times idf."""
        norm = cluster.norm(self.dfs)
        if norm <= 0:
            return 0.0
        counts = cluster.counts
        dot = sum(v * counts[t] for t, v in vec_idf.items() if t in counts)
        return dot / norm

    def _time_factor(self, when: date | None, cluster: StoryCluster) -> float:
        if when is None or cluster.first is None or cluster.last is None:
            return 1.0
        gap = max((cluster.first - when).days, (when - cluster.last).days, 0)
        over = max(0, gap - self.params.slack_days)
        return math.exp(-over / self.params.decay_days)

    def effective_threshold(self) -> float:
        """The join threshold, lowered (down to half) while few articles are known.

        With few articles, idf cannot tell common words from distinctive ones, so articles of
        one story look less alike than they do in a large collection.
        """
        p = self.params
        scale = math.log(self.dfs.n_docs + 1) / math.log(p.full_strength_docs + 1)
        return p.threshold * min(1.0, max(0.5, scale))

    # ------------------------------------------------------------------ lookups

    def _candidate_stories(self, query: list[str], exclude: int = -1) -> list[int]:
        """Stories sharing the most query terms (at most ``max_candidates``), by index."""
        p = self.params
        shared: Counter[int] = Counter()
        for t in query:
            posting = self._postings.get(t)
            if posting and len(posting) <= p.max_postings:
                shared.update(self.resolve(ci) for ci in set(posting))
        shared.pop(exclude, None)
        best = sorted(shared.items(), key=lambda kv: (-kv[1], kv[0]))[: p.max_candidates]
        return sorted(ci for ci, _ in best)

    def _nearest_members(self, vec: dict[str, float], query: list[str]) -> dict[int, float]:
        """Per story: the highest cosine between ``vec`` and one of its member articles."""
        p = self.params
        shared: Counter[int] = Counter()
        for t in query:
            posting = self._doc_postings.get(t)
            if posting and len(posting) <= p.max_postings:
                shared.update(posting)
        docs = sorted(di for di, _ in sorted(shared.items(), key=lambda kv: (-kv[1], kv[0]))[: p.max_candidates])
        out: dict[int, float] = {}
        for di in docs:
            terms, weights = self._doc_terms[di], self._doc_weights[di]
            sim = sum(w * vec.get(t, 0.0) for t, w in zip(terms, weights, strict=True))
            ci = self.resolve(self._doc_cluster[di])
            if sim > out.get(ci, 0.0):
                out[ci] = sim
        return out

    def _file_member(self, vec: dict[str, float], ranked: list[str], cluster: int) -> None:
        p = self.params
        keep = ranked[: p.member_terms]
        norm = math.sqrt(sum(vec[t] ** 2 for t in keep)) or 1.0
        di = len(self._doc_terms)
        self._doc_terms.append(tuple(keep))
        self._doc_weights.append(array("f", (vec[t] / norm for t in keep)))
        self._doc_cluster.append(cluster)
        for t in keep[: p.index_terms]:
            posting = self._doc_postings[t]
            if len(posting) <= p.max_postings:
                posting.append(di)

    # ------------------------------------------------------------------ public

    def add(
        self,
        article_id: str,
        text: str,
        entities: Iterable[str] = (),
        when: str | None = None,
        title: str | None = None,
        lang: str | None = None,
    ) -> int:
        """File one article; return the index of the story it joined or opened."""
        counts = doc_terms(text, sorted(set(entities)), title, lang=lang)
        return self.add_terms(article_id, counts, when)

    def observe(self, counts: Counter[str]) -> None:
        """Count an article's terms in the document frequencies without filing it (warm start)."""
        self.dfs.add(counts)

    def add_terms(self, article_id: str, counts: Counter[str], when: str | None = None, observed: bool = False) -> int:
        """File an article given its term counts; ``observed``: its terms are already in the frequencies."""
        p = self.params
        if not observed:
            self.dfs.add(counts)
        tf = self._tf(counts)
        vec = self._vector(tf)
        ranked = self._ranked(vec)
        query = ranked[: p.query_terms]
        day = parse_date(when)
        nearest = self._nearest_members(vec, query) if p.member_weight > 0 else {}
        idf = self.dfs.idf
        vec_idf = {t: v * idf(t) for t, v in vec.items()}
        best, best_score = -1, 0.0
        for ci in self._candidate_stories(query):
            cl = self.clusters[ci]
            sim = self._centroid_cosine(vec_idf, cl)
            if p.member_weight > 0:
                sim = (1 - p.member_weight) * sim + p.member_weight * nearest.get(ci, 0.0)
            score = sim * self._time_factor(day, cl)
            if score > best_score + 1e-12:
                best, best_score = ci, score
        if best < 0 or best_score < self.effective_threshold():
            best = len(self.clusters)
            self.clusters.append(StoryCluster(index=best))
        self.clusters[best].add(article_id, tf, day, p.centroid_terms)
        self._file_member(vec, ranked, best)
        for t in ranked[: p.index_terms]:
            posting = self._postings[t]
            # a list longer than the cap is never looked up again: stop growing it
            if len(posting) <= p.max_postings and best not in posting:
                posting.append(best)
        log.debug("story %d <- %s (score %.3f)", best, article_id, best_score)
        return best

    def consolidate(self, max_size: int = 1, threshold: float | None = None) -> int:
        """Fold stories of at most ``max_size`` articles into their most similar larger story.

        A periodic clean-up for a stream: early articles of a story, filed before the story had
        a centroid, can open stories of their own. Only small stories are touched, each looked
        up through the inverted index, so the cost stays linear. Returns the number folded.
        """
        p = self.params
        limit = self.effective_threshold() * 0.8 if threshold is None else threshold
        folded = 0
        for cl in self.clusters:
            if not cl.articles or len(cl.articles) > max_size:
                continue
            vec = self._vector(dict(cl.counts))
            vec_idf = {t: v * self.dfs.idf(t) for t, v in vec.items()}
            best, best_score = -1, 0.0
            for ci in self._candidate_stories(self._ranked(vec)[: p.query_terms], exclude=cl.index):
                other = self.clusters[ci]
                if len(other.articles) <= max_size:
                    continue
                score = self._centroid_cosine(vec_idf, other) * self._time_factor(cl.first, other)
                if score > best_score + 1e-12:
                    best, best_score = ci, score
            if best >= 0 and best_score >= limit:
                self.clusters[best].absorb(cl)
                self._merged[cl.index] = best
                folded += 1
        return folded
