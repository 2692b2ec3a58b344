"""The project's trained spaCy pipeline (tagger, morphologizer, lemmatizer, parser, NER).

Built by ``python -m training.build_model`` from licence-clean data and shipped in
``lagebild/nlp/models/<lang>``; loaded lazily once per process. spaCy is used only as a
model runner: tokens and sentences come from the project's own tokeniser and splitter.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)

__all__ = ["SentenceAnalysis", "StatisticalModel", "load_model", "model_path"]


@dataclass(frozen=True, slots=True)
class SentenceAnalysis:
    lemmas: list[str]
    upos: list[str]
    xpos: list[str]
    morph: list[str]
    heads: list[int]  # sentence-internal index of the head (self for the root)
    deps: list[str]
    ents: list[tuple[int, int, str]]  # sentence-internal token range and label


def model_path(lang: str) -> Path | None:
    path = Path(str(resources.files("lagebild.nlp").joinpath("models", lang)))
    return path if (path / "meta.json").exists() else None


class StatisticalModel:
    """Runs a spaCy pipeline over pre-tokenised sentences."""

    def __init__(self, nlp: Any) -> None:
        self.nlp = nlp
        self.has_ner = "ner" in nlp.pipe_names
        self.has_parser = "parser" in nlp.pipe_names

    def analyse(
        self, sentences: Sequence[Sequence[str]], spaces: Sequence[Sequence[bool]] | None = None, ner: bool = True
    ) -> list[SentenceAnalysis]:
        from spacy.tokens import Doc

        vocab = self.nlp.vocab
        docs = [
            Doc(vocab, words=list(words), spaces=list(spaces[k]) if spaces is not None else None)
            for k, words in enumerate(sentences)
        ]
        from spacy.attrs import DEP, ENT_IOB, ENT_TYPE, HEAD, LEMMA, MORPH, POS, TAG

        disable = [d for d in (() if ner else ("ner",)) if d in self.nlp.pipe_names]
        strings = vocab.strings
        cache: dict[int, str] = {0: ""}

        def text_of(h: int) -> str:
            out = cache.get(h)
            if out is None:
                out = cache[h] = strings[h]
            return out

        out = []
        for doc in self.nlp.pipe(docs, batch_size=256, disable=disable):
            arr = doc.to_array([LEMMA, POS, TAG, MORPH, HEAD, DEP, ENT_IOB, ENT_TYPE]).tolist()
            n = len(arr)
            out.append(
                SentenceAnalysis(
                    lemmas=[text_of(r[0]) for r in arr],
                    upos=[text_of(r[1]) for r in arr],
                    xpos=[text_of(r[2]) for r in arr],
                    morph=[_feats(text_of(r[3])) for r in arr],
                    heads=[k + _signed(r[4]) for k, r in enumerate(arr)] if self.has_parser else [-1] * n,
                    deps=[text_of(r[5]) for r in arr] if self.has_parser else [""] * n,
                    ents=_entities([r[6] for r in arr], [r[7] for r in arr], text_of),
                )
            )
        return out


def _entities(iob: list[int], types: list[int], text_of: Any) -> list[tuple[int, int, str]]:
    """Entity spans from spaCy's ENT_IOB codes (3 = B, 1 = I, 2 = O, 0 = unset)."""
    out: list[tuple[int, int, str]] = []
    start = -1
    for k, code in enumerate(iob + [2]):
        if start >= 0 and code != 1:
            out.append((start, k, text_of(types[start])))
            start = -1
        if code == 3:
            start = k
    return out


def _feats(value: str) -> str:
    return "" if value == "_" else value


def _signed(value: int) -> int:
    """``Doc.to_array`` returns HEAD offsets as unsigned 64-bit integers."""
    return value - (1 << 64) if value >= (1 << 63) else value


@lru_cache(maxsize=4)
def load_model(lang: str) -> StatisticalModel | None:
    """The shipped model for ``lang`` or ``None`` (logged once) when there is none."""
    path = model_path(lang)
    if path is None:
        log.warning("no trained model shipped for %r; using the rule/lexicon fallback", lang)
        return None
    import spacy

    nlp = spacy.load(path)
    log.info("loaded NLP model %s (%s)", path, ", ".join(nlp.pipe_names))
    return StatisticalModel(nlp)
