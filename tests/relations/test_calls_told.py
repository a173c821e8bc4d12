"""A call told by the one called (calls.reported_callee, rule `call_to_the_teller`):
`Linda zei dat Joëlle opbelde` is a call between the two; a call that names whom it reached
or one the teller made is not read so."""

from __future__ import annotations

from .conftest import parsed, relations, who_met

TOLD = """
    Linda     PROPN nsubj  1  B-PER  Linda
    zei       VERB  ROOT   1  -      zeggen
    dat       SCONJ mark   {verb}  -  dat
    {caller}  {cpos} nsubj  {verb}  {cent}  {clemma}
    {rest}
    .         PUNCT punct  1  -      .
"""


def test_a_call_told_by_a_person_reached_the_teller(kb):
    doc = parsed(TOLD.format(verb=4, caller="Joëlle", cpos="PROPN", cent="B-PER", clemma="Joëlle",
                             rest="opbelde VERB ccomp 1 - opbellen"))
    assert who_met(relations(doc, kb)[1]) == [("call", ["Joëlle", "Linda"])]


def test_a_call_that_names_whom_it_reached_is_not_the_tellers(kb):
    """`Linda zei dat Joëlle Leo belde`: Joëlle called Leo, not Linda."""
    doc = parsed(TOLD.format(verb=5, caller="Joëlle", cpos="PROPN", cent="B-PER", clemma="Joëlle",
                             rest="Leo PROPN obj 5 B-PER Leo\n    belde VERB ccomp 1 - bellen"))
    assert who_met(relations(doc, kb)[1]) == [("call", ["Joëlle", "Leo"])]


def test_a_call_of_the_teller_has_no_other_side(kb):
    """`Linda zei dat Linda belde`, the teller as the caller."""
    doc = parsed(TOLD.format(verb=4, caller="Linda", cpos="PROPN", cent="B-PER", clemma="Linda",
                             rest="belde VERB ccomp 1 - bellen"))
    assert relations(doc, kb)[1] == []
