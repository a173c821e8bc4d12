"""`de bewindsvrouw`, `de bewindspersoon` (pipeline/linking/offices.py, rule
`office_holder_noun`): the one person the article introduced as a minister or state secretary."""

from __future__ import annotations

from .conftest import parsed, relations

STORY = """
    {title1:<16} PROPN nmod 1 -   {title1}
    {first1:<8} PROPN nsubj   3 B-PER {first1}
    {last1:<8}  PROPN flat    1 I-PER {last1}
    lachte     VERB  ROOT    3 -     lachen
    .          PUNCT punct   3 -     .
    {title2:<16} PROPN nmod 6 -   {title2}
    {first2:<8} PROPN nsubj   8 B-PER {first2}
    {last2:<8}  PROPN flat    6 I-PER {last2}
    knikte     VERB  ROOT    8 -     knikken
    .          PUNCT punct   8 -     .
    De         DET   det     11 -    de
    {noun:<15} NOUN  nsubj   12 -    {noun}
    zegt       VERB  ROOT    12 -    zeggen
    dat        SCONJ mark    15 -    dat
    het        PRON  nsubj   15 -    het
    klopt      VERB  ccomp   12 -    kloppen
    .          PUNCT punct   12 -    .
"""


def story(title1="Minister", title2="Voetballer", noun="bewindspersoon"):
    return parsed(STORY.format(title1=title1, first1="Anna", last1="Smit", title2=title2, first2="Jan", last2="Bos", noun=noun))


def test_statements_an_office_holder_noun_is_the_one_minister_introduced(kb):
    """`Minister Anna Smit lachte. Voetballer Jan Bos knikte. De bewindspersoon zegt dat het
    klopt.`: two people named, one of them a minister."""
    statements, _ = relations(story(), kb)
    assert [s[:3] for s in statements] == [("indirect", "Anna Smit", "zeggen")]


def test_statements_an_office_holder_noun_with_two_office_holders_introduced_is_nobody(kb):
    """`Minister Anna Smit … Staatssecretaris Jan Bos … De bewindspersoon zegt …`"""
    statements, _ = relations(story(title2="Staatssecretaris"), kb)
    assert statements == []


def test_statements_bewindsman_is_no_woman_minister(kb):
    """`Minister Anna Smit … De bewindsman zegt …`: her gender is not his."""
    statements, _ = relations(story(noun="bewindsman"), kb)
    assert [s for s in statements if s[1] == "Anna Smit"] == []
