"""Find reporting cues in a sentence: speech verbs (with separable particles), ``laut X``,
``X zufolge``, ``nach Angaben X``, ``, so X``, ``heißt es``."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from ..model import Token
from .lexicon import CueLexicon, CueVerb
from .syntax import is_punct, pos

__all__ = ["Cue", "find_cues"]

_BOUNDARY = frozenset({",", ";", ":", "(", ")", "„", "“", "»", "«", '"', "–", "—"})


@dataclass(frozen=True, slots=True)
class Cue:
    """A cue: ``kind`` verb / prep / post / nach / so / heisst; ``toks`` its token indices."""

    kind: str
    head: int  # the main cue token (verb or preposition)
    toks: tuple[int, ...]
    verb: CueVerb | None = None

    @property
    def first(self) -> int:
        return min(self.toks)


def _matches_form(tok: Token, form_table: dict[str, tuple[CueVerb, ...]], sent_start: int) -> tuple[CueVerb, ...]:
    hit = form_table.get(tok.text)
    if hit:
        return hit
    if tok.i == sent_start or (tok.text[:1].isupper() and tok.text.lower() in form_table and tok.text.isupper()):
        return form_table.get(tok.text.lower(), ())
    return ()


def _split_particle_verb(toks: Sequence[Token], i: int, lo: int, lex: CueLexicon, *skip: set[int]) -> CueVerb | None:
    """A separable verb written as two words in a verb-final clause ("wie X bekannt gab", "bekannt
    gegeben"): the particle (a word of four letters or more) and the verb form make a joined form."""
    if i - 1 < lo or any(i - 1 in s for s in skip) or len(toks[i - 1].text) < 4 or not toks[i - 1].text.islower():
        return None
    hit = lex.forms.get(toks[i - 1].text + toks[i].text.lower())
    return hit[0] if hit else None


def _clause_end(toks: Sequence[Token], i: int, end: int) -> int:
    j = i + 1
    while j < end and toks[j].text not in _BOUNDARY and toks[j].text not in {".", "!", "?"}:
        j += 1
    return j


def _past_apposition(toks: Sequence[Token], stop: int, hi: int) -> int:
    """Clause end after a comma-closed name apposition (``gab der Leiter, Andreas Huber, bekannt``):
    the apposition holds no verb, conjunction or pronoun and is at most eight tokens long."""
    if stop >= hi or toks[stop].text != ",":
        return stop
    nxt = _clause_end(toks, stop, hi)
    inner = toks[stop + 1 : nxt]
    if not inner or len(inner) > 8 or nxt >= hi or toks[nxt].text != ",":
        return stop
    if any(pos(t) in {"VERB", "AUX", "SCONJ", "CCONJ", "PRON"} or t.text.islower() and pos(t) == "" for t in inner):
        return stop
    if not any(pos(t) in {"PROPN", "NOUN", "X"} or (not pos(t) and t.text[:1].isupper()) for t in inner):
        return stop
    return _clause_end(toks, nxt, hi)


def _clause_final(toks: Sequence[Token], j: int, hi: int) -> bool:
    """A separable particle closes its clause: punctuation, the sentence end or a verb follows."""
    if j + 1 >= hi:
        return True
    nxt = toks[j + 1]
    return is_punct(nxt) or pos(nxt) in {"VERB", "AUX"} or nxt.text.lower() in {"und", "oder", "dass", "and"}


def _requirement_met(verb: CueVerb, toks: Sequence[Token], i: int, lo: int, hi: int) -> bool:
    exclusion = verb.exclusion()
    if exclusion is not None and any(exclusion.match(toks[k].text) for k in range(max(lo, i - 2), min(hi, i + 4))):
        return False  # "hat sich bereit erklärt", "erklärte Russland den Krieg"
    return _requirement_at(verb, toks, i, lo, hi) is not None or verb.requirement() is None


def _requirement_at(verb: CueVerb, toks: Sequence[Token], i: int, lo: int, hi: int) -> int | None:
    """Index of the word the verb requires ("zeigte sich", "sprach von"), nearest first."""
    pattern = verb.requirement()
    if pattern is None:
        return None
    order = sorted(range(max(lo, i - 6), min(hi, i + 8)), key=lambda k: (abs(k - i), k))
    return next((k for k in order if k != i and pattern.match(toks[k].text)), None)


def _with_extras(
    verb: CueVerb, toks: Sequence[Token], i: int, lo: int, hi: int, base: tuple[int, ...]
) -> tuple[int, ...]:
    """The cue tokens plus the required word and a pronominal adverb right after the verb
    ("geht davon aus", "wies darauf hin")."""
    extra = set(base)
    req = _requirement_at(verb, toks, i, lo, hi)
    if req is not None and toks[req].text.lower() not in _NOT_CUE_WORDS:
        extra.add(req)
    for k in range(i + 1, min(hi, i + 3)):
        if is_punct(toks[k]):
            break  # "erklärte, davon nichts zu wissen": the adverb belongs to the complement
        if toks[k].text.lower() in _PRONOMINAL:
            extra.add(k)
            break
    return tuple(sorted(extra))


_PRONOMINAL = frozenset({"darauf", "davon", "dazu", "damit", "daran", "darüber"})
# words a verb may require ("nannte es/seinen …") that belong to its object, not to the cue
_NOT_CUE_WORDS = frozenset(
    "die den das ein eine einen es sie ihn seine seinen ihre ihren diese diesen dies dieses unsere unseren "
    "aus daraus hieraus woraus".split()
)


def find_cues(toks: Sequence[Token], lo: int, hi: int, lex: CueLexicon, blocked: set[int]) -> list[Cue]:
    """Cues in tokens ``[lo, hi)`` (one sentence), skipping ``blocked`` tokens (inside direct quotes)."""
    cues: list[Cue] = []
    used: set[int] = set()
    preps_multi = [p.split() for p in lex.prepositions if " " in p]
    for i in range(lo, hi):
        if i in blocked or i in used:
            continue
        tok = toks[i]
        low = tok.text.lower()
        if is_punct(tok):
            continue
        verbs = _matches_form(tok, lex.forms, lo)
        verbs = tuple(v for v in verbs if _requirement_met(v, toks, i, lo, hi))
        split = _split_particle_verb(toks, i, lo, lex, blocked, used)
        if split and not verbs:
            cues.append(Cue("verb", i, (i - 1, i), split))
            used.update((i - 1, i))
            continue
        sep = _matches_form(tok, lex.finite, lo)
        if verbs and not sep:
            cues.append(Cue("verb", i, _with_extras(verbs[0], toks, i, lo, hi, (i,)), verbs[0]))
            used.update(_with_extras(verbs[0], toks, i, lo, hi, (i,)))
            continue
        if sep:
            n_before = len(cues)
            stop = _clause_end(toks, i, hi)
            for verb in sep:
                part = next(
                    (
                        j
                        for j in range(i + 1, stop)
                        if toks[j].text.lower() == verb.particle and j not in blocked and _clause_final(toks, j, hi)
                    ),
                    None,
                )
                if part is None and verb.particle:
                    wide = _past_apposition(toks, stop, hi)
                    part = next(
                        (
                            j
                            for j in range(stop + 1, wide)
                            if toks[j].text.lower() == verb.particle and j not in blocked and _clause_final(toks, j, hi)
                        ),
                        None,
                    )
                if part is not None and _requirement_met(verb, toks, i, lo, hi):
                    cue_toks = _with_extras(verb, toks, i, lo, hi, (i, part))
                    cues.append(Cue("verb", i, cue_toks, verb))
                    used.update(cue_toks)
                    break
            if len(cues) == n_before and verbs:
                cues.append(Cue("verb", i, _with_extras(verbs[0], toks, i, lo, hi, (i,)), verbs[0]))
            continue
        if low in lex.prepositions:
            cues.append(Cue("prep", i, (i,)))
            continue
        if any([t.text.lower() for t in toks[i : i + len(p)]] == p and i + len(p) <= hi for p in preps_multi):
            n = next(len(p) for p in preps_multi if [t.text.lower() for t in toks[i : i + len(p)]] == p)
            cues.append(Cue("prep", i, tuple(range(i, i + n))))
            used.update(range(i, i + n))
            continue
        if low in lex.postpositions:
            cues.append(Cue("post", i, (i,)))
            continue
        if low in lex.adverb_cues:
            cues.append(Cue("adv", i, (i,)))
            continue
        if low == "nach" and i > lo and toks[i - 1].text.lower() in lex.post_nach_nouns:
            cues.append(Cue("postnach", i, (i,)))
            continue
        if (
            low == "nach"
            and i > lo
            and toks[i - 1].text == ","
            and i + 2 < hi
            and toks[i + 1].text.lower() in _RELATIVE_SOURCES
        ):
            cues.append(Cue("nach", i, (i,)))  # "Umfragen, nach denen 72 Prozent …": the relative pronoun is the source
            continue
        if low == "nach" and i + 1 < hi:
            window = toks[i + 1 : min(hi, i + 5)]
            if any(t.text[:1].isupper() and _is_cue_noun(t.text, lex) for t in window):
                cues.append(Cue("nach", i, (i,)))
                continue
        if (
            low in lex.inverted
            and i > lo
            and toks[i - 1].text in {",", "“", "”", '"', "«", "»"}  # "…“, so X" and "…“ so X"
            and i + 1 < hi
            and (toks[i + 1].text[:1].isupper() or toks[i + 1].text.lower() in lex.function)
        ):
            cues.append(Cue("so", i, (i,)))
            continue
        if low in {"heißt", "hieß", "geheißen"}:
            # "heißt es", "es hieß", "hatte es geheißen"
            near = (i - 1, i - 2) if low == "geheißen" else (i + 1, i - 1)
            es = next((k for k in near if lo <= k < hi and toks[k].text.lower() == "es"), None)
            if es is not None:
                cues.append(Cue("heisst", i, tuple(sorted((i, es)))))
                used.add(es)
    return cues


_RELATIVE_SOURCES = frozenset({"denen", "welchem", "welcher", "welchen"})  # "nach dem/der" is mostly an article


def _is_cue_noun(word: str, lex: CueLexicon) -> bool:
    low = word.lower()
    if low in lex.nach_nouns:
        return True
    return any(low.endswith(n) and len(low) > len(n) + 2 for n in _NOUN_SUFFIXES)


_NOUN_SUFFIXES = (
    "angaben",
    "berichten",
    "bericht",
    "informationen",
    "aussagen",
    "studie",
    "meldung",
    "meldungen",
    "analyse",
    "meinung",
)
