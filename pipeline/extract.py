"""Per-article extraction: an `Article` and its parsed `Doc` → an `Extraction`.

This is the unit of work that runs in worker processes and is cached: everything after it
(graph, export) only merges extractions.
"""

from __future__ import annotations

from spacy.tokens import Doc

from .aliases import link_mentions
from .entities import doc_mentions
from .schemas import Article, Extraction


def extract_doc(article: Article, doc: Doc) -> Extraction:
    """Article + Doc (with entities and a parse) → the article's entities and events."""
    entities = link_mentions(doc_mentions(doc))
    return Extraction(
        doc_id=article.id,
        title=article.title,
        published=article.published,
        source=article.source,
        entities=entities,
    )
