"""Issue-3 acceptance on ../shared/seeds (skips when absent). No seed text is copied here."""

from __future__ import annotations

from pathlib import Path

from lagebild.export import to_contract, validate
from lagebild.ingest import load_paths
from lagebild.pipeline import analyze


def test_seeds_ingest(seeds: Path) -> None:
    res = load_paths([seeds])
    files = sorted(p.stem for p in seeds.glob("*.txt"))
    assert [a.id for a in res.articles] == files
    assert res.skipped == [] and res.duplicates == []
    with_header = [
        p.stem for p in sorted(seeds.glob("*.txt")) if p.read_text(encoding="utf-8").lstrip().startswith("date ")
    ]
    assert [a.id for a in res.articles if a.date == "2022-01"] == with_header
    assert all(not a.text.lstrip().startswith("date ") and not a.text.startswith("Von ") for a in res.articles)
    assert res.articles[0].byline == ("Matthias Kolb", "Paul-Anton Krüger")


def test_seeds_analysis_schema_valid(seeds: Path) -> None:
    res = load_paths([seeds])
    doc = to_contract(analyze(res.articles))
    validate(doc)
    assert len(doc["articles"]) == 5
