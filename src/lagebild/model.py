"""The one data model of lagebild.

Every stage takes and returns these small frozen dataclasses; dicts are only built
in :mod:`lagebild.export`. Offsets are character offsets into ``Article.text``
(``text[start:end]`` is the span), checked when a :class:`Span` is created.

Pipeline order (the folder layout follows it)::

    ingest -> nlp -> link -> quotes -> reuse/stories -> claims/events -> compare/brief -> export
"""

from __future__ import annotations

from dataclasses import dataclass, field

__all__ = [
    "Analysis",
    "Article",
    "BriefingSentence",
    "Claim",
    "Conflict",
    "Doc",
    "Entity",
    "Event",
    "Mention",
    "OutletProfile",
    "Quote",
    "Reuse",
    "Sentence",
    "Span",
    "Story",
    "TimelineEntry",
    "Token",
]


@dataclass(frozen=True, slots=True, order=True)
class Span:
    """A character span ``[start, end)`` in the text of one article."""

    article: str
    start: int
    end: int

    def __post_init__(self) -> None:
        if not (0 <= self.start <= self.end):
            raise ValueError(f"bad span {self.start}:{self.end} in {self.article!r}")

    def text(self, doc_text: str) -> str:
        return doc_text[self.start : self.end]


@dataclass(frozen=True, slots=True)
class Article:
    """One input report. ``text`` is the body all offsets refer to."""

    id: str
    text: str
    path: str | None = None
    outlet: str | None = None
    date: str | None = None  # ISO date or partial ISO date ("2022-01")
    byline: tuple[str, ...] = ()
    title: str | None = None
    url: str | None = None
    dateline: str | None = None  # place line from the byline, e.g. "Brüssel/Berlin"
    lang: str | None = None  # ISO 639-1, set by ingest/nlp
    duplicates: tuple[str, ...] = ()  # ids of exact duplicates folded into this one


# --------------------------------------------------------------------------- NLP layer


@dataclass(frozen=True, slots=True)
class Token:
    """One token. ``i`` is its index in the document; ``head`` the index of its head
    (itself for the root, -1 when there is no parse)."""

    i: int
    start: int
    end: int
    text: str
    lemma: str = ""
    upos: str = ""
    xpos: str = ""  # STTS for German
    morph: str = ""  # UD FEATS string, e.g. "Mood=Sub|Number=Sing|Person=3"
    head: int = -1
    dep: str = ""
    ent_iob: str = "O"  # B / I / O
    ent_type: str = ""  # PER / ORG / LOC / MISC

    def feat(self, name: str) -> str | None:
        for part in self.morph.split("|"):
            key, _, value = part.partition("=")
            if key == name:
                return value
        return None


@dataclass(frozen=True, slots=True)
class Sentence:
    """Token range ``[tok_start, tok_end)`` and character range ``[start, end)``."""

    start: int
    end: int
    tok_start: int
    tok_end: int


@dataclass(frozen=True, slots=True)
class Mention:
    """A named-entity (or role) mention in one article."""

    span: Span
    text: str
    type: str  # PER / ORG / LOC / MISC
    entity: str | None = None  # entity id, set by link
    role: str | None = None  # title/apposition captured with it, e.g. "Vizeaußenminister"
    base: str | None = None  # normalised base form used for matching
    source: str = "ner"  # ner / gazetteer / rule / role


@dataclass(frozen=True, slots=True)
class Doc:
    """An article after the NLP stage: tokens, sentences, entity mentions."""

    article: Article
    lang: str
    tokens: tuple[Token, ...]
    sentences: tuple[Sentence, ...]
    mentions: tuple[Mention, ...] = ()

    @property
    def text(self) -> str:
        return self.article.text

    def sentence_tokens(self, sent: Sentence) -> tuple[Token, ...]:
        return self.tokens[sent.tok_start : sent.tok_end]

    def sentence_of(self, char: int) -> int:
        """Index of the sentence containing character offset ``char`` (or the last before it)."""
        lo, hi = 0, len(self.sentences) - 1
        best = 0
        while lo <= hi:
            mid = (lo + hi) // 2
            if self.sentences[mid].start <= char:
                best = mid
                lo = mid + 1
            else:
                hi = mid - 1
        return best


# --------------------------------------------------------------------------- findings


@dataclass(frozen=True, slots=True)
class Entity:
    id: str
    name: str
    type: str
    variants: tuple[str, ...]
    roles: tuple[str, ...]
    mentions: tuple[Span, ...]
    evidence: tuple[str, ...] = ()  # why mentions were merged, e.g. "translit-key: gruschko"


@dataclass(frozen=True, slots=True)
class Quote:
    id: str
    span: Span  # the quoted words
    kind: str  # direct / indirect / mixed
    speaker: str | None = None  # entity id
    cue: str | None = None
    same_as: tuple[str, ...] = ()
    speaker_span: Span | None = None  # the mention the speaker was read from
    cue_span: Span | None = None
    text: str = ""


@dataclass(frozen=True, slots=True)
class Reuse:
    a: Span
    b: Span
    similarity: float
    shared_quote: bool = False  # the shared passage is a quote both attribute, not wire copy


@dataclass(frozen=True, slots=True)
class Claim:
    id: str
    span: Span
    value: float | None
    unit: str | None
    subject: str | None
    qualifier: str | None = None  # hedge: "rund", "mehr als", ...
    kind: str = "count"  # count / percent / money / duration / date / time / ordinal
    upper: float | None = None  # upper bound of a range
    text: str = ""


@dataclass(frozen=True, slots=True)
class Conflict:
    claims: tuple[str, ...]
    explanation: str
    kind: str = "value"  # value / duration-vs-date / total-vs-parts


@dataclass(frozen=True, slots=True)
class Event:
    id: str
    span: Span
    action: str  # DEMAND / REJECT / OFFER / THREATEN / ACCUSE / WARN / MEET / STATEMENT / ...
    actor: str | None = None
    target: str | None = None
    date: str | None = None
    negated: bool = False
    cue: str | None = None


@dataclass(frozen=True, slots=True)
class Story:
    id: str
    articles: tuple[str, ...]
    label: str


@dataclass(frozen=True, slots=True)
class TimelineEntry:
    date: str
    label: str
    events: tuple[str, ...]
    articles: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class OutletProfile:
    article: str
    quoted: tuple[tuple[str, int], ...]  # (entity id, count), sorted
    only_here: tuple[str, ...]
    tone: float | None
    original_share: float | None = None
    sources: tuple[str, ...] = ()  # "TASS", "Bloomberg", "US-Angaben"
    tone_spans: tuple[Span, ...] = ()
    only_here_quotes: tuple[str, ...] = ()  # quote ids no other article carries


@dataclass(frozen=True, slots=True)
class BriefingSentence:
    text: str
    support: tuple[Span, ...]


@dataclass(frozen=True, slots=True)
class Analysis:
    articles: tuple[Article, ...]
    stories: tuple[Story, ...] = ()
    entities: tuple[Entity, ...] = ()
    quotes: tuple[Quote, ...] = ()
    reuse: tuple[Reuse, ...] = ()
    claims: tuple[Claim, ...] = ()
    conflicts: tuple[Conflict, ...] = ()
    events: tuple[Event, ...] = ()
    timeline: tuple[TimelineEntry, ...] = ()
    outlets: tuple[OutletProfile, ...] = ()
    briefing: tuple[BriefingSentence, ...] = ()
    skipped: tuple[tuple[str, str], ...] = field(default=())  # (path, reason)
