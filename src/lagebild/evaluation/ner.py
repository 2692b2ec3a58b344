"""``lagebild evaluate ner --data DIR``: GermEval 2014 NER, outer level, exact spans.

DIR holds GermEval TSV files (``#`` comment line per sentence; columns index, token, outer tag,
inner tag). Tokens are taken as given; each sentence is scored on its own.

Metrics: ``f1`` (``precision``/``recall``) = exact-span micro-F1 over PER/LOC/ORG/OTH with
``-deriv``/``-part`` counted as O (our MISC = OTH); ``f1_official12`` = the same over all 12
outer labels (we never predict ``-deriv``/``-part``); ``per_label`` P/R/F1; ``parts`` = F1 of the
statistical model alone, the rules alone and the hybrid.
"""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Iterable, Iterator
from pathlib import Path

log = logging.getLogger(__name__)

__all__ = ["bio_spans", "evaluate", "read_germeval", "score_spans"]

CORE = ("PER", "LOC", "ORG", "OTH")
_TO_GERMEVAL = {"PER": "PER", "LOC": "LOC", "ORG": "ORG", "MISC": "OTH"}

Sentence = tuple[list[str], list[str]]  # tokens, outer BIO tags


def read_germeval(path: Path) -> Iterator[Sentence]:
    words: list[str] = []
    tags: list[str] = []
    with path.open(encoding="utf-8") as fh:
        for lineno, line in enumerate(fh, 1):
            line = line.rstrip("\n")
            if line.startswith("#"):
                continue
            if not line.strip():
                if words:
                    yield words, tags
                words, tags = [], []
                continue
            cols = line.split("\t")
            if len(cols) < 3:
                raise ValueError(f"{path.name}:{lineno}: expected GermEval TSV (index, token, outer tag, inner tag)")
            words.append(cols[1])
            tags.append(cols[2])
    if words:
        yield words, tags


def bio_spans(tags: Iterable[str], keep: Iterable[str] | None = None) -> set[tuple[int, int, str]]:
    """Exact spans from BIO tags; labels not in ``keep`` are treated as O."""
    allowed = set(keep) if keep is not None else None
    spans: set[tuple[int, int, str]] = set()
    start, label = -1, ""
    tags = list(tags) + ["O"]
    for i, tag in enumerate(tags):
        bio, _, lab = tag.partition("-")
        if allowed is not None and lab not in allowed:
            bio, lab = "O", ""
        if start >= 0 and (bio != "I" or lab != label):
            spans.add((start, i, label))
            start = -1
        if bio == "B" or (bio == "I" and start < 0):
            start, label = i, lab
    return spans


def _prf(tp: int, fp: int, fn: int) -> dict[str, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4)}


def score_spans(gold: list[set[tuple[int, int, str]]], pred: list[set[tuple[int, int, str]]]) -> dict[str, object]:
    tp: Counter[str] = Counter()
    fp: Counter[str] = Counter()
    fn: Counter[str] = Counter()
    for g, p in zip(gold, pred, strict=True):
        for s in p & g:
            tp[s[2]] += 1
        for s in p - g:
            fp[s[2]] += 1
        for s in g - p:
            fn[s[2]] += 1
    labels = sorted(set(tp) | set(fp) | set(fn))
    out: dict[str, object] = dict(_prf(sum(tp.values()), sum(fp.values()), sum(fn.values())))
    out["per_label"] = {lab: {**_prf(tp[lab], fp[lab], fn[lab]), "support": tp[lab] + fn[lab]} for lab in labels}
    return out


def predict(sentences: list[Sentence], modes: tuple[str, ...]) -> dict[str, list[set[tuple[int, int, str]]]]:
    """System spans per mode for each sentence (GermEval labels)."""
    from ..nlp.german import GermanPipeline
    from ..nlp.hybrid import combine

    pipe = GermanPipeline()
    words_list = [w for w, _ in sentences]
    if pipe.model is not None:
        results = pipe.model.analyse(words_list)
        model_ents = [r.ents for r in results]
        xpos = [r.xpos for r in results]
    else:
        from ..nlp.hanta_tagger import tag_words

        model_ents = [[] for _ in words_list]
        xpos = [[x[2] for x in tag_words(w)] for w in words_list]
    out: dict[str, list[set[tuple[int, int, str]]]] = {}
    for mode in modes:
        preds = []
        for words, ents, xp in zip(words_list, model_ents, xpos, strict=True):
            spans = combine(words, {0}, ents, pipe.lexicon, xp, mode=mode)
            preds.append({(a, b, _TO_GERMEVAL.get(t, t)) for a, b, t, _src in spans})
        out[mode] = preds
    return out


def evaluate(data_dir: Path) -> dict[str, object]:
    data_dir = Path(data_dir)
    if not data_dir.is_dir():
        raise FileNotFoundError(f"not a directory: {data_dir}")
    files = sorted(p for p in data_dir.glob("*.tsv") if p.is_file())
    if not files:
        raise FileNotFoundError(f"no GermEval .tsv files in {data_dir}")
    sentences = [s for f in files for s in read_germeval(f)]
    if not sentences:
        raise ValueError(f"no sentences in the .tsv files of {data_dir}")
    preds = predict(sentences, ("hybrid", "model", "rules"))
    gold4 = [bio_spans(tags, CORE) for _, tags in sentences]
    gold12 = [bio_spans(tags) for _, tags in sentences]
    main = score_spans(gold4, preds["hybrid"])
    official = score_spans(gold12, preds["hybrid"])
    metrics: dict[str, object] = {
        "f1": main["f1"],
        "precision": main["precision"],
        "recall": main["recall"],
        "per_label": main["per_label"],
        "f1_official12": official["f1"],
        "per_label_official12": official["per_label"],
        "parts": {mode: score_spans(gold4, preds[mode])["f1"] for mode in ("model", "rules", "hybrid")},
    }
    return {"task": "ner", "n": len(sentences), "metrics": metrics}
