"""Article language identification with lingua, restricted to a configurable set."""

from __future__ import annotations

import logging
from functools import lru_cache

log = logging.getLogger(__name__)

__all__ = ["DEFAULT_LANGUAGES", "detect_language"]

DEFAULT_LANGUAGES: tuple[str, ...] = ("de", "en", "fr", "it", "es", "nl", "pl", "ru", "uk")
_SAMPLE_CHARS = 4000


@lru_cache(maxsize=8)
def _detector(allowed: tuple[str, ...]):  # type: ignore[no-untyped-def]
    from lingua import IsoCode639_1, Language, LanguageDetectorBuilder

    langs = []
    for code in allowed:
        try:
            langs.append(Language.from_iso_code_639_1(getattr(IsoCode639_1, code.upper())))
        except (AttributeError, ValueError):
            log.warning("unknown language code %r ignored", code)
    if len(langs) < 2:
        return None
    return LanguageDetectorBuilder.from_languages(*langs).with_low_accuracy_mode().build()


def detect_language(text: str, allowed: tuple[str, ...] | list[str] = DEFAULT_LANGUAGES, default: str = "de") -> str:
    """ISO 639-1 code of ``text``'s language among ``allowed`` (``default`` when unsure or empty)."""
    allowed = tuple(sorted({a.lower() for a in allowed}))
    if len(allowed) == 1:
        return allowed[0]
    sample = text[:_SAMPLE_CHARS]
    if sum(c.isalpha() for c in sample) < 3:
        return default
    det = _detector(allowed)
    if det is None:
        return default
    lang = det.detect_language_of(sample)
    if lang is None:
        return default
    return lang.iso_code_639_1.name.lower()
