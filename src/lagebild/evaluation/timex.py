"""Evaluate German date/duration/time recognition on TIMEX3-annotated court decisions
(``DIR/*_timex.txt.gz``, silver annotations, one sentence per line).

Our recognisers are :func:`lagebild.events.timex.find_timexes` (dates, weekdays, relative
expressions, clock times) plus the duration readings of :func:`lagebild.claims.numbers.find_quantities`.
Spans are compared on the de-tagged sentence: ``strict`` needs identical character spans,
``lenient`` any overlap (each gold/predicted span used once). ``value_accuracy`` compares ISO values
where the gold value is absolute (DATE with a year, DURATION like ``P3Y``) and the spans match
leniently. Relative expressions are not scored for value: the silver layer resolves them against
the annotation date. No published score exists for this silver layer.
"""

from __future__ import annotations

import gzip
import logging
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

log = logging.getLogger(__name__)

__all__ = ["evaluate", "parse_line"]

_TAG = re.compile(r"<TIMEX3\b([^>]*)>(.*?)</TIMEX3>")
_ATTR = re.compile(r'(\w+)="([^"]*)"')
_ISO_ABS = re.compile(r"^\d{4}(?:-\d{2}(?:-\d{2})?)?$|^P[\d.]+[YMWD]$|^PT[\d.]+[HM]$")
_DUR_CODE = {"year": "Y", "month": "M", "week": "W", "day": "D", "hour": "H", "minute": "M"}
DEFAULT_MAX_LINES = 20000


@dataclass(frozen=True, slots=True)
class GoldTimex:
    start: int
    end: int
    type: str
    value: str


def parse_line(line: str) -> tuple[str, list[GoldTimex]]:
    """De-tag one annotated sentence: (plain text, gold TIMEX3 spans in it)."""
    out: list[str] = []
    gold: list[GoldTimex] = []
    pos = 0
    length = 0
    for m in _TAG.finditer(line):
        chunk = line[pos : m.start()]
        out.append(chunk)
        length += len(chunk)
        attrs = dict(_ATTR.findall(m.group(1)))
        inner = re.sub(r"<[^>]+>", "", m.group(2))
        gold.append(GoldTimex(length, length + len(inner), attrs.get("type", ""), attrs.get("value", "")))
        out.append(inner)
        length += len(inner)
        pos = m.end()
    out.append(line[pos:])
    return "".join(out), gold


def _lines(data_dir: Path, max_lines: int | None) -> Iterator[str]:
    files = sorted(data_dir.glob("*_timex.txt.gz"))
    if not files:
        raise FileNotFoundError(f"{data_dir}: expected *_timex.txt.gz files (TIMEX3-annotated court decisions)")
    n = 0
    for path in files:
        with gzip.open(path, "rt", encoding="utf-8") as fh:
            for line in fh:
                line = line.strip()
                if (
                    not line
                    or line.startswith("<?xml")
                    or line.startswith("<!DOCTYPE")
                    or line in ("<TimeML>", "</TimeML>")
                ):
                    continue
                yield line
                n += 1
                if max_lines is not None and n >= max_lines:
                    return


def _predict(text: str) -> list[tuple[int, int, str]]:
    """(start, end, ISO value or "") of our temporal readings of one sentence."""
    from ..claims.numbers import find_quantities
    from ..events.timex import find_timexes

    out: list[tuple[int, int, str]] = []
    masked = []
    for tx in find_timexes(text, "de"):
        value = ""
        if tx.kind == "date" and tx.year is not None:
            value = (
                f"{tx.year:04d}"
                + (f"-{tx.month:02d}" if tx.month else "")
                + (f"-{tx.day:02d}" if tx.month and tx.day else "")
            )
        out.append((tx.start, tx.end, value))
        masked.append((tx.start, tx.end))
    for q in find_quantities(text, "de", masked):
        if q.kind == "duration" and q.unit in _DUR_CODE and q.value is not None:
            num = f"{q.value:g}"
            code = _DUR_CODE[q.unit]
            value = f"PT{num}{code}" if q.unit in ("hour", "minute") else f"P{num}{code}"
            out.append((q.num_start, q.end, value))
    return sorted(out)


def _match(
    gold: list[GoldTimex], pred: list[tuple[int, int, str]], strict: bool
) -> list[tuple[GoldTimex, tuple[int, int, str]]]:
    pairs = []
    used: set[int] = set()
    for g in gold:
        for k, p in enumerate(pred):
            if k in used:
                continue
            ok = (p[0], p[1]) == (g.start, g.end) if strict else p[0] < g.end and g.start < p[1]
            if ok:
                used.add(k)
                pairs.append((g, p))
                break
    return pairs


def _prf(tp: int, n_pred: int, n_gold: int) -> dict[str, float]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(2 * p * r / (p + r), 4) if p + r else 0.0}


def evaluate(data_dir: Path, max_lines: int | None = DEFAULT_MAX_LINES) -> dict:
    """Span P/R/F1 (strict, lenient) and value accuracy on the first ``max_lines`` annotated sentences."""
    data_dir = Path(data_dir)
    if not data_dir.is_dir():
        raise FileNotFoundError(f"{data_dir}: not a directory")
    n_gold = n_pred = tp_strict = tp_lenient = 0
    val_n = val_ok = 0
    by_type: dict[str, list[int]] = {}
    sentences = 0
    for line in _lines(data_dir, max_lines):
        text, gold = parse_line(line)
        gold = [g for g in gold if g.type in ("DATE", "DURATION", "TIME")]
        pred = _predict(text)
        sentences += 1
        n_gold += len(gold)
        n_pred += len(pred)
        tp_strict += len(_match(gold, pred, strict=True))
        lenient = _match(gold, pred, strict=False)
        tp_lenient += len(lenient)
        for g in gold:
            by_type.setdefault(g.type, [0, 0])[1] += 1
        for g, p in lenient:
            by_type[g.type][0] += 1
            if _ISO_ABS.match(g.value):
                val_n += 1
                val_ok += p[2] == g.value
    if sentences == 0:
        raise ValueError(f"{data_dir}: no annotated sentences found")
    metrics = {
        "strict": _prf(tp_strict, n_pred, n_gold),
        "lenient": _prf(tp_lenient, n_pred, n_gold),
        "recall_by_type": {t: round(c[0] / c[1], 4) if c[1] else 0.0 for t, c in sorted(by_type.items())},
        "value_accuracy": round(val_ok / val_n, 4) if val_n else 0.0,
        "value_n": val_n,
        "gold": n_gold,
        "predicted": n_pred,
        "sentences": sentences,
        "published": None,
    }
    return {"task": "timex", "n": n_gold, "metrics": metrics}
