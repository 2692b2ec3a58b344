"""Cue finding: which token of a clause expresses which action (verb lemmas with separable
particles, companion words, noun cues with light verbs), and which uses are not acts at all
(attributive participles, zu-infinitive complements, auxiliary "drohen")."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

import simplemma

from ..model import Token
from .lexicon import CueLexicon

__all__ = ["Cue", "find_cue", "lem"]

_ARTICLES = frozenset("der die das den dem des ein eine einen einem einer eines".split())
_EN_NOUN_BEFORE = frozenset("the a an its their his her our these those of in by for from against recent".split())


@lru_cache(maxsize=65536)
def _lemma(word: str, lang: str) -> str:
    try:
        return simplemma.lemmatize(word, lang=lang).lower()
    except (ValueError, KeyError):
        return word.lower()


def lem(tok: Token, lang: str) -> str:
    """The NLP lemma, or simplemma's where the NLP stage gave none or only echoed the form."""
    if tok.lemma and tok.lemma.lower() != tok.text.lower():
        return tok.lemma.lower()
    return _lemma(tok.text, lang)


@dataclass(frozen=True, slots=True)
class Cue:
    i: int  # index into the clause
    action: str
    end_i: int  # last token belonging to the cue (particle)
    verb_i: int = -1  # the light verb of a noun cue ("wiederholte ... die Drohung"), else -1


def _light_verb(clause: Sequence[Token], lex: CueLexicon, lang: str) -> int:
    """Index of a light verb in the clause ("wiederholte", "trugen ... vor"), -1 if none."""
    words = [t.text.lower() for t in clause]
    for k, t in enumerate(clause):
        if t.text[:1].isupper() and k > 0:
            continue
        lemma = lem(t, lang)
        if lemma in lex.light_verbs or any(w + lemma in lex.light_verbs for w in words if w in lex.particles):
            return k
    return -1


def _zu_infinitive(clause: Sequence[Token], k: int, lex: CueLexicon) -> bool:
    """ "abzulehnen", "zu verlangen": a complement, not an act."""
    w = clause[k].text.lower()
    if k > 0 and clause[k - 1].text.lower() == "zu":
        return True
    return any(w.startswith(p + "zu") and len(w) > len(p) + 4 for p in lex.particles)


def find_cue(clause: Sequence[Token], k: int, lex: CueLexicon, lang: str) -> Cue | None:
    tok = clause[k]
    if not tok.text[:1].isalpha():
        return None
    words = [t.text.lower() for t in clause]
    if lang != "de" and tok.text[0].isupper() and k > 0 and tok.text.lower() in lex.noun_cues:
        return None
    if lang != "de" and words[k] in lex.noun_cues and (v := _light_verb(clause, lex, lang)) >= 0 and v < k:
        return Cue(k, lex.noun_cues[words[k]], k, verb_i=v)
    if lang == "de" and tok.text[0].isupper() and k > 0:
        # German nouns are capitalised: only "die Drohung wiederholen"-type noun cues
        if words[k] in lex.noun_cues and (v := _light_verb(clause, lex, lang)) >= 0 and v < k:
            return Cue(k, lex.noun_cues[words[k]], k, verb_i=v)
        return None
    lemma = lem(tok, lang)
    if tok.upos and tok.upos not in ("VERB", "AUX", "ADJ"):
        # the tagger may not know a strong preterite ("lud"): it then echoes the form as lemma
        if tok.lemma.lower() != words[k] or _lemma(tok.text, lang) == words[k] or tok.upos in ("NOUN", "PROPN", "DET"):
            return None
        lemma = _lemma(tok.text, lang)
    attributive = tok.xpos == "ADJA" or (
        lang == "de"
        and not tok.xpos
        and k + 1 < len(clause)
        and clause[k + 1].text[:1].isupper()
        and words[k].endswith(("ene", "enen", "ener", "te", "ten", "ter"))
    )
    if attributive and k > 0 and (clause[k - 1].upos in ("DET", "ADJ", "ADP") or words[k - 1] in _ARTICLES):
        return None  # attributive participle: "die vorgeschlagenen Sanktionen"
    if lang != "de" and not tok.upos and k > 0 and words[k - 1] in _EN_NOUN_BEFORE:
        return None  # "the demand", "recent calls by": a noun
    if lang != "de" and k > 0 and words[k - 1] == "to":
        return None  # "refused to meet": an infinitive complement
    if lang == "de" and _zu_infinitive(clause, k, lex):
        return None
    if lemma in lex.auxiliary_after_zu and k >= 2 and clause[k - 2].text.lower() == "zu":
        return None  # "zu gefährden droht": auxiliary use
    if lex.particles:
        for j in range(len(clause) - 1, k, -1):
            if words[j] in lex.particles and (words[j] + lemma) in lex.verbs:
                return Cue(k, lex.verbs[words[j] + lemma], j)
    if lemma in lex.verbs:
        return Cue(k, lex.verbs[lemma], k)
    if lemma in lex.needs:
        action, companions = lex.needs[lemma]
        if any(w in companions for w in words):
            return Cue(k, action, k)
    return None
