"""Outlet comparison stage (owner: issue 9). TEMPORARY interface placeholder."""

from __future__ import annotations

from collections.abc import Sequence

from ..model import Analysis, Doc, OutletProfile


def profile_outlets(analysis: Analysis, docs: Sequence[Doc]) -> list[OutletProfile]:
    return [OutletProfile(article=a.id, quoted=(), only_here=(), tone=None) for a in analysis.articles]
