"""An ally noun NER read as a person before an organisation's name is that organisation's
title (linking/retype.ally_noun_before_organisation, data/lexicon/ally_nouns.txt)."""

from __future__ import annotations

import pytest

from .conftest import parsed, relations

ALLY = """
    {first:<15} PROPN nsubj   2 B-PER {first}
    D66        PROPN flat    0 B-ORG D66
    zegt       VERB  ROOT    2 -     zeggen
    dat        SCONJ mark    5 -     dat
    het        PRON  nsubj   5 -     het
    klopt      VERB  ccomp   2 -     kloppen
    .          PUNCT punct   2 -     .
"""


@pytest.mark.parametrize(("first", "speaker"), [("Coalitiepartner", "D66"), ("Regeringspartner", "D66"), ("Jansen", "Jansen")])
def test_statements_an_ally_noun_before_an_organisation_is_no_person(kb, first, speaker):
    """`Coalitiepartner D66 zegt dat het klopt.`: D66 says it; `Jansen D66 zegt …` keeps Jansen."""
    statements, _ = relations(parsed(ALLY.format(first=first)), kb)
    assert [s[1] for s in statements] == [speaker]
