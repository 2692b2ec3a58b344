"""The subject of a number: the counted noun with its genitive or owner ("Mitgliedstaaten der OSZE").

Works on the raw text so it does not depend on a parser: German nouns are capitalised and
attributive adjectives are inflected (``schwere``, ``weitere``), English nouns follow their
modifiers. A relative ``deren``/``dessen`` ("zu deren 57 Mitgliedstaaten") takes its antecedent as
owner. ``subject_key`` normalises a subject by lemma so outlets can be compared.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from functools import lru_cache

import simplemma

from .lexicon import NumberLexicon, load_lexicon
from .numbers import Quantity

log = logging.getLogger(__name__)

__all__ = ["SubjectKey", "find_subject", "subject_key"]

_WORD_AT = re.compile(r"\s*([^\W\d_]+(?:[-'’][^\W\d_]+)*)")
_ADJ_ENDINGS = ("e", "en", "er", "es", "em")
_DE_FUNCTION = frozenset(
    "und oder aber sowie in im an am auf bei beim mit von vom zu zum zur für aus nach vor seit über unter als wie "
    "der die das den dem des ein eine einen einem einer eines sich ist sind war waren wird werden hat haben sei seien "
    "nicht noch auch nur rund etwa mehr".split()
)
_EN_STOP = frozenset(
    "and or but of in on at by with from to for as than the a an is are was were be been has have had that which who "
    "this these those its their his her near into over under since during after before not".split()
)


@dataclass(frozen=True, slots=True)
class SubjectKey:
    """Comparable form of a subject: owner (``osze``), class or head lemma (``member``, ``soldat``)."""

    owner: str | None
    head: str

    def __str__(self) -> str:
        return f"{self.head}@{self.owner}" if self.owner else self.head


def _words_after(text: str, pos: int, limit: int = 6) -> list[tuple[int, int, str]]:
    """Up to ``limit`` words directly after ``pos`` (stops at punctuation or a digit)."""
    out = []
    while len(out) < limit:
        m = _WORD_AT.match(text, pos)
        if not m:
            break
        out.append((m.start(1), m.end(1), m.group(1)))
        pos = m.end(1)
    return out


def _antecedent(text: str, start: int, lex: NumberLexicon) -> str | None:
    """Owner named by a relative pronoun before ``start``: "(OSZE), zu deren 57 ..." -> "OSZE"."""
    before = text[max(0, start - 40) : start]
    m = re.search(r"(\w+)\s+$", before)
    if not m or m.group(1).lower() not in lex.relative_owner:
        return None
    head = text[: start - len(before) + m.start(1)]
    comma = head.rfind(",")
    if comma < 0:
        return None
    left = head[:comma].rstrip()
    paren = re.search(r"\(([^()]{1,40})\)$", left)
    if paren:
        return paren.group(1).strip()
    cap = re.search(r"([A-ZÄÖÜ][\w-]*)$", left)
    return cap.group(1) if cap else None


def _genitive(text: str, pos: int, lex: NumberLexicon) -> int:
    """End of a genitive attribute starting at ``pos`` ("der OSZE", "des westlichen Bündnisses")."""
    words = _words_after(text, pos, 5)
    if not words:
        return pos
    for art in lex.genitive_articles:
        parts = art.split()
        if len(words) > len(parts) and [w[2].lower() for w in words[: len(parts)]] == parts:
            for k in range(len(parts), min(len(words), len(parts) + 3)):
                w = words[k][2]
                if w[0].isupper():
                    return words[k][1]
                if lex.lang == "de" and not w.lower().endswith(_ADJ_ENDINGS):
                    break
            break
    return pos


def find_subject(text: str, q: Quantity, lang: str = "de") -> str | None:
    """The counted noun after quantity ``q`` (with genitive/owner), as written; ``None`` if absent."""
    lex = load_lexicon(lang)
    if q.kind == "money":
        return None
    words = _words_after(text, q.end, 6)
    if not words or words[0][0] - q.end > 2:
        return None
    noun: tuple[int, int, str] | None = None
    if lex.lang == "de":
        skipped = 0
        for w in words:
            token = w[2]
            if token[0].isupper():
                if token not in lex.stop_nouns and not (q.kind == "duration" and not q.adjective and skipped):
                    noun = w
                break
            if q.kind in ("duration", "percent") and not q.adjective:
                break
            if token.lower() in _DE_FUNCTION or not token.lower().endswith(_ADJ_ENDINGS) or skipped >= 3:
                break
            skipped += 1
    else:
        run: list[tuple[int, int, str]] = []
        for w in words:
            if w[2].lower() in _EN_STOP or len(run) >= 3:
                break
            run.append(w)
        if run and q.kind not in ("duration", "percent"):
            noun = (run[0][0], run[-1][1], text[run[0][0] : run[-1][1]])
    if q.kind == "percent" and noun is None:
        end = _genitive(text, q.end, lex)
        return text[q.end : end].strip() or None
    if noun is None:
        return None
    end = _genitive(text, noun[1], lex)
    subject = text[noun[0] : end]
    owner = _antecedent(text, q.start, lex)
    if owner and end == noun[1]:
        glue = {"de": "der", "en": "of"}.get(lex.lang, "of")
        subject = f"{subject} {glue} {owner}"
    return subject


@lru_cache(maxsize=8192)
def _lemma(word: str, lang: str) -> str:
    try:
        return simplemma.lemmatize(word, lang=lang).lower()
    except (ValueError, KeyError):  # unsupported language
        return word.lower()


def subject_key(subject: str | None, lang: str = "de") -> SubjectKey | None:
    """Lemma-normalised key: ``"NATO-Staaten"`` -> owner ``nato``, head ``member``."""
    if not subject:
        return None
    lex = load_lexicon(lang)
    owner: str | None = None
    head_part = subject
    for art in lex.genitive_articles:
        sep = f" {art} "
        if sep in subject:
            head_part, _, owner_part = subject.partition(sep)
            owner = owner_part.split()[-1] if owner_part.split() else None
            break
    words = head_part.split()
    if not words:
        return None
    head = words[-1]
    if lex.lang != "de" and len(words) > 1 and words[0][:1].isupper() and owner is None:
        owner = words[0]
    if "-" in head:
        first, _, rest = head.partition("-")
        if first[:1].isupper() and owner is None and (first.isupper() or len(first) <= 6 or first[1:].islower()):
            owner = first
        head = head.rsplit("-", 1)[-1]
        head = head[:1].upper() + head[1:] if lex.lang == "de" else head
    lemma = _lemma(head, lex.lang)
    cls = lex.member_classes.get(lemma)
    if cls is None:
        for w in sorted(lex.member_classes, key=len, reverse=True):
            if lex.lang == "de" and lemma.endswith(w) and len(w) >= 5:
                cls = lex.member_classes[w]
                break
    if cls == "member" and owner is None and lemma in lex.owner_needed:
        cls = None
    return SubjectKey(owner=owner.lower() if owner else None, head=cls or lemma)
