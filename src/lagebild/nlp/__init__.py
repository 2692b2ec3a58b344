"""NLP stage (owner: issue 4). TEMPORARY interface placeholder, replaced by the real stage."""

from __future__ import annotations

import re

from ..model import Article, Doc, Sentence, Token

_TOK = re.compile(r"\w+(?:[-.]\w+)*|\S", re.UNICODE)
_SENT_END = re.compile(r"(?<=[.!?])\s+(?=[A-ZÄÖÜ„\"»])")


def process(article: Article, lang: str | None = None) -> Doc:
    """Tokens, sentences and entity mentions for one article (offsets exact)."""
    text = article.text
    tokens = [Token(i=i, start=m.start(), end=m.end(), text=m.group()) for i, m in enumerate(_TOK.finditer(text))]
    bounds = [0] + [m.end() for m in _SENT_END.finditer(text)] + [len(text)]
    sents = []
    ti = 0
    for s, e in zip(bounds, bounds[1:]):
        t0 = ti
        while ti < len(tokens) and tokens[ti].start < e:
            ti += 1
        if ti > t0:
            sents.append(Sentence(start=tokens[t0].start, end=tokens[ti - 1].end, tok_start=t0, tok_end=ti))
    return Doc(article=article, lang=lang or "de", tokens=tuple(tokens), sentences=tuple(sents))
