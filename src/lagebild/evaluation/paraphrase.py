"""``lagebild evaluate paraphrase``: does reuse call adversarial non-paraphrases the same text?

Layout: ``DIR/dev.tsv`` and/or ``DIR/test.tsv`` (PAWS-X: header ``id, sentence1, sentence2,
label``; 1 = paraphrase). Two matchers are scored as predictors of label 1:

- ``reuse``: the reuse aligner (:func:`lagebild.reuse.align`) reports a passage covering most
  of both sentences and no word moved between them (:func:`lagebild.reuse.align.moved_words`);
  its false-positive rate on label 0 is what matters (wire copy detection must not fire on
  pairs that share words but not meaning). Also reported without the moved-word guard;
- ``statement``: the quote stage's "same statement" matcher
  (``lagebild.quotes.similarity.statement_similarity`` at its own threshold) when it exists,
  else the reuse aligner's similarity at 0.5.
"""

from __future__ import annotations

import csv
import logging
from collections.abc import Callable, Iterable
from pathlib import Path

from ..reuse.align import AlignParams, align, moved_words
from ..reuse.words import words_of

__all__ = ["evaluate", "load_pairs", "reuse_same"]

log = logging.getLogger(__name__)

_FILES = ("dev.tsv", "test.tsv")
COVER = 0.8  # share of each sentence's words inside the aligned passage


def load_pairs(data_dir: Path) -> list[tuple[str, str, int]]:
    """``(sentence1, sentence2, label)`` from every PAWS-X file present in ``data_dir``."""
    files = [Path(data_dir) / name for name in _FILES if (Path(data_dir) / name).is_file()]
    if not files:
        raise FileNotFoundError(f"{data_dir}: no dev.tsv or test.tsv (PAWS-X layout)")
    pairs: list[tuple[str, str, int]] = []
    for path in files:
        with path.open(encoding="utf-8", newline="") as fh:
            reader = csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE)
            if not reader.fieldnames or not {"sentence1", "sentence2", "label"} <= set(reader.fieldnames):
                raise ValueError(f"{path}: expected columns id, sentence1, sentence2, label")
            for row in reader:
                try:
                    label = int(row["label"])
                except (TypeError, ValueError):
                    continue
                pairs.append((row["sentence1"] or "", row["sentence2"] or "", label))
    return pairs


def reuse_same(a: str, b: str, params: AlignParams | None = None, guard: bool = True) -> tuple[bool, float]:
    """Would reuse call sentences ``a`` and ``b`` the same passage? ``(decision, similarity)``.

    ``guard``: no word may be moved between the two (swapped roles are different statements).
    """
    wa, wb = words_of(a).norm, words_of(b).norm
    if not wa or not wb:
        return False, 0.0
    if guard and moved_words(wa, wb):
        return False, 0.0
    best = 0.0
    for al in align(wa, wb, params):
        cover = min((al.a_end - al.a_start) / len(wa), (al.b_end - al.b_start) / len(wb))
        if cover >= COVER:
            best = max(best, al.similarity)
    return best > 0.0, best


def _scores(decisions: Iterable[tuple[bool, int]]) -> dict[str, float | int]:
    tp = fp = fn = tn = 0
    for pred, gold in decisions:
        if pred and gold:
            tp += 1
        elif pred:
            fp += 1
        elif gold:
            fn += 1
        else:
            tn += 1
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {
        "precision": round(p, 4),
        "recall": round(r, 4),
        "f1": round(f, 4),
        "false_positive_rate": round(fp / (fp + tn), 4) if fp + tn else 0.0,
        "tp": tp,
        "fp": fp,
        "fn": fn,
        "tn": tn,
    }


def _statement_matcher() -> tuple[str, Callable[[str, str], bool]]:
    try:
        from ..quotes.similarity import SAME_STATEMENT_THRESHOLD, statement_similarity
    except ImportError:
        log.info("quotes.similarity not available; statement matcher falls back to the reuse aligner")
        return "reuse-similarity>=0.5", lambda a, b: reuse_same(a, b, AlignParams(min_words=5))[1] >= 0.5
    return (
        f"quotes.statement_similarity>={SAME_STATEMENT_THRESHOLD}",
        lambda a, b: statement_similarity(a, b, "de") >= SAME_STATEMENT_THRESHOLD,
    )


def evaluate(data_dir: Path) -> dict:
    """Precision/recall of the reuse aligner and the statement matcher on PAWS-X pairs."""
    pairs = load_pairs(Path(data_dir))
    if not pairs:
        raise ValueError(f"{data_dir}: no labelled pairs")
    reuse = _scores((reuse_same(a, b)[0], gold) for a, b, gold in pairs)
    unguarded = _scores((reuse_same(a, b, guard=False)[0], gold) for a, b, gold in pairs)
    name, same = _statement_matcher()
    statement = _scores((same(a, b), gold) for a, b, gold in pairs)
    return {
        "task": "paraphrase",
        "n": len(pairs),
        "metrics": {
            "reuse": reuse,
            "reuse_without_moved_word_guard": unguarded,
            "statement": {"matcher": name, **statement},
        },
    }
