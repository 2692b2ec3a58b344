"""Evaluate quote extraction on the SpkAtt-2023 Task 2 layout (``DIR/json/*.json``).

Scoring follows the SpkAtt-2023 scorer (uhh-lt/news-speaker-attribution-2023, ``eval/classes.py``):
predicted and gold annotations of a document are paired by the token-F1 overlap of their
messages (optimal assignment, form as tie-breaker); then cue, source and message tokens are
counted as true/false positives/negatives within each pair, unpaired annotations counting in
full. ``metrics.<role>`` are micro-averaged token P/R/F1 over top-level annotations
(``IsNested: false``, the scorer's "simplified" set); ``metrics.official`` repeats the scorer's
macro-averaged (per annotation pair) message and role scores, full and simplified.

The gold tokens are joined into a text (no space before closing punctuation), the text runs
through the real pipeline (:func:`lagebild.nlp.process` + the quote rules), and predicted
character spans are mapped back onto the gold tokens.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from ..model import Article
from ..nlp import process
from ..quotes.extract import RawQuote, find_raw_quotes

log = logging.getLogger(__name__)

__all__ = ["evaluate", "score_groups"]

ROLES = ("Message", "Cue", "Source")
FORMS = ("Direct", "Indirect", "FreeIndirect", "IndirectFreeIndirect", "Reported")
_NO_SPACE_BEFORE = frozenset(",.;:!?)]}“»%")
_NO_SPACE_AFTER = frozenset("„([{»")


@dataclass
class Group:
    msg: list[int]
    roles: dict[str, list[int]]
    form: str | None
    nested: bool = False


@dataclass
class Counts:
    tp: dict[str, int] = field(default_factory=lambda: {r: 0 for r in ROLES})
    fp: dict[str, int] = field(default_factory=lambda: {r: 0 for r in ROLES})
    fn: dict[str, int] = field(default_factory=lambda: {r: 0 for r in ROLES})
    macro_p: dict[str, list[float]] = field(default_factory=lambda: {r: [] for r in ROLES})
    macro_r: dict[str, list[float]] = field(default_factory=lambda: {r: [] for r in ROLES})
    form_tp: dict[str, int] = field(default_factory=lambda: {f: 0 for f in FORMS})
    form_fp: dict[str, int] = field(default_factory=lambda: {f: 0 for f in FORMS})
    form_fn: dict[str, int] = field(default_factory=lambda: {f: 0 for f in FORMS})
    msg_by_form: dict[str, list[int]] = field(default_factory=lambda: {f: [0, 0, 0] for f in FORMS})


def _prf(tp: int, fp: int, fn: int) -> dict[str, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4)}


def _overlap_f1(gold: list[int], sys: list[int]) -> float:
    both = len(set(gold) & set(sys))
    if not both:
        return 0.0
    p, r = both / len(sys), both / len(gold)
    return 2 * p * r / (p + r)


def _assign(sys: Sequence[Group], gold: Sequence[Group]) -> list[tuple[int, int]]:
    scores = [
        [(ov := _overlap_f1(g.msg, s.msg)) + (0.01 if ov > 0 and g.form == s.form else 0.0) for s in sys] for g in gold
    ]
    if not sys or not gold:
        return []
    try:
        import numpy as np
        from scipy.optimize import linear_sum_assignment

        rows, cols = linear_sum_assignment(np.array(scores), maximize=True)
        return [(int(c), int(r)) for r, c in zip(rows, cols, strict=True)]
    except ImportError:  # greedy fallback: best pairs first
        cand = sorted(((scores[gi][si], si, gi) for gi in range(len(gold)) for si in range(len(sys))), reverse=True)
        used_s, used_g, out = set(), set(), []
        for _sc, si, gi in cand:
            if si not in used_s and gi not in used_g:
                used_s.add(si)
                used_g.add(gi)
                out.append((si, gi))
        return out


def _count(sys: Group | None, gold: Group | None, c: Counts) -> None:
    for role in ROLES:
        g = set(gold.msg if role == "Message" else gold.roles.get(role, [])) if gold else set()
        s = set(sys.msg if role == "Message" else sys.roles.get(role, [])) if sys else set()
        tp, fp, fn = len(g & s), len(s - g), len(g - s)
        c.tp[role] += tp
        c.fp[role] += fp
        c.fn[role] += fn
        if tp + fp:
            c.macro_p[role].append(tp / (tp + fp))
        if tp + fn:
            c.macro_r[role].append(tp / (tp + fn))
        if role == "Message":
            form = (gold.form if gold else None) or (sys.form if sys else None)
            if form in c.msg_by_form:
                c.msg_by_form[form][0] += tp
                c.msg_by_form[form][1] += fp
                c.msg_by_form[form][2] += fn
    sf, gf = (sys.form if sys else None), (gold.form if gold else None)
    if sf == gf and gf in c.form_tp:
        c.form_tp[gf] += 1
    else:
        if sf in c.form_fp:
            c.form_fp[sf] += 1
        if gf in c.form_fn:
            c.form_fn[gf] += 1


def score_groups(sys: Sequence[Group], gold: Sequence[Group], c: Counts) -> None:
    """Pair one document's predicted and gold annotations and add their token counts to ``c``."""
    pairs = _assign(sys, gold)
    ms, mg = set(), set()
    for si, gi in pairs:
        if _overlap_f1(gold[gi].msg, sys[si].msg) == 0.0 and gold[gi].form != sys[si].form:
            continue  # an empty pairing counts as one miss and one false alarm, as in the scorer
        ms.add(si)
        mg.add(gi)
        _count(sys[si], gold[gi], c)
    for si in range(len(sys)):
        if si not in ms:
            _count(sys[si], None, c)
    for gi in range(len(gold)):
        if gi not in mg:
            _count(None, gold[gi], c)


# --------------------------------------------------------------------------- data


def _detokenize(sentences: list[list[str]]) -> tuple[str, list[list[tuple[int, int]]]]:
    parts: list[str] = []
    offsets: list[list[tuple[int, int]]] = []
    pos = 0
    prev = ""
    for si, toks in enumerate(sentences):
        offs = []
        for tok in toks:
            if parts:
                glue = "" if (tok in _NO_SPACE_BEFORE or prev in _NO_SPACE_AFTER) else " "
                if si > 0 and not offs:
                    glue = " "
                parts.append(glue)
                pos += len(glue)
            offs.append((pos, pos + len(tok)))
            parts.append(tok)
            pos += len(tok)
            prev = tok
        offsets.append(offs)
    return "".join(parts), offsets


def _gold_groups(anns: list[dict], sent_offs: list[int]) -> list[Group]:
    def conv(ids: list[str]) -> list[int]:
        return sorted({sent_offs[int(x.split(":")[0])] + int(x.split(":")[1]) for x in ids})

    return [
        Group(
            msg=conv(a.get("Message", [])),
            roles={"Cue": conv(a.get("Cue", [])), "Source": conv(a.get("Source", []))},
            form=a.get("Form"),
            nested=bool(a.get("IsNested", False)),
        )
        for a in anns
    ]


def _sys_groups(raws: list[RawQuote], tok_offsets: list[tuple[int, int]]) -> list[Group]:
    starts = [a for a, _ in tok_offsets]
    import bisect

    def toks_in(spans: Sequence[tuple[int, int]]) -> list[int]:
        out: set[int] = set()
        for a, b in spans:
            k = max(0, bisect.bisect_right(starts, a) - 1)
            while k < len(tok_offsets) and tok_offsets[k][0] < b:
                if tok_offsets[k][1] > a:
                    out.add(k)
                k += 1
        return sorted(out)

    groups = []
    for q in raws:
        groups.append(
            Group(
                msg=toks_in(q.parts),
                roles={"Cue": toks_in(q.cue_spans), "Source": toks_in([q.source] if q.source else [])},
                form=q.form,
            )
        )
    return [g for g in groups if g.msg]


def _files(data_dir: Path) -> list[Path]:
    folder = data_dir / "json"
    if not data_dir.is_dir():
        raise FileNotFoundError(f"{data_dir} is not a directory")
    if not folder.is_dir():
        raise FileNotFoundError(f"{data_dir} has no json/ folder (SpkAtt-2023 layout expected)")
    files = sorted(folder.glob("*.json"))
    if not files:
        raise ValueError(f"{folder} holds no .json files")
    return files


def evaluate(data_dir: Path, limit: int | None = None) -> dict:
    """Token-level P/R/F1 for cue, source and message (and per quotation type) on ``data_dir``."""
    files = _files(Path(data_dir))
    if limit:
        files = files[:limit]
    simple, full = Counts(), Counts()
    n_gold = 0
    for path in files:
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            sentences = [s["Tokens"] for s in data["Sentences"]]
            anns = data["Annotations"]
        except (KeyError, TypeError, json.JSONDecodeError) as exc:
            raise ValueError(f"{path.name}: not a SpkAtt-2023 document ({exc})") from exc
        text, offsets = _detokenize(sentences)
        sent_offs = [0]
        for s in sentences:
            sent_offs.append(sent_offs[-1] + len(s))
        flat = [o for offs in offsets for o in offs]
        doc = process(Article(id=path.stem, text=text), lang="de")
        sys = _sys_groups(find_raw_quotes(doc), flat)
        gold = _gold_groups(anns, sent_offs)
        n_gold += sum(1 for g in gold if not g.nested)
        score_groups(sys, [g for g in gold if not g.nested], simple)
        score_groups(sys, gold, full)
    metrics: dict = {}
    for role, key in (("Cue", "cue"), ("Source", "source"), ("Message", "message")):
        metrics[key] = _prf(simple.tp[role], simple.fp[role], simple.fn[role])
    metrics["by_type"] = {
        form: {
            "message": _prf(*simple.msg_by_form[form]),
            **_prf(simple.form_tp[form], simple.form_fp[form], simple.form_fn[form]),
        }
        for form in FORMS
    }
    metrics["official"] = {name: _official(c) for name, c in (("simplified", simple), ("full", full))}
    return {"task": "quotes", "n": n_gold, "metrics": metrics}


def _official(c: Counts) -> dict[str, float]:
    def mean(xs: list[float]) -> float:
        return sum(xs) / len(xs) if xs else 0.0

    def f(p: float, r: float) -> float:
        return 2 * p * r / (p + r) if p + r else 0.0

    mp, mr = mean(c.macro_p["Message"]), mean(c.macro_r["Message"])
    rp = mean(c.macro_p["Cue"] + c.macro_p["Source"])
    rr = mean(c.macro_r["Cue"] + c.macro_r["Source"])
    return {
        "message_f1": round(f(mp, mr), 4),
        "message_precision": round(mp, 4),
        "message_recall": round(mr, 4),
        "roles_f1": round(f(rp, rr), 4),
    }
