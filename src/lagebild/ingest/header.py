"""Metadata written into plain-text reports: a ``date YYYY-MM[-DD]`` prefix, ``Key: value``
header lines, and a byline (``Von A und B, Ort`` / ``By A and B, Place``) at the top of the body.

Everything recognised is removed from the body, so offsets refer to the report text only.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["TextMeta", "parse_text_header"]

_ISO = r"\d{4}(?:-\d{2}(?:-\d{2})?)?"
_DATE_PREFIX = re.compile(rf"\A[ \t]*(?:date|datum)[ \t]+({_ISO})(?:[ \t]+|[ \t]*\n)", re.IGNORECASE)
_KEY_LINE = re.compile(
    r"\A[ \t]*(title|titel|date|datum|outlet|source|quelle|medium|url|author|authors|autor|autoren|by|lang|language)"
    r"[ \t]*:[ \t]*(.*?)[ \t]*\n",
    re.IGNORECASE,
)
# A byline: "Von"/"By" + 1-4 names joined by "und"/"and"/",", then an optional ", Place" dateline.
_NAME = r"[A-ZÄÖÜ][\w'’.-]+(?:[ \t]+(?:von|van|de|der|zu|del|da|di|le|la)?[ \t]*[A-ZÄÖÜ][\w'’.-]+){1,3}"
_BYLINE = re.compile(
    rf"\A[ \t]*(?:Von|von|VON|By|by|BY)[ \t]+(?P<names>{_NAME}(?:(?:[ \t]*,[ \t]*|[ \t]+(?:und|and|&)[ \t]+){_NAME})*)"
    r"(?:[ \t]*,[ \t]*(?P<place>[A-ZÄÖÜ][\w./ -]{1,60}?))?[ \t]*(?:\n|\Z)",
)
_KEYS = {
    "title": "title",
    "titel": "title",
    "date": "date",
    "datum": "date",
    "outlet": "outlet",
    "source": "outlet",
    "quelle": "outlet",
    "medium": "outlet",
    "url": "url",
    "author": "byline",
    "authors": "byline",
    "autor": "byline",
    "autoren": "byline",
    "by": "byline",
    "lang": "lang",
    "language": "lang",
}


@dataclass(frozen=True, slots=True)
class TextMeta:
    body: str
    date: str | None = None
    byline: tuple[str, ...] = ()
    dateline: str | None = None
    title: str | None = None
    outlet: str | None = None
    url: str | None = None
    lang: str | None = None


def split_names(names: str) -> tuple[str, ...]:
    parts = re.split(r"\s*,\s*|\s+(?:und|and|&)\s+", names.strip())
    return tuple(p.strip() for p in parts if p.strip())


def parse_text_header(text: str) -> TextMeta:
    """Strip recognised metadata from the top of ``text``; return it with the clean body."""
    fields: dict[str, str] = {}
    rest = text
    while True:
        m = _DATE_PREFIX.match(rest)
        if m and "date" not in fields:
            fields["date"] = m.group(1)
            rest = rest[m.end() :]
            continue
        m = _KEY_LINE.match(rest)
        if m and m.group(2):
            key = _KEYS[m.group(1).lower()]
            fields.setdefault(key, m.group(2))
            rest = rest[m.end() :]
            continue
        break
    byline: tuple[str, ...] = split_names(fields["byline"]) if "byline" in fields else ()
    dateline = None
    m = _BYLINE.match(rest)
    if m:
        byline = byline or split_names(m.group("names"))
        dateline = m.group("place").strip() if m.group("place") else None
        rest = rest[m.end() :]
    body = rest.strip()
    m = re.match(_ISO, fields.get("date", "").strip())
    date = m.group(0) if m else None
    return TextMeta(
        body=body,
        date=date,
        byline=byline,
        dateline=dateline,
        title=fields.get("title"),
        outlet=fields.get("outlet"),
        url=fields.get("url"),
        lang=fields.get("lang"),
    )
