"""Common words a sentence opens with, read as names: `Trots gelaat`, `Kleine groep` (an
article's subheadings, run into the next sentence in the text) and `Ambtenaren klagen …`
typed as persons or places by NER, which takes a capital for a name.

In:  the Doc and its entity mentions, the knowledge base.
Out: the mentions without those words.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.attrs import ORTH
from spacy.tokens import Doc

from ..entities import EntityMention
from ..entity_rules import opens_sentence
from ..kb import KnowledgeBase
from ..names import may_be_given_name
from ..tokens import token_indices


def drop_sentence_opening_words(doc: Doc, mentions: Sequence[EntityMention], kb: KnowledgeBase) -> list[EntityMention]:
    """Rule `sentence_opening_word`: `Trots gelaat Eerder die ochtend …`, `Ambtenaren klagen
    steen en been` beside `ambtenaren vallen …`, `Privacy is een gevoelig punt` beside `de
    privacy`: a one-word name that the article writes with a capital only where a sentence
    (or a subheading) opens, and elsewhere in lowercase, is that common word, no entity:
    all its mentions go. Not a name the knowledge base knows (`Trouw` beside `trouw`, `Kampen`
    beside `kampen`), a given name (`Roos`), a word of a longer name in the article (`Koning
    zei …` after `Jan Koning`), nor one the article also writes with its capital inside a
    sentence (`zegt Vlek`)."""
    words = {m.name for m in mentions if not m.description and m.name.isalpha() and m.name[:1].isupper()}
    if not words:
        return list(mentions)
    lowercase = {doc[i].text for i in token_indices(doc, ORTH, lambda text: text.islower() and text.capitalize() in words)}
    parts = {part for m in mentions if " " in m.name for part in m.name.split()}  # `Koning` after `Jan Koning` is his surname
    candidates = {w for w in words if w.lower() in lowercase and w not in parts and not may_be_given_name(w)}
    if not candidates:
        return list(mentions)
    capitalised_inside = {doc[i].text for i in token_indices(doc, ORTH, candidates.__contains__) if not opens_sentence(doc, i)}
    dropped = {w for w in candidates - capitalised_inside if kb.lookup(w, fuzzy=False) is None}
    return [m for m in mentions if m.description or m.name not in dropped]
