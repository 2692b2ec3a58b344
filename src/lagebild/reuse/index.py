"""Streaming reuse index: add one document at a time, get its passages shared with earlier ones.

Each new document's dense windows (every ``stride`` shingles) query the LSH index; its
disjoint windows (every ``window`` shingles) are then filed. Any shared passage of about
``2 * window`` words or more therefore contains a filed window of the earlier document
that one of the later document's windows nearly matches. Candidate document pairs are
aligned word by word (:mod:`.align`); only aligned passages are reported.
"""

from __future__ import annotations

import logging
from collections import Counter, OrderedDict
from dataclasses import dataclass, field

import numpy as np

from .align import Alignment, AlignParams, align
from .lsh import WindowLSH
from .minhash import WindowHasher
from .storage import PostingStorage, open_storage
from .words import Words, word_hashes, words_of

__all__ = ["PairMatch", "ReuseConfig", "ReuseIndex"]

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class ReuseConfig:
    """Settings of reuse detection, in the user's terms (similarities in 0..1, lengths in words)."""

    threshold: float = 0.4  # Jaccard of window shingle sets for an LSH candidate
    num_perm: int = 32
    shingle: int = 3
    window: int = 20
    stride: int = 5
    seed: int = 1
    max_postings: int = 64  # band keys shared by more windows are boilerplate
    min_hits: int = 2  # dense windows that must hit a document before it is aligned
    min_shared: int = 4  # distinct shared shingles a document needs before it is aligned
    align: AlignParams = field(default_factory=AlignParams)


@dataclass(frozen=True, slots=True)
class PairMatch:
    """Aligned passages between an earlier document (``earlier``) and the one just added."""

    earlier: int
    alignments: tuple[Alignment, ...]


class ReuseIndex:
    """Incremental passage-reuse index over an in-memory or SQLite posting storage."""

    def __init__(self, config: ReuseConfig | None = None, storage: PostingStorage | None = None) -> None:
        self.config = config or ReuseConfig()
        c = self.config
        self.hasher = WindowHasher(c.num_perm, c.shingle, c.window, c.stride, c.seed)
        self.storage = storage if storage is not None else open_storage(None, c.max_postings)
        self.lsh = WindowLSH(c.threshold, c.num_perm, self.storage)
        self._count = self.storage.n_texts()  # an on-disk index goes on where it stopped
        self._cache: OrderedDict[int, Words] = OrderedDict()
        self._cache_size = 1024

    def __len__(self) -> int:
        return self._count

    def key(self, idx: int) -> str:
        """The id document ``idx`` was added under."""
        return self.storage.get_text(idx)[0]

    def words(self, idx: int) -> Words:
        """Normalised words of document ``idx`` (re-read from storage when not cached)."""
        hit = self._cache.get(idx)
        if hit is not None:
            self._cache.move_to_end(idx)
            return hit
        _, text = self.storage.get_text(idx)
        return self._remember(idx, words_of(text))

    def _remember(self, idx: int, words: Words) -> Words:
        self._cache[idx] = words
        if len(self._cache) > self._cache_size:
            self._cache.popitem(last=False)
        return words

    def candidates(self, hashes: np.ndarray) -> list[int]:
        """Earlier documents sharing a band with ``min_hits`` of the dense windows (one for short texts).

        A passage worth reporting spans several overlapping windows, so a true match hits
        several times; a single chance collision does not pay for an alignment.
        """
        if len(hashes) < self.config.shingle:
            return []
        dense = self.hasher.windows(hashes, every=1)
        hits: Counter[int] = Counter()
        for cands in self.lsh.query(self.lsh.keys(dense.signatures)):
            hits.update(cands)
        need = self.config.min_hits if len(dense) >= 2 * self.config.min_hits + 2 else 1
        return sorted(d for d, n in hits.items() if n >= need)

    def add(self, key: str, text: str) -> tuple[int, list[PairMatch]]:
        """File a document; return its index and its aligned passages with earlier documents."""
        idx = self._count
        self._count += 1
        words = self._remember(idx, words_of(text))
        self.storage.put_text(idx, key, text)
        hashes = word_hashes(words.norm)
        grams = np.unique(self.hasher.shingle_hashes(hashes).astype(np.uint32))
        self.storage.put_grams(idx, grams.tobytes())
        matches: list[PairMatch] = []
        for other in self.candidates(hashes):
            theirs = np.frombuffer(self.storage.get_grams(other), dtype=np.uint32)
            if np.intersect1d(grams, theirs, assume_unique=True).size < self.config.min_shared:
                continue  # too few shared shingles for any passage: skip reading and aligning it
            als = align(self.words(other).norm, words.norm, self.config.align)
            if als:
                matches.append(PairMatch(other, tuple(als)))
        if len(hashes) >= self.config.shingle:
            sparse = self.hasher.windows(hashes, every=self.config.window // self.config.stride)
            self.lsh.insert(idx, self.lsh.keys(sparse.signatures))
        return idx, matches

    def close(self) -> None:
        self.storage.close()
