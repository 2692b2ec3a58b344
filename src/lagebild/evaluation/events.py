"""Evaluate event coding on the PLOVER gold-standard records (``DIR/PLOVER_GSR_CAMEO.json``, English).

Each record is one sentence with a gold event type, source and target actors. The sentence runs
through the real stages (:func:`lagebild.nlp.process`, then :func:`lagebild.events.extract_events`
with an English cue lexicon). Entities come from the NLP stage's mentions; where it finds none,
capitalised word sequences it missed are added (evaluation only), each its own entity named by its text.

Our actions are mapped to PLOVER (``ACTION_TO_PLOVER``; STATEMENT has no PLOVER counterpart).
The predicted event of a record is the mapped event whose cue comes first in the sentence. Metrics:
``accuracy`` (predicted type == gold over all records), ``coverage`` (records with a mapped
prediction), ``precision`` (correct among predicted), per-type precision/recall/F1 for the types
our vocabulary can express, and ``source_match`` / ``target_match`` (among correctly typed
predictions: predicted actor/target text overlaps a gold actorText).
The upstream README reports no published score for this file.
"""

from __future__ import annotations

import json
import logging
import re
from pathlib import Path

from ..model import Article, Span
from ..nlp import process

log = logging.getLogger(__name__)

__all__ = ["ACTION_TO_PLOVER", "evaluate"]

ACTION_TO_PLOVER: dict[str, str] = {
    "DEMAND": "DEMAND",
    "REJECT": "REJECT",
    "DENY": "REJECT",
    "THREATEN": "THREATEN",
    "WARN": "THREATEN",
    "ACCUSE": "DISAPPROVE",
    "CRITICIZE": "DISAPPROVE",
    "OFFER": "AGREE",
    "PROPOSE": "AGREE",
    "MEET": "CONSULT",
}
_CAPS = re.compile(r"(?:[A-Z][\w'.-]*)(?:\s+(?:of\s+|the\s+)?[A-Z][\w'.-]*)*")
_FILE = "PLOVER_GSR_CAMEO.json"


def _actor_texts(field: object) -> list[str]:
    if isinstance(field, list):
        return [a.get("actorText", "") for a in field if isinstance(a, dict)]
    if isinstance(field, str):
        return [field]
    return []


def _mention_map(doc_text: str, article: str, mentions: list) -> dict[Span, str]:
    """NLP mentions, plus capitalised word sequences where the NLP stage found none."""
    out = {m.span: doc_text[m.span.start : m.span.end] for m in mentions}
    for m in _CAPS.finditer(doc_text):
        if not any(s.start < m.end() and m.start() < s.end for s in out):
            out[Span(article, m.start(), m.end())] = m.group()
    return out


def _overlap(pred: str | None, gold: list[str]) -> bool:
    if not pred:
        return False
    p = pred.lower()
    return any(g and (g.lower() in p or p in g.lower()) for g in gold)


def _prf(tp: int, fp: int, fn: int) -> dict[str, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(2 * p * r / (p + r), 4) if p + r else 0.0}


def evaluate(data_dir: Path) -> dict:
    """Score English event coding against the PLOVER gold records in ``data_dir``."""
    from ..events import extract_events

    data_dir = Path(data_dir)
    path = data_dir / _FILE
    if not path.is_file():
        raise FileNotFoundError(f"{data_dir}: expected {_FILE} (PLOVER gold-standard records)")
    records = json.loads(path.read_text("utf-8"))
    if not isinstance(records, list):
        raise ValueError(f"{path}: expected a JSON list of records")
    records = [r for r in records if isinstance(r, dict) and r.get("text") and r.get("event") != "DOCUMENT"]
    expressible = sorted(set(ACTION_TO_PLOVER.values()))
    tp = dict.fromkeys(expressible, 0)
    fp = dict.fromkeys(expressible, 0)
    fn = dict.fromkeys(expressible, 0)
    correct = predicted = src_ok = tar_ok = tar_n = 0
    for rec in records:
        gold = rec["event"]
        aid = str(rec.get("id", "r"))
        doc = process(Article(id=aid, text=rec["text"], lang="en"), lang="en")
        mm = _mention_map(doc.text, aid, list(doc.mentions))
        events = [e for e in extract_events(doc, mm) if e.action in ACTION_TO_PLOVER]
        events.sort(key=lambda e: doc.text.find(e.cue or "", e.span.start))  # the first cue of the sentence
        pred = ACTION_TO_PLOVER[events[0].action] if events else None
        if pred is not None:
            predicted += 1
            if pred in fp and pred != gold:
                fp[pred] += 1
        if gold in fn and pred != gold:
            fn[gold] += 1
        if pred == gold:
            correct += 1
            tp[gold] += 1
            ev = events[0]
            src_ok += _overlap(ev.actor, _actor_texts(rec.get("source")))
            golds = _actor_texts(rec.get("target"))
            if golds:
                tar_n += 1
                tar_ok += _overlap(ev.target, golds)
    n = len(records)
    n_expr = sum(1 for r in records if r["event"] in expressible)
    metrics = {
        "accuracy": round(correct / n, 4) if n else 0.0,
        "accuracy_expressible": round(correct / n_expr, 4) if n_expr else 0.0,
        "coverage": round(predicted / n, 4) if n else 0.0,
        "precision": round(correct / predicted, 4) if predicted else 0.0,
        "source_match": round(src_ok / correct, 4) if correct else 0.0,
        "target_match": round(tar_ok / tar_n, 4) if tar_n else 0.0,
        "per_type": {t: _prf(tp[t], fp[t], fn[t]) for t in expressible},
        "n_expressible": n_expr,
        "published": None,
    }
    return {"task": "events", "n": n, "metrics": metrics}
