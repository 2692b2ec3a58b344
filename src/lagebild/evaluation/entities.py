"""Cross-document entity coreference on MEANTIME (English Wikinews, ``shared/data/meantime-wikinews-en``).

The gold instance of a mention is its chain number (``cross_intra_ORG37...`` and ``intra_ORG37...`` with
the same number are one instance). Gold-mention setting: the gold entity mentions (types PER, ORG, LOC; PRO and FIN as MISC) are handed to
the linker as the NER output, with their gold types; the linker's clusters are scored against the
gold chains (intra- and cross-document) with MUC, B-cubed, CEAF-e, CoNLL F1 and pairwise P/R/F1.
Two mention sets: ``named`` (mentions with a capitalised word other than a pronoun or determiner --
what a name linker is for) and ``all`` (nominal and pronominal mentions too, which this linker does
not resolve). Baselines on the same mentions: ``singletons`` and ``same-string`` (exact lower-cased text).

Layout: DIR (or DIR/meantime-wikinews-en) holds ``meantime.conll`` (tab-separated doc, sentence,
token number, token, bracketed chain ids).
"""

from __future__ import annotations

import logging
import re
from collections import Counter, defaultdict
from collections.abc import Hashable, Mapping
from dataclasses import dataclass
from pathlib import Path

from ..link import link_entities
from ..model import Article, Doc, Mention, Sentence, Span, Token

log = logging.getLogger(__name__)

__all__ = ["evaluate", "load_ecbplus", "load_meantime", "score_clusters"]

FOLDER = "meantime-wikinews-en"
CONLL = "meantime.conll"
_TYPES = {"PER": "PER", "ORG": "ORG", "LOC": "LOC", "PRO": "MISC", "FIN": "MISC"}
_CHAIN_RE = re.compile(r"^(?P<open>\()?(?P<id>[a-z_]*(?P<inst>(?P<type>[A-Z]{3})\d+))(?P<close>\))?$")
_NOT_NAMES = frozenset(
    "the a an it its they them their he his him she her we our us this that these those i you who which "
    "one ones".split()
)


@dataclass(frozen=True, slots=True)
class GoldMention:
    span: Span
    text: str
    type: str
    chain: str


def _conll_path(data_dir: Path) -> Path:
    for folder in (data_dir, data_dir / FOLDER):
        if (folder / CONLL).is_file():
            return folder / CONLL
    raise FileNotFoundError(f"{data_dir} has no {CONLL} (nor {FOLDER}/{CONLL})")


def load_meantime(data_dir: Path) -> tuple[list[Doc], list[GoldMention]]:
    """Docs (tokens joined by spaces, one line per sentence, no mentions) and the gold entity mentions."""
    path = _conll_path(Path(data_dir))
    rows: dict[str, list[list[tuple[str, str]]]] = defaultdict(list)
    order: list[str] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        parts = line.split("\t")
        if len(parts) < 5:
            raise ValueError(f"{path}: expected 5 tab-separated columns, got {line[:60]!r}")
        doc_key, sent_id, token, coref = parts[0], int(parts[1]), parts[3], parts[4]
        if doc_key not in rows:
            order.append(doc_key)
        sents = rows[doc_key]
        while len(sents) <= sent_id:
            sents.append([])
        sents[sent_id].append((token, coref))
    docs: list[Doc] = []
    gold: list[GoldMention] = []
    for doc_key in order:
        doc, mentions = _build(doc_key, rows[doc_key])
        docs.append(doc)
        gold.extend(mentions)
    return docs, gold


def _build(doc_key: str, sents: list[list[tuple[str, str]]]) -> tuple[Doc, list[GoldMention]]:
    article_id = doc_key.replace("/", "_")
    pieces: list[str] = []
    tokens: list[Token] = []
    sentences: list[Sentence] = []
    opened: dict[str, list[int]] = defaultdict(list)
    found: list[tuple[int, int, str]] = []  # token range, chain
    pos = 0
    for sent in sents:
        if not sent:
            continue
        first_tok = len(tokens)
        sent_start = pos
        for k, (tok, coref) in enumerate(sent):
            if k:
                pieces.append(" ")
                pos += 1
            tokens.append(Token(i=len(tokens), start=pos, end=pos + len(tok), text=tok))
            pieces.append(tok)
            pos += len(tok)
            for item in (c.strip() for c in coref.split("|")):
                m = _CHAIN_RE.match(item)
                if not m or item == "-":
                    continue
                chain = m.group("id")
                if m.group("open"):
                    opened[chain].append(len(tokens) - 1)
                if m.group("close") and opened[chain]:
                    found.append((opened[chain].pop(), len(tokens) - 1, chain))
        sentences.append(Sentence(sent_start, pos, first_tok, len(tokens)))
        pieces.append("\n")
        pos += 1
    text = "".join(pieces)
    mentions: list[GoldMention] = []
    for a, b, chain in found:
        m = _CHAIN_RE.match(chain)
        etype = _TYPES.get(m.group("type")) if m else None
        if etype is None:
            continue
        start, end = tokens[a].start, tokens[b].end
        label = m.group("inst") if m else chain  # cross_/intra_ prefixes mark scope; the number is the instance
        mentions.append(GoldMention(Span(article_id, start, end), text[start:end], etype, label))
    article = Article(id=article_id, text=text, lang="en")
    doc = Doc(article=article, lang="en", tokens=tuple(tokens), sentences=tuple(sentences))
    return doc, mentions


def _is_named(text: str) -> bool:
    return any(w[:1].isupper() and w.lower() not in _NOT_NAMES for w in text.split())


def _score(groups: list[tuple[list[Doc], list[GoldMention]]]) -> dict[str, object]:
    """Link each group of docs (a corpus, or one gold topic) on its own; score all groups together."""
    gold_labels: dict[Span, str] = {}
    pred: dict[Span, str] = {}
    same_string: dict[Span, str] = {}
    for g_index, (docs, gold) in enumerate(groups):
        by_doc: dict[str, dict[Span, GoldMention]] = defaultdict(dict)
        for g in gold:
            by_doc[g.span.article].setdefault(g.span, g)  # one gold chain per span
        linked_docs = []
        for doc in docs:
            spans = sorted(by_doc[doc.article.id].values(), key=lambda g: (g.span.start, g.span.end))
            ms = tuple(Mention(span=g.span, text=g.text, type=g.type) for g in spans)
            linked_docs.append(
                Doc(article=doc.article, lang=doc.lang, tokens=doc.tokens, sentences=doc.sentences, mentions=ms)
            )
        _, mapping = link_entities(linked_docs)
        for spans in by_doc.values():
            for span, g in spans.items():
                gold_labels[span] = g.chain
                pred[span] = mapping[span]
                same_string[span] = f"{g_index}:{g.text.lower().removeprefix('the ')}"
    singletons = {span: f"{span.article}:{span.start}:{span.end}" for span in gold_labels}
    return {
        "mentions": len(gold_labels),
        "linker": score_clusters(gold_labels, pred),
        "baseline_same_string": score_clusters(gold_labels, same_string),
        "baseline_singletons": score_clusters(gold_labels, singletons),
    }


def _both(groups: list[tuple[list[Doc], list[GoldMention]]]) -> dict[str, object]:
    named = [(docs, [g for g in gold if _is_named(g.text)]) for docs, gold in groups]
    return {"named": _score(named), "all": _score(groups)}


# --------------------------------------------------------------------------- ECB+

ECB_FOLDER = "ecbplus-en"
ECB_DEV_TOPICS = frozenset({2, 5, 12, 18, 21, 23, 34, 35})
_ECB_TYPES = {"HUMAN_PART_PER": "PER", "HUMAN_PART_ORG": "ORG", "HUMAN_PART_GPE": "LOC"}


def _ecb_root(data_dir: Path) -> Path | None:
    for folder in (data_dir, data_dir / ECB_FOLDER):
        if (folder / "xml").is_dir():
            return folder
    return None


def _ecb_type(tag: str) -> str | None:
    if tag in _ECB_TYPES:
        return _ECB_TYPES[tag]
    if tag.startswith("LOC_"):
        return "LOC"
    if tag.startswith(("HUMAN_PART", "NON_HUMAN_PART")):
        return "MISC"
    return None


def _validated(root: Path) -> set[tuple[str, int]] | None:
    """(file stem, sentence) pairs whose annotation was validated; None when the list is absent."""
    files = sorted(root.glob("ECBplus_coreference_sentences*.csv"))
    if not files:
        return None
    out: set[tuple[str, int]] = set()
    for path in files:
        for line in path.read_text(encoding="utf-8").splitlines()[1:]:
            parts = [p.strip() for p in line.split(",")]
            if len(parts) >= 3 and parts[2].isdigit():
                out.add((f"{parts[0]}_{parts[1]}", int(parts[2])))
    return out


def load_ecbplus(data_dir: Path) -> list[tuple[int, list[Doc], list[GoldMention]]]:
    """(topic, docs, gold entity mentions) per topic folder under ``xml/``; validated sentences only when
    ``ECBplus_coreference_sentences*.csv`` is there (standard practice)."""
    import xml.etree.ElementTree as ET

    root = _ecb_root(Path(data_dir))
    if root is None:
        raise FileNotFoundError(f"{data_dir} has no xml/ folder (nor {ECB_FOLDER}/xml): not an ECB+ folder")
    validated = _validated(root)
    topics: list[tuple[int, list[Doc], list[GoldMention]]] = []
    for folder in sorted(
        (p for p in (root / "xml").iterdir() if p.is_dir() and p.name.isdigit()), key=lambda p: int(p.name)
    ):
        docs: list[Doc] = []
        gold: list[GoldMention] = []
        for path in sorted(folder.glob("*.xml")):
            tree = ET.parse(path).getroot()
            doc, mentions = _ecb_doc(path.stem, tree, validated)
            docs.append(doc)
            gold.extend(mentions)
        topics.append((int(folder.name), docs, gold))
    return topics


def _ecb_doc(stem: str, tree: object, validated: set[tuple[str, int]] | None) -> tuple[Doc, list[GoldMention]]:
    article_id = f"ecb_{stem}"
    pieces: list[str] = []
    tokens: list[Token] = []
    sentences: list[Sentence] = []
    by_tid: dict[str, tuple[int, int]] = {}  # t_id -> (token index, sentence)
    pos = 0
    current = None
    first = 0
    for tok in tree.iter("token"):  # type: ignore[attr-defined]
        sent = int(tok.get("sentence", "0"))
        if current is not None and sent != current:
            sentences.append(Sentence(tokens[first].start, tokens[-1].end, first, len(tokens)))
            pieces.append("\n")
            pos += 1
            first = len(tokens)
        elif current is not None:
            pieces.append(" ")
            pos += 1
        current = sent
        text = tok.text or ""
        by_tid[tok.get("t_id")] = (len(tokens), sent)
        tokens.append(Token(i=len(tokens), start=pos, end=pos + len(text), text=text))
        pieces.append(text)
        pos += len(text)
    if tokens:
        sentences.append(Sentence(tokens[first].start, tokens[-1].end, first, len(tokens)))
    text = "".join(pieces)
    labels: dict[str, str] = {}
    for rel in tree.iter("INTRA_DOC_COREF"):  # type: ignore[attr-defined]
        for src in rel.iter("source"):
            labels.setdefault(src.get("m_id"), f"{stem}:intra:{rel.get('r_id')}")
    for rel in tree.iter("CROSS_DOC_COREF"):  # type: ignore[attr-defined]
        for src in rel.iter("source"):
            labels[src.get("m_id")] = f"cross:{rel.get('note')}"
    mentions: list[GoldMention] = []
    markables = next(iter(tree.iter("Markables")), None)  # type: ignore[attr-defined]
    for mk in list(markables) if markables is not None else []:
        etype = _ecb_type(mk.tag)
        anchors = [by_tid[a.get("t_id")] for a in mk.iter("token_anchor") if a.get("t_id") in by_tid]
        if etype is None or not anchors:
            continue
        sent = anchors[0][1]
        if validated is not None and (stem, sent) not in validated:
            continue
        a, b = min(i for i, _ in anchors), max(i for i, _ in anchors)
        start, end = tokens[a].start, tokens[b].end
        label = labels.get(mk.get("m_id"), f"{stem}:single:{mk.get('m_id')}")
        mentions.append(GoldMention(Span(article_id, start, end), text[start:end], etype, label))
    article = Article(id=article_id, text=text, lang="en")
    return Doc(article=article, lang="en", tokens=tuple(tokens), sentences=tuple(sentences)), mentions


def _meantime(data_dir: Path) -> dict[str, object]:
    docs, gold = load_meantime(data_dir)
    if not gold:
        raise ValueError(f"{data_dir}: no entity mentions found in {CONLL}")
    return {"dataset": "MEANTIME English Wikinews, gold mentions, one corpus", **_both([(docs, gold)])}


def _ecbplus(data_dir: Path) -> dict[str, object]:
    topics = load_ecbplus(data_dir)
    if not any(gold for _, _, gold in topics):
        raise ValueError(f"{data_dir}: no entity mentions found in the ECB+ xml files")
    out: dict[str, object] = {
        "dataset": "ECB+ entity mentions (validated sentences), gold mentions, linked per gold topic",
        "topics": [t for t, _, _ in topics],
        **_both([(docs, gold) for _, docs, gold in topics]),
    }
    dev = [(docs, gold) for t, docs, gold in topics if t in ECB_DEV_TOPICS]
    if dev and len(dev) < len(topics):
        out["dev_topics"] = _both(dev)
    return out


def evaluate(data_dir: Path) -> dict[str, object]:
    """Score cross-document entity merges on MEANTIME and/or ECB+ found in ``data_dir`` (or its subfolders)."""
    data_dir = Path(data_dir)
    results: dict[str, dict[str, object]] = {}
    try:
        results["meantime"] = _meantime(data_dir)
    except FileNotFoundError:
        pass
    if _ecb_root(data_dir) is not None:
        results["ecbplus"] = _ecbplus(data_dir)
    if not results:
        raise FileNotFoundError(
            f"{data_dir} holds neither {CONLL} nor an ECB+ xml/ folder: not a MEANTIME or ECB+ folder"
        )
    metrics: dict[str, object] = {}
    n = 0
    for name, res in results.items():
        named = res["named"]
        n += named["mentions"]  # type: ignore[index]
        metrics[f"{name}_conll_f1_named"] = named["linker"]["conll_f1"]  # type: ignore[index]
        metrics[f"{name}_b3_f1_named"] = named["linker"]["b3"]["f1"]  # type: ignore[index]
        metrics[f"{name}_conll_f1_all"] = res["all"]["linker"]["conll_f1"]  # type: ignore[index]
    metrics.update(results)
    return {"task": "entities", "n": n, "metrics": metrics}


# --------------------------------------------------------------------------- cluster metrics
# MUC, B-cubed, CEAF-e, pairwise and CoNLL F1 over one fixed set of mentions; pairwise counts come from
# the contingency table, never from enumerating pairs.


def _clusters(labels: Mapping[Hashable, Hashable]) -> list[set[Hashable]]:
    groups: dict[Hashable, set[Hashable]] = defaultdict(set)
    for mention, label in labels.items():
        groups[label].add(mention)
    return list(groups.values())


def _prf(p_num: float, p_den: float, r_num: float, r_den: float) -> dict[str, float]:
    p = p_num / p_den if p_den else 0.0
    r = r_num / r_den if r_den else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"p": round(p, 4), "r": round(r, 4), "f1": round(f, 4)}


def _muc(key: list[set[Hashable]], response_of: Mapping[Hashable, Hashable]) -> tuple[int, int]:
    num = den = 0
    for cluster in key:
        parts = {response_of[m] for m in cluster}
        num += len(cluster) - len(parts)
        den += len(cluster) - 1
    return num, den


def _b3(key: list[set[Hashable]], response_of: Mapping[Hashable, Hashable], n: int) -> float:
    total = 0.0
    sizes = Counter(response_of.values())
    for cluster in key:
        inside = Counter(response_of[m] for m in cluster)
        for label, overlap in inside.items():
            total += overlap * overlap / len(cluster) if sizes[label] else 0.0
    return total / n if n else 0.0


def _ceafe(gold: list[set[Hashable]], pred: list[set[Hashable]]) -> tuple[float, float, float]:
    from scipy.optimize import linear_sum_assignment

    index = {m: j for j, cluster in enumerate(pred) for m in cluster}
    rows: list[int] = []
    cols: list[int] = []
    vals: list[float] = []
    for i, g in enumerate(gold):
        overlap = Counter(index[m] for m in g)
        for j, k in overlap.items():
            rows.append(i)
            cols.append(j)
            vals.append(2.0 * k / (len(g) + len(pred[j])))
    import numpy as np

    sim = np.zeros((len(gold), len(pred)))
    sim[rows, cols] = vals
    r, c = linear_sum_assignment(-sim)
    best = float(sim[r, c].sum())
    return best, float(len(pred)), float(len(gold))


def score_clusters(gold: Mapping[Hashable, Hashable], pred: Mapping[Hashable, Hashable]) -> dict[str, object]:
    if set(gold) != set(pred):
        raise ValueError("gold and predicted labels must cover the same mentions")
    n = len(gold)
    key, response = _clusters(gold), _clusters(pred)
    muc_r = _muc(key, pred)
    muc_p = _muc(response, gold)
    muc = _prf(muc_p[0], muc_p[1], muc_r[0], muc_r[1])
    b3 = _prf(_b3(response, gold, n), 1.0, _b3(key, pred, n), 1.0)
    best, n_pred, n_gold = _ceafe(key, response) if n else (0.0, 0.0, 0.0)
    ceafe = _prf(best, n_pred, best, n_gold)
    joint = Counter((gold[m], pred[m]) for m in gold)
    same_both = sum(c * (c - 1) // 2 for c in joint.values())
    same_pred = sum(len(c) * (len(c) - 1) // 2 for c in response)
    same_gold = sum(len(c) * (len(c) - 1) // 2 for c in key)
    pairwise = _prf(same_both, same_pred, same_both, same_gold)
    conll = round((muc["f1"] + b3["f1"] + ceafe["f1"]) / 3, 4)
    return {
        "muc": muc,
        "b3": b3,
        "ceafe": ceafe,
        "pairwise": pairwise,
        "conll_f1": conll,
        "gold_clusters": len(key),
        "pred_clusters": len(response),
    }
