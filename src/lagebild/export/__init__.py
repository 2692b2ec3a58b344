"""Export: the Analysis -> the CONTRACT.md JSON document, and its JSON Schema."""

from __future__ import annotations

import json
from importlib import resources
from typing import Any

from ..model import Analysis, Span
from .contract import AnalysisOut

__all__ = ["AnalysisOut", "contract_schema", "dumps", "to_contract", "validate"]


def _span(s: Span | None) -> dict[str, Any] | None:
    return None if s is None else {"article": s.article, "start": s.start, "end": s.end}


def _num(v: float | None) -> float | int | None:
    if v is None:
        return None
    return int(v) if float(v).is_integer() and abs(v) < 2**53 else float(v)


def to_contract(analysis: Analysis, run: dict[str, Any] | None = None) -> dict[str, Any]:
    """The contract document as plain dicts/lists (validated by the pydantic models)."""
    doc = {
        "version": "1",
        "articles": [
            {"id": a.id, "path": a.path, "outlet": a.outlet, "date": a.date, "byline": list(a.byline),
             "text": a.text, "title": a.title, "url": a.url, "dateline": a.dateline, "lang": a.lang,
             "duplicates": list(a.duplicates)}
            for a in analysis.articles
        ],
        "stories": [{"id": s.id, "articles": list(s.articles), "label": s.label} for s in analysis.stories],
        "entities": [
            {"id": e.id, "name": e.name, "type": e.type, "variants": list(e.variants), "roles": list(e.roles),
             "mentions": [_span(m) for m in e.mentions], "evidence": list(e.evidence)}
            for e in analysis.entities
        ],
        "quotes": [
            {"id": q.id, "article": q.span.article, "start": q.span.start, "end": q.span.end, "kind": q.kind,
             "speaker": q.speaker, "cue": q.cue, "same_as": list(q.same_as), "text": q.text,
             "speaker_span": _span(q.speaker_span), "cue_span": _span(q.cue_span)}
            for q in analysis.quotes
        ],
        "reuse": [
            {"a": _span(r.a), "b": _span(r.b), "similarity": round(float(r.similarity), 4),
             "shared_quote": r.shared_quote}
            for r in analysis.reuse
        ],
        "claims": [
            {"id": c.id, "article": c.span.article, "start": c.span.start, "end": c.span.end, "value": _num(c.value),
             "unit": c.unit, "subject": c.subject, "qualifier": c.qualifier, "kind": c.kind, "upper": _num(c.upper),
             "text": c.text}
            for c in analysis.claims
        ],
        "conflicts": [{"claims": list(c.claims), "explanation": c.explanation, "kind": c.kind} for c in analysis.conflicts],
        "events": [
            {"id": e.id, "article": e.span.article, "start": e.span.start, "end": e.span.end, "actor": e.actor,
             "action": e.action, "target": e.target, "date": e.date, "negated": e.negated, "cue": e.cue}
            for e in analysis.events
        ],
        "timeline": [
            {"date": t.date, "label": t.label, "events": list(t.events), "articles": list(t.articles)}
            for t in analysis.timeline
        ],
        "outlets": [
            {"article": o.article, "quoted": dict(o.quoted), "only_here": list(o.only_here),
             "tone": None if o.tone is None else round(float(o.tone), 4),
             "original_share": None if o.original_share is None else round(float(o.original_share), 4),
             "sources": list(o.sources), "tone_spans": [_span(s) for s in o.tone_spans],
             "only_here_quotes": list(o.only_here_quotes)}
            for o in analysis.outlets
        ],
        "briefing": [{"text": b.text, "support": [_span(s) for s in b.support]} for b in analysis.briefing],
        "skipped": [{"input": w, "reason": r} for w, r in analysis.skipped],
        "run": run,
    }  # fmt: skip
    AnalysisOut.model_validate(doc)
    return doc


def dumps(doc: dict[str, Any]) -> str:
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def contract_schema() -> dict[str, Any]:
    """The JSON Schema shipped with the package (regenerated from the models by the tests)."""
    text = resources.files(__package__).joinpath("contract.schema.json").read_text(encoding="utf-8")
    return json.loads(text)


def generate_schema() -> dict[str, Any]:
    schema = AnalysisOut.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = "lagebild analysis (contract version 1)"
    return schema


def validate(doc: dict[str, Any]) -> None:
    """Validate ``doc`` against the shipped JSON Schema and check every span against its article text."""
    import jsonschema

    jsonschema.validate(doc, contract_schema())
    lengths = {a["id"]: len(a["text"]) for a in doc["articles"]}

    def check(ref: dict[str, Any], what: str) -> None:
        n = lengths.get(ref["article"])
        if n is None:
            raise ValueError(f"{what}: unknown article {ref['article']!r}")
        if not 0 <= ref["start"] <= ref["end"] <= n:
            raise ValueError(f"{what}: span {ref['start']}:{ref['end']} outside article {ref['article']!r}")

    for e in doc["entities"]:
        for m in e["mentions"]:
            check(m, f"entity {e['id']}")
    for key in ("quotes", "claims", "events"):
        for item in doc[key]:
            check(item, f"{key} {item['id']}")
    for r in doc["reuse"]:
        check(r["a"], "reuse.a")
        check(r["b"], "reuse.b")
    for b in doc["briefing"]:
        for s in b["support"]:
            check(s, "briefing")
