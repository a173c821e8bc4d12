"""Progress: the input length counted cheaply up front, total and ETA shown, plain lines
when stderr is not a terminal; `newsgraph --version`."""

from __future__ import annotations

import io
import json
import os

from rich.console import Console
from typer.testing import CliRunner

from pipeline import __version__
from pipeline.cli import app
from pipeline.progress import RunProgress, count_articles


def test_count_articles_counts_files_jsonl_lines_and_json_arrays(tmp_path):
    (tmp_path / "a.txt").write_text("Poetin sprak.")
    (tmp_path / "feed.jsonl").write_text('{"id": 1, "text": "a"}\n\n{"id": 2, "text": "b"}\n{kapot\n')
    (tmp_path / "array.json").write_text(json.dumps([{"id": 3, "text": "c"}, {"id": 4, "text": "d"}]))
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.html").write_text("<p>Rutte</p>")
    os.mkfifo(tmp_path / "sub" / "pipe.jsonl")  # skipped by ingest, never opened here (it would block)
    (tmp_path / "photo.jpg").write_bytes(b"\xff\xd8")  # unsupported: skipped, not counted
    assert count_articles([str(tmp_path)]) == 1 + 3 + 2 + 1
    assert count_articles([str(tmp_path / "a.txt"), "-"]) is None  # stdin: unknown
    assert count_articles([str(tmp_path / "missing.txt")]) == 1  # one error line


class Clock:
    def __init__(self):
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def test_plain_lines_every_interval_with_total_and_eta_when_not_a_terminal():
    out, clock = io.StringIO(), Clock()
    console = Console(file=out, force_terminal=False, width=200)
    with RunProgress(console, total=100, interval=10, clock=clock) as progress:
        for _ in range(40):
            clock.now += 0.5
            progress.advance()
    lines = out.getvalue().splitlines()
    assert lines == ["progress: 20/100 articles (20%), 2.0 articles/s, about 40s left",
                     "progress: 40/100 articles (40%), 2.0 articles/s, about 30s left"]


def test_unknown_total_and_quiet():
    out, clock = io.StringIO(), Clock()
    with RunProgress(Console(file=out, force_terminal=False), total=None, interval=1, clock=clock) as progress:
        clock.now = 2.0
        progress.advance()
    assert out.getvalue().strip() == "progress: 1 articles, 0.5 articles/s"
    quiet = io.StringIO()
    with RunProgress(Console(file=quiet, force_terminal=False), total=5, enabled=False, interval=0, clock=clock) as progress:
        clock.now = 9.0
        progress.advance()
    assert quiet.getvalue() == ""


def test_terminal_bar_shows_total_and_time_remaining():
    out = io.StringIO()
    console = Console(file=out, force_terminal=True, width=120)
    with RunProgress(console, total=10) as progress:
        for _ in range(3):
            progress.advance()
        progress.bar.refresh()
    assert "3/10" in out.getvalue()


def test_version():
    result = CliRunner().invoke(app, ["--version"])
    assert result.exit_code == 0 and result.output.strip() == f"newsgraph {__version__}"
