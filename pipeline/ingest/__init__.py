"""Stage 1, ingest: paths (files, directories, `-` for stdin) → `Article`s.

Formats: plain text (an optional leading ` date 2019-05 ` sets the publication date),
Markdown/text with YAML front matter and an HTML or Markdown body (recognised by content,
not by extension), web pages (`.html`: the article body and the page's metadata, see
`html.py`), and JSON lines, a JSON array or one JSON object of records `{id, title, text,
published_at, url, site, author}`. A file without a known suffix (`<(head -3 feed.jsonl)`,
a FIFO) and stdin are recognised by content.

A file's id is its path relative to the input root it came through, without the suffix
(`a/index` and `b/index` for `site/a/index.html` and `site/b/index.html` under `site`; a
file named directly is its stem); a record's id is its `id` field.

Nothing here raises on bad input: every problem becomes an `IngestError` naming the file
(and line), and the rest of the batch goes on; `IngestNotice`s tell what was kept with a
change, skipped, or how stdin was read.
"""

from __future__ import annotations

import io
import os
import stat
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Literal

from ..schemas import Article
from .decoding import MAX_INPUT_BYTES, check_encoding, decode, read_limited
from .documents import parse_page, parse_text_document, read_json_text
from .html import html_to_text, is_page
from .problems import IngestError, IngestNotice, InputProblem, display_path, printable
from .published import normalise_date

JSONL_SUFFIXES = {".jsonl", ".json", ".ndjson"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
TEXT_SUFFIXES = {".txt", ".md", ".markdown", ""}
SUPPORTED_SUFFIXES = JSONL_SUFFIXES | HTML_SUFFIXES | TEXT_SUFFIXES
STDIN = "-"
STDIN_FORMATS = ("auto", "text", "jsonl")
StdinFormat = Literal["auto", "text", "jsonl"]

__all__ = [
    "MAX_INPUT_BYTES",
    "STDIN",
    "STDIN_FORMATS",
    "IngestError",
    "IngestNotice",
    "InputFile",
    "StdinFormat",
    "check_encoding",
    "decode",
    "discover",
    "html_to_text",
    "normalise_date",
    "printable",
    "read_file",
    "read_inputs",
    "read_stdin",
]


@dataclass(frozen=True)
class InputFile:
    """A file to read, with the id its path relative to its input root gives it."""

    path: Path
    doc_id: str


def discover(inputs: Iterable[str], skip: Iterable[Path] = ()) -> Iterator[InputFile | IngestError | IngestNotice | str]:
    """Expand inputs into files: directories recursively and sorted, symlink loops broken,
    hidden names and the directories in `skip` (a run's own outputs) left out, unsupported
    suffixes and non-regular files (FIFOs, devices, sockets) skipped with a notice. A file
    named directly is read whatever it is (so `<(cmd)` works). `-` passes through as the
    stdin marker."""
    skipped = {Path(folder).resolve() for folder in skip}
    for raw in inputs:
        if raw == STDIN:
            yield STDIN
            continue
        shown = display_path(raw)
        try:
            mode = os.stat(raw).st_mode
        except FileNotFoundError:
            yield IngestError(shown, "no such file or directory")
            continue
        except OSError as err:
            yield IngestError(shown, f"cannot read: {err.strerror or err}")
            continue
        path = Path(raw)
        if stat.S_ISDIR(mode):
            yield from _walk(path, skipped)
        else:
            yield InputFile(path, display_path(path.stem))


def _walk(root: Path, skipped: set[Path]) -> Iterator[InputFile | IngestError | IngestNotice]:
    seen: set[tuple[int, int]] = set()
    errors: list[IngestError] = []

    def on_error(err: OSError) -> None:
        errors.append(IngestError(display_path(err.filename or str(root)), f"cannot read: {err.strerror or err}"))

    for folder, dirs, files in os.walk(root, followlinks=True, onerror=on_error):
        try:
            info = os.stat(folder)
        except OSError as err:
            on_error(err)
            dirs[:] = []
            continue
        if (info.st_dev, info.st_ino) in seen or (skipped and Path(folder).resolve() in skipped):
            dirs[:] = []
            continue
        seen.add((info.st_dev, info.st_ino))
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if not name.startswith("."):
                yield _found(Path(folder, name), root)
    yield from errors


def _found(path: Path, root: Path) -> InputFile | IngestError | IngestNotice:
    source = display_path(str(path))
    if path.suffix.lower() not in SUPPORTED_SUFFIXES:
        return IngestNotice(source, "unsupported file type; skipped", kind="skipped")
    try:
        mode = os.stat(path).st_mode  # follows symlinks: a `x.txt` link to /dev/zero is a device
    except OSError as err:
        return IngestError(source, f"cannot read: {err.strerror or err}")
    if not stat.S_ISREG(mode):
        return IngestNotice(source, f"not a regular file ({_kind(mode)}); skipped")
    return InputFile(path, display_path(path.relative_to(root).with_suffix("").as_posix()))


def _kind(mode: int) -> str:
    for test, name in ((stat.S_ISFIFO, "a FIFO"), (stat.S_ISCHR, "a character device"), (stat.S_ISBLK, "a block device"),
                       (stat.S_ISSOCK, "a socket")):
        if test(mode):
            return name
    return "not a file"


def read_file(item: InputFile, encoding: str | None = None) -> Iterator[Article | IngestError | IngestNotice]:
    """One file → its articles (one, or one per JSON record), or errors naming the file."""
    path, source = item.path, display_path(str(item.path))
    try:
        with open(path, "rb") as stream:
            info = os.fstat(stream.fileno())
            if stat.S_ISREG(info.st_mode) and info.st_size > MAX_INPUT_BYTES:
                raise InputProblem(f"larger than {MAX_INPUT_BYTES // 2**20} MiB ({info.st_size // 2**20} MiB); not read "
                                   "(split it into smaller files)")
            data = read_limited(stream, check_binary=not encoding)
    except OSError as err:
        yield IngestError(source, f"cannot read: {err.strerror or err}")
        return
    except InputProblem as err:
        yield IngestError(source, str(err))
        return
    if not data.strip():
        yield IngestError(source, "empty file")
        return
    suffix = path.suffix.lower() if stat.S_ISREG(info.st_mode) else ""
    warnings: list[str] = []
    try:
        text = decode(data, encoding, markup=suffix in HTML_SUFFIXES or (suffix in TEXT_SUFFIXES and data.lstrip()[:1] == b"<"))
        if suffix in JSONL_SUFFIXES or (suffix == "" and text.lstrip()[:1] in ("{", "[")):
            yield from read_json_text(text, source, default_id=item.doc_id)
            return
        if suffix in HTML_SUFFIXES and is_page(text):
            yield parse_page(text, item.doc_id, source, warnings)
        else:
            yield parse_text_document(text, item.doc_id, source, warnings)
    except InputProblem as err:
        yield IngestError(source, str(err))
    yield from (IngestNotice(source, warning) for warning in warnings)


def read_stdin(stream: IO, encoding: str | None = None, stdin_format: StdinFormat = "auto") -> Iterator[Article | IngestError | IngestNotice]:
    """stdin → articles: JSON lines (or one JSON document), or one plain-text article.
    `auto` reads it as JSON when it starts with `{` or `[`; a note says which it was."""
    source = "<stdin>"
    raw = getattr(stream, "buffer", stream)
    try:
        if isinstance(raw, io.TextIOBase):  # a text stream (tests, notebooks): already decoded
            text = raw.read().removeprefix("\ufeff")
        else:
            text = decode(read_limited(raw, check_binary=not encoding), encoding)
    except InputProblem as err:
        yield IngestError(source, str(err))
        return
    if not text.strip():
        yield IngestError(source, "empty input: nothing on stdin")
        return
    as_json = stdin_format == "jsonl" or (stdin_format == "auto" and text.lstrip()[:1] in ("{", "["))
    how = "JSON lines" if as_json else "one plain-text article"
    other = "text" if as_json else "jsonl"
    yield IngestNotice(source, f"read as {how} (--stdin-format {other} reads it as {'one article' if as_json else 'JSON lines'})", kind="note")
    if as_json:
        yield from read_json_text(text, source)
        return
    warnings: list[str] = []
    try:
        yield parse_text_document(text, "stdin", source, warnings)
    except InputProblem as err:
        yield IngestError(source, str(err))
    yield from (IngestNotice(source, warning) for warning in warnings)


def read_inputs(inputs: Iterable[str], stdin: IO | None = None, skip: Iterable[Path] = (), *, encoding: str | None = None,
                stdin_format: StdinFormat = "auto") -> Iterator[Article | IngestError | IngestNotice]:
    """The whole ingest stage: inputs → Articles, IngestErrors and IngestNotices, in input
    order. The directories in `skip` (the run's own outputs and cache) are never searched.
    `encoding` reads files that have no byte-order mark (default: UTF-8, or an HTML page's
    `<meta charset>`).

    An article id seen before (the same file named twice, a repeated JSONL id) is an error
    for the later one: ids key the cache and the evidence, so they must be unique.
    """
    first_source: dict[str, str] = {}
    for item in discover(inputs, skip):
        if isinstance(item, (IngestError, IngestNotice)):
            yield item
            continue
        if isinstance(item, InputFile):
            articles: Iterable[Article | IngestError | IngestNotice] = read_file(item, encoding)
        else:
            articles = read_stdin(stdin if stdin is not None else sys.stdin, encoding, stdin_format)
        for article in articles:
            if isinstance(article, Article):
                if article.id in first_source:
                    yield IngestError(article.source, f"duplicate article id {article.id!r} (first in {first_source[article.id]})")
                    continue
                first_source[article.id] = article.source
            yield article
