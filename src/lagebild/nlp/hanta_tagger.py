"""POS (STTS), lemmas and verb morphology with HanTa (LGPL; TIGER-trained model in its wheel).

Fallback tagger when the project's trained spaCy model is not available.
"""

from __future__ import annotations

import logging
from functools import lru_cache

from .morph import upos_from_stts, verb_features

log = logging.getLogger(__name__)

__all__ = ["TaggedWord", "hanta_lemma", "tag_words"]

TaggedWord = tuple[str, str, str, str]  # lemma, upos, xpos, morph

_PUNCT = frozenset("„“”\"»«‚‘’'()[]{}–—-/…")


@lru_cache(maxsize=1)
def _tagger():  # type: ignore[no-untyped-def]
    from HanTa import HanoverTagger as ht

    return ht.HanoverTagger("morphmodel_ger.pgz")


# STTS -> HanTa's tag spelling, for the verb forms the lemma rules ask about
_HANTA_POS = {
    "VVFIN": "VV(FIN)", "VVPP": "VV(PP)", "VVIMP": "VV(IMP)", "VVINF": "VV(INF)", "VVIZU": "VV(IZU)",
    "VAFIN": "VA(FIN)", "VMFIN": "VM(FIN)", "ADJA": "ADJ(A)", "ADJD": "ADJ(D)",
}  # fmt: skip


@lru_cache(maxsize=50_000)
def hanta_lemma(word: str, xpos: str) -> str | None:
    """HanTa's lemma of ``word`` analysed as STTS ``xpos`` (``None`` when it has no analysis)."""
    pos = _HANTA_POS.get(xpos)
    if pos is None or not word.isalpha():
        return None
    try:
        lemma = _tagger().analyze(word, pos=pos)[0]
    except (KeyError, ValueError, IndexError):  # no analysis for this tag
        return None
    return lemma if isinstance(lemma, str) and lemma else None


def _fix_lemma(word: str, lemma: str) -> str:
    if "-" in word and "-" in lemma:
        wparts, lparts = word.split("-"), lemma.split("-")
        if len(wparts) == len(lparts):
            return "-".join(
                lp[:1].upper() + lp[1:] if wp[:1].isupper() else lp for wp, lp in zip(wparts, lparts, strict=True)
            )
    return lemma


def tag_words(words: list[str]) -> list[TaggedWord]:
    """Tag one sentence."""
    if not words:
        return []
    out: list[TaggedWord] = []
    prev: str | None = None
    for word, lemma, tag in _tagger().tag_sent(words, taglevel=1):
        xpos = tag.replace("(", "").replace(")", "")
        if word in _PUNCT:
            xpos = "$("
        elif xpos == "$." and word in (",", ";") and word != ";":
            xpos = "$,"
        lemma = _fix_lemma(word, lemma)
        out.append((lemma, upos_from_stts(xpos), xpos, verb_features(word, lemma, xpos, prev)))
        prev = word
    return out
