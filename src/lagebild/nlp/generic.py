"""Language-independent path: tokens, sentences and capitalised-name candidates."""

from __future__ import annotations

from ..model import Article, Doc
from .docbuild import EntitySpan, build_doc
from .sentences import split_sentences
from .tokenize import tokenize

__all__ = ["GenericPipeline", "capitalised_candidates"]

_OPENERS = frozenset({"„", "»", "«", '"', "“", "‚", "``", "(", "[", ":", "–", "—"})


def capitalised_candidates(words: list[str], sent_starts: set[int]) -> list[EntitySpan]:
    """Runs of capitalised words that do not start a sentence or quotation (type MISC)."""
    out: list[EntitySpan] = []
    i, n = 0, len(words)
    while i < n:
        w = words[i]
        initial = i in sent_starts or (i > 0 and words[i - 1] in _OPENERS)
        if w[:1].isupper() and w.isalpha() and not initial:
            j = i + 1
            while j < n and words[j][:1].isupper() and words[j].replace("-", "").isalpha():
                j += 1
            out.append((i, j, "MISC", "candidate"))
            i = j
        else:
            i += 1
    return out


class GenericPipeline:
    """Pipeline for languages without a trained model."""

    def __init__(self, lang: str) -> None:
        self.lang = lang

    def __call__(self, article: Article) -> Doc:
        text = article.text
        spans = tokenize(text)
        sents = split_sentences(text, spans)
        words = [text[s:e] for s, e in spans]
        starts = {a for a, _ in sents}
        return build_doc(article, self.lang, spans, sents, None, capitalised_candidates(words, starts))
