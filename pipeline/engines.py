"""Where the per-article stages run: in this process, in spawned worker processes, or on
Dask workers, and what happens when a run is stopped or loses its workers.

Worker processes hold nothing worth saving (the parent caches and writes everything), so a
run that stops for any reason kills them at once, and a worker whose parent dies (SIGKILL,
OOM killer) dies with it instead of idling forever.
"""

from __future__ import annotations

import ctypes
import logging
import multiprocessing
import os
import signal
import sys
import threading
import time
from collections.abc import Callable, Iterator
from concurrent.futures import CancelledError, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from contextlib import ExitStack, contextmanager
from typing import Any

ENGINES = ("local", "dask")
# How long a Dask scheduler may have no worker before the run says so and stops.
WORKER_WAIT_SECONDS = 10.0
PR_SET_PDEATHSIG = 1  # from <sys/prctl.h>


class EngineError(Exception):
    """The engine cannot start: Dask missing, a scheduler unreachable, malformed or idle."""


class EngineLost(Exception):
    """The engine failed mid-run: a worker process died, the Dask scheduler or all its
    workers went away. Nothing is written; what finished is in the cache."""


def _worker_init(parent: int) -> None:
    """In each worker process: Ctrl-C is the parent's to handle (the terminal sends it to the
    whole process group), and the worker ends when its parent does."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if not _kill_me_with_parent():
        threading.Thread(target=exit_when_orphaned, args=(parent,), daemon=True).start()
    if os.getppid() != parent:  # the parent died before we could ask to follow it
        os._exit(1)


def _kill_me_with_parent() -> bool:
    """Ask Linux to SIGKILL this process when its parent dies; False where there is no prctl."""
    if not sys.platform.startswith("linux"):
        return False
    libc = ctypes.CDLL(None, use_errno=True)
    return libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0) == 0


def exit_when_orphaned(parent: int, interval: float = 0.5) -> None:
    """Poll until this process is no longer `parent`'s child (it was reparented because the
    parent died), then exit at once: the portable stand-in for PR_SET_PDEATHSIG."""
    while os.getppid() == parent:
        time.sleep(interval)
    os._exit(1)


@contextmanager
def process_pool(processes: int) -> Iterator[ProcessPoolExecutor]:
    """A pool of spawned workers. Left normally, it finishes its work; left by an exception
    (Ctrl-C, SIGTERM, an error) its workers are killed first, so shutting down never waits
    on them, whatever they are doing."""
    pool = ProcessPoolExecutor(processes, mp_context=multiprocessing.get_context("spawn"),
                               initializer=_worker_init, initargs=(os.getpid(),))
    try:
        yield pool
    except BaseException:
        for process in list((pool._processes or {}).values()):  # no public API before Python 3.14
            process.kill()
        pool.shutdown(wait=True, cancel_futures=True)
        raise
    else:
        pool.shutdown(wait=True)
    finally:
        stop_resource_tracker()


def stop_resource_tracker() -> None:
    """Stop and reap the helper process that spawning workers starts (multiprocessing's
    resource tracker). Left running it outlives the run, which exits before it: a process
    nobody waits for, a zombie until init reaps it. It starts again if workers are spawned
    later in this process."""
    from multiprocessing import resource_tracker

    stop = getattr(resource_tracker._resource_tracker, "_stop", None)  # private since 3.8, no public API
    if stop is not None:
        try:
            stop()
        except (OSError, ChildProcessError):
            pass


@contextmanager
def _sigint_blocked() -> Iterator[None]:
    """Hold SIGINT back while the pool may spawn a worker: the child inherits the mask, so
    the Ctrl-C a terminal sends to the whole process group cannot print a traceback from it
    (not even during its start-up); the parent gets the signal as soon as the block ends."""
    previous = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, previous)


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


class _Ready:
    """A future that is already done: the in-process engine's answer to `submit`."""

    def __init__(self, value):
        self.value = value

    def result(self):
        return self.value


class Workers:
    """Runs `work(batch)` (a picklable function of a list of articles) in this process, in
    spawned worker processes, or on Dask workers. Nothing starts before the first batch
    arrives, so a run served entirely from the cache never loads the model.
    `result(future)` raises EngineLost when the workers are gone."""

    def __init__(self, work: Callable, processes: int = 1, engine: str = "local", scheduler: str | None = None):
        if engine not in ENGINES:
            raise ValueError(f"unknown engine {engine!r}; choose one of {', '.join(ENGINES)}")
        self.work, self.processes = work, processes
        self.engine, self.scheduler = engine, scheduler
        self._stack = ExitStack()
        self._submit: Callable[[list], Any] | None = None
        self._client: Any = None
        self.window = 1

    def __enter__(self) -> Workers:
        return self

    def __exit__(self, *exc) -> bool | None:
        return self._stack.__exit__(*exc)

    def submit(self, batch: list):
        if self._submit is None:
            self._submit = self._start()
        try:
            return self._submit(batch)
        except BrokenProcessPool:  # a worker died between two submissions: the pool refuses more
            raise EngineLost("a worker process died (killed, or out of memory?)") from None

    def result(self, future) -> tuple[list, dict[str, float]]:
        if self._client is not None:
            return _dask_result(self._client, future, f"the Dask scheduler at {self.scheduler}" if self.scheduler else "the local Dask cluster")
        try:
            return future.result()
        except BrokenProcessPool:
            raise EngineLost("a worker process died (killed, or out of memory?)") from None

    def _start(self):
        work = self.work
        if self.engine == "dask":
            self._client = client = self._stack.enter_context(dask_client(self.scheduler, self.processes))
            self.window = 2 * max(1, sum(client.nthreads().values()))
            return lambda batch: client.submit(on_dask_worker, work, batch, pure=False)
        if self.processes > 1:
            pool = self._stack.enter_context(process_pool(self.processes))
            self.window = 2 * self.processes

            def submit(batch):
                with _sigint_blocked():
                    return pool.submit(work, batch)
            return submit
        return lambda batch: _Ready(work(batch))


def on_dask_worker(work: Callable, batch: list):
    """`work(batch)` on a Dask worker whose statistical profiler is switched off first: it
    samples the running task's stack every 10 ms, in Python, under the GIL the task needs.
    Workers of our local cluster start without it; this covers `dask worker` processes
    started elsewhere with Dask's default configuration."""
    from distributed import get_worker

    try:
        worker = get_worker()
    except ValueError:  # not on a worker (Dask's synchronous scheduler)
        return work(batch)
    for name in ("profile", "profile-cycle"):
        if name in worker.periodic_callbacks:  # stopped in the worker's event loop, whose they are
            worker.loop.add_callback(worker.periodic_callbacks[name].stop)
    return work(batch)


def _dask_result(client, future, where: str):
    """Wait for a Dask future, but not forever: a scheduler that went away or a cluster
    left without workers for WORKER_WAIT_SECONDS is EngineLost."""
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
    settings = {"distributed.nanny.pre-spawn-environ": environ, "distributed.worker.profile.enabled": False}
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
