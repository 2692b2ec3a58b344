"""Per-article quote detection: direct quotes (with frames), indirect speech, mixed quotes,
subjunctive continuations; each with cue, surface source and speaker mention.

The result is a list of :class:`RawQuote` (token-independent character spans); the public
:func:`lagebild.quotes.extract_quotes` turns them into :class:`~lagebild.model.Quote`.
"""

from __future__ import annotations

import bisect
import logging
from collections.abc import Sequence
from dataclasses import dataclass, field

from ..model import Doc, Mention, Token
from .clauses import FINITE as _FINITE
from .clauses import RELATIVE as _RELATIVE
from .clauses import clause_start as _clause_start
from .clauses import final_wie_frame as _final_wie_frame
from .clauses import finite_before as _finite_before
from .clauses import is_passive as _passive
from .clauses import is_subject_region as _is_subject_region
from .clauses import passive_agent as _passive_agent
from .clauses import passive_prefield as _passive_prefield
from .clauses import relative_subject as _relative_subject
from .cues import Cue, find_cues
from .lexicon import CueLexicon, lexicon_for
from .marks import QuotePair, find_quote_pairs
from .speaker import SpeakerFinder
from .syntax import (
    PUNCT_END,
    is_konj1,
    is_punct,
    is_subjunctive,
    is_temporal,
    name_after,
    np_after,
    np_before,
    pos,
    prefield_np,
    subject_of,
)

log = logging.getLogger(__name__)

__all__ = ["RawQuote", "find_raw_quotes"]

# subordinators of purpose, time and concession, and relative "welche": their clause is no reported complement
_ADVERBIAL_LEADS = frozenset(
    "um nachdem obwohl obgleich während bevor ehe sobald seitdem indem welche welcher welches welchen".split()
)
_COMPLEMENTIZERS = frozenset(
    "dass daß ob wie warum weshalb wieso wer was wo wann inwiefern weil that whether if".split()
)
_DIRECTIVE = frozenset(
    "fordern auffordern aufrufen appellieren ankündigen versprechen drohen bitten raten empfehlen vorschlagen vorwerfen "
    "zusagen vorhalten beschuldigen "
    "zusichern warnen ablehnen zustimmen urge demand ask call".split()
)
_SOLL_REACH = 1  # sentences after a report in which a plain "soll/sollen" still reports it
_HEISST_PREPS = frozenset({"in", "im", "bei", "beim", "aus", "auf", "vom", "von"})  # "hieß es aus Paris"
_OBJECT_LEADS = frozenset(
    "den dem einen einem diesen diesem ihm ihn ihnen keinen keinem meinen meinem deinen deinem seinen seinem "
    "ihren ihrem unseren unserem euren eurem".split()
)  # never open a subject
_STATIVE_AUX = frozenset({"ist", "sind", "war", "waren"})
_FIRST_PERSON = frozenset({"ich", "wir", "i", "we"})
_FRAME_ADVERBS = frozenset("wörtlich dazu weiter später abschließend ergänzend knapp lapidar".split())
_SUBJECT_PRONOUNS = frozenset({"er", "sie", "wir", "ich"})  # lowercase: right after a finite verb
_REPORT_REACH = 1  # sentences back in which a report's speaker is taken to go on talking
_ANAPHORIC_LEADS = frozenset({"das", "dies", "dieses", "this", "that"})
_CONTRAST = frozenset({"doch", "aber", "jedoch", "während", "wohingegen", "but", "while", "whereas"})
_FRAGMENT_LEAD = frozenset({"als", "von", ":", "vom", "as", "of"})
_MIN_STATEMENT_WORDS = 4
_CLOSE_MARKS = frozenset({"“", "”", "«", "»", '"'})
_MARKS = _CLOSE_MARKS | {"„", "‚", "‘"}
_SUBORDINATORS = frozenset(
    "während weil nachdem obwohl obgleich da als wenn bevor ehe sobald seit seitdem falls indem damit ob while because after".split()
)
_FOCUS = frozenset({"auch", "selbst", "sogar", "also", "even"})  # focus particles before a subject
_POSSESSIVE_DET = frozenset("seiner ihrer seinem ihrem unserer meiner deren dessen eigener".split())
_NAME_AFTER = True
_SAY_VERBS = frozenset(
    "sagen erklären betonen mitteilen berichten hinzufügen ergänzen unterstreichen bekräftigen versichern "
    "behaupten meinen schreiben antworten erwidern entgegnen say tell".split()
)
_CITING_VERBS = frozenset({"zitieren", "quote"})  # the speaker is the one cited, not the one citing
_OBJECT_CUES = frozenset({"sprechen", "bezeichnen", "bewerten"})
_PASSIVE_AUX = frozenset({"wurde", "wurden", "worden", "wird", "werden", "was", "were"})
# verbs whose object is itself the reported content ("forderte Neuwahlen"); acts that mostly report a
# stance rather than a statement (bestätigen, kritisieren, melden, hinweisen, ...) are left out: on
# SpkAtt train they were more often not annotated as reported speech than annotated
_SPEECH_ACTS = frozenset(
    "empfehlen fordern ankündigen warnen vorwerfen ablehnen zurückweisen bestreiten loben bekanntgeben mitteilen berichten "
    "vorschlagen sprechen nennen bezeichnen beklagen bemängeln anprangern zusichern versprechen verlangen "
    "appellieren aufrufen rügen monieren einräumen zugeben klagen einschätzen bewerten beziffern "
    "werten voraussagen auffordern verweisen raten plädieren beschuldigen begründen".split()
)
# Konjunktiv II forms: also hypothetical narration, so they alone do not continue a report
_KONJ2 = frozenset(
    "wäre wären hätte hätten würde würden könnte könnten müsste müssten dürfte dürften sollte sollten wollte wollten "
    "käme kämen gäbe gäben ginge stünde läge".split()
)


@dataclass
class RawQuote:
    """One attributed statement; spans are character offsets into the article text."""

    parts: list[tuple[int, int]]  # message spans (for direct quotes: including the marks)
    kind: str  # direct / indirect / mixed
    form: str  # Direct / Indirect / IndirectFreeIndirect / Reported (SpkAtt naming, for evaluation)
    cue: str | None = None
    cue_spans: list[tuple[int, int]] = field(default_factory=list)
    source: tuple[int, int] | None = None  # surface source (may be a pronoun)
    speaker: tuple[int, int] | None = None  # the mention the speaker is read from
    continuation: bool = False  # attributed through a previous sentence's cue
    inner: list[tuple[int, int]] = field(default_factory=list)  # direct: the words without the marks
    weak: bool = False  # source guessed from a person merely named in the previous sentence
    # who spoke when ``source`` is the outlet cited for the report ("sagte X laut Interfax": X)
    speaker_source: tuple[int, int] | None = None


@dataclass
class _Ctx:
    doc: Doc
    lex: CueLexicon
    toks: Sequence[Token]
    starts: list[int]
    pair_tok: list[tuple[int, int]]  # (opener token, closer token) per quote pair
    quoted: dict[int, int]  # token index -> pair index (marks included)
    speakers: SpeakerFinder
    cue_heads: set[int] = field(default_factory=set)

    def tok_at(self, char: int) -> int:
        return max(0, bisect.bisect_right(self.starts, char) - 1)

    def sent_bounds(self, tok_i: int) -> tuple[int, int, int]:
        si = self.doc.sentence_of(self.toks[tok_i].start)
        s = self.doc.sentences[si]
        return si, s.tok_start, s.tok_end

    def span(self, a: int, b: int) -> tuple[int, int]:
        return (self.toks[a].start, self.toks[b - 1].end)


def _strip(toks: Sequence[Token], a: int, b: int, keep_final: bool = False) -> tuple[int, int]:
    """Trim commas/dashes at the edges of a message token range (and the final stop unless kept)."""
    while a < b and toks[a].text in {",", ":", "–", "—", "-", ";"}:
        a += 1
    while b > a and (
        toks[b - 1].text in {",", ":", "–", "—", "-", ";"} or (not keep_final and toks[b - 1].text in PUNCT_END)
    ):
        b -= 1
    return a, b


def _words(toks: Sequence[Token], a: int, b: int) -> int:
    return sum(1 for t in toks[a:b] if any(ch.isalnum() for ch in t.text))


def _cue_text(ctx: _Ctx, cue: Cue) -> str:
    return " ".join(ctx.toks[i].text for i in sorted(cue.toks))


def _cue_spans(ctx: _Ctx, cue: Cue, extra: Sequence[int] = ()) -> list[tuple[int, int]]:
    return [ctx.span(i, i + 1) for i in sorted(set(cue.toks) | set(extra))]


def _agent(ctx: _Ctx, cue: Cue, hi: int, clause_start: int) -> tuple[int, int] | None:
    """The agent who actually spoke: ``durch X`` ("Russland hat die Gespräche durch seinen Sprecher X
    als … bezeichnet") or the ``von X`` of a passive cue ("wurde von X als … bezeichnet"); only a
    person (or, for the passive, an organisation) mention counts."""
    toks = ctx.toks
    clause_start = _clause_start(toks, clause_start, cue.head)
    end = clause_start
    while end < hi and (end <= cue.head or toks[end].text not in {",", ";", ":", "–", "—"}):
        end += 1
    passive = toks[cue.head].xpos == "VVPP" and any(
        toks[k].text.lower() in _PASSIVE_AUX for k in range(clause_start, end)
    )
    for k in range(clause_start, end):
        low = toks[k].text.lower()
        if k in ctx.quoted or (low != "durch" and not (passive and low in {"von", "vom"})):
            continue
        span = np_after(toks, k + 1, end, ctx.lex)
        if span is None or span[0] <= cue.head < span[1]:
            continue
        kinds = {m.type for m in ctx.speakers.mentions_in(*ctx.span(*span))}
        if "PER" in kinds or (low != "durch" and "ORG" in kinds):
            return span
        if (
            low != "durch"
            and (k == clause_start or toks[k - 1].xpos in _FINITE)
            and not is_temporal(toks, span, ctx.lex)
        ):
            return span  # "wurde von Kenias Regierung beschuldigt": right after the auxiliary, the agent
    return None


def _cited_person(ctx: _Ctx, cue: Cue, lo: int, hi: int, clause_start: int) -> tuple[int, int] | None:
    """Who is quoted by a citing verb: the subject of the passive ("Musk wird wie folgt zitiert",
    "X wird von der Netzeitung zitiert"), the object of the active ("Der Spiegel zitiert den Prediger
    mit den Worten", "zitiert ndr.de Polizeisprecher Ralf Meyer"); a person or organisation only."""
    toks, lex = ctx.toks, ctx.lex
    fin = _finite_before(toks, clause_start, cue.head)

    def after(k: int) -> tuple[int, int] | None:
        while k < hi and (toks[k].text.lower() in lex.adverbs or toks[k].text.lower() in {"sich", "es"}):
            k += 1
        return np_after(toks, k, hi, lex)

    def actor(span: tuple[int, int] | None) -> tuple[int, int] | None:
        return span if span is not None and ctx.speakers.has_actor(ctx.span(*span), roles_count=True) else None

    if _passive(toks, clause_start, cue):
        return actor(np_before(toks, clause_start, fin, lex)) or actor(after(fin + 1))
    subject = np_before(toks, clause_start, fin, lex)
    if subject is not None:
        return after(fin + 1)  # the object of the active verb, a name or not ("zitierte Papandreou")
    subject = after(fin + 1)
    if subject is None:
        return None
    names = [m for m in ctx.speakers.mentions_in(*ctx.span(*subject)) if m.type == "PER"]
    if names and ctx.tok_at(names[-1].span.start) > subject[0]:
        return _np_at_mention(ctx, names[-1])  # "zitiert ndr.de Polizeisprecher Ralf Meyer": the person
    return actor(after(subject[1]))


def _np_at_mention(ctx: _Ctx, m: Mention) -> tuple[int, int]:
    """Token range of the noun phrase a name mention ends (see ``SpeakerFinder.noun_phrase_of``)."""
    a, b = ctx.speakers.noun_phrase_of(m)
    return ctx.tok_at(a), ctx.tok_at(b - 1) + 1


def _named_opener(ctx: _Ctx, start: int, fin: int) -> tuple[int, int] | None:
    """A person or organisation mention that fills the clause right up to its finite verb, whatever
    the tagger made of it ("Elshorst wies darauf hin", with the name tagged as an adjective)."""
    if start >= fin:
        return None
    toks = ctx.toks
    for m in ctx.speakers.mentions_in(toks[start].start, toks[fin].start):
        if m.type in {"PER", "ORG"} and m.span.start == toks[start].start and ctx.tok_at(m.span.end - 1) + 1 == fin:
            return (start, fin)
    return None


def _quotes_within(ctx: _Ctx, a: int, b: int) -> bool:
    """``[a, b)`` holds quoted words other than a short quoted name ("die „Allianz für Wandel“")."""
    for k in range(a, b):
        if k in ctx.quoted:
            o, c = ctx.pair_tok[ctx.quoted[k]]
            if c - o > 8 or o < a or c >= b:
                return True
    return False


def _coordinated_subject(ctx: _Ctx, start: int, fin: int) -> tuple[int, int] | None:
    """The subject of the first of two coordinated verbs ("Er rief die Polizei und teilte mit, …",
    "Im Mai legte er sein Amt nieder und verkündete, …")."""
    toks, lex = ctx.toks, ctx.lex
    if fin - 1 <= start or toks[fin - 1].text.lower() not in {"und", "sowie", "and"} | _CLOSE_MARKS:
        return None  # "und teilte mit", or right after a quoted word: "nannte es „gut“ stellte aber fest"
    first = next((k for k in range(start, fin - 1) if toks[k].xpos in _FINITE), None)
    inner = range(first, fin - 1) if first is not None else range(0)
    if first is None or any(is_punct(toks[k]) and toks[k].text not in {".", *_MARKS} for k in inner):
        return None
    src = prefield_np(toks, start, first, lex) or np_before(toks, start, first, lex) or _named_opener(ctx, start, first)
    if src is None and first + 1 < fin and toks[first + 1].text in _SUBJECT_PRONOUNS:
        src = (first + 1, first + 2)
    if (
        src is None
        and first + 1 < fin
        and toks[first + 1].xpos == "ART"
        and toks[first + 1].text.lower() in {"der", "die"}
    ):
        after = np_after(toks, first + 1, fin - 1, lex)
        if after is not None and after[1] - after[0] >= 2:
            src = after  # "…, biss der Randalierer den Fluggast und rief:": the subject after the first verb
    if src is not None and toks[src[0]].text.lower() in _OBJECT_LEADS:
        return None
    return src


def _source_for_verb(ctx: _Ctx, cue: Cue, lo: int, hi: int, clause_start: int) -> tuple[int, int] | None:
    """The speaker phrase of a verb cue; the expletive "es" ("Es drohe …", "Es werde geschätzt, …")
    names no one."""
    src = _verb_subject(ctx, cue, lo, hi, clause_start)
    if src is not None and src[1] - src[0] == 1 and ctx.toks[src[0]].text.lower() in {"es", "it"}:
        return None
    return src


def _verb_subject(ctx: _Ctx, cue: Cue, lo: int, hi: int, clause_start: int) -> tuple[int, int] | None:
    toks, lex = ctx.toks, ctx.lex
    while clause_start < cue.head and (
        (pos(toks[clause_start]) == "CCONJ" and toks[clause_start].xpos != "KOKOM")
        or toks[clause_start].text in _CONTRAST
        or (
            (toks[clause_start].xpos == "KOUS" or toks[clause_start].text.lower() in _SUBORDINATORS)
            and clause_start + 1 < cue.head
            and (cue.head + 1 >= hi or toks[cue.head + 1].text in {",", ".", ";"})  # verb-final: a subordinate clause
        )
    ):
        clause_start += 1  # "…, doch die Sprecherin erklärte", "Während X ankündigte, …"
    if cue.verb is not None and cue.verb.lemma in _CITING_VERBS:
        cited = _cited_person(ctx, cue, lo, hi, clause_start)
        if cited is not None:
            return cited
    agent = _agent(ctx, cue, hi, clause_start)
    if agent is not None:
        return agent
    if _passive(toks, clause_start, cue):
        # "Ihm wird vorgeworfen, …": the subject is not the speaker; a fronted document or party may be
        fin = _finite_before(toks, clause_start, cue.head)
        src = _passive_prefield(toks, clause_start, fin, lex)
        if src is None and fin < cue.head:
            k = fin + 1
            while k < cue.head and toks[k].text.lower() in lex.adverbs:
                k += 1
            if k < cue.head and toks[k].text.lower() in {"in", "im"}:
                doc_np = np_after(toks, k + 1, cue.head, lex)
                if doc_np is not None and doc_np[1] == cue.head and not is_temporal(toks, doc_np, lex):
                    src = doc_np  # "So wird in einer Pressemitteilung der Organisation gefordert, …"
        return src
    fin = _finite_before(toks, clause_start, cue.head)
    if fin > clause_start and fin + 1 < hi and toks[fin + 1].text in _SUBJECT_PRONOUNS:
        # "Der Politik schlug er vor, …": the pronoun after the verb is the subject; "sie" may be the
        # object of a nominative prefield ("Der Chef nannte sie „fahrlässig“")
        if toks[fin + 1].text != "sie" or prefield_np(toks, lo, fin, lex) is None:
            return (fin + 1, fin + 2)
    before = np_before(toks, clause_start, fin, lex)
    if before is None and clause_start != lo:
        before = np_before(toks, lo, fin, lex)
    if before is not None and before[0] == clause_start and clause_start > lo and toks[clause_start - 1].text == ",":
        # "Theo Zwanziger, Präsident des Verbands, nannte": the name before the apposition belongs to it
        prev_start = _clause_start(toks, lo, clause_start - 1)
        wide = np_after(toks, prev_start, fin, lex, sent_start=prev_start if prev_start == lo else -1)
        if wide is not None and wide[1] == before[1] and wide[0] < before[0]:
            before = wide
    pre = prefield_np(toks, lo, fin, lex) if fin > lo and not _quotes_within(ctx, lo, fin) else None
    if pre is not None:
        before = pre
    if before is None:
        before = _named_opener(ctx, clause_start, fin)
    if before is None and clause_start != lo:
        before = _coordinated_subject(ctx, lo, fin)  # "X, Sprecher von Y, dankte … und ergänzte, …"
    if before is None:
        before = _coordinated_subject(ctx, clause_start, fin)
    if before is None:
        # a second main clause after "und" with its own subject: "Die Menge skandierte … und der Redner rief:"
        for k in range(fin - 2, clause_start, -1):
            if toks[k].text.lower() in {"und", "sowie", "aber", "doch"} and k not in ctx.quoted:
                before = np_before(toks, k + 1, fin, lex)
                if before is not None:
                    break
    if before is None and clause_start > lo + 2 and _relative_subject(toks, lo, clause_start - 1, lex):
        before = np_after(toks, lo, clause_start - 1, lex, sent_start=lo)  # "X, dessen Behörde …, sagte"
        if before is not None and toks[before[1] - 1].text == ",":
            before = (before[0], before[1] - 1)
    j = fin + 1
    if before is not None and not _bare_word(toks, before, lex):
        return before

    while j < hi and (
        toks[j].text.lower() in {"sich", "dazu", "darauf", "daran", "davon", "es"}
        or (toks[j].text.lower() in lex.adverbs and j < fin + 3)
    ):
        j += 1
    # the parser's subject only where the word-order rules find nothing (its attachments are noisier)
    after = np_after(toks, j, hi, lex)
    if after is not None and is_temporal(toks, after, lex):
        after = np_after(toks, after[1], hi, lex)  # "hatte letzten September kritisiert"
    if after is not None and toks[after[0]].text.lower() in _OBJECT_LEADS:
        after = None  # "wies den Vorwurf zurück": an object, not the speaker
    if after is not None and any(k in cue.toks for k in range(*after)):
        after = None  # "vertreten die Auffassung": the cue's own noun
    if before is not None:
        # a bare adverbial before the verb ("Besorgt äußerte sich X", "Unmissverständlich sagt das Gericht",
        # often tagged as a noun) yields to the noun phrase after it
        return after if after is not None else before
    return after or subject_of(toks, cue.head, lo, hi)


_ADJECTIVAL_ENDINGS = ("end", "ig", "lich", "isch", "bar", "los", "lang", "weise", "sam", "haft")
_PARTICIPLE_PREFIXES = ("be", "er", "ent", "ver", "ge", "em", "zer", "über")


_OWN_VOICE = frozenset(
    "ich mich mir mein meine meinen meinem meiner wir uns unser unsere unseren unserem unserer "
    "du dich dir dein deine ihr euch euer eure".split()
)


def _unmarked_direct(ctx: _Ctx, cue: Cue, msg: tuple[int, int], lo: int) -> bool:
    """Speech after a colon without quotation marks, in the speaker's own words ("Er rief: Wir
    bleiben hier!"): direct, unless it is a dass/ob clause or in the Konjunktiv of reported speech."""
    toks = ctx.toks
    a, b = msg
    if cue.kind != "verb" or a - 1 < lo or toks[a - 1].text != ":" or a in ctx.quoted:
        return False
    if toks[a].text.lower() in _COMPLEMENTIZERS or any(t.text in _MARKS for t in toks[a:b]):
        return False
    if any(is_subjunctive(toks[k], ctx.lex) for k in range(a, min(b, a + 12))):
        return False
    # the speaker's own voice: first or second person, or an exclamation or question
    voice = any(t.text.lower() in _OWN_VOICE for t in toks[a:b])
    return voice or (b < len(toks) and toks[b].text in {"!", "?"})


def _bare_word(toks: Sequence[Token], span: tuple[int, int], lex: CueLexicon) -> bool:
    """A one-word adverbial before the verb that names nothing: "Besorgt", "Unmissverständlich",
    "Relativierend" (often tagged as a noun at the sentence start); a bare plural noun
    ("Kritiker werfen X vor") is a subject."""
    a, b = span
    if b - a != 1 or toks[a].ent_iob != "O" or toks[a].text.lower() in lex.pronouns:
        return False
    low = toks[a].text.lower()
    if toks[a].xpos in {"ADJD", "ADV"} or low.endswith(_ADJECTIVAL_ENDINGS):
        return True
    return low.startswith(_PARTICIPLE_PREFIXES) and low.endswith("t") and len(low) <= 12


# --------------------------------------------------------------------------- direct quotes


def _after_frame(ctx: _Ctx, close: int, hi: int, cues: dict[int, Cue]) -> tuple[Cue, tuple[int, int] | None] | None:
    """``“, sagte sie.`` / ``“, so X.`` / ``," Smith said.`` right after a closing mark."""
    toks = ctx.toks
    k = close + 1
    if k < hi and toks[k].text == ",":
        k += 1
    if k >= hi:
        return None
    cue = cues.get(k)
    if cue is not None and cue.kind == "heisst":
        return cue, _heisst_source(toks, k, k, ctx.lex)
    if cue is not None and cue.kind in {"verb", "so"}:
        j = k + 1
        citing = cue.verb is not None and cue.verb.lemma in _CITING_VERBS
        while j < hi and (toks[j].text.lower() in {"sich", "es"} or (citing and toks[j].text.lower() == "man")):
            j += 1  # "zitierte man X": X is quoted
        src = _open_apposition(toks, np_after(toks, j, hi, ctx.lex), hi, ctx.lex) or subject_of(toks, cue.head, k, hi)
        return cue, src
    src = np_after(toks, k, hi, ctx.lex)
    if src is not None and src[1] < hi and src[1] in cues and cues[src[1]].kind == "verb":
        return cues[src[1]], src
    return None


def _open_apposition(
    toks: Sequence[Token], src: tuple[int, int] | None, end: int, lex: CueLexicon
) -> tuple[int, int] | None:
    """A source after its cue whose apposition is not closed by a comma but by an adverbial or the
    sentence end ("sagte Anna Berg, Leiterin des Amtes, am Montag" without the second comma)."""
    if src is None or src[1] + 1 >= end or toks[src[1]].text != ",":
        return src
    nxt = toks[src[1] + 1]
    article = (
        nxt.text.lower() in {"der", "die", "das", "ein", "eine"}
        and src[1] + 2 < end
        and toks[src[1] + 2].xpos in {"ADJA", "NN", "NE"}
        and not any(toks[k].xpos in _FINITE for k in range(src[1] + 2, end))
    )  # the tagger may call it a relative pronoun: no finite verb follows, so it is none
    pronoun = nxt.text.lower() in _RELATIVE or nxt.text.lower() in lex.pronouns
    if (pronoun and not article) or not nxt.text[:1].isalpha():
        return src  # ", der sagte …" is a relative clause; ", die Sprecherin der Partei" an apposition
    sub = np_after(toks, src[1] + 1, end, lex)
    if sub is None or sub[0] != src[1] + 1 or sub[1] - sub[0] > 8:
        return src
    if sub[1] < end and pos(toks[sub[1]]) not in {"ADP", "ADV"}:
        return src
    return (src[0], sub[1])


def _before_frame(
    ctx: _Ctx, open_: int, lo: int, cues: dict[int, Cue]
) -> tuple[Cue | None, tuple[int, int] | None] | None:
    """``X sagte: „…“`` / ``X: „…“`` / ``Laut X „…“`` before an opening mark."""
    toks = ctx.toks
    prev = open_ - 1
    colon = prev >= lo and toks[prev].text == ":"
    stop = prev if colon else open_
    in_front = [
        c
        for i, c in sorted(cues.items())
        if lo <= i < stop and c.kind in {"verb", "prep", "nach", "heisst"} and not _reported_infinitive(ctx, c, lo)
    ]  # "Moskau werde darauf drängen, dass „…“": a cue under a Konjunktiv auxiliary is reported content
    if in_front:
        cue = in_front[-1]
        if colon and len(in_front) > 1 and cue.kind == "verb":
            start = _clause_start(toks, lo, cue.head)
            if toks[start].text.lower() in _SUBORDINATORS | {"dass", "daß"} or toks[start].xpos == "KOUS":
                main = [c for c in in_front[:-1] if c.kind == "verb" and max(c.toks) < start]
                if main:
                    # "Er glaubt, dass das Team daraus hervorgegangen sei: „…“": the main clause frames it
                    cue = main[-1]
        if not colon and stop - max(cue.toks) > 4 and cue.kind == "verb":
            return None
        if cue.kind in {"prep", "nach"}:
            return cue, np_after(toks, cue.head + 1, stop, ctx.lex)
        if cue.kind == "heisst":
            return cue, _heisst_source(toks, lo, cue.head, ctx.lex)
        return cue, _source_for_verb(ctx, cue, lo, stop, lo)
    if colon:
        stop = prev
        while stop - 1 > lo and toks[stop - 1].text.lower() in _FRAME_ADVERBS:
            stop -= 1  # "Koppelin wörtlich:", "Die Ministerin dazu:"
        src = np_after(toks, lo, stop, ctx.lex, sent_start=lo)
        if src is not None and src[1] == stop:
            return None, src
        subj = _colon_clause_subject(ctx, lo, prev)
        if subj is not None:
            return None, subj
    return None


def _colon_clause_subject(ctx: _Ctx, lo: int, colon: int) -> tuple[int, int] | None:
    """The subject of a clause that introduces a quote with a colon but has no speech verb
    ("Zypries sieht darin eine Bestätigung: „…“", "Hier sparte der Präsident nicht mit Kritik: „…“",
    "Ein Kommissar nach der Festnahme: „…“"); only a person, an organisation or a pronoun."""
    toks, lex = ctx.toks, ctx.lex
    start = _clause_start(toks, lo, colon)
    if any(k in ctx.quoted for k in range(start, colon)):
        return None
    fin = next((k for k in range(start, colon) if toks[k].xpos in _FINITE), None)
    if fin is None and start > lo and not any(k in ctx.quoted for k in range(lo, start)):
        # the last comma closed an apposition ("brachte die Sprecherin, Annette X, zum Ausdruck:")
        fin = next((k for k in range(lo, colon) if toks[k].xpos in _FINITE), None)
        start = lo if fin is not None else start
    if fin is None:
        candidates = [np_after(toks, start, colon, lex, sent_start=start)]
    else:
        j = fin + 1
        while j < colon and toks[j].text.lower() in lex.adverbs:
            j += 1
        # the prefield, else the noun phrase after the verb: "Hier sparte der Präsident nicht mit Kritik:",
        # "Den Unmut brachte X zum Ausdruck:", "Die Anwendung stellte X in Frage:"
        candidates = [np_before(toks, start, fin, lex) or _named_opener(ctx, start, fin), np_after(toks, j, colon, lex)]
        if fin == start and start > lo and toks[start - 1].text == ",":
            # "Der Leiter der Studie, Paulo Pinheiro, sieht …:": the subject with its apposition before the verb
            whole = np_after(toks, lo, start, lex, sent_start=lo)
            if whole is not None and whole[0] == lo and whole[1] >= start - 1:
                candidates.insert(0, (lo, start - 1) if whole[1] == start else whole)

    def named(span: tuple[int, int] | None) -> bool:
        return span is not None and any(m.type in {"PER", "ORG"} for m in ctx.speakers.mentions_in(*ctx.span(*span)))

    if len(candidates) >= 2 and named(candidates[-1]) and not named(candidates[0]):
        candidates = [candidates[-1]]  # "Die Anwendung der Richtlinie stellte der Vorsitzende X in Frage:"
    for src in candidates:
        if src is None or toks[src[0]].text.lower() in _OBJECT_LEADS:
            continue
        if not ctx.doc.mentions or ctx.speakers.has_actor(ctx.span(*src), roles_count=True):
            return src
    return None


def _is_fragment(ctx: _Ctx, o: int, c: int) -> bool:
    toks = ctx.toks
    n = _words(toks, o + 1, c)
    last = toks[c - 1].text if c - 1 > o else ""
    return n < _MIN_STATEMENT_WORDS or (n < 8 and last not in PUNCT_END and last not in {",", "…"})


# --------------------------------------------------------------------------- main


def find_raw_quotes(doc: Doc) -> list[RawQuote]:
    """All statements of one article (direct, indirect, mixed), sorted by position."""
    if not doc.tokens or not doc.sentences:
        return []
    lex = lexicon_for(doc.lang)
    toks = doc.tokens
    starts = [t.start for t in toks]
    pairs = find_quote_pairs(doc.text)
    ctx = _Ctx(doc, lex, toks, starts, [], {}, SpeakerFinder(doc, lex))
    for pi, p in enumerate(pairs):
        o, c = ctx.tok_at(p.open), ctx.tok_at(p.close)
        ctx.pair_tok.append((o, c))
        for i in range(o, c + 1):
            ctx.quoted[i] = pi
    cues_by_sent: list[list[Cue]] = []
    blocked = set(ctx.quoted)
    for s in doc.sentences:
        cues_by_sent.append(find_cues(toks, s.tok_start, s.tok_end, lex, blocked))
    cue_index = {c.head: c for cues in cues_by_sent for c in cues}
    ctx.cue_heads = {c.head for c in cue_index.values() if c.kind in {"verb", "so"}}
    for cues in cues_by_sent:
        for cue in cues:
            if cue.kind == "so":
                cue_index[cue.head] = cue

    quotes: list[RawQuote] = []
    fragments: list[int] = []
    direct_sents: dict[int, RawQuote] = {}
    prev_direct: RawQuote | None = None
    prev_direct_sent = -10
    i = 0
    while i < len(pairs):
        o, c = ctx.pair_tok[i]
        si_o, lo_o, hi_o = ctx.sent_bounds(o)
        si_c, lo_c, hi_c = ctx.sent_bounds(c)
        cue: Cue | None = None
        src: tuple[int, int] | None = None
        group = [i]
        after = _after_frame(ctx, c, hi_c, cue_index)
        framed = after is not None and (toks[c + 1].text == "," or toks[c - 1].text in {",", ".", "!", "?"})
        colon = o > lo_o and toks[o - 1].text == ":"
        titled = o > lo_o and toks[o - 1].text.lower() in lex.function and _names_only(toks, o + 1, c)
        if (not framed and not colon or titled) and _is_fragment(ctx, o, c):
            # a name in marks after an article ("ein Sprecher der „Polizei von X“, …, sagte") is no statement
            fragments.append(i)
            i += 1
            continue
        if after is not None:
            cue, src = after
            # interrupted quote: „A“, sagte sie, „B“
            end_frame = max([*cue.toks, *(range(*src) if src else ())]) + 1
            while end_frame < hi_c and ctx.toks[end_frame].text not in {",", ":"} and end_frame - c < 12:
                if end_frame in ctx.quoted:
                    break
                end_frame += 1
            if end_frame + 1 < len(toks) and ctx.toks[end_frame].text in {",", ":"} and end_frame + 1 in ctx.quoted:
                nxt = ctx.quoted[end_frame + 1]
                if nxt == i + 1 and ctx.pair_tok[nxt][0] == end_frame + 1:
                    group.append(nxt)
        else:
            frame_lo = lo_o
            if o == lo_o and si_o > 0 and toks[o - 1].text == ":":
                frame_lo = doc.sentences[si_o - 1].tok_start  # "Er glaubt, dass …: | „…“": the frame sentence before
            before = _before_frame(ctx, o, frame_lo, cue_index)
            if before is not None:
                cue, src = before
        if cue is None and src is None:
            starts_clause = o == lo_o or ctx.toks[o - 1].text in {":", "–", "—", "-"}
            if not starts_clause:
                fragments.append(i)
                i += 1
                continue
        parts = [ctx.span(ctx.pair_tok[g][0], ctx.pair_tok[g][1] + 1) for g in group]
        inner = [(pairs[g].open + 1, pairs[g].close) for g in group]
        q = RawQuote(parts=parts, kind="direct", form="Direct", inner=inner)
        if cue is not None:
            q.cue = _cue_text(ctx, cue)
            q.cue_spans = _cue_spans(ctx, cue)
        if src is not None:
            q.source = ctx.span(*src)
        elif cue is None or cue.kind != "heisst":
            # speaker named only in a neighbouring sentence or continuing the previous quote
            adjacent = prev_direct is not None and prev_direct.source and si_o - prev_direct_sent <= 1
            # a sentence ending in a colon introduces this quote, whoever spoke before ("Er glaubt: „…“")
            introduced = si_o > 0 and toks[doc.sentences[si_o - 1].tok_end - 1].text == ":"
            ctxt = None if adjacent and not introduced else ctx.speakers.from_neighbours(si_o, si_c)
            if ctxt is not None:
                q.source, q.cue, q.continuation = ctxt[0], q.cue or ctxt[1], True
                q.weak = ctxt[1] is None
            elif prev_direct is not None and si_o - prev_direct_sent <= 2 and prev_direct.source:
                q.source, q.continuation = prev_direct.source, True
                q.cue = q.cue or prev_direct.cue
        quotes.append(q)
        for s in range(si_o, si_c + 1):
            direct_sents[s] = q
        prev_direct, prev_direct_sent = q, si_c
        i = group[-1] + 1

    # ----------------------------------------------------------------- indirect speech
    taken: set[int] = set()
    for q in quotes:
        for a, b in [*q.parts, *q.cue_spans, *([q.source] if q.source and not q.continuation else [])]:
            taken.update(range(ctx.tok_at(a), ctx.tok_at(b - 1) + 1))
    indirect: list[tuple[int, RawQuote]] = []
    for si, s in enumerate(doc.sentences):
        lo, hi = s.tok_start, s.tok_end
        for cue in sorted(cues_by_sent[si], key=lambda c: (c.kind != "verb", c.head)):
            if cue.head in taken or _reported_infinitive(ctx, cue, lo):
                continue
            found = _indirect_for_cue(ctx, cue, lo, hi, taken)
            if found is None:
                continue
            msg, src, extra = found
            if _words(toks, *msg) < 2 or any(k in taken for k in range(*msg) if k not in ctx.quoted):
                continue
            q = RawQuote(parts=[], kind="indirect", form="Indirect", cue=_cue_text(ctx, cue))
            q.cue_spans = _cue_spans(ctx, cue, extra)
            q.parts = _message_parts(ctx, msg, cue, src, extra)
            if src is not None:
                q.source = ctx.span(*src)
            if _unmarked_direct(ctx, cue, msg, lo):
                q.kind, q.form, q.inner = "direct", "Direct", [ctx.span(*msg)]
            taken.update(range(msg[0], msg[1]))
            taken.update(cue.toks)
            indirect.append((si, q))
    indirect.extend(_anaphoric_frames(ctx, cues_by_sent, {si for si, _q in indirect} | set(direct_sents), taken))
    indirect.sort(key=lambda r: r[0])
    # reported speech acts without a reported clause ("X kritisierte die Entscheidung")
    quoted_sents = {si for si, _q in indirect} | set(direct_sents)
    for si, s in enumerate(doc.sentences):
        if si in quoted_sents:
            continue
        lo, hi = s.tok_start, s.tok_end
        for cue in cues_by_sent[si]:
            if cue.kind != "verb" or cue.head in taken or cue.verb is None or cue.verb.lemma not in _SPEECH_ACTS:
                continue
            if any(toks[k].text.lower() in lex.non_speech_objects for k in range(lo, hi)):
                continue  # "Die Fluten forderten 100 Todesopfer": no speech act
            passive_aux = _PASSIVE_AUX | _STATIVE_AUX
            participle = toks[cue.head].xpos == "VVPP" or _passive(toks, lo, cue)
            if participle and any(toks[k].text.lower() in passive_aux for k in range(lo, cue.head)):
                # "wurde kritisiert": no speaker in the subject, but maybe a "von" agent
                src = _passive_agent(toks, lo, hi, cue, lex)
            else:
                start = lo + 1 if toks[lo].text.lower() in _FOCUS and hi - lo > 3 else lo  # "Auch X kritisierte"
                anchor = _finite_before(toks, start, cue.head)  # "Die CDU hatte … gefordert": the auxiliary
                src = np_before(toks, start, anchor, lex)
                if src is not None and anchor + 1 < hi and toks[anchor + 1].text in {"er", "ich", "wir"}:
                    src = (anchor + 1, anchor + 2)  # "Nähere Einzelheiten gab er nicht bekannt"
                wide = prefield_np(toks, lo, anchor, lex) if src is not None and src[0] < anchor else None
                if wide is not None and wide[0] <= src[0] and src[1] <= wide[1]:
                    src = wide  # the whole prefield: "Der Sprecher der Behörde für X, Y, kritisierte"
                src = src or _subject_after(ctx, cue, lo, hi)
            if src is None or toks[src[0]].text.lower() in _OBJECT_LEADS | _FIRST_PERSON or _bare_word(toks, src, lex):
                continue  # no subject, an object, or a bare adverbial ("Glücklicherweise", "Schneller")
            a, b = _strip(toks, lo, hi, keep_final=True)
            q = RawQuote(parts=[ctx.span(a, b)], kind="reported", form="Reported", cue=_cue_text(ctx, cue))
            q.source = ctx.span(*src)
            indirect.append((si, q))
            taken.update(range(a, b))
            break
    # subjunctive continuation over the following sentences
    conts: list[RawQuote] = []
    by_sent = {si: q for si, q in indirect}
    for si, q in direct_sents.items():
        if q.source is not None and si not in by_sent and (si + 1 not in direct_sents):
            by_sent[si] = q
    for si, q in sorted(by_sent.items()):
        if q.source is None:
            continue
        nxt = si + 1
        while nxt < len(doc.sentences) and nxt not in by_sent and nxt not in direct_sents and nxt not in quoted_sents:
            s = doc.sentences[nxt]
            lo, hi = s.tok_start, s.tok_end
            # a cue in Konjunktiv I is itself reported ("Er erwarte ernsthafte Gespräche"): the report goes on
            own_cue = any(
                not (c.kind == "verb" and is_konj1(toks[c.head], lex)) and not _reported_infinitive(ctx, c, lo)
                for c in cues_by_sent[nxt]
            )
            if own_cue or any(i in taken for i in range(lo, hi)) or _own_person_subject(ctx, lo, hi):
                break
            if not any(is_konj1(toks[k], lex) for k in range(lo, hi)) and (
                # Konjunktiv II is also hypothetical narration: it continues a report within its paragraph only
                "\n\n" in doc.text[doc.sentences[nxt - 1].end : s.start]
                or not any(_konj2_report(toks[k], lex) for k in range(lo, hi))
            ):
                break
            a, b = _strip(toks, lo, hi, keep_final=True)
            if a >= b:
                break
            if conts and conts[-1].source == q.source and nxt > si + 1:
                conts[-1].parts[-1] = (conts[-1].parts[-1][0], ctx.span(a, b)[1])
                nxt += 1
                continue
            conts.append(
                RawQuote(
                    parts=[ctx.span(a, b)],
                    kind="indirect",
                    form="IndirectFreeIndirect",
                    cue=q.cue,
                    cue_spans=[],
                    source=q.source,
                    continuation=True,
                )
            )
            nxt += 1
    quotes.extend(q for _, q in indirect)
    quotes.extend(conts)
    quotes.extend(_orphan_reports(ctx, cues_by_sent, by_sent, direct_sents, quoted_sents, conts, taken))
    _mark_mixed(ctx, quotes, fragments, pairs, cue_index)
    quotes.sort(key=lambda q: (q.parts[0][0], q.parts[-1][1]))
    _prefer_previous_report(ctx, quotes)
    _prefer_cited_source(ctx, quotes, cue_index)
    _inherit_speakers(ctx, quotes)
    _share_cue_source(quotes)
    for q in quotes:
        if q.source is not None:
            q.source = _trim_source(ctx, _extend_to_mention(ctx, q.source))
        _add_auxiliary(ctx, q)
        said = q.speaker_source or q.source
        anaphor = said is not None and said in q.cue_spans  # "Demnach": no mention to read
        q.speaker = ctx.speakers.speaker_for(said, _plural_cue(ctx, q)) if said and not anaphor else None
    # a quoted name that is the source of a report ("Wie „heise online“ berichtet, …") is not a statement
    sources = [q.source for q in quotes if q.source is not None]
    quotes = [q for q in quotes if not any(a <= q.parts[0][0] and q.parts[-1][1] <= b for a, b in sources)]
    quotes.sort(key=lambda q: (q.parts[0][0], q.parts[-1][1]))
    return quotes


_SOURCE_LEAD = frozenset({"auch", "einzig", "insbesondere", "sogar", "nur", "gerade", "selbst", "ebenso", "ebenfalls"})
_SOURCE_TAIL = frozenset(
    {"heute", "gestern", "morgen", "vorgestern", "bereits", "zuvor", "erneut", "nun", "jetzt", "damals"}
)


_KONJ_MODALS = frozenset("müsse müssen könne dürfe solle wolle sei seien werde".split())


def _reported_infinitive(ctx: _Ctx, cue: Cue, lo: int) -> bool:
    """An infinitive cue under a Konjunktiv modal is itself reported content, not a report
    ("So müsse die Regierung dem Einsatz zustimmen", "sei als Beleg zu bewerten")."""
    toks = ctx.toks
    if cue.kind != "verb" or toks[cue.head].xpos not in {"VVINF", "VVIZU"}:
        return False
    start = _clause_start(toks, lo, cue.head)
    return any(toks[k].text.lower() in _KONJ_MODALS for k in range(start, cue.head))


def _negated(toks: Sequence[Token], a: int, b: int) -> bool:
    """The frame clause starting at ``a`` (up to ``b`` or its first comma or dash) negates its speech verb
    ("sagte er nicht", "wollte nicht sagen"); a later clause ("…, auch wenn nicht klar ist") does not count."""
    for k in range(a, b):
        if toks[k].text in {",", ";", ":", "–", "—"}:
            return False
        if toks[k].xpos == "PTKNEG" or toks[k].text.lower() in {"nicht", "nie", "niemals"}:
            return True
    return False


def _verb_second(toks: Sequence[Token], comp: int, end: int) -> bool:
    """A main clause starts at ``comp``: a finite verb in second position after a noun phrase or pronoun
    of at most six words ("die Lage ist ruhig", "Russland werde …")."""
    for k in range(comp + 1, min(end, comp + 7)):
        if toks[k].xpos in _FINITE:
            return all(pos(t) in {"DET", "ADJ", "NOUN", "PROPN", "PRON", "NUM"} for t in toks[comp:k])
        if is_punct(toks[k]):
            return False
    return False


def _cut_coordinated_main(ctx: _Ctx, msg: tuple[int, int]) -> tuple[int, int]:
    """A reported clause ends where the frame's subject goes on with a verb of its own in the indicative
    ("X erklärte, es sei nichts geschehen, | und verglich die Lage mit …")."""
    toks, lex = ctx.toks, ctx.lex
    a, b = msg
    for k in range(a + 2, b - 1):
        if k in ctx.quoted or toks[k].text.lower() not in {"und", "sowie", "and"}:
            continue
        verb = toks[k + 1]
        finite = verb.xpos in _FINITE or (
            verb.xpos in {"ADJD", "ADV"} and verb.text.islower() and _past_verb_form(verb.text, lex.lang)
        )  # "und verglich", tagged as an adjective
        if finite and not is_subjunctive(verb, lex) and not is_konj1(verb, lex):
            return _strip(toks, a, k)
    return msg


def _past_verb_form(word: str, lang: str) -> bool:
    """An inflected verb form by its dictionary lemma ("verglich" -> "vergleichen")."""
    import simplemma

    lemma = simplemma.lemmatize(word, lang=lang)
    return lemma != word and lemma.endswith(("en", "ern", "eln")) and lemma[:1].islower()


def _trim_source(ctx: _Ctx, src: tuple[int, int]) -> tuple[int, int]:
    """Drop what is not the source noun phrase: commas and dashes at the end ("Nach Ansicht der
    Staatsanwaltschaft, …"), a leading focus particle or verb ("Auch X", "starben Angaben zufolge"),
    a trailing time adverb ("die Agentur ANSA gestern")."""
    toks = ctx.toks
    a, b = ctx.tok_at(src[0]), ctx.tok_at(src[1] - 1)
    while b > a and toks[b].text in {",", ";", ":", "–", "—", "-"}:
        b -= 1
    while b > a and (
        toks[a].text.lower() in _SOURCE_LEAD
        or pos(toks[a]) in {"VERB", "AUX"}
        or (toks[a].xpos in _FINITE and toks[a].text[:1].islower())  # "entstammen Zeitungsberichten zufolge"
    ):
        a += 1
    if b > a + 1 and toks[a].xpos in {"PDS", "ART"} and toks[a + 1].xpos in _FINITE:
        a += 2  # "Das erklärte General X": the anaphor and the verb are not the source
    while b > a and toks[b].text.lower() in _SOURCE_TAIL:
        b -= 1
    return (toks[a].start, toks[b].end) if b >= a else src


def _indirect_for_cue(
    ctx: _Ctx, cue: Cue, lo: int, hi: int, taken: set[int]
) -> tuple[tuple[int, int], tuple[int, int] | None, tuple[int, ...]] | None:
    """Message token range, source token range and extra cue tokens for one cue, or None."""
    toks, lex = ctx.toks, ctx.lex
    end = hi
    while end > lo and toks[end - 1].text in PUNCT_END:
        end -= 1
    subject_first = (
        cue.kind == "verb"
        and (
            _is_subject_region(toks, lo, cue.head - 1, lex)
            or _relative_subject(toks, lo, cue.head - 1, lex)
            or toks[lo].text.lower() in {"wie", "as"}  # "Wie X, Sprecher von Y, erklärte, …": the wie frame decides
            or _final_wie_frame(toks, lo, cue, end)
            or (cue.head - 1 > lo and not any(pos(t) in {"VERB", "AUX"} for t in toks[lo : cue.head - 1]))  # no clause
        )
    )
    comma, extra = cue.head - 1, ()
    if cue.kind == "verb" and cue.head - 2 > lo and toks[cue.head - 1].text.lower() == "so":
        if toks[cue.head - 2].text == ",":  # "…, so betonte der Minister."
            comma, extra, subject_first = cue.head - 2, (cue.head - 1,), False
    # "hatte X, Sprecher von Y, erklärt, …": a verb between two commas, with no subject after it, closes
    # its own clause (complement-first frames have one: "Man werde prüfen, betonte sie")
    verb_final = (
        cue.kind == "verb"
        and comma == cue.head - 1
        and max(cue.toks) == cue.head
        and (cue.head + 1 >= end or toks[cue.head + 1].text in {",", ":"})
    )
    # "Während X erklärte, …, forderte Y": an adverbial clause before the comma is no reported complement
    adverbial = toks[lo].text.lower() in _SUBORDINATORS and toks[lo].text.lower() != "ob"
    if (
        cue.kind in {"verb", "so", "heisst"}
        and cue.head > lo
        and toks[comma].text == ","
        and not subject_first
        and not verb_final
        and not adverbial
    ):
        # complement first: "Man werde prüfen, betonte sie." / ", so X." / ", hieß es."
        if comma - 1 in ctx.quoted:
            return None
        msg = _strip(toks, lo, comma)
        if any(i in taken for i in range(*msg)) or _negated(toks, comma + 1, end):
            return None  # "Ob sie weitergehen sollten, sagte er nicht.": nothing was said
        if cue.kind == "heisst":
            return (msg, _heisst_source(toks, lo, cue.head, lex), ()) if _words(toks, *msg) >= 3 else None
        j = cue.head + 1
        while j < end and toks[j].text.lower() in {"sich", "es"}:
            j += 1
        src = _open_apposition(toks, np_after(toks, j, end, lex), end, lex)
        if src is not None and toks[src[0]].text.lower() in _OBJECT_LEADS:
            src = None
        if src is not None and src[1] + 1 < end and toks[src[1]].text == "," and _words(toks, src[1] + 1, end) >= 3:
            whole = _strip(toks, lo, end)  # a parenthetical frame: "Dennoch, so Nacke, habe er …"
            if not any(i in taken for i in range(*whole)):
                return whole, src, extra
        if _words(toks, *msg) < 3:
            return None
        if src is None and cue.kind == "verb":
            subj = np_before(toks, lo, comma, lex)
            if subj is not None and subj[1] >= comma - 1:
                src = None  # "X, Y, erklärte, ..." : the part before the comma is the subject
            else:
                return msg, None, extra
        if src is not None:
            return msg, src, extra
    if cue.kind == "verb":
        # "Wie X mitteilte, ..." : the source sits between "wie" and the cue
        wie = next(
            (k for k in range(cue.head - 1, max(lo, cue.head - 25) - 1, -1) if toks[k].text.lower() in {"wie", "as"}),
            None,
        )
        if wie is not None and (wie == lo or toks[wie - 1].text == "," or toks[wie].text[:1].isupper()):
            stop = max(cue.toks) + 1
            final = stop >= end and wie > lo and toks[wie - 1].text == ","  # "…, wie X, Chef von Y, mitteilte."
            if (stop < end and toks[stop].text == ",") or final:
                j = wie + 1
                while j < cue.head - 1 and (toks[j].text.lower() in lex.adverbs or toks[j].text.lower() in _FOCUS):
                    j += 1  # "Wie schon die WHO sagte"
                if j + 2 < cue.head and toks[j].text.lower() == "sich" and toks[j + 1].text.lower() == "aus":
                    j += 2  # "Wie sich aus der Auswertung der Ermittler ergab"
                src = np_after(toks, j, cue.head, lex)
                if src is not None:  # "Wie die Zeitung in ihrer Onlineausgabe berichtet": the whole middle field
                    stop_src = min(cue.toks)
                    while stop_src > src[1] and (toks[stop_src - 1].xpos in _FINITE or toks[stop_src - 1].text == ","):
                        stop_src -= 1
                    src = (src[0], stop_src)
                if wie == lo or toks[wie].text[:1].isupper():
                    msg = _strip(toks, stop + 1, end)
                else:
                    msg = _strip(toks, lo, wie)
                if _words(toks, *msg) >= 3 and not any(i in taken for i in range(*msg)):
                    return msg, src, (wie,)
        if cue.verb is not None and cue.verb.lemma in _OBJECT_CUES:
            # "sprach von einem „nützlichen Treffen“" / "bezeichnete die Gespräche als schwierig"
            start = cue.head + 1
            if start >= end or is_punct(toks[start]):
                return None  # verb-final ("hat ... als „erfolglos“ bezeichnet"): the fragment rule decides
            if cue.verb.lemma == "sprechen":
                if toks[cue.head].xpos == "VVPP" or toks[cue.head].text.lower().startswith("ge"):
                    return None
                start = next(
                    (k for k in range(cue.head + 1, min(end, cue.head + 5)) if toks[k].text.lower() == "von"), end
                )
            stop = start
            while stop < end and (toks[stop].text not in {",", ";", ":"} or stop in ctx.quoted):
                stop += 1
            if stop < end and toks[stop].text == "," and stop + 1 < end and toks[stop + 1].text.lower() in _RELATIVE:
                stop = end  # keep a relative clause attached to the reported phrase
            msg = _strip(toks, start, stop)
            if _words(toks, *msg) >= 2 and not any(i in taken for i in range(*msg)):
                return msg, _source_for_verb(ctx, cue, lo, hi, _clause_start(toks, lo, cue.head)), ()
            return None
    if cue.kind in {"verb", "heisst"}:
        # cue, then complement: "X sagte, (dass) ..." / "X forderte Y auf, ... zu ..." / "X said that ..."
        k = max(cue.toks) + 1
        if cue.kind == "verb" and np_before(toks, _clause_start(toks, lo, cue.head), cue.head, lex) is None:
            # the subject follows the verb; its apposition commas are not the complement's comma
            j = k
            while j < end and toks[j].text.lower() in {"sich", "es"}:
                j += 1
            after = np_after(toks, j, end, lex)
            if after is not None and any(toks[x].text == "," for x in range(*after)):
                k = after[1]
        if k < end and toks[k].text.lower() in {"dass", "daß", "that"} and k - 1 == cue.head and cue.kind == "verb":
            msg = _strip(toks, k, end)
            if not any(i in taken for i in range(*msg)):
                return msg, _source_for_verb(ctx, cue, lo, k, lo), ()
        while k < end and toks[k].text not in {",", ":"} and k - cue.head <= 15:
            if k in taken or (k in ctx.cue_heads and k > max(cue.toks)):
                return None  # "wies X zurück und erklärte, …": the complement is the second verb's
            if k in ctx.quoted:  # a quoted name ("sagte der „Berliner Zeitung“") is skipped over
                o, c = ctx.pair_tok[ctx.quoted[k]]
                k = c + 1
                continue
            k += 1
        if k >= end or toks[k].text not in {",", ":"} or _negated(toks, _clause_start(toks, lo, cue.head), k):
            return None  # "Er sagte nicht, ob …"
        comp = k + 1
        if comp >= end:
            return None
        first = toks[comp].text.lower()
        if toks[k].text == "," and toks[comp].xpos in _FINITE:
            return None  # "Beiträge, die gemeldet wurden, sollten …": the main clause goes on, no complement
        if toks[k].text == "," and first in _ADVERBIAL_LEADS:
            return None  # "forderten X, um den Weg freizumachen", "…, nachdem er verschwunden war": no complement
        ok = toks[k].text == ":" or first in _COMPLEMENTIZERS
        if not ok:
            window = range(comp, min(end, comp + 10))
            ok = any(is_subjunctive(toks[w], lex) for w in window)
            if not ok:
                ok = any(_zu_infinitive(toks[w]) for w in range(comp, end))
            if not ok and cue.verb is not None and cue.verb.lemma in _SAY_VERBS:
                # an indicative clause after a verb of saying ("Er sagte, die Lage ist ruhig"): a verb-second
                # clause, a subject followed by its finite verb within a few words
                ok = _verb_second(toks, comp, end)
        if not ok:
            return None
        msg, frame_src = _cut_trailing_frame(ctx, _cut_coordinated_main(ctx, _strip(toks, comp, end)))
        msg = _before_taken(ctx, msg, taken)
        if msg is None:
            return None
        if cue.kind == "heisst":
            return msg, _heisst_source(toks, lo, cue.head, lex), ()
        clause_start = _clause_start(toks, lo, cue.head)
        src = _source_for_verb(ctx, cue, lo, k, clause_start)
        if _is_person(ctx, frame_src) and not _is_person(ctx, src):
            src = frame_src  # "Moskau warnte, dass …, wie Peskow erklärte": the person who said it
        fin = _finite_before(toks, clause_start, cue.head)
        return msg, src, ((fin,) if fin != cue.head and (src is None or not src[0] <= fin < src[1]) else ())
    if cue.kind == "nach" and toks[cue.head + 1].text.lower() in {"denen", "welchem", "welcher", "welchen"}:
        # "…, nach denen 72 Prozent die Verfassung ablehnen": the relative pronoun stands for the source
        msg = _strip(toks, cue.head + 2, end)
        if _words(toks, *msg) < 3 or any(i in taken for i in range(*msg)):
            return None
        return msg, (cue.head + 1, cue.head + 2), ()
    if cue.kind in {"prep", "nach"}:
        src = (name_after if cue.kind == "prep" and _NAME_AFTER else np_after)(toks, max(cue.toks) + 1, end, lex)
        if src is None:
            return None
        src = _prefield(toks, cue, lo, end, src)
        start = _clause_start(toks, lo, cue.first)
        return _around(toks, start, end, cue.first, src[1]), src, ()
    if cue.kind == "adv":
        msg = _strip(toks, cue.head + 1, end)
        src = _np_ending_at(toks, lo, cue.head - 1, lex) if cue.head > lo and toks[cue.head - 1].text == "," else None
        # "Demnach …": the adverb itself stands for the source named before (an anaphor, as SpkAtt marks it)
        return msg, src or (cue.head, cue.head + 1), ()
    if cue.kind == "postnach":
        src = _np_ending_at(toks, lo, cue.head, lex)
        if src is not None and cue.head - 2 >= src[0] and toks[cue.head - 2].text.lower() in _POSSESSIVE_DET:
            src = (cue.head - 2, cue.head)  # "seiner Ansicht nach"
        if src is None:
            return None
        return _around(toks, lo, end, src[0], cue.head + 1), src, ()
    if cue.kind == "post" and cue.head - 1 > lo and toks[cue.head - 1].text.lower() in {"denen", "dem", "der"}:
        if toks[cue.head - 2].text == ",":  # "Grundsätzen, denen zufolge …": the relative pronoun
            msg = _strip(toks, cue.head + 1, end)
            if _words(toks, *msg) >= 3 and not any(i in taken for i in range(*msg)):
                return msg, (cue.head - 1, cue.head), ()
    if cue.kind == "post":
        best = None
        for s in range(cue.head - 1, max(lo, cue.head - 10) - 1, -1):
            span = np_after(toks, s, cue.head, lex)
            if span is not None and span[1] == cue.head:
                best = span
        if best is None:
            return None
        return _around(toks, lo, end, best[0], cue.head + 1), best, ()
    return None


def _orphan_reports(
    ctx: _Ctx,
    cues_by_sent: list[list[Cue]],
    by_sent: dict[int, RawQuote],
    direct_sents: dict[int, RawQuote],
    quoted_sents: set[int],
    conts: list[RawQuote],
    taken: set[int],
) -> list[RawQuote]:
    """Konjunktiv I sentences with no cue of their own ("Der Iran streitet dies ab. Sein Programm
    diene der Forschung."): reported speech whose source is the previous sentence's subject."""
    doc, toks, lex = ctx.doc, ctx.toks, ctx.lex
    covered = {k for q in conts for a, b in q.parts for k in range(doc.sentence_of(a), doc.sentence_of(b - 1) + 1)}
    reports = sorted(
        [(si, q.source) for si, q in by_sent.items()]
        + [(doc.sentence_of(q.parts[0][0]), q.source) for q in conts]
        + [(si, q.source) for si, q in direct_sents.items()],
        key=lambda r: r[0],
    )
    out: list[RawQuote] = []
    prev: RawQuote | None = None
    prev_si = -5
    for si, s in enumerate(doc.sentences):
        if si in by_sent or si in direct_sents or si in quoted_sents or si in covered or cues_by_sent[si]:
            continue
        lo, hi = s.tok_start, s.tok_end
        if any(k in taken for k in range(lo, hi)):
            continue  # quoted fragments may sit inside; statements (direct quotes) may not
        hearsay = _hearsay(toks, lo, hi) or (
            _SOLL_REACH > 0
            and _reportive_soll(toks, lo, hi)
            and any(si - _SOLL_REACH <= r[0] < si and r[1] is not None for r in reports)
        )
        if not hearsay and not any(is_konj1(toks[k], lex) for k in range(lo, hi)):
            continue
        a, b = _strip(toks, lo, hi, keep_final=True)
        if _words(toks, a, b) < 4:
            continue
        if prev is not None and prev_si == si - 1 and (prev.form == "FreeIndirect") == hearsay:
            prev.parts[-1] = (prev.parts[-1][0], ctx.span(a, b)[1])
            prev_si = si
            continue
        form = "FreeIndirect" if hearsay else "IndirectFreeIndirect"
        q = RawQuote(parts=[ctx.span(a, b)], kind="indirect", form=form, continuation=True)
        recent = [r for r in reports if si - _REPORT_REACH <= r[0] < si and r[1] is not None]
        # (the sentence's own subject, the previous sentence's subject and a report three sentences back
        # were tried as sources too: on SpkAtt train each was wrong more often than right)
        if recent:
            q.source = recent[-1][1]  # the speaker of a report just before goes on talking
        elif hearsay:
            pass  # "Er soll … haben": hearsay names no speaker unless a report comes right before
        elif si > 0 and not doc.mentions:
            p = doc.sentences[si - 1]  # no names known: the subject of the previous sentence
            fin = next((k for k in range(p.tok_start, p.tok_end) if toks[k].xpos in _FINITE), None)
            if fin is not None:
                src = np_before(toks, p.tok_start, fin, lex) or np_after(toks, fin + 1, p.tok_end, lex)
                if src is not None:
                    q.source = ctx.span(*src)
        if q.source is None and si > 0 and not hearsay and cues_by_sent[si - 1]:
            # the previous sentence holds a cue that framed no report of its own ("Der Iran streitet
            # dies ab. Sein Programm diene …", "X spekulierte über Y. So sei …"): its subject goes on.
            # Without such a cue the previous subject was wrong more often than right on SpkAtt train.
            p = doc.sentences[si - 1]
            src = _first_clause_subject(ctx, p.tok_start, p.tok_end)
            if src is not None:
                q.source = ctx.span(*src)
        if q.source is None and si > 0 and not hearsay:
            prev_sent = doc.sentences[si - 1]
            people = [m for m in ctx.speakers.mentions_in(prev_sent.start, prev_sent.end) if m.type == "PER"]
            if people:
                q.source = ctx.speakers.noun_phrase_of(people[0])  # "Für Kadri Liik ist es klar, ..."
        out.append(q)
        prev, prev_si = q, si
    return out


def _own_person_subject(ctx: _Ctx, lo: int, hi: int) -> tuple[int, int] | None:
    """The sentence opens with a subject naming a person ("Der Minister Alexander Grushko, ...,
    schien der Meinung, dass ..."): that person, not the previous speaker, is the source."""
    toks = ctx.toks
    low = toks[lo].text.lower() if lo < hi else ""
    if low in ctx.lex.adverbs or pos(toks[lo]) in {"ADP", "ADV", "SCONJ", "CCONJ"}:
        return None
    src = np_after(toks, lo, hi, ctx.lex, sent_start=lo)
    if src is None:
        return None
    if any(m.type == "PER" for m in ctx.speakers.mentions_in(*ctx.span(*src))):
        return src
    return None


def _reportive_soll(toks: Sequence[Token], lo: int, hi: int) -> bool:
    """A finite present "soll"/"sollen" outside questions: what others say is planned or claimed
    ("Auch die Verantwortlichen sollen bestraft werden"); counted only right after a report."""
    if hi > lo and toks[hi - 1].text == "?":
        return False
    return any(
        toks[k].text.lower() in {"soll", "sollen"} and pos(toks[k]) in {"AUX", "VERB", ""} for k in range(lo, hi)
    )


def _hearsay(toks: Sequence[Token], lo: int, hi: int) -> bool:
    """Reportive "sollen" with a perfect infinitive: "Er soll den Tätern geholfen haben"."""
    modal = any(toks[k].text.lower() in {"soll", "sollen"} for k in range(lo, hi))
    if not modal:
        return False
    end = hi
    while end > lo and is_punct(toks[end - 1]):
        end -= 1
    return end - lo >= 3 and toks[end - 1].text.lower() in {"haben", "sein"} and pos(toks[end - 2]) in {"VERB", "AUX"}


def _first_clause_subject(ctx: _Ctx, lo: int, hi: int) -> tuple[int, int] | None:
    """The subject of the first clause of the sentence ``[lo, hi)``: its prefield, else the noun phrase
    right after the finite verb ("Nach dem Treffen trat Sergej Rjabkow vor die Presse.")."""
    toks, lex = ctx.toks, ctx.lex
    fin = next((k for k in range(lo, hi) if toks[k].xpos in _FINITE), None)
    if fin is None or fin == lo:
        return None
    subject = prefield_np(toks, lo, fin, lex) or np_before(toks, lo, fin, lex)
    return subject or _subject_after(ctx, Cue("verb", fin, (fin,)), lo, hi)


def _is_sentence_subject(ctx: _Ctx, span: tuple[int, int]) -> bool:
    """The character span lies in the subject of its sentence's first clause."""
    a, b = ctx.tok_at(span[0]), ctx.tok_at(span[1] - 1) + 1
    _si, lo, hi = ctx.sent_bounds(a)
    subject = _first_clause_subject(ctx, lo, hi)
    return subject is not None and subject[0] < b and a < subject[1]


def _prefer_previous_report(ctx: _Ctx, quotes: list[RawQuote]) -> None:
    """A frameless direct quote whose source was only guessed from a person named in the previous
    sentence continues the report of that sentence instead ("..., wie Peskow erklärte. „…“": Peskow,
    not the person the report is about). Without such a report, a person merely named there, not the
    sentence's subject, is dropped: on SpkAtt train that guess was right one time in five."""
    doc = ctx.doc
    for qi, q in enumerate(quotes):
        if not q.weak:
            continue
        first = doc.sentence_of(q.parts[0][0])
        for prev in reversed(quotes[:qi]):
            last = doc.sentence_of(prev.parts[-1][1] - 1)
            if last < first - 1:
                break
            if prev.source is not None and not prev.weak and prev.kind != "reported" and last >= first - 1:
                q.source, q.cue, q.weak = prev.source, q.cue or prev.cue, False
                break
        if q.weak and q.kind == "direct" and q.source is not None and not _is_sentence_subject(ctx, q.source):
            q.source, q.continuation = None, False  # better unattributed than wrongly attributed


_CITING = frozenset({"prep", "post", "nach"})  # not "seiner Ansicht nach": often attributive


def _prefer_cited_source(ctx: _Ctx, quotes: list[RawQuote], cues: dict[int, Cue]) -> None:
    """A speech verb reported through a cited outlet ("Laut CNN hat der Minister verkündet, …",
    "„…“, sagte Raab laut Spiegel Online"): the outlet is the surface source of the statement as a
    whole (SpkAtt annotates the verb's report as nested inside it); the speaker stays the verb's
    subject (``speaker_source``), and the cue stays the verb."""
    toks = ctx.toks
    for q in quotes:
        if q.continuation or not q.cue_spans or q.kind == "reported":
            continue
        head = next((ctx.tok_at(a) for a, _b in q.cue_spans if ctx.tok_at(a) in cues), None)
        if head is None or cues[head].kind != "verb":
            continue
        _si, lo, hi = ctx.sent_bounds(head)
        inside = {k for a, b in q.parts for k in range(ctx.tok_at(a), ctx.tok_at(b - 1) + 1)}
        for cite in (c for i, c in sorted(cues.items()) if lo <= i < hi and c.kind in _CITING):
            a, b = min(cite.first, head), max(max(cite.toks), head)
            if any(k in inside or toks[k].text in {",", ";", ":"} for k in range(a, b + 1)):
                continue  # the citation belongs to the message or to another clause
            end = next((k for k in range(max(cite.toks) + 1, hi) if is_punct(toks[k]) or k in inside), hi)
            if cite.kind == "prep":
                src = name_after(toks, max(cite.toks) + 1, end, ctx.lex)
            elif cite.kind == "nach":
                src = np_after(toks, cite.head + 1, end, ctx.lex)
            else:
                src = _np_ending_at(toks, lo, cite.head, ctx.lex)
            if src is None or src[0] <= head < src[1]:
                continue
            q.speaker_source, q.source = q.source, ctx.span(*src)
            break


def _inherit_speakers(ctx: _Ctx, quotes: list[RawQuote]) -> None:
    """A direct quote with no frame and no neighbour speaker continues the latest report that
    ended at most two sentences before it ("..., sagte Stoltenberg. [...] „Niemand hat ...“")."""
    doc = ctx.doc
    last: tuple[int, tuple[int, int]] | None = None
    for q in quotes:
        first = doc.sentence_of(q.parts[0][0])
        if q.kind == "direct" and q.source is None and q.cue is None and last is not None and first - last[0] <= 2:
            q.source, q.continuation = last[1], True
        if q.source is not None and q.kind != "reported":
            last = (doc.sentence_of(q.parts[-1][1] - 1), q.source)


def _share_cue_source(quotes: list[RawQuote]) -> None:
    """Quotes framed by the same cue have the same source: in "Schon die Tatsache, dass …, nennt X
    „ein positives Signal“" the quoted fragment is X's too."""
    by_cue: dict[tuple[int, int], tuple[int, int]] = {}
    for q in quotes:
        if q.source is not None:
            for c in q.cue_spans:
                by_cue.setdefault(c, q.source)
    for q in quotes:
        if q.source is None:
            q.source = next((by_cue[c] for c in q.cue_spans if c in by_cue), None)


def _add_auxiliary(ctx: _Ctx, q: RawQuote) -> None:
    """A participle cue takes its finite auxiliary into the cue ("hatte ... betont")."""
    if not q.cue_spans:
        return
    toks = ctx.toks
    head = ctx.tok_at(q.cue_spans[0][0])
    if toks[head].xpos not in {"VVPP", "VAPP"}:
        return
    taken = {ctx.span(head, head + 1)} | set(q.cue_spans)
    for k in range(head - 1, max(-1, head - 10), -1):
        if toks[k].text in {",", ";", ":", ".", "„", "“", '"'}:
            break
        if toks[k].xpos in {"VAFIN", "VMFIN"}:
            span = ctx.span(k, k + 1)
            inside = q.source is not None and q.source[0] <= span[0] < q.source[1]
            if span not in taken and not inside:
                q.cue_spans = sorted([*q.cue_spans, span])
            return


def _plural_cue(ctx: _Ctx, q: RawQuote) -> bool:
    """The cue verb is plural ("sagten", "wiesen ... zurück"): its pronoun subject is a group."""
    if not q.cue_spans:
        return False
    tok = ctx.toks[ctx.tok_at(q.cue_spans[0][0])]
    number = tok.feat("Number") if tok.morph else None
    if number is not None:
        return number == "Plur"
    return tok.text.lower().endswith("en") and not tok.text.lower().startswith("ge")


def _zu_infinitive(tok: Token) -> bool:
    low = tok.text.lower()
    return (
        low in {"zu", "to"}
        or tok.xpos == "VVIZU"
        or (len(low) > 6 and "zu" in low[2:-3] and low.endswith("en") and low.isalpha() and pos(tok) in {"VERB", ""})
    )


def _konj2_report(tok: Token, lex: CueLexicon) -> bool:
    """Konjunktiv II standing in for an ambiguous Konjunktiv I ("sie hätten", "er hätte")."""
    return tok.text.lower() in {"hätten", "hätte", "wären", "wäre", "würden", "würde"} and is_subjunctive(tok, lex)


def _np_ending_at(toks: Sequence[Token], lo: int, stop: int, lex: CueLexicon) -> tuple[int, int] | None:
    """The longest noun phrase that ends right before ``stop`` (searching at most 10 tokens back)."""
    best = None
    for s in range(stop - 1, max(lo, stop - 10) - 1, -1):
        span = np_after(toks, s, stop, lex)
        if span is not None and span[1] == stop:
            best = span
    return best


def _cut_trailing_frame(ctx: _Ctx, msg: tuple[int, int]) -> tuple[tuple[int, int], tuple[int, int] | None]:
    """End a message before a second attribution inside it (", wie Peskow erklärte", ", so X");
    also the source named in a ``wie`` frame (None when there is none)."""
    toks = ctx.toks
    a, b = msg
    for k in range(a + 2, b - 1):
        if toks[k].text != ",":
            continue
        nxt = k + 1
        if nxt in ctx.cue_heads:
            return _strip(toks, a, k), None
        if toks[nxt].text.lower() in {"wie", "as"}:
            stop = next((j for j in range(nxt + 1, b) if toks[j].text == ","), b)
            heads = [j for j in range(nxt + 1, stop) if j in ctx.cue_heads]
            if heads:
                return _strip(toks, a, k), np_after(toks, nxt + 1, heads[0], ctx.lex)
        if toks[nxt].text.lower() in _CONTRAST:
            # "…, doch X erklärte, …": a second speaker's report starts here
            stop = next((j for j in range(nxt + 1, b) if toks[j].text == ","), b)
            if any(j in ctx.cue_heads for j in range(nxt + 1, min(stop, nxt + 10))):
                return _strip(toks, a, k), None
    return msg, None


def _anaphoric_frames(
    ctx: _Ctx, cues_by_sent: list[list[Cue]], used: set[int], taken: set[int]
) -> list[tuple[int, RawQuote]]:
    """Anaphoric frames: "Dies bestätigte X am Abend." makes the previous sentence X's statement
    (indirect); "MSG, das teilte X mit." the part before the comma."""
    doc, toks = ctx.doc, ctx.toks
    out: list[tuple[int, RawQuote]] = []
    for si, s in enumerate(doc.sentences):
        # "MSG, das teilte X mit."
        lo, hi = s.tok_start, s.tok_end
        if si in used:
            continue
        for cue in cues_by_sent[si]:
            h = cue.head
            if cue.kind != "verb" or h - 2 <= lo or toks[h - 1].text.lower() not in _ANAPHORIC_LEADS:
                continue
            if toks[h - 2].text != "," or h in taken:
                continue
            a, b = _strip(toks, lo, h - 2)
            src = np_after(toks, _skip_fillers(ctx, h + 1, hi), hi, ctx.lex)
            if src is None or _words(toks, a, b) < 4 or any(k in taken for k in range(a, b)):
                continue
            used.add(si)
            out.append((si, _anaphoric_quote(ctx, cue, a, b, src, taken)))
            break
    for si in range(1, len(doc.sentences)):
        s, prev = doc.sentences[si], doc.sentences[si - 1]
        lo, hi = s.tok_start, s.tok_end
        if si in used or si - 1 in used or hi - lo < 3 or toks[lo].text.lower() not in _ANAPHORIC_LEADS:
            continue
        cue = next((c for c in cues_by_sent[si] if c.kind == "verb" and c.head == lo + 1), None)
        if cue is None or cue.head in taken or any(k in taken for k in range(prev.tok_start, prev.tok_end)):
            continue
        if cue.verb is not None and cue.verb.lemma in ctx.lex.denials:
            continue  # "Dies weist der Kreml zurück": the previous sentence is what is denied, not what was said
        j = _skip_fillers(ctx, lo + 2, hi)
        if j < hi and toks[j].text.lower() in _HEISST_PREPS:
            j += 1  # "Dies geht aus einer Mitteilung des Konzerns hervor."
        src = np_after(toks, j, hi, ctx.lex)
        a, b = _strip(toks, prev.tok_start, prev.tok_end, keep_final=True)
        if src is None or _words(toks, a, b) < 4:
            continue
        out.append((si - 1, _anaphoric_quote(ctx, cue, a, b, src, taken)))
    return out


def _skip_fillers(ctx: _Ctx, j: int, hi: int) -> int:
    """First token from ``j`` that is not "sich"/"es" or an adverb (the source NP starts there)."""
    toks = ctx.toks
    while j < hi and (toks[j].text.lower() in {"sich", "es"} or toks[j].text.lower() in ctx.lex.adverbs):
        j += 1
    return j


def _anaphoric_quote(ctx: _Ctx, cue: Cue, a: int, b: int, src: tuple[int, int], taken: set[int]) -> RawQuote:
    """An indirect quote of tokens a..b reported by a "dies/das"-led cue clause; marks its tokens taken."""
    q = RawQuote(parts=[ctx.span(a, b)], kind="indirect", form="Indirect", cue=_cue_text(ctx, cue))
    q.cue_spans = _cue_spans(ctx, cue)
    q.source = ctx.span(*src)
    taken.update(range(a, b))
    taken.update(cue.toks)
    return q


def _subject_after(ctx: _Ctx, cue: Cue, lo: int, hi: int) -> tuple[int, int] | None:
    """Verb-second with a fronted adverbial ("Seit Jahren fordert der Staat die Rückgabe"): the
    subject right after the finite cue, accepted only when it names a person or organisation."""
    toks = ctx.toks
    if cue.head == lo or toks[cue.head].xpos not in _FINITE:
        return None
    fronted = pos(toks[lo]) in {"ADP", "ADV", "NUM"} or toks[lo].xpos == "KOKOM"  # "Als Grund nannte X …"
    if not fronted or any(is_punct(toks[k]) for k in range(lo, cue.head)):
        return None
    j = cue.head + 1
    if j < hi and toks[j].text in _SUBJECT_PRONOUNS - _FIRST_PERSON:
        return (j, j + 1)  # "So kritisierte er …"
    if not ctx.doc.mentions:
        return None
    while j < hi and toks[j].text.lower() in ctx.lex.adverbs:
        j += 1
    src = np_after(toks, j, hi, ctx.lex)
    if src is None or ctx.speakers.is_pronoun(ctx.span(*src)):
        return None
    definite = toks[src[0]].text.lower() in {"der", "die", "das"} and src[1] - src[0] >= 2
    if not definite and not ctx.speakers.has_actor(ctx.span(*src)):
        return None  # "Seit Jahren fordert der Staat …": a definite subject or a named actor
    return src


def _before_taken(ctx: _Ctx, msg: tuple[int, int], taken: set[int]) -> tuple[int, int] | None:
    """A message that runs into a statement found before (a direct quote) ends before it, and
    before a coordinated second cue ("Er sagte, Europa brauche X und fügte hinzu: „…“")."""
    toks = ctx.toks
    a, b = msg
    first = next((k for k in range(a, b) if k in taken), None)
    if first is None:
        return msg
    stop = first
    for k in range(a + 2, first):
        if toks[k].text.lower() in {"und", "and"} and k + 1 in ctx.cue_heads:
            stop = k
            break
    x, y = _strip(toks, a, stop)
    if _words(toks, x, y) < 3:
        return None
    return x, y


def _extend_to_mention(ctx: _Ctx, src: tuple[int, int]) -> tuple[int, int]:
    """A source cut before (or inside) the name it introduces takes the whole name mention
    ("der ehemalige Schiedsrichter | Urs Meier", "Ärzte | ohne Grenzen")."""
    text = ctx.doc.text
    start, end = src
    for m in ctx.speakers.mentions_in(start, end + 60):
        if m.type not in {"PER", "ORG"} or m.span.end <= end:
            continue
        gap = text[end : m.span.start]
        if m.span.start < end or (gap.strip() == "" and len(gap) <= 1):
            end = m.span.end
        break
    return (start, end)


def _prefield(toks: Sequence[Token], cue: Cue, lo: int, end: int, src: tuple[int, int]) -> tuple[int, int]:
    """``Laut X …`` opening a verb-second sentence: everything up to the finite verb is the source
    phrase ("Laut einem Bericht des Ministeriums vom November 2011 ist …")."""
    if cue.first != lo or not toks[lo].xpos:
        return src
    for k in range(src[1], min(end, src[1] + 12)):
        if toks[k].xpos in _FINITE:
            return (src[0], k) if k > src[1] and not any(toks[j].text in {";", ":"} for j in range(src[1], k)) else src
    return src


def _is_person(ctx: _Ctx, span: tuple[int, int] | None) -> bool:
    """A person mention lies inside the token range ``span``."""
    if span is None:
        return False
    return any(m.type == "PER" for m in ctx.speakers.mentions_in(*ctx.span(*span)))


def _heisst_source(toks: Sequence[Token], lo: int, cue: int, lex: CueLexicon) -> tuple[int, int] | None:
    """``In dem Bericht heißt es`` / ``heißt es in einer Erklärung der Nato``: the document named."""
    for k in list(range(cue + 1, min(len(toks), cue + 4))) + list(range(lo, cue)):  # "hieß es vom Sprecher" first
        if toks[k].text.lower() in _HEISST_PREPS:
            span = np_after(toks, k + 1, len(toks), lex)
            if span is not None:
                return span
    return None


def _around(toks: Sequence[Token], lo: int, end: int, a: int, b: int) -> tuple[int, int]:
    """The message of a sentence with the attribution ``[a, b)`` cut out (kept as one range)."""
    if a <= lo + 1:
        return _strip(toks, b, end)
    if b >= end - 1:
        return _strip(toks, lo, a)
    return _strip(toks, lo, end)


def _message_parts(
    ctx: _Ctx, msg: tuple[int, int], cue: Cue, src: tuple[int, int] | None, extra: Sequence[int]
) -> list[tuple[int, int]]:
    """Character spans of the message, leaving out the cue and source inside it."""
    toks = ctx.toks
    holes = set(cue.toks) | set(extra)
    if src is not None:
        holes.update(range(*src))
    parts: list[tuple[int, int]] = []
    a = None
    for k in range(msg[0], msg[1] + 1):
        inside = k < msg[1] and k not in holes
        if inside and a is None:
            a = k
        elif not inside and a is not None:
            x, y = _strip(toks, a, k, keep_final=True)
            if x < y:
                parts.append(ctx.span(x, y))
            a = None
    return parts or [ctx.span(*msg)]


def _mark_mixed(
    ctx: _Ctx, quotes: list[RawQuote], fragments: list[int], pairs: list[QuotePair], cues: dict[int, Cue]
) -> None:
    """Quoted fragments inside an indirect message make it ``mixed``; a fragment right after a
    cue (``nannte es „…“``, ``sprach von „…“``) is a short direct quote of kind ``mixed``."""
    toks = ctx.toks
    for pi in fragments:
        p = pairs[pi]
        host = next(
            (q for q in quotes if q.kind == "indirect" and any(a <= p.open and p.close < b for a, b in q.parts)), None
        )
        if host is not None:
            host.kind = "mixed"
            continue
        o, c = ctx.pair_tok[pi]
        _si, lo, hi = ctx.sent_bounds(o)
        prev = toks[o - 1].text.lower() if o > lo else ""
        sent_cues = [cu for i, cu in cues.items() if lo <= i < hi and cu.kind == "verb" and i not in ctx.quoted]
        if not sent_cues:
            continue
        near = [cu for cu in sent_cues if 0 < o - max(cu.toks) <= 6 or (0 < cu.head - c <= 2)]
        if not near and prev not in _FRAGMENT_LEAD:
            continue
        if prev not in _FRAGMENT_LEAD and not near:
            continue
        # names after a determiner are titles, not statements ("die „Zeitenwende“"); a phrase with small
        # words right after a cue is a quoted wording ("konstatierte eine „Kluft zwischen Arm und Reich“")
        if prev in ctx.lex.function and prev not in _FRAGMENT_LEAD and not (near and not _names_only(toks, o + 1, c)):
            continue
        if _names_only(toks, o + 1, c):
            continue
        # a cue before the fragment first, and one of the main clause rather than of a relative clause
        # ("X kritisierte die Haltung Ys, der zum Sturm aufgerufen haben soll, als „Provokation“")
        near.sort(key=lambda cu: (cu.head > o, abs(cu.head - o)))
        main_before = [cu for cu in sent_cues if cu.head < o and not _in_relative_clause(toks, lo, cu.head)]
        if near and _in_relative_clause(toks, lo, near[0].head) and main_before:
            near = [main_before[-1]]
        before = main_before or [cu for cu in sent_cues if cu.head < o]
        cue = (near or before[-1:] or sent_cues)[0]  # "…, Y bezeichnete X als „…“": the nearest cue before
        q = RawQuote(
            parts=[ctx.span(o, c + 1)],
            kind="mixed",
            form="Direct",
            cue=_cue_text(ctx, cue),
            cue_spans=_cue_spans(ctx, cue),
            inner=[(p.open + 1, p.close)],
        )
        src = _source_for_verb(ctx, cue, lo, hi, _clause_start(toks, lo, cue.head))
        if src is not None and not (src[0] <= o <= src[1]):
            q.source = ctx.span(*src)
        quotes.append(q)


def _in_relative_clause(toks: Sequence[Token], lo: int, i: int) -> bool:
    """Token ``i`` sits in a clause opened by a relative pronoun (", der zum Sturm aufgerufen hat")."""
    return toks[_clause_start(toks, lo, i)].xpos in {"PRELS", "PRELAT"}


def _names_only(toks: Sequence[Token], a: int, b: int) -> bool:
    words = [t for t in toks[a:b] if not is_punct(t)]
    if not words:
        return True
    caps = sum(1 for t in words if t.text[:1].isupper())
    return caps == len(words) or (caps >= len(words) - 1 and len(words) >= 3)
