"""Train small floret (subword-hashed) word vectors on licence-clean raw German.

Corpus: the modern part of raw-text-de (Bundestag protocols of the 20th Wahlperiode, federal laws)
tokenised with the project's own tokeniser, one paragraph per line. Output: ``WORK/vectors.floret``
and a spaCy vectors directory ``WORK/vectors`` (mode floret). Seeded; floret runs single-threaded
by default so the vectors are reproducible (set ``LAGEBILD_TRAIN_THREADS`` to trade that for speed).
"""

from __future__ import annotations

import gzip
import logging
import os
import subprocess
import sys

from lagebild.nlp.tokenize import tokenize

from .paths import DATA, WORK, require

log = logging.getLogger(__name__)

MAX_TOKENS = int(os.environ.get("LAGEBILD_VECTOR_TOKENS", "8000000"))
DIM = 96
BUCKET = 40000


def build_corpus(path: os.PathLike[str]) -> int:
    raw = require(DATA / "raw-text-de")
    files = sorted((raw / "bundestag-wp20").glob("*.txt.gz")) + sorted((raw / "gesetze").glob("*.txt.gz"))
    total = 0
    with open(path, "w", encoding="utf-8") as out:
        for f in files:
            with gzip.open(f, "rt", encoding="utf-8") as fh:
                for line in fh:
                    spans = tokenize(line)
                    if len(spans) < 3:
                        continue
                    out.write(" ".join(line[s:e] for s, e in spans) + "\n")
                    total += len(spans)
            if total >= MAX_TOKENS:
                break
    log.info("vector corpus: %d tokens", total)
    return total


def main() -> None:
    import floret

    logging.basicConfig(level=logging.INFO, format="%(message)s")
    WORK.mkdir(parents=True, exist_ok=True)
    corpus = WORK / "vectors_corpus.txt"
    if not corpus.exists():
        build_corpus(corpus)
    threads = int(os.environ.get("LAGEBILD_TRAIN_THREADS", "1"))
    model = floret.train_unsupervised(
        str(corpus), model="cbow", mode="floret", hashCount=2, bucket=BUCKET, minn=4, maxn=5,
        minCount=10, dim=DIM, epoch=5, thread=threads, verbose=0,
    )  # fmt: skip
    model.save_floret_vectors(str(WORK / "vectors.floret"))
    subprocess.run(
        [sys.executable, "-m", "spacy", "init", "vectors", "de", str(WORK / "vectors.floret"), str(WORK / "vectors"),
         "--mode", "floret"],
        check=True,
    )  # fmt: skip


if __name__ == "__main__":
    main()
