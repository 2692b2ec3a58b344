"""Evaluate speech representation detection on the REDEWIEDERGABE layout (``DIR/*.tsv`` or
``DIR/tsv/*.tsv`` with ``metadata.tsv``; news and non-fiction samples only).

Token-level binary precision/recall/F1 per type (direct, indirect, reported, free indirect),
as in Brunner et al. (2020): a token is positive for a type when any annotation level of that
type covers it. Our forms map as Direct -> direct, Indirect and IndirectFreeIndirect ->
indirect, Reported -> reported (free indirect speech is not detected and scores 0 recall).
The normalised token column (``normtok``) is joined into the text given to the pipeline.
"""

from __future__ import annotations

import bisect
import csv
import html
import logging
from pathlib import Path

from ..model import Article
from ..nlp import process
from ..quotes.extract import find_raw_quotes

log = logging.getLogger(__name__)

__all__ = ["evaluate"]

TYPES = ("direct", "indirect", "reported", "freeIndirect")
_FORM_TO_TYPE = {
    "Direct": ("direct",),
    "Indirect": ("indirect",),
    "IndirectFreeIndirect": ("indirect",),
    "Reported": ("reported",),
    "FreeIndirect": ("freeIndirect",),
}
_NO_SPACE_BEFORE = frozenset(",.;:!?)]}“»%")
_NO_SPACE_AFTER = frozenset("„([{»")


def _folder(data_dir: Path) -> Path:
    if not data_dir.is_dir():
        raise FileNotFoundError(f"{data_dir} is not a directory")
    for cand in (data_dir, data_dir / "tsv"):
        if (cand / "metadata.tsv").is_file():
            return cand
    raise FileNotFoundError(f"{data_dir} has no metadata.tsv (REDEWIEDERGABE layout expected)")


def _samples(folder: Path) -> list[Path]:
    out = []
    with (folder / "metadata.tsv").open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE):
            if row.get("fictional", "").strip().lower() == "no":
                path = folder / row["file"]
                if path.is_file():
                    out.append(path)
    if not out:
        raise ValueError(f"{folder}/metadata.tsv lists no non-fiction sample present in the folder")
    return sorted(out)


def _gold_types(stwr: str) -> set[str]:
    types: set[str] = set()
    if not stwr or stwr == "-":
        return types
    for level in stwr.split("|"):
        kind = level.split(".")[0]
        for t in kind.split("_"):
            if t in TYPES:
                types.add(t)
    return types


def _read(path: Path) -> tuple[list[str], list[set[str]]]:
    toks: list[str] = []
    gold: list[set[str]] = []
    with path.open(encoding="utf-8") as fh:
        header = fh.readline().rstrip("\n").split("\t")
        try:
            i_raw, i_tok, i_stwr = header.index("tok"), header.index("normtok"), header.index("stwr")
        except ValueError as exc:
            raise ValueError(f"{path.name}: missing column ({exc})") from exc
        for line in fh:
            cols = line.rstrip("\n").split("\t")
            if len(cols) <= max(i_tok, i_stwr) or not cols[i_tok]:
                continue
            tok = cols[i_tok]
            if "&" in tok:  # normalised quotation marks are HTML-escaped; keep the original mark
                tok = cols[i_raw] if cols[i_raw] and "&" not in cols[i_raw] else html.unescape(tok)
            toks.append(tok)
            gold.append(_gold_types(cols[i_stwr]))
    return toks, gold


def _detokenize(toks: list[str]) -> tuple[str, list[tuple[int, int]]]:
    parts, offs, pos, prev = [], [], 0, ""
    for tok in toks:
        if parts and not (tok in _NO_SPACE_BEFORE or prev in _NO_SPACE_AFTER):
            parts.append(" ")
            pos += 1
        offs.append((pos, pos + len(tok)))
        parts.append(tok)
        pos += len(tok)
        prev = tok
    return "".join(parts), offs


def evaluate(data_dir: Path, limit: int | None = None) -> dict:
    """Token-level P/R/F1 per speech type on the non-fiction samples of ``data_dir``."""
    folder = _folder(Path(data_dir))
    samples = _samples(folder)
    if limit:
        samples = samples[:limit]
    counts = {t: [0, 0, 0] for t in TYPES}  # tp, fp, fn
    n_tokens = 0
    for path in samples:
        toks, gold = _read(path)
        if not toks:
            continue
        text, offs = _detokenize(toks)
        starts = [a for a, _ in offs]
        pred: list[set[str]] = [set() for _ in toks]
        doc = process(Article(id=path.stem, text=text), lang="de")
        for q in find_raw_quotes(doc):
            types = _FORM_TO_TYPE.get(q.form, ())
            for a, b in q.parts:
                k = max(0, bisect.bisect_right(starts, a) - 1)
                while k < len(offs) and offs[k][0] < b:
                    if offs[k][1] > a:
                        pred[k].update(types)
                    k += 1
        n_tokens += len(toks)
        for g, p in zip(gold, pred, strict=True):
            for t in TYPES:
                if t in p and t in g:
                    counts[t][0] += 1
                elif t in p:
                    counts[t][1] += 1
                elif t in g:
                    counts[t][2] += 1
    metrics = {}
    for t, (tp, fp, fn) in counts.items():
        p = tp / (tp + fp) if tp + fp else 0.0
        r = tp / (tp + fn) if tp + fn else 0.0
        metrics[t] = {
            "precision": round(p, 4),
            "recall": round(r, 4),
            "f1": round(2 * p * r / (p + r), 4) if p + r else 0.0,
            "gold_tokens": tp + fn,
        }
    return {"task": "speech", "n": len(samples), "metrics": {**metrics, "tokens": n_tokens}}
