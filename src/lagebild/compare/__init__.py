"""Outlet comparison: whom each article quotes, what only it reports, whom it cites, its tone.

Entry point: :func:`profile_outlets` (see ``pipeline.py``). Tone uses the outcome lexicon shipped in
``compare/data`` (method in :mod:`lagebild.compare.tone`).
"""

from __future__ import annotations

from .exclusive import exclusive_claims, exclusive_quotes
from .profile import profile_outlets
from .sources import SourceRef, find_sources
from .tone import ToneResult, score_tone

__all__ = [
    "SourceRef",
    "ToneResult",
    "exclusive_claims",
    "exclusive_quotes",
    "find_sources",
    "profile_outlets",
    "score_tone",
]
