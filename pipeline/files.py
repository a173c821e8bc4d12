"""Writing files so that a reader (or a crash) never sees half of one."""

from __future__ import annotations

import errno
import fcntl
import os
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO

LOCK_NAME = ".newsgraph.lock"
# A temporary file this old is abandoned whoever wrote it (a run on another machine sharing
# the folder, a recycled process id): the writes they stand for take milliseconds.
ABANDONED_AFTER_SECONDS = 3600


class OutputError(Exception):
    """The output directory cannot be used: not writable, full, or in use by another run."""


@contextmanager
def output_lock(folder: Path) -> Iterator[None]:
    """Hold an exclusive lock on `folder` (created if missing) for the block. A second run
    on the same folder fails at once instead of interleaving its files with ours; the lock
    is the kernel's, so a killed run never leaves a stale one behind."""
    folder = Path(folder)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        fd = os.open(folder / LOCK_NAME, os.O_RDWR | os.O_CREAT, 0o666)
    except OSError as err:
        raise OutputError(f"{folder}: cannot write to the output directory: {err.strerror or err}") from None
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise OutputError(f"{folder}: another newsgraph run is writing to this directory") from None
        yield
    finally:
        os.close(fd)


def remove_stale_temp_files(folder: Path, depth: int = 0) -> int:
    """Delete the temporary files a killed run left in `folder` (and `depth` levels of
    subfolders): `atomic_write_bytes` names them `.NAME.*.tmp`. Only call this while
    holding `output_lock`, when no other writer can be mid-write."""
    removed = 0
    pattern = "/".join(["*"] * depth + [".*.tmp"])
    for path in Path(folder).glob(pattern):
        path.unlink(missing_ok=True)
        removed += 1
    return removed


def remove_abandoned_temp_files(folder: Path, depth: int = 0) -> int:
    """Delete the temporary files in `folder` (and `depth` levels of subfolders) whose
    writing process is gone, or that are older than an hour; safe without a lock, while
    other runs write there (a cache folder several runs share)."""
    removed = 0
    pattern = "/".join(["*"] * depth + [".*.tmp"])
    for path in Path(folder).glob(pattern):
        owner = _temp_file_owner(path)
        try:
            old = time.time() - path.stat().st_mtime > ABANDONED_AFTER_SECONDS
        except FileNotFoundError:  # its writer just renamed it into place
            continue
        if old or (owner is not None and not _process_alive(owner)):
            path.unlink(missing_ok=True)
            removed += 1
    return removed


def _temp_file_owner(path: Path) -> int | None:
    """The process id `atomic_write_bytes` put in a temporary file's name, if any."""
    parts = path.name.rsplit(".", 3)  # ".NAME", PID, random, "tmp"
    return int(parts[1]) if len(parts) == 4 and parts[1].isdigit() else None


def _process_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # alive, another user's
        return True
    return True


def describe_os_error(err: OSError) -> str:
    if err.errno == errno.ENOSPC:
        return "no space left on device"
    if err.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        return "not writable"
    return err.strerror or str(err)


def atomic_write_bytes(path: Path, data: bytes, durable: bool = True) -> None:
    """Write to a temporary file beside `path`, fsync, then rename over it: `path` holds
    either its old complete content or the new complete content, never a mix. `durable=False`
    skips the fsyncs: still atomic for readers and against a killed process, but after a
    power loss the file may be empty, which suits entries a reader validates anyway."""
    atomic_write_stream(path, lambda out: out.write(data), durable)


def atomic_write_stream(path: Path, write: Callable[[BinaryIO], object], durable: bool = True) -> None:
    """`atomic_write_bytes` for content that `write(file)` writes piece by piece, so a large
    file never has to exist in memory whole."""
    path = Path(path)
    # the writer's pid in the name tells a cleanup whether the file is still being written
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.{os.getpid()}.", suffix=".tmp", dir=path.parent)
    try:
        os.fchmod(fd, _mode_for(path))
        with os.fdopen(fd, "wb") as tmp:
            write(tmp)
            tmp.flush()
            if durable:
                os.fsync(tmp.fileno())
        os.replace(tmp_name, path)
    except BaseException:
        Path(tmp_name).unlink(missing_ok=True)
        raise
    if durable:
        fsync_directory(path.parent)


def _mode_for(path: Path) -> int:
    """Keep an existing file's permissions; a new file gets the umask's (mkstemp's 0600
    would hide outputs from other users)."""
    try:
        return path.stat().st_mode & 0o777
    except FileNotFoundError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


def atomic_write_text(path: Path, text: str, durable: bool = True) -> None:
    atomic_write_bytes(path, text.encode("utf8"), durable)


def fsync_directory(folder: Path) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
