"""Hand-built parses (UD labels) for the relation rules, so each test checks one rule,
whatever a model would make of the sentence: `parsed` builds the Doc, `relations` runs
linking, statements and meetings on it."""

from __future__ import annotations

from datetime import date

import spacy
from spacy.tokens import Doc

from pipeline.entities import doc_mentions
from pipeline.linking import link_entities
from pipeline.relations import extract_meetings, extract_statements

VOCAB = spacy.blank("nl").vocab


def parsed(table: str) -> Doc:
    """One token a line: `word POS dep head-index entity lemma` (head is absolute, 0-based;
    `-` for no entity)."""
    rows = [line.split() for line in table.strip().splitlines() if line.strip()]
    words = [r[0] for r in rows]
    spaces = [i + 1 < len(words) and words[i + 1] not in ".,:?'" and not (r[0] in ",,'" and i == 0) for i, r in enumerate(rows)]
    return Doc(VOCAB, words=words, spaces=spaces, pos=[r[1] for r in rows], deps=[r[2] for r in rows], heads=[int(r[3]) for r in rows],
               ents=[r[4] if r[4] != "-" else "O" for r in rows], lemmas=[r[5] for r in rows])


# Opening sentences several tests build on (token indices 0-3 and 0-2).
POMPEO_MET_LAVROV = """
        Pompeo     PROPN nsubj   1 B-PER Pompeo
        ontmoette  VERB  ROOT    1 -     ontmoeten
        Lavrov     PROPN obj     1 B-PER Lavrov
        .          PUNCT punct   1 -     .
"""


BRUSSEE_REACTED = """
        Brussee    PROPN nsubj   1 B-PER Brussee
        reageerde  VERB  ROOT    1 -     reageren
        .          PUNCT punct   1 -     .
"""


def _extracted_and_linked(doc: Doc, kb, published: str | None, lexicon):
    day = date.fromisoformat(published) if published and len(published) == 10 else None
    linked = link_entities(doc, doc_mentions(doc, lexicon=lexicon), kb, day, lexicon=lexicon)
    statements = extract_statements(doc, linked, "d", published, lexicon)
    return statements, extract_meetings(doc, linked, "d", published, statements, lexicon), linked


def extracted(doc: Doc, kb, published: str | None = "2019-05-14", lexicon=None):
    """(ArticleStatements, ArticleMeetings) of the Doc, as the pipeline gives them."""
    statements, meetings, _ = _extracted_and_linked(doc, kb, published, lexicon)
    return statements, meetings


def relations(doc: Doc, kb, published: str = "2019-05-14", lexicon=None):
    """(statements, meetings) of the Doc, as tuples of names; `lexicon` defaults to data/lexicon/.
    A meeting's date is the one its sentence states (None when it falls back to `published`)."""
    statements, meetings, linked = _extracted_and_linked(doc, kb, published, lexicon)
    names = {e.key: e.name for e in linked.entities}
    return ([(s.type, names[s.speaker], s.cue, s.text, names.get(s.addressee)) for s in statements],
            [(m.type, sorted(names[p] for p in m.participants), names.get(m.place), m.date if m.date_source == "text" else None) for m in meetings])


def who_met(meetings) -> list[tuple[str, list[str]]]:
    """The kind and participants of each meeting `relations` gives: who met whom, no place or date."""
    return [(m[0], m[1]) for m in meetings]
