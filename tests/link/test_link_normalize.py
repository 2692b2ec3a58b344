from __future__ import annotations

import pytest

from lagebild.link.langdata import load_lang
from lagebild.link.normalize import adjective_base, fold_key, is_acronym, name_words, strip_words
from lagebild.link.records import name_parts


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("NATO", "nato"),
        ("Nato-Russland-Rat", "nato russland rat"),
        ("Brüssel", "bruessel"),
        ("U.S.", "us"),
        ("Straße", "strasse"),
    ],
)
def test_normalize_fold_key(text: str, key: str) -> None:
    assert fold_key(text) == key


def test_normalize_name_words_keep_compounds_and_initials() -> None:
    assert name_words("George W. Bush") == ["George", "W.", "Bush"]
    assert name_words("der Nato-Russland-Rat") == ["der", "Nato-Russland-Rat"]


def test_normalize_strip_words_determiners_and_english_possessive() -> None:
    assert strip_words(["des", "Kremls"], load_lang("de")) == ["Kremls"]
    assert strip_words(["the", "Kremlin's"], load_lang("en")) == ["Kremlin"]


@pytest.mark.parametrize(
    ("words", "base"),
    [
        (["Europäischen", "Union"], ["Europäische", "Union"]),
        (["Vereinten", "Nationen"], ["Vereinte", "Nationen"]),
        (["Internationale", "Atomenergiebehörde"], ["Internationale", "Atomenergiebehörde"]),
        (["EU", "Kommission"], ["EU", "Kommission"]),
    ],
)
def test_normalize_adjective_base_german(words: list[str], base: list[str]) -> None:
    assert adjective_base(words, load_lang("de")) == base


def test_normalize_adjective_base_english_unchanged() -> None:
    assert adjective_base(["United", "Nations"], load_lang("en")) == ["United", "Nations"]


@pytest.mark.parametrize(
    ("text", "acronym"), [("NATO", True), ("UdSSR", True), ("G7", True), ("Nato", False), ("Gruschko", False)]
)
def test_normalize_is_acronym(text: str, acronym: bool) -> None:
    assert is_acronym(text) is acronym


@pytest.mark.parametrize(
    ("words", "given", "surname"),
    [
        (["Jens", "Stoltenberg"], ("Jens",), ("Stoltenberg",)),
        (["Ursula", "von", "der", "Leyen"], ("Ursula",), ("von", "der", "Leyen")),
        (["von", "der", "Leyen"], (), ("von", "der", "Leyen")),
        (["George", "W.", "Bush"], ("George", "W."), ("Bush",)),
    ],
)
def test_normalize_name_parts(words: list[str], given: tuple[str, ...], surname: tuple[str, ...]) -> None:
    assert name_parts(words) == (given, surname)
