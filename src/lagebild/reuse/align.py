"""Local word alignment of two texts: maximal shared passages, tolerant of small edits.

Anchors are word ``k``-grams the two texts share. Anchors that follow each other in both
texts with small gaps and a small shift in offset (an inserted clause, a changed particle,
"zwar" -> "eher") are chained; each chain is one aligned passage. Its similarity is the
normalised Indel similarity of the two word sequences (1.0 = identical after case folding).
The cost is linear in the two lengths (one k-gram dictionary, one pass over the anchors).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass

from rapidfuzz.distance import Indel

__all__ = ["AlignParams", "Alignment", "align", "moved_words"]


@dataclass(frozen=True, slots=True)
class AlignParams:
    """``k``: anchor length in words; ``max_gap``: most words between anchors in either text;
    ``max_shift``: most words one text may insert relative to the other between anchors;
    ``min_words``: shortest passage (in the shorter text); ``min_similarity``: weakest passage kept;
    ``max_repeats``: k-grams occurring more often in one text are ignored as anchors."""

    k: int = 3
    max_gap: int = 16
    max_shift: int = 10
    min_words: int = 10
    min_similarity: float = 0.6
    max_repeats: int = 4


@dataclass(frozen=True, slots=True)
class Alignment:
    """Word ranges ``[a_start, a_end)`` and ``[b_start, b_end)`` and their similarity."""

    a_start: int
    a_end: int
    b_start: int
    b_end: int
    similarity: float
    anchors: int


def _anchors(a: tuple[str, ...], b: tuple[str, ...], k: int, max_repeats: int) -> list[tuple[int, int]]:
    index: dict[tuple[str, ...], list[int]] = defaultdict(list)
    for i in range(len(a) - k + 1):
        index[a[i : i + k]].append(i)
    seen_b: dict[tuple[str, ...], int] = defaultdict(int)
    for j in range(len(b) - k + 1):
        seen_b[b[j : j + k]] += 1
    out: list[tuple[int, int]] = []
    for j in range(len(b) - k + 1):
        gram = b[j : j + k]
        pos = index.get(gram)
        if not pos or len(pos) > max_repeats or seen_b[gram] > max_repeats:
            continue
        out.extend((i, j) for i in pos)
    out.sort()
    return out


def _chains(anchors: list[tuple[int, int]], p: AlignParams) -> list[list[tuple[int, int]]]:
    open_chains: list[list[tuple[int, int]]] = []
    done: list[list[tuple[int, int]]] = []
    for i, j in anchors:
        still: list[list[tuple[int, int]]] = []
        for ch in open_chains:
            (done if i - ch[-1][0] > p.max_gap else still).append(ch)
        open_chains = still
        best: list[tuple[int, int]] | None = None
        best_key: tuple[int, int] | None = None
        for ch in open_chains:
            pi, pj = ch[-1]
            if not (pi < i and pj < j <= pj + p.max_gap):
                continue
            shift = abs((i - pi) - (j - pj))
            if shift > p.max_shift:
                continue
            key = (shift, i - pi)
            if best_key is None or key < best_key:
                best, best_key = ch, key
        if best is None:
            open_chains.append([(i, j)])
        else:
            best.append((i, j))
    done.extend(open_chains)
    return done


def _overlaps(lo: int, hi: int, taken: list[tuple[int, int]]) -> bool:
    return any(lo < t_hi and t_lo < hi for t_lo, t_hi in taken)


def align(a: tuple[str, ...], b: tuple[str, ...], params: AlignParams | None = None) -> list[Alignment]:
    """Maximal aligned passages of word sequences ``a`` and ``b``, sorted by position in ``a``."""
    p = params or AlignParams()
    anchors = _anchors(a, b, p.k, p.max_repeats)
    if not anchors:
        return []
    chains = _chains(anchors, p)
    # longest chains first; each stretch of text belongs to at most one passage
    chains.sort(key=lambda ch: (-len(ch), ch[0]))
    taken_a: list[tuple[int, int]] = []
    taken_b: list[tuple[int, int]] = []
    out: list[Alignment] = []
    for ch in chains:
        a0, a1 = ch[0][0], ch[-1][0] + p.k
        b0, b1 = ch[0][1], ch[-1][1] + p.k
        if min(a1 - a0, b1 - b0) < p.min_words:
            continue
        if _overlaps(a0, a1, taken_a) or _overlaps(b0, b1, taken_b):
            continue
        sim = Indel.normalized_similarity(a[a0:a1], b[b0:b1])
        if sim < p.min_similarity:
            continue
        taken_a.append((a0, a1))
        taken_b.append((b0, b1))
        out.append(Alignment(a0, a1, b0, b1, round(float(sim), 4), len(ch)))
    out.sort(key=lambda al: (al.a_start, al.b_start))
    return out


def moved_words(a: tuple[str, ...] | list[str], b: tuple[str, ...] | list[str]) -> int:
    """Words deleted at one place and inserted at another by the edit script from ``a`` to ``b``.

    Swapped roles ("A beat B" vs "B beat A") share every word but move some; copy editing
    rarely moves words within a sentence. Used to keep look-alike sentences apart.
    """
    ops = Indel.editops(a, b)
    deleted = Counter(a[o.src_pos] for o in ops if o.tag == "delete")
    inserted = Counter(b[o.dest_pos] for o in ops if o.tag == "insert")
    return sum((deleted & inserted).values())
