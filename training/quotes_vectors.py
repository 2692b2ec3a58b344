"""Build the small word vectors shipped with :mod:`lagebild.quotes.similarity`.

Reproducible recipe (no network, fixed seed): PPMI + truncated SVD over the licence-clean
Bundestag speeches of ``../shared/data/raw-text-de/bundestag-wp20`` (official works, § 5 UrhG;
source: "Deutscher Bundestag, BT-PlPr. 20/001-214"). Only derived numbers (vectors and a
vocabulary of word forms) are written; no text is copied.

Usage::

    nice -n 10 .venv/bin/python training/quotes_vectors.py \
        --data ../shared/data/raw-text-de --out src/lagebild/quotes/data

Writes ``vectors_de.npy`` (float16, L2-normalised rows) and ``vectors_de.vocab.txt`` (one word a line).
"""

from __future__ import annotations

import argparse
import gzip
import logging
import re
from collections import Counter
from pathlib import Path

import numpy as np

log = logging.getLogger("quotes_vectors")

_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*", re.UNICODE)


def _lines(folder: Path, limit_files: int | None):
    files = sorted(folder.glob("*.txt.gz"))
    if limit_files:
        files = files[:limit_files]
    for path in files:
        with gzip.open(path, "rt", encoding="utf-8") as fh:
            yield from fh


def build(data: Path, out: Path, *, vocab_size: int, dim: int, window: int, seed: int, limit_files: int | None) -> None:
    folder = data / "bundestag-wp20"
    if not folder.is_dir():
        raise FileNotFoundError(f"{folder} not found")
    counts: Counter[str] = Counter()
    docs: list[list[str]] = []
    for line in _lines(folder, limit_files):
        words = [w.lower() for w in _WORD.findall(line)]
        if words:
            counts.update(words)
            docs.append(words)
    vocab = [w for w, c in sorted(counts.items(), key=lambda x: (-x[1], x[0]))[:vocab_size] if c >= 5]
    index = {w: i for i, w in enumerate(vocab)}
    v = len(vocab)
    log.info("%d lines, %d distinct words, vocab %d", len(docs), len(counts), v)
    ids_parts = []
    for words in docs:
        ids_parts.append(np.array([index.get(w, -1) for w in words] + [-2] * window, dtype=np.int64))
    ids = np.concatenate(ids_parts)
    del docs, ids_parts
    keys_all = []
    for d in range(1, window + 1):
        a, b = ids[:-d], ids[d:]
        ok = (a >= 0) & (b >= 0)
        a, b = a[ok], b[ok]
        weight_rep = window + 1 - d  # closer neighbours count more (harmonic-like weighting)
        for x, y in ((a, b), (b, a)):
            keys = x * v + y
            uk, uc = np.unique(keys, return_counts=True)
            keys_all.append((uk, uc * weight_rep))
    keys = np.concatenate([k for k, _ in keys_all])
    vals = np.concatenate([c for _, c in keys_all]).astype(np.float64)
    uk, inv = np.unique(keys, return_inverse=True)
    cnt = np.bincount(inv, weights=vals)
    rows, cols = uk // v, uk % v
    log.info("%d co-occurring pairs", len(uk))
    from scipy.sparse import csr_matrix

    total = cnt.sum()
    row_sum = np.bincount(rows, weights=cnt, minlength=v)
    col_sum = np.bincount(cols, weights=cnt, minlength=v) ** 0.75
    col_sum = col_sum / col_sum.sum()
    pmi = np.log((cnt / total) / ((row_sum[rows] / total) * col_sum[cols]))
    keep = pmi > 0
    mat = csr_matrix((pmi[keep], (rows[keep], cols[keep])), shape=(v, v))
    # randomized SVD (Halko et al.), explicit seed
    rng = np.random.default_rng(seed)
    k = dim + 20
    omega = rng.standard_normal((v, k))
    y = mat @ omega
    for _ in range(3):
        y, _r = np.linalg.qr(y)
        y = mat @ (mat.T @ y)
    q, _r = np.linalg.qr(y)
    small = (mat.T @ q).T  # k x v
    u_small, s, _vt = np.linalg.svd(small, full_matrices=False)
    u = q @ u_small[:, :dim]
    vecs = u * np.sqrt(s[:dim])
    norms = np.linalg.norm(vecs, axis=1, keepdims=True)
    norms[norms == 0] = 1.0
    vecs = (vecs / norms).astype(np.float16)
    out.mkdir(parents=True, exist_ok=True)
    np.save(out / "vectors_de.npy", vecs)
    (out / "vectors_de.vocab.txt").write_text("\n".join(vocab) + "\n", encoding="utf-8")
    log.info("wrote %s (%d x %d)", out / "vectors_de.npy", *vecs.shape)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=Path("../shared/data/raw-text-de"))
    parser.add_argument("--out", type=Path, default=Path("src/lagebild/quotes/data"))
    parser.add_argument("--vocab-size", type=int, default=40000)
    parser.add_argument("--dim", type=int, default=96)
    parser.add_argument("--window", type=int, default=3)
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--limit-files", type=int, default=None)
    args = parser.parse_args()
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(message)s")
    build(
        args.data,
        args.out,
        vocab_size=args.vocab_size,
        dim=args.dim,
        window=args.window,
        seed=args.seed,
        limit_files=args.limit_files,
    )


if __name__ == "__main__":
    main()
