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
    tokens = []
    for i, (s, e) in enumerate(spans):
        if annotations is not None:
            lemma, upos, xpos, morph, head, dep = annotations[i]
        else:
            lemma, upos, xpos, morph, head, dep = "", "", "", "", -1, ""
        tokens.append(
            Token(
                i=i, start=s, end=e, text=text[s:e], lemma=lemma, upos=upos, xpos=xpos, morph=morph,
                head=head, dep=dep, ent_iob=iob[i], ent_type=etype[i],
            )
        )  # fmt: skip
    sentences = tuple(Sentence(start=spans[a][0], end=spans[b - 1][1], tok_start=a, tok_end=b) for a, b in sents)
    return Doc(article=article, lang=lang, tokens=tuple(tokens), sentences=sentences, mentions=tuple(mentions))
