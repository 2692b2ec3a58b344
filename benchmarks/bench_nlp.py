"""Throughput of the whole NLP stage (``lagebild.nlp.process``) on real German text.

Reads paragraphs from ``../shared/data/raw-text-de`` (Bundestag protocols), packs them into
articles of about ``--article-tokens`` whitespace tokens, warms up, then times ``--repeats`` runs
in this one process (one core) and reports tokens per CPU-second (= per core, median run and best
run; CPU time of the process, though contention for a shared core still inflates it), plus growth: the
time per token for the first half vs. all articles (near-linear when the ratio is ~1).

Run: ``nice -n 10 .venv/bin/python benchmarks/bench_nlp.py [--tokens 50000] [--repeats 3] [--json]``
"""

from __future__ import annotations

import argparse
import gzip
import json
import statistics
import sys
import time
from pathlib import Path

from lagebild.model import Article
from lagebild.nlp import process

DATA = Path(__file__).resolve().parents[1] / ".." / "shared" / "data" / "raw-text-de" / "bundestag-wp20"


def load_articles(total_tokens: int, article_tokens: int) -> list[Article]:
    files = sorted(DATA.glob("*.txt.gz"))
    if not files:
        sys.exit(f"no raw text under {DATA}")
    articles: list[Article] = []
    buf: list[str] = []
    n_buf = n_all = 0
    for f in files[20:]:  # skip the short opening sittings
        with gzip.open(f, "rt", encoding="utf-8") as fh:
            for line in fh:
                line = line.strip()
                if not line:
                    continue
                buf.append(line)
                k = len(line.split())
                n_buf += k
                n_all += k
                if n_buf >= article_tokens:
                    articles.append(Article(id=f"bench{len(articles):04d}", text="\n\n".join(buf)))
                    buf, n_buf = [], 0
                if n_all >= total_tokens:
                    return articles
    return articles


def run(articles: list[Article]) -> tuple[float, int]:
    """CPU seconds of this process (robust on a shared machine) and tokens produced."""
    t = time.process_time()
    n = 0
    for a in articles:
        n += len(process(a, lang="de").tokens)
    return time.process_time() - t, n


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--tokens", type=int, default=50000)
    ap.add_argument("--article-tokens", type=int, default=600)
    ap.add_argument("--repeats", type=int, default=3)
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    articles = load_articles(args.tokens, args.article_tokens)
    run(articles[:3])  # warm-up: loads the model and word lists
    times = []
    n_tokens = 0
    for _ in range(args.repeats):
        secs, n_tokens = run(articles)
        times.append(secs)
    half = articles[: len(articles) // 2]
    half_secs, half_tokens = run(half)
    med = statistics.median(times)
    result = {
        "articles": len(articles),
        "tokens": n_tokens,
        "cpu_seconds_median": round(med, 3),
        "tokens_per_second_per_core": round(n_tokens / med),
        # the fastest repeat: least disturbed by other load on a shared machine (compare like with like)
        "tokens_per_second_per_core_best": round(n_tokens / min(times)),
        "per_token_ratio_full_vs_half": round((med / n_tokens) / (half_secs / max(1, half_tokens)), 3),
    }
    print(json.dumps(result) if args.json else "\n".join(f"{k}: {v}" for k, v in result.items()))


if __name__ == "__main__":
    main()
