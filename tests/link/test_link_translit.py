from __future__ import annotations

import pytest

from lagebild.link.translit import skeleton, translit_form


@pytest.mark.parametrize(
    ("a", "lang_a", "b", "lang_b", "form"),
    [
        ("Gruschko", "de", "Grushko", "en", "gruSko"),
        ("Gruško", "de", "Grushko", "en", "gruSko"),
        ("Lawrow", "de", "Lavrov", "en", "lavrov"),
        ("Selenskyj", "de", "Zelenskyy", "en", "selensky"),
        ("Rjabkow", "de", "Ryabkov", "en", "ryabkov"),
        ("Sergej", "de", "Sergei", "en", "sergey"),
        ("Jelzin", "de", "Yeltsin", "en", "elTin"),
        ("Sacharowa", "de", "Zakharova", "en", "saHarova"),
    ],
)
def test_translit_form_same_for_both_spellings(a: str, lang_a: str, b: str, lang_b: str, form: str) -> None:
    assert translit_form(a, lang_a) == form
    assert translit_form(b, lang_b) == form


@pytest.mark.parametrize(
    ("word", "lang", "key"),
    [
        ("Gruschko", "de", "grSk"),
        ("Alexander", "de", "alksndr"),
        ("Aleksandr", "en", "alksndr"),
        ("Chruschtschow", "de", "HrQv"),
        ("Khrushchev", "en", "HrQv"),
        ("Dmitrij", "de", "dmtr"),
        ("Dmitri", "de", "dmtr"),
    ],
)
def test_translit_skeleton(word: str, lang: str, key: str) -> None:
    assert skeleton(translit_form(word, lang)) == key


def test_translit_keys_keep_different_surnames_apart() -> None:
    assert skeleton(translit_form("Lawrow", "de")) == "lvrv"
    assert skeleton(translit_form("Rjabkow", "de")) == "rbkv"


def test_translit_unknown_language_only_folds() -> None:
    assert translit_form("Gruško", "xx") == "gruSko"
    assert translit_form("Lawrow", "xx") == "lawrow"
