"""Story clustering: time, peak memory and BCubed on 1k/10k/100k generated articles.

Generated (seeded) stream: stories of 2-14 articles spread over three days; every story has
its own names (capitalised invented words) and draws topic words from an event kind that it
shares with other stories (like ECB+: same kind of event, different event), mixed into
Zipf-distributed background words. Articles arrive in date order, stories interleaved.
Each size runs in its own process so ``ru_maxrss`` is that size's peak. ``seconds`` is CPU time of the
measured call (the machine is shared; ``wall_seconds`` is given too). ``--real`` also
times the 1,028 real German articles of ../shared/data/10kgnad-test-de (no story labels).

    python benchmarks/bench_stories.py --sizes 1000 10000 100000 [--real]
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import json
import random
import resource
import subprocess
import sys
import time
from pathlib import Path

from lagebild.evaluation.stories import bcubed
from lagebild.model import Article, Doc
from lagebild.stories import cluster_stories

SYLLABLES = ["ka", "lo", "mi", "ne", "ru", "sa", "te", "vo", "ba", "di", "gu", "pe", "ri", "to", "ze", "an", "el", "or"]
REAL = Path(__file__).resolve().parents[1] / ".." / "shared" / "data" / "10kgnad-test-de" / "test.csv"


def _word(rng: random.Random) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 4)))


def generate(n_articles: int, seed: int = 11) -> tuple[list[Doc], dict[str, str]]:
    rng = random.Random(seed)
    background = sorted({_word(rng) for _ in range(20000)})
    bg_weights = [1.0 / (r + 1) for r in range(len(background))]
    kinds = [[_word(rng) for _ in range(30)] for _ in range(max(1, n_articles // 40))]
    start = dt.date(2024, 1, 1)
    items: list[tuple[dt.date, float, str, str]] = []
    gold: dict[str, str] = {}
    story = 0
    while len(items) < n_articles:
        kind = kinds[rng.randrange(len(kinds))]
        names = [_word(rng).capitalize() for _ in range(6)]
        day0 = start + dt.timedelta(days=rng.randrange(365))
        for _ in range(min(rng.randint(2, 14), n_articles - len(items))):
            words = rng.choices(background, bg_weights, k=100)
            words += rng.choices(kind, k=35) + rng.choices(names, k=15)
            rng.shuffle(words)
            text = ". ".join(" ".join(words[k : k + 12]) for k in range(0, len(words), 12)) + "."
            aid = f"a{len(items):06d}"
            items.append((day0 + dt.timedelta(days=rng.randrange(3)), rng.random(), aid, text))
            gold[aid] = f"s{story}"
        story += 1
    items.sort()
    docs = [
        Doc(Article(id=aid, text=text, date=day.isoformat()), lang="", tokens=(), sentences=())
        for day, _, aid, text in items
    ]
    return docs, gold


def real_docs() -> list[Doc]:
    with REAL.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.reader(fh, delimiter=";", quotechar="'"))
    return [
        Doc(Article(id=f"g{i:05d}", text=row[1]), lang="de", tokens=(), sentences=())
        for i, row in enumerate(rows)
        if len(row) >= 2
    ]


def one_size(n: int) -> dict:
    docs, gold = generate(n) if n > 0 else (real_docs(), {})
    t0, wall0 = time.process_time(), time.perf_counter()
    stories = cluster_stories(docs, {})
    elapsed, wall = time.process_time() - t0, time.perf_counter() - wall0
    result: dict = {
        "articles": len(docs),
        "seconds": round(elapsed, 2),
        "wall_seconds": round(wall, 2),
        "stories": len(stories),
    }
    if gold:
        predicted = {a: s.id for s in stories for a in s.articles}
        result["gold_stories"] = len(set(gold.values()))
        result["bcubed"] = bcubed(predicted, gold)
    else:
        result["corpus"] = "10kgnad-test-de (real, no story labels)"
    result["peak_rss_mb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)
    return result


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000, 100000])
    ap.add_argument("--real", action="store_true", help="also time the real 10kGNAD test articles")
    ap.add_argument("--one", type=int, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.one is not None:
        sys.stdout.write(json.dumps(one_size(args.one)) + "\n")
        return
    sizes = list(args.sizes) + ([0] if args.real and REAL.is_file() else [])
    rows = []
    for n in sizes:
        out = subprocess.run([sys.executable, __file__, "--one", str(n)], check=True, capture_output=True, text=True)
        sys.stdout.write(out.stdout)
        sys.stdout.flush()
        if n > 0:
            rows.append(json.loads(out.stdout))
    for prev, cur in zip(rows, rows[1:], strict=False):
        factor = cur["seconds"] / max(prev["seconds"], 1e-9)
        sys.stdout.write(
            f"{prev['articles']} -> {cur['articles']}: x{cur['articles'] / prev['articles']:.0f} articles, x{factor:.2f} time\n"
        )


if __name__ == "__main__":
    main()
