"""Titles and appositions around mentions, and role-only references.

* Left of a name: ``Nato-Generalsekretär Jens Stoltenberg``, ``Russlands Vizeaußenminister X``,
  ``US-Botschafterin bei der Nato X``, ``Russian Deputy Foreign Minister X``.
* Apposition right of a name: ``X, der stellvertretende Außenminister,``.
* Role-only references: ``der Generalsekretär``, ``the spokesman`` (a determiner, optional modifiers
  and a title that is not followed by a name).

All words come from the language's title lexicon (``data/<lang>.json``); nothing here names a language.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..model import Token
from .langdata import LangData
from .tokens import DocTokens

__all__ = ["RoleMatch", "find_role", "find_role_references"]

_STOP = frozenset(",;:()[]{}\"„“”«»‚‘’'–—-/!?.")
_APPOS_END = frozenset(",;:)–—.!?")
_POSSESSIVE = frozenset({"'s", "’s"})
_MAX_COMPLEMENT = 4


@dataclass(frozen=True, slots=True)
class RoleMatch:
    """A role phrase: character span in the article, its text and the key of its head title."""

    start: int
    end: int
    text: str
    key: str
    gender: str | None = None  # "f" / "m" when the title says so (Sprecherin / Sprecher)


def _is_title(tok: Token, lang: LangData) -> bool:
    return tok.text[:1].isalpha() and lang.is_title_word(tok.text)


def _is_modifier(tok: Token, lang: LangData) -> bool:
    word = tok.text
    if not word[:1].isalpha() or tok.upos in {"VERB", "AUX", "PRON", "DET", "ADP", "CCONJ", "SCONJ"}:
        return False
    if word.lower() in lang.modifier_exclude:
        return False
    if tok.upos == "ADJ" or word.lower() in lang.role_modifiers:
        return True
    return any(p.match(word) for p in lang.modifier_patterns)


def _is_possessive(dt: DocTokens, i: int, lang: LangData) -> int:
    """Number of tokens (1 or 2) of a possessive name ending at ``i`` (``Russlands``, ``Russia 's``), else 0."""
    tok = dt.tokens[i]
    if tok.text in _POSSESSIVE and i > 0 and dt.tokens[i - 1].text[:1].isupper():
        return 2
    if lang.genitive_suffixes and tok.text[:1].isupper() and tok.text.endswith("s") and len(tok.text) > 3:
        return 1 if not lang.is_title_word(tok.text) else 0
    if tok.text[:1].isupper() and tok.text.endswith(("'s", "’s")):
        return 1
    return 0


def _left_ok(dt: DocTokens, i: int, lang: LangData) -> bool:
    """May the modifier at ``i`` open a role? (see ``modifier_needs_left`` in the language data)"""
    if not lang.modifier_needs_left or i == 0 or dt.sent[i - 1] != dt.sent[i]:
        return True
    prev = dt.tokens[i - 1]
    low = prev.text.lower()
    return (
        prev.text in _STOP
        or low in lang.determiners
        or low in lang.role_prepositions
        or _is_modifier(prev, lang)
        or _is_title(prev, lang)
        or _is_possessive(dt, i - 1, lang) > 0
        or prev.upos in {"DET", "ADP", "PRON", "CCONJ"}
    )


def _extend_left(dt: DocTokens, start: int, lang: LangData, sent: int) -> int:
    while start > 0 and dt.sent[start - 1] == sent:
        prev = dt.tokens[start - 1]
        if prev.text in _STOP:
            break
        if _is_title(prev, lang) or (_is_modifier(prev, lang) and _left_ok(dt, start - 1, lang)):
            start -= 1
            continue
        n = _is_possessive(dt, start - 1, lang)
        if n:
            start -= n
        break
    return start


def _phrase(dt: DocTokens, text: str, a: int, b: int, head: int, lang: LangData) -> RoleMatch:
    start, end = dt.tokens[a].start, dt.tokens[b].end
    word = dt.tokens[head].text
    return RoleMatch(start, end, text[start:end], lang.title_key(word), lang.title_gender(word))


def _is_complement(dt: DocTokens, a: int, b: int, lang: LangData) -> bool:
    """Tokens ``a..b`` read as ``bei der Nato`` / ``to the UN``: a preposition, then determiners and names."""
    if a > b or dt.tokens[a].text.lower() not in lang.role_prepositions:
        return False
    rest = dt.tokens[a + 1 : b + 1]
    return any(t.text[:1].isupper() for t in rest) and all(
        t.text.lower() in lang.determiners or t.text.lower() in lang.role_prepositions or t.text[:1].isupper()
        for t in rest
    )


def find_role(dt: DocTokens, text: str, start: int, end: int, lang: LangData) -> RoleMatch | None:
    """The title left of the mention ``[start, end)`` or in an apposition right of it."""
    first = dt.first_at(start)
    left = _left_role(dt, text, first, end, lang) if first < len(dt.tokens) else None
    return left or _right_role(dt, text, end, lang)


def _left_role(dt: DocTokens, text: str, first: int, end: int, lang: LangData) -> RoleMatch | None:
    sent = dt.sent[first]
    j = first - 1
    if j < 0 or dt.sent[j] != sent:
        return None
    if dt.tokens[j].text == "," and j > 0 and dt.sent[j - 1] == sent:
        # "die US-Botschafterin bei der Nato, Julianne Smith, sagte" -- but not "sagte der Kanzler, Putin habe"
        after = dt.first_at(end)
        closed = after >= len(dt.tokens) or dt.sent[after] != sent or dt.tokens[after].text in _APPOS_END
        j -= 1
        if not closed or dt.tokens[j].text in _STOP:
            return None
    if _is_title(dt.tokens[j], lang):
        return _phrase(dt, text, _extend_left(dt, j, lang, sent), j, j, lang)
    for k in range(j - 1, max(-1, j - 2 - _MAX_COMPLEMENT), -1):
        if dt.sent[k] != sent or dt.tokens[k].text in _STOP:
            return None
        if _is_title(dt.tokens[k], lang):
            if _is_complement(dt, k + 1, j, lang):
                return _phrase(dt, text, _extend_left(dt, k, lang, sent), j, k, lang)
            return None
    return None


def _right_role(dt: DocTokens, text: str, end: int, lang: LangData) -> RoleMatch | None:
    k = dt.first_at(end)
    n = len(dt.tokens)
    if k >= n or dt.tokens[k].text != "," or dt.tokens[k].start - end > 1:
        return None
    sent = dt.sent[k]
    i = k + 1
    while i < n and dt.tokens[i].text.lower() in lang.determiners:
        i += 1
    begin = i
    if i < n and (poss := _is_possessive(dt, i + 1 if dt.tokens[min(i + 1, n - 1)].text in _POSSESSIVE else i, lang)):
        i += poss
    head = -1
    while i < n and dt.sent[i] == sent and i - begin < 5:
        tok = dt.tokens[i]
        if _is_title(tok, lang):
            head = i
            while head + 1 < n and _is_title(dt.tokens[head + 1], lang):
                head += 1
            break
        if not _is_modifier(tok, lang):
            return None
        i += 1
    if head < 0:
        return None
    after = head + 1
    if after >= n or dt.sent[after] != sent or dt.tokens[after].text in _APPOS_END:
        last = head
    else:
        stop = next(
            (
                x
                for x in range(after, min(n, after + _MAX_COMPLEMENT + 1))
                if dt.tokens[x].text in _APPOS_END or dt.sent[x] != sent
            ),
            None,
        )
        genitive = stop is not None and stop - after == 1 and _is_possessive(dt, after, lang) == 1
        if stop is not None and (genitive or _is_complement(dt, after, stop - 1, lang)):
            last = stop - 1
        elif dt.tokens[after].text[:1].isupper():
            return None  # "X, Präsident Putin": the title belongs to the next name
        else:
            last = head
    return _phrase(dt, text, begin, last, head, lang)


def find_role_references(
    dt: DocTokens, text: str, lang: LangData, covered: set[int]
) -> list[tuple[int, int, RoleMatch]]:
    """Role-only noun phrases (``der Generalsekretär``): (start, end, role) for each, outside ``covered`` tokens."""
    out: list[tuple[int, int, RoleMatch]] = []
    toks = dt.tokens
    n = len(toks)
    i = 0
    while i < n:
        tok = toks[i]
        if i in covered or not _is_title(tok, lang) or tok.feat("Number") == "Plur":
            i += 1
            continue
        last = i
        while last + 1 < n and last + 1 not in covered and _is_title(toks[last + 1], lang):
            last += 1
        j = i - 1
        while j >= 0 and dt.sent[j] == dt.sent[i] and j not in covered and _is_modifier(toks[j], lang):
            j -= 1
        nxt = toks[last + 1] if last + 1 < n else None
        followed_by_name = nxt is not None and (last + 1) in covered
        if (
            j >= 0
            and dt.sent[j] == dt.sent[i]
            and toks[j].text.lower() in lang.determiners
            and j not in covered
            and not followed_by_name
        ):
            role = _phrase(dt, text, j + 1, last, last, lang)
            out.append((toks[j].start, toks[last].end, role))
        i = last + 1
    return out
