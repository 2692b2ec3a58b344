"""The interval of values a claim allows once its hedge is taken into account."""

from __future__ import annotations

import math

from ..model import Claim
from .lexicon import load_lexicon

__all__ = ["DAYS_PER_UNIT", "claim_interval", "hedge_class"]

DAYS_PER_UNIT = {
    "year": 365.25,
    "month": 30.44,
    "week": 7.0,
    "day": 1.0,
    "hour": 1 / 24,
    "minute": 1 / 1440,
    "second": 1 / 86400,
}
_APPROX = 0.10  # "rund", "etwa": +-10 %
_BELOW = 0.15  # "fast", "knapp": up to 15 % less
_ROUND = 0.05  # an unhedged round number (100.000) is read as +-5 %


def hedge_class(qualifier: str | None, lang: str = "de") -> str | None:
    if not qualifier:
        return None
    lex = load_lexicon(lang)
    low = qualifier.lower()
    if low in lex.hedges:
        return lex.hedges[low]
    if low in lex.vague:
        return "vague"
    return None


def claim_interval(claim: Claim, lang: str = "de") -> tuple[float, float] | None:
    """``[lo, hi]`` of what the claim allows (durations in days); ``None`` without a value."""
    if claim.value is None:
        return None
    lo = claim.value
    hi = claim.upper if claim.upper is not None else claim.value
    cls = hedge_class(claim.qualifier, lang)
    if cls == "approx":
        lo, hi = lo * (1 - _APPROX), hi * (1 + _APPROX)
    elif cls in ("above", "atleast"):
        hi = math.inf
    elif cls == "below":
        lo = lo * (1 - _BELOW)
    elif cls in ("under", "atmost"):
        lo = 0.0
    elif cls == "vague":
        hi = math.inf if claim.upper is None else hi
    elif lo == hi and lo >= 1000 and lo % 1000 == 0:
        lo, hi = lo * (1 - _ROUND), hi * (1 + _ROUND)
    if claim.kind == "duration" and claim.unit in DAYS_PER_UNIT:
        f = DAYS_PER_UNIT[claim.unit]
        lo, hi = lo * f, hi * f
    return lo, hi
