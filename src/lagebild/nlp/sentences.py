"""Quote-aware sentence splitter over token spans.

Rules: a line break that ends a paragraph (or a line without final punctuation, e.g. a
headline) ends the sentence; sentence-final punctuation (``. ! ? …``, plus any closing
quotes and brackets after it) ends the sentence when the next token can start one; no
sentence boundary is placed inside an open quotation, and an opening quotation mark
after final punctuation starts the next sentence. Languages may add :class:`StartCues` for
boundaries without punctuation (German: ``sentence_cues_de.GERMAN_CUES``).
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["StartCues", "split_sentences"]


@dataclass(frozen=True, slots=True)
class StartCues:
    """Language-specific evidence for a boundary without final punctuation (``... zu empfehlen Seit 1964 ...``):
    a capitalised word from ``starters`` right after a word that is not in ``not_after`` (articles,
    prepositions, conjunctions: ``ohne Wenn und Aber``) starts a new sentence; after a capitalised word
    only when it is also in ``after_names`` (``Falkensee Wir ...``, but not a title such as ``King Es``)."""

    starters: frozenset[str] = frozenset()
    not_after: frozenset[str] = frozenset()
    after_names: frozenset[str] = frozenset()
    # starters that can be nouns: not after "article + inflected adjective" ("das große Wir")
    nominal: frozenset[str] = frozenset()
    adjective_endings: tuple[str, ...] = ()

    def starts_here(self, toks: list[str], i: int) -> bool:
        """Does a sentence start at token ``i`` (``i >= 1``)?"""
        tok, prev = toks[i], toks[i - 1]
        if tok not in self.starters or not prev.isalpha() or prev in self.not_after:
            return False
        if prev[:1].islower():
            if tok in self.nominal and prev.endswith(self.adjective_endings):
                return not (i >= 2 and toks[i - 2].lower() in self.not_after)
            return True
        return tok in self.after_names and not prev.isupper()


_NO_CUES = StartCues()

_FINAL = frozenset({".", "!", "?", "…", "...", "?!", "!?"})


def _is_final(tok: str) -> bool:
    """Sentence-final punctuation, a run of four or more dots included ("....")."""
    return tok in _FINAL or tok.startswith("....")


# an emoticon ends a sentence like final punctuation when a capitalised word follows ("toll ;-) Nur ...")
EMOTICONS = frozenset(a + b + c for a in ":;" for b in ("", "-") for c in "()DPp")
_CLOSERS = frozenset({")", "]", "}", "“", "”", "«", "›", "'", '"', "’", "‘", "''"})
_OPEN_BRACKETS = frozenset({"(", "[", "{"})
# Abbreviations that commonly end a sentence ("... und Ähnliches usw. Dann ...").
_SENTENCE_END_ABBREV = frozenset(
    {"usw.", "etc.", "usf.", "ff.", "Chr.", "a.", "ä.", "jr.", "Jr.", "Inc.", "Ltd.", "Co."}
)
# Quotes whose opening/closing role depends on context.
_AMBIGUOUS_QUOTES = frozenset({'"', "“", "”", "«", "»", "›", "‹"})
_QUOTE_TOKENS = _AMBIGUOUS_QUOTES | {"„", "‚", "``", "''"}
# How far an opening quotation mark may reach before it is treated as unbalanced.
_MAX_QUOTE_CHARS = 800
_UNMATCHED = 2  # role of an opening mark without its closing one


def _quote_role(text: str, start: int, end: int, tok: str, depth: int) -> int:
    """+1 opening, -1 closing, 0 not a quotation mark."""
    if tok in ("„", "‚", "``"):
        return 1
    if tok == "''":
        return -1
    if tok not in _AMBIGUOUS_QUOTES:
        return 0
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    space_before = before.isspace() or before in "([{—–-/"
    space_after = after.isspace() or after in ".,;:!?)]}"
    if tok in ("»", "›"):
        # German »…«; Swiss/French «…» uses » as closer after a word
        return 1 if space_before or not space_after else -1
    if tok in ("«", "‹"):
        return -1 if not space_before or space_after else 1
    if tok == "“":
        # German closing (after „), English opening
        if depth > 0 and not space_before:
            return -1
        return 1 if space_before and not space_after else -1
    if tok == "”":
        return -1 if depth > 0 or not space_before else 1
    # ASCII double quote
    if space_before and not space_after:
        return 1
    if space_after and not space_before:
        return -1
    return -1 if depth > 0 else 1


def _can_start(tok: str) -> bool:
    c = tok[0]
    return c.isupper() or c.isdigit() or c in "„»«\"“‚(['" or not c.isalpha() and not c.isspace() and c not in ",;:.)]"


def _line_breaks(text: str, spans: list[tuple[int, int]]) -> list[bool]:
    """``True`` for each token preceded by a line break (after the previous token)."""
    find = text.find
    return [False] + [find("\n", spans[i - 1][1], spans[i][0]) >= 0 for i in range(1, len(spans))]


def _quote_roles(text: str, spans: list[tuple[int, int]], toks: list[str], breaks: list[bool]) -> list[int]:
    """Quote role of each token (+1 opening, -1 closing, 0 none). An opening mark that is not closed
    within its line/paragraph (or within ``_MAX_QUOTE_CHARS``) gets ``_UNMATCHED``: an unbalanced quote
    must not swallow the sentence boundaries after it."""
    roles = [0] * len(spans)
    stack: list[int] = []  # indices of the open quotation marks

    def drop_open() -> None:
        for k in stack:
            roles[k] = _UNMATCHED
        stack.clear()

    for i, (s, e) in enumerate(spans):
        if breaks[i]:
            drop_open()  # quotations do not run across line breaks here
        if stack and s - spans[stack[-1]][0] > _MAX_QUOTE_CHARS:
            drop_open()
        if toks[i] not in _QUOTE_TOKENS:
            continue
        r = _quote_role(text, s, e, toks[i], len(stack))
        if r > 0:
            stack.append(i)
        elif r < 0 and stack:
            stack.pop()
        roles[i] = r
    drop_open()
    return roles


def split_sentences(text: str, spans: list[tuple[int, int]], cues: StartCues = _NO_CUES) -> list[tuple[int, int]]:
    """Return ``(tok_start, tok_end)`` ranges of sentences over ``spans`` (``cues``: see :class:`StartCues`)."""
    n = len(spans)
    if n == 0:
        return []
    toks = [text[s:e] for s, e in spans]
    breaks = _line_breaks(text, spans)
    roles = _quote_roles(text, spans, toks, breaks)
    starters = cues.starters
    # depth *before* each token, recomputed in the loop below
    bounds: list[int] = [0]
    depth = 0
    open_at = -1
    i = 0
    while i < n:
        s = spans[i][0]
        if breaks[i]:
            if bounds[-1] != i:
                bounds.append(i)
            depth = 0
        if depth > 0 and s - open_at > _MAX_QUOTE_CHARS:
            depth = 0
        r = roles[i]
        if r == 1:
            depth += 1
            open_at = s
        elif r < 0 and depth > 0:
            depth -= 1
        tok = toks[i]
        if tok in starters and depth == 0 and i > 0 and bounds[-1] != i and cues.starts_here(toks, i):
            bounds.append(i)
        is_final = (
            _is_final(tok)
            or tok in EMOTICONS
            or (tok in _SENTENCE_END_ABBREV and i + 1 < n and toks[i + 1][0].isupper())
        )
        if not is_final:
            i += 1
            continue
        # absorb closing quotes/brackets and further final punctuation
        j = i + 1
        while j < n and (_is_final(toks[j]) or (toks[j] in _CLOSERS and roles[j] <= 0)) and not breaks[j]:
            if roles[j] < 0 and depth > 0:
                depth -= 1
            elif toks[j] in _CLOSERS and toks[j] in ")]}":
                pass
            j += 1
        if j >= n:
            break
        nxt = toks[j]
        if depth == 0 and _can_start(nxt):
            bounds.append(j)
        elif depth > 0 and roles[j] > 0:
            # an opening quote after final punctuation inside an unbalanced quote: trust the new opening
            depth = 0
            bounds.append(j)
        i = j
    bounds.append(n)
    out = []
    for a, b in zip(bounds, bounds[1:], strict=False):
        if b > a:
            out.append((a, b))
    return out
