from __future__ import annotations

import pytest

from lagebild.errors import InputError
from lagebild.ingest import decode_bytes

TEXT = "Größere Übungen: Der Außenminister sagte „nein“ – 3,5 €."


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (TEXT.encode("utf-8"), "utf-8"),
        (b"\xef\xbb\xbf" + TEXT.encode("utf-8"), "utf-8-sig"),
        (TEXT.encode("utf-16"), "utf-16"),
        (TEXT.encode("utf-16-le"), "utf-16-le"),
        (TEXT.encode("cp1252"), "cp1252"),
    ],
)
def test_decode_encodings(data: bytes, encoding: str) -> None:
    decoded = decode_bytes(data)
    assert decoded.text == TEXT
    assert decoded.encoding.replace("_", "-").lower() in {encoding, "windows-1252"}


def test_decode_latin1_without_euro() -> None:
    text = "Die Gespräche in Brüssel dauerten über vier Stunden. Straße, Öl und Maß."
    assert decode_bytes(text.encode("latin-1")).text == text


def test_decode_truncated_utf8_keeps_text_and_warns() -> None:
    data = "Treffen in Brüssel".encode() + "ü".encode()[:1]
    decoded = decode_bytes(data, path="x.txt")
    assert decoded.text == "Treffen in Brüssel"
    assert decoded.warning is not None and "truncated UTF-8" in decoded.warning


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "empty file"),
        (b"   \n\t\n", "empty file"),
        (bytes(range(256)) * 20, "binary file"),
        (b"\x89PNG\r\n\x1a\n" + bytes(500), "binary file"),
        (b"\x00\x01\x02\xff", "binary file"),  # NULs in the UTF-16 pattern by chance, but control characters
    ],
)
def test_decode_rejects(data: bytes, reason: str) -> None:
    with pytest.raises(InputError) as info:
        decode_bytes(data, path="bad.txt")
    assert str(info.value).startswith("bad.txt: " + reason)


def test_decode_normalises_newlines_and_nfc() -> None:
    assert decode_bytes("a\r\nb\rc Mu\u0308ller".encode()).text == "a\nb\nc Müller"
