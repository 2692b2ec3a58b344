"""Tone about the event's outcome, on an outlet's own narrative, explained by its spans.

Method (also in ``compare/README.md``):

1. Tokenise the article text (words keep inner hyphens: "Ukraine-Konflikt" is one token).
2. Drop every token inside a reported quote: the spans of ``analysis.quotes`` for the article, plus
   any stretch between quotation marks (so a missed quote still does not colour the outlet's tone).
3. Look every remaining word up in the outcome lexicon (:mod:`lagebild.compare.lexicon`).
4. Modifiers in the same clause (a clause ends at punctuation or at words like "aber", "dass"):
   * a negator ("nicht", "kein", "ohne") flips and damps the next polar word within 3 tokens
     (factor -0.8); "nicht" with no polar word after it inside the clause negates the nearest polar
     word before it ("eine Einigung gab es nicht");
   * a hedge damps ("eher" 0.6, "zwar" 0.5) or half-negates ("kaum" -0.5) the next polar word;
   * an intensifier strengthens it ("sehr" 1.5, "deutlich" 1.3).
5. ``score = sum(c) / (sum(|c|) + 1)`` over the contributions ``c``: in (-1, 1), 0 when nothing
   polar is found, near ±1 only when many words agree. ``None`` when the narrative has no words.

The spans that drive the score are returned with their contributions, strongest first.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import NamedTuple

from .lexicon import Lexicon, load_lexicon

log = logging.getLogger(__name__)

__all__ = ["ToneHit", "ToneResult", "quoted_regions", "score_tone"]

NEGATION_FACTOR = -0.8
FORWARD_WINDOW = 3
BACKWARD_WINDOW = 8
SPLIT_VERB_WINDOW = 12
SMOOTHING = 1.0
MAX_SPANS = 8

_TOKEN = re.compile(r"\w+(?:[-'’]\w+)*|[^\w\s]")
_BREAK_PUNCT = frozenset(".,;:!?()[]–—-…")
# opening mark -> closing marks; the German „…“ and ‚…‘, the French «…» / »…«, straight and curly quotes
_QUOTE_PAIRS = {"„": '“”"', "“": '”"', "«": "»", "»": "«", '"': '"“”', "‚": "‘’"}
_MAX_QUOTE_LEN = 1500
_OPENERS = re.compile("[" + re.escape("".join(_QUOTE_PAIRS)) + "]")
_CUE_ENDINGS = ("en", "er", "es", "em", "e")


@dataclass(frozen=True, slots=True)
class ToneHit:
    """One polar word in the narrative with what modified it."""

    start: int  # span covers the modifiers and the word
    end: int
    word: str
    weight: float  # lexicon weight
    factor: float  # product of the modifier factors
    modifiers: tuple[str, ...]

    @property
    def contribution(self) -> float:
        return round(self.weight * self.factor, 4)


@dataclass(frozen=True, slots=True)
class ToneResult:
    score: float | None
    hits: tuple[ToneHit, ...]  # strongest first
    narrative_tokens: int

    def driving(self, limit: int = MAX_SPANS) -> tuple[ToneHit, ...]:
        """The hits that push the score in its own direction (or all hits when it is 0)."""
        if self.score is None:
            return ()
        same = [h for h in self.hits if self.score == 0 or (h.contribution > 0) == (self.score > 0)]
        return tuple(same[:limit])


class _Tok(NamedTuple):
    start: int
    end: int
    text: str
    lower: str
    excluded: bool
    brk: bool


def quoted_regions(text: str) -> list[tuple[int, int]]:
    """Stretches between quotation marks (including the marks), left to right, not nested."""
    out: list[tuple[int, int]] = []
    pos = 0
    while True:
        m = _OPENERS.search(text, pos)
        if m is None:
            return out
        i = m.start()
        limit = min(len(text), i + _MAX_QUOTE_LEN)
        ends = [j for c in _QUOTE_PAIRS[text[i]] if (j := text.find(c, i + 1, limit)) >= 0]
        if ends:
            out.append((i, min(ends) + 1))
            pos = min(ends) + 1
        else:
            pos = i + 1


def score_tone(
    text: str,
    lang: str | None = "de",
    exclude: Iterable[tuple[int, int]] = (),
    *,
    lexicon: Lexicon | None = None,
    detect_quotes: bool = True,
) -> ToneResult:
    """Score ``text`` (one article) in -1..1, ignoring ``exclude`` spans and quoted stretches."""
    lex = lexicon or load_lexicon(lang)
    regions = sorted({(s, e) for s, e in exclude if e > s} | (set(quoted_regions(text)) if detect_quotes else set()))
    toks = _tokenise(text, regions, lex)
    narrative = sum(1 for t in toks if not t.excluded and not t.brk)
    if narrative == 0:
        return ToneResult(score=None, hits=(), narrative_tokens=0)
    polar = {i: e for i, t in enumerate(toks) if not t.excluded and not t.brk and (e := lex.lookup(t.text)) is not None}
    split_start = _separable_verbs(toks, polar, lex)
    mods = _assign_modifiers(toks, polar, lex)
    hits: list[ToneHit] = []
    for i, entry in sorted(polar.items()):
        factor = 1.0
        start = split_start.get(i, toks[i].start)
        end = toks[i].end
        words: list[str] = []
        for j, f in mods.get(i, []):
            factor *= f
            start = min(start, toks[j].start)
            end = max(end, toks[j].end)
            words.append(toks[j].text)
        hits.append(
            ToneHit(
                start=start,
                end=end,
                word=text[split_start[i] : toks[i].end] if i in split_start else toks[i].text,
                weight=entry.weight,
                factor=round(factor, 4),
                modifiers=tuple(words),
            )
        )
    total = sum(h.contribution for h in hits)
    mass = sum(abs(h.contribution) for h in hits)
    score = round(total / (mass + SMOOTHING), 3) if hits else 0.0
    hits.sort(key=lambda h: (-abs(h.contribution), h.start))
    return ToneResult(score=score, hits=tuple(hits), narrative_tokens=narrative)


def _tokenise(text: str, regions: Sequence[tuple[int, int]], lex: Lexicon) -> list[_Tok]:
    toks: list[_Tok] = []
    r = 0
    for m in _TOKEN.finditer(text):
        s, e = m.start(), m.end()
        while r < len(regions) and regions[r][1] <= s:
            r += 1
        excluded = r < len(regions) and regions[r][0] < e
        word = m.group()
        lower = word.lower()
        brk = word in _BREAK_PUNCT or lower in lex.cues.clause_breaks or (len(word) == 1 and not word.isalnum())
        toks.append(_Tok(s, e, word, lower, excluded, brk))
    return toks


def _separable_verbs(toks: Sequence[_Tok], polar: dict[int, object], lex: Lexicon) -> dict[int, int]:
    """Add clause-final particles of split verbs to ``polar``; return particle index -> verb start."""
    out: dict[int, int] = {}
    if not lex.cues.particles:
        return out
    for i, tok in enumerate(toks):
        if tok.excluded or tok.lower not in lex.cues.particles or i in polar:
            continue
        if i + 1 < len(toks) and not toks[i + 1].brk:
            continue  # a split particle closes its clause
        for j in range(i - 1, max(-1, i - 1 - SPLIT_VERB_WINDOW), -1):
            if toks[j].brk or toks[j].excluded:
                break
            entry = lex.lookup_separable(tok.text, toks[j].text)
            if entry is not None:
                polar.pop(j, None)
                polar[i] = entry
                out[i] = toks[j].start
                break
    return out


def _assign_modifiers(
    toks: Sequence[_Tok], polar: dict[int, object], lex: Lexicon
) -> dict[int, list[tuple[int, float]]]:
    """Map polar token index -> [(modifier token index, factor)]; each modifier is used once."""
    cues = lex.cues
    out: dict[int, list[tuple[int, float]]] = {}
    negated: set[int] = set()
    for i, tok in enumerate(toks):
        if tok.excluded or tok.brk:
            continue
        if tok.lower in cues.negators:
            factor, backward = NEGATION_FACTOR, tok.lower not in cues.forward_only
        elif (hedge := _cue_factor(tok.lower, cues.hedges)) is not None:
            factor, backward = hedge, False
        elif (boost := _cue_factor(tok.lower, cues.intensifiers)) is not None:
            factor, backward = boost, False
        else:
            continue
        target = _forward_polar(toks, i, polar)
        if target is None and backward and _closes_clause(toks, i, cues.verb_endings):
            target = _backward_polar(toks, i, polar)
        if target is None:
            continue
        if factor < 0:
            if target in negated:  # one negation per word; "weder ... noch nicht" is not a double flip
                continue
            negated.add(target)
        out.setdefault(target, []).append((i, factor))
    return out


def _cue_factor(lower: str, table: dict[str, float]) -> float | None:
    """Factor of a hedge or intensifier, also in an inflected form ("vorsichtigen" -> "vorsichtig")."""
    if lower in table:
        return table[lower]
    for suffix in _CUE_ENDINGS:
        if lower.endswith(suffix) and lower[: -len(suffix)] in table:
            return table[lower[: -len(suffix)]]
    return None


def _closes_clause(toks: Sequence[_Tok], i: int, verb_endings: tuple[str, ...]) -> bool:
    """True when token ``i`` ends its clause ("gab es nicht.") or only a verb form follows it
    ("wurde nicht erzielt.")."""
    j = i + 1
    if j < len(toks) and not toks[j].brk:
        if not verb_endings or not toks[j].lower.endswith(verb_endings):
            return False
        j += 1
    return j >= len(toks) or toks[j].brk


def _forward_polar(toks: Sequence[_Tok], i: int, polar: dict[int, object]) -> int | None:
    for j in range(i + 1, min(len(toks), i + 1 + FORWARD_WINDOW)):
        if toks[j].brk or toks[j].excluded:
            return None
        if j in polar:
            return j
    return None


def _backward_polar(toks: Sequence[_Tok], i: int, polar: dict[int, object]) -> int | None:
    for j in range(i - 1, max(-1, i - 1 - BACKWARD_WINDOW), -1):
        if toks[j].brk or toks[j].excluded:
            return None
        if j in polar:
            return j
    return None
