from __future__ import annotations

import json
from pathlib import Path

import pytest

from lagebild.export import contract_schema, generate_schema, to_contract, validate
from lagebild.model import Analysis, Article, Claim, Entity, Quote, Span

SCHEMA_FILE = Path(__file__).resolve().parents[2] / "src" / "lagebild" / "export" / "contract.schema.json"
CONTRACT_LISTS = ["articles", "stories", "entities", "quotes", "reuse", "claims", "conflicts", "events", "timeline",
                  "outlets", "briefing"]  # fmt: skip


def test_export_shipped_schema_matches_models() -> None:
    assert contract_schema() == generate_schema(), "regenerate contract.schema.json (see tests/export)"
    assert json.loads(SCHEMA_FILE.read_text(encoding="utf-8"))["title"] == "lagebild analysis (contract version 1)"


def test_export_schema_requires_every_contract_list() -> None:
    assert set(CONTRACT_LISTS) <= set(contract_schema()["required"])


def _analysis() -> Analysis:
    art = Article(id="a1", text="Gruschko sagte, man sei bereit. Es kamen 100.000 Soldaten.")
    ent = Entity(id="e-1", name="Alexander Gruschko", type="PER", variants=("Gruschko",), roles=(),
                 mentions=(Span("a1", 0, 8),))  # fmt: skip
    quote = Quote(id="q-1", span=Span("a1", 16, 31), kind="indirect", speaker="e-1", cue="sagte")
    claim = Claim(id="c-1", span=Span("a1", 41, 57), value=100000.0, unit=None, subject="Soldat")
    return Analysis(articles=(art,), entities=(ent,), quotes=(quote,), claims=(claim,))


def test_export_to_contract_exact_values() -> None:
    doc = to_contract(_analysis())
    validate(doc)
    assert doc["version"] == "1"
    assert all(isinstance(doc[k], list) for k in CONTRACT_LISTS)
    text = doc["articles"][0]["text"]
    q = doc["quotes"][0]
    assert text[q["start"] : q["end"]] == "man sei bereit."
    assert doc["claims"][0]["value"] == 100000 and isinstance(doc["claims"][0]["value"], int)
    m = doc["entities"][0]["mentions"][0]
    assert text[m["start"] : m["end"]] == "Gruschko"


def test_export_validate_rejects_span_outside_text() -> None:
    doc = to_contract(_analysis())
    doc["quotes"][0]["end"] = 10_000
    with pytest.raises(ValueError, match="outside article"):
        validate(doc)
