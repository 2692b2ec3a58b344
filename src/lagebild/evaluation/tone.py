"""Evaluate the shipped German outcome lexicon against SentiWS v2.0 (``DIR/SentiWS_v2.0_*.txt``).

SentiWS is CC BY-NC-SA: it is only read here, to measure, never shipped or trained on.

Metrics (over the lexicon lemmas that SentiWS also lists, as lemma or inflected form):

* ``overlap``: how many of our lemmas SentiWS knows; ``lexicon_size`` for scale;
* ``sign_agreement``: share of those with the same polarity sign;
* ``weight_correlation``: Pearson correlation of our weights with SentiWS weights on the overlap;
* ``coverage_strong``: share of strong SentiWS words (|weight| >= 0.3, any POS) our lookup (with
  lemmatiser, ending stripping and compound heads) finds at all -- low by design: the lexicon is
  about outcomes, not general sentiment;
* ``negation_flip``: share of overlapping words whose score changes sign under negation in a short
  sentence ("kein <Nomen>", "nicht <Adjektiv>"), i.e. the scorer's negation handling at work.
"""

from __future__ import annotations

import logging
import math
from dataclasses import dataclass
from pathlib import Path

from ..compare.lexicon import load_lexicon
from ..compare.tone import score_tone

log = logging.getLogger(__name__)

__all__ = ["SentiWord", "evaluate", "read_sentiws"]

FILES = ("SentiWS_v2.0_Positive.txt", "SentiWS_v2.0_Negative.txt")
FOLDER = "sentiws-v2.0-de"
STRONG = 0.3


@dataclass(frozen=True, slots=True)
class SentiWord:
    lemma: str
    pos: str
    weight: float
    forms: tuple[str, ...]


def _resolve(data_dir: Path) -> Path:
    if not data_dir.is_dir():
        raise FileNotFoundError(f"tone evaluation: {data_dir} is not a directory")
    for candidate in (data_dir, data_dir / FOLDER):
        if all((candidate / f).is_file() for f in FILES):
            return candidate
    raise FileNotFoundError(f"tone evaluation: {data_dir} has no {FILES[0]} and {FILES[1]} (SentiWS v2.0 layout)")


def read_sentiws(folder: Path) -> list[SentiWord]:
    """All SentiWS entries: ``Lemma|POS<TAB>weight<TAB>form,form,...`` (UTF-8, BOM and CRLF tolerated)."""
    out: list[SentiWord] = []
    for name in FILES:
        text = (folder / name).read_text(encoding="utf-8-sig")
        for lineno, line in enumerate(text.splitlines(), start=1):
            if not line.strip():
                continue
            parts = line.rstrip("\r").split("\t")
            if len(parts) < 2 or "|" not in parts[0]:
                raise ValueError(f"tone evaluation: {name} line {lineno} is not 'Lemma|POS<TAB>weight[<TAB>forms]'")
            lemma, pos = parts[0].split("|", 1)
            forms = tuple(f for f in parts[2].split(",") if f) if len(parts) > 2 else ()
            out.append(SentiWord(lemma=lemma, pos=pos, weight=float(parts[1]), forms=forms))
    return out


def _pearson(xs: list[float], ys: list[float]) -> float | None:
    if len(xs) < 2:
        return None
    mx, my = sum(xs) / len(xs), sum(ys) / len(ys)
    sx = math.sqrt(sum((x - mx) ** 2 for x in xs))
    sy = math.sqrt(sum((y - my) ** 2 for y in ys))
    if sx == 0 or sy == 0:
        return None
    return round(sum((x - mx) * (y - my) for x, y in zip(xs, ys, strict=True)) / (sx * sy), 3)


def _negated_probe(word: SentiWord) -> tuple[str, str]:
    if word.pos == "NN":
        return f"Es gab einen {word.lemma}.", f"Es gab keinen {word.lemma}."
    if word.pos == "VVINF":
        return f"Sie wollen {word.lemma}.", f"Sie wollen nicht {word.lemma}."
    return f"Das war {word.lemma}.", f"Das war nicht {word.lemma}."


def evaluate(data_dir: Path) -> dict:
    folder = _resolve(Path(data_dir))
    senti = read_sentiws(folder)
    lex = load_lexicon("de")
    by_form: dict[str, SentiWord] = {}
    for w in senti:
        for form in (w.lemma, *w.forms):
            by_form.setdefault(form.lower(), w)

    overlap: list[tuple[str, float, SentiWord]] = []
    for lemma, entry in sorted(lex.entries.items()):
        match = by_form.get(lemma)
        if match is not None:
            overlap.append((lemma, entry.weight, match))
    agree = [(lemma, ours, w) for lemma, ours, w in overlap if (ours > 0) == (w.weight > 0)]
    disagreements = sorted(
        f"{lemma} ({ours:+.1f} vs {w.weight:+.3f})" for lemma, ours, w in overlap if (lemma, ours, w) not in agree
    )

    strong = [w for w in senti if abs(w.weight) >= STRONG]
    found = [w for w in strong if lex.lookup(w.lemma) is not None]
    strong_agree = [w for w in found if ((lex.lookup(w.lemma).weight > 0) == (w.weight > 0))]  # type: ignore[union-attr]

    flips = 0
    for _, _, w in overlap:
        plain, negated = _negated_probe(w)
        a, b = score_tone(plain, "de").score, score_tone(negated, "de").score
        if a is not None and b is not None and a * b < 0:
            flips += 1

    n = len(overlap)
    metrics = {
        "lexicon_size": len(lex.entries),
        "sentiws_entries": len(senti),
        "overlap": n,
        "sign_agreement": round(len(agree) / n, 3) if n else None,
        "weight_correlation": _pearson([o for _, o, _ in overlap], [w.weight for _, _, w in overlap]),
        "coverage_strong": round(len(found) / len(strong), 3) if strong else None,
        "sign_agreement_strong_found": round(len(strong_agree) / len(found), 3) if found else None,
        "negation_flip": round(flips / n, 3) if n else None,
    }
    log.info("tone evaluation: %s", metrics)
    return {"task": "tone", "n": n, "metrics": metrics, "details": {"disagreements": disagreements}}
