"""A pronoun after `volgens` (pipeline/relations/reports.py, pipeline/linking/pronouns.py):
`volgens haar deels` is her view however the parser hangs `haar` (`volgens_possessive`), and
she is whose claim the sentence is, so a later `ze` is her (`source_pronoun_as_subject`)."""

from __future__ import annotations

import pytest

from .conftest import parsed, relations

OWN_VIEW = """
    Anna       PROPN nsubj   2 B-PER Anna
    Smit       PROPN flat    0 I-PER Smit
    lachte     VERB  ROOT    2 -     lachen
    .          PUNCT punct   2 -     .
    Dat        PRON  nsubj   5 -     dat
    komt       VERB  ROOT    5 -     komen
    volgens    ADP   case    8 -     volgens
    {pronoun:<10} PRON nmod:poss 8 - {pronoun}
    {noun:<10} NOUN  obl     5 -     {lemma}
    doordat    SCONJ mark    11 -    doordat
    het        PRON  nsubj   11 -    het
    regent     VERB  advcl   5 -     regenen
    .          PUNCT punct   5 -     .
"""


@pytest.mark.parametrize(("pronoun", "noun"), [("haar", "deels"), ("hem", "lijdzaam")])
def test_statements_volgens_a_pronoun_parsed_as_a_possessive_of_no_one_is_their_view(kb, pronoun, noun):
    """`Dat komt volgens haar deels doordat het regent`: the parser made `deels` a plural noun
    `haar` possesses; `volgens hem lijdzaam`: `hem` possesses nothing."""
    first = "Anna" if pronoun == "haar" else "Jan"
    statements, _ = relations(parsed(OWN_VIEW.format(noun=noun, lemma=noun, pronoun=pronoun).replace("Anna", first)), kb)
    assert [s[:3] for s in statements] == [("indirect", f"{first} Smit", "volgens")]


@pytest.mark.parametrize("noun", ["advocaat", "partijgenote"])
def test_statements_volgens_someone_of_hers_is_not_her_view(kb, noun):
    """`volgens haar advocaat`, `volgens zijn partijgenote`: another's claim, and they are not named."""
    statements, _ = relations(parsed(OWN_VIEW.format(noun=noun, lemma=noun, pronoun="haar")), kb)
    assert statements == []


SOURCE_THEN_PRONOUN = """
    Anna       PROPN nsubj   2 B-PER Anna
    Smit       PROPN flat    0 I-PER Smit
    lachte     VERB  ROOT    2 -     lachen
    .          PUNCT punct   2 -     .
    Het        PRON  nsubj   5 -     het
    regent     VERB  ROOT    5 -     regenen
    .          PUNCT punct   5 -     .
    {marker:<8} ADP  case    8 -     {marker}
    haar       PRON  obl     9 -     haar
    klopt      VERB  ROOT    9 -     kloppen
    het        PRON  nsubj   9 -     het
    ,          PUNCT punct   15 -    ,
    zoals      SCONJ mark    15 -    zoals
    Jan        PROPN nsubj   15 B-PER Jan
    Bos        PROPN flat    13 I-PER Bos
    weet       VERB  advcl   9 -     weten
    .          PUNCT punct   9 -     .
    Het        PRON  nsubj   18 -    het
    waait      VERB  ROOT    18 -    waaien
    .          PUNCT punct   18 -    .
    '          PUNCT punct   21 -    '
    Goed       ADJ   ROOT    21 -    goed
    '          PUNCT punct   21 -    '
    ,          PUNCT punct   24 -    ,
    zegt       VERB  parataxis 21 -  zeggen
    ze         PRON  nsubj   24 -    ze
    .          PUNCT punct   21 -    .
"""


def test_statements_a_pronoun_after_volgens_is_a_subject_a_later_pronoun_refers_to(kb):
    """`Anna Smit lachte. Het regent. Volgens haar klopt het, zoals Jan Bos weet. Het waait.
    'Goed', zegt ze.`: Anna Smit is out of the window, but `volgens haar` in it is her."""
    statements, _ = relations(parsed(SOURCE_THEN_PRONOUN.format(marker="Volgens")), kb)
    assert [s[:4] for s in statements if s[0] == "direct"] == [("direct", "Anna Smit", "zeggen", "Goed")]


def test_statements_a_pronoun_after_another_preposition_is_no_subject(kb):
    """`Met haar klopt het`: `haar` claims nothing, so `ze` has no one in reach."""
    statements, _ = relations(parsed(SOURCE_THEN_PRONOUN.format(marker="Met")), kb)
    assert [s for s in statements if s[0] == "direct"] == []
