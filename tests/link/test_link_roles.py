from __future__ import annotations

import pytest
from link_helpers import make_doc

from lagebild.link.langdata import load_lang
from lagebild.link.roles import find_role, find_role_references
from lagebild.link.tokens import DocTokens


def _role(text: str, name: str, lang: str = "de") -> str | None:
    doc = make_doc("r", text, [(name, "PER")], lang=lang)
    span = doc.mentions[0].span
    found = find_role(DocTokens.of(doc), text, span.start, span.end, load_lang(lang))
    return None if found is None else text[found.start : found.end]


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "Gestern sprach Nato-Generalsekretär Jens Stoltenberg in Brüssel.",
            "Jens Stoltenberg",
            "Nato-Generalsekretär",
        ),
        ("Dort war Russlands Vizeaußenminister Sergej Rjabkow.", "Sergej Rjabkow", "Russlands Vizeaußenminister"),
        (
            "Das sagte die US-Botschafterin bei der Nato Julianne Smith am Montag.",
            "Julianne Smith",
            "US-Botschafterin bei der Nato",
        ),
        ("Kreml-Sprecher Dmitri Peskow schwieg.", "Dmitri Peskow", "Kreml-Sprecher"),
        (
            "Maria Sacharowa, die Sprecherin des Außenministeriums, widersprach.",
            "Maria Sacharowa",
            "Sprecherin des Außenministeriums",
        ),
        ("Gruschko, der stellvertretende Außenminister, blieb ruhig.", "Gruschko", "stellvertretende Außenminister"),
        (
            "Am Dienstag informierte US-Außenministerin Hillary Clinton die Presse.",
            "Hillary Clinton",
            "US-Außenministerin",
        ),
        ("Putin, Lawrow und Schoigu schwiegen.", "Putin", None),
        (
            "Das sagte die US-Botschafterin bei der Nato, Julianne Smith, am Montag.",
            "Julianne Smith",
            "US-Botschafterin bei der Nato",
        ),
        ("Dann sagte der Kanzler, Putin habe gelogen.", "Putin", None),
        ("Unter anderem Vizeaußenminister Sergej Rjabkow kam.", "Sergej Rjabkow", "Vizeaußenminister"),
        ("Biden, Präsident Macron und andere kamen.", "Biden", None),
        ("Anna Weber kam spät.", "Anna Weber", None),
    ],
)
def test_roles_german(text: str, name: str, role: str | None) -> None:
    assert _role(text, name) == role


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ("Russian Deputy Foreign Minister Sergei Ryabkov spoke.", "Sergei Ryabkov", "Russian Deputy Foreign Minister"),
        ("Then Sergei Lavrov, the foreign minister, left.", "Sergei Lavrov", "foreign minister"),
        ("Sergei Lavrov, Russia's foreign minister, left.", "Sergei Lavrov", "Russia's foreign minister"),
        ("Anne Smith making news.", "Anne Smith", None),
    ],
)
def test_roles_english(text: str, name: str, role: str | None) -> None:
    assert _role(text, name, lang="en") == role


def test_roles_role_only_reference_found_outside_mentions() -> None:
    text = "Jens Stoltenberg kam. Der Generalsekretär sagte nichts. Der Sprecher schwieg."
    doc = make_doc("r", text, [("Jens Stoltenberg", "PER")])
    dt = DocTokens.of(doc)
    refs = find_role_references(dt, text, load_lang("de"), covered={0, 1})
    assert [(text[s:e], r.key) for s, e, r in refs] == [
        ("Der Generalsekretär", "generalsekretär"),
        ("Der Sprecher", "sprecher"),
    ]


def test_roles_title_before_a_name_is_not_a_role_only_reference() -> None:
    text = "Der Generalsekretär Jens Stoltenberg kam."
    doc = make_doc("r", text, [("Jens Stoltenberg", "PER")])
    dt = DocTokens.of(doc)
    assert find_role_references(dt, text, load_lang("de"), covered={2, 3}) == []


@pytest.mark.parametrize(
    ("word", "lang", "gender"),
    [
        ("Sprecherin", "de", "f"),
        ("Kreml-Sprecher", "de", "m"),
        ("US-Außenministerinnen", "de", "f"),
        ("spokeswoman", "en", "f"),
        ("spokesman", "en", "m"),
        ("minister", "en", None),
    ],
)
def test_roles_title_gender(word: str, lang: str, gender: str | None) -> None:
    assert load_lang(lang).title_gender(word) == gender
