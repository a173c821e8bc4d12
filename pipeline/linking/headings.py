"""Subheadings read as names: a word a newspaper puts above a paragraph, run into the text
(`… aldus de advocaat. Wapen De rechtbank stemde niet in …`), which NER tags as a person or
a body.

In:  the Doc (its sentences: `sentences.is_heading`), its entity mentions, the knowledge base.
Out: the mentions without those subheadings.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc

from ..entities import EntityMention
from ..kb import KnowledgeBase
from ..names import may_be_given_name
from ..sentences import is_heading


def drop_subheadings(doc: Doc, mentions: Sequence[EntityMention], kb: KnowledgeBase) -> list[EntityMention]:
    """Rule `subheading_no_name`: a mention that is the whole of a one-word subheading
    (`Wapen`, `Bedrog`, `Kentering`) names nothing: it was the paragraph's title. A word
    the knowledge base knows or a given name stays (`Rutte`, `Ajax` as a heading)."""
    if not (doc.has_annotation("SENT_START") or doc.has_annotation("DEP")):
        return list(mentions)  # no sentences, so no subheading to tell
    kept = []
    for mention in mentions:
        span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
        # a sentence of this one word: it starts one and the next word starts another (no `Span.sent` walk)
        if span is not None and len(span) == 1 and span[0].is_sent_start and (span.end == len(doc) or doc[span.end].is_sent_start) \
                and is_heading(span) and kb.lookup(mention.name, fuzzy=False) is None and not may_be_given_name(mention.name):
            continue
        kept.append(mention)
    return kept
