"""Per-language event cue lexicons (``events/data/cues_<lang>.json``) and collective actors
(``events/data/collectives_<lang>.json``), loaded once."""

from __future__ import annotations

import json
import logging
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

log = logging.getLogger(__name__)

__all__ = ["ACTIONS", "CueLexicon", "Collective", "load_collectives", "load_cues"]

ACTIONS: tuple[str, ...] = (
    "DEMAND",
    "REJECT",
    "OFFER",
    "PROPOSE",
    "THREATEN",
    "ACCUSE",
    "WARN",
    "CRITICIZE",
    "DENY",
    "MEET",
    "STATEMENT",
)


@dataclass(frozen=True, slots=True)
class CueLexicon:
    lang: str
    verbs: dict[str, str]
    needs: dict[str, tuple[str, frozenset[str]]]
    particles: frozenset[str]
    negation: frozenset[str]
    hypothetical: frozenset[str]
    reporting_hypothetical: frozenset[str]
    pronouns_sing: frozenset[str]
    pronouns_plural: frozenset[str]
    meeting_nouns: frozenset[str]
    meeting_words: frozenset[str]
    noun_cues: dict[str, str]
    light_verbs: frozenset[str]
    locative: frozenset[str]
    genitive: frozenset[str]  # articles that open a genitive attribute (never the subject)
    auxiliary_after_zu: frozenset[str] = frozenset()


@dataclass(frozen=True, slots=True)
class Collective:
    canonical: str
    names: frozenset[str]
    pattern: re.Pattern[str]


def _read(name: str, lang: str) -> tuple[str, dict]:
    files = resources.files("lagebild.events").joinpath("data")
    if not files.joinpath(f"{name}_{lang}.json").is_file():
        lang = "en"
    return lang, json.loads(files.joinpath(f"{name}_{lang}.json").read_text("utf-8"))


@lru_cache(maxsize=8)
def load_cues(lang: str) -> CueLexicon:
    lang, raw = _read("cues", lang)
    for action in raw["verbs"].values():
        if action not in ACTIONS:
            raise ValueError(f"cues_{lang}.json: unknown action {action!r}")
    return CueLexicon(
        lang=lang,
        verbs=dict(raw["verbs"]),
        needs={k: (v["action"], frozenset(v["with"])) for k, v in raw.get("needs", {}).items()},
        particles=frozenset(raw.get("particles", [])),
        negation=frozenset(raw.get("negation", [])),
        hypothetical=frozenset(raw.get("hypothetical", [])),
        reporting_hypothetical=frozenset(raw.get("reporting_hypothetical", [])),
        pronouns_sing=frozenset(raw.get("pronouns_sing", [])),
        pronouns_plural=frozenset(raw.get("pronouns_plural", [])),
        meeting_nouns=frozenset(raw.get("meeting_nouns", [])),
        meeting_words=frozenset(raw.get("meeting_words", [])),
        noun_cues=dict(raw.get("noun_cues", {})),
        light_verbs=frozenset(raw.get("light_verbs", [])),
        locative=frozenset(raw.get("locative", [])),
        genitive=frozenset(raw.get("genitive", [])),
        auxiliary_after_zu=frozenset(raw.get("auxiliary_after_zu", [])),
    )


@lru_cache(maxsize=8)
def load_collectives(lang: str) -> tuple[Collective, ...]:
    lang, raw = _read("collectives", lang)
    out = []
    for canonical, spec in sorted(raw["actors"].items()):
        alt = "|".join(f"(?:{p})" for p in spec["patterns"])
        pattern = re.compile(rf"(?<![\w-])(?:{alt})(?![\w-])")
        out.append(Collective(canonical=canonical, names=frozenset(spec["names"]), pattern=pattern))
    return tuple(out)
