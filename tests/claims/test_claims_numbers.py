"""Number reading: digits, words, hedges, ranges, percentages, money, durations, dates, times."""

from __future__ import annotations

import pytest
from claims_helpers import make_doc, only

from lagebild.claims import extract_claims
from lagebild.claims.lexicon import load_lexicon
from lagebild.claims.numbers import find_quantities, parse_digits, parse_number_word


@pytest.mark.parametrize(
    ("raw", "value"),
    [("100.000", 100000.0), ("3,5", 3.5), ("1.250.000", 1250000.0), ("12", 12.0), ("0,75", 0.75), ("2.500,5", 2500.5)],
)
def test_numbers_parse_digits_german(raw: str, value: float) -> None:
    assert parse_digits(raw, load_lexicon("de")) == value


@pytest.mark.parametrize(("raw", "value"), [("100,000", 100000.0), ("3.5", 3.5), ("1,250,000", 1250000.0)])
def test_numbers_parse_digits_english(raw: str, value: float) -> None:
    assert parse_digits(raw, load_lexicon("en")) == value


@pytest.mark.parametrize(
    ("word", "value"),
    [
        ("zwei", 2.0),
        ("zweieinhalb", 2.5),
        ("anderthalb", 1.5),
        ("dreizehn", 13.0),
        ("siebzehn", 17.0),
        ("einundzwanzig", 21.0),
        ("dreihundertzwölf", 312.0),
        ("zweitausend", 2000.0),
        ("Sieben", 7.0),
        ("Achtung", None),
        ("und", None),
        ("sieb", None),
    ],
)
def test_numbers_parse_word_german(word: str, value: float | None) -> None:
    assert parse_number_word(word, load_lexicon("de")) == value


@pytest.mark.parametrize(("word", "value"), [("twelve", 12.0), ("twenty-one", 21.0), ("house", None)])
def test_numbers_parse_word_english(word: str, value: float | None) -> None:
    assert parse_number_word(word, load_lexicon("en")) == value


@pytest.mark.parametrize(
    ("text", "claim_text", "value", "upper", "qualifier", "kind", "unit"),
    [
        ("Rund 100.000 Soldaten stehen bereit.", "Rund 100.000", 100000.0, None, "Rund", "count", None),
        ("Es kamen geschätzt 3.000 Menschen.", "geschätzt 3.000", 3000.0, None, "geschätzt", "count", None),
        ("Mehr als 30 Staaten unterschrieben.", "Mehr als 30", 30.0, None, "Mehr als", "count", None),
        ("Fast 40 Gäste blieben.", "Fast 40", 40.0, None, "Fast", "count", None),
        ("Es kamen ca. 100 Menschen.", "ca. 100", 100.0, None, "ca.", "count", None),
        ("Bis zu 5 Busse fuhren.", "Bis zu 5", 5.0, None, "Bis zu", "count", None),
        ("Dutzende Verletzte wurden gezählt.", "Dutzende", 24.0, 120.0, "Dutzende", "count", None),
        ("Es waren zwischen 3 und 5 Stunden.", "zwischen 3 und 5 Stunden", 3.0, 5.0, None, "duration", "hour"),
        ("Die Fahrt dauert 3 bis 5 Tage.", "3 bis 5 Tage", 3.0, 5.0, None, "duration", "day"),
        ("Die Quote lag bei 3,5 Prozent.", "3,5 Prozent", 3.5, None, None, "percent", "%"),
        ("Die Quote lag bei 12 %.", "12 %", 12.0, None, None, "percent", "%"),
        ("Das Paket kostet 2,5 Milliarden Euro.", "2,5 Milliarden Euro", 2.5e9, None, None, "money", "EUR"),
        ("Sie zahlten 40 Millionen Dollar.", "40 Millionen Dollar", 4e7, None, None, "money", "USD"),
        ("Er ist seit zweieinhalb Jahren im Amt.", "zweieinhalb Jahren", 2.5, None, None, "duration", "year"),
        ("Man sprach vier Stunden lang.", "vier Stunden", 4.0, None, None, "duration", "hour"),
        ("Nach einem Jahr kam er zurück.", "einem Jahr", 1.0, None, None, "duration", "year"),
        ("Die fast vierstündige Sitzung endete.", "fast vierstündige", 4.0, None, "fast", "duration", "hour"),
        ("Eine dreitägige Konferenz begann.", "dreitägige", 3.0, None, None, "duration", "day"),
        ("Zum 3. Mal trafen sie sich.", "3.", 3.0, None, None, "ordinal", None),
        ("Das zweite Treffen folgte.", "zweite", 2.0, None, None, "ordinal", None),
        ("Zweimal im Jahr tagt der Rat.", "Zweimal", 2.0, None, None, "count", "times"),
        ("Sie trafen sich mehr als dreimal.", "mehr als dreimal", 3.0, None, "mehr als", "count", "times"),
    ],
)
def test_claims_extract_values(
    text: str, claim_text: str, value: float, upper: float | None, qualifier: str | None, kind: str, unit: str | None
) -> None:
    doc = make_doc(text)
    c = only(extract_claims(doc), claim_text)
    assert (c.value, c.upper, c.qualifier, c.kind, c.unit) == (value, upper, qualifier, kind, unit)
    assert text[c.span.start : c.span.end] == claim_text


@pytest.mark.parametrize(
    ("text", "claim_text", "value", "unit"),
    [
        ("Das letzte Treffen war im Juli 2019 in Rom.", "Juli 2019", 2019.0, "date:2019-07"),
        ("Der Bericht vom 10. Januar listet Fälle.", "10. Januar", None, "date:2022-01-10"),
        ("Am 12. Januar 2022 begann es.", "12. Januar 2022", 2022.0, "date:2022-01-12"),
        ("Die Sitzung begann um 10.00 Uhr.", "10.00 Uhr", 10.0, "time:10:00"),
        ("Die Sitzung begann um 14.30 Uhr.", "14.30 Uhr", 14.5, "time:14:30"),
        ("Das Gremium wurde 2002 gegründet.", "2002", 2002.0, "date:2002"),
    ],
)
def test_claims_dates_and_times_are_not_counts(text: str, claim_text: str, value: float | None, unit: str) -> None:
    claims = extract_claims(make_doc(text))
    c = only(claims, claim_text)
    assert c.kind in ("date", "time")
    assert (c.value, c.unit) == (value, unit)
    assert not [x for x in claims if x.kind == "count"]


def test_claims_day_month_without_any_year() -> None:
    c = only(extract_claims(make_doc("Der Bericht vom 10. Januar listet Fälle.", date=None)), "10. Januar")
    assert (c.value, c.unit) == (None, "date:--01-10")


def test_claims_year_followed_by_noun_is_a_count() -> None:
    c = only(extract_claims(make_doc("Es kamen 2000 Soldaten an.")), "2000")
    assert (c.kind, c.value, c.subject) == ("count", 2000.0, "Soldaten")


def test_claims_verb_achten_is_not_an_ordinal() -> None:
    claims = extract_claims(make_doc("Man muss die Grenzen zu achten wissen."))
    assert claims == []


@pytest.mark.parametrize(
    "text",
    [
        "Die Partei Bündnis 90/Die Grünen stimmte zu.",
        "Der Etat von Einzelplan 23 sinkt.",
        "Der Ausstoß von CO2 steigt.",
    ],
)
def test_claims_labels_are_not_quantities(text: str) -> None:
    assert [c.text for c in extract_claims(make_doc(text)) if c.kind == "count"] == []


@pytest.mark.parametrize(
    ("text", "claim_text", "value", "kind", "unit"),
    [
        ("Sie zahlten 3 000 Euro.", "3 000 Euro", 3000.0, "money", "EUR"),
        ("Ein Betrieb mit 100-jähriger Tradition.", "100-jähriger", 100.0, "duration", "year"),
        ("Die Stärke der 10. Division wächst.", "10.", 10.0, "ordinal", None),
    ],
)
def test_claims_more_number_forms(text: str, claim_text: str, value: float, kind: str, unit: str | None) -> None:
    c = only(extract_claims(make_doc(text)), claim_text)
    assert (c.value, c.kind, c.unit) == (value, kind, unit)


def test_claims_article_is_not_a_number() -> None:
    assert extract_claims(make_doc("Ein Sprecher sagte eine Sache.")) == []


def test_numbers_english_quantities() -> None:
    qs = find_quantities("About 100,000 troops, 3.5 percent and $5 billion in two and a half years.", "en")
    got = [(q.value, q.kind, q.unit, q.qualifier) for q in qs]
    assert got == [
        (100000.0, "count", None, "About"),
        (3.5, "percent", "%", None),
        (5e9, "money", "USD", None),
        (2.5, "duration", "year", None),
    ]


def test_claims_ids_are_stable_and_sorted() -> None:
    doc = make_doc("Rund 100.000 Soldaten und 30 Staaten.")
    a, b = extract_claims(doc), extract_claims(doc)
    assert [c.id for c in a] == [c.id for c in b]
    assert [c.span.start for c in a] == sorted(c.span.start for c in a)
