"""Whole main job (ingest-free): articles/s, tokens/s and per-stage seconds for growing corpora.

    .venv/bin/python benchmarks/bench_pipeline.py [--sizes 50 100 200] [--workers 1]

Real German news from ../shared/data/10kgnad-test-de (NC: read for measuring only, never stored)
when present, else the bundled demo corpus repeated with distinct ids. Warm-up run first; each size
is run once after it (the stage timings come from the pipeline itself).
"""

from __future__ import annotations

import argparse
import csv
import resource
import sys
import time
from pathlib import Path

from lagebild.ingest import load_paths
from lagebild.model import Article
from lagebild.pipeline import Timings, analyze

ROOT = Path(__file__).resolve().parents[1]
GNAD = ROOT.parent / "shared" / "data" / "10kgnad-test-de" / "test.csv"


def corpus(n: int) -> list[Article]:
    if GNAD.exists():
        csv.field_size_limit(10**9)
        with GNAD.open(encoding="utf-8") as fh:
            rows = [r for r in csv.reader(fh, delimiter=";", quotechar="'") if len(r) == 2]
        texts = [r[1] for r in rows]
        source = "10kGNAD"
    else:
        texts = [a.text for a in load_paths([ROOT / "src" / "lagebild" / "demo" / "corpus"]).articles]
        source = "demo"
    arts = [Article(id=f"b{i:06d}", text=texts[i % len(texts)], date="2023-03-14") for i in range(n)]
    print(f"corpus: {source}, {n} articles", file=sys.stderr)
    return arts


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", type=int, nargs="+", default=[50, 100, 200])
    ap.add_argument("--workers", type=int, default=1)
    args = ap.parse_args()
    analyze(corpus(5), workers=1)  # warm-up: model loading, lexicons
    print(f"{'articles':>8} {'tokens':>8} {'seconds':>8} {'art/s':>7} {'tok/s':>8}  stages")
    for n in args.sizes:
        arts = corpus(n)
        t = Timings()
        started = time.perf_counter()
        analysis = analyze(arts, workers=args.workers, timings=t)
        secs = time.perf_counter() - started
        tokens = sum(len(a.text.split()) for a in analysis.articles)
        stages = " ".join(f"{k}={v:.2f}" for k, v in t.stages.items())
        print(f"{n:>8} {tokens:>8} {secs:>8.2f} {n / secs:>7.1f} {tokens / secs:>8.0f}  {stages}")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak RSS {peak:.0f} MB")


if __name__ == "__main__":
    main()
