"""The output contract (``shared/CONTRACT.md``) as pydantic models: the only place dicts are built.

The contract only grows: fields are added, never renamed. Extra fields beyond the contract are
marked "extension" in their description.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

CONTRACT_VERSION = "1"

EntityType = Literal["PER", "ORG", "LOC", "MISC"]
QuoteKind = Literal["direct", "indirect", "mixed"]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class SpanRef(_Model):
    article: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)


class ArticleOut(_Model):
    id: str
    path: str | None
    outlet: str | None
    date: str | None = Field(description="ISO date or partial ISO date ('2022-01')")
    byline: list[str]
    text: str
    title: str | None = Field(default=None, description="extension")
    url: str | None = Field(default=None, description="extension")
    dateline: str | None = Field(default=None, description="extension: place line of the byline")
    lang: str | None = Field(default=None, description="extension: detected language (ISO 639-1)")
    duplicates: list[str] = Field(default_factory=list, description="extension: ids of exact duplicates")


class StoryOut(_Model):
    id: str
    articles: list[str]
    label: str


class EntityOut(_Model):
    id: str
    name: str
    type: EntityType
    variants: list[str]
    roles: list[str]
    mentions: list[SpanRef]
    evidence: list[str] = Field(default_factory=list, description="extension: why mentions were merged")


class QuoteOut(_Model):
    id: str
    article: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    kind: QuoteKind
    speaker: str | None
    cue: str | None
    same_as: list[str]
    text: str = Field(default="", description="extension: the quoted words")
    speaker_span: SpanRef | None = Field(default=None, description="extension")
    cue_span: SpanRef | None = Field(default=None, description="extension")


class ReuseOut(_Model):
    a: SpanRef
    b: SpanRef
    similarity: float = Field(ge=0.0, le=1.0)
    shared_quote: bool = Field(default=False, description="extension: the passage is a quote both attribute")


class ClaimOut(_Model):
    id: str
    article: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    value: float | int | None
    unit: str | None
    subject: str | None
    qualifier: str | None = Field(default=None, description="extension: hedge such as 'rund'")
    kind: str = Field(default="count", description="extension")
    upper: float | int | None = Field(default=None, description="extension: upper bound of a range")
    text: str = Field(default="", description="extension")


class ConflictOut(_Model):
    claims: list[str]
    explanation: str
    kind: str = Field(default="value", description="extension")


class EventOut(_Model):
    id: str
    article: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    actor: str | None
    action: str
    target: str | None
    date: str | None
    negated: bool = Field(default=False, description="extension")
    cue: str | None = Field(default=None, description="extension")


class TimelineOut(_Model):
    date: str
    label: str
    events: list[str]
    articles: list[str]


class OutletOut(_Model):
    article: str
    quoted: dict[str, int]
    only_here: list[str]
    tone: float | None
    original_share: float | None = Field(default=None, description="extension")
    sources: list[str] = Field(default_factory=list, description="extension")
    tone_spans: list[SpanRef] = Field(default_factory=list, description="extension")
    only_here_quotes: list[str] = Field(default_factory=list, description="extension: quotes only this article has")


class BriefingOut(_Model):
    text: str
    support: list[SpanRef]


class SkippedOut(_Model):
    input: str
    reason: str


class AnalysisOut(_Model):
    version: Literal["1"] = CONTRACT_VERSION
    articles: list[ArticleOut]
    stories: list[StoryOut]
    entities: list[EntityOut]
    quotes: list[QuoteOut]
    reuse: list[ReuseOut]
    claims: list[ClaimOut]
    conflicts: list[ConflictOut]
    events: list[EventOut]
    timeline: list[TimelineOut]
    outlets: list[OutletOut]
    briefing: list[BriefingOut]
    skipped: list[SkippedOut] = Field(default_factory=list, description="extension: inputs not analysed")
    run: dict[str, object] | None = Field(default=None, description="tool version, settings; may differ between runs")
