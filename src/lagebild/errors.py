"""All lagebild exceptions in one place, each with a short code for the one-line message."""

from __future__ import annotations

__all__ = ["ConfigError", "InputError", "LagebildError", "StoreError"]


class LagebildError(Exception):
    """Base class. ``str(err)`` is a one-line message fit for a user."""

    code = "E000"

    def __init__(self, message: str, *, path: str | None = None) -> None:
        self.path = path
        self.message = message
        super().__init__(f"{path}: {message}" if path else message)


class InputError(LagebildError):
    """An input file or record cannot be analysed (empty, binary, too large, malformed, ...)."""

    code = "E100"


class ConfigError(LagebildError):
    """Bad settings or command-line values."""

    code = "E200"


class StoreError(LagebildError):
    """The on-disk store cannot be read or written."""

    code = "E300"
