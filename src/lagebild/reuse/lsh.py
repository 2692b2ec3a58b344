"""MinHash LSH over window signatures, with a pluggable posting storage.

Parameters read in the user's terms: a Jaccard ``threshold``; bands and rows are worked
out from it (as in datasketch's ``_optimal_param``: minimise the weighted false-positive
and false-negative areas of the S-curve).
"""

from __future__ import annotations

import numpy as np

from .storage import MemoryStorage, PostingStorage

__all__ = ["WindowLSH", "optimal_bands"]

_FNV_PRIME = np.uint64(0x100000001B3)
_FNV_OFFSET = np.uint64(0xCBF29CE484222325)


def _area(f: np.ndarray, xs: np.ndarray) -> float:
    return float(np.sum((f[1:] + f[:-1]) * np.diff(xs)) / 2.0)


def optimal_bands(threshold: float, num_perm: int, fp_weight: float = 0.5, fn_weight: float = 0.5) -> tuple[int, int]:
    """``(bands, rows)`` with ``bands * rows <= num_perm`` that minimise the weighted error at ``threshold``."""
    if not 0.0 < threshold < 1.0:
        raise ValueError("threshold must be in (0, 1)")
    lo = np.linspace(0.0, threshold, 201)
    hi = np.linspace(threshold, 1.0, 201)
    best = (1, 1)
    best_err = float("inf")
    for b in range(1, num_perm + 1):
        for r in range(1, num_perm // b + 1):
            fp = _area(1 - (1 - lo**r) ** b, lo)
            fn = _area(1 - (1 - (1 - hi**r) ** b), hi)
            err = fp * fp_weight + fn * fn_weight
            if err < best_err - 1e-12:
                best_err, best = err, (b, r)
    return best


class WindowLSH:
    """Band index: windows whose signatures agree on all rows of any band become candidates."""

    def __init__(
        self,
        threshold: float = 0.5,
        num_perm: int = 32,
        storage: PostingStorage | None = None,
        bands: tuple[int, int] | None = None,
    ) -> None:
        self.num_perm = num_perm
        self.bands, self.rows = bands if bands is not None else optimal_bands(threshold, num_perm)
        if self.bands * self.rows > num_perm:
            raise ValueError("bands * rows exceeds num_perm")
        self.storage: PostingStorage = storage if storage is not None else MemoryStorage()

    def keys(self, signatures: np.ndarray) -> np.ndarray:
        """``n_windows x bands`` int64 keys (FNV-1a over the band's rows, band number mixed in)."""
        n = signatures.shape[0]
        out = np.empty((n, self.bands), dtype=np.uint64)
        sig = signatures.astype(np.uint64)
        for b in range(self.bands):
            h = np.full(n, _FNV_OFFSET ^ np.uint64(b + 1), dtype=np.uint64)
            for c in range(b * self.rows, (b + 1) * self.rows):
                h = (h ^ sig[:, c]) * _FNV_PRIME
            out[:, b] = h
        return out.view(np.int64)

    def insert(self, value: int, keys: np.ndarray) -> None:
        """File ``value`` (a document number) once under every distinct key in ``keys``."""
        self.storage.add_many((k, value) for k in np.unique(keys).tolist())

    def query(self, keys: np.ndarray) -> list[set[int]]:
        """Candidate window ids for each row of ``keys``."""
        rows = keys.tolist()
        found = self.storage.get_many([k for row in rows for k in row])
        out: list[set[int]] = []
        for row in rows:
            cands: set[int] = set()
            for k in row:
                hit = found.get(k)
                if hit:
                    cands.update(hit)
            out.append(cands)
        return out
