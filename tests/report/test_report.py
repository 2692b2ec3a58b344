from __future__ import annotations

import re
from dataclasses import replace

from lagebild.model import Analysis
from lagebild.report import render_html, render_markdown
from lagebild.report.svg import timeline_svg

from .conftest import R1, R2, TEXTS


def _mark_text(html: str, anchor: str) -> str:
    m = re.search(rf'<mark id="{anchor}"[^>]*>(.*?)</mark>', html, re.S)
    assert m is not None, anchor
    return re.sub(r"<[^>]+>", "", m.group(1)).replace("&#34;", '"').replace("&quot;", '"')


def test_render_html_footnotes_link_to_marked_spans(report_analysis: Analysis) -> None:
    html = render_html(report_analysis)
    links = re.findall(r'<a class="fn" href="#(sp-\d+-\d+-\d+)" id="fnref-(\d+)">', html)
    assert [n for _, n in links] == ["1", "2", "3"]
    for anchor, _ in links:
        art, start, end = (int(x) for x in anchor.split("-")[1:])
        text = TEXTS[["r1", "r2"][art]]
        assert _mark_text(html, anchor) == text[start:end]
    assert links[0][0] == f"sp-0-0-{R1.index('.') + 1}"


def test_render_html_sections_and_tables(report_analysis: Analysis) -> None:
    html = render_html(report_analysis)
    for section in ("briefing", "entities", "quotes", "conflicts", "timeline", "wire", "outlets", "texts"):
        assert f'<section id="{section}">' in html
    assert "<td>Annalena Baerbock</td><td>PER</td><td>Baerbock</td><td>Außenministerin</td>" in html
    assert '<th rowspan="2" scope="rowgroup">Annalena Baerbock</th>' in html
    assert '<span class="tone" style="--t:-0.444">-0.44</span>' in html
    assert '<td class="num">80 %</td>' in html
    assert html.count("<svg") == 2
    assert "<title>Lagebild: OSZE-Treffen in Wien</title>" in html


def test_render_html_is_self_contained_and_escaped(report_analysis: Analysis) -> None:
    html = render_html(report_analysis)
    assert not re.search(r"""(src|href)=["']?(https?:)?//""", html)
    assert "<link" not in html and "@import" not in html
    assert "Agentur &lt;X&gt;" in html and "Agentur <X>" not in html
    assert "&lt;am Ende&gt;" in html


def test_render_html_english_labels(report_analysis: Analysis) -> None:
    arts = tuple(replace(a, lang="en") for a in report_analysis.articles)
    html = render_html(replace(report_analysis, articles=arts))
    assert '<html lang="en">' in html and "<h2>Outlet comparison</h2>" in html


def test_render_html_empty_analysis() -> None:
    html = render_html(Analysis(articles=()))
    assert "<h1>Lagebild</h1>" in html


def test_render_markdown(report_analysis: Analysis) -> None:
    md = render_markdown(report_analysis)
    assert "1. Die Außenminister trafen sich am Dienstag in Wien.[^1]\n" in md
    assert "2. Umstritten sind die Zahlen: 57 Staaten gegenüber 56 Staaten.[^2][^3]\n" in md
    assert "[^2]: r1 (Wiener Blatt, 2023-11-28), „57 Staaten“ (#sp-0-" in md
    assert "| Annalena Baerbock | PER | Baerbock | Außenministerin | 2 | 2 |" in md
    assert "| r2 (Agentur \\<X\\>, 2023-11-29) | +0.00 | – | 75 % |" in md


def test_timeline_svg_rows_and_partial_dates(report_analysis: Analysis) -> None:
    svg = timeline_svg(report_analysis.timeline)
    assert svg.count("<circle") == 2
    assert svg.index("Vorbereitung") < svg.index("Treffen in Wien")  # 2023-11 sorts before 2023-11-28
    assert timeline_svg(()) == ""


def test_render_html_quote_also_in_and_reuse_marks(report_analysis: Analysis) -> None:
    html = render_html(report_analysis)
    start = R1.index("„Wir")
    assert (
        f'<td><a href="#sp-1-{R2.index("„Wir")}-{R2.index("“") + 1}">r2 (Agentur &lt;X&gt;, 2023-11-29)</a></td>'
        in html
    )
    reuse = f'<mark id="sp-0-{start}-{start + len("„Wir brauchen Vertrauen“, sagte")}" class="reuse"'
    assert f'{reuse} title="r2 (Agentur &lt;X&gt;, 2023-11-29)"><mark id="sp-0-{start}-' in html
