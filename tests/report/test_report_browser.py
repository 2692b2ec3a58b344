"""Open the HTML report in headless Chromium, click a footnote, check the highlighted span.

Needs Debian's ``chromium`` at /usr/bin/chromium and the ``playwright`` Python package (its driver
only; no browser download). Skips with a message when either is missing. The screenshot is kept at
``out/report-screenshot.png`` (a CI artifact; ``out/`` is git-ignored).
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from lagebild.model import Analysis
from lagebild.report import render_html

CHROMIUM = Path("/usr/bin/chromium")
SCREENSHOT = Path(__file__).resolve().parents[2] / "out" / "report-screenshot.png"
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def _sync_playwright():
    if not CHROMIUM.exists() and shutil.which("chromium") is None:
        pytest.skip("chromium is not installed (apt-get install chromium)")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        pytest.skip("playwright is not installed (pip install playwright)")
    return sync_playwright


def test_report_footnote_highlights_span_in_chromium(report_analysis: Analysis, tmp_path: Path) -> None:
    sync_playwright = _sync_playwright()
    page_file = tmp_path / "report.html"
    page_file.write_text(render_html(report_analysis), encoding="utf-8")
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        try:
            page = browser.new_page(viewport={"width": 1200, "height": 900})
            requests: list[str] = []
            page.on("request", lambda r: requests.append(r.url))
            page.goto(page_file.as_uri())
            page.click("#fnref-2")
            page.wait_for_function("location.hash === '#sp-0-79-89'")
            target = page.evaluate(
                "() => { const t = document.querySelector(':target');"
                " return t && [t.id, t.textContent, getComputedStyle(t).backgroundColor]; }"
            )
            assert target == ["sp-0-79-89", "57 Staaten", "rgb(255, 213, 74)"]
            in_view = page.evaluate(
                "() => { const r = document.querySelector(':target').getBoundingClientRect();"
                " return r.top >= 0 && r.bottom <= window.innerHeight; }"
            )
            assert in_view is True
            assert [u for u in requests if not u.startswith("file:")] == []
            SCREENSHOT.parent.mkdir(parents=True, exist_ok=True)
            page.screenshot(path=str(SCREENSHOT), full_page=False)
        finally:
            browser.close()
    assert SCREENSHOT.stat().st_size > 10_000
