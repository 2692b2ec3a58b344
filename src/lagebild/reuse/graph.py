"""The reuse graph: likely source of each reused passage pair, and reused share per article.

``reuse_shares`` says how much of each article is shared with another article (0 = all
original); ``reuse_sources`` says, for each article pair with shared narrative, which one
is the likely source: the earlier date when both dates are known and differ, otherwise the
article with the fuller version of the shared passages (copies are usually cut, not grown).
Shared quotations (``shared_quote``) are left out of both by default: quoting the same
speaker is not copying another outlet.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from ..model import Doc, Reuse
from .quotemarks import covered_fraction, merge_ranges
from .words import words_of

__all__ = ["ReuseSource", "reuse_shares", "reuse_sources"]


@dataclass(frozen=True, slots=True)
class ReuseSource:
    """One article pair with shared passages. ``source``/``target`` are None when undecided."""

    articles: tuple[str, str]
    source: str | None
    target: str | None
    basis: str  # "date" / "fuller" / "unknown"
    passages: int
    words: tuple[int, int]  # aligned words in articles[0], articles[1]


def _ranges(reuse: Sequence[Reuse], include_quotes: bool) -> dict[str, list[tuple[int, int]]]:
    out: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for r in reuse:
        if r.shared_quote and not include_quotes:
            continue
        out[r.a.article].append((r.a.start, r.a.end))
        out[r.b.article].append((r.b.start, r.b.end))
    return out


def reuse_shares(docs: Sequence[Doc], reuse: Sequence[Reuse], include_quotes: bool = False) -> dict[str, float]:
    """Per article id: share of its words inside passages it shares with another article (0..1).

    The original share is ``1 - share``. Every article in ``docs`` gets a value.
    """
    ranges = _ranges(reuse, include_quotes)
    out: dict[str, float] = {}
    for d in docs:
        aid = d.article.id
        words = words_of(d.text)
        if not len(words) or aid not in ranges:
            out[aid] = 0.0
            continue
        merged = merge_ranges(ranges[aid])
        inside = sum(1 for s, e in zip(words.starts, words.ends, strict=True) if covered_fraction(s, e, merged) > 0.5)
        out[aid] = round(inside / len(words), 4)
    return dict(sorted(out.items()))


def _date_key(date: str | None) -> str | None:
    return date if date and len(date) >= 10 else None  # only full ISO dates are comparable


def _word_count(text: str, start: int, end: int) -> int:
    return len(words_of(text[start:end]))


def reuse_sources(docs: Sequence[Doc], reuse: Sequence[Reuse], include_quotes: bool = False) -> list[ReuseSource]:
    """Likely source per article pair with shared passages, sorted by the pair's ids."""
    by_id = {d.article.id: d for d in docs}
    pairs: dict[tuple[str, str], list[Reuse]] = defaultdict(list)
    for r in reuse:
        if r.shared_quote and not include_quotes:
            continue
        if r.a.article in by_id and r.b.article in by_id:
            pairs[(r.a.article, r.b.article)].append(r)
    out: list[ReuseSource] = []
    for (ida, idb), rs in sorted(pairs.items()):
        da, db = by_id[ida], by_id[idb]
        wa = sum(_word_count(da.text, r.a.start, r.a.end) for r in rs)
        wb = sum(_word_count(db.text, r.b.start, r.b.end) for r in rs)
        date_a, date_b = _date_key(da.article.date), _date_key(db.article.date)
        source: str | None
        if date_a and date_b and date_a != date_b:
            source, basis = (ida if date_a < date_b else idb), "date"
        elif wa != wb:
            source, basis = (ida if wa > wb else idb), "fuller"
        else:
            source, basis = None, "unknown"
        target = None if source is None else (idb if source == ida else ida)
        out.append(ReuseSource((ida, idb), source, target, basis, len(rs), (wa, wb)))
    return out
