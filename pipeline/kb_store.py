"""The knowledge base's compact form: a built `KnowledgeBase` as one JSON file of columns.

Building the KB from `data/kb/` folds and skeletonises 68k names (about 0.9 s a process);
reading this form back is a few splits and list comprehensions (about 0.1 s). The file is
built on first use into the user's cache folder and named after a digest of everything the
build reads: the source files, the code that builds and folds (kb.py, names.py, this file)
and the Python/Unicode version `fold` depends on. A changed source gets a new file, so a
stale one is never read. No pickle: the file is plain data, and anything unexpected in it
is a `StoreError`, after which the caller builds from the sources.

Where: `$NEWSGRAPH_CACHE_DIR`, else `$XDG_CACHE_HOME/newsgraph`, else `~/.cache/newsgraph`.
A folder that cannot be written only costs the speed-up. Each build deletes the files of
other sources that no process has read for a week (`remove_stale`), so the folder does not
grow by 6 MB with every change of data/kb/ or of the code.
"""

from __future__ import annotations

import gc
import hashlib
import json
import os
import re
import sys
import tempfile
import time
import unicodedata
from collections.abc import Callable, Iterable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from . import names

if TYPE_CHECKING:
    from .kb import KnowledgeBase

FORMAT = 1
STALE_AFTER_SECONDS = 7 * 24 * 3600  # a compact file no process has read for a week
MARK_USED_AFTER_SECONDS = 3600
ABANDONED_AFTER_SECONDS = 3600  # a temporary file: its writer takes a second
_COMPACT_NAME = re.compile(r"^kb-[0-9a-f]{64}\.json$")
SOURCES = ("curated.yaml", "places.jsonl.gz", "demonyms.tsv", "titles.yaml", "peoples.tsv")
RECORD, UNIT, NONE = "\x1e", "\x1f", "\x00"  # separators no name contains (checked when written)
TEXT_COLUMNS = ("key", "name", "type")
# Any JSON value: a user's aliases file may hold what YAML reads (a date, a number), and the
# KB keeps what YAML read.
VALUE_COLUMNS = ("kb_id", "nationality", "country")


class StoreError(Exception):
    """The compact file cannot represent this KB, or what was read is not one."""


def cache_folder() -> Path:
    explicit = os.environ.get("NEWSGRAPH_CACHE_DIR")
    if explicit:
        return Path(explicit)
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "newsgraph"


def source_digest(kb_dir: Path) -> str:
    """sha256 of what a build from `kb_dir` depends on (a missing source raises OSError)."""
    digest = hashlib.sha256(f"{FORMAT} {sys.version_info[:2]} {unicodedata.unidata_version}".encode())
    from . import kb

    for module in (kb, names, sys.modules[__name__]):
        digest.update(Path(str(module.__file__)).read_bytes())
    for name in SOURCES:
        digest.update(name.encode() + b"\0" + (kb_dir / name).read_bytes())
    return digest.hexdigest()


def _joined(values: Iterable[str]) -> str:
    texts = list(values)
    if not all(isinstance(text, str) and RECORD not in text for text in texts):
        raise StoreError("a name that is no string or contains a separator character")
    return RECORD.join(texts)


def _aliases(aliases: tuple[str, ...]) -> str:
    if not aliases:
        return NONE
    if not all(isinstance(alias, str) and UNIT not in alias and NONE not in alias for alias in aliases):
        raise StoreError("an alias that is no string or contains a separator character")
    return UNIT.join(aliases)


def _string_keys(table: dict) -> dict:
    if not all(isinstance(key, str) for key in table):
        raise StoreError("a table key that is no string")  # JSON would turn it into one
    return table


def _split(text: str, count: int) -> list[str]:
    """`_joined`'s list of `count` strings back (a list of one empty string joins to "" too)."""
    parts = text.split(RECORD) if count else []
    if len(parts) != count:
        raise StoreError("columns of different lengths")
    return parts


def _index(index: dict[str, list[str]], position: dict[str, int]) -> list:
    # a name of one entry (most of them) is stored as its position, of several as a list
    return [_joined(index), [position[bucket[0]] if len(bucket) == 1 else [position[key] for key in bucket] for bucket in index.values()]]


def dumps(kb: KnowledgeBase) -> bytes:
    """`kb` → the compact file's bytes."""
    entries = list(kb.entries.values())
    position = {entry.key: i for i, entry in enumerate(entries)}
    data = {
        "format": FORMAT,
        **{column: _joined(getattr(entry, column) for entry in entries) for column in TEXT_COLUMNS},
        **{column: [getattr(entry, column) for entry in entries] for column in VALUE_COLUMNS},
        "aliases": _joined(_aliases(entry.aliases) for entry in entries),
        "population": [entry.population for entry in entries],
        "curated": [i for i, entry in enumerate(entries) if entry.curated],
        "roles": [[i, [[r.role, r.holder_of, _iso(r.start), _iso(r.end)] for r in entry.roles]] for i, entry in enumerate(entries) if entry.roles],
        "by_name": _index(kb.by_name, position),
        "by_skeleton": _index(kb.by_skeleton, position),
        "demonyms": _string_keys(kb.demonyms), "peoples": _string_keys(kb.peoples), "titles": _string_keys(kb.titles),
        "title_first_words": sorted(kb.title_first_words),
        "countries": _string_keys(kb.countries),
        "role_holders": sorted(position[key] for key in kb.role_holders),
    }
    try:
        return json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf8")
    except (TypeError, ValueError) as err:  # a value YAML read as something JSON cannot hold
        raise StoreError(f"cannot be written as JSON: {err}") from None


def loads(blob: bytes) -> KnowledgeBase:
    """The compact file's bytes → the KnowledgeBase they were written from."""
    # 100k small objects in one go: the collector, run every 700 allocations over a heap
    # that holds them all, would cost more than building them (measured: 2-3x the load)
    collecting = gc.isenabled()
    gc.disable()
    try:
        return _loads(blob)
    finally:
        if collecting:
            gc.enable()


def _loads(blob: bytes) -> KnowledgeBase:
    from .kb import KBEntry, KnowledgeBase, Role

    try:
        data = json.loads(blob)
        if data.get("format") != FORMAT:
            raise StoreError(f"format {data.get('format')!r}, not {FORMAT}")
        count = len(data["population"])
        keys, names_, kinds = (_split(data[column], count) for column in TEXT_COLUMNS)
        columns = (names_, kinds, *(data[column] for column in VALUE_COLUMNS))
        aliases = [() if text == NONE else tuple(text.split(UNIT)) for text in _split(data["aliases"], count)]
        roles: dict[int, tuple] = {i: tuple(Role(r[0], r[1], _day(r[2]), _day(r[3])) for r in rows) for i, rows in data["roles"]}
        curated = set(data["curated"])
        if not all(len(column) == count for column in columns):
            raise StoreError("columns of different lengths")
        entries = {key: KBEntry(key, name, kind, kb_id, alias, nationality, country, population, roles.get(i, ()), i in curated)
                   for i, (key, name, kind, kb_id, nationality, country, alias, population)
                   in enumerate(zip(keys, *columns, aliases, data["population"]))}
        return KnowledgeBase(
            entries=entries, by_name=_read_index(data["by_name"], keys), by_skeleton=_read_index(data["by_skeleton"], keys),
            demonyms=data["demonyms"], peoples=data["peoples"], titles=data["titles"],
            title_first_words=set(data["title_first_words"]), countries=data["countries"],
            role_holders={keys[i] for i in data["role_holders"]},
        )
    except (ValueError, KeyError, IndexError, TypeError) as err:
        raise StoreError(f"not a knowledge-base file: {type(err).__name__}: {err}") from None


def _iso(day: date | None) -> str | None:
    if day is not None and type(day) is not date:
        raise StoreError(f"a role date {day!r} that is no plain date")
    return None if day is None else day.isoformat()


def _day(text: str | None) -> date | None:
    return None if text is None else date.fromisoformat(text)


def _read_index(stored: list, keys: list[str]) -> dict[str, list[str]]:
    names_, buckets = stored
    return dict(zip(_split(names_, len(buckets)), [[keys[at]] if type(at) is int else [keys[i] for i in at] for at in buckets]))


def cached(kb_dir: Path, build: Callable[[], KnowledgeBase], folder: Path | None = None) -> KnowledgeBase:
    """The KB of `kb_dir`: read from its compact file when there is one for exactly these
    sources, else `build()` and write that file for the next process, then delete the
    compact files of other sources that no process has read for a while (`remove_stale`)."""
    path = Path(folder or cache_folder()) / f"kb-{source_digest(kb_dir)}.json"
    try:
        kb = loads(path.read_bytes())
    except (OSError, StoreError):
        pass
    else:
        mark_used(path)
        return kb
    kb = build()
    try:
        write(path, dumps(kb))
    except (OSError, StoreError):
        return kb  # an unwritable cache folder only costs the next process the build
    remove_stale(path.parent, keep=path)
    return kb


def mark_used(path: Path) -> None:
    """A compact file's mtime is when a process last read it (refreshed at most hourly), so
    the file another checkout or version is using never looks stale."""
    try:
        if time.time() - path.stat().st_mtime > MARK_USED_AFTER_SECONDS:
            os.utime(path)
    except OSError:
        pass  # read-only cache: the file may be deleted as stale one day and is then built again


def remove_stale(folder: Path, keep: Path, now: float | None = None, kind: str = "kb") -> list[Path]:
    """Delete the compact files in `folder` other than `keep` that no process has read for
    STALE_AFTER_SECONDS (each changed source or code version leaves one of 6 MB), and the
    temporary files of writers killed more than ABANDONED_AFTER_SECONDS ago; return them.
    Only names this module writes for `kind` are touched (`kb-<sha256>.json`, `.kb-*`; the
    given names' table of names.py is kind `given-names`). Safe while other processes run:
    deleting is atomic, a process reading a file it opened goes on reading it, and one that
    finds its file gone builds it again."""
    now = time.time() if now is None else now
    removed = []
    compact = _COMPACT_NAME if kind == "kb" else re.compile(rf"^{re.escape(kind)}-[0-9a-f]{{64}}\.json$")
    for path in Path(folder).glob(f"*{kind}-*"):
        limit = STALE_AFTER_SECONDS if compact.match(path.name) else ABANDONED_AFTER_SECONDS if path.name.startswith(f".{kind}-") else None
        if limit is None or path == keep:
            continue
        try:
            if now - path.stat().st_mtime > limit:
                path.unlink()
                removed.append(path)
        except OSError:
            continue  # gone already, or not ours to delete
    return removed


def write(path: Path, blob: bytes, kind: str = "kb") -> None:
    """Written under a temporary name and renamed: processes starting together each build,
    and a reader sees a whole file or none."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.NamedTemporaryFile(dir=path.parent, prefix=f".{kind}-", delete=False) as handle:
        temporary = Path(handle.name)
    try:
        temporary.write_bytes(blob)
        os.replace(temporary, path)
    finally:
        temporary.unlink(missing_ok=True)
