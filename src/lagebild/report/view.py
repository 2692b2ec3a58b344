"""The report's view model: everything the templates show, computed once from an Analysis."""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field

from ..compare.exclusive import exclusive_quotes
from ..compare.sources import find_sources, mentions_by_article
from ..model import Analysis, Article, Span
from .marks import Mark, render_marked
from .svg import GraphNode, timeline_svg, wire_graph_svg

__all__ = ["ReportView", "build_view", "span_anchor"]

SNIPPET = 240

LABELS = {
    "de": {
        "title": "Lagebild",
        "briefing": "Briefing",
        "sources": "Belege",
        "entities": "Akteure und Namen",
        "name": "Name",
        "type": "Typ",
        "variants": "Schreibweisen",
        "roles": "Rollen",
        "mentions": "Nennungen",
        "articles": "Berichte",
        "quotes": "Zitate nach Sprecher",
        "speaker": "Sprecher",
        "kind": "Art",
        "cue": "Verb",
        "quote": "Zitat",
        "also_in": "auch in",
        "conflicts": "Widersprüchliche Zahlen",
        "claims": "Angaben",
        "explanation": "Erklärung",
        "timeline": "Zeitleiste",
        "wire": "Übernommener Text (Agenturmaterial)",
        "wire_note": "Linie: gemeinsamer Text; gestrichelt: nur dasselbe Zitat. Dicke: Umfang.",
        "outlets": "Vergleich der Berichte",
        "article": "Bericht",
        "tone": "Ton (Ergebnis)",
        "tone_spans": "Ton-Belege",
        "original": "Eigenanteil",
        "quoted": "Zitiert",
        "only_here": "Nur hier",
        "only_quotes": "Nur hier zitiert",
        "leans_on": "Quellen",
        "texts": "Texte",
        "none": "keine",
        "unknown_speaker": "(unbekannt)",
        "skipped": "Übersprungene Eingaben",
        "tone_note": "Ton von −1 (Scheitern) bis +1 (Erfolg), nur im eigenen Text, ohne wiedergegebene Zitate.",
    },
    "en": {
        "title": "Situation report",
        "briefing": "Briefing",
        "sources": "Sources",
        "entities": "Actors and names",
        "name": "Name",
        "type": "Type",
        "variants": "Spellings",
        "roles": "Roles",
        "mentions": "Mentions",
        "articles": "Reports",
        "quotes": "Quotes by speaker",
        "speaker": "Speaker",
        "kind": "Kind",
        "cue": "Cue",
        "quote": "Quote",
        "also_in": "also in",
        "conflicts": "Conflicting figures",
        "claims": "Claims",
        "explanation": "Explanation",
        "timeline": "Timeline",
        "wire": "Reused text (wire copy)",
        "wire_note": "Line: shared text; dashed: only the same quote. Width: amount.",
        "outlets": "Outlet comparison",
        "article": "Report",
        "tone": "Tone (outcome)",
        "tone_spans": "Tone evidence",
        "original": "Own text",
        "quoted": "Quoted",
        "only_here": "Only here",
        "only_quotes": "Quoted only here",
        "leans_on": "Sources",
        "texts": "Texts",
        "none": "none",
        "unknown_speaker": "(unknown)",
        "skipped": "Skipped inputs",
        "tone_note": "Tone from −1 (failure) to +1 (success), own text only, reported quotes left out.",
    },
}


def span_anchor(order: dict[str, int], span: Span) -> str:
    return f"sp-{order.get(span.article, 0)}-{span.start}-{span.end}"


@dataclass(frozen=True, slots=True)
class Link:
    href: str
    text: str
    article: str  # display name of the article


@dataclass(frozen=True, slots=True)
class Footnote:
    number: int
    link: Link


@dataclass(frozen=True, slots=True)
class BriefingRow:
    text: str
    notes: tuple[Footnote, ...]


@dataclass(frozen=True, slots=True)
class EntityRow:
    name: str
    type: str
    variants: str
    roles: str
    mentions: int
    articles: int


@dataclass(frozen=True, slots=True)
class QuoteRow:
    kind: str
    cue: str
    link: Link
    also_in: tuple[Link, ...] = ()  # the same statement in other articles


@dataclass(frozen=True, slots=True)
class SpeakerGroup:
    speaker: str
    rows: tuple[QuoteRow, ...]


@dataclass(frozen=True, slots=True)
class ConflictRow:
    claims: tuple[Link, ...]
    explanation: str


@dataclass(frozen=True, slots=True)
class OutletRow:
    article: str
    href: str
    tone: float | None
    tone_links: tuple[Link, ...]
    original: str
    quoted: str
    only_here: tuple[Link, ...]
    only_quotes: int
    sources: tuple[Link, ...]


@dataclass(frozen=True, slots=True)
class ArticleView:
    anchor: str
    name: str
    meta: str
    html: str
    text: str


@dataclass
class ReportView:
    lang: str
    labels: dict[str, str]
    title: str
    briefing: list[BriefingRow] = field(default_factory=list)
    footnotes: list[Footnote] = field(default_factory=list)
    entities: list[EntityRow] = field(default_factory=list)
    speakers: list[SpeakerGroup] = field(default_factory=list)
    conflicts: list[ConflictRow] = field(default_factory=list)
    timeline_svg: str = ""
    timeline: list[tuple[str, str, int]] = field(default_factory=list)
    wire_svg: str = ""
    wire_pairs: list[tuple[str, str, int, float]] = field(default_factory=list)
    outlets: list[OutletRow] = field(default_factory=list)
    articles: list[ArticleView] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)


def _language(analysis: Analysis) -> str:
    counts = Counter((a.lang or "")[:2] for a in analysis.articles if a.lang)
    lang = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[0][0] if counts else "de"
    return lang if lang in LABELS else "en"


def _article_name(article: Article) -> str:
    parts = [p for p in (article.outlet, article.date) if p]
    return f"{article.id} ({', '.join(parts)})" if parts else article.id


class _Spans:
    """Collects every span the report links to, so each gets one mark in its article."""

    def __init__(self, analysis: Analysis) -> None:
        self.order = {a.id: i for i, a in enumerate(analysis.articles)}
        self.texts = {a.id: a.text for a in analysis.articles}
        self.names = {a.id: _article_name(a) for a in analysis.articles}
        self.marks: dict[str, dict[tuple[int, int], tuple[str, set[str], str]]] = defaultdict(dict)

    def link(self, span: Span, css: str, title: str = "", limit: int = SNIPPET) -> Link:
        text = self.texts.get(span.article, "")
        end = min(span.end, len(text))
        anchor = span_anchor(self.order, Span(span.article, min(span.start, end), end))
        key = (span.start, end)
        current = self.marks[span.article].get(key)
        if current is None:
            self.marks[span.article][key] = (anchor, {css}, title)
        else:
            current[1].add(css)
        snippet = " ".join(text[span.start : end].split())
        if len(snippet) > limit:
            snippet = snippet[: limit - 1].rsplit(" ", 1)[0] + " …"
        return Link(href=f"#{anchor}", text=snippet, article=self.names.get(span.article, span.article))

    def article_marks(self, article: str) -> list[Mark]:
        items = self.marks.get(article, {})
        return [
            Mark(start=s, end=e, anchor=anchor, classes=tuple(sorted(css)), title=title)
            for (s, e), (anchor, css, title) in sorted(items.items())
        ]


def build_view(analysis: Analysis) -> ReportView:
    lang = _language(analysis)
    labels = LABELS[lang]
    spans = _Spans(analysis)
    entities = {e.id: e for e in analysis.entities}
    view = ReportView(lang=lang, labels=labels, title=_title(analysis, labels))

    # briefing with numbered footnotes
    number = 0
    for sentence in analysis.briefing:
        notes = []
        for span in sentence.support:
            number += 1
            note = Footnote(number, spans.link(span, "support"))
            notes.append(note)
            view.footnotes.append(note)
        view.briefing.append(BriefingRow(sentence.text, tuple(notes)))

    for ent in sorted(analysis.entities, key=lambda e: (-len(e.mentions), e.name, e.id)):
        view.entities.append(
            EntityRow(
                name=ent.name,
                type=ent.type,
                variants=", ".join(v for v in ent.variants if v != ent.name) or "–",
                roles=", ".join(ent.roles) or "–",
                mentions=len(ent.mentions),
                articles=len({m.article for m in ent.mentions}),
            )
        )

    by_speaker: dict[str, list[QuoteRow]] = defaultdict(list)
    quotes_by_id = {q.id: q for q in analysis.quotes}
    for q in sorted(analysis.quotes, key=lambda q: (spans.order.get(q.span.article, 0), q.span.start, q.id)):
        speaker = entities[q.speaker].name if q.speaker in entities else labels["unknown_speaker"]
        others = sorted(
            (
                quotes_by_id[o]
                for o in q.same_as
                if o in quotes_by_id and quotes_by_id[o].span.article != q.span.article
            ),
            key=lambda o: (spans.order.get(o.span.article, 0), o.span.start),
        )
        also = tuple(spans.link(o.span, "quote") for o in others)
        by_speaker[speaker].append(QuoteRow(q.kind, q.cue or "–", spans.link(q.span, "quote"), also))

    for r in analysis.reuse:  # mark copied passages in the texts
        if r.a.article != r.b.article and not r.shared_quote:
            spans.link(r.a, "reuse", title=spans.names.get(r.b.article, r.b.article))
            spans.link(r.b, "reuse", title=spans.names.get(r.a.article, r.a.article))
    unknown = labels["unknown_speaker"]
    for speaker in sorted(by_speaker, key=lambda s: (s == unknown, -len(by_speaker[s]), s)):
        view.speakers.append(SpeakerGroup(speaker, tuple(by_speaker[speaker])))

    claims = {c.id: c for c in analysis.claims}
    for conflict in analysis.conflicts:
        links = tuple(spans.link(claims[c].span, "claim") for c in conflict.claims if c in claims)
        view.conflicts.append(ConflictRow(links, conflict.explanation))

    view.timeline_svg = timeline_svg(analysis.timeline)
    view.timeline = [(t.date, t.label, len(t.articles)) for t in analysis.timeline]

    nodes = [GraphNode(a.id, a.outlet or a.id, f"#art-{spans.order[a.id]}") for a in analysis.articles]
    view.wire_svg = wire_graph_svg(nodes, analysis.reuse)
    view.wire_pairs = _wire_pairs(analysis)

    _outlets(analysis, view, spans, entities)

    for art in analysis.articles:
        idx = spans.order[art.id]
        meta = ", ".join(p for p in (art.outlet, art.date, ", ".join(art.byline)) if p)
        view.articles.append(
            ArticleView(
                anchor=f"art-{idx}",
                name=art.title or art.id,
                meta=meta,
                html=render_marked(art.text, spans.article_marks(art.id)),
                text=art.text,
            )
        )
    view.skipped = list(analysis.skipped)
    return view


def _title(analysis: Analysis, labels: dict[str, str]) -> str:
    if analysis.stories:
        story = max(analysis.stories, key=lambda s: (len(s.articles), s.id))
        if story.label:
            return f"{labels['title']}: {story.label}"
    return labels["title"]


def _wire_pairs(analysis: Analysis) -> list[tuple[str, str, int, float]]:
    pairs: dict[tuple[str, str], list[float]] = defaultdict(lambda: [0.0, 0.0])
    for r in analysis.reuse:
        if r.a.article == r.b.article:
            continue
        key = tuple(sorted((r.a.article, r.b.article)))
        pairs[key][0] += max(r.a.end - r.a.start, r.b.end - r.b.start)
        pairs[key][1] = max(pairs[key][1], r.similarity)
    return [(a, b, int(v[0]), round(v[1], 2)) for (a, b), v in sorted(pairs.items())]


def _outlets(analysis: Analysis, view: ReportView, spans: _Spans, entities: dict) -> None:
    claims = {c.id: c for c in analysis.claims}
    only_quotes = exclusive_quotes(analysis)
    mentions = mentions_by_article(analysis.entities)
    quote_spans: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for q in analysis.quotes:
        quote_spans[q.span.article].append((q.span.start, q.span.end))
    articles = {a.id: a for a in analysis.articles}
    for p in analysis.outlets:
        art = articles.get(p.article)
        if art is None:
            continue
        quoted = ", ".join(
            f"{entities[e].name if e in entities else e} ×{n}"
            for e, n in sorted(p.quoted, key=lambda kv: (-kv[1], kv[0]))
        )
        refs = find_sources(art.id, art.text, art.lang or view.lang, mentions.get(art.id, []), quote_spans[art.id])
        first_by_name = {}
        for r in refs:  # one link per source, to its first attribution
            first_by_name.setdefault(r.name, r)
        source_links = tuple(spans.link(r.span, "source", title=r.name) for r in first_by_name.values())
        view.outlets.append(
            OutletRow(
                article=spans.names[art.id],
                href=f"#art-{spans.order[art.id]}",
                tone=p.tone,
                tone_links=tuple(spans.link(s, "tone") for s in p.tone_spans[:4]),
                original="–" if p.original_share is None else f"{round(100 * p.original_share)} %",
                quoted=quoted or "–",
                only_here=tuple(spans.link(claims[c].span, "claim") for c in p.only_here if c in claims),
                only_quotes=len(only_quotes.get(art.id, ())),
                sources=source_links,
            )
        )
