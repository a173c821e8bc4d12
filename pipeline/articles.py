"""The graph's article table (contract 1.1) for readers: a DataFrame, and citations.

In:  the `article_table` rows of a graph (`ArticleRecord` dicts), keyed by doc_id.
Out: pandas DataFrames of articles, and `headline, date` citations as HTML.
"""

from __future__ import annotations

import html
from collections.abc import Iterable, Mapping

import pandas as pd

ARTICLE_COLUMNS = ["id", "title", "published", "url", "site", "author", "source"]


def article_frame(table: Mapping[str, dict], doc_ids: Iterable[str]) -> pd.DataFrame:
    """One row per doc_id, in the given order; an id the table lacks (a graph written
    before 1.1) gets its id and nothing else."""
    rows = [{**dict.fromkeys(ARTICLE_COLUMNS), **table.get(doc_id, {}), "id": doc_id} for doc_id in doc_ids]
    return pd.DataFrame(rows, columns=ARTICLE_COLUMNS, dtype=object)  # missing values None, as in every frame of the API


def web_url(url: str | None) -> str | None:
    """The URL if it is a web address a reader can open (never `javascript:` or a file)."""
    return url if url and url.startswith(("https://", "http://")) else None


def citation_html(table: Mapping[str, dict], doc_id: str) -> str:
    """`headline, date` of an article, linked to its URL when it has a web address; its id
    when the table has no headline. Escaped."""
    row = table.get(doc_id, {})
    label = html.escape(", ".join(part for part in (row.get("title") or doc_id, row.get("published")) if part))
    url = web_url(row.get("url"))
    if url:
        return f'<a href="{html.escape(url)}" target="_blank" rel="noopener">{label}</a>'
    return label
