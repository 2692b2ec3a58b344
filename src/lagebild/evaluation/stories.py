"""``lagebild evaluate stories``: story clustering scored with BCubed on ECB+-style data.

Layout: ``DIR/xml/<topic>/<doc>.xml`` (CROMER XML with ``<token>`` elements). Every
document is clustered (in sorted path order); the gold story of ``<topic>_<n>ecb.xml`` is
``(topic, "ecb")`` and of ``<topic>_<n>ecbplus.xml`` is ``(topic, "ecbplus")``: two different
events of the same kind.
"""

from __future__ import annotations

import logging
import re
import xml.etree.ElementTree as ET
from collections import defaultdict
from collections.abc import Mapping, Sequence
from pathlib import Path

from ..model import Article, Doc

__all__ = ["bcubed", "evaluate", "load_ecb_docs"]

log = logging.getLogger(__name__)

_NAME = re.compile(r"^(?P<topic>\w+?)_\d+(?P<kind>ecbplus|ecb)\.xml$")
_NO_SPACE_BEFORE = re.compile(r" ([,.;:!?%)\]}'])")


def _detokenise(tokens: list[str]) -> str:
    text = " ".join(tokens)
    return _NO_SPACE_BEFORE.sub(r"\1", text)


def load_ecb_docs(data_dir: Path) -> tuple[list[Doc], dict[str, str]]:
    """Documents of ``data_dir/xml/*/*.xml`` and their gold story (``topic/ecb`` or ``topic/ecbplus``)."""
    root = Path(data_dir) / "xml"
    if not root.is_dir():
        raise FileNotFoundError(f"{data_dir}: no xml/ folder (expected xml/<topic>/<doc>.xml)")
    docs: list[Doc] = []
    gold: dict[str, str] = {}
    for path in sorted(root.glob("*/*.xml")):
        m = _NAME.match(path.name)
        if not m:
            log.debug("skipping %s: not an ECB+ document name", path)
            continue
        tree = ET.parse(path)
        tokens = [t.text or "" for t in tree.getroot().iter("token")]
        aid = path.stem
        docs.append(
            Doc(article=Article(id=aid, text=_detokenise(tokens), path=str(path)), lang="en", tokens=(), sentences=())
        )
        gold[aid] = f"{path.parent.name}/{m.group('kind')}"
    if not docs:
        raise ValueError(f"{data_dir}: no ECB+ documents (<topic>_<n>ecb.xml / ecbplus.xml) under xml/")
    return docs, gold


def bcubed(predicted: Mapping[str, str], gold: Mapping[str, str]) -> dict[str, float]:
    """BCubed precision, recall and F1 of two item -> cluster assignments over the same items."""
    items = sorted(gold)
    if not items or set(predicted) != set(gold):
        raise ValueError("predicted and gold must cover the same, non-empty set of items")
    pred_members: dict[str, set[str]] = defaultdict(set)
    gold_members: dict[str, set[str]] = defaultdict(set)
    for it in items:
        pred_members[predicted[it]].add(it)
        gold_members[gold[it]].add(it)
    p = r = 0.0
    for it in items:
        same_pred = pred_members[predicted[it]]
        same_gold = gold_members[gold[it]]
        both = len(same_pred & same_gold)
        p += both / len(same_pred)
        r += both / len(same_gold)
    p, r = p / len(items), r / len(items)
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4)}


def _assign(docs: Sequence[Doc]) -> dict[str, str]:
    from ..stories import cluster_stories

    out: dict[str, str] = {}
    for story in cluster_stories(docs, {}):
        for aid in story.articles:
            out[aid] = story.id
    return out


def evaluate(data_dir: Path) -> dict:
    """Cluster every document under ``data_dir/xml`` and score against topic + sub-topic."""
    docs, gold = load_ecb_docs(Path(data_dir))
    predicted = _assign(docs)
    topics_only = {k: v.split("/")[0] for k, v in gold.items()}
    return {
        "task": "stories",
        "n": len(docs),
        "metrics": {
            "bcubed": bcubed(predicted, gold),
            "bcubed_topic": bcubed(predicted, topics_only),
            "stories": len(set(predicted.values())),
            "gold_stories": len(set(gold.values())),
        },
    }
