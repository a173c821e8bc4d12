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


@contextmanager
def process(*command: str, env: dict) -> Iterator[subprocess.Popen]:
    """`python -m COMMAND` in a session of its own, ended with its children afterwards."""
    child = subprocess.Popen([sys.executable, "-m", *command], env=env, cwd=REPO, start_new_session=True,
                             stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        yield child
    finally:
        for sig, wait in ((signal.SIGTERM, 20), (signal.SIGKILL, 10)):
            try:
                os.killpg(child.pid, sig)
                child.wait(wait)
                break
            except ProcessLookupError:
                break
            except subprocess.TimeoutExpired:
                continue


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
