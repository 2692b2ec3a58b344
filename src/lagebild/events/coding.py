"""Event coding: actor - action - target per clause, from cue lexicons, respecting negation and
hedged modality. Works on tokens only (lemma from the NLP stage when present, else simplemma)."""

from __future__ import annotations

import logging
import re
from collections.abc import Mapping, Sequence

from ..ids import stable_id
from ..model import Doc, Event, Span, Story, Token
from .actors import Candidate, doc_candidates
from .cues import Cue, find_cue, lem
from .dates import ResolvedTimex, resolve_timexes
from .lexicon import load_cues

log = logging.getLogger(__name__)

__all__ = ["clause_bounds", "clause_date", "code_events"]

_BOUNDARY = frozenset(",;:–—()[]")
_COORD = re.compile(r"^\s*(?:und|sowie|oder|and|or)\s+(?:(?:die|der|das|den|dem|the)\s+)?$", re.IGNORECASE)
_SUBORDINATORS = frozenset(
    "dass ob weil wenn als die der das welche welcher den dem deren dessen that which who whether".split()
)
_DAY_KINDS = frozenset({"weekday", "day_rel", "discourse"})
_APPOSITION_MAX = 4  # tokens: "Der Unterhändler, Aleksandr Grushko, warf ..."
_MEET_NEAR = 6  # tokens between a meeting noun and its date
_CHAIN_NEAR = 9  # tokens between chained dates ("am Montag in Genf und dem letzten am Mittwoch")
_QUOTES = re.compile(r"„[^“”\"]{1,1500}[“”\"]|“[^”\"]{1,1500}”|»[^«]{1,1500}«|«[^»]{1,1500}»|\"[^\"]{1,1500}\"")
_CLOSE_QUOTE = re.compile(r"[“”\"«»]\s*,\s*$")


def _clauses(toks: Sequence[Token]) -> list[tuple[int, int]]:
    out, start = [], 0
    for k, t in enumerate(toks):
        if t.text in _BOUNDARY:
            if k > start:
                out.append((start, k))
            start = k + 1
    if start < len(toks):
        out.append((start, len(toks)))
    return out


def _since(doc: Doc, r: ResolvedTimex) -> bool:
    before = doc.text[max(0, r.span.start - 8) : r.span.start].split()
    return bool(before) and before[-1].lower() in ("seit", "since", "bis", "until", "ab", "vor")


def clause_date(doc: Doc, timexes: Sequence[ResolvedTimex], start: int, end: int, pos: int) -> str | None:
    """The date of an event: a date in its clause (not a "seit"-date), else a day-precision article date."""
    here = [
        r
        for r in timexes
        if start <= r.span.start < end and r.iso and len(r.iso) >= 4 and r.timex.kind != "time" and not _since(doc, r)
    ]
    if here:
        return min(here, key=lambda r: abs(r.span.start - pos)).iso
    date = doc.article.date
    return date if date and len(date) >= 10 else None


def clause_bounds(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """Character bounds of the clause around ``[start, end)`` (within its sentence)."""
    text = doc.text
    if doc.sentences:
        sent = doc.sentences[doc.sentence_of(start)]
        lo, hi = sent.start, max(sent.end, end)
    else:
        lo, hi = 0, len(text)
    left = max((text.rfind(ch, lo, start) for ch in _BOUNDARY), default=-1)
    right = [i for i in (text.find(ch, end, hi) for ch in _BOUNDARY) if i >= 0]
    return (left + 1 if left >= lo else lo), (min(right) if right else hi)


def _verbal(tok: Token) -> bool:
    """A verb (by tag) or, untagged, a lower-case word that is not an article/adjective."""
    if tok.upos:
        return tok.upos in ("VERB", "AUX")
    low = tok.text.lower()
    return (
        tok.text[:1].islower()
        and low not in ("der", "die", "das", "den", "dem", "des", "the")
        and not low.endswith(("e", "en", "er"))
    )


def _in_quote(quotes: list[tuple[int, int]], pos: int) -> bool:
    return any(s < pos < e for s, e in quotes)


class _Coder:
    def __init__(self, doc: Doc, mention_map: Mapping[Span, str], anchors: Sequence[str]) -> None:
        self.doc = doc
        self.lang = doc.lang
        self.lex = load_cues(doc.lang)
        self.cands = doc_candidates(doc, mention_map)
        self.quotes = [(m.start(), m.end()) for m in _QUOTES.finditer(doc.text)]
        self.timexes: list[ResolvedTimex] = resolve_timexes(doc, anchors)
        self.events: list[Event] = []
        self.last_actor: tuple[int, Candidate] | None = None  # (sentence index, candidate)

    # ------------------------------------------------------------------ actors
    def _cands(self, start: int, end: int) -> list[Candidate]:
        return [c for c in self.cands if c.start >= start and c.end <= end]

    def _pronoun(self, tok: Token, si: int) -> Candidate | None:
        w = tok.text.lower()
        if w not in self.lex.pronouns_sing and w not in self.lex.pronouns_plural:
            return None
        if self.last_actor is not None and si - self.last_actor[0] <= 2:
            c = self.last_actor[1]
            return Candidate(tok.start, tok.end, c.entity, "pronoun", c.type, c.name)
        before = [c for c in self.cands if c.end <= tok.start and (c.type in ("PER", "") or c.kind == "collective")]
        if before and w in self.lex.pronouns_sing:
            c = before[-1]
            return Candidate(tok.start, tok.end, c.entity, "pronoun", c.type, c.name)
        return Candidate(tok.start, tok.end, None, "pronoun")

    def _slot_cands(self, toks: Sequence[Token], si: int) -> list[Candidate]:
        """Candidates among ``toks`` incl. pronouns (which become candidates in their own right)."""
        if not toks:
            return []
        found = self._cands(toks[0].start, toks[-1].end)
        for t in toks:
            if not any(c.start <= t.start < c.end for c in found):
                p = self._pronoun(t, si)
                if p is not None:
                    found.append(p)
        index = {t.start: k for k, t in enumerate(toks)}
        kept = []
        for c in found:
            k = index.get(c.start)
            prev = {toks[j].text.lower() for j in (k - 1, k - 2) if j >= 0} if k is not None else set()
            if prev & self.lex.locative:
                continue  # "in Wien", "bei der NATO": a place, not a participant
            kept.append(c)
        return sorted(kept, key=lambda c: c.start)

    # ------------------------------------------------------------------ coding
    def sentence(self, si: int) -> None:
        doc = self.doc
        sent = doc.sentences[si]
        toks = doc.sentence_tokens(sent)
        for cs, ce in _clauses(toks):
            clause = toks[cs:ce]
            for k in range(len(clause)):
                cue = find_cue(clause, k, self.lex, self.lang)
                if cue is None or _in_quote(self.quotes, clause[k].start):
                    continue
                self._code(si, toks, cs, clause, cue)
        self._noun_meetings(si, toks)

    def _code(self, si: int, toks: Sequence[Token], cs: int, clause: Sequence[Token], cue: Cue) -> None:
        words = {t.text.lower() for t in clause}
        cue_tok = clause[cue.i]
        if words & self.lex.negation:
            log.debug("negated %s at %d skipped", cue.action, cue_tok.start)
            return
        if words & self.lex.hypothetical or self._expected(toks):
            log.debug("hypothetical %s at %d skipped", cue.action, cue_tok.start)
            return
        vi = cue.verb_i if cue.verb_i >= 0 else cue.i
        pre = self._slot_cands(clause[:vi], si)
        post = self._slot_cands(clause[vi + 1 : max(cue.end_i + 1, len(clause))], si)
        actor: Candidate | None = None
        rest: list[Candidate]
        # "Beim Treffen des Rates wiesen die USA ... zurück": a genitive attribute is never the subject.
        genitive = [c for c in pre if self._genitive(clause, c)]
        pre = [c for c in pre if c not in genitive]
        if pre:
            actor, rest = pre[0], pre[1:] + post
        elif vi == 0 and cue.action == "STATEMENT" and post:
            actor, rest = post[0], post[1:]  # "…, sagte Gruschko"
        elif vi == 0 and not self._after_quote(clause[0].start) and (left := self._apposition(toks, cs, si)):
            actor, rest = left, post  # "Der Unterhändler, Aleksandr Grushko, warf der NATO vor"
        elif post and cue.action != "MEET" and self._disagrees(clause, vi, post[0]):
            actor, rest = None, post  # "Aktivisten machen Russland verantwortlich": plural verb, singular name
        elif post:
            actor, rest = post[0], post[1:]
        elif vi > 0 and cue.action not in ("STATEMENT", "MEET") and (outer := self._outer_clause(toks, cs, si)):
            actor, rest = outer[0], outer[1:]  # "nachdem die USA …, dass …, als Fehlstart zurückgewiesen haben"
        else:
            actor, rest = self._next_apposition(toks, cs + len(clause), si), []
        rest = rest + genitive
        target: Candidate | None = None
        if cue.action not in ("STATEMENT",):
            target = next((c for c in rest if self._other_party(actor, c, cue.action)), None)
        if actor is not None and actor.entity is not None:
            self.last_actor = (si, actor)
        if (
            cue.action != "MEET"
            and (actor is None or actor.entity is None)
            and (target is None or target.entity is None)
        ):
            log.debug("%s at %d without participants skipped", cue.action, cue_tok.start)
            return
        points = [clause[vi].start, cue_tok.start, clause[cue.end_i].end]
        for c in (actor, target):
            if c is not None:
                points += [c.start, c.end]
        self._emit(cue.action, min(points), max(points), actor, target, cue_tok, (clause[0].start, clause[-1].end))

    def _genitive(self, clause: Sequence[Token], cand: Candidate) -> bool:
        before = [t for t in clause if t.end <= cand.start]
        return bool(before) and before[-1].text.lower() in self.lex.genitive

    def _disagrees(self, clause: Sequence[Token], vi: int, cand: Candidate) -> bool:
        """The finite verb is plural, the candidate singular and a noun stands before the verb (tags needed)."""
        finite = next((t for t in clause if t.xpos.endswith("FIN")), None)
        if finite is None or finite.feat("Number") != "Plur":
            return False
        pre = clause[:vi]
        if (
            not pre
            or pre[0].upos not in ("DET", "NOUN", "PROPN", "ADJ")
            or not any(t.upos in ("NOUN", "PROPN") for t in pre)
        ):
            return False  # no noun phrase before the verb ("Am Mittwoch treffen sich …" starts with a PP)
        numbers = {t.feat("Number") for t in clause if t.start >= cand.start and t.end <= cand.end}
        return numbers == {"Sing"}

    def _other_party(self, actor: Candidate | None, cand: Candidate, action: str) -> bool:
        """A target must differ from the actor and (except for MEET) not be coordinated with it."""
        if actor is None:
            return True
        if cand.entity is not None and cand.entity == actor.entity:
            return False
        if action == "MEET":
            return True
        between = self.doc.text[actor.end : cand.start] if cand.start >= actor.end else ""
        return not _COORD.match(between)

    def _outer_clause(self, toks: Sequence[Token], cs: int, si: int) -> list[Candidate]:
        """Candidates of the nearest earlier clause of the sentence that is not an embedded one."""
        bounds = [b for b in _clauses(toks) if b[1] <= cs]
        for start, end in reversed(bounds):
            if toks[start].text.lower() in _SUBORDINATORS:
                continue
            return self._slot_cands(toks[start:end], si)
        return []

    def _apposition(self, toks: Sequence[Token], cs: int, si: int) -> Candidate | None:
        """The candidate of a short comma-delimited phrase right before clause start ``cs``."""
        if cs < 2 or toks[cs - 1].text != ",":
            return None
        k = cs - 2
        while k >= 0 and toks[k].text not in _BOUNDARY:
            k -= 1
        phrase = toks[k + 1 : cs - 1]
        if not phrase or len(phrase) > _APPOSITION_MAX or any(_verbal(t) for t in phrase):
            return None
        found = self._slot_cands(phrase, si)
        return found[-1] if found else None

    def _next_apposition(self, toks: Sequence[Token], ce: int, si: int) -> Candidate | None:
        """ "sagte die US-Botschafterin bei der NATO, Julianne Smith, ...": the name after the comma."""
        if ce >= len(toks) or toks[ce].text != ",":
            return None
        k = ce + 1
        while k < len(toks) and toks[k].text not in _BOUNDARY:
            k += 1
        phrase = toks[ce + 1 : k]
        if not phrase or len(phrase) > _APPOSITION_MAX:
            return None
        found = self._slot_cands(phrase, si)
        return found[0] if found else None

    def _expected(self, toks: Sequence[Token]) -> bool:
        first = [t.text.lower() for t in toks[:3]]
        return any(w in self.lex.reporting_hypothetical for w in first)

    def _after_quote(self, pos: int) -> bool:
        return bool(_CLOSE_QUOTE.search(self.doc.text[max(0, pos - 6) : pos]))

    def _date_for(self, start: int, end: int, pos: int) -> str | None:
        return clause_date(self.doc, self.timexes, start, end, pos)

    def _emit(
        self,
        action: str,
        start: int,
        end: int,
        actor: Candidate | None,
        target: Candidate | None,
        cue: Token,
        clause: tuple[int, int],
    ) -> None:
        aid = self.doc.article.id
        self.events.append(
            Event(
                id=stable_id("e", aid, start, end, action),
                span=Span(aid, start, end),
                action=action,
                actor=actor.entity if actor else None,
                target=target.entity if target else None,
                date=self._date_for(clause[0], clause[1], cue.start),
                cue=cue.text,
            )
        )

    def _noun_meetings(self, si: int, toks: Sequence[Token]) -> None:
        """A meeting noun near a day-precision date (or a chain of dates after it): a dated MEET."""
        sent = self.doc.sentences[si]
        index = {t.start: k for k, t in enumerate(toks)}
        nouns = [
            k
            for k, t in enumerate(toks)
            if t.text[:1].isupper() and any(lem(t, self.lang).endswith(n) for n in self.lex.meeting_nouns)
        ]
        if not nouns:
            return
        days = [
            r
            for r in self.timexes
            if sent.start <= r.span.start < sent.end
            and r.span.start in index
            and (r.timex.kind in _DAY_KINDS or (r.timex.kind == "date" and r.timex.day is not None))
        ]
        have = {e.date for e in self.events if e.action == "MEET" and sent.start <= e.span.start < sent.end and e.date}
        prev_k: int | None = None
        for r in days:
            k = index[r.span.start]
            noun_k = min(nouns, key=lambda n: abs(n - k))
            if abs(noun_k - k) <= _MEET_NEAR:
                first = toks[min(noun_k, k)]
                last = toks[max(noun_k, k + len(r.timex.text.split()) - 1)]
                start, end = first.start, max(last.end, r.span.end)
            elif prev_k is not None and 0 < k - prev_k <= _CHAIN_NEAR:
                start, end = toks[prev_k + 1].start, r.span.end
            else:
                continue
            prev_k = k
            if (r.iso and r.iso in have) or _since(self.doc, r):
                continue
            inside = self._slot_cands(toks[index.get(start, 0) : k + 1], si) if start in index else []
            actor = inside[0] if inside else None
            target = next((c for c in inside[1:] if actor is None or c.entity != actor.entity), None)
            aid = self.doc.article.id
            self.events.append(
                Event(
                    id=stable_id("e", aid, start, end, "MEET"),
                    span=Span(aid, start, end),
                    action="MEET",
                    actor=actor.entity if actor else None,
                    target=target.entity if target else None,
                    date=r.iso[:10] if r.iso else None,
                    cue=toks[noun_k].text,
                )
            )
            if r.iso:
                have.add(r.iso)


def code_events(
    doc: Doc, mention_map: Mapping[Span, str], anchors: Sequence[str] = (), stories: Sequence[Story] = ()
) -> list[Event]:
    """Events of one document, sorted by span."""
    if not doc.sentences:
        return []
    coder = _Coder(doc, mention_map, anchors)
    for si in range(len(doc.sentences)):
        coder.sentence(si)
    uniq = {e.id: e for e in coder.events}
    return sorted(uniq.values(), key=lambda e: (e.span.start, e.span.end, e.action))
