"""Encounters a verb of denial takes as its complement (denial.contested): `Rutte ontkent dat
hij Merkel heeft ontmoet` is no meeting; `ontkent niet dat …` admits one, and `zegt dat …`
reports one. Parses as the bundled parser gives them."""

from __future__ import annotations

import pytest

from .conftest import parsed, relations

DAT_CLAUSE = """
    Mark       PROPN  nsubj    2  B-PER  Mark
    Rutte      PROPN  flat     0  I-PER  Rutte
    {verb}     VERB   ROOT     2  -      {lemma}
    {neg}      ADV    advmod   2  -      {neg}
    dat        SCONJ  mark     9  -      dat
    hij        PRON   nsubj    9  -      hij
    Angela     PROPN  obj      9  B-PER  Angela
    Merkel     PROPN  flat     6  I-PER  Merkel
    heeft      AUX    aux      9  -      hebben
    ontmoet    VERB   ccomp    2  -      ontmoeten
    .          PUNCT  punct    2  -      .
"""

NOUN_OBJECT = """
    Donald      PROPN  nsubj   2  B-PER  Donald
    Trump       PROPN  flat    0  I-PER  Trump
    {verb}      VERB   ROOT    2  -      {lemma}
    een         DET    det     4  -      een
    ontmoeting  NOUN   obj     2  -      ontmoeting
    met         ADP    case    6  -      met
    Vladimir    PROPN  nmod    4  B-PER  Vladimir
    Poetin      PROPN  flat    6  I-PER  Poetin
    .           PUNCT  punct   2  -      .
"""


@pytest.mark.parametrize("verb,lemma", [("ontkent", "ontkennen"), ("betwist", "betwisten")])
def test_an_encounter_in_the_clause_of_a_denial_is_left_out(kb, verb, lemma):
    doc = parsed(DAT_CLAUSE.format(verb=verb, lemma=lemma, neg="ook"))
    assert relations(doc, kb)[1] == []


def test_a_negated_denial_admits_the_encounter(kb):
    doc = parsed(DAT_CLAUSE.format(verb="ontkent", lemma="ontkennen", neg="niet"))
    assert [m[1] for m in relations(doc, kb)[1]] == [["Angela Merkel", "Mark Rutte"]]


def test_an_encounter_in_the_clause_of_a_speech_verb_is_reported(kb):
    doc = parsed(DAT_CLAUSE.format(verb="zegt", lemma="zeggen", neg="ook"))
    assert [m[1] for m in relations(doc, kb)[1]] == [["Angela Merkel", "Mark Rutte"]]


def test_an_encounter_noun_denied_as_an_object_is_left_out(kb):
    assert relations(parsed(NOUN_OBJECT.format(verb="ontkende", lemma="ontkennen")), kb)[1] == []
    assert [m[1] for m in relations(parsed(NOUN_OBJECT.format(verb="bevestigde", lemma="bevestigen")), kb)[1]] == [
        ["Donald Trump", "Vladimir Putin"]]
