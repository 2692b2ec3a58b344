"""Briefing templates per language. Only these fixed words may appear in a sentence unsupported.

Every slot is filled with text taken verbatim from an article (a quote, a figure, a name as written
there), so the grounding check can verify it against the support spans.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

__all__ = ["Templates", "join_list", "templates_for"]


@dataclass(frozen=True, slots=True)
class Templates:
    lang: str
    actors: str  # {names}
    labelled_quote_direct: str  # {label} {speaker} {quote}
    labelled_sentence: str  # {label} {sentence}
    shared_figure: str  # {figure}
    shared_figure_source: str  # {figure} {source}
    disputed: str  # {figures}
    only_one_figure: str  # {figure}
    only_one_sources: str  # {names}
    tone_both: str  # {negative} {positive}
    tone_negative: str  # {negative}
    and_word: str
    labels: dict[str, str]
    lead_words: tuple[str, ...] = ()  # kept in front of a figure: "seit Juli 2019", "rund 100.000"
    anaphoric: frozenset[str] = frozenset()  # sentence openers that need their antecedent ("Dies")
    quote_marks: tuple[str, str] = ("“", "”")

    def cite(self, text: str) -> str:
        return f"{self.quote_marks[0]}{text}{self.quote_marks[1]}"

    def words(self) -> frozenset[str]:
        """Every word of the fixed wording (what the check does not ask the support for)."""
        parts = [
            self.actors, self.labelled_quote_direct, self.labelled_sentence,
            self.shared_figure, self.shared_figure_source, self.disputed, self.only_one_figure,
            self.only_one_sources, self.tone_both, self.tone_negative, self.and_word, *self.labels.values(),
            *self.lead_words,
        ]  # fmt: skip
        text = re.sub(r"\{\w+\}", " ", " ".join(parts))
        return frozenset(re.findall(r"[^\W\d_]+", text))


_TEMPLATES = {
    "de": Templates(
        lang="de",
        actors="Im Mittelpunkt der Berichte stehen {names}.",
        labelled_quote_direct="{label} von {speaker}: „{quote}“",
        labelled_sentence="{label}: {sentence}",
        shared_figure="Mehrere Berichte nennen {figure}.",
        shared_figure_source="Mehrere Berichte nennen {figure} ({source}).",
        disputed="Die Angaben widersprechen sich: {figures}.",
        only_one_figure="Nur ein Bericht nennt {figure}.",
        only_one_sources="Nur ein Bericht beruft sich auf {names}.",
        tone_both="Im Ton gehen die Berichte auseinander: Der skeptischste spricht von „{negative}“, "
        "der zuversichtlichste von „{positive}“.",
        tone_negative="Der skeptischste Bericht spricht von „{negative}“.",
        and_word="und",
        labels={
            "MEET": "Treffen",
            "DEMAND": "Forderung",
            "OFFER": "Angebot",
            "REJECT": "Zurückweisung",
            "THREATEN": "Drohung",
            "WARN": "Warnung",
            "ACCUSE": "Vorwurf",
            "STATEMENT": "Aussage",
            "DISPUTE": "gegenüber",
        },
        quote_marks=("„", "“"),
        lead_words=(
            "seit",
            "vor",
            "nach",
            "bis",
            "über",
            "unter",
            "etwa",
            "rund",
            "fast",
            "knapp",
            "mehr als",
            "weniger als",
            "mindestens",
            "höchstens",
            "geschätzt",
        ),
        anaphoric=frozenset(
            {
                "dies",
                "das",
                "dieser",
                "diese",
                "dieses",
                "er",
                "sie",
                "es",
                "ihr",
                "ihm",
                "ihn",
                "dabei",
                "daher",
                "dafür",
                "damit",
                "deshalb",
                "zudem",
                "zugleich",
                "außerdem",
            }
        ),
    ),
    "en": Templates(
        lang="en",
        actors="The reports centre on {names}.",
        labelled_quote_direct="{label} by {speaker}: “{quote}”",
        labelled_sentence="{label}: {sentence}",
        shared_figure="Several reports give {figure}.",
        shared_figure_source="Several reports give {figure} ({source}).",
        disputed="The reports disagree: {figures}.",
        only_one_figure="Only one report gives {figure}.",
        only_one_sources="Only one report relies on {names}.",
        tone_both="The reports differ in tone: the most sceptical speaks of “{negative}”, "
        "the most hopeful of “{positive}”.",
        tone_negative="The most sceptical report speaks of “{negative}”.",
        and_word="and",
        labels={
            "MEET": "Meeting",
            "DEMAND": "Demand",
            "OFFER": "Offer",
            "REJECT": "Rejection",
            "THREATEN": "Threat",
            "WARN": "Warning",
            "ACCUSE": "Accusation",
            "STATEMENT": "Statement",
            "DISPUTE": "versus",
        },
        lead_words=(
            "since",
            "about",
            "around",
            "nearly",
            "almost",
            "over",
            "under",
            "more than",
            "less than",
            "at least",
            "some",
            "an estimated",
        ),
        anaphoric=frozenset({"this", "that", "these", "those", "he", "she", "it", "they", "also", "however"}),
    ),
}


@lru_cache(maxsize=8)
def templates_for(lang: str | None) -> Templates | None:
    """Templates for ``lang``; ``None`` for a language without templates (extractive sentences only)."""
    return _TEMPLATES.get((lang or "")[:2].lower())


def join_list(items: list[str], and_word: str) -> str:
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + f" {and_word} " + items[-1]
