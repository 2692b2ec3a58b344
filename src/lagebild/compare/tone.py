"""Tone about the event's outcome, on an outlet's own narrative, explained by its spans.

Method (documented in docs/compare.md as well):

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

from .lexicon import Lexicon, load_lexicon

log = logging.getLogger(__name__)

__all__ = ["ToneHit", "ToneResult", "quoted_regions", "score_tone"]

NEGATION_FACTOR = -0.8
FORWARD_WINDOW = 3
BACKWARD_WINDOW = 8
SMOOTHING = 1.0
MAX_SPANS = 8

_TOKEN = re.compile(r"\w+(?:[-'’]\w+)*|[^\w\s]")
_BREAK_PUNCT = frozenset(".,;:!?()[]–—-…")
# opening mark -> closing marks; the German „…“ and ‚…‘, the French «…» / »…«, straight and curly quotes
_QUOTE_PAIRS = {"„": "“”\"", "“": "”\"", "«": "»", "»": "«", '"': '"“”', "‚": "‘’"}
_MAX_QUOTE_LEN = 1500


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


@dataclass(frozen=True, slots=True)
class _Tok:
    start: int
    end: int
    text: str
    lower: str
    excluded: bool
    brk: bool


def quoted_regions(text: str) -> list[tuple[int, int]]:
    """Stretches between quotation marks (including the marks), left to right, not nested."""
    out: list[tuple[int, int]] = []
    i, n = 0, len(text)
    while i < n:
        closers = _QUOTE_PAIRS.get(text[i])
        if closers is None:
            i += 1
            continue
        j = i + 1
        limit = min(n, i + _MAX_QUOTE_LEN)
        while j < limit and text[j] not in closers:
            j += 1
        if j < limit:
            out.append((i, j + 1))
            i = j + 1
        else:
            i += 1
    return out


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
    mods = _assign_modifiers(toks, polar, lex)
    hits: list[ToneHit] = []
    for i, entry in sorted(polar.items()):
        factor = 1.0
        start = toks[i].start
        words: list[str] = []
        for j, f in mods.get(i, []):
            factor *= f
            start = min(start, toks[j].start)
            words.append(toks[j].text)
        hits.append(
            ToneHit(
                start=start,
                end=toks[i].end,
                word=toks[i].text,
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
        toks.append(_Tok(start=s, end=e, text=word, lower=lower, excluded=excluded, brk=brk))
    return toks


def _assign_modifiers(toks: Sequence[_Tok], polar: dict[int, object], lex: Lexicon) -> dict[int, list[tuple[int, float]]]:
    """Map polar token index -> [(modifier token index, factor)]; each modifier is used once."""
    cues = lex.cues
    out: dict[int, list[tuple[int, float]]] = {}
    negated: set[int] = set()
    for i, tok in enumerate(toks):
        if tok.excluded or tok.brk:
            continue
        if tok.lower in cues.negators:
            factor, backward = NEGATION_FACTOR, tok.lower not in cues.forward_only
        elif tok.lower in cues.hedges:
            factor, backward = cues.hedges[tok.lower], False
        elif tok.lower in cues.intensifiers:
            factor, backward = cues.intensifiers[tok.lower], False
        else:
            continue
        target = _forward_polar(toks, i, polar)
        if target is None and backward:
            target = _backward_polar(toks, i, polar)
        if target is None:
            continue
        if factor < 0:
            if target in negated:  # one negation per word; "weder ... noch nicht" is not a double flip
                continue
            negated.add(target)
        out.setdefault(target, []).append((i, factor))
    return out


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
