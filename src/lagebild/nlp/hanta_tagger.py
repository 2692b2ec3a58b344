"""POS (STTS), lemmas and verb morphology with HanTa (LGPL; TIGER-trained model in its wheel).

Fallback tagger when the project's trained spaCy model is not available.
"""

from __future__ import annotations

import logging
from functools import lru_cache

from .morph import upos_from_stts, verb_features

log = logging.getLogger(__name__)

__all__ = ["TaggedWord", "tag_words"]

TaggedWord = tuple[str, str, str, str]  # lemma, upos, xpos, morph

_PUNCT = frozenset("„“”\"»«‚‘’'()[]{}–—-/…")


@lru_cache(maxsize=1)
def _tagger():  # type: ignore[no-untyped-def]
    from HanTa import HanoverTagger as ht

    return ht.HanoverTagger("morphmodel_ger.pgz")


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
