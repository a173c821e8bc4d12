"""The Dask engine against a real cluster: a `dask scheduler` and a `dask worker` started as
processes of their own on localhost ports, as on a cluster, and `newsgraph run` pointed at
the scheduler gives the local engine's graph."""

from __future__ import annotations

import inspect
import os
import signal
import socket
import subprocess
import sys
import time
from contextlib import contextmanager
from pathlib import Path

import pytest

from .conftest import REPO, SAMPLES

pytestmark = pytest.mark.slow
distributed = pytest.importorskip("distributed")


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@contextmanager
def _process(*command: str, env: dict) -> subprocess.Popen:
    """A process in a session of its own, ended (SIGTERM, then SIGKILL) with its children."""
    process = subprocess.Popen([sys.executable, "-m", *command], env=env, cwd=REPO, start_new_session=True,
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        yield process
    finally:
        for sig, wait in ((signal.SIGTERM, 20), (signal.SIGKILL, 10)):
            try:
                os.killpg(process.pid, sig)
                process.wait(wait)
                break
            except ProcessLookupError:
                break
            except subprocess.TimeoutExpired:
                continue


@pytest.fixture(scope="module")
def scheduler(tmp_path_factory):
    """tcp://127.0.0.1:PORT of a scheduler process with one one-thread worker process."""
    address = f"tcp://127.0.0.1:{_free_port()}"
    env = {**os.environ, "PYTHONPATH": str(REPO), "DASK_DISTRIBUTED__WORKER__DAEMON": "False"}
    local = str(tmp_path_factory.mktemp("dask-worker"))
    with _process("distributed.cli.dask_scheduler", "--host", "127.0.0.1", "--port", address.rsplit(":", 1)[1],
                  "--dashboard-address", "127.0.0.1:0", env=env) as scheduler_process, \
         _process("distributed.cli.dask_worker", address, "--nthreads", "1", "--nworkers", "1", "--host", "127.0.0.1",
                  "--no-dashboard", "--local-directory", local, env=env) as worker_process:
        _wait_for_worker(address, scheduler_process, worker_process)
        yield address


def _wait_for_worker(address: str, *processes: subprocess.Popen, timeout: float = 120) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        for process in processes:
            if process.poll() is not None:
                raise AssertionError(f"{process.args} exited {process.returncode}: {process.stderr.read().decode()[-2000:]}")
        try:
            with distributed.Client(address, timeout="5s") as client:
                client.wait_for_workers(1, timeout=max(1.0, deadline - time.monotonic()))
                return
        except (OSError, TimeoutError):
            time.sleep(0.5)
    raise AssertionError(f"no worker joined the scheduler at {address} in {timeout:.0f}s")


def test_newsgraph_run_on_a_scheduler_and_worker_pair_gives_the_local_graph(scheduler, tmp_path):
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    command = [sys.executable, "-c", "from pipeline.cli import main; main()", "run", str(SAMPLES), "--no-cache", "--quiet"]
    local = subprocess.run([*command, "--out", str(tmp_path / "local")], env=env, cwd=REPO, capture_output=True, text=True)
    dask = subprocess.run([*command, "--out", str(tmp_path / "dask"), "--engine", "dask", "--scheduler", scheduler],
                          env=env, cwd=REPO, capture_output=True, text=True)
    assert (local.returncode, dask.returncode) == (0, 0), dask.stderr[-2000:]
    graph = Path(tmp_path / "dask" / "graph.json").read_bytes()
    assert graph == (tmp_path / "local" / "graph.json").read_bytes()
    assert b'"kind": "statement"' in graph or b'"kind":"statement"' in graph


def test_a_worker_with_dasks_defaults_computes_without_its_profiler_and_malloc_trimming(scheduler):
    """Dask samples every running task's stack each 10 ms, under the GIL the task needs, and
    its nanny's MALLOC_TRIM_THRESHOLD_ has glibc map and zero every array of 128 KiB anew;
    newsgraph's batches undo both on the worker they run on."""
    from pipeline.engines import dask_client, on_dask_worker

    with dask_client(scheduler, 1) as client:
        assert list(client.run(_defaults).values()) == [(True, "65536")]  # the worker as `dask worker` starts it
        assert client.submit(on_dask_worker, len, [1, 2], pure=False).result() == 2
        assert list(client.run(_profiling).values()) == [False]
        (faults,) = client.run(_page_faults).values()
    control = f"{inspect.getsource(_page_faults)}\nprint(_page_faults())"
    trimmed = subprocess.run([sys.executable, "-c", control], capture_output=True, text=True,
                             env={**os.environ, "MALLOC_TRIM_THRESHOLD_": "65536"}, check=True)
    assert int(trimmed.stdout) > 5_000  # 50 arrays of 1 MiB, each mapped anew: 256 page faults apiece
    assert faults < 1_000


def _defaults() -> tuple:
    import dask

    return dask.config.get("distributed.worker.profile.enabled"), os.environ.get("MALLOC_TRIM_THRESHOLD_")


def _profiling(dask_worker) -> bool:  # client.run passes the worker by this name
    return any(dask_worker.periodic_callbacks[name].is_running() for name in ("profile", "profile-cycle") if name in dask_worker.periodic_callbacks)


def _page_faults() -> int:
    """Minor page faults of 50 arrays of 1 MiB made and freed one after the other."""
    import resource

    import numpy

    before = resource.getrusage(resource.RUSAGE_SELF).ru_minflt
    for _ in range(50):
        numpy.ones(1 << 17)
    return resource.getrusage(resource.RUSAGE_SELF).ru_minflt - before
