"""Bytes -> text, defensively: BOMs, UTF-8 (incl. a truncated last character), UTF-16,
legacy 8-bit encodings via charset-normalizer; binary input is refused with a reason."""

from __future__ import annotations

import codecs
import logging
import unicodedata
from dataclasses import dataclass

from charset_normalizer import from_bytes
from charset_normalizer.md import mess_ratio

from ..errors import InputError

log = logging.getLogger(__name__)

__all__ = ["Decoded", "decode_bytes"]

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Control characters that never occur in text files (everything below 0x20 but \t \n \r \f).
_BINARY_BYTES = set(range(0x00, 0x09)) | {0x0B} | set(range(0x0E, 0x20)) - {0x1B}


@dataclass(frozen=True, slots=True)
class Decoded:
    text: str
    encoding: str
    warning: str | None = None  # set when the text was repaired (e.g. truncated UTF-8)


def _looks_utf16(data: bytes) -> str | None:
    """UTF-16 without BOM: every other byte NUL in ASCII-heavy text."""
    sample = data[:4096]
    if len(sample) < 4:
        return None
    even_nuls = sample[0::2].count(0)
    odd_nuls = sample[1::2].count(0)
    half = len(sample) / 2
    if odd_nuls > 0.4 * half and even_nuls < 0.05 * half:
        return "utf-16-le"
    if even_nuls > 0.4 * half and odd_nuls < 0.05 * half:
        return "utf-16-be"
    return None


def _mostly_printable(text: str) -> bool:
    """At least 90 % of the characters are printable or white space (what text decoded right looks like)."""
    if not text:
        return False
    ok = sum(1 for c in text[:4096] if c.isprintable() or c.isspace())
    return ok >= 0.9 * min(len(text), 4096)


def decode_bytes(data: bytes, *, path: str | None = None) -> Decoded:
    """Decode ``data`` to NFC text or raise :class:`InputError` with a one-line reason."""
    if not data.strip():
        raise InputError("empty file", path=path)
    for bom, enc in _BOMS:
        if data.startswith(bom):
            try:
                return _finish(data.decode(enc), enc, path)
            except UnicodeDecodeError as err:
                raise InputError(f"invalid {enc} text after byte-order mark ({err.reason})", path=path) from None
    utf16 = _looks_utf16(data)
    if utf16:
        try:
            text = data.decode(utf16)
        except UnicodeDecodeError:
            text = ""
        if _mostly_printable(text):  # a few bytes of binary can have the NUL pattern of UTF-16 by chance
            return _finish(text, utf16, path)
    if 0 in data[:65536]:
        raise InputError("binary file (contains NUL bytes), not text", path=path)
    try:
        return _finish(data.decode("utf-8"), "utf-8", path)
    except UnicodeDecodeError as err:
        if err.reason == "unexpected end of data" and len(data) - err.start <= 3:
            # A file cut in the middle of its last character: keep everything before it.
            text = data[: err.start].decode("utf-8")
            return _finish(
                text, "utf-8", path, warning=f"truncated UTF-8: incomplete last character at byte {err.start} dropped"
            )
        utf8_error = err
    return _finish(*_legacy_decode(data, utf8_error, path), path)


def _legacy_decode(data: bytes, utf8_error: UnicodeDecodeError, path: str | None) -> tuple[str, str]:
    """Not UTF-8: pick the 8-bit encoding whose text is least garbled. CP1252 (the usual legacy
    encoding of Western European news) wins ties, since detectors often prefer Mac code pages."""
    sample = data[:1_000_000]
    candidates: list[tuple[float, int, str]] = []
    try:
        candidates.append((mess_ratio(sample.decode("cp1252")), 0, "cp1252"))
    except UnicodeDecodeError:
        pass
    for rank, match in enumerate(from_bytes(sample), 1):
        candidates.append((match.chaos, rank, match.encoding))
    if not candidates:
        raise InputError(
            f"not decodable as text (invalid UTF-8 at byte {utf8_error.start}, no other encoding fits)", path=path
        )
    _, _, enc = min(candidates)
    try:
        return data.decode(enc), enc
    except (UnicodeDecodeError, LookupError):
        return data.decode("cp1252", errors="replace"), "cp1252"


def _finish(text: str, encoding: str, path: str | None, warning: str | None = None) -> Decoded:
    ctrl = sum(1 for ch in text[:20000] if ord(ch) in _BINARY_BYTES)
    if ctrl > max(8, len(text[:20000]) // 100):
        raise InputError("binary file (control characters), not text", path=path)
    if not text.strip():
        raise InputError("empty file (only whitespace)", path=path)
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    return Decoded(text=text, encoding=encoding, warning=warning)
