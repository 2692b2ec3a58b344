"""Assemble a :class:`~lagebild.model.Doc` from token spans, annotations and mentions."""

from __future__ import annotations

from collections.abc import Sequence

from ..model import Article, Doc, Mention, Sentence, Span, Token

__all__ = ["Annotation", "EntitySpan", "build_doc"]

# lemma, upos, xpos, morph, head (doc index, -1 none), dep
Annotation = tuple[str, str, str, str, int, str]
# token start, token end (exclusive), type, source
EntitySpan = tuple[int, int, str, str]


def build_doc(
    article: Article,
    lang: str,
    spans: Sequence[tuple[int, int]],
    sents: Sequence[tuple[int, int]],
    annotations: Sequence[Annotation] | None,
    entities: Sequence[EntitySpan],
) -> Doc:
    text = article.text
    iob = ["O"] * len(spans)
    etype = [""] * len(spans)
    mentions: list[Mention] = []
    for a, b, typ, source in sorted(entities):
        if b <= a or any(iob[t] != "O" for t in range(a, b)):
            continue
        iob[a] = "B"
        for t in range(a + 1, b):
            iob[t] = "I"
        for t in range(a, b):
            etype[t] = typ
        start, end = spans[a][0], spans[b - 1][1]
        mentions.append(Mention(span=Span(article.id, start, end), text=text[start:end], type=typ, source=source))
    blank: Annotation = ("", "", "", "", -1, "")
    anns = annotations if annotations is not None else [blank] * len(spans)
    # positional arguments in Token's field order (i, start, end, text, lemma, upos, xpos, morph, head,
    # dep, ent_iob, ent_type): keyword construction of 36k frozen tokens is measurably slower
    tokens = [
        Token(i, s, e, text[s:e], ann[0], ann[1], ann[2], ann[3], ann[4], ann[5], iob[i], etype[i])
        for i, ((s, e), ann) in enumerate(zip(spans, anns, strict=True))
    ]
    sentences = tuple(Sentence(start=spans[a][0], end=spans[b - 1][1], tok_start=a, tok_end=b) for a, b in sents)
    return Doc(article=article, lang=lang, tokens=tuple(tokens), sentences=sentences, mentions=tuple(mentions))
