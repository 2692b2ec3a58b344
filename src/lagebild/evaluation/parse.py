"""``lagebild evaluate parse --data DIR``: UD CoNLL-U, from raw text.

The raw text of each file is rebuilt from the ``# text`` comments (sentences joined by a space,
paragraphs/documents — ``# newpar`` / ``# newdoc`` — by a blank line) and run through the whole
NLP stage. System tokens are aligned to gold tokens by exact character spans; a multiword token
(``im`` = ``in dem``) is one gold unit scored with its first word's annotation (STTS ``APPRART``),
as the project's tokeniser keeps it whole. Scores are CoNLL-2018-style aligned F1:
``upos``, ``xpos`` (STTS files only, else null), ``lemma``, ``uas``, ``las`` (universal relation,
subtypes ignored), ``sentence_f1``, ``token_f1``, and per-relation LAS F1 for ``nsubj``, ``obj``,
``ccomp`` (what quote attribution and event coding need).

Tokenisation follows the treebank's convention by default (``tokenization="ud"``: hyphen and slash
compounds split into parts, ``SPD - Spitze``); ``tokenization="news"`` scores the product's own
convention, one token per compound, which the aligned scores count as misses wherever UD splits.
"""

from __future__ import annotations

import logging
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

log = logging.getLogger(__name__)

__all__ = ["GoldToken", "evaluate", "read_gold"]

_STTS_HINT = frozenset({"NN", "NE", "ART", "APPR", "VVFIN", "ADJA", "$.", "$,", "KON", "ADV"})
_RELATIONS = ("nsubj", "obj", "ccomp")


@dataclass(frozen=True, slots=True)
class GoldToken:
    start: int
    end: int
    upos: str
    xpos: str
    lemma: str
    head: int  # index of the head unit in the file's unit list, -1 for root
    deprel: str


def _units(rows: list[list[str]]) -> list[tuple[str, list[list[str]]]]:
    words = [r for r in rows if r[0].isdigit()]
    by_id = {int(r[0]): r for r in words}
    ranges = {int(r[0].split("-")[0]): (int(r[0].split("-")[1]), r) for r in rows if "-" in r[0]}
    out: list[tuple[str, list[list[str]]]] = []
    i = 1
    while i <= len(words):
        if i in ranges:
            end, mwt = ranges[i]
            out.append((mwt[1], [by_id[k] for k in range(i, end + 1)]))
            i = end + 1
        else:
            out.append((by_id[i][1], [by_id[i]]))
            i += 1
    return out


def read_gold(path: Path) -> tuple[str, list[GoldToken], list[tuple[int, int]], bool]:
    """Raw text, gold units with character spans, gold sentence spans, whether XPOS is STTS."""
    text_parts: list[str] = []
    pos = 0
    tokens: list[GoldToken] = []
    sentences: list[tuple[int, int]] = []
    xpos_seen: Counter[str] = Counter()
    block: list[list[str]] = []
    sent_text = ""
    new_par = False

    def flush() -> None:
        nonlocal pos, new_par
        if not block:
            return
        units = _units(block)
        stext = sent_text or " ".join(u[0] for u in units)
        if text_parts:
            sep = "\n\n" if new_par else " "
            text_parts.append(sep)
            pos += len(sep)
        base = pos
        text_parts.append(stext)
        pos += len(stext)
        new_par = False
        cursor = 0
        first = len(tokens)
        word_unit: dict[int, int] = {}
        spans = []
        for k, (form, parts) in enumerate(units):
            at = stext.find(form, cursor)
            if at < 0:
                raise ValueError(f"{path.name}: token {form!r} not found in its '# text' line")
            spans.append((base + at, base + at + len(form)))
            cursor = at + len(form)
            for p in parts:
                word_unit[int(p[0])] = first + k
        for k, (_form, parts) in enumerate(units):
            ids = {int(p[0]) for p in parts}
            head_row = next((p for p in parts if int(p[6]) not in ids), parts[0])
            head = int(head_row[6])
            xpos = parts[0][4]
            if len(parts) > 1 and parts[0][3] == "ADP":
                xpos = "APPRART"
            xpos_seen[parts[0][4]] += 1
            tokens.append(
                GoldToken(
                    start=spans[k][0], end=spans[k][1], upos=parts[0][3], xpos=xpos, lemma=parts[0][2],
                    head=-1 if head == 0 else word_unit[head], deprel=head_row[7].split(":")[0],
                )
            )  # fmt: skip
        sentences.append((spans[0][0], spans[-1][1]))

    with path.open(encoding="utf-8") as fh:
        for lineno, line in enumerate(fh, 1):
            line = line.rstrip("\n")
            if line.startswith("#"):
                key, _, val = line[1:].partition("=")
                key = key.strip()
                if key == "text":
                    sent_text = val.strip()
                elif key in ("newdoc", "newpar", "newdoc id", "newpar id") or key.startswith(("newdoc", "newpar")):
                    new_par = True
                continue
            if not line.strip():
                flush()
                block, sent_text = [], ""
                continue
            cols = line.split("\t")
            if len(cols) != 10:
                raise ValueError(f"{path.name}:{lineno}: not CoNLL-U (expected 10 tab-separated columns)")
            block.append(cols)
    flush()
    stts = sum(xpos_seen[t] for t in _STTS_HINT) > 0.3 * max(1, sum(xpos_seen.values()))
    return "".join(text_parts), tokens, sentences, stts


def _f1(correct: int, n_sys: int, n_gold: int) -> float:
    p = correct / n_sys if n_sys else 0.0
    r = correct / n_gold if n_gold else 0.0
    return round(2 * p * r / (p + r), 4) if p + r else 0.0


TOKENIZATIONS = ("ud", "news")


def evaluate(data_dir: Path, tokenization: str = "ud") -> dict[str, object]:
    from ..model import Article
    from ..nlp import get_pipeline

    if tokenization not in TOKENIZATIONS:
        raise ValueError(f"tokenization must be one of {', '.join(TOKENIZATIONS)}, not {tokenization!r}")

    data_dir = Path(data_dir)
    if not data_dir.is_dir():
        raise FileNotFoundError(f"not a directory: {data_dir}")
    files = sorted(p for p in data_dir.glob("*.conllu") if p.is_file())
    if not files:
        raise FileNotFoundError(f"no .conllu files in {data_dir}")
    pipe = get_pipeline("de")
    if hasattr(pipe, "variant"):
        pipe = pipe.variant(split_compounds=tokenization == "ud")
    c: Counter[str] = Counter()
    n_sys = n_gold = n_sys_xpos = n_gold_xpos = 0
    sys_sents = gold_sents = sent_ok = 0
    rel_gold: Counter[str] = Counter()
    rel_sys: Counter[str] = Counter()
    rel_ok: Counter[str] = Counter()
    any_stts = False
    for path in files:
        text, gold, gold_sentences, stts = read_gold(path)
        any_stts = any_stts or stts
        doc = pipe(Article(id=path.stem, text=text))
        gold_at = {(g.start, g.end): k for k, g in enumerate(gold)}
        sys_span = [(t.start, t.end) for t in doc.tokens]
        n_sys += len(doc.tokens)
        n_gold += len(gold)
        if stts:
            n_sys_xpos += len(doc.tokens)
            n_gold_xpos += len(gold)
        for t in doc.tokens:
            dep = t.dep.lower().split(":")[0]
            dep = "root" if dep == "root" or t.head == t.i else dep
            if dep in _RELATIONS:
                rel_sys[dep] += 1
            k = gold_at.get((t.start, t.end))
            if k is None:
                continue
            g = gold[k]
            c["tokens"] += 1
            c["upos"] += t.upos == g.upos
            c["lemma"] += t.lemma == g.lemma
            if stts:
                c["xpos"] += t.xpos == g.xpos
            sys_head = None if t.head < 0 or t.head == t.i else sys_span[t.head]
            gold_head = None if g.head < 0 else (gold[g.head].start, gold[g.head].end)
            head_ok = sys_head == gold_head and t.head >= 0
            c["uas"] += head_ok
            c["las"] += head_ok and dep == g.deprel
            if head_ok and dep == g.deprel and dep in _RELATIONS:
                rel_ok[dep] += 1
        for g in gold:
            if g.deprel in _RELATIONS:
                rel_gold[g.deprel] += 1
        sys_s = {(s.start, s.end) for s in doc.sentences}
        gold_s = set(gold_sentences)
        sys_sents += len(sys_s)
        gold_sents += len(gold_s)
        sent_ok += len(sys_s & gold_s)
    metrics: dict[str, object] = {
        "token_f1": _f1(c["tokens"], n_sys, n_gold),
        "upos": _f1(c["upos"], n_sys, n_gold),
        "xpos": _f1(c["xpos"], n_sys_xpos, n_gold_xpos) if any_stts else None,
        "lemma": _f1(c["lemma"], n_sys, n_gold),
        "uas": _f1(c["uas"], n_sys, n_gold),
        "las": _f1(c["las"], n_sys, n_gold),
        "sentence_f1": _f1(sent_ok, sys_sents, gold_sents),
        "relations_las_f1": {r: _f1(rel_ok[r], rel_sys[r], rel_gold[r]) for r in _RELATIONS},
    }
    return {"task": "parse", "n": n_gold, "metrics": metrics, "settings": {"tokenization": tokenization}}
