"""Union-find over integer ids that keeps, per set, the reasons why its members were merged."""

from __future__ import annotations

__all__ = ["UnionFind"]


class UnionFind:
    """Disjoint sets over ``0..n-1``; :meth:`union` records a reason on the merged set."""

    def __init__(self, n: int) -> None:
        if n < 0:
            raise ValueError("size must be >= 0")
        self._parent = list(range(n))
        self._rank = [0] * n
        self._why: dict[int, set[str]] = {}

    def find(self, x: int) -> int:
        parent = self._parent
        root = x
        while parent[root] != root:
            root = parent[root]
        while parent[x] != root:
            parent[x], x = root, parent[x]
        return root

    def union(self, a: int, b: int, why: str | None = None) -> bool:
        """Merge the sets of ``a`` and ``b``; returns False when they were already one set."""
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return False
        if self._rank[ra] < self._rank[rb]:
            ra, rb = rb, ra
        self._parent[rb] = ra
        if self._rank[ra] == self._rank[rb]:
            self._rank[ra] += 1
        reasons = self._why.setdefault(ra, set())
        reasons.update(self._why.pop(rb, ()))
        if why:
            reasons.add(why)
        return True

    def note(self, x: int, why: str) -> None:
        """Record a reason on the set of ``x`` without merging anything."""
        self._why.setdefault(self.find(x), set()).add(why)

    def reasons(self, x: int) -> set[str]:
        return self._why.get(self.find(x), set())
