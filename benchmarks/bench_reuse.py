"""Reuse detection: time and peak memory on 1k/10k/100k generated articles with planted reuse.

The corpus is generated (seeded): Zipf-distributed invented words in sentences, ~300 words per
article; a fifth of the articles copy a 40-80 word passage from an earlier article with small
edits (one word re-cased, one word replaced, a three-word clause inserted). Each size runs in
its own process so ``ru_maxrss`` is that size's peak. ``seconds`` is CPU time of the
measured call (the machine is shared; ``wall_seconds`` is given too). On the 1k corpus the LSH result is also
compared with an exact all-pairs alignment (every pair that shares a word trigram is aligned).

    python benchmarks/bench_reuse.py --sizes 1000 10000 100000 [--storage segments|memory|sqlite] [--real]
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from lagebild.reuse import MemoryStorage, ReuseConfig, ReuseIndex, SegmentStorage, SQLiteStorage, align
from lagebild.reuse.words import words_of

REAL = Path(__file__).resolve().parents[1] / ".." / "shared" / "data" / "10kgnad-test-de" / "test.csv"
SYLLABLES = ["ka", "lo", "mi", "ne", "ru", "sa", "te", "vo", "ba", "di", "gu", "pe", "ri", "to", "ze", "an", "el", "or"]


def vocabulary(n: int, rng: random.Random) -> list[str]:
    words: set[str] = set()
    while len(words) < n:
        words.add("".join(rng.choice(SYLLABLES) for _ in range(rng.randint(1, 4))))
    return sorted(words)


def generate(n_articles: int, seed: int = 7, reuse_rate: float = 0.2) -> tuple[list[str], list[dict]]:
    """Articles and planted passages ``{src, dst, dst_start, dst_end}`` (character offsets in dst)."""
    rng = random.Random(seed)
    vocab = vocabulary(30000, rng)
    weights = [1.0 / (r + 1) for r in range(len(vocab))]
    texts: list[str] = []
    planted: list[dict] = []
    for i in range(n_articles):
        words = rng.choices(vocab, weights, k=300)
        sentences = [" ".join(words[k : k + 15]).capitalize() + "." for k in range(0, 300, 15)]
        text = " ".join(sentences)
        if i > 0 and rng.random() < reuse_rate:
            src = rng.randrange(max(0, i - 5000), i)
            sw = texts[src].split(" ")
            start = rng.randrange(0, len(sw) - 80)
            passage = sw[start : start + rng.randint(40, 80)]
            passage[3] = passage[3].upper()
            passage[10] = rng.choice(vocab)
            passage[20:20] = ["nach", "eigenen", "angaben"]
            chunk = " ".join(passage)
            cut = text.find(". ", len(text) // 2) + 2
            planted.append({"src": src, "dst": i, "dst_start": cut, "dst_end": cut + len(chunk)})
            text = text[:cut] + chunk + " " + text[cut:]
        texts.append(text)
    return texts, planted


def make_storage(kind: str, folder: str) -> MemoryStorage | SegmentStorage | SQLiteStorage:
    if kind == "sqlite":
        return SQLiteStorage(Path(folder) / "reuse.sqlite")
    return SegmentStorage() if kind == "segments" else MemoryStorage()


def run_index(texts: list[str], storage_kind: str) -> tuple[dict[tuple[int, int], list], float]:
    with tempfile.TemporaryDirectory() as tmp:
        return _run_index(texts, make_storage(storage_kind, tmp))


def _run_index(texts: list[str], storage) -> tuple[dict[tuple[int, int], list], float]:
    index = ReuseIndex(ReuseConfig(), storage)
    found: dict[tuple[int, int], list] = {}
    t0 = time.process_time()
    for i, text in enumerate(texts):
        idx, matches = index.add(str(i), text)
        for m in matches:
            w_new, w_old = index.words(idx), index.words(m.earlier)
            found[(m.earlier, idx)] = [
                (w_old.char_span(a.a_start, a.a_end), w_new.char_span(a.b_start, a.b_end)) for a in m.alignments
            ]
    elapsed = time.process_time() - t0
    index.close()
    return found, elapsed


def exact_all_pairs(texts: list[str]) -> dict[tuple[int, int], list]:
    words = [words_of(t) for t in texts]
    grams = [{w.norm[k : k + 3] for k in range(len(w) - 2)} for w in words]
    out: dict[tuple[int, int], list] = {}
    for j in range(len(texts)):
        for i in range(j):
            if grams[i].isdisjoint(grams[j]):
                continue  # no shared trigram: the aligner cannot find an anchor
            als = align(words[i].norm, words[j].norm)
            if als:
                out[(i, j)] = [
                    (words[i].char_span(a.a_start, a.a_end), words[j].char_span(a.b_start, a.b_end)) for a in als
                ]
    return out


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def planted_recall(found: dict[tuple[int, int], list], planted: list[dict]) -> float:
    hit = 0
    for p in planted:
        spans = found.get((p["src"], p["dst"]), [])
        want = (p["dst_start"], p["dst_end"])
        if any(_overlap(dst, want) >= 0.5 * (want[1] - want[0]) for _, dst in spans):
            hit += 1
    return hit / len(planted) if planted else 1.0


def recall_vs(found: dict[tuple[int, int], list], exact: dict[tuple[int, int], list]) -> float:
    total = hit = 0
    for pair, spans in exact.items():
        for _, dst in spans:
            total += 1
            if any(_overlap(d, dst) > 0 for _, d in found.get(pair, [])):
                hit += 1
    return hit / total if total else 1.0


def real_texts() -> list[str]:
    """The 1,028 real German articles of 10kGNAD's test split (CC BY-NC-SA: benchmark only)."""
    with REAL.open(encoding="utf-8", newline="") as fh:
        return [row[1] for row in csv.reader(fh, delimiter=";", quotechar="'") if len(row) >= 2]


def one_size(n: int, storage: str, exact: bool) -> dict:
    if n == 0:
        texts = real_texts()
        found, elapsed = run_index(texts, storage)
        passages = sum(len(v) for v in found.values())
        return {
            "articles": len(texts),
            "corpus": "10kgnad-test-de (real)",
            "seconds": round(elapsed, 2),
            "pairs_found": len(found),
            "passages_found": passages,
            "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
        }
    texts, planted = generate(n)
    wall0 = time.perf_counter()
    found, elapsed = run_index(texts, storage)
    wall = time.perf_counter() - wall0
    result = {
        "articles": n,
        "storage": storage,
        "seconds": round(elapsed, 2),
        "wall_seconds": round(wall, 2),
        "pairs_found": len(found),
        "planted": len(planted),
        "planted_recall": round(planted_recall(found, planted), 4),
    }
    if exact:
        t0 = time.process_time()
        ex = exact_all_pairs(texts)
        result["exact_seconds"] = round(time.process_time() - t0, 2)
        result["exact_passages"] = sum(len(v) for v in ex.values())
        result["planted_recall_exact"] = round(planted_recall(ex, planted), 4)
        result["recall_vs_exact"] = round(recall_vs(found, ex), 4)
    result["peak_rss_mb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)
    return result


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000, 100000])
    ap.add_argument("--storage", choices=["memory", "segments", "sqlite"], default="memory")
    ap.add_argument("--real", action="store_true", help="also run the real 10kGNAD test articles")
    ap.add_argument("--one", type=int, help=argparse.SUPPRESS)
    ap.add_argument("--exact", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.one is not None:
        sys.stdout.write(json.dumps(one_size(args.one, args.storage, args.exact)) + "\n")
        return
    rows = []
    if args.real and REAL.is_file():
        cmd = [sys.executable, __file__, "--one", "0", "--storage", args.storage]
        out = subprocess.run(cmd, check=True, capture_output=True, text=True)
        sys.stdout.write(out.stdout)
    for n in args.sizes:
        cmd = [sys.executable, __file__, "--one", str(n), "--storage", args.storage]
        if n <= 1000:
            cmd.append("--exact")
        out = subprocess.run(cmd, check=True, capture_output=True, text=True).stdout
        rows.append(json.loads(out))
        sys.stdout.write(out)
        sys.stdout.flush()
    for prev, cur in zip(rows, rows[1:], strict=False):
        factor = cur["seconds"] / max(prev["seconds"], 1e-9)
        ratio = cur["articles"] / prev["articles"]
        sys.stdout.write(f"{prev['articles']} -> {cur['articles']}: x{ratio:.0f} articles, x{factor:.2f} time\n")


if __name__ == "__main__":
    main()
