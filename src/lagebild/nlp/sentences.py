"""Quote-aware sentence splitter over token spans.

Rules: a line break that ends a paragraph (or a line without final punctuation, e.g. a
headline) ends the sentence; sentence-final punctuation (``. ! ? …``, plus any closing
quotes and brackets after it) ends the sentence when the next token can start one; no
sentence boundary is placed inside an open quotation, and an opening quotation mark
after final punctuation starts the next sentence.
"""

from __future__ import annotations

__all__ = ["split_sentences"]

_FINAL = frozenset({".", "!", "?", "…", "...", "?!", "!?"})
_CLOSERS = frozenset({")", "]", "}", "“", "”", "«", "›", "'", '"', "’", "‘"})
_OPEN_BRACKETS = frozenset({"(", "[", "{"})
# Abbreviations that commonly end a sentence ("... und Ähnliches usw. Dann ...").
_SENTENCE_END_ABBREV = frozenset(
    {"usw.", "etc.", "usf.", "ff.", "Chr.", "a.", "ä.", "jr.", "Jr.", "Inc.", "Ltd.", "Co."}
)
# Quotes whose opening/closing role depends on context.
_AMBIGUOUS_QUOTES = frozenset({'"', "“", "”", "«", "»", "›", "‹"})
# How far an opening quotation mark may reach before it is treated as unbalanced.
_MAX_QUOTE_CHARS = 3000


def _quote_role(text: str, start: int, end: int, tok: str, depth: int) -> int:
    """+1 opening, -1 closing, 0 not a quotation mark."""
    if tok in ("„", "‚"):
        return 1
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


def split_sentences(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Return ``(tok_start, tok_end)`` ranges of sentences over ``spans``."""
    n = len(spans)
    if n == 0:
        return []
    toks = [text[s:e] for s, e in spans]
    roles = [0] * n
    depth = 0
    open_at = -1
    for i, (s, e) in enumerate(spans):
        if i > 0 and "\n" in text[spans[i - 1][1] : s]:
            depth = 0  # quotations do not run across paragraph breaks here
        if depth > 0 and s - open_at > _MAX_QUOTE_CHARS:
            depth = 0
        r = _quote_role(text, s, e, toks[i], depth)
        if r > 0:
            depth += 1
            open_at = s
        elif r < 0 and depth > 0:
            depth -= 1
        roles[i] = r
    # depth *before* each token, recomputed in the loop below
    bounds: list[int] = [0]
    depth = 0
    open_at = -1
    i = 0
    while i < n:
        s, e = spans[i]
        if i > 0 and "\n" in text[spans[i - 1][1] : s]:
            if bounds[-1] != i:
                bounds.append(i)
            depth = 0
        if depth > 0 and s - open_at > _MAX_QUOTE_CHARS:
            depth = 0
        r = roles[i]
        if r > 0:
            depth += 1
            open_at = s
        elif r < 0 and depth > 0:
            depth -= 1
        tok = toks[i]
        is_final = tok in _FINAL or (tok in _SENTENCE_END_ABBREV and i + 1 < n and toks[i + 1][0].isupper())
        if not is_final:
            i += 1
            continue
        # absorb closing quotes/brackets and further final punctuation
        j = i + 1
        while (
            j < n
            and (toks[j] in _FINAL or (toks[j] in _CLOSERS and roles[j] <= 0))
            and "\n" not in text[spans[j - 1][1] : spans[j][0]]
        ):
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
