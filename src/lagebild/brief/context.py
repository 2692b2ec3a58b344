"""Shared lookups for building briefing candidates (texts, sentences, names as written)."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field

from ..model import Analysis, Doc, Entity, Quote, Span
from .templates import Templates, templates_for
from .text import SentenceIndex

__all__ = ["BriefContext", "Candidate", "corpus_language"]

MAX_NAME_LEN = 40


@dataclass(frozen=True, slots=True)
class Candidate:
    """A briefing sentence before the check. ``section`` orders the output, ``priority`` picks."""

    section: int
    priority: int
    text: str
    support: tuple[Span, ...]
    kind: str


def corpus_language(analysis: Analysis, docs: Sequence[Doc]) -> str:
    """The most frequent language of the articles (ties broken by code); "de" when nothing is known."""
    by_id = {d.article.id: d.lang for d in docs if d.lang}
    counts = Counter(by_id.get(a.id) or a.lang for a in analysis.articles)
    counts.pop(None, None)
    counts.pop("", None)
    if not counts:
        return "de"
    return sorted(counts.items(), key=lambda kv: (-kv[1], str(kv[0])))[0][0][:2]


@dataclass
class BriefContext:
    analysis: Analysis
    docs: Sequence[Doc]
    lang: str
    templates: Templates | None
    texts: dict[str, str] = field(default_factory=dict)
    order: dict[str, int] = field(default_factory=dict)
    entities: dict[str, Entity] = field(default_factory=dict)
    quotes_by_article: dict[str, list[Quote]] = field(default_factory=dict)
    _sentences: dict[str, SentenceIndex] = field(default_factory=dict)
    _docs: dict[str, Doc] = field(default_factory=dict)

    @classmethod
    def build(cls, analysis: Analysis, docs: Sequence[Doc]) -> BriefContext:
        lang = corpus_language(analysis, docs)
        ctx = cls(analysis=analysis, docs=docs, lang=lang, templates=templates_for(lang))
        ctx.texts = {a.id: a.text for a in analysis.articles}
        ctx.order = {a.id: i for i, a in enumerate(analysis.articles)}
        ctx.entities = {e.id: e for e in analysis.entities}
        by_article: dict[str, list[Quote]] = defaultdict(list)
        for q in analysis.quotes:
            by_article[q.span.article].append(q)
        ctx.quotes_by_article = {
            k: sorted(v, key=lambda q: (q.span.start, q.span.end, q.id)) for k, v in by_article.items()
        }
        ctx._docs = {d.article.id: d for d in docs}
        return ctx

    def span_text(self, span: Span) -> str:
        return self.texts.get(span.article, "")[span.start : span.end]

    def sentences(self, article: str) -> SentenceIndex:
        index = self._sentences.get(article)
        if index is None:
            index = SentenceIndex(self.texts.get(article, ""), self._docs.get(article))
            self._sentences[article] = index
        return index

    def sentence_span(self, span: Span) -> Span:
        s, e = self.sentences(span.article).around(span.start, span.end)
        return Span(span.article, s, e)

    def position(self, span: Span) -> tuple[int, int, int]:
        return (self.order.get(span.article, len(self.order)), span.start, span.end)

    def surface(self, entity_id: str, article: str | None = None) -> tuple[str, Span] | None:
        """The entity's name as written: a mention equal to its canonical name, else its longest mention
        (in ``article`` when it has one there)."""
        entity = self.entities.get(entity_id)
        if entity is None:
            return None
        best: tuple[tuple[int, bool, int, int, int], str, Span] | None = None
        for m in entity.mentions:
            text = " ".join(self.span_text(m).split())
            if not text or len(text) > MAX_NAME_LEN or not text[:1].isupper():
                continue
            local = 0 if article is not None and m.article == article else 1
            key = (local, text != entity.name, -len(text), *self.position(m)[:2])
            if best is None or key < best[0]:
                best = (key, text, m)
        return (best[1], best[2]) if best else None

    def quote_at(self, span: Span, speaker: str | None = None) -> Quote | None:
        """The first quote overlapping ``span`` (by ``speaker`` when given)."""
        for q in self.quotes_by_article.get(span.article, []):
            if q.span.start < span.end and span.start < q.span.end and (speaker is None or q.speaker == speaker):
                return q
        return None
