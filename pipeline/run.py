"""The batch run: inputs → ingest → spaCy → per-article extraction → graph → files.

Articles stream through in batches; a run holds one batch of Docs at a time and the graph.
With `processes > 1` the per-article stages run in worker processes that each load the
model once and send back `Extraction`s (small pydantic objects), never Docs.
"""

from __future__ import annotations

import functools
import gc
import threading
import time
from collections import Counter, deque
from collections.abc import Callable, Generator, Iterable, Iterator, Sequence
from contextlib import closing
from dataclasses import dataclass, field
from itertools import chain, islice
from pathlib import Path
from typing import IO

from spacy.language import Language

from . import timing
from .cache import ExtractionCache, fingerprint
from .engines import Workers
from .export import write_outputs
from .extraction import extract_doc, merge_chunks
from .files import output_lock, remove_stale_temp_files
from .graph import GraphBuilder
from .ingest import IngestError, IngestNotice, StdinFormat, read_inputs
from .kb import KnowledgeBase, default_kb
from .nlp import ModelChoice, chunk_text, load_model, model_info, resolve_model
from .schemas import Article, Extraction

BATCH_SIZE = 16
CACHE_DIR_NAME = ".cache"


@dataclass(frozen=True)
class ArticleFailure:
    """An article that was read but could not be processed."""

    source: str
    message: str

    def __str__(self) -> str:
        return f"{self.source}: {self.message}"


Problem = IngestError | IngestNotice | ArticleFailure


class NothingRead(Exception):
    """No input could be read: the run writes nothing, so the previous outputs stay."""


@dataclass
class RunSummary:
    articles: int = 0
    failed: int = 0
    entities: int = 0
    meetings: int = 0
    statements: int = 0
    cached: int = 0
    skipped: int = 0
    cache_error: str | None = None
    seconds: float = 0.0
    stage_seconds: dict[str, float] = field(default_factory=dict)
    outputs: list[Path] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.failed == 0


def extract_batch(nlp: Language, kb: KnowledgeBase, articles: Sequence[Article]) -> list[Extraction]:
    """Articles → their extractions. Each Doc is extracted as soon as it is parsed and then
    dropped; a very long article is parsed in paragraph chunks (see `merge_chunks`), so
    memory holds one `nlp.pipe` batch of Docs, never a whole 20 MB article's."""
    pieces = [(index, offset, chunk) for index, article in enumerate(articles) for offset, chunk in chunk_text(article.text)]
    parts: list[list[tuple[int, Extraction]]] = [[] for _ in articles]
    with timing.timed("spacy", exclude=("entities", "aliases", "relations")):
        for (index, offset, _), doc in zip(pieces, nlp.pipe((chunk for *_, chunk in pieces), batch_size=BATCH_SIZE)):
            parts[index].append((offset, extract_doc(articles[index], doc, kb)))
    return [merge_chunks(chunks) for chunks in parts]


def process_batch(nlp: Language, kb: KnowledgeBase, articles: Sequence[Article]) -> Sequence[Extraction | ArticleFailure]:
    """A batch of articles → their extractions. If the batch fails, each article is retried
    alone so one bad article costs only itself."""
    try:
        return extract_batch(nlp, kb, articles)
    except Exception as err:  # one article's failure must not end the batch, nor a one-article run
        if len(articles) == 1:
            return [ArticleFailure(articles[0].source, f"processing failed: {type(err).__name__}: {err}")]
    return [result for article in articles for result in process_batch(nlp, kb, [article])]


def _work(choice: ModelChoice, aliases: tuple[Path, ...], articles: list[Article]) -> tuple[Sequence[Extraction | ArticleFailure], dict[str, float]]:
    """Runs wherever the engine puts it: the model and KB load once per process (cached),
    and the batch's stage times travel back with its results."""
    with _loading:
        first_load = load_model.cache_info().currsize == 0
        nlp, kb = load_model(choice, aliases), default_kb(aliases)
        if first_load:
            # The model and KB live as long as the process: out of the collector's sight,
            # full collections stop rescanning their ~300k objects (1.9 s per 1,398 articles).
            gc.freeze()
    results = process_batch(nlp, kb, articles)
    return results, timing.take()


_loading = threading.Lock()  # a Dask worker with several threads must load the model once


def _batches(items: Iterable[Article], size: int) -> Iterator[list[Article]]:
    iterator = iter(items)
    while batch := list(islice(iterator, size)):
        yield batch


def with_article_metadata(result: Extraction | ArticleFailure, article: Article) -> Extraction | ArticleFailure:
    """The article's own metadata on its extraction (for the graph's article table): a
    cached extraction keeps what the article says now, wherever it was first read."""
    if not isinstance(result, Extraction):
        return result
    return result.model_copy(update={"source": article.source, "url": article.url, "site": article.site, "author": article.author})


def extract_articles(
    articles: Iterable[Article], choice: ModelChoice, processes: int = 1, aliases: tuple[Path, ...] = (), *,
    cache: ExtractionCache | None = None, engine: str = "local", scheduler: str | None = None, batch_size: int = BATCH_SIZE,
) -> Generator[Extraction | ArticleFailure, None, None]:
    """Articles → extractions (or failures), in input order. Cached articles are answered
    from `cache`; the others go to the engine's workers, a bounded number of batches at a
    time so memory stays flat however long the input."""
    pending: deque[tuple[list[Article], list[Extraction | None], object]] = deque()

    def settle(batch: list[Article], hits: list[Extraction | None], future) -> Iterator[Extraction | ArticleFailure]:
        if future is None:
            yield from (with_article_metadata(hit, article) for hit, article in zip(hits, batch) if hit is not None)  # every article was a cache hit
            return
        results, times = workers.result(future)
        timing.add(times)
        fresh = iter(results)
        for article, hit in zip(batch, hits):
            if hit is not None:
                yield with_article_metadata(hit, article)
                continue
            result = next(fresh)
            if cache is not None and isinstance(result, Extraction):
                with timing.timed("cache"):
                    cache.put(article, result)
            yield with_article_metadata(result, article)

    with Workers(functools.partial(_work, choice, aliases), processes, engine, scheduler) as workers:
        for batch in _batches(articles, batch_size):
            with timing.timed("cache"):
                hits = [cache.get(article) if cache else None for article in batch]
            misses = [article for article, hit in zip(batch, hits) if hit is None]
            pending.append((batch, hits, workers.submit(misses) if misses else None))
            while len(pending) > workers.window:
                yield from settle(*pending.popleft())
        while pending:
            yield from settle(*pending.popleft())


def run(
    inputs: Sequence[str],
    out_dir: Path,
    *,
    model: str | None = None,
    processes: int = 1,
    aliases: Sequence[Path] = (),
    cache_dir: Path | None = None,
    use_cache: bool = True,
    engine: str = "local",
    scheduler: str | None = None,
    stdin: IO | None = None,
    encoding: str | None = None,
    stdin_format: StdinFormat = "auto",
    on_problem: Callable[[Problem], None] = lambda problem: None,
    on_article: Callable[[Extraction], None] = lambda extraction: None,
    on_warning: Callable[[str], None] = lambda message: None,
) -> RunSummary:
    """The whole job. Problems are reported through `on_problem` as they happen and counted
    (ingest notices are reported, not counted as failures; unsupported files count as
    `skipped`); the outputs are written (atomically) from whatever succeeded. When no
    input could be read at all, nothing is written and `NothingRead` is raised. Extractions
    are cached in `cache_dir` (default `OUT_DIR/.cache`) unless `use_cache` is false.
    `on_warning` hears what does not fail the run: rejected cache entries, output folders
    skipped as input. Raises EngineLost (nothing written) when the workers are lost mid-run."""
    started = time.perf_counter()
    timing.take()
    choice = resolve_model(model)
    aliases = tuple(Path(p).resolve() for p in aliases)
    if aliases:
        default_kb(aliases)  # a broken aliases file fails the run before any work is done
    cache_folder = Path(cache_dir or Path(out_dir) / CACHE_DIR_NAME)
    cache = ExtractionCache(cache_folder, fingerprint(choice, aliases), on_warning) if use_cache else None
    summary = RunSummary()
    own = own_folders_inside_inputs(inputs, [Path(out_dir)] + ([cache_folder] if use_cache else []))
    for folder, where in own:
        on_warning(f"{folder}: not read as input: this run writes there (it is inside the input {where})")

    def articles() -> Iterator[Article]:
        for item in timing.timed_iter(read_inputs(inputs, stdin=stdin, skip=[folder for folder, _ in own], encoding=encoding,
                                                  stdin_format=stdin_format), "ingest"):
            if isinstance(item, IngestError):
                summary.failed += 1
                on_problem(item)
            elif isinstance(item, IngestNotice):
                summary.skipped += item.kind == "skipped"
                on_problem(item)
            else:
                yield item

    # Read up to the first article before touching the output directory: a run that can
    # read nothing (a mistyped path, empty stdin) must not replace good outputs with none.
    stream = articles()
    first = next(stream, None)
    if first is None:
        raise NothingRead("no input could be read; nothing written" + (" (the previous outputs are kept)" if Path(out_dir, "graph.json").exists() else ""))

    with output_lock(out_dir):
        remove_stale_temp_files(out_dir)
        if cache is not None:
            cache.remove_abandoned_temp_files()
        builder = GraphBuilder()
        # closed on any exception raised here, Ctrl-C included: that stops the workers now
        with closing(extract_articles(chain([first], stream), choice, processes, aliases, cache=cache, engine=engine,
                                      scheduler=scheduler)) as results:
            for result in results:
                if isinstance(result, ArticleFailure):
                    summary.failed += 1
                    on_problem(result)
                    continue
                summary.articles += 1
                with timing.timed("graph"):
                    builder.add(result)
                on_article(result)
        with timing.timed("graph"):
            graph = builder.finish(model_info(choice))
        kinds = Counter(kind for _, kind in graph.nodes(data="kind"))
        summary.entities, summary.meetings, summary.statements = kinds["entity"], kinds["meeting"], kinds["statement"]
        with timing.timed("export"):
            summary.outputs = write_outputs(graph, out_dir)
    summary.cached = cache.hits if cache else 0
    summary.cache_error = cache.error if cache else None
    summary.seconds = time.perf_counter() - started
    summary.stage_seconds = timing.take()
    return summary


def own_folders_inside_inputs(inputs: Sequence[str], folders: Sequence[Path]) -> list[tuple[Path, str]]:
    """(folder, input) for each of `folders` (the run's outputs, its cache) that lies inside
    an input directory, so that a rerun never ingests its own graph.json or cache entries.
    A folder that is itself an input stays an input: the user named it."""
    roots = {Path(raw).resolve(): raw for raw in inputs if raw != "-" and Path(raw).is_dir()}
    found = []
    for folder in folders:
        resolved = folder.resolve()
        if resolved in roots:
            continue
        where = next((raw for root, raw in roots.items() if resolved.is_relative_to(root)), None)
        if where is not None:
            found.append((folder, where))
    return found
