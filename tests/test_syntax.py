"""UD-tree helpers (pipeline/syntax.py) on hand-built parses: a verb has one subject."""

from __future__ import annotations

from .relations.conftest import POMPEO_MET_LAVROV, parsed, relations


def test_relations_the_pronoun_after_the_verb_is_the_subject_of_two(kb):
    """`Ook Merkel belt hij vaak.` with both labelled nsubj: V2 put the object first, and
    `hij` (Pompeo, the previous subject) calls (with `graag` it would be a liking, no call)."""
    doc = parsed(POMPEO_MET_LAVROV + """
        Ook        ADV   advmod  5 -     ook
        Merkel     PROPN nsubj   6 B-PER Merkel
        belt       VERB  ROOT    6 -     bellen
        hij        PRON  nsubj   6 -     hij
        vaak       ADV   advmod  6 -     vaak
        .          PUNCT punct   6 -     .
    """)
    assert [(kind, people) for kind, people, *_ in relations(doc, kb)[1]] == [
        ("meeting", ["Mike Pompeo", "Sergey Lavrov"]), ("call", ["Angela Merkel", "Mike Pompeo"])]
