"""Linking thresholds, in the user's terms (similarity 0..1), and the comparison window inside blocks."""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["MergeSettings", "window_pairs"]


@dataclass(frozen=True, slots=True)
class MergeSettings:
    """Thresholds in the user's terms (similarity 0..1).

    ``window``: inside a block, names are sorted and each is compared with the next ``window`` names only
    (sorted-neighbourhood blocking), so the cost stays linear however large a block grows."""

    surname_similarity: float = 0.80
    given_similarity: float = 0.80
    name_similarity: float = 0.90
    window: int = 24

    def __post_init__(self) -> None:
        for name in ("surname_similarity", "given_similarity", "name_similarity"):
            value = getattr(self, name)
            if not 0.0 < value <= 1.0:
                raise ValueError(f"{name} must be in (0, 1], got {value}")
        if self.window < 1:
            raise ValueError(f"window must be >= 1, got {self.window}")


def window_pairs(n: int, window: int) -> list[tuple[int, int]]:
    """Index pairs (a, b), a < b <= a + window, over ``n`` sorted items."""
    return [(a, b) for a in range(n) for b in range(a + 1, min(n, a + window + 1))]
