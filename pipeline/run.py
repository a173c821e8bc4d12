"""The batch run: inputs → ingest → spaCy → per-article extraction → graph → files.

Articles stream through in batches; a run holds one batch of Docs at a time and the graph.
With `processes > 1` the per-article stages run in worker processes that each load the
model once and send back `Extraction`s (small pydantic objects), never Docs.
"""

from __future__ import annotations

import multiprocessing
from collections import Counter
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path
from typing import IO

from spacy.language import Language
from spacy.tokens import Doc

from .export import write_outputs
from .extract import extract_doc
from .graph import GraphBuilder
from .ingest import IngestError, read_inputs
from .kb import KnowledgeBase, default_kb
from .nlp import ModelChoice, chunk_text, load_model, model_info, resolve_model
from .schemas import Article, Extraction

BATCH_SIZE = 16


@dataclass(frozen=True)
class ArticleFailure:
    """An article that was read but could not be processed."""

    source: str
    message: str

    def __str__(self) -> str:
        return f"{self.source}: {self.message}"


Problem = IngestError | ArticleFailure


@dataclass
class RunSummary:
    articles: int = 0
    failed: int = 0
    entities: int = 0
    meetings: int = 0
    statements: int = 0
    seconds: float = 0.0
    outputs: list[Path] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.failed == 0


def parse_articles(nlp: Language, articles: Sequence[Article]) -> list[Doc]:
    """Articles → one Doc each, whose text is exactly the article's text. Very long
    articles are parsed in paragraph chunks and joined again."""
    pieces = [(index, chunk) for index, article in enumerate(articles) for _, chunk in chunk_text(article.text)]
    parsed: list[list[Doc]] = [[] for _ in articles]
    for (index, _), doc in zip(pieces, nlp.pipe((chunk for _, chunk in pieces), batch_size=BATCH_SIZE)):
        parsed[index].append(doc)
    return [docs[0] if len(docs) == 1 else Doc.from_docs(docs, ensure_whitespace=False) for docs in parsed]


def process_batch(nlp: Language, kb: KnowledgeBase, articles: Sequence[Article]) -> list[Extraction | ArticleFailure]:
    """A batch of articles → their extractions. If the batch fails, each article is retried
    alone so one bad article costs only itself."""
    try:
        return [extract_doc(a, d, kb) for a, d in zip(articles, parse_articles(nlp, articles))]
    except Exception:
        if len(articles) == 1:
            raise
    results: list[Extraction | ArticleFailure] = []
    for article in articles:
        try:
            results.extend(process_batch(nlp, kb, [article]))
        except Exception as err:  # one article's failure must not end the batch
            results.append(ArticleFailure(article.source, f"processing failed: {type(err).__name__}: {err}"))
    return results


_worker: tuple[Language, KnowledgeBase] | None = None


def _init_worker(choice: ModelChoice, aliases: tuple[Path, ...]) -> None:
    global _worker
    _worker = (load_model(choice, aliases), default_kb(aliases))


def _work(articles: list[Article]) -> list[Extraction | ArticleFailure]:
    assert _worker is not None, "worker was not initialised"
    return process_batch(*_worker, articles)


def _batches(items: Iterable[Article], size: int) -> Iterator[list[Article]]:
    iterator = iter(items)
    while batch := list(islice(iterator, size)):
        yield batch


def extract_articles(
    articles: Iterable[Article], choice: ModelChoice, processes: int = 1, aliases: tuple[Path, ...] = (), batch_size: int = BATCH_SIZE
) -> Iterator[Extraction | ArticleFailure]:
    """Articles → extractions (or failures), in input order, on `processes` cores."""
    batches = _batches(articles, batch_size)
    if processes <= 1:
        nlp, kb = load_model(choice, aliases), default_kb(aliases)
        for batch in batches:
            yield from process_batch(nlp, kb, batch)
        return
    context = multiprocessing.get_context("spawn")
    with context.Pool(processes, initializer=_init_worker, initargs=(choice, aliases)) as pool:
        for results in pool.imap(_work, batches):
            yield from results


def run(
    inputs: Sequence[str],
    out_dir: Path,
    *,
    model: str | None = None,
    processes: int = 1,
    aliases: Sequence[Path] = (),
    stdin: IO[str] | None = None,
    on_problem: Callable[[Problem], None] = lambda problem: None,
    on_article: Callable[[Extraction], None] = lambda extraction: None,
) -> RunSummary:
    """The whole job. Problems are reported through `on_problem` as they happen and counted;
    the outputs are written (atomically) from whatever succeeded."""
    started = time.perf_counter()
    choice = resolve_model(model)
    aliases = tuple(Path(p).resolve() for p in aliases)
    default_kb(aliases)  # a broken aliases file fails the run before any work is done
    summary = RunSummary()

    def articles() -> Iterator[Article]:
        for item in read_inputs(inputs, stdin=stdin):
            if isinstance(item, IngestError):
                summary.failed += 1
                on_problem(item)
            else:
                yield item

    builder = GraphBuilder()
    for result in extract_articles(articles(), choice, processes, aliases):
        if isinstance(result, ArticleFailure):
            summary.failed += 1
            on_problem(result)
            continue
        summary.articles += 1
        builder.add(result)
        on_article(result)
    graph = builder.finish(model_info(choice))
    kinds = Counter(kind for _, kind in graph.nodes(data="kind"))
    summary.entities, summary.meetings, summary.statements = kinds["entity"], kinds["meeting"], kinds["statement"]
    summary.outputs = write_outputs(graph, out_dir)
    summary.seconds = time.perf_counter() - started
    return summary
