"""Ingest: files, directories and records -> articles. Never fetches anything."""

from .decode import Decoded, decode_bytes
from .header import TextMeta, parse_text_header
from .loader import DEFAULT_MAX_BYTES, IngestResult, load_paths

__all__ = [
    "DEFAULT_MAX_BYTES",
    "Decoded",
    "IngestResult",
    "TextMeta",
    "decode_bytes",
    "load_paths",
    "parse_text_header",
]
