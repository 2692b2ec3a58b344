"""Compare lemma sources on the held-out UD sentences (gold tokens): the model's lemmatizer (when
the pipeline has one; the shipped one does not), simplemma alone, and the shipped combination
(``lagebild.nlp.lemmas.choose_lemma``: dictionary + closed-class rules).

Run: ``python -m training.compare_lemmas [MODEL_DIR] [DOCBIN]`` (DOCBIN defaults to the held-out part;
per-UPOS figures on the training part are what ``choose_lemma`` was tuned on).
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

from .paths import MODEL_DIR, WORK


def main() -> None:
    import spacy
    from spacy.tokens import DocBin

    from lagebild.nlp.lemmas import choose_lemma, dictionary_lemma

    model = Path(sys.argv[1]) if len(sys.argv) > 1 else MODEL_DIR
    nlp = spacy.load(model)
    docbin = Path(sys.argv[2]) if len(sys.argv) > 2 else WORK / "ud-heldout.spacy"
    gold = list(DocBin().from_disk(docbin).get_docs(nlp.vocab))
    from spacy.tokens import Doc

    docs = [Doc(nlp.vocab, words=[t.text for t in d], spaces=[bool(t.whitespace_) for t in d]) for d in gold]
    ok: Counter[str] = Counter()
    by_pos: Counter[tuple[str, str]] = Counter()
    n_pos: Counter[str] = Counter()
    n = 0
    for g, p in zip(gold, nlp.pipe(docs, disable=[c for c in ("ner", "parser") if c in nlp.pipe_names]), strict=True):
        for gt, pt in zip(g, p, strict=True):
            n += 1
            ok["model"] += pt.lemma_ == gt.lemma_
            ok["dictionary"] += dictionary_lemma(pt.text) == gt.lemma_
            ok["combined"] += choose_lemma(pt.text, pt.lemma_, pt.pos_, pt.tag_, str(pt.morph)) == gt.lemma_
            n_pos[gt.pos_] += 1
            by_pos[(gt.pos_, "model")] += pt.lemma_ == gt.lemma_
            by_pos[(gt.pos_, "dictionary")] += dictionary_lemma(pt.text) == gt.lemma_
            by_pos[(gt.pos_, "word")] += pt.text == gt.lemma_
    for k, v in sorted(ok.items()):
        print(f"{k}: {v / n:.4f} ({n} tokens)")
    for pos, count in n_pos.most_common():
        row = " ".join(f"{src}={by_pos[(pos, src)] / count:.3f}" for src in ("model", "dictionary", "word"))
        print(f"  {pos:6} {count:5d} {row}")


if __name__ == "__main__":
    main()
