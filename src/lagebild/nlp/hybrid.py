"""Hybrid NER: the trained model, gazetteers, role triggers and document-level consistency.

Order of trust (measured on held-out GermEval, see ``evaluation/ner.py``): a person introduced by a
role word or a known first name, and exact hits in the curated country/world-place/organisation
lists; then the statistical model; then the remaining rule hits (towns, capitalisation); finally
every further occurrence of a name typed once in the document gets the same type.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .docbuild import EntitySpan
from .lexicon import Lexicon
from .ner_rules import CURRENCIES, RuleMention, consistent_mentions, prefer_person_names, rule_mentions, titled_works

__all__ = ["MODES", "clean_model_entities", "combine"]

MODES = ("hybrid", "model", "rules")
_STRONG = frozenset({"role"})
_OPENERS = frozenset({"„", "»", "«", '"', "“", "‚", "``", "(", "[", ":"})
_CLUB_PREFIXES = frozenset({"FC", "FSV", "SC", "SV", "FFC", "TSV", "VfB", "VfL", "SSV", "BC", "HC", "TuS"})
_ORDINAL = re.compile(r"\d{1,2}\.")
_PARTICLES = frozenset({"von", "van", "de", "der", "den", "da", "di", "du", "al", "bin", "ibn", "zu", "le", "la"})


def _curated(phrase: str, lex: Lexicon) -> bool:
    """In the curated country/world-place/organisation lists, also as a genitive (``Russlands``)."""
    for form in (phrase, phrase[:-1] if phrase.endswith("s") else "", phrase[:-2] if phrase.endswith("es") else ""):
        if form and (form in lex.major_places or form in lex.orgs):
            return True
    return False


def _is_strong(m: RuleMention, words: Sequence[str], lex: Lexicon) -> bool:
    """Evidence the model should not overrule: a role word, a known first name, a curated name list."""
    if m.source in _STRONG or (m.type == "PER" and words[m.start] in lex.first_names):
        return True
    return m.source == "gazetteer" and _curated(" ".join(words[m.start : m.end]), lex)


def _has_letter(word: str) -> bool:
    return any(c.isalpha() for c in word)


def _nameish(word: str, lex: Lexicon) -> bool:
    """Could be (part of) a name: capitalised or a digit-bearing code, and not a plain common noun."""
    if not _has_letter(word):
        return False
    if "-" in word:
        return _curated(word, lex) or not lex.is_common(word.rsplit("-", 1)[-1])
    return not lex.is_common(word) and (word[:1].isupper() or any(c.isdigit() for c in word))


def _common_word_not_person(
    words: Sequence[str], k: int, lex: Lexicon, starts: set[int], xpos: Sequence[str] | None
) -> bool:
    """A one-word "person" that is an ordinary German word in a position a name does not take: after an
    attributive adjective (``der nördlichen Halbkugel``) or at a sentence start before a capitalised noun
    (``Geringe Erwartungen``). Known first names and surnames are never dropped."""
    w = words[k]
    if w in lex.first_names or w in lex.surnames:
        return False
    if _noun_compound(w, lex):
        return True
    if not lex.is_known(w):
        return False
    if xpos is not None and k > 0 and k not in starts and xpos[k - 1] == "ADJA":
        return True
    return (k in starts or (k > 0 and words[k - 1] in _OPENERS)) and k + 1 < len(words) and words[k + 1][:1].isupper()


_LINKS = ("", "s", "es", "n", "en", "er", "e")


def _noun_compound(word: str, lex: Lexicon) -> bool:
    """``Friedensmacht`` = ``Frieden`` + s + ``Macht``: a compound of two common nouns is a common noun, not a name."""
    if not word[:1].isupper() or not word.isalpha() or len(word) < 8:
        return False
    for cut in range(len(word) - 4, 3, -1):
        head = word[cut:].capitalize()
        if not lex.is_common(head):
            continue
        first = word[:cut]
        if any(
            first.endswith(link) and lex.is_common(first[: len(first) - len(link)])
            for link in _LINKS
            if len(first) - len(link) >= 3
        ):
            return True
    return False


def _trailing_compound(words: Sequence[str], b: int, lex: Lexicon) -> bool:
    """The span's last word is a noun compound (``Williams Liebeskummer``) and not the surname after a first
    name or an initial (``A. Wiegemann``)."""
    before = words[b - 2]
    return not (before.endswith(".") or before in lex.first_names) and _noun_compound(words[b - 1], lex)


def clean_model_entities(
    words: Sequence[str],
    ents: Sequence[tuple[int, int, str]],
    lex: Lexicon,
    sent_starts: set[int] | None = None,
    xpos: Sequence[str] | None = None,
) -> list[tuple[int, int, str]]:
    """Drop or trim model entities that cannot be names: punctuation at the edges, spans made only
    of common nouns (German capitalises every noun), compounds that merely contain a name
    (``Russland-Nato-Gespräche``, GermEval's ``-part``), and trailing common nouns after a person or place.
    A capitalised word at the start of a sentence is name evidence only when the tagger calls it a proper noun."""
    starts = sent_starts or set()

    def evidence(k: int) -> bool:
        w = words[k]
        if w in CURRENCIES:
            return True
        if not _nameish(w, lex):
            return False
        if k in starts or (k > 0 and words[k - 1] in _OPENERS):
            return (xpos is not None and xpos[k] in ("NE", "FM")) or _curated(w, lex) or w in lex.first_names
        return True

    out = []
    for a, b, label in ents:
        while a < b and not _has_letter(words[a]) and not any(c.isdigit() for c in words[a]):
            a += 1
        while b > a and not _has_letter(words[b - 1]) and not any(c.isdigit() for c in words[b - 1]):
            b -= 1
        while a < b and words[a][:1].islower() and words[a] not in _PARTICLES:
            a += 1
        changed = True
        while changed:  # trailing function words and (for persons/places) common nouns
            changed = False
            while b > a and words[b - 1][:1].islower():
                b, changed = b - 1, True
            while (
                label in ("PER", "LOC")
                and b - a > 1
                and (lex.is_common(words[b - 1]) or _trailing_compound(words, b, lex))
            ):
                b, changed = b - 1, True
            while label == "LOC" and b - a > 1 and lex.is_common(words[a]) and _nameish(words[a + 1], lex):
                a, changed = a + 1, True  # "Nachbarland Thüringen": the leading common noun is no part of the name
        if label == "PER" and all("-" in w and w.split("-", 1)[0] not in lex.first_names for w in words[a:b]):
            continue  # persons are not compounds ("Nato-Russland-Grundakte"); double first names are
        if b <= a or not any(evidence(k) for k in range(a, b)):
            continue
        if label == "PER" and b - a == 1 and _common_word_not_person(words, a, lex, starts, xpos):
            continue
        if label == "ORG" and a > 0 and words[a] in _CLUB_PREFIXES and _ORDINAL.fullmatch(words[a - 1]):
            a -= 1  # "1. FC Nürnberg": the ordinal is part of the club's name
        out.append((a, b, label))
    return out


def _overlaps(taken: list[bool], a: int, b: int) -> bool:
    return any(taken[a:b])


def combine(
    words: Sequence[str],
    sent_starts: set[int],
    model_ents: Sequence[tuple[int, int, str]],
    lex: Lexicon,
    xpos: Sequence[str] | None = None,
    mode: str = "hybrid",
) -> list[EntitySpan]:
    """Entity spans (token ranges) for one document."""
    model_ents = clean_model_entities(words, model_ents, lex, sent_starts, xpos)
    if mode == "model":
        return [(a, b, t, "ner") for a, b, t in model_ents]
    rules = prefer_person_names(words, rule_mentions(words, sent_starts, lex, xpos))
    if mode == "rules":
        rules += consistent_mentions(words, sent_starts, rules, lex)
        return sorted((m.start, m.end, m.type, m.source) for m in rules)
    taken = [False] * len(words)
    chosen: list[RuleMention] = []

    def take(m: RuleMention) -> None:
        chosen.append(m)
        for t in range(m.start, m.end):
            taken[t] = True

    strong = [m for m in rules if _is_strong(m, words, lex)]
    for m in strong:
        take(m)
    for a, b, t in model_ents:
        if not _overlaps(taken, a, b):
            take(RuleMention(a, b, t, "ner"))
    for m in rules:
        if m not in strong and not _overlaps(taken, m.start, m.end):
            take(m)
    chosen = prefer_person_names(words, chosen, sources=("gazetteer", "ner", "rule"))
    for work in titled_works(words, lex):  # a law or treaty's title outranks the names inside it
        chosen = [m for m in chosen if m.end <= work.start or m.start >= work.end] + [work]
    chosen += consistent_mentions(words, sent_starts, chosen, lex)
    return sorted((m.start, m.end, m.type, m.source) for m in chosen)
