"""The Dask engine: a client for a scheduler or a local cluster, waiting on its results
without hanging, and the set-up each batch gets on a worker (pipeline/engines.py's
`Workers` uses these for `--engine dask`).
"""

from __future__ import annotations

import ctypes
import logging
import os
import signal
import sys
import threading
import time
from collections.abc import Callable, Iterator
from concurrent.futures import CancelledError
from contextlib import contextmanager

# pipeline/engines.py imports this module; the names it takes from there are imported where
# they are used, so that a worker unpickling `on_dask_worker` can import this one first.


@contextmanager
def _sigint_ignored() -> Iterator[None]:
    """Ignore SIGINT while a LocalCluster starts: Dask spawns its workers from threads of
    its own, whose signal mask we cannot set, but an ignored SIGINT is inherited, and then
    neither Python nor asyncio in the worker installs a handler of its own. A Ctrl-C in
    these seconds is lost (press it again); one later stops the run as usual."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)


def on_dask_worker(work: Callable, batch: list):
    """`work(batch)` on a Dask worker set up for it first (once per process). Workers of our
    local cluster start that way; this covers `dask worker` processes started elsewhere with
    Dask's defaults: its statistical profiler, which samples the running task's stack every
    10 ms in Python, under the GIL the task needs, is stopped, and so is the effect of the
    nanny's MALLOC_TRIM_THRESHOLD_ (see `_malloc_as_without_dask`)."""
    from distributed import get_worker

    try:
        worker = get_worker()
    except ValueError:  # not on a worker (Dask's synchronous scheduler)
        return work(batch)
    if id(worker) not in _prepared:
        _prepared.add(id(worker))
        for name in ("profile", "profile-cycle"):
            if name in worker.periodic_callbacks:  # stopped in the worker's event loop, whose they are
                worker.loop.add_callback(worker.periodic_callbacks[name].stop)
        _malloc_as_without_dask()
    return work(batch)


_prepared: set[int] = set()
# Fewer wake-ups of each worker's event loop, which competes with the task for the GIL and
# the two cores: the latency tick (20 ms), the system monitor (psutil every 500 ms) and
# work stealing (tasks of equal size, handed out as threads free up). Measured on 300
# articles, 2 workers, 3 alternating runs: CPU 1.14x (0.96-1.24) and sys 1.20x with Dask's
# defaults against these. Workers started elsewhere take them from their environment
# (DASK_DISTRIBUTED__ADMIN__TICK__INTERVAL=1s, … see README).
QUIET_WORKER = {"distributed.admin.tick.interval": "1s", "distributed.admin.system-monitor.interval": "5s",
                "distributed.scheduler.work-stealing": False}
DASK_TRIM_THRESHOLD = "65536"  # what Dask's nanny puts into its workers' environment
M_TRIM_THRESHOLD, M_MMAP_THRESHOLD = -1, -3  # from <malloc.h>


def _malloc_as_without_dask() -> None:
    """With MALLOC_TRIM_THRESHOLD_ set, glibc hands freed memory back at once and stops
    raising its mmap threshold, so every spaCy array of 128 KiB or more is mapped and
    zeroed anew (measured: 1.33x the local engine's wall time on 300 articles). Set the
    thresholds where glibc's own adaptation ends instead (32 MiB mmap, 64 MiB trim)."""
    if os.environ.get("MALLOC_TRIM_THRESHOLD_") != DASK_TRIM_THRESHOLD or not sys.platform.startswith("linux"):
        return
    libc = ctypes.CDLL(None)
    mallopt = getattr(libc, "mallopt", None)
    if mallopt is not None:
        mallopt(M_MMAP_THRESHOLD, 32 << 20)
        mallopt(M_TRIM_THRESHOLD, 64 << 20)


def dask_result(client, future, where: str):
    """Wait for a Dask future, but not forever: a scheduler that went away or a cluster
    left without workers for WORKER_WAIT_SECONDS is EngineLost."""
    from .engines import WORKER_WAIT_SECONDS, EngineLost

    idle_since = None
    while True:
        try:
            return future.result(timeout=1)
        except TimeoutError:
            if client.scheduler_info().get("workers"):  # refreshed by the client every few seconds
                idle_since = None
            elif idle_since is None:
                idle_since = time.monotonic()
            elif time.monotonic() - idle_since > WORKER_WAIT_SECONDS:
                raise EngineLost(f"{where} has had no workers for {WORKER_WAIT_SECONDS:.0f}s") from None
        except CancelledError:
            raise EngineLost(f"lost the connection to {where}") from None
        except Exception as err:  # KilledWorker, or the task failed on the worker (model missing there)
            raise EngineLost(f"a Dask worker failed: {type(err).__name__}: {(str(err).splitlines() or [''])[0]}") from None


@contextmanager
def _quiet(*logger_names: str) -> Iterator[None]:
    """Silence a library's loggers for the block: a lost scheduler makes the Dask client log
    tracebacks while it retries, and the run says what happened in one line of its own."""
    loggers = [logging.getLogger(name) for name in logger_names]
    levels = [logger.level for logger in loggers]
    for logger in loggers:
        logger.setLevel(logging.CRITICAL + 1)
    try:
        yield
    finally:
        for logger, level in zip(loggers, levels):
            logger.setLevel(level)


@contextmanager
def dask_client(scheduler: str | None, workers: int) -> Iterator:
    """A Dask client for `scheduler` once it has a worker, or for a local cluster of
    `workers` one-thread worker processes that is shut down afterwards."""
    from .engines import WORKER_WAIT_SECONDS, EngineError, stop_resource_tracker

    try:
        from distributed import Client, LocalCluster
    except ImportError as err:
        raise EngineError("the Dask engine needs `pip install \"dask[distributed]\"`") from err
    if scheduler:
        try:
            client = Client(scheduler, timeout="10s")
        except (OSError, ValueError, TypeError) as err:
            raise EngineError(f"cannot reach the Dask scheduler at {scheduler}: {err}") from None
        with _quiet("distributed", "distributed.client"), client:
            try:
                client.wait_for_workers(1, timeout=WORKER_WAIT_SECONDS)
            except TimeoutError:
                raise EngineError(f"the Dask scheduler at {scheduler} has no workers (waited {WORKER_WAIT_SECONDS:.0f}s); "
                                  f"start some with `dask worker {scheduler} --nthreads 1`") from None
            yield client
        return
    import dask

    # Dask's nanny sets MALLOC_TRIM_THRESHOLD_=65536 in its workers: glibc then hands freed
    # memory back after every spaCy batch and maps it again for the next (measured: 1.33x
    # the local engine's wall time on 300 articles; unset, as in local workers, 1.07x)
    environ = {k: v for k, v in dask.config.get("distributed.nanny.pre-spawn-environ", {}).items() if k != "MALLOC_TRIM_THRESHOLD_"}
    settings = {"distributed.nanny.pre-spawn-environ": environ, "distributed.worker.profile.enabled": False, **QUIET_WORKER}
    with _sigint_ignored(), dask.config.set(settings):
        # no dashboard, and the scheduler's HTTP endpoints on a free port: the default 8787
        # may be taken (another cluster), which Dask reports with a warning. Its logs stay
        # quiet: what matters comes back as results or EngineLost, while a stopped run's
        # workers would log tracebacks about the scheduler they outlive by a moment.
        cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None,
                               scheduler_kwargs={"dashboard_address": ":0"}, silence_logs=logging.CRITICAL)
    try:
        with cluster, Client(cluster) as client:
            yield client
    finally:
        stop_resource_tracker()
