"""Where the per-article stages run: in this process, in spawned worker processes, or on
Dask workers, and what happens when a run is stopped or loses its workers.

Worker processes hold nothing worth saving (the parent caches and writes everything), so a
run that stops for any reason kills them at once, and a worker whose parent dies (SIGKILL,
OOM killer) dies with it instead of idling forever.
"""

from __future__ import annotations

import ctypes
import multiprocessing
import os
import signal
import sys
import threading
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from contextlib import ExitStack, contextmanager
from typing import Any

from .dask_engine import dask_client, dask_result, on_dask_worker

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
            return dask_result(self._client, future, f"the Dask scheduler at {self.scheduler}" if self.scheduler else "the local Dask cluster")
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
