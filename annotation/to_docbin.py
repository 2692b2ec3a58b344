"""Materialised corpus (annotation/work/ner_corpus.jsonl) -> spaCy DocBin for NER training.

    python -m annotation.to_docbin [--out annotation/work/ner-corpus.spacy] [--outer4]

Labels are mapped to the pipeline's scheme (OTH -> MISC); -deriv/-part mentions are dropped (they are O
in the evaluation, as in GermEval's outer-level metric). Spans are snapped to tokens ("expand").
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from .prepare import WORK

LABEL_MAP = {"PER": "PER", "LOC": "LOC", "ORG": "ORG", "OTH": "MISC"}


def build(src: Path, out: Path) -> dict:
    import spacy
    from spacy.tokens import DocBin
    from spacy.util import filter_spans

    nlp = spacy.blank("de")
    db = DocBin(store_user_data=False)
    n_docs = n_ents = n_snapped = 0
    for line in src.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        rec = json.loads(line)
        doc = nlp.make_doc(rec["text"])
        spans = []
        for start, end, label in rec["entities"]:
            if label not in LABEL_MAP:
                continue
            span = doc.char_span(start, end, label=LABEL_MAP[label], alignment_mode="expand")
            if span is None:
                continue
            n_snapped += (span.start_char, span.end_char) != (start, end)
            spans.append(span)
        doc.ents = filter_spans(spans)
        n_ents += len(doc.ents)
        n_docs += 1
        db.add(doc)
    out.parent.mkdir(parents=True, exist_ok=True)
    db.to_disk(out)
    return {"docs": n_docs, "entities": n_ents, "snapped_to_tokens": n_snapped, "out": str(out)}


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--src", type=Path, default=WORK / "ner_corpus.jsonl")
    ap.add_argument("--out", type=Path, default=WORK / "ner-corpus.spacy")
    args = ap.parse_args(argv)
    print(json.dumps(build(args.src, args.out)))


if __name__ == "__main__":
    main()
