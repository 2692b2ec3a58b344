"""The readable report: one static, self-contained HTML page (or Markdown) from an Analysis.

Briefing with numbered footnotes that link to the highlighted span in the article text, the entity
list with its spellings, quotes by speaker, conflicting figures, the timeline and the wire-copy
graph as inline SVG, and the outlet comparison. No external assets: the page opens offline.
"""

from __future__ import annotations

import logging
from functools import lru_cache
from importlib import resources

import jinja2

from ..model import Analysis
from .view import ReportView, build_view

log = logging.getLogger(__name__)

__all__ = ["ReportView", "build_view", "render_html", "render_markdown"]

_PKG = "lagebild.report"


@lru_cache(maxsize=1)
def _environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.PackageLoader(_PKG, "templates"),
        autoescape=jinja2.select_autoescape(enabled_extensions=("html", "html.j2"), default_for_string=False),
        keep_trailing_newline=True,
        trim_blocks=False,
        undefined=jinja2.StrictUndefined,
    )
    env.filters["md"] = _md_escape
    return env


def _md_escape(value: object) -> str:
    text = " ".join(str(value).split())
    for ch in ("\\", "|", "*", "_", "[", "]", "<", ">", "`"):
        text = text.replace(ch, "\\" + ch)
    return text


def _css() -> str:
    return resources.files(_PKG).joinpath("templates/report.css").read_text(encoding="utf-8")


def render_html(analysis: Analysis) -> str:
    """The report as one self-contained HTML page."""
    view = build_view(analysis)
    html = _environment().get_template("report.html.j2").render(v=view, L=view.labels, css=_css())
    log.debug("report: %d briefing sentences, %d articles", len(view.briefing), len(view.articles))
    return html


def render_markdown(analysis: Analysis) -> str:
    """The report as Markdown (footnotes point at the HTML report's span anchors)."""
    view = build_view(analysis)
    return _environment().get_template("report.md.j2").render(v=view, L=view.labels)
