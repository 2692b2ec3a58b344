"""NLP stage: language, sentences, tokens, lemmas, POS, morphology, syntax, entity mentions.

``process(article)`` detects the language (unless given), picks that language's pipeline from
the registry (German now; other languages get the language-independent path with a warning)
and returns a :class:`~lagebild.model.Doc` whose offsets index ``article.text`` exactly.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import replace
from typing import Protocol

from ..model import Article, Doc
from .langid import DEFAULT_LANGUAGES, detect_language

log = logging.getLogger(__name__)

__all__ = [
    "DEFAULT_LANGUAGES",
    "Pipeline",
    "configure",
    "detect_language",
    "get_pipeline",
    "process",
    "register",
]


class Pipeline(Protocol):
    lang: str

    def __call__(self, article: Article) -> Doc: ...


def _german() -> Pipeline:
    from .german import GermanPipeline

    return GermanPipeline()


_FACTORIES: dict[str, Callable[[], Pipeline]] = {"de": _german}
_LANGUAGES: list[tuple[str, ...]] = [DEFAULT_LANGUAGES]
_CACHE: dict[str, Pipeline] = {}
_WARNED: set[str] = set()


def configure(languages: tuple[str, ...] | list[str] | None = None) -> None:
    """Restrict language identification to ``languages`` (ISO 639-1 codes; ``None`` resets)."""
    _LANGUAGES[0] = tuple(languages) if languages else DEFAULT_LANGUAGES


def register(lang: str, factory: Callable[[], Pipeline]) -> None:
    """Register (or replace) the pipeline factory for ``lang``."""
    _FACTORIES[lang] = factory
    _CACHE.pop(lang, None)


def get_pipeline(lang: str) -> Pipeline:
    """The pipeline for ``lang``, built once per process."""
    pipe = _CACHE.get(lang)
    if pipe is None:
        factory = _FACTORIES.get(lang)
        if factory is None:
            from .generic import GenericPipeline

            if lang not in _WARNED:
                log.warning("no NLP model for language %r: tokens, sentences and name candidates only", lang)
                _WARNED.add(lang)
            pipe = GenericPipeline(lang)
        else:
            pipe = factory()
        _CACHE[lang] = pipe
    return pipe


def process(article: Article, lang: str | None = None) -> Doc:
    """Tokens, sentences, annotations and entity mentions for one article (offsets exact)."""
    lang = lang or article.lang or detect_language(article.text, _LANGUAGES[0])
    if article.lang != lang:
        article = replace(article, lang=lang)
    return get_pipeline(lang)(article)
