"""HTML and Markdown → article text.

A whole web page (`<html>`, `<head>`, `<body>` or a doctype) goes through trafilatura,
which keeps the article body and drops cookie banners, menus, tickers, related links,
comments and footers, and reads title, date (htmldate), canonical URL, site name and
author from the page's metadata. An HTML fragment (a front-matter article's body, a
JSONL record's text) has no furniture to remove and keeps the plain block-by-block
reading of `html_to_text`, so such articles read exactly as before.
"""

from __future__ import annotations

import logging
import re
from html.parser import HTMLParser

HTML_TAG = re.compile(r"<(p|div|h[1-6]|br|article|section|span|a|em|strong|ul|li|blockquote)\b", re.I)
_PAGE = re.compile(r"<(?:!doctype\s+html|html|head|body)\b", re.I)
# Related-article leads editors put inside the body ("Lees ook: ..."), and such headings.
_RELATED_LEAD = re.compile(r"(?:lees|bekijk|kijk|luister|zie)\s+(?:ook|meer|hier)\b\s*(?:[:›»|>-]|$)", re.I)
_RELATED_HEADING = {"meer nieuws", "meer over dit onderwerp", "gerelateerd", "gerelateerde artikelen", "lees verder"}


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


def squash(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def html_to_text(markup: str) -> tuple[str, str | None]:
    """An HTML fragment → (text with one blank line between blocks, the title or first h1)."""
    parser = _TextExtractor()
    parser.feed(markup)
    parser.close()
    paragraphs = [squash("".join(block)) for block in parser.blocks]
    text = "\n\n".join(p for p in paragraphs if p)
    title = squash("".join(parser.title_parts)) or squash("".join(parser.heading_parts)) or None
    return text, title


def markdown_to_text(markdown: str) -> str:
    """Markdown body → plain paragraphs: drops heading marks, emphasis and link targets."""
    text = re.sub(r"^\s{0,3}#{1,6}\s*", "", markdown, flags=re.M)
    text = re.sub(r"!\[([^\]]*)\]\([^)]*\)", r"\1", text)
    text = re.sub(r"\[([^\]]+)\]\([^)]*\)", r"\1", text)
    text = re.sub(r"(\*\*|__|(?<!\w)[*_])(.+?)\1", r"\2", text)
    paragraphs = [squash(p) for p in re.split(r"\n\s*\n", text)]
    return "\n\n".join(p for p in paragraphs if p)


def body_to_text(body: str) -> tuple[str, str | None]:
    """A front-matter document's body, HTML or Markdown → (text, title from the HTML)."""
    if HTML_TAG.search(body):
        return html_to_text(body)
    return markdown_to_text(body), None


def is_page(text: str) -> bool:
    """A whole web page rather than a fragment of article markup."""
    return bool(_PAGE.search(text[:20000]))


def page_to_fields(markup: str) -> dict[str, str | None]:
    """A web page → `text`, `title`, `date` (as the page states it), `url`, `site`, `author`.

    Only the article body becomes text, one blank line between its paragraphs, without
    the headline (it is the title) and without "Lees ook" lines. When trafilatura finds no
    article (a page with hardly any text) the page is read as a fragment.
    """
    document = _trafilatura(markup)
    if document is None or not (document.text or "").strip():
        text, title = html_to_text(markup)
        return {"text": text, "title": title, "date": None, "url": None, "site": None, "author": None}
    title = squash(document.title or "") or None
    lines = [squash(line) for line in document.text.split("\n")]
    if lines and title and lines[0] == title:
        lines = lines[1:]
    body = [line for line in lines if line and not _related(line)]
    return {"text": "\n\n".join(body), "title": title, "date": document.date, "url": document.url,
            "site": squash(document.sitename or "") or None, "author": squash(document.author or "") or None}


def _related(line: str) -> bool:
    return bool(_RELATED_LEAD.match(line)) or line.lower().rstrip(":.") in _RELATED_HEADING


def _trafilatura(markup: str):
    import trafilatura  # 0.3 s to import: only runs that read a web page pay for it

    for name in ("trafilatura", "htmldate", "courlan"):
        logging.getLogger(name).setLevel(logging.CRITICAL)  # its notes are not the user's errors
    try:
        return trafilatura.bare_extraction(
            markup, with_metadata=True, include_comments=False, include_tables=True, favor_precision=True,
            date_extraction_params={"original_date": True, "extensive_search": False},
        )
    except Exception:  # any failure inside the extractor: the page is read as a fragment instead
        return None
