"""Seconds spent per stage, accumulated in the process that does the work.

Stages are timed where they run (a worker process, a Dask worker) and the totals travel
back with each batch's results, so `make bench` can say where a run's time went.
"""

from __future__ import annotations

import time
from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager

STAGES = ("ingest", "cache", "spacy", "entities", "aliases", "relations", "graph", "export")

_totals: dict[str, float] = defaultdict(float)


@contextmanager
def timed(stage: str, exclude: tuple[str, ...] = ()) -> Iterator[None]:
    """Add the block's wall time to `stage`, minus what stages in `exclude` recorded inside
    it (newsgraph's own spaCy components run inside `nlp.pipe` but are not spaCy's time)."""
    before = sum(_totals[s] for s in exclude)
    started = time.perf_counter()
    try:
        yield
    finally:
        inner = sum(_totals[s] for s in exclude) - before
        _totals[stage] += time.perf_counter() - started - inner


def timed_iter(items: Iterable, stage: str) -> Iterator:
    """Iterate, charging the time spent producing each item to `stage`."""
    iterator = iter(items)
    while True:
        with timed(stage):
            try:
                item = next(iterator)
            except StopIteration:
                return
        yield item


def take() -> dict[str, float]:
    """This process's totals since the last `take`, reset to zero."""
    snapshot = dict(_totals)
    _totals.clear()
    return snapshot


def add(totals: Mapping[str, float]) -> None:
    """Fold totals measured elsewhere (a worker) into this process's."""
    for stage, seconds in totals.items():
        _totals[stage] += seconds
