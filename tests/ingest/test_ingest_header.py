from __future__ import annotations

from lagebild.ingest import parse_text_header


def test_header_date_prefix_and_byline() -> None:
    meta = parse_text_header(" date 2021-11 Von Anna Berg und Karl-Heinz Ott, Wien/Prag\n\nDer Text beginnt hier.")
    assert meta.date == "2021-11"
    assert meta.byline == ("Anna Berg", "Karl-Heinz Ott")
    assert meta.dateline == "Wien/Prag"
    assert meta.body == "Der Text beginnt hier."


def test_header_date_prefix_on_body_line() -> None:
    meta = parse_text_header(" date 2020-05 Angesichts der Lage tagt der Rat.")
    assert meta.date == "2020-05"
    assert meta.byline == ()
    assert meta.body == "Angesichts der Lage tagt der Rat."


def test_header_key_lines() -> None:
    meta = parse_text_header(
        "Title: Gipfel\nOutlet: Beispielblatt\nDate: 2023-03-14T10:00\nBy Jane Roe and John Doe\nText."
    )
    assert (meta.title, meta.outlet, meta.date) == ("Gipfel", "Beispielblatt", "2023-03-14")
    assert meta.byline == ("Jane Roe", "John Doe")
    assert meta.body == "Text."


def test_header_no_false_byline() -> None:
    for text in ("Von wegen Einigung: Der Gipfel scheitert.", "Von Berlin aus reiste sie weiter.\nMehr."):
        meta = parse_text_header(text)
        assert meta.byline == ()
        assert meta.body == text.strip()
