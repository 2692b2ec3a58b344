"""Token-level helpers for quote rules: noun phrases, clause edges, subjunctive mood.

They use the parser's tags (``upos``, ``morph``, ``head``/``dep``) when the NLP stage provides
them and fall back to orthographic heuristics (capitalisation, function-word lists) when not.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..model import Token
from ..nlp.tokenize import HOSTNAME_RE
from .lexicon import CueLexicon

__all__ = [
    "PUNCT_END",
    "is_cap",
    "is_punct",
    "is_konj1",
    "is_subjunctive",
    "pos",
    "name_after",
    "np_after",
    "np_before",
    "prefield_np",
    "subject_of",
]

PUNCT_END = frozenset(".!?")
_CLAUSE_PUNCT = frozenset(",;:()–—-")
# prepositions / adverbs that end a speaker noun phrase (de + en); names' particles are handled apart
_NP_STOP = frozenset(
    "am im in an auf bei vor nach gegenüber über unter mit für zu zum zur während seit laut gegen um aus durch ohne "
    "bis zufolge am heute gestern morgen bereits schon noch auch nun jetzt zudem außerdem dabei damals später "
    "dass ob weil wenn als wie und oder aber sondern denn es sich man nicht "
    "at on to for with by from during after before about that and or but also today yesterday".split()
)
# German determiner forms that are never nominative: a clause opened by one ("Des Weiteren verwies X",
# "Den Vorwurf wies X zurück") has its subject after the verb
_NOT_NOMINATIVE = frozenset(
    "des dem den einem einen eines keinem keinen keines diesem diesen jenem jenen welchem welchen "
    "meinem meinen meines deinem deinen deines seinem seinen seines ihrem ihren ihres unserem unseren "
    "unseres eurem euren eures".split()
)
_PLACE_PREPS = frozenset({"in", "im", "aus"})
_ROLE_PREPS = frozenset({"bei", "beim", "im", "am", "für", "von", "vom", "zur", "zum", "of", "at", "for"})
_OPEN_MARKS = frozenset({"„", "»", "«", '"', "“"})
_CLOSE_MARKS = frozenset({"“", "”", "«", "»", '"'})
_GENITIVE = frozenset("des der eines einer seines seiner ihres ihrer dieses dieser von vom für of the".split())
_PERSONAL = frozenset({"er", "sie", "es", "wir", "ich", "man", "he", "she", "they", "we", "i"})
_NAME_PARTICLES = frozenset("von van de der den del della di da du le la zu bin ibn al el".split())
_ADJ_ENDINGS = ("e", "en", "er", "es", "em", "ische", "ischen")


_STTS = {
    "NN": "NOUN",
    "NE": "PROPN",
    "ADJA": "ADJ",
    "ADJD": "ADJ",
    "ART": "DET",
    "PDAT": "DET",
    "PIAT": "DET",
    "PIDAT": "DET",
    "PPOSAT": "DET",
    "PRELAT": "DET",
    "PWAT": "DET",
    "PPER": "PRON",
    "PRF": "PRON",
    "PIS": "PRON",
    "PDS": "PRON",
    "PPOSS": "PRON",
    "PRELS": "PRON",
    "PWS": "PRON",
    "VVFIN": "VERB",
    "VVINF": "VERB",
    "VVIZU": "VERB",
    "VVPP": "VERB",
    "VVIMP": "VERB",
    "VAFIN": "AUX",
    "VAINF": "AUX",
    "VAPP": "AUX",
    "VAIMP": "AUX",
    "VMFIN": "AUX",
    "VMINF": "AUX",
    "VMPP": "AUX",
    "ADV": "ADV",
    "PAV": "ADV",
    "PROAV": "ADV",
    "PWAV": "ADV",
    "APPR": "ADP",
    "APPRART": "ADP",
    "APPO": "ADP",
    "APZR": "ADP",
    "KOUS": "SCONJ",
    "KOUI": "SCONJ",
    "KON": "CCONJ",
    "KOKOM": "CCONJ",
    "CARD": "NUM",
    "PTKVZ": "ADP",
    "PTKNEG": "PART",
    "PTKZU": "PART",
    "PTKA": "PART",
    "PTKANT": "PART",
    "ITJ": "INTJ",
    "FM": "X",
    "XY": "X",
    "TRUNC": "X",
}


def pos(tok: Token) -> str:
    """Coarse part of speech: from the STTS tag when there is one (it is the more stable of the
    two), else the universal tag; "" without tags. Punctuation is decided by the characters."""
    if tok.text and not any(ch.isalnum() for ch in tok.text):
        return "PUNCT"
    if tok.xpos in _STTS:
        return _STTS[tok.xpos]
    if tok.upos == "PUNCT":
        return "X"
    return tok.upos


def is_cap(tok: Token) -> bool:
    return bool(tok.text) and tok.text[0].isupper()


def is_punct(tok: Token) -> bool:
    return bool(tok.text) and not any(ch.isalnum() for ch in tok.text)


def is_subjunctive(tok: Token, lex: CueLexicon) -> bool:
    """Konjunktiv I or II: the lexicon's forms, the tagger's ``Mood=Sub``, or a Konjunktiv I form."""
    if tok.text.lower() in lex.subjunctive or is_konj1(tok, lex):
        return True
    return (tok.feat("Mood") if tok.morph else None) == "Sub"


def is_konj1(tok: Token, lex: CueLexicon) -> bool:
    """Konjunktiv I (reported speech): lexicon forms, or a finite verb in ``-e`` that is not a
    ``-te`` past form ("diene", "habe", "werde"); Konjunktiv II forms are left out."""
    low = tok.text.lower()
    konj2 = low.endswith(("äre", "ären", "ätte", "ätten", "ürde", "ürden", "te", "ten")) or low in {"wurde", "würde"}
    if konj2 and low.endswith("te") and tok.lemma and tok.lemma.lower() == low + "n":
        konj2 = False  # a stem in -t: "erwarte", "arbeite", "halte" (of erwarten, arbeiten, halten)
    if konj2:
        return False
    if low in lex.subjunctive or low == "seien":
        return True
    # the form decides: 3rd person Konjunktiv I ends in -e ("diene", "habe"); the tagger's Mood is too noisy
    # (1st person "ich habe" has the same form; it occurs inside direct quotes, which are never checked)
    if not low.endswith("e") or len(low) <= 3 or not tok.text.islower():
        return False
    if tok.xpos in {"VVFIN", "VAFIN", "VMFIN"} and (tok.feat("Mood") if tok.morph else None) != "Ind":
        return True
    return _verb_stem_e(low, tok.lemma)


def _verb_stem_e(low: str, lemma: str) -> bool:
    """``low`` is a verb stem + e ("diene" of "dienen"): its lemma is the word + n."""
    if lemma and lemma.lower() == low + "n":
        return True
    try:
        import simplemma

        return simplemma.lemmatize(low, lang="de").lower() == low + "n"
    except (ImportError, ValueError, LookupError):
        return False


def _cap_compound(text: str) -> bool:
    """A hyphenated compound of capitalised parts ("NATO-Generalsekretär", "Kreml-Sprecher"): a noun
    whatever the tagger says (verbs and function words never take this shape)."""
    parts = text.split("-")
    return len(parts) >= 2 and all(p[:1].isupper() and p.isalnum() for p in parts if p) and parts[-1] != ""


def _is_noun_like(tok: Token, at_sentence_start: bool, lex: CueLexicon) -> bool:
    if tok.ent_iob != "O" and tok.text[:1].isalnum():
        return True  # inside a named entity: a name whatever the tagger says ("Laut ISNA" with ISNA as ADJD)
    tag = pos(tok)
    if tag:
        if tag in {"NOUN", "PROPN", "X"} or (tag == "NUM" and is_cap(tok)) or _cap_compound(tok.text):
            return True
        # a capitalised word inside a sentence is a noun or name whatever the tagger says ("Wowereit")
        return (
            not at_sentence_start
            and is_cap(tok)
            and tok.text[1:2].islower()
            and tag not in {"DET", "ADP", "PRON", "CCONJ", "SCONJ", "PUNCT", "NUM", "PART"}
        )
    if not is_cap(tok):
        return False
    low = tok.text.lower()
    if at_sentence_start and (low in lex.adverbs or low in _NP_STOP):
        return False
    return True


def _is_det_or_adj(toks: Sequence[Token], k: int, end: int, lex: CueLexicon) -> bool:
    tok = toks[k]
    low = tok.text.lower()
    tag = pos(tok)
    if tag == "PRON" and low in {"der", "die", "das"} and k + 1 < end:
        # an article the tagger took for a relative pronoun ("die/PRELS ernährungspolitische Sprecherin",
        # "die/PRELS in New York geborene Lopez")
        nxt = toks[k + 1]
        if nxt.xpos in {"ADJA", "NN"} or (pos(nxt) == "ADP" and _extended_attribute_end(toks, k + 1, end) is not None):
            return True
    if tag:
        return tag in {"DET", "ADJ", "NUM"}
    if low in lex.function:
        return True
    if is_cap(tok) or low in _NP_STOP or not tok.text.isalpha():
        return False
    # lowercase adjective: declined ending and a noun (or another adjective) follows
    if not low.endswith(_ADJ_ENDINGS):
        return False
    j = k + 1
    while j < end and j < k + 4:
        nxt = toks[j]
        if is_cap(nxt):
            return True
        if not nxt.text.isalpha() or not nxt.text.lower().endswith(_ADJ_ENDINGS) or nxt.text.lower() in _NP_STOP:
            return False
        j += 1
    return False


def _is_pronoun(tok: Token, lex: CueLexicon) -> bool:
    low = tok.text.lower()
    if low not in lex.pronouns:
        return False
    return pos(tok) in {"", "PRON", "DET"}


def _name_particle(toks: Sequence[Token], j: int, end: int) -> bool:
    low = toks[j].text.lower()
    if low not in _NAME_PARTICLES or j + 1 >= end:
        return False
    nxt = toks[j + 1]
    if pos(nxt) and pos(nxt) != "PROPN":
        return False
    if not is_cap(nxt) or nxt.text.lower() in _NP_STOP:
        return False
    if low in {"der", "den", "la", "le"}:
        return j > 0 and toks[j - 1].text.lower() in {"von", "van", "de"}
    return True


def _place_end(toks: Sequence[Token], k: int, end: int) -> int | None:
    """End of the place name starting at ``k``: a recognised place entity, or one capitalised name."""
    if toks[k].ent_iob == "B" and toks[k].ent_type == "LOC":
        j = k + 1
        while j < end and toks[j].ent_iob == "I":
            j += 1
        return j
    return k + 1 if _is_place(toks, k, end) else None


def _is_place(toks: Sequence[Token], k: int, end: int) -> bool:
    tok = toks[k]
    if not is_cap(tok) or (pos(tok) and pos(tok) != "PROPN"):
        return False
    nxt = toks[k + 1] if k + 1 < end else None
    return nxt is None or not is_cap(nxt) or nxt.text in {",", "("}


def _role_pp_end(toks: Sequence[Token], j: int, end: int, lex: CueLexicon) -> int | None:
    """End of a prepositional phrase inside a role description, accepted only when a closed
    name apposition follows it (``bei der Nato, Julianne Smith,``)."""
    k = j + 1
    while k < end and _is_det_or_adj(toks, k, end, lex):
        k += 1
    if k >= end or not _is_noun_like(toks[k], False, lex):
        return None
    k += 1
    if k + 1 >= end or toks[k].text != ",":
        return None
    sub = np_after(toks, k + 1, end, lex)
    if sub is None or not all(pos(t) in {"PROPN", "X", ""} and is_cap(t) for t in toks[sub[0] : sub[1]]):
        return None
    if sub[1] < end and toks[sub[1]].text != ",":
        return None
    return k


def _quoted_name_end(toks: Sequence[Token], j: int, end: int) -> int | None:
    """Index of the closing mark of a short quoted name (``„Yemen Observer“``) opened at ``j``."""
    for k in range(j + 1, min(end, j + 9)):
        if toks[k].text in _CLOSE_MARKS:
            inner = [t for t in toks[j + 1 : k] if not is_punct(t)]
            if inner and all(is_cap(t) or not t.text.isalpha() for t in inner[:1]) and k > j + 1:
                return k
            if 0 < len(inner) <= 3 and all(pos(t) in {"NOUN", "PROPN", "ADJ", "X", "NUM"} for t in inner):
                return k  # a lower-case title ("„heise online“", "„tagesschau.de“")
            return None
    return None


def _pp_apposition_end(toks: Sequence[Token], sub: tuple[int, int], end: int) -> int | None:
    """An apposition that goes on with a prepositional phrase (", Professor am Institut X,") and is
    closed by a comma right before a verb: the index of that comma, else None."""
    k = sub[1]
    if k >= end or pos(toks[k]) not in {"ADP", ""} or not toks[k].text.isalpha():
        return None
    stop = min(end, k + 9)
    while k < stop and toks[k].text != ",":
        if pos(toks[k]) in {"VERB", "AUX", "SCONJ", "PRON"} or (is_punct(toks[k]) and toks[k].text not in {"-", "."}):
            return None
        k += 1
    if k >= end or toks[k].text != ",":
        return None
    if k == end - 1 or (k + 1 < end and pos(toks[k + 1]) in {"VERB", "AUX"}):
        return k
    return None


def _extended_attribute_end(toks: Sequence[Token], j: int, end: int) -> int | None:
    """After a determiner, a prepositional phrase that ends in an attributive adjective or participle
    ("die [zur Stanford University gehörende] Hoover Institution"): the index after that adjective."""
    for k in range(j + 1, min(end - 1, j + 10)):
        tok = toks[k]
        low = tok.text.lower()
        # a participle the tagger may have missed: "gehörende", "geborene", "gewählte"
        attributive = tok.xpos == "ADJA" or (
            tok.text[:1].islower() and low.endswith(("nde", "nden", "ndes", "ene", "enen", "te", "ten", "tes"))
        )
        if attributive and k > j + 1 and pos(toks[k + 1]) in {"NOUN", "PROPN", "ADJ"}:
            return k + 1  # the participle may be mistagged as a verb ("gehörende/VVFIN")
        if tok.xpos.startswith("V") or is_punct(tok) and tok.text not in {"-"}:
            return None
    return None


def np_after(toks: Sequence[Token], i: int, end: int, lex: CueLexicon, sent_start: int = -1) -> tuple[int, int] | None:
    """Token range ``[i, j)`` of the noun phrase starting at ``i`` (speaker candidates), or None.

    Accepts determiners, adjectives, nouns/names (with name particles), genitive chains,
    a bracketed abbreviation and one apposition (``, Name Name,``).
    """
    if i >= end:
        return None
    if _is_pronoun(toks[i], lex) and (
        toks[i].text.lower() in _PERSONAL
        or not (
            i + 1 < end
            and (
                _is_noun_like(toks[i + 1], False, lex)
                or toks[i + 1].xpos == "ADJA"
                or (pos(toks[i + 1]) == "ADP" and _extended_attribute_end(toks, i + 1, end) is not None)
            )
        )
    ):
        # "er", "sie"; but "Ihr Vorsitzender" is a possessive determiner and "die in New York geborene
        # Lopez" an article with an extended attribute
        return (i, i + 1)
    j = i
    seen_noun = False
    if toks[i].xpos == "PIS" and i + 2 < end and toks[i + 1].text.lower() in _GENITIVE:
        seen_noun, j = True, i + 1  # "Einer der beteiligten Feuerwehrmänner": the genitive chain follows
    while j < end:
        tok = toks[j]
        low = tok.text.lower()
        if _is_noun_like(tok, j == sent_start, lex) and low not in _NP_STOP:
            if (
                j > i
                and tok.xpos == "NN"
                and tok.ent_iob == "O"
                and (toks[j - 1].xpos == "NE" or toks[j - 1].ent_iob != "O")
                and toks[j - 1].text[:1].islower()
            ):
                break  # "nach Ansicht von ai Disziplinarmaßnahmen": a noun after a lower-case name starts anew
            seen_noun = True
            j += 1
            continue
        if seen_noun and _name_particle(toks, j, end):
            j += 1
            continue
        named = pos(toks[j - 1]) == "PROPN"  # "Minister Manfred Stolpe in Berlin": the place is not his
        if seen_noun and low in _PLACE_PREPS and j + 2 <= end and not named:
            place_end = _place_end(toks, j + 1, end)
            if place_end is not None:
                j = place_end  # "ein Sprecher in Berlin", "die Regierung im Vereinigten Königreich"
                continue
        if seen_noun and low in _ROLE_PREPS:
            k = _role_pp_end(toks, j, end, lex)
            if k is not None:
                j = k  # "die Botschafterin bei der Nato, Julianne Smith,"
                continue
        if tok.text in _OPEN_MARKS:
            close = _quoted_name_end(toks, j, end)
            if close is not None:
                seen_noun = True
                j = close + 1
                continue
            break
        genitive_adj = low.endswith("er") and pos(tok) in {"ADJ", "DET", "PRON"} and not tok.text[:1].isupper()
        # after a name neither an article nor "für" continues the phrase ("warb Obama für die Annahme")
        after_name = j > i and pos(toks[j - 1]) == "PROPN" and low in {"der", "die", "das", "den", "dem", "für"}
        if seen_noun and (low in _GENITIVE or genitive_adj) and j + 1 < end and not after_name:
            k = j + 1 if low in _GENITIVE else j
            while k < end and _is_det_or_adj(toks, k, end, lex):
                k += 1
            if k < end and toks[k].text in _OPEN_MARKS:
                close = _quoted_name_end(toks, k, end)
                if close is not None:
                    j = close + 1
                    continue
            if k < end and _is_noun_like(toks[k], False, lex):
                j = k
                continue
            break
        if seen_noun and low in {"und", "sowie", "and"} and j + 1 < end:
            sub = np_after(toks, j + 1, end, lex)
            if sub is not None and (sub[1] >= end or pos(toks[sub[1]]) in {"VERB", "AUX"}):
                j = sub[1]  # "Die IADB und der MIF gaben bekannt"
            break
        if _is_det_or_adj(toks, j, end, lex) and not seen_noun:
            j += 1
            continue
        if not seen_noun and j > i and pos(tok) == "ADP":
            k = _extended_attribute_end(toks, j, end)
            if k is not None:
                j = k  # "die zur Stanford University gehörende Hoover Institution"
                continue
        if seen_noun and tok.text == "(":
            k = j + 1
            while k < end and k < j + 6 and toks[k].text != ")":
                k += 1
            if k < end and toks[k].text == ")":
                j = k + 1
                continue
            break
        if seen_noun and tok.text == "," and j + 1 < end:
            # apposition: ", Vorname Nachname," or ", Sprecher des X," closed by a comma or the clause end
            k = j + 1
            sub = np_after(toks, k, end, lex) if not _is_pronoun(toks[k], lex) else None
            if (
                sub
                and sub[1] - sub[0] <= 8
                and (sub[1] >= end or toks[sub[1]].text in {",", ":"} or is_punct(toks[sub[1]]))
            ):
                j = sub[1]
                break
            close = _pp_apposition_end(toks, sub, end) if sub and sub[1] - sub[0] <= 8 else None
            if close is not None:
                j = close  # ", ein Klimaexperte vom WWF, erklärte"
            break
        break
    if not seen_noun:
        return None
    return (i, j)


def name_after(toks: Sequence[Token], i: int, end: int, lex: CueLexicon) -> tuple[int, int] | None:
    """After ``laut``/``according to``: a bare name stays a name ("laut BBC von rund 10.000" -> "BBC");
    a phrase with a determiner is a full noun phrase ("laut dem Sprecher des Ministeriums")."""
    if i >= end:
        return None
    if toks[i].ent_iob == "B" or HOSTNAME_RE.fullmatch(toks[i].text):
        j = i + 1
        while j < end and toks[j].ent_iob == "I":
            j += 1  # a recognised name, whatever its tags ("laut ISNA", "laut taz")
        if j >= end or pos(toks[j]) != "NOUN":
            return (i, j)
    if pos(toks[i]) == "PROPN" or (not pos(toks[i]) and is_cap(toks[i]) and toks[i].text.lower() not in lex.function):
        j = i
        while j < end and (pos(toks[j]) in {"PROPN", ""} and is_cap(toks[j]) or toks[j].text in {"-"}):
            j += 1
        if j < end and toks[j].text == "(":
            k = j + 1
            while k < end and k < j + 6 and toks[k].text != ")":
                k += 1
            if k < end:
                j = k + 1
        if j > i and (j >= end or pos(toks[j]) != "NOUN"):
            return (i, j)
    return np_after(toks, i, end, lex)


def _adverbial_opener(toks: Sequence[Token], start: int, fin: int) -> bool:
    """The clause opens with an adverbial adjective or participle ("Passend zu den Gefahren",
    "Stellvertretend für die Kommission"), which the tagger may call a noun at the sentence start."""
    first = toks[start]
    if first.ent_iob != "O" or fin - start < 2:
        return False
    return first.xpos == "ADJD" or (first.text.lower().endswith("end") and pos(toks[start + 1]) == "ADP")


def _no_subject_word(tok: Token, lex: CueLexicon) -> bool:
    """An adverb, a preposition or a non-nominative determiner: no subject opens with it."""
    low = tok.text.lower()
    return low in lex.adverbs or low in _NP_STOP or low in _NOT_NOMINATIVE


def np_before(toks: Sequence[Token], start: int, cue: int, lex: CueLexicon) -> tuple[int, int] | None:
    """The subject noun phrase of a clause that starts at ``start`` and whose verb is at ``cue``."""
    if start >= cue:
        return None
    first = toks[start]
    if (
        _no_subject_word(first, lex)
        or (pos(first) in {"ADV", "ADP", "SCONJ", "CCONJ"})
        or _adverbial_opener(toks, start, cue)
    ):
        return None  # an adverbial ("Passend zu den Gefahren des Eises warnte …") is no subject
    span = np_after(toks, start, cue, lex, sent_start=start)
    if span is None:
        return None
    # what sits between the NP and the cue may only be auxiliaries / short adverbs ("hat am Montag")
    gap = toks[span[1] : cue]
    if len(gap) > 4 or any(t.text in {":", ";"} for t in gap) or is_temporal(toks, span, lex):
        return None
    return span


_FOCUS = frozenset("auch selbst sogar nur ebenfalls gerade besonders insbesondere zumindest also even only".split())


def prefield_np(toks: Sequence[Token], start: int, fin: int, lex: CueLexicon) -> tuple[int, int] | None:
    """The whole prefield of a verb-second clause as its subject, when it can be nothing else.

    German puts exactly one constituent before the finite verb. When that stretch opens like a
    nominative noun phrase and holds no verb, no subordinate or relative clause and no quotation,
    all of it is the subject, however long its attributes, genitives and appositions are
    ("Der stellvertretende Direktor der Such- und Rettungsagentur, Bambang Aji, sagte",
    "Der Vertreter der Arbeitgeber im Aufsichtsrat der Bundesagentur für Arbeit (BA), Peter Clever,
    hat … gefordert"). A leading focus particle is not part of it ("Auch der Sprecher sagte").
    """
    while start < fin and toks[start].text.lower() in _FOCUS:
        start += 1
    if start >= fin or fin - start > 30:
        return None
    first = toks[start]
    if (
        _no_subject_word(first, lex)
        or (pos(first) not in {"DET", "NOUN", "PROPN", "ADJ"} and first.xpos != "PIS")
        or _adverbial_opener(toks, start, fin)
        or toks[fin - 1].text in {"(", "-", "–"}
    ):
        return None
    depth = 0
    closed = start  # tokens before this index are checked (the closing mark of a quoted name is no opener)
    for k in range(start, fin):
        tok = toks[k]
        if tok.text == "(":
            depth += 1
        elif tok.text == ")":
            depth -= 1
        if tok.xpos in {"VVFIN", "VAFIN", "VMFIN", "VVIZU", "PTKZU"} and not tok.text.endswith("-"):
            return None  # a clause of its own (relative, subordinate, infinitive), or no prefield at all;
            # a non-finite "verb" alone is a mistagged name part ("Front de gauche/VVINF") or a truncation
        article_like = (
            tok.xpos == "PRELS" and k + 1 < fin and (toks[k + 1].xpos in {"ADJA", "NN", "NE"} or is_punct(toks[k + 1]))
        )
        if tok.xpos in {"PRELS", "PRELAT", "KOUS", "KOUI", "PWS", "PWAV"} and not article_like:
            return None  # a relative or subordinate clause; "die/PRELS '' Koalition …''" is an article
        if tok.text in {":", ";", ".", "?", "!"}:
            return None
        if tok.text in _OPEN_MARKS and k >= closed:
            close = _quoted_name_end(toks, k, fin)
            if close is None:
                return None  # a quotation, not a quoted name
            closed = close + 1
        if tok.text.lower() in {"dass", "ob", "weil", "wenn", "als", "wie", "that", "who", "which"}:
            return None
    if depth != 0 or not any(pos(toks[k]) in {"NOUN", "PROPN"} or toks[k].ent_iob != "O" for k in range(start, fin)):
        return None
    end = fin - 1 if toks[fin - 1].text == "," else fin
    while end - start > 1 and (pos(toks[end - 1]) in {"ADV", "CCONJ"} or toks[end - 1].text.lower() in _FOCUS):
        end -= 1  # "Die Kanadier hingegen", "Hartmann selbst": the adverb is no part of the name
    if end - start == 1 and toks[start].ent_iob == "O" and pos(toks[start]) not in {"PROPN"}:
        if toks[start].xpos == "PIS" and is_cap(toks[start]):
            return (start, end)  # "Einige vertreten die Auffassung", "Viele glauben"
        return None  # one bare word ("Unmissverständlich", "Monatelang"): the other rules decide
    span = (start, end)
    return None if is_temporal(toks, span, lex) else span


def is_temporal(toks: Sequence[Token], span: tuple[int, int], lex: CueLexicon) -> bool:
    """The noun phrase is a time phrase ("Letzten September", "Wenige Stunden"): its first noun
    (the head, before any genitive) is a time noun of the lexicon."""
    for k in range(span[0], span[1]):
        if pos(toks[k]) in {"NOUN", "PROPN"}:
            return toks[k].text.lower() in lex.time_nouns and toks[k].ent_iob == "O"
    return False


USE_PARSE = True


def subject_of(toks: Sequence[Token], cue: int, lo: int, hi: int) -> tuple[int, int] | None:
    """Subject subtree of the cue verb from a dependency parse (None when there is no parse)."""
    if not USE_PARSE or toks[cue].head < 0:
        return None
    subj = [
        t.i
        for t in toks[lo:hi]
        if t.head == cue and t.i != cue and t.dep in {"sb", "nsubj", "nsubj:pass", "sbp", "csubj"}
    ]
    if not subj:
        return None
    root = subj[0]
    members = {root}
    changed = True
    while changed:
        changed = False
        for t in toks[lo:hi]:
            if t.i not in members and t.head in members and t.i != t.head:
                members.add(t.i)
                changed = True
    a, b = min(members), max(members) + 1
    while a < b and (is_punct(toks[a]) or pos(toks[a]) == "CCONJ"):
        a += 1
    for k in range(a + 1, b - 1):
        if toks[k].text == "," and toks[k + 1].xpos in {"PRELS", "PRELAT"}:
            b = k  # "X, der Minister, der zur Zeit …": the relative clause is not part of the name
            break
    while b > a and is_punct(toks[b - 1]) and not (toks[b - 1].text == ")" and any(t.text == "(" for t in toks[a:b])):
        b -= 1
    if a >= b or b - a > 25 or pos(toks[a]) in {"VERB", "AUX", "ADP", "SCONJ", "CCONJ"}:
        return None  # an implausible attachment from a noisy parse
    return (a, b)
