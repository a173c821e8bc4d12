"""The `newsgraph` command line: parses options, reports progress, calls the Python API."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated, Optional, cast

import typer
from rich.console import Console

from . import __version__
from .engines import ENGINES, EngineError, EngineLost
from .files import OutputError
from .ingest import STDIN_FORMATS, StdinFormat, check_encoding, printable
from .kb import KnowledgeBaseError, default_kb
from .nlp import ModelNotFound, load_model, resolve_model
from .progress import RunProgress, count_articles
from .run import NothingRead, Problem
from .run import run as run_pipeline
from .stopping import SIGNAL_EXIT_CODES, Stopped, stop_on_signals

app = typer.Typer(add_completion=False, no_args_is_help=True, help="Dutch news articles → a graph of who met whom and who said what.")
stderr = Console(stderr=True, highlight=False)
stdout = Console(highlight=False, width=None if sys.stdout.isatty() else 140)


def _version(value: bool) -> None:
    if value:
        stdout.print(f"newsgraph {__version__}")
        raise typer.Exit()


@app.callback()
def _options(
    version: Annotated[bool, typer.Option("--version", callback=_version, is_eager=True, help="Print the version and exit.")] = False,
) -> None:
    """Dutch news articles → a graph of who met whom and who said what."""


def say(message: str) -> None:
    """One line on stderr, however long: errors name files and must stay greppable."""
    stderr.print(message, markup=False, soft_wrap=True)


ENGINE_LOST_EXIT_CODE = 3


ModelOption = Annotated[
    Optional[str],
    typer.Option("--model", "-m", help="spaCy pipeline: package name or path. Default: nl_core_news_lg/md/sm if installed, else the bundled model."),
]


@app.command()
def run(
    inputs: Annotated[list[str], typer.Argument(help="Files, directories (searched recursively), or - for stdin (JSON lines or one text article).")],
    out: Annotated[Path, typer.Option("--out", "-o", help="Output directory for graph.json and graph.graphml.")] = Path("outputs"),
    model: ModelOption = None,
    processes: Annotated[int, typer.Option("--processes", "-p", min=1, help="Worker processes for the NLP stages.")] = 1,
    aliases: Annotated[Optional[list[Path]], typer.Option("--aliases", help="Extra aliases file (YAML shaped like data/kb/curated.yaml); repeatable.")] = None,
    cache: Annotated[bool, typer.Option("--cache/--no-cache", help="Reuse extractions of unchanged articles from earlier runs.")] = True,
    cache_dir: Annotated[Optional[Path], typer.Option("--cache-dir", help="Where cached extractions live. Default: OUT/.cache.")] = None,
    engine: Annotated[str, typer.Option("--engine", help="Where the per-article stages run: local (this machine) or dask.")] = "local",
    scheduler: Annotated[Optional[str], typer.Option("--scheduler", help="Dask scheduler address (tcp://host:8786). Default: a local cluster of --processes workers.")] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar or summary; errors and warnings only.")] = False,
    encoding: Annotated[Optional[str], typer.Option(
        "--encoding", help="Encoding of files without a byte-order mark (e.g. windows-1252). Default: UTF-8, or an HTML page's <meta charset>.")] = None,
    stdin_format: Annotated[str, typer.Option("--stdin-format", help="How to read - (stdin): jsonl, text (one article), or auto (JSON when it starts with { or [).")] = "auto",
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="Also name every file skipped as unsupported.")] = False,
) -> None:
    """Process articles into a graph. Exit code 1 when any input failed (the rest is still
    processed and written), 2 for usage errors and when no input could be read (nothing is
    written then), 3 when the workers were lost mid-run, 130 and 143 when stopped by
    SIGINT and SIGTERM."""
    try:
        if stdin_format not in STDIN_FORMATS:
            raise typer.BadParameter(f"choose one of {', '.join(STDIN_FORMATS)}", param_hint="--stdin-format")
        if encoding:
            try:
                check_encoding(encoding)
            except LookupError:
                raise typer.BadParameter(f"unknown encoding {encoding!r}", param_hint="--encoding") from None
        if engine not in ENGINES:
            raise typer.BadParameter(f"choose one of {', '.join(ENGINES)}", param_hint="--engine")
        if scheduler and engine != "dask":
            raise typer.BadParameter("only with --engine dask", param_hint="--scheduler")
        choice = resolve_model(model)
        if aliases:
            default_kb(tuple(Path(p).resolve() for p in aliases))
    except (ModelNotFound, KnowledgeBaseError) as err:
        say(f"error: {err}")
        raise typer.Exit(2) from None
    if not quiet:
        stderr.print(f"model: {choice.describe()}")

    done = 0  # articles read, for the line a stopped run ends with
    resume = "finished articles are cached, a rerun resumes from them" if cache else "nothing was cached (--no-cache)"
    with stop_on_signals(say) as check_stop:
        try:
            total = None if quiet else count_articles(inputs)
            with RunProgress(stderr, total, enabled=not quiet) as progress:

                def report(problem: Problem) -> None:
                    check_stop()
                    kind = getattr(problem, "kind", "error")
                    if kind == "error":
                        progress.advance()  # a failed article or file counts towards the total as a read one does
                    if (kind == "skipped" and not verbose) or (kind == "note" and quiet):
                        return
                    say(f"{kind}: {printable(str(problem))}")

                def read(_) -> None:
                    nonlocal done
                    check_stop()
                    done += 1
                    progress.advance()

                summary = run_pipeline(inputs, out, model=choice.location, processes=processes, aliases=aliases or (),
                                       cache_dir=cache_dir, use_cache=cache, engine=engine, scheduler=scheduler,
                                       stdin=sys.stdin, encoding=encoding, stdin_format=cast(StdinFormat, stdin_format),
                                       on_problem=report, on_article=read, on_warning=lambda message: say(f"warning: {printable(message)}"))
        except (EngineError, OutputError, NothingRead) as err:
            say(f"error: {printable(str(err))}")
            raise typer.Exit(2) from None
        except EngineLost as err:
            say(f"error: {printable(str(err))}; the run stopped after {done} articles, nothing written, {resume}")
            raise typer.Exit(ENGINE_LOST_EXIT_CODE) from None
        except Stopped as stop:
            say(f"error: stopped by {stop.signal.name} after {done} articles; the run did not finish, {resume}")
            raise typer.Exit(SIGNAL_EXIT_CODES[stop.signal]) from None
    if summary.cache_error:
        say(f"warning: {summary.cache_error}")
    if not quiet:
        stdout.print(
            f"{summary.articles} articles read ({summary.cached} from cache), {summary.failed} failed; {summary.entities} entities, "
            f"{summary.meetings} meetings, {summary.statements} statements in {summary.seconds:.1f}s"
        )
        if summary.skipped:
            stdout.print(f"{summary.skipped} files skipped as unsupported" + ("" if verbose else " (--verbose names them)"))
        for path in summary.outputs:
            stdout.print(f"wrote {printable(str(path))}", markup=False)
    if not summary.ok:
        raise typer.Exit(1) from None


@app.command("eval")
def eval_command(
    gold: Annotated[Path, typer.Option("--gold", help="Gold directory: `tune/` and `heldout/` splits, or one directory of gold files.", exists=True, file_okay=False)],
    articles: Annotated[list[str], typer.Option("--articles", help="Article files or directories; only the gold articles are processed.")],
    more_articles: Annotated[Optional[list[str]], typer.Argument(help="More article paths (so `--articles A B` works).", show_default=False)] = None,
    model: ModelOption = None,
    report: Annotated[Optional[Path], typer.Option("--report", help="Also write the full report (per split, per article) as JSON.")] = None,
    details: Annotated[bool, typer.Option("--details/--no-details", help="List misses and false alarms per article.")] = True,
) -> None:
    """Score meetings, statements and mention clustering against gold annotations, each
    split separately, by relation kind, with every miss and false alarm. Exit code 1 when a
    gold article failed to process (it is scored as finding nothing, and named), 2 on bad gold."""
    from .evaluate import GoldError, run_evaluation, write_report
    from .evaluate_table import report_table

    try:
        choice = resolve_model(model)
        failures: list = []
        result = run_evaluation(gold, [*articles, *(more_articles or [])], choice, failures)
    except (GoldError, ModelNotFound) as err:
        say(f"error: {err}")
        raise typer.Exit(2) from None
    stdout.print(report_table(result))
    if details:
        for split, split_report in result.items():
            for row in split_report["articles"]:
                for miss in row["misses"]:
                    stdout.print(f"{split} {row['doc_id']}: miss {miss}", markup=False)
                for alarm in row["false_alarms"]:
                    stdout.print(f"{split} {row['doc_id']}: false alarm {alarm}", markup=False)
    if report:
        write_report(result, report)
    for failure in failures:  # scored as finding nothing; the exit code says the figures are not the system's best
        say(f"error: {failure}")
    if failures:
        say(f"error: {len(failures)} gold article(s) failed to process and were scored as finding nothing")
        raise typer.Exit(1)


@app.command()
def view(
    graph: Annotated[Path, typer.Argument(help="A graph.json written by `newsgraph run`.")],
    out: Annotated[Path, typer.Option("--out", "-o", help="The HTML file to write.")] = Path("outputs/graph.html"),
    max_nodes: Annotated[int, typer.Option("--max-nodes", min=1, help="Draw this many entities, best connected first (all are in the list).")] = 2000,
) -> None:
    """Write a self-contained, offline HTML view of a graph: click entities and lines to
    read the evidence, filter by name and date."""
    from pydantic import ValidationError

    from .view import write_view

    try:
        written = write_view(graph, out, max_nodes)
    except (OSError, ValueError, ValidationError) as err:
        message = err.strerror if isinstance(err, OSError) and err.strerror else str(err).splitlines()[0]
        say(f"error: {graph}: cannot make a view: {message}")
        raise typer.Exit(1) from None
    stdout.print(f"wrote {written}")


@app.command("export")
def export_tables(
    graph: Annotated[Path, typer.Argument(help="A graph.json written by `newsgraph run`.")],
    out: Annotated[Path, typer.Option("--out", "-o", help="Directory for the tables.")] = Path("outputs/tables"),
    formats: Annotated[Optional[list[str]], typer.Option("--format", "-f", help="csv, parquet or xlsx; repeatable. Default: csv.")] = None,
) -> None:
    """Write articles, entities (and their aliases), meetings (and participants), statements
    and evidence as flat tables: CSV (lists joined with ' | '), Parquet or one xlsx workbook."""
    from pydantic import ValidationError

    from .export import load_graph
    from .tables import FORMATS, write_tables

    chosen = tuple(dict.fromkeys(formats or ["csv"]))
    unknown = [f for f in chosen if f not in FORMATS]
    if unknown:
        say(f"error: unknown table format {unknown[0]!r}; choose one of {', '.join(FORMATS)}")
        raise typer.Exit(2)
    try:
        source = load_graph(graph)
    except (OSError, ValueError, ValidationError) as err:
        message = err.strerror if isinstance(err, OSError) and err.strerror else str(err).splitlines()[0]
        say(f"error: {graph}: cannot read the graph: {message}")
        raise typer.Exit(1) from None
    try:
        written = write_tables(source, out, chosen)
    except (OutputError, ValueError) as err:
        say(f"error: {err}")
        raise typer.Exit(2) from None
    for path in written:
        stdout.print(f"wrote {path}", markup=False)


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
        say(f"error: {err}")
        raise typer.Exit(2) from None
    nlp = load_model(choice)
    stdout.print(f"model: {nlp.meta.get('lang')}_{nlp.meta.get('name')} {nlp.meta.get('version')} ({choice.describe()})")
    stdout.print(f"pipeline: {', '.join(nlp.pipe_names)}")


def main() -> None:
    app()
