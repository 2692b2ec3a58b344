"""Five-fold cross-validation of the shipped recipe on GermEval 2014 dev (NER) and UD German (parse).

Fold ``k`` holds out every sentence ``i`` with ``i % 5 == k`` of GermEval dev and of UD German GSD dev + PUD,
trains the joint pipeline exactly as ``training.build_model`` does (same config, steps, seed, vectors, LER and
our own corpus in the training data) on the rest, and scores the held-out part with the product's own
commands, ``lagebild evaluate ner`` and ``lagebild evaluate parse`` (under the treebank's tokenisation and,
as ``parse_news``, under the product's), through ``LAGEBILD_MODELS``. Fold 4 is the fixed split of the
shipped model, so ``--shipped-fold`` reuses that model instead of training it again.

Run: ``python -m training.crossval`` (all folds; ``--fold K`` for one, ``--score-only`` to rescore trained
folds after a rule change). Results: ``training/work/cv/results.json`` (per fold, mean and sd).
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

from .build_model import corpus_dir, spacy_train
from .convert import HELDOUT_EVERY, write_split
from .paths import MODEL_DIR, WORK

log = logging.getLogger(__name__)

CV = WORK / "cv"
NER_KEYS = ("f1", "precision", "recall", "f1_official12")
PARSE_KEYS = ("upos", "xpos", "lemma", "uas", "las", "sentence_f1")


def train_fold(fold: int, steps: int) -> Path:
    """Write fold ``fold``'s data, train on it and return the folder holding its ``de`` pipeline."""
    folder = CV / f"fold{fold}"
    write_split(folder, fold=fold, ler=True)
    own = [WORK / "ner-corpus.spacy"] if (WORK / "ner-corpus.spacy").exists() else []
    train_dir = corpus_dir(folder / "train", [folder / "ud-train.spacy", folder / "ner-train.spacy", *own])
    dev_dir = corpus_dir(folder / "dev", [folder / "ud-heldout.spacy", folder / "ner-heldout.spacy"])
    log.info("fold %d: training on %s", fold, train_dir)
    trained = spacy_train(train_dir, dev_dir, folder / "out", steps)
    models = folder / "models"
    if models.exists():
        shutil.rmtree(models)
    models.mkdir()
    shutil.copytree(trained, models / "de")
    shutil.rmtree(folder / "out")
    return models


def score(fold: int, models: Path) -> dict[str, dict[str, float]]:
    folder = CV / f"fold{fold}"
    env = dict(os.environ, LAGEBILD_MODELS=str(models))
    result: dict[str, dict[str, float]] = {}
    runs = (
        ("ner", "ner", folder / "germeval-heldout", []),
        ("parse", "parse", folder / "ud-heldout", []),  # the treebank's tokenisation (the default)
        ("parse_news", "parse", folder / "ud-heldout", ["--tokenization", "news"]),  # the product's tokens
    )
    for name, task, data, extra in runs:
        cmd = [sys.executable, "-m", "lagebild", "evaluate", task, "--data", str(data), "--json", *extra]
        proc = subprocess.run(cmd, check=True, capture_output=True, text=True, env=env)
        metrics = json.loads(proc.stdout)["metrics"]
        keys = NER_KEYS if task == "ner" else PARSE_KEYS
        result[name] = {k: metrics[k] for k in keys if k in metrics}
        if task == "ner":
            result[task].update({f"{lab}_f1": v["f1"] for lab, v in metrics.get("per_label", {}).items()})
    log.info("fold %d: %s", fold, json.dumps(result))
    return result


def summarise(per_fold: dict[str, dict]) -> dict[str, dict[str, dict[str, float]]]:
    summary: dict[str, dict[str, dict[str, float]]] = {}
    for task in ("ner", "parse", "parse_news"):
        keys = sorted({k for r in per_fold.values() for k in r.get(task, {})})
        summary[task] = {}
        for k in keys:
            values = [r[task][k] for r in per_fold.values() if k in r.get(task, {})]
            sd = statistics.stdev(values) if len(values) > 1 else 0.0
            summary[task][k] = {"mean": round(statistics.fmean(values), 4), "sd": round(sd, 4), "n": len(values)}
    return summary


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--fold", type=int, action="append", help="only this fold (repeatable)")
    parser.add_argument("--steps", type=int, default=5000)
    parser.add_argument("--shipped-fold", action="store_true", help="score the shipped model as fold 4")
    parser.add_argument("--score-only", action="store_true", help="rescore folds trained before")
    args = parser.parse_args()
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(message)s")
    folds = args.fold or list(range(HELDOUT_EVERY))
    results_path = CV / "results.json"
    CV.mkdir(parents=True, exist_ok=True)
    saved = json.loads(results_path.read_text(encoding="utf-8")) if results_path.exists() else {}
    per_fold: dict[str, dict] = saved.get("folds", {})
    for fold in folds:
        t0 = time.time()
        if fold == HELDOUT_EVERY - 1 and args.shipped_fold:
            write_split(CV / f"fold{fold}", fold=fold, ler=True)
            models = MODEL_DIR.parent
        elif args.score_only:
            models = CV / f"fold{fold}" / "models"
        else:
            models = train_fold(fold, args.steps)
        per_fold[str(fold)] = score(fold, models) | {"seconds": round(time.time() - t0)}
        out = {"steps": args.steps, "folds": per_fold, "summary": summarise(per_fold)}
        results_path.write_text(json.dumps(out, indent=2), encoding="utf-8")
    print(json.dumps(summarise(per_fold), indent=2))


if __name__ == "__main__":
    main()
