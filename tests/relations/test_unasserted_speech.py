"""Speech verbs that report no statement (pipeline/relations/assertion.py, speakers.py,
data/lexicon/): the writer's guess at a thought, a share of a people polled, a verb whose
noun object is the one advised."""

from __future__ import annotations

import pytest

from .conftest import parsed, relations

THOUGHT = """
    {adverb:<12} ADV advmod 2 - {adverb}
    Brussee    PROPN nsubj   2 B-PER Brussee
    dacht      VERB  ROOT    2 -     denken
    dat        SCONJ mark    5 -     dat
    het        PRON  nsubj   5 -     het
    klopte     VERB  ccomp   2 -     kloppen
    .          PUNCT punct   2 -     .
"""


def test_statements_a_thought_the_writer_guesses_at_is_no_statement(kb):
    """`Vermoedelijk dacht Brussee dat het klopte.`"""
    statements, _ = relations(parsed(THOUGHT.format(adverb="Vermoedelijk")), kb)
    assert statements == []


def test_statements_a_thought_reported_as_such_still_is(kb):
    """`Gisteren dacht Brussee dat het klopte.`"""
    statements, _ = relations(parsed(THOUGHT.format(adverb="Gisteren")), kb)
    assert [s[:3] for s in statements] == [("indirect", "Brussee", "denken")]


@pytest.mark.parametrize("table", [
    """Van        ADP   case    2 -     van
       de         DET   det     2 -     de
       Britten    PROPN nsubj   3 B-MISC Britten
       zegt       VERB  ROOT    3 -     zeggen
       49         NUM   nummod  5 -     49
       procent    NOUN  obj     3 -     procent
       dat        SCONJ mark    8 -     dat
       het        PRON  nsubj   8 -     het
       klopt      VERB  ccomp   3 -     kloppen
       .          PUNCT punct   3 -     .""",  # `Van de Britten zegt 49 procent dat …`
    """Toch       ADV   advmod  1 -     toch
       zegt       VERB  ROOT    1 -     zeggen
       49         NUM   nummod  3 -     49
       procent    NOUN  nsubj   1 -     procent
       van        ADP   case    6 -     van
       de         DET   det     6 -     de
       Britten    PROPN nmod    3 B-MISC Britten
       dat        SCONJ mark    9 -     dat
       het        PRON  nsubj   9 -     het
       klopt      VERB  ccomp   1 -     kloppen
       .          PUNCT punct   1 -     .""",  # `Toch zegt 49 procent van de Britten dat …`
])
def test_statements_a_share_of_a_people_polled_is_no_speaker(kb, table):
    statements, _ = relations(parsed(table), kb)
    assert statements == []


def test_statements_advising_someone_is_no_claim_without_a_clause(kb):
    """`Brussee adviseerde gemeenten over de WMO.`: `gemeenten` were advised."""
    doc = parsed("""
        Brussee    PROPN nsubj   1 B-PER Brussee
        adviseerde VERB  ROOT    1 -     adviseren
        gemeenten  NOUN  obj     1 -     gemeente
        over       ADP   case    5 -     over
        de         DET   det     5 -     de
        WMO        PROPN obl     1 B-ORG WMO
        .          PUNCT punct   1 -     .
    """)
    statements, _ = relations(doc, kb)
    assert statements == []
