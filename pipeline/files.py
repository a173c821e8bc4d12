"""Writing files so that a reader (or a crash) never sees half of one."""

from __future__ import annotations

import errno
import fcntl
import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

LOCK_NAME = ".newsgraph.lock"


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
    path = Path(path)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        os.fchmod(fd, _mode_for(path))
        with os.fdopen(fd, "wb") as tmp:
            tmp.write(data)
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
