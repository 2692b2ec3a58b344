"""Double annotation -> agreement, calibration against gold, adjudication queue, merged corpus.

    python -m annotation.agreement calibration_01 corpus_01 ...   # figures + adjudication queues

Annotator files: annotation/work/ann_A/<batch>.tsv and ann_B/<batch>.tsv (format: guidelines §4).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

from .prepare import DATA, WORK

LABELS = ["PER", "LOC", "ORG", "OTH"]
ALL_LABELS = LABELS + [f"{b}{s}" for s in ("deriv", "part") for b in LABELS]
_TOKEN = re.compile(r"\w+(?:[-'’.&/]\w+)*|\S")

Spans = set[tuple[int, int, str]]


def read_batch(name: str) -> list[tuple[str, str]]:
    lines = (WORK / f"{name}.txt").read_text(encoding="utf-8").split("\n")
    return [tuple(line.split("\t", 1)) for line in lines if line.strip()]  # type: ignore[misc]


def read_annotations(path: Path) -> dict[str, list[tuple[str, str]]]:
    out: dict[str, list[tuple[str, str]]] = {}
    if not path.exists():
        return out
    for line in path.read_text(encoding="utf-8").split("\n"):
        if not line.strip():
            continue
        sid, *cells = line.rstrip("\n").split("\t")
        ments = []
        for cell in cells:
            if "|" in cell:
                mention, label = cell.rsplit("|", 1)
                if label.strip() in ALL_LABELS and mention:
                    ments.append((mention, label.strip()))
        out[sid.strip()] = ments
    return out


def locate(text: str, mentions: Iterable[tuple[str, str]]) -> tuple[Spans, list[str]]:
    """Character spans for mentions given as strings, in order of occurrence."""
    spans: Spans = set()
    problems = []
    cursor = 0
    for mention, label in mentions:
        i = text.find(mention, cursor)
        if i < 0:
            i = text.find(mention)
        if i < 0:
            problems.append(f"not in sentence: {mention!r}")
            continue
        spans.add((i, i + len(mention), label))
        cursor = i + len(mention)
    return spans, problems


def outer4(spans: Spans) -> Spans:
    return {s for s in spans if s[2] in LABELS}


def prf(gold: Iterable[Spans], pred: Iterable[Spans], labels: list[str]) -> dict:
    tp: Counter[str] = Counter()
    fp: Counter[str] = Counter()
    fn: Counter[str] = Counter()
    for g, p in zip(gold, pred, strict=True):
        for s in p:
            (tp if s in g else fp)[s[2]] += 1
        for s in g - p:
            fn[s[2]] += 1

    def score(t: int, f_p: int, f_n: int) -> dict:
        p = t / (t + f_p) if t + f_p else 0.0
        r = t / (t + f_n) if t + f_n else 0.0
        return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(2 * p * r / (p + r) if p + r else 0.0, 4),
                "support": t + f_n}  # fmt: skip

    out = {lab: score(tp[lab], fp[lab], fn[lab]) for lab in labels if tp[lab] + fp[lab] + fn[lab]}
    out["micro"] = score(sum(tp[lab] for lab in labels), sum(fp[lab] for lab in labels), sum(fn[lab] for lab in labels))
    return out


def token_labels(text: str, spans: Spans) -> list[str]:
    labs = []
    for m in _TOKEN.finditer(text):
        lab = "O"
        for s, e, label in spans:
            if s <= m.start() and m.end() <= e:
                lab = label
                break
        labs.append(lab)
    return labs


def kappa(a: list[str], b: list[str]) -> float:
    n = len(a)
    if not n:
        return 0.0
    po = sum(x == y for x, y in zip(a, b, strict=True)) / n
    ca, cb = Counter(a), Counter(b)
    pe = sum(ca[k] * cb[k] for k in set(ca) | set(cb)) / (n * n)
    return round((po - pe) / (1 - pe), 4) if pe < 1 else 1.0


def per_label_kappa(a: list[str], b: list[str], labels: list[str]) -> dict[str, float]:
    return {lab: kappa([x if x == lab else "O" for x in a], [y if y == lab else "O" for y in b]) for lab in labels}


def bio_to_spans(tokens: list[str], tags: list[str]) -> Spans:
    """Char spans over ``" ".join(tokens)`` from BIO tags."""
    spans: Spans = set()
    pos = 0
    cur: list = []  # [start, end, label]
    for tok, tag in zip(tokens, tags, strict=True):
        s, e = pos, pos + len(tok)
        pos = e + 1
        if tag.startswith("I-") and cur and cur[2] == tag[2:]:
            cur[1] = e
            continue
        if cur:
            spans.add((cur[0], cur[1], cur[2]))
            cur = []
        if tag[:2] in ("B-", "I-"):
            cur = [s, e, tag[2:]]
    if cur:
        spans.add((cur[0], cur[1], cur[2]))
    return spans


def germeval_gold() -> dict[str, Spans]:
    """Gold outer-level spans of GermEval dev, as char spans over the space-joined tokens."""
    from lagebild.evaluation.ner import read_germeval

    sents = read_germeval(DATA / "germeval2014-ner" / "NER-de-dev.tsv")
    return {f"gdev-{i:05d}": bio_to_spans(toks, tags) for i, (toks, tags) in enumerate(sents)}


def analyse(batches: list[str], adjudicated: dict[str, Spans] | None = None) -> dict:
    report: dict = {"batches": batches}
    all_a, all_b, tok_a, tok_b = [], [], [], []
    queue: list[dict] = []
    merged: dict[str, Spans] = {}
    problems: list[str] = []
    texts: dict[str, str] = {}
    for batch in batches:
        ann_a = read_annotations(WORK / "ann_A" / f"{batch}.tsv")
        ann_b = read_annotations(WORK / "ann_B" / f"{batch}.tsv")
        for sid, text in read_batch(batch):
            if sid not in ann_a or sid not in ann_b:
                continue
            texts[sid] = text
            a, pa = locate(text, ann_a[sid])
            b, pb = locate(text, ann_b[sid])
            problems += [f"{sid} A {p}" for p in pa] + [f"{sid} B {p}" for p in pb]
            all_a.append(a)
            all_b.append(b)
            tok_a += token_labels(text, a)
            tok_b += token_labels(text, b)
            if a == b:
                merged[sid] = a
            else:
                queue.append({"id": sid, "text": text, "A": sorted(a), "B": sorted(b)})
                if adjudicated and sid in adjudicated:
                    merged[sid] = adjudicated[sid]
    report["sentences_double_annotated"] = len(all_a)
    report["sentences_disagreeing"] = len(queue)
    report["agreement_span_f1_outer4"] = prf([outer4(x) for x in all_a], [outer4(x) for x in all_b], LABELS)
    report["agreement_span_f1_all12"] = prf(all_a, all_b, ALL_LABELS)
    report["kappa_tokens"] = kappa(tok_a, tok_b)
    report["kappa_per_label"] = per_label_kappa(tok_a, tok_b, ALL_LABELS)
    report["format_problems"] = len(problems)
    cal = [sid for sid in texts if sid.startswith("gdev-")]
    if cal:
        gold = germeval_gold()
        ids_a = [sid for sid in cal]
        amap = dict(zip([s for s in texts], all_a, strict=True))
        bmap = dict(zip([s for s in texts], all_b, strict=True))
        report["calibration_n"] = len(cal)
        report["calibration_A"] = prf([outer4(gold[s]) for s in ids_a], [outer4(amap[s]) for s in ids_a], LABELS)
        report["calibration_B"] = prf([outer4(gold[s]) for s in ids_a], [outer4(bmap[s]) for s in ids_a], LABELS)
        adj_ids = [s for s in ids_a if s in merged]
        if adj_ids:
            report["calibration_adjudicated_n"] = len(adj_ids)
            report["calibration_adjudicated"] = prf(
                [outer4(gold[s]) for s in adj_ids], [outer4(merged[s]) for s in adj_ids], LABELS
            )
    report["_queue"] = queue
    report["_merged"] = {k: sorted(v) for k, v in merged.items()}
    report["_problems"] = problems
    return report


def read_adjudicated(batches: list[str]) -> dict[str, Spans]:
    out: dict[str, Spans] = {}
    for batch in batches:
        ann = read_annotations(WORK / "adjudicated" / f"{batch}.tsv")
        texts = dict(read_batch(batch))
        for sid, ments in ann.items():
            if sid in texts:
                out[sid] = locate(texts[sid], ments)[0]
    return out


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("batches", nargs="+")
    ap.add_argument("--queue", action="store_true", help="write adjudication queues to work/queue/")
    args = ap.parse_args(argv)
    adjudicated = read_adjudicated(args.batches)
    rep = analyse(args.batches, adjudicated)
    if args.queue:
        (WORK / "queue").mkdir(exist_ok=True)
        by_batch: dict[str, list[dict]] = {}
        for item in rep["_queue"]:
            batch = next(b for b in args.batches if any(sid == item["id"] for sid, _ in read_batch(b)))
            by_batch.setdefault(batch, []).append(item)
        for batch, items in by_batch.items():
            lines = []
            for it in items:
                fa = "\t".join(f"{it['text'][s:e]}|{lab}" for s, e, lab in it["A"])
                fb = "\t".join(f"{it['text'][s:e]}|{lab}" for s, e, lab in it["B"])
                lines.append(f"{it['id']}\t{it['text']}\n  A:\t{fa}\n  B:\t{fb}\n")
            (WORK / "queue" / f"{batch}.txt").write_text("\n".join(lines), encoding="utf-8")
    public = {k: v for k, v in rep.items() if not k.startswith("_")}
    json.dump(public, sys.stdout, indent=1, ensure_ascii=False)
    print()


if __name__ == "__main__":
    main()
