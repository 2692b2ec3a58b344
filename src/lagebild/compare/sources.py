"""The sources an article leans on: "laut TASS", "wie von Bloomberg zitiert", "nach US-Angaben".

Patterns are per language (German and English here; a language without patterns yields nothing).
A found name is normalised: when it overlaps a linked entity mention, the entity's canonical name
is used; otherwise leading quantifiers are dropped ("mehreren russischen Nachrichtenagenturen" ->
"russische Nachrichtenagenturen") and the surface form is kept.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from ..model import Entity, Span

log = logging.getLogger(__name__)

__all__ = ["SourceRef", "find_sources", "mentions_by_article"]

_CAP = r"[A-ZÄÖÜ][\w&.'’-]*\w"
_NAME = rf"{_CAP}(?:\s+{_CAP}){{0,3}}"
_ADJ = r"[a-zäöüß][\w-]*en"  # inflected adjectives before "zufolge": "russischen"

# each pattern has a group "src"; optional group "adj" holds lower-case words before it
_PATTERNS: dict[str, tuple[re.Pattern[str], ...]] = {
    "de": (
        re.compile(rf"\b[Ll]aut\s+(?:(?:einem|einer)\s+\w+\s+)?(?:(?:der|dem|des|den|von)\s+)?(?P<src>{_NAME})"),
        re.compile(
            rf"\b[Ww]ie\s+(?:von\s+|vom\s+)?(?:(?:der|dem|den|die|das)\s+)?(?P<src>{_NAME})\s+"
            r"(?:zitiert|berichtet|berichtete|meldet|meldete|gemeldet|schreibt|schrieb)\b"
        ),
        re.compile(r"\b[Nn]ach\s+(?P<src>[A-ZÄÖÜ][\w]*(?:-[A-ZÄÖÜ]?\w+)*-Angaben)\b"),
        re.compile(rf"\b[Nn]ach\s+(?:Angaben|Informationen|Darstellung)\s+(?:der|des|von|vom)\s+(?P<src>{_NAME})"),
        re.compile(
            r"\b[Uu]nter\s+Berufung\s+auf\s+(?:(?:die|den|das|der|einen|eine)\s+)?"
            rf"(?:(?:[\w-]+-)?(?:Nachrichtenagentur|Agentur|Zeitung|Sender|Kreise)\s+)?(?P<src>{_NAME})"
        ),
        re.compile(rf"(?<![.!?]\s)\b(?P<src>{_NAME})\s+(?:berichtete|meldete|berichtet|meldet)\b"),
        re.compile(rf"(?<![\w-])(?P<adj>(?:{_ADJ}\s+){{0,2}})(?P<src>{_CAP})\s+zufolge\b"),
        re.compile(rf"\bzitiert(?:e)?\s+(?P<src>{_NAME})(?=\s+(?:die|der|das|den|ihn|sie|es)\b)"),
        re.compile(rf"(?<![.!?]\s)\b(?P<src>{_NAME})\s+zitiert(?:e)?\b"),
        re.compile(
            r"\b(?:der|dem|des|die)\s+(?:[\w-]+-)?(?:Nachrichtenagentur|Agentur|Sender|Fernsehsender|"
            rf"Radiosender|Zeitung|Zeitschrift|Magazin|Webseite|Website)\s+(?P<src>{_NAME})"
        ),
    ),
    "en": (
        re.compile(rf"\b[Aa]ccording\s+to\s+(?:the\s+)?(?P<src>{_NAME})"),
        re.compile(rf"\b[Aa]s\s+(?:reported|quoted|cited)\s+by\s+(?:the\s+)?(?P<src>{_NAME})"),
        re.compile(rf"\b[Cc]iting\s+(?:the\s+)?(?P<src>{_NAME})"),
        re.compile(rf"\b(?P<src>{_NAME})\s+(?:reported|quoted|cited)\b"),
        re.compile(
            r"\b(?:the\s+)?(?:news\s+agency|agency|broadcaster|newspaper|channel|network)\s+"
            rf"(?P<src>{_NAME})"
        ),
    ),
}
# words that are not a source by themselves ("laut Angaben", "Berichten zufolge", "Außerdem zitierte")
_GENERIC = frozenset(
    {
        "angaben", "berichten", "berichte", "bericht", "informationen", "medienberichten", "medien",
        "außerdem", "zudem", "dann", "damals", "später", "reports", "report", "sources", "the", "it", "he", "she",
        "they", "this", "that", "diesen", "diesem", "dieser", "ihm", "ihr", "ihnen", "die", "der", "das", "den",
        "dem", "des", "ein", "eine", "einem", "einer", "es", "er", "sie", "wie", "nach", "laut",
        "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag", "heute", "gestern",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday",
    }
)  # fmt: skip
_QUANTIFIERS = frozenset(
    {"mehreren", "einigen", "verschiedenen", "zahlreichen", "vielen", "zwei", "drei", "den", "der", "dem", "des"}
)
_DATIVE_PLURAL_ADJ = re.compile(r"(?<=\w)en$")


@dataclass(frozen=True, slots=True)
class SourceRef:
    name: str  # normalised
    span: Span  # the words naming the source
    cue: Span  # the whole attribution phrase ("laut TASS")


def find_sources(
    article: str,
    text: str,
    lang: str | None = "de",
    mentions: Sequence[tuple[int, int, str]] = (),
    exclude: Iterable[tuple[int, int]] = (),
) -> list[SourceRef]:
    """All source attributions in ``text``, in text order (duplicates kept, one per occurrence).

    ``mentions`` are (start, end, canonical name) of the article's linked entity mentions.

    ``exclude`` spans (e.g. the reported quotes) are skipped: a source named inside a quote is the
    speaker's, not the outlet's.
    """
    patterns = _PATTERNS.get((lang or "de")[:2], ())
    excluded = sorted(exclude)
    mention_index = sorted(mentions)
    out: dict[tuple[int, int], SourceRef] = {}
    for pattern in patterns:
        for m in pattern.finditer(text):
            s, e = m.span("src")
            if _inside(excluded, s, e):
                continue
            surface = m.group("src").rstrip(".")
            e = s + len(surface)
            if surface.lower() in _GENERIC or surface.split()[0].lower() in _GENERIC:
                continue
            adj = m.groupdict().get("adj") or ""
            name = _normalise(surface, adj, mention_index, s, e)
            start = _adj_start(m, s)
            key = (start, e)
            if key not in out:
                out[key] = SourceRef(name=name, span=Span(article, start, e), cue=Span(article, m.start(), m.end()))
    return [out[k] for k in sorted(out)]


def _adj_start(m: re.Match[str], default: int) -> int:
    if m.groupdict().get("adj"):
        words = [w for w in m.group("adj").split() if w.lower() not in _QUANTIFIERS]
        if words:
            return m.start("adj") + m.group("adj").index(words[0])
        return m.start("src")
    return default


def _normalise(surface: str, adj: str, mentions: list[tuple[int, int, str]], s: int, e: int) -> str:
    for ms, me, name in mentions:
        if ms < e and s < me:
            return name
    words = [w for w in adj.split() if w.lower() not in _QUANTIFIERS]
    if words:
        # dative plural after "zufolge": "russischen Nachrichtenagenturen" -> "russische Nachrichtenagenturen"
        words = [_DATIVE_PLURAL_ADJ.sub("e", w) for w in words]
        return " ".join([*words, surface])
    return surface


def mentions_by_article(entities: Sequence[Entity]) -> dict[str, list[tuple[int, int, str]]]:
    """Article id -> sorted (start, end, canonical name) of every linked mention."""
    out: dict[str, list[tuple[int, int, str]]] = {}
    for ent in entities:
        for m in ent.mentions:
            out.setdefault(m.article, []).append((m.start, m.end, ent.name))
    for spans in out.values():
        spans.sort()
    return out


def _inside(excluded: Sequence[tuple[int, int]], s: int, e: int) -> bool:
    return any(xs <= s and e <= xe for xs, xe in excluded)
