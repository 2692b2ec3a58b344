"""Rule-based entity mentions: gazetteers, title/role triggers, capitalisation and
document-level consistency.

German capitalises every noun, so a capitalised word is a name candidate only when it is
not a known common noun (mined from raw text), not at the start of a sentence, a quotation
or after a colon, and not itself a role word. Works on token spans, so any language with
capitalised names can use it (with that language's word lists).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from .lexicon import Lexicon

__all__ = ["CURRENCIES", "RuleMention", "consistent_mentions", "prefer_person_names", "rule_mentions"]

_MAX_GAZ_TOKENS = 4
_OPENERS = frozenset({"„", "»", "«", '"', "“", "‚", "``", "(", "[", ":", "–", "—", "-"})
# Acronyms that are not organisations (units, identifiers, formats).
_NOT_ORG_ACRONYMS = frozenset(
    "ISBN ISSN DNA RNA PLZ KB MB GB TB EUR USD CHF GBP CD DVD PC TV PKW LKW KFZ GPS SMS PDF USB WLAN LED "
    "II III IV VI VII VIII IX XI XII XIII XIV XV XX BIP MWST ID OK NS DDR BRD".split()
)
_FINITE = frozenset({"VVFIN", "VAFIN", "VMFIN"})
# Currency names are named entities of type MISC (GermEval 2014 tags them OTH).
CURRENCIES = frozenset(
    "Euro Dollar US-Dollar Rubel Pfund Franken Yen Yuan Renminbi Rupie Rupien Lira Zloty Forint Kronen "
    "Hrywnja Griwna Bitcoin EUR USD GBP CHF RUB JPY CNY".split()
)
_NAME_PARTICLES = frozenset({"von", "van", "de", "der", "den", "da", "di", "du", "al", "bin", "ibn", "zu", "le", "la"})


@dataclass(frozen=True, slots=True)
class RuleMention:
    start: int  # token index
    end: int  # token index (exclusive)
    type: str
    source: str  # gazetteer / rule / role / consistency


def _initial_flags(words: Sequence[str], sent_starts: set[int]) -> list[bool]:
    flags = [False] * len(words)
    for i in range(len(words)):
        if i in sent_starts or (i > 0 and words[i - 1] in _OPENERS):
            flags[i] = True
    return flags


def _is_capitalised(word: str) -> bool:
    return word[:1].isupper() and any(c.isalpha() for c in word)


def _name_like(word: str, lex: Lexicon) -> bool:
    if not _is_capitalised(word) or word.endswith("-") or word.endswith("."):
        return word.endswith(".") and len(word) == 2 and word[0].isupper()  # initial "F."
    if word in lex.first_names or word in lex.places or word in lex.orgs:
        return True
    if lex.is_trigger(word):
        return False
    if "-" in word:
        return all(_is_capitalised(p) and not lex.is_common(p) for p in word.split("-") if p)
    if lex.is_common(word):
        return False
    return not (word.isupper() and len(word) > 6)


def _gazetteer_type(phrase: str, lex: Lexicon) -> str | None:
    if phrase in lex.orgs:
        return "ORG"
    if phrase in lex.places:
        return "LOC"
    return None


def _single_gazetteer_type(word: str, lex: Lexicon) -> str | None:
    """Gazetteer type of one token, also as a genitive (``Russlands``, ``Bundestages``)."""
    typ = _gazetteer_type(word, lex)
    if typ is None and word.endswith("s") and len(word) > 3:
        for base in (word[:-1], word[:-2] if word.endswith("es") else ""):
            if base in lex.orgs:
                return "ORG"
            if base in lex.places:
                return "LOC"
    return typ


def _weak_place(phrase: str, lex: Lexicon) -> bool:
    """A one-word town name that is also an ordinary word needs more evidence."""
    return phrase in lex.towns_only


def rule_mentions(
    words: Sequence[str], sent_starts: set[int], lex: Lexicon, xpos: Sequence[str] | None = None
) -> list[RuleMention]:
    """Mentions found by gazetteers, triggers and capitalisation (non-overlapping, in order).

    ``xpos`` (STTS tags, optional) lets two or three adjacent proper nouns (``NE``) form a person name."""
    n = len(words)
    initial = _initial_flags(words, sent_starts)
    vocab = set(words)
    name_like = {w: _name_like(w, lex) for w in vocab}
    trigger = {w: lex.is_trigger(w) for w in vocab}
    single_type = {w: _single_gazetteer_type(w, lex) for w in vocab}
    out: list[RuleMention] = []
    i = 0
    while i < n:
        # 1. longest multi-token gazetteer match
        hit = None
        top = min(_MAX_GAZ_TOKENS, n - i) if words[i] in lex.multi_first else 1
        for k in range(top, 0, -1):
            phrase = " ".join(words[i : i + k]) if k > 1 else words[i]
            typ = _gazetteer_type(phrase, lex) if k > 1 else single_type[phrase]
            if typ is not None and (k > 1 or _is_capitalised(phrase) or phrase in lex.orgs):
                if k == 1 and _weak_place(phrase, lex) and (initial[i] or (xpos is not None and xpos[i] != "NE")):
                    continue
                hit = (k, typ)
                break
        after_role = i > 0 and trigger[words[i - 1]]
        if hit is not None and not (
            # "Generalsekretär Stoltenberg": after a role word a one-word town (or first name) is a person
            after_role and hit[0] == 1 and (words[i] in lex.first_names or words[i] in lex.towns_only)
        ):
            k, typ = hit
            out.append(RuleMention(i, i + k, typ, "gazetteer"))
            i += k
            continue
        if words[i] in CURRENCIES:
            out.append(RuleMention(i, i + 1, "MISC", "rule"))
            i += 1
            continue
        # 2. runs of name-like tokens
        if not name_like[words[i]]:
            i += 1
            continue
        j = i
        while j < n and (
            name_like[words[j]]
            or (words[j] in _NAME_PARTICLES and j + 1 < n and j > i and _is_capitalised(words[j + 1]))
        ):
            if j > i and _gazetteer_type(words[j], lex) == "ORG":
                break
            j += 1
        # a role word the lists do not know ("Torjäger Robert Vittek"): start at the first name
        firsts = [k for k in range(i + 1, j) if words[k] in lex.first_names]
        if firsts and words[i] not in lex.first_names and j - firsts[0] >= 2:
            i = firsts[0]
        run = words[i:j]
        triggered = i > 0 and trigger[words[i - 1]]
        first = run[0]
        typ: str | None = None
        source = "rule"
        if triggered and (not initial[i] or first in lex.first_names or len(run) > 1):
            typ, source = "PER", "role"
        elif first in lex.first_names and len(run) >= 2:
            typ = "PER"
        elif (
            len(run) == 1 and first.isupper() and first.isalpha() and 2 <= len(first) <= 6 and not initial[i]
            and first not in _NOT_ORG_ACRONYMS
        ):  # fmt: skip
            typ = "ORG"
        elif len(run) >= 2 and run[-1] in lex.surnames and not initial[i] and (xpos is None or xpos[i] == "NE"):
            typ = "PER"
        elif 2 <= len(run) <= 3 and xpos is not None and not initial[i] and all(xpos[t] == "NE" for t in range(i, j)):
            typ = "PER"
        elif 2 <= len(run) <= 3 and xpos is not None and i > 0 and xpos[i - 1] in _FINITE and not initial[i]:
            typ = "PER"  # "meinte Kadri Liik": unknown capitalised words right after a finite verb
        if typ is None:
            i += 1
            continue
        if run[-1] in _NAME_PARTICLES:
            j -= 1
        out.append(RuleMention(i, j, typ, source))
        i = j
    return out


# Heads of English-named laws, treaties and programmes quoted in other-language text ("Defending Democracy
# Act of 2022", "Good Friday Agreement"): the whole title-case run is one MISC name.
_TITLE_HEADS = frozenset(
    {"Act", "Bill", "Treaty", "Agreement", "Accord", "Accords", "Doctrine", "Initiative", "Pact", "Charter",
     "Convention", "Declaration", "Protocol", "Directive", "Strategy", "Plan", "Program", "Programme"}
)  # fmt: skip
_TITLE_LINKS = frozenset({"of", "and", "for", "the", "on", "to", "in"})


def titled_works(words: Sequence[str], lex: Lexicon) -> list[RuleMention]:
    """Title-case runs ending in an English document head (``… Sovereignty Act of 2022``) as one MISC span."""
    out: list[RuleMention] = []
    for h, word in enumerate(words):
        if word not in _TITLE_HEADS or h == 0:
            continue
        a = h
        while a > 0:
            prev = words[a - 1]
            if _is_capitalised(prev) and prev.isalpha() and (prev in lex.places or not lex.is_common(prev)):
                a -= 1
            elif (
                prev in _TITLE_LINKS
                and a - 2 >= 0
                and _is_capitalised(words[a - 2])
                and not lex.is_common(words[a - 2])
            ):
                a -= 1
            else:
                break
        if h - a < 1 or all(lex.is_known(w) for w in words[a:h] if w not in _TITLE_LINKS):
            continue  # "Eine Initiative": a German phrase, not an English title
        b = h + 1
        if b + 1 < len(words) and words[b] == "of":
            nxt = words[b + 1]
            if nxt.isdigit() or (_is_capitalised(nxt) and not lex.is_common(nxt)):
                b += 2
        out.append(RuleMention(a, b, "MISC", "rule"))
    return out


def consistent_mentions(
    words: Sequence[str], sent_starts: set[int], found: Sequence[RuleMention], lex: Lexicon
) -> list[RuleMention]:
    """Type every further occurrence of a name typed once in the document the same way.

    A person's full name also types its last part alone (``Stoltenberg``) and the genitive
    (``Stoltenbergs``). Returns only the new mentions (not overlapping ``found``)."""
    taken = [False] * len(words)
    for m in found:
        for t in range(m.start, m.end):
            taken[t] = True
    single: dict[str, str] = {}
    multi: dict[tuple[str, ...], str] = {}
    for m in found:
        toks = tuple(words[m.start : m.end])
        if len(toks) > 1:
            multi.setdefault(toks, m.type)
        else:
            single.setdefault(toks[0], m.type)
        if (
            m.type == "PER"
            and len(toks) > 1
            and not lex.is_common(toks[-1])
            and "-" not in toks[-1]
            and (m.source in ("role", "rule") or toks[0] in lex.first_names)
        ):
            single.setdefault(toks[-1], "PER")
    for key, typ in list(single.items()):
        if typ == "PER" and not key.endswith("s"):
            single.setdefault(key + "s", "PER")
    new: list[RuleMention] = []
    n = len(words)
    i = 0
    max_len = max((len(k) for k in multi), default=1)
    multi_first = {k[0] for k in multi}
    while i < n:
        if taken[i]:
            i += 1
            continue
        matched = False
        for k in range(min(max_len, n - i) if words[i] in multi_first else 1, 1, -1):
            key = tuple(words[i : i + k])
            if key in multi and not any(taken[i : i + k]):
                new.append(RuleMention(i, i + k, multi[key], "consistency"))
                i += k
                matched = True
                break
        if matched:
            continue
        typ = single.get(words[i])
        if typ is not None and _is_capitalised(words[i]):
            new.append(RuleMention(i, i + 1, typ, "consistency"))
        i += 1
    return new


def prefer_person_names(
    words: Sequence[str], found: Sequence[RuleMention], sources: tuple[str, ...] = ("gazetteer",)
) -> list[RuleMention]:
    """A one-word mention (from ``sources``) that is the surname of a person named in full in the
    document is that person (``Stoltenberg`` is also a town; the model may type it LOC)."""
    surnames = {words[m.end - 1] for m in found if m.type == "PER" and m.end - m.start > 1}
    surnames |= {w + "s" for w in surnames}
    return [
        RuleMention(m.start, m.end, "PER", "consistency")
        if m.source in sources and m.end - m.start == 1 and words[m.start] in surnames and m.type != "PER"
        else m
        for m in found
    ]
