"""Stopping a run on SIGINT or SIGTERM: the run unwinds (workers killed, nothing
half-written, the lock released) and exits with the shell's code for the signal."""

from __future__ import annotations

import os
import signal
import sys
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager

# The shell's convention: 128 + the signal's number.
SIGNAL_EXIT_CODES = {signal.SIGINT: 130, signal.SIGTERM: 143}
STOP_GRACE_SECONDS = 10.0


class Stopped(BaseException):
    """SIGINT or SIGTERM arrived; like KeyboardInterrupt it is no `Exception`, so nothing
    that handles one article's failure can swallow it."""

    def __init__(self, signum: int):
        super().__init__(signum)
        self.signal = signal.Signals(signum)


@contextmanager
def stop_on_signals(say: Callable[[str], None]) -> Iterator[Callable[[], None]]:
    """The first SIGINT or SIGTERM raises Stopped where the run is, so it unwinds: workers
    killed, nothing half-written, the lock released. Raised where Python swallows
    exceptions (a `__del__` run by the collector), it is raised again by the `check()` this
    yields, which the caller runs once per article. Later signals are ignored (the impatient
    second Ctrl-C must not break the cleanup, which takes about a second); should stopping
    ever take STOP_GRACE_SECONDS, the process exits anyway, workers dying with it, after
    one line through `say`."""
    stopping: list[int] = []

    def give_up(name: str, code: int) -> None:
        say(f"error: {name}: cleaning up took over {STOP_GRACE_SECONDS:.0f}s, exiting at once")
        os._exit(code)

    def handler(signum: int, frame) -> None:
        if stopping:
            return
        stopping.append(signum)
        stop = Stopped(signum)
        timer = threading.Timer(STOP_GRACE_SECONDS, give_up, (stop.signal.name, SIGNAL_EXIT_CODES[stop.signal]))
        timer.daemon = True  # a normal exit does not wait for it
        timer.start()
        raise stop

    def check() -> None:
        if stopping:
            raise Stopped(stopping[0])

    def unraisable(info) -> None:
        if not isinstance(info.exc_value, Stopped):  # a swallowed Stopped is raised again by check()
            previous_hook(info)

    previous = {signum: signal.signal(signum, handler) for signum in SIGNAL_EXIT_CODES}
    previous_hook, sys.unraisablehook = sys.unraisablehook, unraisable
    try:
        yield check
    finally:
        sys.unraisablehook = previous_hook
        for signum, old in previous.items():
            # once stopped, a late signal must not kill the exit: Python's finalization
            # resets handlers that are functions to the default, but leaves SIG_IGN alone
            signal.signal(signum, signal.SIG_IGN if stopping else old)
