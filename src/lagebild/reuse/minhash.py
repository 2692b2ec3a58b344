"""Vectorised MinHash signatures of overlapping word-shingle windows.

A text of ``n`` words has ``n - k + 1`` shingles (``k`` consecutive words). A window is
``window`` consecutive shingles; windows start every ``stride`` shingles. All windows of a
text are hashed in one pass: min-hashes per block of ``stride`` shingles, then a sliding
minimum over ``window // stride`` blocks, so the cost is linear in the text length.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

__all__ = ["WindowHasher", "WindowSignatures"]

_MASK32 = np.uint64(0xFFFFFFFF)


@dataclass(frozen=True, slots=True)
class WindowSignatures:
    """Signatures (``n_windows x num_perm`` uint32) and the word range ``[start, end)`` of each window."""

    signatures: np.ndarray
    word_starts: np.ndarray
    word_ends: np.ndarray

    def __len__(self) -> int:
        return int(self.signatures.shape[0])


class WindowHasher:
    """MinHash of shingle windows with seeded, reproducible permutations.

    >>> h = WindowHasher(num_perm=16, shingle=3, window=6, stride=3, seed=1)
    """

    def __init__(self, num_perm: int = 32, shingle: int = 3, window: int = 30, stride: int = 10, seed: int = 1):
        if num_perm < 1:
            raise ValueError("num_perm must be >= 1")
        if shingle < 1:
            raise ValueError("shingle must be >= 1")
        if stride < 1 or window < stride or window % stride:
            raise ValueError("window must be a positive multiple of stride")
        self.num_perm = num_perm
        self.shingle = shingle
        self.window = window
        self.stride = stride
        self.seed = seed
        rng = np.random.default_rng(seed)
        # multiply-xorshift permutations: odd 64-bit multipliers, 64-bit xor masks
        self._mul = (rng.integers(1, 2**63, size=(num_perm, 1), dtype=np.uint64) << np.uint64(1)) | np.uint64(1)
        self._xor = rng.integers(0, 2**63, size=(num_perm, 1), dtype=np.uint64)

    def shingle_hashes(self, word_hashes: np.ndarray) -> np.ndarray:
        """32-bit hash of every ``k``-word shingle (order-sensitive)."""
        n = len(word_hashes) - self.shingle + 1
        if n <= 0:
            return np.zeros(0, dtype=np.uint64)
        h = word_hashes[:n].copy()
        for t in range(1, self.shingle):
            h = ((h * np.uint64(0x01000193)) ^ word_hashes[t : t + n]) & _MASK32
        return h

    def permuted(self, shingles: np.ndarray) -> np.ndarray:
        """``num_perm x n`` matrix of permuted 32-bit shingle hashes."""
        return ((shingles[np.newaxis, :] ^ self._xor) * self._mul) >> np.uint64(32)

    def windows(self, word_hashes: np.ndarray, every: int = 1) -> WindowSignatures:
        """Signatures of windows starting at every ``every``-th stride (``every=window//stride``: disjoint)."""
        shingles = self.shingle_hashes(word_hashes)
        n = len(shingles)
        if n == 0:
            empty = np.zeros(0, dtype=np.int64)
            return WindowSignatures(np.zeros((0, self.num_perm), dtype=np.uint32), empty, empty)
        perm = self.permuted(shingles)
        block_starts = np.arange(0, n, self.stride)
        blocks = np.minimum.reduceat(perm, block_starts, axis=1)
        q = self.window // self.stride
        nblocks = blocks.shape[1]
        if nblocks <= q:
            sig = blocks.min(axis=1)[np.newaxis, :]
            first = np.array([0])
        else:
            view = np.lib.stride_tricks.sliding_window_view(blocks, q, axis=1)
            first = np.arange(0, nblocks - q + 1, every)
            if first[-1] != nblocks - q:
                first = np.append(first, nblocks - q)
            sig = view[:, first, :].min(axis=2).T
        word_starts = first * self.stride
        word_ends = np.minimum(word_starts + self.window, n) + self.shingle - 1
        return WindowSignatures(np.ascontiguousarray(sig, dtype=np.uint32), word_starts, word_ends)
