"""Reporting-cue lexicons (``data/cues_<lang>.json``): speech verbs, cue prepositions and nouns.

The JSON files are curated by hand and documented in their ``_doc`` field. A language without
its own file gets the union of all shipped lexicons, so nothing assumes German only.
"""

from __future__ import annotations

import json
import logging
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

log = logging.getLogger(__name__)

__all__ = ["CueLexicon", "CueVerb", "lexicon_for"]

_SHIPPED = ("de", "en")


@dataclass(frozen=True, slots=True)
class CueVerb:
    """One speech verb: ``particle`` for separable verbs, ``requires`` a clause word (regex)."""

    lemma: str
    particle: str = ""
    requires: str = ""
    excludes: str = ""  # a word next to the verb that makes it no speech act ("sich bereit erklären")

    def requirement(self) -> re.Pattern[str] | None:
        return _pattern(self.requires)

    def exclusion(self) -> re.Pattern[str] | None:
        return _pattern(self.excludes)


@lru_cache(maxsize=512)
def _pattern(alternatives: str) -> re.Pattern[str] | None:
    return re.compile(rf"^(?:{alternatives})$", re.IGNORECASE) if alternatives else None


@dataclass(frozen=True, slots=True)
class CueLexicon:
    lang: str
    forms: dict[str, tuple[CueVerb, ...]]  # word form -> verbs (no particle needed, or joined form)
    finite: dict[str, tuple[CueVerb, ...]]  # finite base form of a separable verb -> verbs (particle needed)
    prepositions: frozenset[str]
    postpositions: frozenset[str]
    nach_nouns: frozenset[str]
    pronouns: dict[str, str]
    inverted: frozenset[str]
    subjunctive: frozenset[str]
    function: frozenset[str]
    stop_left: frozenset[str]
    adverbs: frozenset[str]
    adverb_cues: frozenset[str] = frozenset()
    post_nach_nouns: frozenset[str] = frozenset()
    denials: frozenset[str] = frozenset()  # lemmas of cues that reject what they refer to ("zurückweisen")
    time_nouns: frozenset[str] = frozenset()  # heads of time phrases, never a speaker ("In der letzten Woche")
    # objects that make a speech-act verb no speech act ("forderte 100 Todesopfer", "bestreitet das Finale")
    non_speech_objects: frozenset[str] = frozenset()


def _load_raw(lang: str) -> dict:
    path = resources.files("lagebild.quotes") / "data" / f"cues_{lang}.json"
    return json.loads(path.read_text(encoding="utf-8"))


def _build(raws: list[dict], lang: str) -> CueLexicon:
    forms: dict[str, list[CueVerb]] = {}
    finite: dict[str, list[CueVerb]] = {}
    sets: dict[str, set[str]] = {
        k: set()
        for k in (
            "prepositions",
            "postpositions",
            "nach_nouns",
            "subjunctive",
            "function",
            "stop_left",
            "time_nouns",
            "non_speech_objects",
        )
    }
    adverbs: set[str] = set()
    adverb_cues: set[str] = set()
    post_nach: set[str] = set()
    inverted: set[str] = set()
    denials: set[str] = set()
    pronouns: dict[str, str] = {}
    for raw in raws:
        for entry in raw["verbs"]:
            particle = entry.get("particle", "")
            req, exc = entry.get("requires", ""), entry.get("excludes", "")
            verb = CueVerb(lemma=entry["lemma"], particle=particle, requires=req, excludes=exc)
            joined = CueVerb(lemma=entry["lemma"], requires=req, excludes=exc)
            if particle and "finite" in entry:
                for f in entry["finite"]:
                    finite.setdefault(f, []).append(verb)
                for f in entry.get("joined", []):
                    forms.setdefault(f, []).append(joined)
            elif particle:
                for f in entry.get("forms", []):
                    finite.setdefault(f, []).append(verb)
            else:
                for f in entry.get("forms", []):
                    forms.setdefault(f, []).append(verb)
        for key, target in sets.items():
            target.update(w.lower() for w in raw.get(key, []))
        adverbs.update(w.lower() for w in raw.get("adverbs_initial", []))
        adverb_cues.update(w.lower() for w in raw.get("adverb_cues", []))
        post_nach.update(w.lower() for w in raw.get("postposition_nach_nouns", []))
        inverted.update(w.lower() for w in raw.get("inverted_cues", []))
        denials.update(raw.get("denials", []))
        pronouns.update(raw.get("pronouns", {}))
    return CueLexicon(
        lang=lang,
        forms={k: tuple(v) for k, v in forms.items()},
        finite={k: tuple(v) for k, v in finite.items()},
        prepositions=frozenset(sets["prepositions"]),
        postpositions=frozenset(sets["postpositions"]),
        nach_nouns=frozenset(sets["nach_nouns"]),
        pronouns=pronouns,
        inverted=frozenset(inverted),
        subjunctive=frozenset(sets["subjunctive"]),
        function=frozenset(sets["function"]),
        stop_left=frozenset(sets["stop_left"]),
        adverbs=frozenset(adverbs),
        adverb_cues=frozenset(adverb_cues),
        post_nach_nouns=frozenset(post_nach),
        denials=frozenset(denials),
        time_nouns=frozenset(sets["time_nouns"]),
        non_speech_objects=frozenset(sets["non_speech_objects"]),
    )


@lru_cache(maxsize=8)
def lexicon_for(lang: str | None) -> CueLexicon:
    """The cue lexicon for ``lang`` (ISO 639-1); unknown languages get all shipped lexicons merged."""
    code = (lang or "de").lower()[:2]
    if code in _SHIPPED:
        return _build([_load_raw(code)], code)
    log.debug("no cue lexicon for %r, using the union of %s", lang, _SHIPPED)
    return _build([_load_raw(c) for c in _SHIPPED], code)
