"""Decoded text → Articles: plain text, front-matter documents, web pages, JSON records.

Each parser gets the article's id and source and a `warnings` list it may append to (a
date it had to drop, characters it had to replace); problems that lose the article raise
InputProblem.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator

import yaml
from pydantic import ValidationError

from ..schemas import Article
from .html import HTML_TAG, body_to_text, html_to_text, is_page, page_to_fields, squash
from .problems import IngestError, IngestNotice, InputProblem
from .published import ImplausibleDate, normalise_date

_LEADING_DATE = re.compile(r"\A\s*date\s+(\d{4}(?:-\d{1,2}(?:-\d{1,2})?)?)\s+", re.IGNORECASE)
_FRONT_MATTER = re.compile(r"\A\ufeff?---[ \t]*\r?\n(.*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.DOTALL)
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def parse_text_document(text: str, doc_id: str, source: str, warnings: list[str]) -> Article:
    """A text, Markdown or HTML document, with or without YAML front matter."""
    fields: dict = {}
    front = _FRONT_MATTER.match(text)
    if front:
        meta = _load_front_matter(front.group(1))
        body, html_title = body_to_text(text[front.end():])
        fields = {"title": as_text(meta.get("title")) or html_title, "url": as_text(meta.get("url") or meta.get("externe_link") or meta.get("link")),
                  "site": as_text(meta.get("site") or meta.get("source")), "author": as_text(meta.get("author"))}
        fields["published"] = _date(meta.get("date") or meta.get("published") or meta.get("published_at"), warnings)
    elif text.lstrip().startswith("<") and is_page(text):
        return parse_page(text, doc_id, source, warnings)
    elif text.lstrip().startswith("<") and HTML_TAG.search(text):
        body, fields["title"] = html_to_text(text)
    else:
        leading = _LEADING_DATE.match(text)
        if leading:
            fields["published"] = _date(leading.group(1), warnings)
            text = text[leading.end():]
        body = "\n\n".join(p.strip() for p in re.split(r"\n\s*\n", text) if p.strip())
    return make_article(id=doc_id, text=body, source=source, **fields)


def parse_page(markup: str, doc_id: str, source: str, warnings: list[str]) -> Article:
    """A whole web page → its article, with the page's title, date, URL, site and author."""
    page = page_to_fields(markup)
    return make_article(id=doc_id, text=page["text"], title=page["title"], published=_date(page["date"], warnings),
                        url=page["url"], site=page["site"], author=page["author"], source=source)


def _date(value: object, warnings: list[str]) -> str | None:
    try:
        return normalise_date(value)
    except ImplausibleDate as err:
        warnings.append(str(err))
        return None


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


def as_text(value: object) -> str | None:
    # Only scalars: str() of a YAML structure built from nested aliases grows exponentially.
    if value is None or isinstance(value, bool) or not isinstance(value, (str, int, float)):
        return None
    text = squash(str(value))
    return text or None


def make_article(**fields) -> Article:
    if not (fields.get("text") or "").strip():
        raise InputProblem("no article text")
    try:
        return Article(**fields)
    except ValidationError as err:
        first = err.errors()[0]
        raise InputProblem(f"invalid {'.'.join(map(str, first['loc']))}: {first['msg']}") from None


def parse_record(record: object, source: str, warnings: list[str], default_id: str | None = None) -> Article:
    """One JSON object `{id, title, text, published_at[, url, site, author]}` → Article.
    A lone surrogate (a broken `\\ud83d` escape) becomes U+FFFD, with a warning."""
    if not isinstance(record, dict):
        raise InputProblem("expected a JSON object")
    record = {key: _repaired(value, key, warnings) for key, value in record.items()}
    doc_id = record.get("id")
    if doc_id in (None, "") or isinstance(doc_id, (dict, list, bool)):
        if default_id is None:
            raise InputProblem("record has no id")
        doc_id = default_id
    text = record.get("text")
    if not isinstance(text, str):
        raise InputProblem("record has no text")
    title = as_text(record.get("title"))
    fields = {"url": as_text(record.get("url")), "site": as_text(record.get("site")), "author": as_text(record.get("author"))}
    published = _date(record.get("published_at") or record.get("published") or record.get("date"), warnings)
    if is_page(text):
        page = page_to_fields(text)
        text, title, published = page["text"] or "", title or page["title"], published or _date(page["date"], warnings)
        fields = {key: value or page[key] for key, value in fields.items()}
    elif HTML_TAG.search(text):
        text, _ = html_to_text(text)
    return make_article(id=str(doc_id), title=title, text=text.strip(), published=published, source=source, **fields)


def _repaired(value: object, key: str, warnings: list[str]) -> object:
    if isinstance(value, str) and _LONE_SURROGATE.search(value):
        count = len(_LONE_SURROGATE.findall(value))
        warnings.append(f"{count} lone surrogate escape(s) in {key!r} (half of a \\uXXXX pair) replaced by U+FFFD")
        return _LONE_SURROGATE.sub("\ufffd", value)
    return value


def read_json_text(text: str, source: str, default_id: str | None = None) -> Iterator[Article | IngestError | IngestNotice]:
    """JSON lines, one JSON array, or one (pretty-printed) JSON object → articles.

    Lines are split on `\\n` only: U+2028, U+2029 and U+0085 are legal inside a JSON
    string. A whole-document array or object is tried first; `Extra data` after the first
    value means JSON lines. `default_id` names a single object that has no `id`.
    """
    try:
        document = json.loads(text)
    except json.JSONDecodeError as err:
        # One document broken after its first line (a pretty-printed object or an array):
        # one error. A broken first line, or `Extra data` after one value: JSON lines.
        first = next((number for number, line in enumerate(text.split("\n"), start=1) if line.strip()), 1)
        if err.msg != "Extra data" and err.lineno > first:
            yield IngestError(source, f"malformed JSON ({err.msg}, column {err.colno})", err.lineno)
            return
    else:
        if isinstance(document, list):
            for index, record in enumerate(document):
                yield from _record(record, f"{source}[{index}]", source, f"record {index}: ")
        elif "\n" in text.strip():  # one pretty-printed object
            yield from _record(document, source, source, "", default_id=default_id)
        else:  # one JSON line
            at = next(number for number, line in enumerate(text.split("\n"), start=1) if line.strip())
            yield from _record(document, f"{source}:{at}", source, "", line=at, default_id=default_id)
        return
    for number, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as err:
            yield IngestError(source, f"malformed JSON ({err.msg}, column {err.colno})", number)
            continue
        yield from _record(record, f"{source}:{number}", source, "", line=number)


def _record(record: object, article_source: str, source: str, prefix: str, line: int | None = None,
            default_id: str | None = None) -> Iterator[Article | IngestError | IngestNotice]:
    warnings: list[str] = []
    try:
        yield parse_record(record, article_source, warnings, default_id)
    except InputProblem as err:
        yield IngestError(source, f"{prefix}{err}", line)
    yield from (IngestNotice(source, f"{prefix}{warning}", line) for warning in warnings)
