from __future__ import annotations

import pytest

from lagebild.brief.check import check_sentence, date_key, number_values

SUPPORT = ["Nach US-Angaben hat Russland rund 100.000 Soldaten an die Grenze verlegt, am Mittwoch, 12. Januar 2022."]


@pytest.mark.parametrize("figure", ["100.000", "100000", "100 000"])
def test_check_numbers_compare_as_values(figure: str) -> None:
    assert check_sentence(f"Russland hat {figure} Soldaten verlegt.", SUPPORT).ok


def test_check_rejects_planted_number() -> None:
    result = check_sentence("Russland hat 250.000 Soldaten verlegt.", SUPPORT)
    assert result.ok is False
    assert result.missing == ("number 250.000",)


def test_check_number_words_match_digits() -> None:
    assert check_sentence("Die Sitzung dauerte 4 Stunden.", ["Die Sitzung dauerte vier Stunden."]).ok
    assert check_sentence("Die Sitzung dauerte drei Stunden.", ["Die Sitzung dauerte vier Stunden."]).missing == (
        "number drei",
    )


def test_check_inflected_names_pass_and_unknown_names_fail() -> None:
    assert check_sentence("Russlands Soldaten", SUPPORT).ok
    result = check_sentence("Belarus und Russland", SUPPORT)
    assert result.missing == ("name Belarus",)


def test_check_template_words_need_no_support() -> None:
    words = {"Mehrere", "Berichte", "nennen"}
    assert check_sentence("Mehrere Berichte nennen 100.000 Soldaten.", SUPPORT, "de", words).ok
    assert check_sentence("Mehrere Berichte nennen 100.000 Soldaten.", SUPPORT, "de").missing == (
        "name Mehrere",
        "name Berichte",
    )


def test_check_dates() -> None:
    assert check_sentence("Am Mittwoch kamen sie im Jan. zusammen.", SUPPORT, "de", {"Am"}).ok
    assert check_sentence("Am 2022-01-12 kamen sie zusammen.", SUPPORT, "de", {"Am"}).ok
    result = check_sentence("Am Donnerstag, 2022-01-13, kamen sie zusammen.", SUPPORT, "de", {"Am"})
    assert result.missing == ("date 2022-01-13", "date Donnerstag")


def test_check_without_support_fails() -> None:
    assert check_sentence("Nichts.", []).missing == ("support",)


def test_date_key_and_number_values() -> None:
    assert date_key("Mittwochabend", "de") == "d3"
    assert date_key("Januar", "de") == date_key("Jan.", "de") == "m1"
    assert date_key("die", "de") is None
    assert number_values("100.000") == {100000.0, 100.0}
    assert number_values("2,5") == {2.5}
