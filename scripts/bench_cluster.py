"""A Dask scheduler and worker processes on localhost ports, for `make bench`'s
`dask-cluster-2` measurements: the cluster a user starts with `dask scheduler` and
`dask worker ADDRESS --nthreads 1`, with Dask's default configuration.

In:  the number of one-thread workers
Out: a `Cluster` (its address, the CPU its processes used so far) while the `with` block
     runs; every process ended after it
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator, Sequence
from contextlib import ExitStack, contextmanager, nullcontext
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class Stopped(BaseException):
    """SIGTERM or SIGHUP reached the benchmark: a BaseException, so that no `except
    SystemExit` of a failed measurement takes it for one and goes on."""


def stop_on_signals() -> None:
    """Turn SIGTERM and SIGHUP into `Stopped`, so the `finally` blocks that end the
    measurement's and the cluster's process groups run (by default Python dies at once and
    leaves them running: schedulers, workers, a measurement with its local cluster)."""
    def stop(signum: int, _frame) -> None:
        raise Stopped(signum)

    for signum in (signal.SIGTERM, signal.SIGHUP):
        signal.signal(signum, stop)


def end_group(child: subprocess.Popen) -> None:
    """End a child started with `start_new_session=True` and every process of its group:
    SIGTERM, then SIGKILL for what is left after 20 s; also when the child has ended
    already and its helpers (pool, nanny or worker processes) have not."""
    for sig, wait in ((signal.SIGTERM, 20), (signal.SIGKILL, 10)):
        try:
            os.killpg(child.pid, sig)
        except ProcessLookupError:  # the group is gone
            return
        deadline = time.monotonic() + wait
        while time.monotonic() < deadline:
            child.poll()  # a leader that ended is reaped, or it would keep its group alive
            if not _group_alive(child.pid):
                return
            time.sleep(0.1)


def _group_alive(pgid: int) -> bool:
    try:
        os.killpg(pgid, 0)
        return True
    except (ProcessLookupError, PermissionError):
        return False


def run_in_group(command: Sequence[str], env: dict, cwd: Path = REPO) -> subprocess.CompletedProcess:
    """`subprocess.run(command, capture_output=True, text=True)` in a process group of its
    own, ended however this returns (a result, a failure, Ctrl-C, `Stopped`): a run's pool
    workers or local Dask cluster never outlive it. The output goes through files, not
    pipes: a helper left running holds a pipe open, and reading it to its end would wait
    for the helper rather than for the command."""
    with tempfile.TemporaryFile("w+", encoding="utf8") as out, tempfile.TemporaryFile("w+", encoding="utf8") as err:
        child = subprocess.Popen(list(command), env=env, cwd=cwd, start_new_session=True, stdout=out, stderr=err, text=True)
        try:
            child.wait()
        finally:
            end_group(child)
        out.seek(0)
        err.seek(0)
        return subprocess.CompletedProcess(child.args, child.returncode, out.read(), err.read())


@contextmanager
def process(*command: str, env: dict) -> Iterator[subprocess.Popen]:
    """`python -m COMMAND` in a session of its own, ended with its children afterwards."""
    child = subprocess.Popen([sys.executable, "-m", *command], env=env, cwd=REPO, start_new_session=True,
                             stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        yield child
    finally:
        end_group(child)


@dataclass
class Cluster:
    address: str
    processes: list[subprocess.Popen]

    def cpu_seconds(self) -> float:
        """User and system time of the cluster's processes and their children so far."""
        import psutil

        total = 0.0
        for child in self.processes:
            try:
                root = psutil.Process(child.pid)
                for member in [root, *root.children(recursive=True)]:
                    times = member.cpu_times()
                    total += times.user + times.system + times.children_user + times.children_system
            except psutil.Error:  # ended meanwhile
                continue
        return total


@contextmanager
def cluster(workers: int, timeout: float = 120) -> Iterator[Cluster]:
    """A scheduler on tcp://127.0.0.1:PORT with `workers` one-thread worker processes."""
    from distributed import Client

    port = free_port()
    address = f"tcp://127.0.0.1:{port}"
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    with ExitStack() as stack:
        started = [stack.enter_context(process("distributed.cli.dask_scheduler", "--host", "127.0.0.1", "--port", str(port),
                                               "--dashboard-address", "127.0.0.1:0", env=env)),
                   stack.enter_context(process("distributed.cli.dask_worker", address, "--nworkers", str(workers), "--nthreads", "1",
                                               "--host", "127.0.0.1", "--no-dashboard", env=env))]
        deadline = time.monotonic() + timeout
        while True:
            try:
                with Client(address, timeout="5s") as client:
                    client.wait_for_workers(workers, timeout=max(1.0, deadline - time.monotonic()))
                break
            except (OSError, TimeoutError):
                if time.monotonic() > deadline:
                    raise SystemExit(f"no {workers} Dask workers at {address} after {timeout:.0f}s") from None
                time.sleep(0.5)
        yield Cluster(address, started)


def cluster_if_needed(step: Sequence[str], workers: int):
    """A fresh `cluster` for a measurement that names CLUSTER as its scheduler (so no run
    finds a model its predecessor loaded), else nothing."""
    return cluster(workers) if "CLUSTER" in step else nullcontext(None)
