"""Speaker attribution helpers: the mention a source is read from, pronoun antecedents, and
speakers named only in the neighbouring sentence."""

from __future__ import annotations

import bisect
import logging

from ..model import Doc, Mention
from ..nlp.lexicon import load_lexicon
from .clauses import FINITE
from .cues import find_cues
from .lexicon import CueLexicon
from .syntax import is_cap, np_after, np_before, pos

log = logging.getLogger(__name__)

__all__ = ["SpeakerFinder"]

_TYPE_RANK = {"PER": 0, "ORG": 1, "MISC": 2, "LOC": 3}
_BACK_SENTENCES = 3
_POSSESSIVE = {
    **{w: "er" for w in ("sein", "seine", "seiner", "seinem", "seinen", "seines", "his")},
    **{w: "sie" for w in ("ihr", "ihre", "ihrer", "ihrem", "ihren", "ihres", "her")},
}
_ANAPHORIC_LEADS = frozenset({"das", "dies", "so", "this", "that"})


class SpeakerFinder:
    """Per-document speaker resolution (mentions from the NLP stage when present)."""

    def __init__(self, doc: Doc, lex: CueLexicon) -> None:
        self.doc = doc
        self.lex = lex
        self.mentions: list[Mention] = sorted(doc.mentions, key=lambda m: (m.span.start, m.span.end))
        self._m_starts = [m.span.start for m in self.mentions]
        self._tok_starts = [t.start for t in doc.tokens]
        self.history: list[tuple[int, tuple[int, int]]] = []  # (position, speaker span) of named speakers

    # ----------------------------------------------------------------- helpers
    def _tok(self, char: int) -> int:
        return max(0, bisect.bisect_right(self._tok_starts, char) - 1)

    def mentions_in(self, a: int, b: int) -> list[Mention]:
        lo = bisect.bisect_left(self._m_starts, a)
        out = []
        for m in self.mentions[lo:]:
            if m.span.start >= b:
                break
            if m.span.end <= b:
                out.append(m)
        return out

    def has_actor(self, span: tuple[int, int], roles_count: bool = False) -> bool:
        """A person or organisation mention lies inside ``span`` or it is a personal pronoun; with
        ``roles_count`` also a role noun of the language's lexicon ("der Bundespräsident")."""
        if self.is_pronoun(span) or any(m.type in {"PER", "ORG"} for m in self.mentions_in(*span)):
            return True
        if not roles_count:
            return False
        roles = load_lexicon(self.doc.lang or "de")  # role and title words of the NLP stage (cached)
        lo, hi = self._tok(span[0]), self._tok(span[1] - 1) + 1
        return any(t.text[:1].isupper() and roles.is_trigger(t.text) for t in self.doc.tokens[lo:hi])

    def noun_phrase_of(self, m: Mention) -> tuple[int, int]:
        """The whole noun phrase a name mention ends (or heads): "Der senegalesische Innenminister
        Usman Ngom", "der Ministerpräsident des Landes, Christian Wulff (CDU)"; the mention alone when
        no such phrase starts within its clause."""
        toks = self.doc.tokens
        a, b = self._tok(m.span.start), self._tok(m.span.end - 1) + 1
        si = self.doc.sentence_of(m.span.start)
        lo, hi = self.doc.sentences[si].tok_start, self.doc.sentences[si].tok_end
        best = (a, b)
        for s in range(a - 1, max(lo, a - 12) - 1, -1):
            if toks[s].text in {".", ";", ":", "„", "“", '"'} or toks[s].xpos in FINITE:
                break
            span = np_after(toks, s, hi, self.lex, sent_start=s if s == lo else -1)
            if span is not None and span[0] == s and b <= span[1] <= b + 4:
                best = span
        if best == (a, b) and b + 2 < hi and toks[b].text == "(" and toks[b + 2].text == ")":
            best = (a, b + 3)  # "Franz Müntefering (SPD)"
        return (toks[best[0]].start, toks[best[1] - 1].end)

    def is_pronoun(self, span: tuple[int, int]) -> bool:
        text = self.doc.text[span[0] : span[1]]
        return " " not in text and text.lower() in self.lex.pronouns

    # ----------------------------------------------------------------- public
    def speaker_for(self, source: tuple[int, int], plural: bool = False) -> tuple[int, int] | None:
        """The speaker mention for a surface source (pronouns resolved to their antecedent);
        ``plural`` when the cue verb is plural ("wiesen sie zurück")."""
        if self.is_pronoun(source):
            return self.antecedent(source[0], self.doc.text[source[0] : source[1]].lower(), plural)
        inside = self.mentions_in(source[0], source[1])
        first = self.doc.text[source[0] : source[1]].split(" ", 1)[0].lower()
        if not inside and first in _POSSESSIVE:
            return self.antecedent(source[0], _POSSESSIVE[first])
        if inside:
            best = min(inside, key=lambda m: (_TYPE_RANK.get(m.type, 9), -m.span.start))
            span = (best.span.start, best.span.end)
        else:
            span = self._unglued(source)
        self.history.append((source[0], span))
        return span

    def antecedent(self, pos: int, pronoun: str, plural: bool = False) -> tuple[int, int] | None:
        """Nearest compatible person before ``pos``: a recent named speaker, else the first
        person mention of the nearest previous sentence that has one."""
        si = self.doc.sentence_of(pos)
        first_sent = max(0, si - _BACK_SENTENCES)
        lo_char = self.doc.sentences[first_sent].start if self.doc.sentences else 0
        recent = [(p, s) for p, s in self.history if lo_char <= p < pos]
        plural = plural or self.lex.pronouns.get(pronoun) in {"p"}
        if plural:
            wanted: tuple[str, ...] = ("ORG",)  # "sagten sie": a group, not the last person named
        elif self.lex.pronouns.get(pronoun) == "f":
            wanted = ("PER", "ORG")
        else:
            wanted = ("PER",)
        for k in range(si, first_sent - 1, -1):
            sent = self.doc.sentences[k]
            end = min(pos, sent.end)
            if plural and k < si:
                group = self._plural_subject(sent.tok_start, sent.tok_end)
                if group is not None:
                    return group  # "Die Minister trafen sich beim Rat. Sie wiesen … zurück": the ministers
            cands = [m for m in self.mentions_in(sent.start, end) if m.type in wanted]
            if plural:
                cands = [m for m in cands if not self._in_adverbial(m)]  # "beim Rat", "in Brüssel": a setting
            named = [s for p, s in recent if sent.start <= p < end]
            if named and not plural:
                return named[-1]
            if cands:
                best = min(cands, key=lambda m: (wanted.index(m.type), m.span.start))
                return (best.span.start, best.span.end)
            if not self.mentions:
                guess = self._name_guess(sent.tok_start, self._tok(end - 1) + 1 if end > sent.start else sent.tok_start)
                if guess is not None:
                    return guess
        if recent and not plural:
            return recent[-1][1]
        return None

    def _unglued(self, span: tuple[int, int]) -> tuple[int, int]:
        """A one-word source with an article glued to its noun ("DieAllianz", a typo) names the noun."""
        text = self.doc.text[span[0] : span[1]]
        if " " in text or not text[:1].isupper():
            return span
        for art in self.lex.function:
            n = len(art)
            rest = text[n:]
            if text[:n].lower() == art and len(rest) >= 3 and rest[0].isupper() and rest[1:].islower():
                return (span[0] + n, span[1])
        return span

    def _in_adverbial(self, m: Mention) -> bool:
        """The mention sits in a prepositional phrase ("beim Treffen des Rates", "in Brüssel"): a
        place or occasion, not a speaker. ``von`` phrases ("Mitglieder von X") do not count."""
        toks = self.doc.tokens
        k = self._tok(m.span.start) - 1
        stop = max(-1, k - 8)
        while k > stop:
            tag = pos(toks[k])
            if tag == "ADP":
                return toks[k].text.lower() not in {"von", "vom", "of"}
            if tag not in {"DET", "ADJ", "NOUN", "PROPN", "NUM"}:
                return False
            k -= 1
        return False

    def _plural_subject(self, lo: int, hi: int) -> tuple[int, int] | None:
        """The plural noun-phrase subject of a sentence ("… haben die Mitgliedstaaten der Allianz …")."""
        toks = self.doc.tokens
        fin = next((k for k in range(lo, hi) if toks[k].xpos in {"VVFIN", "VAFIN", "VMFIN"}), None)
        if fin is None:
            return None
        np = np_before(toks, lo, fin, self.lex)
        if np is None:
            j = fin + 1
            while j < hi and toks[j].text.lower() in self.lex.adverbs:
                j += 1
            np = np_after(toks, j, hi, self.lex)
        if np is None or self.is_pronoun((toks[np[0]].start, toks[np[1] - 1].end)):
            return None
        head = next((t for t in toks[np[0] : np[1]] if pos(t) in {"NOUN", "PROPN"}), None)
        if head is None or not head.morph or head.feat("Number") != "Plur" or head.feat("Case") not in {None, "Nom"}:
            return None
        return (toks[np[0]].start, toks[np[1] - 1].end)

    def _name_guess(self, lo: int, hi: int) -> tuple[int, int] | None:
        """Without NER: a run of two or more capitalised tokens not at the sentence start."""
        toks = self.doc.tokens
        best = None
        k = lo + 1
        while k < hi:
            if is_cap(toks[k]) and toks[k].text.isalpha():
                j = k
                while j < hi and is_cap(toks[j]) and toks[j].text.replace("-", "").isalpha():
                    j += 1
                if j - k >= 2 and best is None:
                    best = (toks[k].start, toks[j - 1].end)
                k = j + 1
            else:
                k += 1
        return best

    def from_neighbours(self, first_sent: int, last_sent: int) -> tuple[tuple[int, int], str | None] | None:
        """Source of a frameless direct quote: a colon-ended previous sentence with a cue, an
        anaphoric frame in the next sentence ("Das sagte X."), or the subject of the previous sentence."""
        doc, toks, lex = self.doc, self.doc.tokens, self.lex
        if first_sent > 0:
            prev = doc.sentences[first_sent - 1]
            if toks[prev.tok_end - 1].text == ":":
                for cue in find_cues(toks, prev.tok_start, prev.tok_end, lex, set()):
                    if cue.kind == "verb":
                        src = np_before(toks, prev.tok_start, cue.head, lex) or np_after(
                            toks, cue.head + 1, prev.tok_end - 1, lex
                        )
                        if src:
                            return (toks[src[0]].start, toks[src[1] - 1].end), toks[cue.head].text
        if last_sent + 1 < len(doc.sentences):
            nxt = doc.sentences[last_sent + 1]
            lo, hi = nxt.tok_start, nxt.tok_end
            if hi - lo >= 3 and toks[lo].text.lower() in _ANAPHORIC_LEADS:
                cues = [c for c in find_cues(toks, lo, hi, lex, set()) if c.kind == "verb" and c.head == lo + 1]
                if cues:
                    src = np_after(toks, lo + 2, hi, lex)
                    if src:
                        return (toks[src[0]].start, toks[src[1] - 1].end), toks[cues[0].head].text
        if first_sent > 0:
            prev = doc.sentences[first_sent - 1]
            pers = [m for m in self.mentions_in(prev.start, prev.end) if m.type == "PER"]
            if pers:
                return self.noun_phrase_of(pers[0]), None
            if not self.mentions:
                lo, hi = prev.tok_start, prev.tok_end
                src = np_after(toks, lo, hi, lex, sent_start=lo)
                names = toks[src[0] : src[1]] if src else ()
                if (
                    src
                    and src[1] < hi
                    and toks[src[1]].text.islower()
                    and all(is_cap(t) and (pos(t) in {"PROPN", ""}) for t in names)
                ):
                    return (toks[src[0]].start, toks[src[1] - 1].end), None
        return None
