"""The work behind the CLI commands (kept out of ``main.py`` so the CLI stays thin)."""

from __future__ import annotations

import contextlib
import importlib
import inspect
import pkgutil
import sys
import time
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from .. import __version__
from ..errors import ConfigError, InputError
from ..export import dumps, to_contract
from ..ingest import load_paths
from ..model import Analysis
from ..pipeline import Timings, analyze

EXIT_OK = 0
EXIT_FAILED = 1  # nothing could be analysed, or a fatal user error
EXIT_USAGE = 2  # bad command line (typer/click)
EXIT_PARTIAL = 3  # some inputs were skipped; everything else was analysed


def err(msg: str) -> None:
    sys.stderr.write(msg.rstrip("\n") + "\n")


@contextlib.contextmanager
def progress_bar(total: int, quiet: bool) -> Iterator[Any]:
    """A rich progress bar on stderr, only for interactive runs; a no-op callable otherwise."""
    if quiet or total < 2 or not sys.stderr.isatty():
        yield None
        return
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    with Progress(
        TextColumn("analysing"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
        console=Console(stderr=True), transient=True,
    ) as prog:  # fmt: skip
        task = prog.add_task("articles", total=total)
        yield lambda n: prog.advance(task, n)


def run_analysis(
    paths: Sequence[str], *, lang: str | None, workers: int, quiet: bool, max_bytes: int, timings: bool
) -> tuple[Analysis | None, dict[str, Any] | None, int]:
    if workers < 1:
        raise ConfigError("--workers must be at least 1")
    ingest = load_paths(paths, max_bytes=max_bytes)
    for line in ingest.messages():
        err(line)
    if not ingest.articles:
        err("error: no analysable input" + (f" ({len(ingest.skipped)} skipped)" if ingest.skipped else ""))
        return None, None, EXIT_FAILED
    t = Timings()
    started = time.perf_counter()
    with progress_bar(len(ingest.articles), quiet) as advance:
        analysis = analyze(
            ingest.articles, lang=lang, workers=workers, progress=advance, skipped=ingest.skipped, timings=t
        )
    run: dict[str, Any] = {"tool": "lagebild", "version": __version__, "settings": {"lang": lang}}
    if timings:
        run["timings"] = {**t.stages, "total": round(time.perf_counter() - started, 3), "workers": workers}
    doc = to_contract(analysis, run=run)
    return analysis, doc, EXIT_PARTIAL if ingest.skipped else EXIT_OK


def write_json(doc: dict[str, Any], target: str) -> None:
    text = dumps(doc)
    if target == "-":
        sys.stdout.write(text)
        return
    path = Path(target)
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(text, encoding="utf-8")
    tmp.replace(path)  # atomic: a crash never leaves half a file behind


def summary(analysis: Analysis) -> str:
    """A short human summary of an analysis (what `make demo` prints)."""
    ents = {e.id: e for e in analysis.entities}
    lines = [
        f"{len(analysis.articles)} articles, {len(analysis.stories)} stories, {len(analysis.entities)} entities, "
        f"{len(analysis.quotes)} quotes, {len(analysis.reuse)} reused passages, {len(analysis.claims)} claims, "
        f"{len(analysis.conflicts)} conflicts, {len(analysis.events)} events",
    ]
    people = sorted((e for e in analysis.entities if e.type == "PER"), key=lambda e: (-len(e.mentions), e.name))[:8]
    if people:
        lines.append("People:")
        for e in people:
            other = [v for v in e.variants if v != e.name]
            role = f" ({e.roles[0]})" if e.roles else ""
            lines.append(
                f"  {e.name}{role}: {len(e.mentions)} mentions" + (f"; also {', '.join(other[:4])}" if other else "")
            )
    speakers: dict[str, int] = {}
    for q in analysis.quotes:
        if q.speaker:
            speakers[q.speaker] = speakers.get(q.speaker, 0) + 1
    if speakers:
        top = sorted(speakers.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
        lines.append("Quoted most: " + ", ".join(f"{ents[k].name if k in ents else k} ({n})" for k, n in top))
    if analysis.reuse:
        pairs = sorted({tuple(sorted((r.a.article, r.b.article))) for r in analysis.reuse if not r.shared_quote})
        if pairs:
            lines.append("Shared copy: " + "; ".join(f"{a} ~ {b}" for a, b in pairs[:5]))
    for c in analysis.conflicts[:5]:
        lines.append(f"Conflict: {c.explanation}")
    for b in analysis.briefing[:6]:
        lines.append(f"- {b.text}")
    if analysis.skipped:
        lines.append(f"{len(analysis.skipped)} input(s) skipped (reasons on stderr)")
    return "\n".join(lines)


def evaluation_tasks() -> list[str]:
    from .. import evaluation

    return sorted(m.name for m in pkgutil.iter_modules(evaluation.__path__) if not m.name.startswith("_"))


def run_evaluation(task: str, data: Path, **options: Any) -> dict[str, Any]:
    """Score ``task`` on ``data``; ``options`` (those not ``None``) go to the task's ``evaluate``."""
    tasks = evaluation_tasks()
    if task not in tasks:
        raise ConfigError(f"unknown evaluation task {task!r}; known: {', '.join(tasks)}")
    if not data.exists():
        raise InputError("data directory does not exist", path=str(data))
    module = importlib.import_module(f"lagebild.evaluation.{task}")
    options = {k: v for k, v in options.items() if v is not None}
    accepted = inspect.signature(module.evaluate).parameters
    for name in options:
        if name not in accepted:
            raise ConfigError(f"--{name} does not apply to evaluation task {task!r}")
    return module.evaluate(data, **options)


def format_metrics(result: dict[str, Any]) -> str:
    lines = [f"task {result.get('task')}  n={result.get('n')}"]
    lines += [f"  {k:<32} {v}" for k, v in result.get("settings", {}).items()]

    def walk(prefix: str, value: Any) -> None:
        if isinstance(value, dict):
            if {"precision", "recall", "f1"} <= set(value):
                p, r, f = value["precision"], value["recall"], value["f1"]
                lines.append(f"  {prefix:<32} P={p:.4f}  R={r:.4f}  F1={f:.4f}")
                rest = {k: v for k, v in value.items() if k not in {"precision", "recall", "f1"}}
                for k, v in rest.items():
                    walk(f"{prefix}.{k}", v)
            else:
                for k, v in value.items():
                    walk(f"{prefix}.{k}" if prefix else str(k), v)
        elif isinstance(value, float):
            lines.append(f"  {prefix:<32} {value:.4f}")
        else:
            lines.append(f"  {prefix:<32} {value}")

    walk("", result.get("metrics", {}))
    return "\n".join(lines)
