"""Quote stage (owner: issue 6). TEMPORARY interface placeholder."""

from __future__ import annotations

from collections.abc import Sequence

from ..model import Doc, Quote, Span


def extract_quotes(doc: Doc) -> list[Quote]:
    """Per article: direct/indirect/mixed quotes with speaker_span and cue (speaker id unset)."""
    return []


def resolve_speakers(quotes: Sequence[Quote], docs: Sequence[Doc], mention_map: dict[Span, str]) -> list[Quote]:
    """Set ``speaker`` (entity id) from ``speaker_span`` via the linker's mention map."""
    return list(quotes)


def link_same_statements(quotes: Sequence[Quote], docs: Sequence[Doc]) -> list[Quote]:
    """Fill ``same_as`` across articles (blocked by speaker)."""
    return list(quotes)
