"""Claims stage: numbers with value, unit, subject and hedge; conflicts and agreement between outlets."""

from __future__ import annotations

from .conflicts import claim_agreement, find_conflicts
from .extract import extract_claims
from .subjects import subject_key

__all__ = ["claim_agreement", "extract_claims", "find_conflicts", "subject_key"]
