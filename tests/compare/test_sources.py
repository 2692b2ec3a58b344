from __future__ import annotations

import pytest

from lagebild.compare.sources import find_sources


def _names(text: str, lang: str = "de", **kw) -> list[tuple[str, str, str]]:
    return [
        (r.name, text[r.span.start : r.span.end], text[r.cue.start : r.cue.end])
        for r in find_sources("a", text, lang, **kw)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Das sagte er laut TASS am Abend.", [("TASS", "TASS", "laut TASS")]),
        (
            "Der Kreml nannte das „falsch“ – wie von Bloomberg zitiert.",
            [("Bloomberg", "Bloomberg", "wie von Bloomberg zitiert")],
        ),
        ("Nach US-Angaben stehen dort Soldaten.", [("US-Angaben", "US-Angaben", "Nach US-Angaben")]),
        ("Außerdem zitierte Interfax das Ministerium.", [("Interfax", "Interfax", "zitierte Interfax")]),
        (
            "Das sei so, sagte er mehreren russischen Nachrichtenagenturen zufolge.",
            [
                (
                    "russische Nachrichtenagenturen",
                    "russischen Nachrichtenagenturen",
                    "mehreren russischen Nachrichtenagenturen zufolge",
                )
            ],
        ),
        ("Sie sagte dem US-Sender CNN, man sei besorgt.", [("CNN", "CNN", "dem US-Sender CNN")]),
        ("Nach Angaben des Pentagon wächst die Zahl.", [("Pentagon", "Pentagon", "Nach Angaben des Pentagon")]),
        (
            "Das meldete sie unter Berufung auf die Nachrichtenagentur Reuters.",
            [("Reuters", "Reuters", "unter Berufung auf die Nachrichtenagentur Reuters")],
        ),
        ("Es kam, wie Reuters berichtete, zum Eklat.", [("Reuters", "Reuters", "wie Reuters berichtete")]),
        ("Die Zeitung berichtete am Abend.", []),
        ("Berichten zufolge gab es ein Angebot.", []),
        ("Laut Angaben aus Moskau nicht.", []),
    ],
)
def test_find_sources_german(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _names(text) == expected


def test_find_sources_english() -> None:
    text = "According to Reuters, the talks failed, as reported by the BBC."
    assert _names(text, "en") == [
        ("Reuters", "Reuters", "According to Reuters"),
        ("BBC", "BBC", "as reported by the BBC"),
    ]


def test_find_sources_uses_entity_name_and_skips_quotes() -> None:
    text = "Laut Tass kam es zum Streit. „Laut Reuters war alles gut“, sagte er."
    mentions = [(text.index("Tass"), text.index("Tass") + 4, "TASS")]
    quote = (text.index("„"), text.index("“") + 1)
    assert _names(text, mentions=mentions, exclude=[quote]) == [("TASS", "Tass", "Laut Tass")]


def test_find_sources_language_without_patterns() -> None:
    assert find_sources("a", "Selon Reuters, rien.", "fr") == []
