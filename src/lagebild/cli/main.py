"""`lagebild` command line: a thin layer over the Python API (work lives in ``cli/run.py``)."""

from __future__ import annotations

import json
import logging
import sys
from pathlib import Path
from typing import Annotated

import typer

from .. import __version__
from ..errors import LagebildError
from ..ingest import DEFAULT_MAX_BYTES
from . import run

app = typer.Typer(
    name="lagebild",
    help="Many news reports about one event -> one checked situation picture (Lagebild).",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"lagebild {__version__}")
        raise typer.Exit()


@app.callback()
def main(
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Show the version.")
    ] = False,
    verbose: Annotated[int, typer.Option("--verbose", "-v", count=True, help="More log output on stderr.")] = 0,
) -> None:
    """Exit codes: 0 all inputs analysed; 1 nothing analysable or a fatal error; 2 bad command line;
    3 some inputs skipped (one line each on stderr), the rest analysed."""
    level = logging.WARNING - 10 * min(verbose, 2)
    logging.basicConfig(level=level, format="%(levelname)s %(name)s: %(message)s", stream=sys.stderr)


def _fail(error: LagebildError) -> None:
    run.err(f"error: {error}")
    raise typer.Exit(run.EXIT_FAILED)


PathsArg = Annotated[list[str], typer.Argument(help="Files or directories (.txt, .html, .json, .jsonl).")]
LangOpt = Annotated[
    str | None, typer.Option("--lang", help="Language of all articles (default: detected per article).")
]
WorkersOpt = Annotated[int, typer.Option("--workers", "-w", help="Worker processes for per-article work.")]
QuietOpt = Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar and no summary.")]
MaxBytesOpt = Annotated[int, typer.Option("--max-bytes", help="Skip input files larger than this.")]


@app.command()
def analyze(
    paths: PathsArg,
    json_out: Annotated[
        str | None, typer.Option("--json", help="Write the analysis JSON to FILE, or - for stdout.")
    ] = None,
    lang: LangOpt = None,
    workers: WorkersOpt = 1,
    quiet: QuietOpt = False,
    max_bytes: MaxBytesOpt = DEFAULT_MAX_BYTES,
    timings: Annotated[bool, typer.Option("--timings", help="Add stage timings to the run object.")] = False,
    db: Annotated[Path | None, typer.Option("--db", help="Also store the analysis in this SQLite file.")] = None,
) -> None:
    """Analyse articles and write the contract JSON (see CONTRACT.md); print a summary."""
    try:
        analysis, doc, code = run.run_analysis(
            paths, lang=lang, workers=workers, quiet=quiet, max_bytes=max_bytes, timings=timings
        )
    except LagebildError as error:
        _fail(error)
        return
    if analysis is None or doc is None:
        raise typer.Exit(code)
    if json_out:
        run.write_json(doc, json_out)
    if db is not None:
        from ..store import Store

        try:
            with Store(db) as store:
                store.save(doc)
        except LagebildError as error:
            _fail(error)
    if not quiet and json_out != "-":
        typer.echo(run.summary(analysis))
    raise typer.Exit(code)


@app.command()
def report(
    paths: PathsArg,
    html: Annotated[Path | None, typer.Option("--html", help="Write a self-contained HTML report.")] = None,
    markdown: Annotated[Path | None, typer.Option("--markdown", help="Write a Markdown report.")] = None,
    json_out: Annotated[str | None, typer.Option("--json", help="Also write the analysis JSON.")] = None,
    lang: LangOpt = None,
    workers: WorkersOpt = 1,
    quiet: QuietOpt = False,
    max_bytes: MaxBytesOpt = DEFAULT_MAX_BYTES,
) -> None:
    """Analyse articles and write a readable report (HTML and/or Markdown)."""
    if html is None and markdown is None:
        run.err("error: give --html FILE and/or --markdown FILE")
        raise typer.Exit(run.EXIT_USAGE)
    try:
        analysis, doc, code = run.run_analysis(
            paths, lang=lang, workers=workers, quiet=quiet, max_bytes=max_bytes, timings=False
        )
    except LagebildError as error:
        _fail(error)
        return
    if analysis is None or doc is None:
        raise typer.Exit(code)
    from ..report import render_html, render_markdown

    if html is not None:
        html.write_text(render_html(analysis), encoding="utf-8")
    if markdown is not None:
        markdown.write_text(render_markdown(analysis), encoding="utf-8")
    if json_out:
        run.write_json(doc, json_out)
    raise typer.Exit(code)


@app.command()
def schema() -> None:
    """Print the JSON Schema of the analysis contract."""
    from ..export import contract_schema

    typer.echo(json.dumps(contract_schema(), indent=2, ensure_ascii=False))


@app.command()
def evaluate(
    task: Annotated[str, typer.Argument(help="Task: " + ", ".join(run.evaluation_tasks()))],
    data: Annotated[Path, typer.Option("--data", help="Directory with labelled data in the task's layout.")],
    as_json: Annotated[bool, typer.Option("--json", help="Print {task, n, metrics} as JSON.")] = False,
    tokenization: Annotated[
        str | None,
        typer.Option(
            "--tokenization",
            help="parse only: 'ud' (default; compounds split as in the treebanks) or 'news' (the product's tokens).",
        ),
    ] = None,
) -> None:
    """Score one stage against labelled data: precision/recall/F1 (per label where it applies)."""
    try:
        result = run.run_evaluation(task, data, tokenization=tokenization)
    except LagebildError as error:
        _fail(error)
        return
    except (FileNotFoundError, ValueError) as error:
        run.err(f"error: {data}: {error}")
        raise typer.Exit(run.EXIT_FAILED) from None
    if as_json:
        typer.echo(json.dumps(result, indent=2, ensure_ascii=False, sort_keys=True))
    else:
        typer.echo(run.format_metrics(result))


if __name__ == "__main__":  # pragma: no cover
    app()
