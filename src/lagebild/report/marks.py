"""Article text as HTML with the findings' spans marked (properly nested ``<mark>`` elements).

Spans may cross each other; a crossing span is split into pieces so the HTML stays well formed.
The first piece carries the anchor id (``#sp-...``), later pieces carry ``data-part-of`` so the
report's small script can highlight them together when the anchor is the target.
"""

from __future__ import annotations

import heapq
import html
from collections.abc import Iterable
from dataclasses import dataclass

__all__ = ["Mark", "render_marked"]


@dataclass(frozen=True, slots=True)
class Mark:
    start: int
    end: int
    anchor: str  # element id, unique in the page
    classes: tuple[str, ...]
    title: str = ""


@dataclass(frozen=True, slots=True)
class _Piece:
    start: int
    end: int
    mark: Mark
    first: bool


def _pieces(marks: Iterable[Mark]) -> list[_Piece]:
    heap: list[tuple[int, int, str, bool, Mark]] = []
    for m in marks:
        if m.end > m.start:
            heap.append((m.start, -m.end, m.anchor, True, m))
    heapq.heapify(heap)
    out: list[_Piece] = []
    stack: list[_Piece] = []
    while heap:
        s, neg_e, anchor, first, mark = heapq.heappop(heap)
        e = -neg_e
        while stack and stack[-1].end <= s:
            stack.pop()
        if stack and e > stack[-1].end:
            heapq.heappush(heap, (stack[-1].end, -e, anchor, False, mark))
            e = stack[-1].end
        piece = _Piece(s, e, mark, first)
        out.append(piece)
        stack.append(piece)
    return out


def render_marked(text: str, marks: Iterable[Mark]) -> str:
    """``text`` HTML-escaped with every mark wrapped around its characters."""
    pieces = _pieces(marks)
    out: list[str] = []
    pos = 0
    stack: list[_Piece] = []

    def close_until(limit: int) -> None:
        nonlocal pos
        while stack and stack[-1].end <= limit:
            top = stack.pop()
            out.append(html.escape(text[pos : top.end]))
            out.append("</mark>")
            pos = top.end

    for p in pieces:
        close_until(p.start)
        out.append(html.escape(text[pos : p.start]))
        pos = p.start
        classes = " ".join(p.mark.classes)
        title = f' title="{html.escape(p.mark.title)}"' if p.mark.title else ""
        if p.first:
            out.append(f'<mark id="{p.mark.anchor}" class="{classes}"{title}>')
        else:
            out.append(f'<mark class="{classes}" data-part-of="{p.mark.anchor}"{title}>')
        stack.append(p)
    close_until(len(text) + 1)
    out.append(html.escape(text[pos:]))
    return "".join(out)
