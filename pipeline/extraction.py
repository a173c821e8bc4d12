"""Per-article extraction: an `Article` and its parsed `Doc` → an `Extraction`.

This is the unit of work that runs in worker processes and is cached: everything after it
(graph, export) only merges extractions.
"""

from __future__ import annotations

from datetime import date

from spacy.tokens import Doc

from .aliases import link_entities
from .entities import doc_mentions
from .kb import KnowledgeBase
from .relations import extract_meetings, extract_statements
from .schemas import Article, Extraction
from .timing import timed


def publication_day(published: str | None) -> date | None:
    """`2019-05-14` → that day; a partial date (`2019-05`, `2019`) → its first day."""
    if not published:
        return None
    parts = [int(p) for p in published.split("-")] + [1, 1]
    return date(parts[0], parts[1], parts[2])


def extract_doc(article: Article, doc: Doc, kb: KnowledgeBase) -> Extraction:
    """Article + Doc (with entities and a parse) → the article's entities and events."""
    with timed("entities"):
        mentions = doc_mentions(doc)
    with timed("aliases"):
        linked = link_entities(doc, mentions, kb, publication_day(article.published))
    with timed("relations"):
        statements = extract_statements(doc, linked, article.id, article.published)
        meetings = extract_meetings(doc, linked, article.id, article.published, statements)
    return Extraction(
        doc_id=article.id,
        title=article.title,
        published=article.published,
        source=article.source,
        entities=linked.entities,
        meetings=meetings,
        statements=statements,
    )
