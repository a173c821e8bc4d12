"""A fronted demonstrative object before a person (linking/subjects.fronted_object_before_person):
the person after the verb is the subject, so a later pronoun can take them."""

from __future__ import annotations

from .conftest import parsed, relations

# `De rechter zegt het. {Dat vermoeden} spreekt officier van justitie Emi Jansen uit. Wat haar betreft is er sprake van feit.`
FRONTED = """
    De        DET   det          1  -     de
    rechter   NOUN  nsubj        2  -     rechter
    zegt      VERB  ROOT         2  -     zeggen
    het       PRON  obj          2  -     het
    .         PUNCT punct        2  -     .
    {opener:<9} DET   det          6  -     {opener_lemma}
    {noun:<9} NOUN  nsubj        7  -     {noun}
    spreekt   VERB  ROOT         7  -     uitspreken
    officier  NOUN  obj          7  -     officier
    van       ADP   case         10 -     van
    justitie  NOUN  nmod         8  -     justitie
    Emi       PROPN appos        10 B-PER Emi
    Jansen    PROPN flat         11 I-PER Jansen
    uit       ADP   compound:prt 7  -     uit
    .         PUNCT punct        7  -     .
    Wat       PRON  nsubj        17 -     wat
    haar      PRON  nmod:poss    17 -     haar
    betreft   VERB  ROOT         17 -     betreffen
    is        AUX   cop          17 -     zijn
    er        ADV   advmod       17 -     er
    sprake    NOUN  nsubj        17 -     sprake
    van       ADP   case         22 -     van
    feit      NOUN  nmod         20 -     feit
    .         PUNCT punct        17 -     .
"""


def test_linking_the_person_after_a_fronted_demonstrative_object_is_the_subject(kb):
    """`Dat vermoeden spreekt officier van justitie Emi Jansen uit`: Emi Jansen is the subject,
    so `haar` in the next sentence is hers, not the nameless `de rechter`'s."""
    statements = relations(parsed(FRONTED.format(opener="Dat", opener_lemma="dat", noun="vermoeden")), kb)[0]
    assert ("Emi Jansen", "wat betreft") in [(s[1], s[2]) for s in statements]


def test_statements_a_fronted_dat_noun_object_is_what_the_person_after_the_verb_said(kb):
    """`Dat vermoeden spreekt officier van justitie Emi Jansen uit`: she voices what `Dat
    vermoeden` stands for, the sentence before; the officer is no thing spoken of."""
    statements = relations(parsed(FRONTED.format(opener="Dat", opener_lemma="dat", noun="vermoeden")), kb)[0]
    assert ("indirect", "Emi Jansen", "uitspreken", "De rechter zegt het.", None) in statements


def test_linking_a_fronted_person_noun_stays_the_subject(kb):
    """`Die minister spreekt officier Emi Jansen uit`: the fronted phrase is a person, the
    parse stands, and `haar` goes to the nameless subjects before her."""
    statements = relations(parsed(FRONTED.format(opener="Die", opener_lemma="die", noun="minister")), kb)[0]
    assert statements == []
