"""Token access for linking: the NLP stage's tokens, or a plain regex fallback when a Doc has none."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from ..model import Doc, Token

__all__ = ["DocTokens"]

_FALLBACK_RE = re.compile(r"[^\W_]+(?:['’][^\W_]+)?(?:[-–][^\W_]+(?:['’][^\W_]+)?)*|[^\w\s]")
_SENT_END = frozenset(".!?")


@dataclass(frozen=True, slots=True)
class DocTokens:
    """Tokens of one document with a sentence number per token and a start-offset index."""

    tokens: tuple[Token, ...]
    sent: tuple[int, ...]
    starts: tuple[int, ...]

    @classmethod
    def of(cls, doc: Doc) -> DocTokens:
        tokens = doc.tokens
        if not tokens:
            tokens = tuple(
                Token(i=i, start=m.start(), end=m.end(), text=m.group(0))
                for i, m in enumerate(_FALLBACK_RE.finditer(doc.text))
            )
        sent: list[int] = []
        if doc.sentences and doc.tokens:
            bounds = [s.tok_start for s in doc.sentences]
            for tok in tokens:
                sent.append(max(0, bisect.bisect_right(bounds, tok.i) - 1))
        else:
            current = 0
            for tok in tokens:
                sent.append(current)
                if tok.text in _SENT_END:
                    current += 1
        return cls(tokens=tokens, sent=tuple(sent), starts=tuple(t.start for t in tokens))

    def first_at(self, char: int) -> int:
        """Index of the first token starting at or after ``char``."""
        return bisect.bisect_left(self.starts, char)

    def last_before(self, char: int) -> int:
        """Index of the last token ending at or before ``char`` (-1 when none)."""
        i = bisect.bisect_left(self.starts, char) - 1
        while i >= 0 and self.tokens[i].end > char:
            i -= 1
        return i
