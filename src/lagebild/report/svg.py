"""Inline SVG plots for the report: the timeline and the wire-copy graph (no external assets)."""

from __future__ import annotations

import datetime as dt
import html
import math
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from ..model import Reuse, TimelineEntry

__all__ = ["GraphNode", "timeline_svg", "wire_graph_svg"]

_FONT = 'font-family="system-ui, sans-serif" font-size="12"'


def _parse_date(value: str) -> dt.date | None:
    parts = value.strip()[:10].split("-")
    try:
        year = int(parts[0])
        month = int(parts[1]) if len(parts) > 1 and parts[1] else 1
        day = int(parts[2]) if len(parts) > 2 and parts[2] else 1
        return dt.date(year, month, day)
    except (ValueError, IndexError):
        return None


def timeline_svg(entries: Sequence[TimelineEntry], width: int = 1100) -> str:
    """One row per entry: a dot at its date on a shared axis, the label to the right."""
    dated = [(d, e) for e in entries if (d := _parse_date(e.date)) is not None]
    if not dated:
        return ""
    dated.sort(key=lambda de: (de[0], de[1].date, de[1].label))
    row, top, axis_w, left = 24, 30, 320, 90
    height = top + row * len(dated) + 30
    first, last = dated[0][0], dated[-1][0]
    span = max(1, (last - first).days)

    def x(d: dt.date) -> float:
        return left + (axis_w * (d - first).days / span if last > first else axis_w / 2)

    out = [
        f'<svg xmlns="http://www.w3.org/2000/svg" class="timeline" width="{width}" height="{height}" '
        f'viewBox="0 0 {width} {height}" role="img" aria-label="timeline">',
        f'<line x1="{left}" y1="{top - 12}" x2="{left + axis_w}" y2="{top - 12}" stroke="#888"/>',
        f'<text x="{left}" y="{top - 18}" {_FONT} text-anchor="start">{html.escape(first.isoformat())}</text>',
        f'<text x="{left + axis_w}" y="{top - 18}" {_FONT} text-anchor="end">{html.escape(last.isoformat())}</text>',
    ]
    for i, (d, entry) in enumerate(dated):
        y = top + i * row
        cx = x(d)
        out.append(f'<line x1="{left}" y1="{y}" x2="{left + axis_w}" y2="{y}" stroke="#eee"/>')
        out.append(f'<text x="{left - 8}" y="{y + 4}" {_FONT} text-anchor="end">{html.escape(entry.date)}</text>')
        out.append(
            f'<circle cx="{cx:.1f}" cy="{y}" r="6" fill="#2a6fdb"><title>{html.escape(entry.label)}</title></circle>'
        )
        label = entry.label if len(entry.label) <= 90 else entry.label[:89] + "…"
        n = len(entry.articles)
        out.append(
            f'<text x="{left + axis_w + 16}" y="{y + 4}" {_FONT}>{html.escape(label)} '
            f'<tspan fill="#777">({n})</tspan></text>'
        )
    out.append("</svg>")
    return "".join(out)


@dataclass(frozen=True, slots=True)
class GraphNode:
    article: str
    label: str
    href: str


def wire_graph_svg(nodes: Sequence[GraphNode], reuse: Sequence[Reuse], size: int = 420) -> str:
    """Articles on a circle; an edge per pair that shares text, thicker for more shared characters.

    Dashed edges are shared quotes (the same quote in both), solid ones wire copy.
    """
    if not nodes:
        return ""
    index = {n.article: i for i, n in enumerate(nodes)}
    chars: dict[tuple[int, int], int] = defaultdict(int)
    quote_only: dict[tuple[int, int], bool] = defaultdict(lambda: True)
    best: dict[tuple[int, int], float] = defaultdict(float)
    for r in reuse:
        if r.a.article not in index or r.b.article not in index or r.a.article == r.b.article:
            continue
        key = tuple(sorted((index[r.a.article], index[r.b.article])))
        chars[key] += max(r.a.end - r.a.start, r.b.end - r.b.start)
        quote_only[key] = quote_only[key] and r.shared_quote
        best[key] = max(best[key], r.similarity)
    cx = cy = size / 2
    radius = size / 2 - 70
    pos = []
    for i in range(len(nodes)):
        angle = -math.pi / 2 + 2 * math.pi * i / len(nodes)
        pos.append((cx + radius * math.cos(angle), cy + radius * math.sin(angle)))
    most = max(chars.values(), default=1)
    out = [
        f'<svg xmlns="http://www.w3.org/2000/svg" class="wiregraph" width="{size + 200}" height="{size}" '
        f'viewBox="-100 0 {size + 200} {size}" role="img" aria-label="wire-copy graph">'
    ]
    for (i, j), n in sorted(chars.items()):
        (x1, y1), (x2, y2) = pos[i], pos[j]
        w = 1 + 7 * n / most
        dash = ' stroke-dasharray="6 4"' if quote_only[(i, j)] else ""
        title = f"{nodes[i].label} – {nodes[j].label}: {n} chars, similarity {best[(i, j)]:.2f}"
        out.append(
            f'<line x1="{x1:.1f}" y1="{y1:.1f}" x2="{x2:.1f}" y2="{y2:.1f}" stroke="#d9822b" '
            f'stroke-width="{w:.1f}"{dash}><title>{html.escape(title)}</title></line>'
        )
    for node, (x, y) in zip(nodes, pos, strict=True):
        anchor = "start" if x > cx + 1 else "end" if x < cx - 1 else "middle"
        dx = 12 if anchor == "start" else -12 if anchor == "end" else 0
        dy = -12 if anchor == "middle" and y < cy else 20 if anchor == "middle" else 4
        out.append(
            f'<a href="{html.escape(node.href)}"><circle cx="{x:.1f}" cy="{y:.1f}" r="9" fill="#2a6fdb"/>'
            f'<text x="{x + dx:.1f}" y="{y + dy:.1f}" {_FONT} text-anchor="{anchor}">'
            f"{html.escape(node.label)}</text></a>"
        )
    out.append("</svg>")
    return "".join(out)
