"""Clause-level helpers for quote rules: clause edges, the finite verb, subject regions before a
cue and passive reports. Pure functions over tokens (no document state)."""

from __future__ import annotations

from collections.abc import Sequence

from ..model import Token
from .cues import Cue
from .lexicon import CueLexicon
from .syntax import is_punct, is_temporal, np_after, pos

__all__ = [
    "FINITE",
    "RELATIVE",
    "clause_start",
    "final_wie_frame",
    "finite_before",
    "is_passive",
    "is_subject_region",
    "passive_agent",
    "passive_prefield",
    "relative_subject",
]

FINITE = frozenset({"VVFIN", "VAFIN", "VMFIN"})
RELATIVE = frozenset("der die das dem den denen deren dessen welche welcher welches".split())
_WERDEN = frozenset({"wird", "werden", "wurde", "wurden", "worden"})
_DOC_PREPS = frozenset({"in", "im", "auf", "bei", "beim"})  # "In einer Erklärung wurde verkündet"
_PARTY_PREPS = frozenset({"von", "vom", "seitens"})  # "Von deutscher Seite wurde gefordert"


def finite_before(toks: Sequence[Token], start: int, cue: int) -> int:
    """The finite verb of the clause: the cue itself, or an auxiliary before a participle cue."""
    if toks[cue].xpos.endswith("FIN") and (cue + 1 >= len(toks) or is_punct(toks[cue + 1])):
        # a participle tagged as finite at the clause end ("hatte … betont/VVFIN:"): the auxiliary before it
        aux = next((k for k in range(start, cue) if toks[k].xpos in {"VAFIN", "VMFIN"}), None)
        if aux is not None and aux > start and toks[cue].text.lower() != toks[cue].lemma.lower():
            return aux
    if not toks[cue].xpos or toks[cue].xpos.endswith("FIN"):
        return cue
    for k in range(start, cue):
        if toks[k].xpos in {"VAFIN", "VMFIN"}:
            return k
    return cue


def is_passive(toks: Sequence[Token], start: int, cue: Cue) -> bool:
    """The cue is a participle with a form of "werden" in its clause ("wurde angegeben"); a
    participle the tagger took for an adjective ("wird vorgeworfen") counts too."""
    head = toks[cue.head]
    low = head.text.lower()
    participle = head.xpos == "VVPP" or (
        head.xpos in {"ADJD", "ADJA"} and "ge" in low[:6] and low.endswith(("t", "en"))
    )
    if not participle:
        return False
    k = start
    while k < len(toks) and k <= cue.head + 2 and toks[k].text not in {",", ";", ":"}:
        if toks[k].text.lower() in _WERDEN:
            return True
        k += 1
    return False


def passive_prefield(toks: Sequence[Token], start: int, fin: int, lex: CueLexicon) -> tuple[int, int] | None:
    """The prepositional phrase that fills the prefield of a passive report: the document with its
    preposition ("In einer Presseerklärung wurde verkündet"), or the party after ``von``."""
    if fin - start < 2:
        return None
    low = toks[start].text.lower()
    if low not in _DOC_PREPS | _PARTY_PREPS:
        return None
    k = start + 1
    if low == "von" and toks[k].text.lower() == "seiten" and k + 1 < fin:
        k += 1  # "Von Seiten der Delegation"
    np = np_after(toks, k, fin, lex)
    if np is None or np[1] != fin or is_temporal(toks, np, lex):
        return None  # "In der letzten Woche wurde … abgelehnt": a time, not a document
    return (start, fin) if low in _DOC_PREPS else np


def passive_agent(toks: Sequence[Token], lo: int, hi: int, cue: Cue, lex: CueLexicon) -> tuple[int, int] | None:
    """The agent of a passive report: "Von der Opposition wurde der Besuch kritisiert", "wurde die
    Aktion von den Veranstaltern als Erfolg gewertet"."""
    for k in range(lo, cue.head):
        if toks[k].text.lower() in {"von", "vom"} and (k == lo or toks[k - 1].xpos in FINITE | {"NN", "NE"}):
            np = np_after(toks, k + 1, cue.head, lex)
            if np is not None and not any(t.text.lower() in {"seiten"} for t in toks[np[0] : np[0] + 1]):
                return np
    return None


def final_wie_frame(toks: Sequence[Token], lo: int, cue: Cue, end: int) -> bool:
    """The cue closes the sentence inside a ``wie`` clause ("…, wie X, Chef von Y, mitteilte.")."""
    if max(cue.toks) + 1 < end:
        return False
    for k in range(cue.head - 1, max(lo, cue.head - 25), -1):
        if toks[k].text.lower() in {"wie", "as"} and toks[k - 1].text == ",":
            return True
    return False


def clause_start(toks: Sequence[Token], lo: int, cue: int) -> int:
    """Start of the clause holding ``cue``: after the last comma before it (quotes excluded);
    commas inside brackets ("Peres (Awoda, dt. Arbeiterpartei)") do not count."""
    depth = 0
    for k in range(cue - 1, lo - 1, -1):
        text = toks[k].text
        if text == ")":
            depth += 1
        elif text == "(":
            depth = max(0, depth - 1)
        elif depth == 0 and text in {",", ";", ":"}:
            return k + 1
    return lo


def relative_subject(toks: Sequence[Token], lo: int, stop: int, lex: CueLexicon) -> bool:
    """``[lo, stop)`` is a noun phrase with a relative clause ("Hubert Berg, der … ist, wies … zurück")."""
    span = np_after(toks, lo, stop, lex, sent_start=lo)
    if span is None or span[0] != lo or span[1] + 1 >= stop or toks[span[1]].text != ",":
        return False
    rel = toks[span[1] + 1]
    return rel.text.lower() in RELATIVE and (pos(rel) in {"PRON", "DET", ""} or rel.text.lower() in {"dessen", "deren"})


def is_subject_region(toks: Sequence[Token], lo: int, stop: int, lex: CueLexicon) -> bool:
    """``[lo, stop)`` is one noun phrase (with apposition): "Die Botschafterin, Julianne Smith, sagte"."""
    if stop - lo < 1:
        return False
    # the comma at ``stop`` is passed in: it closes an apposition with a phrase ("X, Experte im Landtag, sagte")
    span = np_after(toks, lo, min(stop + 1, len(toks)), lex, sent_start=lo)
    return span is not None and span[0] == lo and span[1] >= stop - 1 and any(t.text == "," for t in toks[lo:stop])
