"""Paths -> de-duplicated :class:`~lagebild.model.Article` objects, with one reason per skipped input."""

from __future__ import annotations

import logging
import os
import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path

from ..errors import InputError
from ..ids import content_hash
from ..model import Article
from .decode import decode_bytes
from .readers import RawRecord, read_html, read_json, read_jsonl, read_txt

log = logging.getLogger(__name__)

__all__ = ["DEFAULT_MAX_BYTES", "IngestResult", "load_paths", "SUFFIXES"]

DEFAULT_MAX_BYTES = 20 * 1024 * 1024
SUFFIXES = {".txt": "txt", ".text": "txt", ".md": "txt", ".html": "html", ".htm": "html", ".json": "json",
            ".jsonl": "jsonl", ".ndjson": "jsonl"}  # fmt: skip


@dataclass
class IngestResult:
    articles: list[Article] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)  # (where, reason): input lost
    warnings: list[tuple[str, str]] = field(default_factory=list)  # (where, note): input kept, repaired
    duplicates: list[tuple[str, str]] = field(default_factory=list)  # (dropped id, kept id)

    def messages(self) -> list[str]:
        out = [f"{w}: skipped: {r}" for w, r in self.skipped]
        out += [f"{w}: warning: {r}" for w, r in self.warnings]
        out += [f"{d}: duplicate of {k} (same text), analysed once" for d, k in self.duplicates]
        return out


def iter_files(paths: Iterable[str | os.PathLike[str]], result: IngestResult) -> Iterator[Path]:
    """Files named directly (any suffix) and, below directories, files with a known suffix; sorted."""
    found: set[Path] = set()
    for p in paths:
        path = Path(p)
        if path.is_dir():
            for root, dirs, files in os.walk(path):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for name in files:
                    fp = Path(root) / name
                    if not name.startswith(".") and fp.suffix.lower() in SUFFIXES:
                        found.add(fp)
        elif path.exists() or path.is_symlink():
            found.add(path)
        else:
            result.skipped.append((str(path), "no such file or directory"))
    yield from sorted(found)


def _read_file(path: Path, max_bytes: int) -> tuple[list[RawRecord], list[InputError], str | None]:
    where = str(path)
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise InputError(f"file too large ({size / 1e6:.1f} MB > limit {max_bytes / 1e6:.1f} MB)", path=where)
        with path.open("rb") as fh:
            data = fh.read(max_bytes + 1)
    except FileNotFoundError:
        raise InputError("file disappeared or is a broken link", path=where) from None
    except IsADirectoryError:
        raise InputError("is a directory, not a file", path=where) from None
    except PermissionError:
        raise InputError("permission denied", path=where) from None
    except OSError as err:
        raise InputError(f"cannot read ({err.strerror or err})", path=where) from None
    if len(data) > max_bytes:
        raise InputError(f"file too large (> limit {max_bytes / 1e6:.1f} MB)", path=where)
    decoded = decode_bytes(data, path=where)
    kind = SUFFIXES.get(path.suffix.lower(), "txt")
    if kind == "txt" and re.match(r"\s*<(?:!doctype html|html)", decoded.text[:200], re.IGNORECASE):
        kind = "html"
    records: list[RawRecord] = []
    errors: list[InputError] = []
    if kind == "jsonl":
        for item in read_jsonl(decoded.text, where):
            (errors if isinstance(item, InputError) else records).append(item)  # type: ignore[arg-type]
    else:
        reader = {"txt": read_txt, "html": read_html, "json": read_json}[kind]
        records.extend(reader(decoded.text, where))
    return records, errors, decoded.warning


def _dedupe_key(text: str) -> str:
    return content_hash(" ".join(unicodedata.normalize("NFKC", text).casefold().split()), 24)


def load_paths(paths: Iterable[str | os.PathLike[str]], *, max_bytes: int = DEFAULT_MAX_BYTES) -> IngestResult:
    """Read every input; never raises for a bad input (it lands in ``skipped`` with its reason)."""
    result = IngestResult()
    pending: list[tuple[str, RawRecord, str]] = []  # (id, record, path)
    for path in iter_files(paths, result):
        try:
            records, errors, warning = _read_file(path, max_bytes)
        except InputError as err:
            result.skipped.append((err.path or str(path), err.message))
            continue
        for err in errors:
            result.skipped.append((err.path or str(path), err.message))
        if warning:
            result.warnings.append((str(path), warning))
        single = len(records) == 1 and SUFFIXES.get(path.suffix.lower(), "txt") in {"txt", "html"}
        for rec in records:
            rid = rec.id or (path.stem if single else f"a-{content_hash(rec.text, 12)}")
            pending.append((rid, rec, str(path)))

    used: dict[str, int] = {}
    seen_text: dict[str, str] = {}
    kept: dict[str, Article] = {}
    for rid, rec, path in pending:
        n = used.get(rid, 0)
        used[rid] = n + 1
        if n:
            rid = f"{rid}~{n + 1}"  # same stem in two folders: stable, order-derived suffix
        key = _dedupe_key(rec.text)
        if key in seen_text:
            result.duplicates.append((rid, seen_text[key]))
            first = kept[seen_text[key]]
            kept[first.id] = replace(first, duplicates=(*first.duplicates, rid))
            continue
        seen_text[key] = rid
        kept[rid] = Article(
            id=rid,
            text=rec.text,
            path=path,
            outlet=rec.outlet,
            date=rec.date,
            byline=rec.byline,
            title=rec.title,
            url=rec.url,
            dateline=rec.dateline,
            lang=rec.lang,
        )
    result.articles = sorted(kept.values(), key=lambda a: a.id)
    return result
