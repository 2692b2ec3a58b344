"""One reader per input format: each turns decoded text into :class:`RawRecord` objects."""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from ..errors import InputError
from .header import parse_text_header, split_names

log = logging.getLogger(__name__)

__all__ = ["RawRecord", "read_html", "read_json", "read_jsonl", "read_txt"]


@dataclass(frozen=True, slots=True)
class RawRecord:
    """An article as read, before ids and de-duplication."""

    text: str
    id: str | None = None
    title: str | None = None
    outlet: str | None = None
    date: str | None = None
    byline: tuple[str, ...] = ()
    dateline: str | None = None
    url: str | None = None
    lang: str | None = None
    where: str = ""  # "file" or "file:line" for messages


def read_txt(text: str, where: str) -> Iterator[RawRecord]:
    meta = parse_text_header(text)
    if not meta.body:
        raise InputError("no article text after the metadata header", path=where)
    yield RawRecord(
        text=meta.body,
        title=meta.title,
        outlet=meta.outlet,
        date=meta.date,
        byline=meta.byline,
        dateline=meta.dateline,
        url=meta.url,
        lang=meta.lang,
        where=where,
    )


def read_html(text: str, where: str) -> Iterator[RawRecord]:
    import trafilatura

    doc = trafilatura.bare_extraction(
        text,
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        date_extraction_params={"extensive_search": False, "original_date": True},
    )
    if doc is None or not (doc.text or "").strip():
        raise InputError("no article text found in the HTML page", path=where)
    body = doc.text.strip()
    title = (doc.title or "").strip() or None
    lines = body.split("\n")
    if title and lines and lines[0].strip() == title:
        lines = lines[1:]
    body = "\n\n".join(line.strip() for line in lines if line.strip())
    meta = parse_text_header(body)  # a byline line at the top of the body
    byline = split_names(doc.author.replace(";", ",")) if doc.author else meta.byline
    yield RawRecord(
        text=meta.body,
        title=title,
        outlet=(doc.sitename or None),
        date=_iso_date(doc.date),
        byline=byline,
        dateline=meta.dateline,
        url=doc.url or None,
        lang=doc.language or None,
        where=where,
    )


_TEXT_KEYS = ("text", "body", "content", "article", "maintext")
_OUTLET_KEYS = ("outlet", "source", "site", "sitename", "publisher", "medium")
_DATE_KEYS = ("date", "published", "published_at", "date_publish", "datetime", "pubdate")
_AUTHOR_KEYS = ("author", "authors", "byline")


def _first(rec: dict[str, Any], keys: tuple[str, ...]) -> Any:
    for k in keys:
        v = rec.get(k)
        if v not in (None, "", []):
            return v
    return None


def _iso_date(value: Any) -> str | None:
    if value is None:
        return None
    m = re.match(r"\s*(\d{4}(?:-\d{2}(?:-\d{2})?)?)", str(value))
    return m.group(1) if m else None


def record_from_mapping(rec: Any, where: str) -> RawRecord:
    if not isinstance(rec, dict):
        raise InputError(f"record is a JSON {type(rec).__name__}, expected an object", path=where)
    text = _first(rec, _TEXT_KEYS)
    if not isinstance(text, str) or not text.strip():
        raise InputError(f"record has no text (expected one of: {', '.join(_TEXT_KEYS)})", path=where)
    meta = parse_text_header(text.replace("\r\n", "\n"))
    author = _first(rec, _AUTHOR_KEYS)
    if isinstance(author, list):
        byline = tuple(str(a).strip() for a in author if str(a).strip())
    elif isinstance(author, str):
        byline = split_names(re.sub(r"^(?:Von|By)\s+", "", author.strip()))
    else:
        byline = meta.byline
    outlet = _first(rec, _OUTLET_KEYS)
    if isinstance(outlet, dict):
        outlet = outlet.get("name")
    rid = rec.get("id")
    return RawRecord(
        text=meta.body,
        id=str(rid) if rid not in (None, "") else None,
        title=(str(rec["title"]).strip() or None) if rec.get("title") else None,
        outlet=str(outlet) if outlet else meta.outlet,
        date=_iso_date(_first(rec, _DATE_KEYS)) or meta.date,
        byline=byline,
        dateline=meta.dateline,
        url=str(rec["url"]) if rec.get("url") else None,
        lang=str(rec["lang"]) if rec.get("lang") else None,
        where=where,
    )


def read_json(text: str, where: str) -> Iterator[RawRecord]:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as err:
        raise InputError(f"malformed JSON at line {err.lineno} column {err.colno}: {err.msg}", path=where) from None
    items = data if isinstance(data, list) else data.get("articles", [data]) if isinstance(data, dict) else [data]
    for i, rec in enumerate(items, 1):
        yield record_from_mapping(rec, f"{where}[{i}]" if len(items) > 1 else where)


def read_jsonl(text: str, where: str) -> Iterator[RawRecord | InputError]:
    """Yields records, and an :class:`InputError` in place of each bad line (the rest still counts)."""
    for lineno, line in enumerate(text.split("\n"), 1):
        if not line.strip():
            continue
        loc = f"{where}:{lineno}"
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as err:
            yield InputError(f"malformed JSON line ({err.msg} at column {err.colno})", path=loc)
            continue
        try:
            yield record_from_mapping(rec, loc)
        except InputError as err:
            yield err
