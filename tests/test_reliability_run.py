"""A run under stress, for real: signals sent to `newsgraph run` and its worker processes,
a killed or idle Dask scheduler, cache entries swapped on disk, a cache folder shared with
a run still writing, and an output directory inside the input directory."""

from __future__ import annotations

import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from pipeline.cli import app
from pipeline.export import load_graph
from pipeline.run import run

from .conftest import REPO, SAMPLES
from .test_reliability import _corpus

ENV = {**os.environ, "PYTHONPATH": str(REPO)}


def _newsgraph(*args: str, **kwargs) -> subprocess.Popen:
    """`newsgraph ARGS` in a session of its own, as a shell job: the test can signal its
    whole process group the way a terminal's Ctrl-C does."""
    return subprocess.Popen([sys.executable, "-c", "from pipeline.cli import main; main()", *args], cwd=REPO, env=ENV,
                            start_new_session=True, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, **kwargs)


def _wait_for(condition, seconds: float, what: str) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < deadline, f"timed out waiting for {what}"
        time.sleep(0.1)


def _entries(cache: Path) -> list[Path]:
    return list(cache.glob("*/*.json"))


def _alive(processes) -> list:
    return [p for p in processes if p.is_running() and p.status() != "zombie"]


def _error_lines(stderr: str) -> list[str]:
    lines = [line for line in stderr.splitlines() if line and not line.startswith("model: ")]
    assert "Traceback" not in stderr, stderr[-3000:]
    return lines


# ---- signals and worker processes (issue 21, item 13; item 16: SIGTERM and SIGINT) -----------


@pytest.mark.slow
@pytest.mark.parametrize("how, code", [("ctrl-c twice", 130), ("sigterm", 143), ("sigkill", -9), ("worker killed", 3)])
def test_a_stopped_run_ends_at_once_with_one_line_and_no_worker_left(tmp_path, how, code):
    psutil = pytest.importorskip("psutil")
    out = tmp_path / "out"
    out.mkdir()
    (out / "graph.json").write_text("the previous run's graph")
    process = _newsgraph("run", str(_corpus(tmp_path / "corpus.jsonl", 300)), "--out", str(out), "-q", "--processes", "2")
    _wait_for(lambda: len(_entries(out / ".cache")) >= 16 or process.poll() is not None, 240, "the first extractions")
    assert process.poll() is None, "the run finished before it could be stopped"
    workers = [p for p in psutil.Process(process.pid).children(recursive=True) if "--multiprocessing-fork" in p.cmdline()]
    assert len(workers) == 2
    if how == "ctrl-c twice":  # a terminal sends SIGINT to the whole process group, workers included
        os.killpg(process.pid, signal.SIGINT)
        time.sleep(0.2)
        os.killpg(process.pid, signal.SIGINT)
    elif how == "sigterm":
        process.send_signal(signal.SIGTERM)
    elif how == "sigkill":
        process.send_signal(signal.SIGKILL)
    else:
        workers[0].kill()
    try:
        _, stderr = process.communicate(timeout=30)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        for worker in workers:
            worker.kill()
        pytest.fail(f"{how}: the run hung")
    assert process.returncode == code
    _wait_for(lambda: not _alive(workers), 10, "the workers to end")
    assert (out / "graph.json").read_text() == "the previous run's graph"
    if how != "sigkill":  # nothing can speak for a SIGKILLed run
        lines = _error_lines(stderr)
        assert len(lines) == 1, lines
        expected = {130: "stopped by SIGINT", 143: "stopped by SIGTERM", 3: "a worker process died"}[code]
        assert lines[0].startswith("error: ") and expected in lines[0]
        assert "finished articles are cached" in lines[0]


@pytest.mark.slow
def test_ctrl_c_with_the_dask_engine_ends_with_one_line_and_no_worker_left(tmp_path):
    pytest.importorskip("distributed")
    psutil = pytest.importorskip("psutil")
    out = tmp_path / "out"
    process = _newsgraph("run", str(_corpus(tmp_path / "corpus.jsonl", 300)), "--out", str(out), "-q",
                         "--engine", "dask", "--processes", "2")
    _wait_for(lambda: len(_entries(out / ".cache")) >= 16 or process.poll() is not None, 240, "the first extractions")
    assert process.poll() is None
    children = psutil.Process(process.pid).children(recursive=True)
    os.killpg(process.pid, signal.SIGINT)
    _, stderr = process.communicate(timeout=60)
    assert process.returncode == 130
    lines = _error_lines(stderr)
    assert len(lines) == 1 and "stopped by SIGINT" in lines[0], lines
    _wait_for(lambda: not _alive(children), 10, "the Dask workers to end")
    assert not (out / "graph.json").exists()


def test_a_worker_whose_parent_is_gone_exits():
    """The portable stand-in for PR_SET_PDEATHSIG: told its parent is some other process,
    the watch sees it is not and ends the process at once."""
    script = "from pipeline.engines import exit_when_orphaned; exit_when_orphaned(parent=1, interval=0.05); print('still here')"
    started = time.monotonic()
    done = subprocess.run([sys.executable, "-c", script], cwd=REPO, env=ENV, capture_output=True, text=True, timeout=30)
    assert (done.returncode, done.stdout, done.stderr) == (1, "", "")
    assert time.monotonic() - started < 10


def test_a_cleanup_that_hangs_after_a_signal_is_cut_short():
    """Stopping must end even if unwinding the run were to hang: after the grace period the
    process exits with the signal's code and says why, in one line."""
    script = ("import os, signal, time\nfrom pipeline import cli, stopping\nstopping.STOP_GRACE_SECONDS = 1\n"
              "with stopping.stop_on_signals(cli.say):\n    try:\n        os.kill(os.getpid(), signal.SIGTERM); time.sleep(30)\n"
              "    except stopping.Stopped:\n        time.sleep(30)  # a cleanup that never ends\n")
    started = time.monotonic()
    done = subprocess.run([sys.executable, "-c", script], cwd=REPO, env=ENV, capture_output=True, text=True, timeout=60)
    assert done.returncode == 143
    assert done.stderr.strip() == "error: SIGTERM: cleaning up took over 1s, exiting at once"
    assert time.monotonic() - started < 20


def test_a_stop_swallowed_where_it_was_raised_is_raised_again_at_the_next_article():
    """A signal may arrive while the collector runs some library's `__del__`, where Python
    swallows exceptions (seen with Dask futures): the stop must not be lost or printed as
    'Exception ignored', but raised again by the per-article check."""
    script = ("import os, signal, sys\nfrom pipeline import cli, stopping\n"
              "class Doomed:\n    def __del__(self):\n        os.kill(os.getpid(), signal.SIGINT)\n"
              "with stopping.stop_on_signals(cli.say) as check:\n    Doomed()\n    print('swallowed', flush=True)\n"
              "    try:\n        check()\n    except stopping.Stopped as stop:\n        print('raised again', stop.signal.name)\n")
    done = subprocess.run([sys.executable, "-c", script], cwd=REPO, env=ENV, capture_output=True, text=True, timeout=60)
    assert (done.returncode, done.stdout, done.stderr) == (0, "swallowed\nraised again SIGINT\n", "")


# ---- Dask (issue 21, item 15) ----------------------------------------------------------


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _dask(*args: str) -> subprocess.Popen:
    executable = Path(sys.executable).with_name("dask")
    if not executable.exists():
        pytest.skip("the `dask` command is not installed")
    return subprocess.Popen([str(executable), *args], cwd=REPO, env=ENV, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


@pytest.fixture
def scheduler():
    """A real `dask scheduler` on a free localhost port: (address, its process)."""
    pytest.importorskip("distributed")
    port = _free_port()
    process = _dask("scheduler", "--host", "127.0.0.1", "--port", str(port), "--no-dashboard")
    try:
        _wait_for(lambda: socket.socket().connect_ex(("127.0.0.1", port)) == 0, 60, "the scheduler")
        yield f"tcp://127.0.0.1:{port}", process
    finally:
        process.kill()
        process.wait()


@pytest.mark.slow
def test_scheduler_killed_mid_run_is_one_line_exit_3_and_nothing_replaced(tmp_path, scheduler):
    from pipeline.cache import CacheEntry

    address, scheduler_process = scheduler
    worker = _dask("worker", address, "--nthreads", "1", "--nworkers", "1", "--no-dashboard")
    try:
        out = tmp_path / "out"
        out.mkdir()
        (out / "graph.json").write_text("the previous run's graph")
        process = _newsgraph("run", str(_corpus(tmp_path / "corpus.jsonl", 300)), "--out", str(out), "-q",
                             "--engine", "dask", "--scheduler", address)
        _wait_for(lambda: len(_entries(out / ".cache")) >= 16 or process.poll() is not None, 240, "the first extractions")
        assert process.poll() is None
        scheduler_process.kill()
        _, stderr = process.communicate(timeout=60)
    finally:
        worker.kill()
        worker.wait()
    assert process.returncode == 3
    lines = _error_lines(stderr)
    assert len(lines) == 1, lines
    assert lines[0].startswith(f"error: lost the connection to the Dask scheduler at {address}; the run stopped after ")
    assert (out / "graph.json").read_text() == "the previous run's graph"
    entries = _entries(out / ".cache")
    assert len(entries) >= 16
    for entry in entries:  # what finished is kept for the rerun
        CacheEntry.model_validate_json(entry.read_bytes())


@pytest.mark.slow
def test_all_dask_workers_lost_mid_run_is_one_line_exit_3(tmp_path, scheduler):
    address, _ = scheduler
    worker = _dask("worker", address, "--nthreads", "1", "--nworkers", "1", "--no-dashboard")
    out = tmp_path / "out"
    process = _newsgraph("run", str(_corpus(tmp_path / "corpus.jsonl", 300)), "--out", str(out), "-q",
                         "--engine", "dask", "--scheduler", address)
    try:
        _wait_for(lambda: len(_entries(out / ".cache")) >= 16 or process.poll() is not None, 240, "the first extractions")
        assert process.poll() is None
    finally:
        worker.kill()  # the nanny; its worker process follows it
        worker.wait()
    try:
        _, stderr = process.communicate(timeout=90)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        pytest.fail("a cluster without workers hangs the run")
    assert process.returncode == 3
    lines = _error_lines(stderr)
    assert len(lines) == 1 and lines[0].startswith(f"error: the Dask scheduler at {address} has had no workers for 10s; "), lines
    assert not (out / "graph.json").exists()


@pytest.mark.slow
def test_scheduler_without_workers_says_so_within_seconds(tmp_path, scheduler):
    address, _ = scheduler
    started = time.monotonic()
    process = _newsgraph("run", str(SAMPLES), "--out", str(tmp_path / "out"), "-q", "--engine", "dask", "--scheduler", address)
    try:
        _, stderr = process.communicate(timeout=90)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        pytest.fail("a scheduler without workers hangs the run")
    assert process.returncode == 2
    assert _error_lines(stderr) == [f"error: the Dask scheduler at {address} has no workers (waited 10s); "
                                    f"start some with `dask worker {address} --nthreads 1`"]
    assert time.monotonic() - started < 60


def test_malformed_scheduler_address_is_a_usage_error(tmp_path):
    pytest.importorskip("distributed")
    result = CliRunner().invoke(app, ["run", str(SAMPLES), "--out", str(tmp_path / "out"), "--engine", "dask",
                                      "--scheduler", "foo://bar"])
    assert result.exit_code == 2
    lines = [line for line in result.output.splitlines() if line.startswith("error: ")]
    assert len(lines) == 1 and lines[0].startswith("error: cannot reach the Dask scheduler at foo://bar: unknown address scheme 'foo'")
    assert "Traceback" not in result.output


# ---- the cache (issue 21, item 9; item 16: a shared --cache-dir) ---------------------------


def _entry_of(cache: Path, doc_id: str) -> Path:
    return next(p for p in _entries(cache) if json.loads(p.read_text())["doc_id"] == doc_id)


@pytest.mark.slow
def test_an_entry_copied_over_another_articles_is_rejected_reported_and_recomputed(tmp_path):
    out = tmp_path / "out"
    first = run([str(SAMPLES)], out)
    cache = out / ".cache"
    one, other = sorted(json.loads(p.read_text())["doc_id"] for p in _entries(cache))
    victim = _entry_of(cache, other)
    shutil.copy(_entry_of(cache, one), victim)  # a restore gone wrong: one article's entry in another's place
    second = CliRunner().invoke(app, ["run", str(SAMPLES), "--out", str(out)])
    graph = load_graph(out / "graph.json")
    mentioned = {d for _, doc_ids in graph.nodes(data="doc_ids") if doc_ids for d in doc_ids}
    assert mentioned == {one, other}, "an article vanished from the graph"
    assert second.exit_code == 0
    assert f"{first.articles} articles read (1 from cache), 0 failed" in second.output
    warnings = [line for line in second.output.splitlines() if line.startswith("warning: ")]
    assert warnings == [f"warning: {victim}: cache entry written for another article ({one!r}), not for {other!r}; extracted again"]
    assert json.loads(victim.read_text())["doc_id"] == other  # and the entry is right again


def test_a_shared_cache_folder_keeps_the_temporary_files_of_a_run_still_writing(tmp_path):
    """A real second process is mid-way through writing a cache entry (held just before its
    rename) while a run starts on the same cache folder: the run must leave that file alone.
    Once the writer is dead, the next run removes what it left."""
    shared = tmp_path / "cache"
    (shared / "ab").mkdir(parents=True)
    writer = subprocess.Popen([sys.executable, "-c", (
        "import os, sys, time; from pipeline import files\n"
        "files.os.replace = lambda *args: (print('writing', flush=True), time.sleep(120))\n"
        f"files.atomic_write_bytes(files.Path({str(shared / 'ab' / 'ab12.json')!r}), b'{{}}', durable=False)")],
        cwd=REPO, env=ENV, stdout=subprocess.PIPE, text=True)
    try:
        assert writer.stdout.readline().strip() == "writing"
        in_progress = list(shared.glob("*/.*.tmp"))
        assert len(in_progress) == 1
        abandoned = shared / "ab" / ".cd34.json.x7q2k9ab.tmp"  # the old naming, two hours old
        abandoned.write_text("{")
        os.utime(abandoned, (time.time() - 7200, time.time() - 7200))
        result = CliRunner().invoke(app, ["run", str(SAMPLES / "000_84c4952abb643df5.txt"), "--out", str(tmp_path / "out"),
                                          "--cache-dir", str(shared), "-q"])
        assert result.exit_code == 0, result.output
        assert in_progress[0].exists(), "a run deleted another run's cache file while it was being written"
        assert not abandoned.exists()
    finally:
        writer.kill()
        writer.wait()
    CliRunner().invoke(app, ["run", str(SAMPLES / "000_84c4952abb643df5.txt"), "--out", str(tmp_path / "out"),
                             "--cache-dir", str(shared), "-q"])
    assert not in_progress[0].exists(), "a dead writer's temporary file is left forever"


# ---- inputs and outputs in one tree (issue 21, item 16) -------------------------------------


def test_an_output_directory_inside_the_input_directory_is_never_read_as_input(tmp_path):
    folder = tmp_path / "news"
    shutil.copytree(SAMPLES, folder)
    args = ["run", str(folder), "--out", str(folder / "out"), "--cache-dir", str(folder / "cache")]
    first = CliRunner().invoke(app, args)
    assert first.exit_code == 0, first.output
    second = CliRunner().invoke(app, args)
    assert second.exit_code == 0, second.output
    assert "error" not in second.output
    warnings = [line for line in second.output.splitlines() if line.startswith("warning: ")]
    assert warnings == [f"warning: {folder / 'out'}: not read as input: this run writes there (it is inside the input {folder})",
                        f"warning: {folder / 'cache'}: not read as input: this run writes there (it is inside the input {folder})"]
    assert "2 articles read (2 from cache), 0 failed" in second.output
    assert load_graph(folder / "out" / "graph.json").graph["articles"] == 2
