"""Grow the corpus: pre-label new raw text with the current NER and write a review queue.

    python -m annotation.prelabel INPUT... [--out annotation/work/review/NAME.tsv]   (or: make annotate IN=...)

Each sentence becomes two lines in the annotator format of the guidelines (§4): the sentence
(`<id>\t<sentence>`) and the model's proposal (`<id>\t<mention>|<LABEL>...`), so a reviewer corrects
the proposal instead of starting from nothing. Reviewed files go through the same double-annotation
and adjudication steps (`annotation.agreement`) before `annotation.corpus export`.
"""

from __future__ import annotations

import argparse
import sys

from lagebild.ids import content_hash
from lagebild.ingest import load_paths
from lagebild.nlp import process

from .prepare import WORK

_LABEL = {"PER": "PER", "LOC": "LOC", "ORG": "ORG", "MISC": "OTH"}


def prelabel(paths: list[str]) -> tuple[list[str], list[str]]:
    """(sentence lines, proposal lines) for every sentence of every readable input."""
    res = load_paths(paths)
    for where, reason in res.skipped:
        print(f"{where}: skipped: {reason}", file=sys.stderr)
    sent_lines, prop_lines = [], []
    for art in res.articles:
        doc = process(art)
        for sent in doc.sentences:
            text = doc.text[sent.start : sent.end]
            if "\n" in text or not text.strip():
                text = " ".join(text.split())
            sid = f"{art.id}-{sent.start}-{content_hash(text, 6)}"
            ments = [m for m in doc.mentions if sent.start <= m.span.start and m.span.end <= sent.end]
            cells = [f"{doc.text[m.span.start : m.span.end]}|{_LABEL.get(m.type, 'OTH')}" for m in ments]
            sent_lines.append(f"{sid}\t{text}")
            prop_lines.append("\t".join([sid, *cells]))
    return sent_lines, prop_lines


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("inputs", nargs="+")
    ap.add_argument("--name", default="review")
    args = ap.parse_args(argv)
    sents, props = prelabel(args.inputs)
    out = WORK / "review"
    out.mkdir(parents=True, exist_ok=True)
    (out / f"{args.name}.txt").write_text("".join(s + "\n" for s in sents), encoding="utf-8")
    (out / f"{args.name}.proposal.tsv").write_text("".join(p + "\n" for p in props), encoding="utf-8")
    print(f"{len(sents)} sentences -> {out / (args.name + '.txt')} (+ .proposal.tsv) for review")


if __name__ == "__main__":
    main()
