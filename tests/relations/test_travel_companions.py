"""Who went along with a traveller is no one met (parties.travel_companion, rule
`travel_companion`): `Rutte reisde met Hoekstra naar Berlijn` is a visit of both to Berlijn,
no meeting of the two; `sprak met Hoekstra in Berlijn` still is one."""

from __future__ import annotations

from .conftest import parsed, relations, who_met

WITH = """
    Rutte     PROPN nsubj  1  B-PER  Rutte
    {verb}    VERB  ROOT   1  -      {lemma}
    met       ADP   case   3  -      met
    Hoekstra  PROPN obl    1  B-PER  Hoekstra
    {case}    ADP   case   5  -      {case}
    Berlijn   PROPN obl    1  B-LOC  Berlijn
    .         PUNCT punct  1  -      .
"""


def test_a_bare_met_of_a_journey_is_who_went_along(kb):
    doc = parsed(WITH.format(verb="reisde", lemma="reizen", case="naar"))
    assert who_met(relations(doc, kb)[1]) == [("visit", ["Berlin", "Hoekstra", "Mark Rutte"])]


def test_who_flew_along_is_no_one_met(kb):
    doc = parsed(WITH.format(verb="vloog", lemma="vliegen", case="naar"))
    assert all(kind == "visit" for kind, _ in who_met(relations(doc, kb)[1]))


def test_a_met_without_movement_is_an_encounter(kb):
    """`Rutte sprak met Hoekstra in Berlijn`: talk, no journey."""
    doc = parsed(WITH.format(verb="sprak", lemma="spreken", case="in"))
    assert who_met(relations(doc, kb)[1]) == [("meeting", ["Hoekstra", "Mark Rutte"])]
