"""German cues for sentence boundaries without final punctuation (reviews, teasers, joined headlines).

Only words that practically never begin a name or title and are not nominalised mid-sentence:
pronouns and sentence adverbs/prepositions; after a capitalised word all but ``Es`` (a title: ``Stephen Kings Es``);
the pronouns not after article + inflected adjective (``das große Wir``). Articles are left out (``fordert Die Linke``), as are
``Aber``/``Wenn``/``Heute`` (``ohne Wenn und Aber``, ``das große Aber``), ``Man`` (``Iron Man``)
and the polite ``Sie``.
"""

from __future__ import annotations

from .sentences import StartCues

__all__ = ["GERMAN_CUES"]

_STARTERS = "Ich Wir Er Es Seit Während Dann Deshalb Daher Trotzdem Außerdem Leider Dennoch Zudem Allerdings"

GERMAN_CUES = StartCues(
    starters=frozenset(_STARTERS.split()),
    after_names=frozenset(_STARTERS.split()) - {"Es"},
    nominal=frozenset({"Ich", "Wir", "Es"}),
    adjective_endings=("e", "es", "en", "em", "er"),
    not_after=frozenset(
        """
        der die das den dem des ein eine einen einem einer eines und oder ohne sondern aber wie als mit von
        für auf in im ins an am ans zu zum zur bei beim nach vor aus über unter durch gegen um bis seit während
        wegen trotz dass daß ob wenn weil so nur auch noch schon sehr ganz jedes jeder jede kein keine dieses
        dieser diese
        """.split()
    ),
)
