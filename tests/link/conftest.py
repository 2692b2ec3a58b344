"""Fixtures for the linking tests; the Doc builder lives in ``link_helpers``."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from link_helpers import make_doc

from lagebild.model import Doc


@pytest.fixture
def doc() -> Callable[..., Doc]:
    return make_doc
