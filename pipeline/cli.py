"""The `newsgraph` command line: parses options, reports progress, calls the Python API."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

from . import __version__
from .kb import KnowledgeBaseError, default_kb
from .nlp import ModelNotFound, load_model, resolve_model
from .run import Problem, run as run_pipeline

app = typer.Typer(add_completion=False, no_args_is_help=True, help="Dutch news articles → a graph of who met whom and who said what.")
stderr = Console(stderr=True, highlight=False)
stdout = Console(highlight=False)

ModelOption = Annotated[
    Optional[str],
    typer.Option("--model", "-m", help="spaCy pipeline: package name or path. Default: nl_core_news_lg/md/sm if installed, else the bundled model."),
]


@app.command()
def run(
    inputs: Annotated[list[str], typer.Argument(help="Files, directories (searched recursively), or - for JSONL on stdin.")],
    out: Annotated[Path, typer.Option("--out", "-o", help="Output directory for graph.json and graph.graphml.")] = Path("outputs"),
    model: ModelOption = None,
    processes: Annotated[int, typer.Option("--processes", "-p", min=1, help="Worker processes for the NLP stages.")] = 1,
    aliases: Annotated[Optional[list[Path]], typer.Option("--aliases", help="Extra aliases file (YAML shaped like data/kb/curated.yaml); repeatable.")] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar or summary; errors only.")] = False,
) -> None:
    """Process articles into a graph. Exit code 1 when any input failed (the rest is still
    processed and written), 2 for usage errors."""
    try:
        choice = resolve_model(model)
        default_kb(tuple(Path(p).resolve() for p in aliases or ()))
    except (ModelNotFound, KnowledgeBaseError) as err:
        stderr.print(f"error: {err}", markup=False)
        raise typer.Exit(2)
    if not quiet:
        stderr.print(f"model: {choice.describe()}")

    def report(problem: Problem) -> None:
        stderr.print(f"error: {problem}", markup=False, soft_wrap=True)

    show_progress = not quiet and stderr.is_terminal
    progress = Progress(
        SpinnerColumn(), TextColumn("{task.completed} articles"), BarColumn(bar_width=None),
        TextColumn("{task.fields[rate]:.1f} articles/s"), TimeElapsedColumn(),
        console=stderr, disable=not show_progress, transient=True,
    )
    with progress:
        task = progress.add_task("run", total=None, rate=0.0)

        def advance(_) -> None:
            progress.advance(task)
            elapsed = progress.tasks[task].elapsed or 0.0
            progress.update(task, rate=progress.tasks[task].completed / elapsed if elapsed else 0.0)

        summary = run_pipeline(inputs, out, model=choice.location, processes=processes, aliases=aliases or (),
                               stdin=sys.stdin, on_problem=report, on_article=advance)
    if not quiet:
        stdout.print(
            f"{summary.articles} articles read, {summary.failed} failed; {summary.entities} entities, "
            f"{summary.meetings} meetings, {summary.statements} statements in {summary.seconds:.1f}s"
        )
        for path in summary.outputs:
            stdout.print(f"wrote {path}")
    if not summary.ok:
        raise typer.Exit(1)


@app.command()
def info(model: ModelOption = None) -> None:
    """Print versions, the spaCy pipeline in use and where it was found."""
    import networkx
    import pydantic
    import spacy

    stdout.print(f"newsgraph {__version__}")
    stdout.print(f"python {sys.version.split()[0]}, spaCy {spacy.__version__}, networkx {networkx.__version__}, pydantic {pydantic.__version__}")
    try:
        choice = resolve_model(model)
    except ModelNotFound as err:
        stderr.print(f"error: {err}")
        raise typer.Exit(2)
    nlp = load_model(choice)
    stdout.print(f"model: {nlp.meta.get('lang')}_{nlp.meta.get('name')} {nlp.meta.get('version')} ({choice.describe()})")
    stdout.print(f"pipeline: {', '.join(nlp.pipe_names)}")


def main() -> None:
    app()
