"""Claims stage (owner: issue 8). TEMPORARY interface placeholder."""

from __future__ import annotations

from collections.abc import Sequence

from ..model import Claim, Conflict, Doc


def extract_claims(doc: Doc) -> list[Claim]:
    """Per article: every number with value, unit, subject, qualifier."""
    return []


def find_conflicts(claims: Sequence[Claim], docs: Sequence[Doc]) -> list[Conflict]:
    """Cross-article disagreements between claims."""
    return []
