"""The outputs of one run as one unit: a reader never sees a new `graph.json` beside an old
`graph.graphml`, whenever the run is killed.

Layout of an output directory:

    OUT/.runs/20190514T120000-4242-1a2b3c/   one complete set of files + manifest.json
    OUT/.current -> .runs/20190514T…          the set in force
    OUT/graph.json -> .current/graph.json     the names users open (relative symlinks)

A run writes its files into a fresh folder under `.runs/`, fsyncs them, then swaps
`.current` to it with one rename: every public name switches at the same instant. Older
folders are deleted afterwards; a killed run leaves at most an orphan folder, removed by
the next run. `manifest.json` lists each file's size and SHA-256 and the run's id, so a
copied set can be checked too.

Call `publish` while holding `files.output_lock` on the directory (as `run` does).
"""

from __future__ import annotations

import hashlib
import json
import os
import secrets
import shutil
import time
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import BinaryIO

from .files import OutputError, atomic_write_stream, describe_os_error, fsync_directory

Writer = Callable[[BinaryIO], object]

RUNS = ".runs"
CURRENT = ".current"
MANIFEST = "manifest.json"


def publish(out_dir: Path, files: Mapping[str, bytes | Writer], kind: str = "run") -> list[Path]:
    """Write `files` ({name: content, or a function that writes the content into the file it
    is given}) as the directory's new output set of `kind` (`run`, `tables`); returns the
    public paths, manifest last. Writers run one after the other, so the largest file's
    content, not all of them, is what memory holds beside the caller's data. A directory holding a set of another
    kind is refused (a new set replaces the old one whole, so the other kind's files would
    go). OutputError names the file or directory."""
    out_dir = Path(out_dir)
    runs = out_dir / RUNS
    held = current_kind(out_dir)
    if held not in (None, kind):
        raise OutputError(f"{out_dir}: holds newsgraph {held} outputs; write the {kind} outputs to another directory")
    try:
        runs.mkdir(parents=True, exist_ok=True)
        _adopt_plain_files(out_dir, [*files, MANIFEST])
    except OSError as err:
        raise OutputError(f"{out_dir}: cannot write to the output directory: {describe_os_error(err)}") from None
    run_id = f"{time.strftime('%Y%m%dT%H%M%S', time.gmtime())}-{os.getpid()}-{secrets.token_hex(3)}"
    folder = runs / run_id
    names = [*files, MANIFEST]
    listing: dict[str, dict] = {}
    try:
        folder.mkdir()
        for name, content in files.items():
            listing[name] = _write(folder / name, content, out_dir / name)
        _write(folder / MANIFEST, manifest(run_id, listing, kind), out_dir / MANIFEST)
        _point(out_dir / CURRENT, f"{RUNS}/{run_id}")
    except OSError as err:  # no symlinks on this file system, or the directory went away
        shutil.rmtree(folder, ignore_errors=True)
        raise OutputError(f"{out_dir}: cannot publish the outputs: {describe_os_error(err)}") from None
    except BaseException:
        shutil.rmtree(folder, ignore_errors=True)
        raise
    try:
        for name in names:
            _point(out_dir / name, f"{CURRENT}/{name}")
        _drop_stale_links(out_dir)
    except OSError as err:
        raise OutputError(f"{out_dir}: the outputs are in {folder}, but linking them failed: {describe_os_error(err)}") from None
    remove_old_runs(out_dir)
    fsync_directory(out_dir)
    return [out_dir / name for name in names]


class _Counted:
    """A binary file that also counts and hashes what is written to it (for the manifest)."""

    def __init__(self, file: BinaryIO) -> None:
        self.file, self.size, self.digest = file, 0, hashlib.sha256()

    def write(self, data: bytes) -> int:
        self.size += len(data)
        self.digest.update(data)
        return self.file.write(data)


def _write(path: Path, content: bytes | Writer, public: Path) -> dict:
    """One file of the set, atomically; its size and SHA-256. OutputError names `public`."""
    counted: list[_Counted] = []

    def write(file: BinaryIO) -> None:
        counted.append(_Counted(file))
        if isinstance(content, bytes):
            counted[0].write(content)
        else:
            content(counted[0])  # type: ignore[arg-type]

    try:
        atomic_write_stream(path, write)
    except OSError as err:
        raise OutputError(f"{public}: cannot write: {describe_os_error(err)}") from None
    return {"bytes": counted[0].size, "sha256": counted[0].digest.hexdigest()}


def manifest(run_id: str, listing: dict[str, dict], kind: str = "run") -> bytes:
    """manifest.json: the run's id and kind, each file's size and SHA-256 (`listing`)."""
    listing = dict(sorted(listing.items()))
    return (json.dumps({"run": run_id, "kind": kind, "files": listing}, indent=1) + "\n").encode("utf8")


def current_kind(out_dir: Path) -> str | None:
    """`run` or `tables` for a directory holding an output set; `run` for plain graph.json
    files of an older version; None for a directory without outputs."""
    folder = current_run(out_dir)
    if folder is not None:
        try:
            return json.loads((folder / MANIFEST).read_text(encoding="utf8")).get("kind", "run")
        except (OSError, ValueError):
            return None
    return "run" if (Path(out_dir) / "graph.json").is_file() else None


def current_run(out_dir: Path) -> Path | None:
    """The folder of the output set in force, or None before the first run."""
    link = Path(out_dir) / CURRENT
    return (Path(out_dir) / os.readlink(link)) if link.is_symlink() else None


def remove_old_runs(out_dir: Path) -> None:
    """Delete every output set but the one in force (older runs, folders of killed runs)."""
    current = current_run(out_dir)
    for folder in sorted((Path(out_dir) / RUNS).glob("*")):
        if current is None or folder.name != current.name:
            shutil.rmtree(folder, ignore_errors=True)


def _point(name: Path, target: str) -> None:
    """Make `name` a symlink to `target` with one rename (atomic for readers)."""
    if name.is_symlink() and os.readlink(name) == target:
        return
    temporary = name.with_name(f".{name.name}.{secrets.token_hex(4)}.link.tmp")
    os.symlink(target, temporary)
    try:
        os.replace(temporary, name)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise


def _adopt_plain_files(out_dir: Path, names: list[str]) -> None:
    """Outputs of a version before the swap were plain files: move them into an output set
    of their own (hard links, so each name shows the same bytes throughout), then swap as
    usual. Skipped once every name is a symlink."""
    plain = [name for name in names if (out_dir / name).is_file() and not (out_dir / name).is_symlink()]
    if not plain:
        return
    folder = out_dir / RUNS / f"adopted-{secrets.token_hex(3)}"
    folder.mkdir()
    for name in plain:
        try:
            os.link(out_dir / name, folder / name)
        except OSError:
            shutil.copy2(out_dir / name, folder / name)
    _point(out_dir / CURRENT, f"{RUNS}/{folder.name}")
    for name in plain:
        _point(out_dir / name, f"{CURRENT}/{name}")


def _drop_stale_links(out_dir: Path) -> None:
    """A name an earlier version wrote and this one does not would dangle: remove it."""
    for link in out_dir.iterdir():
        if link.is_symlink() and os.readlink(link).startswith(f"{CURRENT}/") and not link.exists():
            link.unlink()
