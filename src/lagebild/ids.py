"""Stable, content-derived ids (same input -> same id, whatever the run)."""

from __future__ import annotations

import hashlib
import json

__all__ = ["content_hash", "stable_id"]


def content_hash(text: str, length: int = 16) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:length]


def stable_id(prefix: str, *parts: object, length: int = 10) -> str:
    """``prefix`` + short hash of ``parts`` serialised as sorted JSON, e.g. ``q-3fa2c01b9e``."""
    payload = json.dumps(parts, sort_keys=True, ensure_ascii=False, default=str)
    return f"{prefix}-{hashlib.sha1(payload.encode('utf-8')).hexdigest()[:length]}"
