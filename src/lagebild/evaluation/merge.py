"""Precision/recall of the linker's merge decisions on labelled name pairs (``merge_pairs.jsonl``).

Each line: ``{"a": name, "lang_a": "de", "type_a": "PER", "b": name, "lang_b": "en", "type_b": "PER",
"merge": true|false, "note": str}``. Every pair is linked on its own: two one-sentence articles, one
per name, with the name as a hand-placed mention. A pair counts as merged when both mentions get the
same entity id. Positive class: "must merge".
"""

from __future__ import annotations

import json
import logging
from pathlib import Path

from ..link import link_entities
from ..model import Article, Doc, Mention, Span

log = logging.getLogger(__name__)

__all__ = ["DEFAULT_DIR", "evaluate", "pair_merged"]

DEFAULT_DIR = Path(__file__).resolve().parents[3] / "tests" / "link" / "fixtures"
FILE = "merge_pairs.jsonl"
_CONTEXT = {"de": "{} wurde am Montag erwähnt.", "en": "{} was mentioned on Monday."}


def _doc(article_id: str, name: str, etype: str, lang: str) -> Doc:
    text = _CONTEXT.get(lang, "{} .").format(name)
    mention = Mention(span=Span(article_id, 0, len(name)), text=name, type=etype)
    return Doc(
        article=Article(id=article_id, text=text, lang=lang), lang=lang, tokens=(), sentences=(), mentions=(mention,)
    )


def pair_merged(a: str, lang_a: str, type_a: str, b: str, lang_b: str, type_b: str) -> bool:
    """True when the linker puts ``a`` and ``b`` (each alone in its own article) into one entity."""
    docs = [_doc("pair-a", a, type_a, lang_a), _doc("pair-b", b, type_b, lang_b)]
    _, mapping = link_entities(docs)
    return mapping[docs[0].mentions[0].span] == mapping[docs[1].mentions[0].span]


def _load(path: Path) -> list[dict[str, object]]:
    rows: list[dict[str, object]] = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        row = json.loads(line)
        if not isinstance(row, dict) or not {"a", "b", "merge"} <= row.keys():
            raise ValueError(f"{path}:{n}: each line needs 'a', 'b' and 'merge'")
        rows.append(row)
    return rows


def evaluate(data_dir: Path | None = None) -> dict[str, object]:
    """Score the merge decisions on ``data_dir/merge_pairs.jsonl`` (default: the test fixture)."""
    folder = Path(data_dir) if data_dir is not None else DEFAULT_DIR
    path = folder / FILE
    if not path.is_file():
        raise FileNotFoundError(f"{folder} has no {FILE} (one JSON name pair per line)")
    rows = _load(path)
    tp = fp = fn = tn = 0
    errors: list[str] = []
    for row in rows:
        merged = pair_merged(
            str(row["a"]),
            str(row.get("lang_a", "de")),
            str(row.get("type_a", "PER")),
            str(row["b"]),
            str(row.get("lang_b", "de")),
            str(row.get("type_b", row.get("type_a", "PER"))),
        )
        gold = bool(row["merge"])
        tp += merged and gold
        fp += merged and not gold
        fn += gold and not merged
        tn += not gold and not merged
        if merged != gold:
            errors.append(f"{row['a']} / {row['b']}: {'merged' if merged else 'kept apart'}")
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {
        "task": "merge",
        "n": len(rows),
        "metrics": {
            "precision": round(precision, 4),
            "recall": round(recall, 4),
            "f1": round(f1, 4),
            "accuracy": round((tp + tn) / len(rows), 4) if rows else 0.0,
            "tp": tp,
            "fp": fp,
            "fn": fn,
            "tn": tn,
        },
        "errors": errors,
    }
