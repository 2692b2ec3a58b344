"""Hand-built Docs for the linking tests (imported as ``link_helpers``; a unique name, unlike conftest): regex tokens, sentence splits at . ! ?, hand-placed mentions."""

from __future__ import annotations

import re
from collections.abc import Sequence

from lagebild.model import Article, Doc, Mention, Sentence, Span, Token

_TOKEN_RE = re.compile(r"[^\W_]+(?:['’][^\W_]+)?(?:[-–][^\W_]+)*|[^\w\s]")

MentionSpec = tuple[str, str] | tuple[str, str, int]


def make_doc(article_id: str, text: str, mentions: Sequence[MentionSpec], lang: str = "de") -> Doc:
    """``mentions``: (surface, type) in reading order, each found after the previous one; (surface, type, n)
    takes the n-th occurrence in the whole text instead."""
    tokens = tuple(
        Token(i=i, start=m.start(), end=m.end(), text=m.group(0)) for i, m in enumerate(_TOKEN_RE.finditer(text))
    )
    sentences: list[Sentence] = []
    begin = 0
    for tok in tokens:
        if tok.text in ".!?":
            sentences.append(Sentence(tokens[begin].start, tok.end, begin, tok.i + 1))
            begin = tok.i + 1
    if begin < len(tokens):
        sentences.append(Sentence(tokens[begin].start, tokens[-1].end, begin, len(tokens)))
    found: list[Mention] = []
    cursor = 0
    for spec in mentions:
        surface, etype = spec[0], spec[1]
        if len(spec) == 3:
            pos = -1
            for _ in range(spec[2] + 1):  # type: ignore[misc]
                pos = text.index(surface, pos + 1)
        else:
            pos = text.index(surface, cursor)
            cursor = pos + len(surface)
        span = Span(article_id, pos, pos + len(surface))
        found.append(Mention(span=span, text=surface, type=etype))
    found.sort(key=lambda m: m.span)
    article = Article(id=article_id, text=text, lang=lang)
    return Doc(article=article, lang=lang, tokens=tokens, sentences=tuple(sentences), mentions=tuple(found))
