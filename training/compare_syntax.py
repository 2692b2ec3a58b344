"""Parser vs. rules for finding the subject and object of a verb (held-out UD, gold tokens).

The rule baseline uses the trained tagger/morphologizer only: per clause (split at ``, ; :`` and
subordinating conjunctions), the predicate is the last full verb (else the last auxiliary);
its subject is the nominative noun/pronoun/name nearest to it, its object the nearest accusative
one not governed by a preposition. Scored as labelled (dependent, head) pairs against gold
``nsubj``/``obj``. Run: ``python -m training.compare_syntax [MODEL_DIR]``
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

from .paths import MODEL_DIR, WORK

_NOMINAL = frozenset({"NOUN", "PROPN", "PRON"})
_BOUNDARY = frozenset({",", ";", ":", "(", ")", "–", "„", "“", '"'})


def _clauses(doc) -> list[tuple[int, int]]:  # type: ignore[no-untyped-def]
    cuts = [0]
    for t in doc:
        if t.text in _BOUNDARY or t.pos_ in ("SCONJ", "CCONJ"):
            cuts.append(t.i)
    cuts.append(len(doc))
    return [(a, b) for a, b in zip(cuts, cuts[1:], strict=False) if b > a]


def rule_relations(doc) -> set[tuple[int, int, str]]:  # type: ignore[no-untyped-def]
    out: set[tuple[int, int, str]] = set()
    for a, b in _clauses(doc):
        toks = list(doc[a:b])
        verbs = [t for t in toks if t.pos_ == "VERB"] or [t for t in toks if t.pos_ == "AUX"]
        if not verbs:
            continue
        pred = verbs[-1]
        cands = []
        for t in toks:
            if t.pos_ not in _NOMINAL or t.dep_ in ("flat", "compound"):
                continue
            if t.i > a and doc[t.i - 1].pos_ == "ADP":
                continue
            if t.i + 1 < b and doc[t.i + 1].pos_ in ("NOUN", "PROPN") and t.pos_ != "PRON":
                continue  # not the head of its phrase ("Präsident Biden")
            cands.append(t)
        for case, rel in (("Nom", "nsubj"), ("Acc", "obj")):
            found = [t for t in cands if case in t.morph.get("Case")]
            if found:
                best = min(found, key=lambda t: abs(t.i - pred.i))
                out.add((best.i, pred.i, rel))
    return out


def main() -> None:
    import spacy
    from spacy.tokens import Doc, DocBin

    model = Path(sys.argv[1]) if len(sys.argv) > 1 else MODEL_DIR
    nlp = spacy.load(model)
    gold_docs = list(DocBin().from_disk(WORK / "ud-heldout.spacy").get_docs(nlp.vocab))
    docs = [Doc(nlp.vocab, words=[t.text for t in d], spaces=[bool(t.whitespace_) for t in d]) for d in gold_docs]
    c: Counter[str] = Counter()
    for g, p in zip(gold_docs, nlp.pipe(docs, disable=["ner"]), strict=True):
        gold = {(t.i, t.head.i, t.dep_.split(":")[0]) for t in g if t.dep_.split(":")[0] in ("nsubj", "obj")}
        parsed = {(t.i, t.head.i, t.dep_.split(":")[0]) for t in p if t.dep_.split(":")[0] in ("nsubj", "obj")}
        rules = rule_relations(p)
        for rel in ("nsubj", "obj"):
            gr = {x for x in gold if x[2] == rel}
            for name, sysrel in (("parser", parsed), ("rules", rules)):
                sr = {x for x in sysrel if x[2] == rel}
                c[(name, rel, "tp")] += len(gr & sr)
                c[(name, rel, "sys")] += len(sr)
            c[("gold", rel)] += len(gr)
    for name in ("parser", "rules"):
        for rel in ("nsubj", "obj"):
            tp, ns, ng = c[(name, rel, "tp")], c[(name, rel, "sys")], c[("gold", rel)]
            p = tp / ns if ns else 0.0
            r = tp / ng if ng else 0.0
            f = 2 * p * r / (p + r) if p + r else 0.0
            print(f"{name:6} {rel:5} P={p:.3f} R={r:.3f} F1={f:.3f} (gold {ng})")


if __name__ == "__main__":
    main()
