"""Per-article extraction: an `Article` and its parsed `Doc` → an `Extraction`.

This is the unit of work that runs in worker processes and is cached: everything after it
(graph, export) only merges extractions.
"""

from __future__ import annotations

from datetime import date

from spacy.tokens import Doc

from .entities import doc_mentions
from .kb import KnowledgeBase
from .lexicon import Lexicon, load_lexicon
from .linking import link_entities
from .quotes import find_quotes
from .relations import extract_meetings, extract_statements
from .schemas import Article, ArticleEntity, Extraction
from .timing import timed
from .tokens import doc_text, forget_memos


def publication_day(published: str | None) -> date | None:
    """`2019-05-14` → that day; a partial date (`2019-05`, `2019`) → its first day."""
    if not published:
        return None
    parts = [int(p) for p in published.split("-")] + [1, 1]
    return date(parts[0], parts[1], parts[2])


def extract_doc(article: Article, doc: Doc, kb: KnowledgeBase, lexicon: Lexicon | None = None) -> Extraction:
    """Article + Doc (with entities and a parse), the knowledge base and the lexicon
    (data/lexicon/ when not given) → the article's entities and events: mentions → quotes →
    linked entities → statements → meetings, each stage reading only what the stages before
    it made."""
    try:
        return _extract(article, doc, kb, lexicon or load_lexicon())
    finally:
        forget_memos(doc)


def _extract(article: Article, doc: Doc, kb: KnowledgeBase, lexicon: Lexicon) -> Extraction:
    with timed("entities"):
        mentions = doc_mentions(doc, lexicon=lexicon)
    with timed("aliases"):
        linked = link_entities(doc, mentions, kb, publication_day(article.published), find_quotes(doc_text(doc)), lexicon)
    statements, meetings = [], []
    if doc.has_annotation("DEP"):  # relations read the parse; a pipeline without a parser yields entities only
        with timed("relations"):
            statements = extract_statements(doc, linked, article.id, article.published, lexicon)
            meetings = extract_meetings(doc, linked, article.id, article.published, statements, lexicon)
    return Extraction(
        doc_id=article.id,
        title=article.title,
        published=article.published,
        source=article.source,
        entities=linked.entities,
        meetings=meetings,
        statements=statements,
    )


def merge_chunks(parts: list[tuple[int, Extraction]]) -> Extraction:
    """Extractions of an article's chunks, each with its character offset → one extraction.

    A normal article is one chunk. A very long one (a 20 MB dump) is parsed in paragraph
    chunks so that time and memory grow linearly with its length; links within the article
    then reach only as far as a chunk (100k characters), and the graph stage joins the rest.
    """
    if len(parts) == 1 and parts[0][0] == 0:
        return parts[0][1]
    shifted = [_shifted(extraction, offset) for offset, extraction in parts]
    entities: dict[str, ArticleEntity] = {}
    for entity in (e for part in shifted for e in part.entities):
        known = entities.get(entity.key)
        entities[entity.key] = entity if known is None else known.model_copy(update={"mentions": known.mentions + entity.mentions})
    return shifted[0].model_copy(update={
        "entities": list(entities.values()),
        "meetings": [m for part in shifted for m in part.meetings],
        "statements": [s for part in shifted for s in part.statements],
    })


def _shifted(extraction: Extraction, offset: int) -> Extraction:
    """Offsets relative to a chunk → offsets in the whole article."""
    if offset == 0:
        return extraction

    def move(item):
        return item.model_copy(update={"start": item.start + offset, "end": item.end + offset})

    return extraction.model_copy(update={
        "entities": [e.model_copy(update={"mentions": [move(m) for m in e.mentions]}) for e in extraction.entities],
        "meetings": [m.model_copy(update={"evidence": move(m.evidence)}) for m in extraction.meetings],
        "statements": [s.model_copy(update={"evidence": move(s.evidence)}) for s in extraction.statements],
    })
