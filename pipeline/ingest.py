"""Stage 1, ingest: paths (files, directories, `-` for JSONL on stdin) → `Article`s.

Formats: plain text (an optional leading ` date 2019-05 ` sets the publication date),
Markdown/text with YAML front matter and an HTML or Markdown body (recognised by content,
not by extension), HTML, and JSONL/JSON records `{id, title, text, published_at}`.

Nothing here raises on bad input: every problem becomes an `IngestError` naming the file
(and line) and the rest of the batch goes on.
"""

from __future__ import annotations

import json
import os
import re
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from email.utils import parsedate_to_datetime
from html.parser import HTMLParser
from pathlib import Path
from typing import IO

import yaml
from pydantic import ValidationError

from .schemas import Article

JSONL_SUFFIXES = {".jsonl", ".json", ".ndjson"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
TEXT_SUFFIXES = {".txt", ".md", ".markdown", ""}
STDIN = "-"

_LEADING_DATE = re.compile(r"\A\s*date\s+(\d{4}(?:-\d{1,2}(?:-\d{1,2})?)?)\s+", re.IGNORECASE)
_FRONT_MATTER = re.compile(r"\A\ufeff?---[ \t]*\r?\n(.*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.DOTALL)
_ISO_DATE = re.compile(r"(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?")
_HTML_TAG = re.compile(r"<(p|div|h[1-6]|br|article|section|span|a|em|strong|ul|li|blockquote)\b", re.I)


@dataclass(frozen=True)
class IngestError:
    """A one-line, human-readable reason why one input (or one JSONL line) was skipped."""

    source: str
    message: str
    line: int | None = None

    def __str__(self) -> str:
        where = f"{self.source}:{self.line}" if self.line is not None else self.source
        return f"{where}: {self.message}"


class InputProblem(Exception):
    """Internal signal: this input cannot become an Article."""


# ---- dates --------------------------------------------------------------------------------


def normalise_date(value: object) -> str | None:
    """A date in any of the shapes articles carry → ISO `YYYY[-MM[-DD]]`, or None.

    Accepts ISO dates and datetimes (full or partial), RFC 2822 (`Tue, 14 May 2019 20:57:25
    +0200`, as Jekyll front matter has it) and date objects YAML already parsed.
    """
    if value is None or value == "":
        return None
    if hasattr(value, "isoformat") and hasattr(value, "year"):
        return value.isoformat()[:10]
    if not isinstance(value, (str, int, float)):
        raise InputProblem(f"unreadable date: a {type(value).__name__}, not a date")
    text = str(value).strip()[:100]
    match = _ISO_DATE.match(text)
    if match:
        year, month, day = match.groups()
        parts = [year] + [f"{int(p):02d}" for p in (month, day) if p]
        if _valid_parts(parts):
            return "-".join(parts)
    try:
        return parsedate_to_datetime(text).date().isoformat()
    except (TypeError, ValueError, IndexError):
        pass
    raise InputProblem(f"unreadable date {text!r}")


def _valid_parts(parts: list[str]) -> bool:
    if len(parts) >= 2 and not 1 <= int(parts[1]) <= 12:
        return False
    return len(parts) < 3 or 1 <= int(parts[2]) <= 31


# ---- HTML ---------------------------------------------------------------------------------


class _TextExtractor(HTMLParser):
    """Collects visible text; block elements become paragraph breaks."""

    BLOCKS = frozenset({
        "p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table",
        "section", "article", "header", "footer", "blockquote", "pre", "figure", "figcaption",
        "hr", "main", "aside", "nav", "dd", "dt", "dl",
    })
    INVISIBLE = frozenset({"script", "style", "noscript", "template", "head", "svg", "iframe", "object"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list[list[str]] = [[]]
        self.hidden_depth = 0
        self.title_parts: list[str] = []
        self.heading_parts: list[str] = []
        self._in_title = False
        self._in_h1 = False

    def handle_starttag(self, tag: str, attrs) -> None:
        if tag in self.INVISIBLE:
            self.hidden_depth += 1
        elif tag == "title":
            self._in_title = True
        elif tag in self.BLOCKS:
            self.blocks.append([])
        self._in_h1 = self._in_h1 or tag == "h1"

    def handle_endtag(self, tag: str) -> None:
        if tag in self.INVISIBLE:
            self.hidden_depth = max(0, self.hidden_depth - 1)
        elif tag == "title":
            self._in_title = False
        elif tag in self.BLOCKS:
            self.blocks.append([])
        if tag == "h1":
            self._in_h1 = False

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.title_parts.append(data)
        elif not self.hidden_depth:
            self.blocks[-1].append(data)
            if self._in_h1:
                self.heading_parts.append(data)


def _squash(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def html_to_text(markup: str) -> tuple[str, str | None]:
    """HTML → (text with one blank line between blocks, the page title or first h1)."""
    parser = _TextExtractor()
    parser.feed(markup)
    parser.close()
    paragraphs = [_squash("".join(block)) for block in parser.blocks]
    text = "\n\n".join(p for p in paragraphs if p)
    title = _squash("".join(parser.title_parts)) or _squash("".join(parser.heading_parts)) or None
    return text, title


def markdown_to_text(markdown: str) -> str:
    """Markdown body → plain paragraphs: drops heading marks, emphasis and link targets."""
    text = re.sub(r"^\s{0,3}#{1,6}\s*", "", markdown, flags=re.M)
    text = re.sub(r"!\[([^\]]*)\]\([^)]*\)", r"\1", text)
    text = re.sub(r"\[([^\]]+)\]\([^)]*\)", r"\1", text)
    text = re.sub(r"(\*\*|__|(?<!\w)[*_])(.+?)\1", r"\2", text)
    paragraphs = [_squash(p) for p in re.split(r"\n\s*\n", text)]
    return "\n\n".join(p for p in paragraphs if p)


def body_to_text(body: str) -> tuple[str, str | None]:
    if _HTML_TAG.search(body):
        return html_to_text(body)
    return markdown_to_text(body), None


# ---- one document -------------------------------------------------------------------------


def decode(data: bytes) -> str:
    """Bytes → text; refuses binary and non-UTF-8 input instead of guessing."""
    if b"\x00" in data[:8192]:
        raise InputProblem("binary file (contains NUL bytes)")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        line = data[: err.start].count(b"\n") + 1
        raise InputProblem(f"not valid UTF-8 (byte 0x{data[err.start]:02x} on line {line})") from None


def parse_text_document(text: str, doc_id: str, source: str) -> Article:
    """A text or Markdown document, with or without YAML front matter."""
    title = url = published = None
    front = _FRONT_MATTER.match(text)
    if front:
        meta = _load_front_matter(front.group(1))
        body, html_title = body_to_text(text[front.end():])
        title = _as_text(meta.get("title")) or html_title
        published = normalise_date(meta.get("date") or meta.get("published") or meta.get("published_at"))
        url = _as_text(meta.get("url") or meta.get("externe_link") or meta.get("link"))
    elif text.lstrip().startswith("<") and _HTML_TAG.search(text):
        body, title = html_to_text(text)
    else:
        leading = _LEADING_DATE.match(text)
        if leading:
            published = normalise_date(leading.group(1))
            text = text[leading.end():]
        body = "\n\n".join(p.strip() for p in re.split(r"\n\s*\n", text) if p.strip())
    return _article(id=doc_id, title=title, text=body, published=published, source=source, url=url)


def _load_front_matter(block: str) -> dict:
    try:
        meta = yaml.safe_load(block)
    except yaml.YAMLError as err:
        mark = getattr(err, "problem_mark", None)
        where = f" (front matter line {mark.line + 2})" if mark else ""
        raise InputProblem(f"broken YAML front matter{where}") from None
    except (ValueError, TypeError, RecursionError) as err:  # e.g. `date: 0000-00-00`, which YAML reads as a date
        raise InputProblem(f"broken YAML front matter: {err}") from None
    if meta is None:
        return {}
    if not isinstance(meta, dict):
        raise InputProblem("YAML front matter is not a mapping")
    return meta


def _as_text(value: object) -> str | None:
    # Only scalars: str() of a YAML structure built from nested aliases grows exponentially.
    if value is None or not isinstance(value, (str, int, float)):
        return None
    text = _squash(str(value))
    return text or None


def _article(**fields) -> Article:
    if not fields.get("text", "").strip():
        raise InputProblem("no article text")
    try:
        return Article(**fields)
    except ValidationError as err:
        first = err.errors()[0]
        raise InputProblem(f"invalid {'.'.join(map(str, first['loc']))}: {first['msg']}") from None


def parse_record(record: object, source: str) -> Article:
    """One JSON object `{id, title, text, published_at[, url]}` → Article."""
    if not isinstance(record, dict):
        raise InputProblem("expected a JSON object")
    if record.get("id") in (None, ""):
        raise InputProblem("record has no id")
    text = record.get("text")
    if not isinstance(text, str):
        raise InputProblem("record has no text")
    if _HTML_TAG.search(text):
        text, _ = html_to_text(text)
    return _article(
        id=str(record["id"]),
        title=_as_text(record.get("title")),
        text=text.strip(),
        published=normalise_date(record.get("published_at") or record.get("published")),
        source=source,
        url=_as_text(record.get("url")),
    )


def read_jsonl(stream: Iterable[str], source: str) -> Iterator[Article | IngestError]:
    """JSON lines, or one JSON array/object when the whole input is a single document."""
    lines = iter(stream)
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        if number == 1 and line.lstrip().startswith("["):
            yield from _read_json_array(line + "".join(lines), source)
            return
        try:
            yield parse_record(json.loads(line), f"{source}:{number}")
        except json.JSONDecodeError as err:
            yield IngestError(source, f"malformed JSON ({err.msg}, column {err.colno})", number)
        except InputProblem as err:
            yield IngestError(source, str(err), number)


def _read_json_array(text: str, source: str) -> Iterator[Article | IngestError]:
    try:
        records = json.loads(text)
    except json.JSONDecodeError as err:
        yield IngestError(source, f"malformed JSON ({err.msg})", err.lineno)
        return
    for index, record in enumerate(records):
        try:
            yield parse_record(record, f"{source}[{index}]")
        except InputProblem as err:
            yield IngestError(source, f"record {index}: {err}")


def read_file(path: Path) -> Iterator[Article | IngestError]:
    """One file → its articles (one, or one per JSONL line), or errors naming the file."""
    source = str(path)
    try:
        data = path.read_bytes()
    except OSError as err:
        yield IngestError(source, f"cannot read: {err.strerror or err}")
        return
    if not data.strip():
        yield IngestError(source, "empty file")
        return
    try:
        text = decode(data)
        suffix = path.suffix.lower()
        if suffix in JSONL_SUFFIXES:
            yield from read_jsonl(text.splitlines(keepends=True), source)
        elif suffix in HTML_SUFFIXES:
            body, title = html_to_text(text)
            yield _article(id=path.stem, title=title, text=body, source=source)
        else:
            yield parse_text_document(text, path.stem, source)
    except InputProblem as err:
        yield IngestError(source, str(err))


def discover(inputs: Iterable[str]) -> Iterator[Path | IngestError | str]:
    """Expand inputs into files (directories recursively, sorted, symlink loops broken);
    `-` passes through as the stdin marker."""
    for raw in inputs:
        if raw == STDIN:
            yield STDIN
            continue
        path = Path(raw)
        if path.is_dir():
            yield from _walk(path)
        elif path.exists():
            yield path
        else:
            yield IngestError(raw, "no such file or directory")


def _walk(root: Path) -> Iterator[Path | IngestError]:
    seen: set[tuple[int, int]] = set()
    errors: list[IngestError] = []

    def on_error(err: OSError) -> None:
        errors.append(IngestError(err.filename or str(root), f"cannot read: {err.strerror or err}"))

    for folder, dirs, files in os.walk(root, followlinks=True, onerror=on_error):
        stat = os.stat(folder)
        if (stat.st_dev, stat.st_ino) in seen:
            dirs[:] = []
            continue
        seen.add((stat.st_dev, stat.st_ino))
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if name.startswith("."):
                continue
            path = Path(folder, name)
            if path.suffix.lower() in TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES:
                yield path
    yield from errors


def read_inputs(inputs: Iterable[str], stdin: IO[str] | None = None) -> Iterator[Article | IngestError]:
    """The whole ingest stage: inputs → Articles and IngestErrors, in input order.

    An article id seen before (two files with the same stem, a repeated JSONL id) is an
    error for the later one: ids key the cache and the evidence, so they must be unique.
    """
    first_source: dict[str, str] = {}
    for item in discover(inputs):
        if isinstance(item, IngestError):
            yield item
            continue
        if item == STDIN:
            stream = stdin if stdin is not None else sys.stdin
            articles: Iterable[Article | IngestError] = read_jsonl(stream, "<stdin>")
        else:
            articles = read_file(Path(item))
        for article in articles:
            if isinstance(article, Article):
                if article.id in first_source:
                    yield IngestError(article.source, f"duplicate article id {article.id!r} (first in {first_source[article.id]})")
                    continue
                first_source[article.id] = article.source
            yield article
