from __future__ import annotations

import pytest

from lagebild.model import Doc

from .texts import QUOTE_A, QUOTE_B, UNRELATED, WIRE_A, WIRE_B, make_doc


@pytest.fixture
def wire_docs() -> list[Doc]:
    return [make_doc("a", WIRE_A), make_doc("b", WIRE_B), make_doc("c", UNRELATED)]


@pytest.fixture
def quote_docs() -> list[Doc]:
    return [make_doc("q1", QUOTE_A), make_doc("q2", QUOTE_B)]
