import pytest

from lagebild.nlp.tokenize import tokenize


def toks(text: str) -> list[str]:
    return [text[s:e] for s, e in tokenize(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sie kam z. B. gestern.", ["Sie", "kam", "z.", "B.", "gestern", "."]),
        ("Dr. Eva Lind und u. a. Nr. 7", ["Dr.", "Eva", "Lind", "und", "u.", "a.", "Nr.", "7"]),
        ("am 10. Januar", ["am", "10.", "Januar"]),
        ("am 12.01.2022 war", ["am", "12.01.2022", "war"]),
        ("um 10.00 Uhr", ["um", "10.00", "Uhr"]),
        ("100.000 Menschen, 3,5 Prozent", ["100.000", "Menschen", ",", "3,5", "Prozent"]),
        ("der Nato-Russland-Rat tagte", ["der", "Nato-Russland-Rat", "tagte"]),
        ("Ein- und Ausfuhr", ["Ein-", "und", "Ausfuhr"]),
        ("Er kam – spät (sehr spät).", ["Er", "kam", "–", "spät", "(", "sehr", "spät", ")", "."]),
        ("Er kam 2019. Dann", ["Er", "kam", "2019", ".", "Dann"]),
        ("„Nein“, sagte sie.", ["„", "Nein", "“", ",", "sagte", "sie", "."]),
        ("das 3. Mal", ["das", "3.", "Mal"]),
        ("nicht empfehlen.... Unsere", ["nicht", "empfehlen", "....", "Unsere"]),
        ("der 81-jährige und 2,5-fach", ["der", "81-jährige", "und", "2,5-fach"]),
        ("laut tagesschau.de.", ["laut", "tagesschau.de", "."]),
        ("die Gewerkschaft ver.di, z.B. heute", ["die", "Gewerkschaft", "ver.di", ",", "z.B.", "heute"]),
    ],
)
def test_tokenize_hard_cases(text: str, expected: list[str]) -> None:
    assert toks(text) == expected


def test_tokenize_offsets_exact() -> None:
    text = "  Am 10. Januar\n\n„Ja“ – 3,5 %."
    spans = tokenize(text)
    assert spans[0] == (2, 4)
    assert all(text[s:e].strip() == text[s:e] and e > s for s, e in spans)
    assert [text[s:e] for s, e in spans] == ["Am", "10.", "Januar", "„", "Ja", "“", "–", "3,5", "%", "."]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Er nannte es ``gut'' und ging.", ["Er", "nannte", "es", "``", "gut", "''", "und", "ging", "."]),
        ("Rock 'n' Roll", ["Rock", "'", "n", "'", "Roll"]),
        ("Es kam an. 2. Die Regel gilt.", ["Es", "kam", "an", ".", "2.", "Die", "Regel", "gilt", "."]),
        ("1. Erste Regel", ["1.", "Erste", "Regel"]),
        ("Es waren 12. Dann", ["Es", "waren", "12", ".", "Dann"]),
        ("Wie viele? 12.\n\nMehr", ["Wie", "viele", "?", "12", ".", "Mehr"]),
        ("rund 14.-- € pro Kopf", ["rund", "14.--", "€", "pro", "Kopf"]),
        ("für 20,- Euro.", ["für", "20,-", "Euro", "."]),
    ],
)
def test_tokenize_latex_quotes_and_list_items(text: str, expected: list[str]) -> None:
    assert toks(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("der Nato-Russland-Rat tagte", ["der", "Nato", "-", "Russland", "-", "Rat", "tagte"]),
        ("Rohstoff- und E-Mail-Kosten", ["Rohstoff", "-", "und", "E", "-", "Mail", "-", "Kosten"]),
        ("Thyssen/Veba am 12.01.2022", ["Thyssen", "/", "Veba", "am", "12.01.2022"]),
        ("3-4 Mal, www.nato-russland.org", ["3-4", "Mal", ",", "www.nato-russland.org"]),
        ("der 81-jährige", ["der", "81", "-", "jährige"]),
    ],
)
def test_tokenize_split_compounds_ud_convention(text: str, expected: list[str]) -> None:
    spans = tokenize(text, split_compounds=True)
    assert [text[s:e] for s, e in spans] == expected
