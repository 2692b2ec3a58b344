"""The project's trained spaCy pipeline (tagger, morphologizer, lemmatizer, parser, NER).

Built by ``python -m training.build_model`` from licence-clean data and shipped in
``lagebild/nlp/models/<lang>``; loaded lazily once per process. spaCy is used only as a
model runner: tokens and sentences come from the project's own tokeniser and splitter.
"""

from __future__ import annotations

import logging
import os
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


MODELS_ENV = "LAGEBILD_MODELS"


def model_path(lang: str) -> Path | None:
    """The shipped pipeline for ``lang``; ``$LAGEBILD_MODELS/<lang>`` instead when that variable is set
    (how ``training.crossval`` scores the pipeline of each fold with the same evaluate commands)."""
    root = os.environ.get(MODELS_ENV)
    base = Path(root) if root else Path(str(resources.files("lagebild.nlp").joinpath("models")))
    path = base / lang
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
        texts: dict[int, str] = {0: ""}
        feats: dict[int, str] = {0: ""}

        def text_of(h: int) -> str:
            out = texts.get(h)
            if out is None:
                out = texts[h] = strings[h]
            return out

        def texts_of(hashes: list[int]) -> list[str]:
            for h in set(hashes).difference(texts):
                texts[h] = strings[h]
            return [texts[h] for h in hashes]

        def feats_of(hashes: list[int]) -> list[str]:
            for h in set(hashes).difference(feats):
                feats[h] = _feats(strings[h])
            return [feats[h] for h in hashes]

        attrs = [LEMMA, POS, TAG, MORPH, HEAD, DEP, ENT_IOB, ENT_TYPE]
        out = []
        for doc in self.nlp.pipe(docs, batch_size=256, disable=disable):
            n = len(doc)
            arr = doc.to_array(attrs)
            lem, pos, tag, mor, _head, dep, iob, typ = arr.T.tolist()
            if self.has_parser:
                # HEAD offsets come back as unsigned 64-bit integers: reinterpret them as signed
                heads = (arr[:, 4].astype("int64") + _arange(n)).tolist()
                deps = texts_of(dep)
            else:
                heads, deps = [-1] * n, [""] * n
            out.append(
                SentenceAnalysis(
                    lemmas=texts_of(lem) if any(lem) else [""] * n,  # no lemmatizer: all 0
                    upos=texts_of(pos),
                    xpos=texts_of(tag),
                    morph=feats_of(mor),
                    heads=heads,
                    deps=deps,
                    ents=_entities(iob, typ, text_of),
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


@lru_cache(maxsize=256)
def _arange(n: int) -> Any:
    import numpy

    return numpy.arange(n, dtype="int64")


def _feats(value: str) -> str:
    return "" if value == "_" else value


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
