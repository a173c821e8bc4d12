"""Progress of a run on stderr: a bar with total and ETA on a terminal, a plain line every
few seconds elsewhere (CI logs, nohup), nothing with --quiet.

In:  the run's inputs (counted once, cheaply, before the run) and one `advance()` per
     article read or failed.
Out: lines on a rich Console.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Iterable
from pathlib import Path

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, ProgressColumn, SpinnerColumn, TextColumn, TimeElapsedColumn, TimeRemainingColumn

from .ingest import JSONL_SUFFIXES, STDIN, IngestNotice, InputFile, discover

COUNT_SECONDS = 3.0
PLAIN_INTERVAL = 10.0


def count_articles(inputs: Iterable[str], budget: float = COUNT_SECONDS) -> int | None:
    """How many articles (and per-article failures) the inputs will yield: one per file,
    one per non-blank JSONL line, one per element of a JSON array. None when it cannot be
    known cheaply: stdin, or counting takes longer than `budget` seconds. Only regular files
    are opened (a FIFO counts as one and is never read here)."""
    deadline, total = time.monotonic() + budget, 0
    for item in discover(inputs):
        if item == STDIN or time.monotonic() > deadline:
            return None
        if isinstance(item, IngestNotice):  # a file skipped as unsupported: no article, no failure
            continue
        if isinstance(item, InputFile) and item.path.suffix.lower() in JSONL_SUFFIXES and item.path.is_file():
            total += _records(item.path, deadline)
        else:
            total += 1
    return total


def _records(path: Path, deadline: float) -> int:
    try:
        with open(path, "rb") as stream:
            head = stream.read(1 << 16).lstrip(b"\xef\xbb\xbf \t\r\n")
            if head.startswith(b"["):
                stream.seek(0)
                records = json.loads(stream.read().decode("utf8", "replace").lstrip("\ufeff"))
                return len(records) if isinstance(records, list) else 1
            stream.seek(0)
            lines = 0
            for line in stream:
                lines += bool(line.strip())
                if not lines % 4096 and time.monotonic() > deadline:
                    break
            return max(lines, 1)
    except (OSError, ValueError):
        return 1


class RunProgress:
    """`advance()` once per article or failure. On a terminal: spinner or bar, count,
    rate, elapsed and (with a total) remaining time. Elsewhere: one line every `interval`
    seconds, e.g. `progress: 350/1,438 articles (24%), 7.9 articles/s, about 2m18s left`."""

    def __init__(self, console: Console, total: int | None, enabled: bool = True, interval: float = PLAIN_INTERVAL,
                 clock: Callable[[], float] = time.monotonic):
        self.console, self.total, self.interval, self.clock = console, total, interval, clock
        self.done, self.started = 0, clock()
        self.last_line = self.started
        self.live = enabled and console.is_terminal
        self.plain = enabled and not console.is_terminal
        columns: list[ProgressColumn] = [SpinnerColumn(), MofNCompleteColumn() if total else TextColumn("{task.completed} articles"), BarColumn(bar_width=None),
                   TextColumn("{task.fields[rate]:.1f} articles/s"), TimeElapsedColumn()]
        if total:
            columns.append(TimeRemainingColumn())
        self.bar = Progress(*columns, console=console, disable=not self.live, transient=True)
        self.task = self.bar.add_task("run", total=total, rate=0.0)

    def __enter__(self) -> RunProgress:
        self.bar.__enter__()
        return self

    def __exit__(self, *exc) -> None:
        self.bar.__exit__(*exc)

    def advance(self, _=None) -> None:
        self.done += 1
        now = self.clock()
        rate = self.done / (now - self.started) if now > self.started else 0.0
        if self.live:
            self.bar.update(self.task, advance=1, rate=rate)
        elif self.plain and now - self.last_line >= self.interval:
            self.last_line = now
            self.console.print(self.line(rate), markup=False, highlight=False, soft_wrap=True)

    def line(self, rate: float) -> str:
        if not self.total:
            return f"progress: {self.done:,} articles, {rate:.1f} articles/s"
        left = max(self.total - self.done, 0)
        eta = f", about {_duration(left / rate)} left" if rate > 0 and left else ""
        return f"progress: {self.done:,}/{self.total:,} articles ({min(100, 100 * self.done // self.total)}%), {rate:.1f} articles/s{eta}"


def _duration(seconds: float) -> str:
    minutes, seconds = divmod(round(seconds), 60)
    hours, minutes = divmod(minutes, 60)
    return f"{hours}h{minutes:02d}m" if hours else f"{minutes}m{seconds:02d}s" if minutes else f"{seconds}s"
