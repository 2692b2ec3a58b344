"""Briefing stage (owner: issue 9). TEMPORARY interface placeholder."""

from __future__ import annotations

from collections.abc import Sequence

from ..model import Analysis, BriefingSentence, Doc


def build_briefing(analysis: Analysis, docs: Sequence[Doc]) -> list[BriefingSentence]:
    return []
