"""Clauses of a speech verb the parser hung elsewhere (content `clause_on_a_noun`,
`question_as_conjunct`) and the stance predicate `zijn van mening dat …` (reports
`stance_predicate_reports`)."""

from __future__ import annotations

from .conftest import parsed, relations

TOLD_THE_PAPER = """
    Rutte      PROPN nsubj   1 B-PER Rutte
    vertelde   VERB  ROOT    1 -     vertellen
    de         DET   det     3 -     de
    {noun:<10} NOUN  obj     1 -     {noun}
    dat        SCONJ mark    7 -     dat
    de         DET   det     6 -     de
    economie   NOUN  nsubj   7 -     economie
    groeit     VERB  acl:relcl 3 -   groeien
    .          PUNCT punct   1 -     .
"""


def test_statements_a_dat_clause_hung_on_the_one_told_is_what_was_told(kb):
    """`Rutte vertelde de krant dat de economie groeit`, the clause parsed as a relative
    clause of `krant`: `dat` cannot relativise a common-gender noun, so it is the verb's
    complement. On a neuter noun (`vertelde het verhaal dat …`) it may be a relative clause
    (`vertellen` with a thing as object says nothing, data/lexicon/thing_object_verbs.txt)."""
    told = relations(_with_gender(parsed(TOLD_THE_PAPER.format(noun="krant")), "Com"), kb)[0]
    assert told == [("indirect", "Mark Rutte", "vertellen", "dat de economie groeit", None)]
    assert relations(_with_gender(parsed(TOLD_THE_PAPER.format(noun="verhaal")), "Neut"), kb)[0] == []


def _with_gender(doc, gender):
    """The Doc with its object noun (token 3) of that grammatical gender, as a tagger gives it."""
    doc[3].set_morph(f"Gender={gender}|Number=Sing")
    return doc


WONDERS = """
    Rutte      PROPN nsubj   1 B-PER Rutte
    vraagt     VERB  ROOT    1 -     vragen
    zich       PRON  expl:pv 1 -     zich
    af         ADP   compound:prt 1 - af
    {opener:<10} CCONJ cc    7 -     {opener}
    de         DET   det     6 -     de
    economie   NOUN  nsubj   7 -     economie
    groeit     VERB  conj    1 -     groeien
    .          PUNCT punct   1 -     .
"""


def test_statements_an_indirect_question_parsed_as_a_conjunct_is_the_question(kb):
    """`Rutte vraagt zich af of de economie groeit`, `of` taken for a coordinator: the
    conjunct opening with it is the question asked; `… af en de economie groeit` is a
    second clause, no content."""
    asked = relations(parsed(WONDERS.format(opener="of")), kb)[0]
    assert asked == [("indirect", "Mark Rutte", "afvragen", "of de economie groeit", None)]
    assert relations(parsed(WONDERS.format(opener="en")), kb)[0] == []


OF_OPINION = """
    De         DET   det     1 -     de
    VVD        PROPN nsubj   4 B-ORG VVD
    is         AUX   cop     4 -     zijn
    al         ADV   advmod  4 -     al
    jaren      NOUN  ROOT    4 -     jaar
    van        ADP   case    4 -     van
    {noun:<10} NOUN  fixed   5 -     {noun}
    {after}
    de         DET   det     9 -     de
    belasting  NOUN  nsubj   11 -    belasting
    omlaag     ADJ   xcomp   11 -    omlaag
    moet       AUX   acl:relcl 4 -   moeten
    .          PUNCT punct   4 -     .
"""


def test_statements_being_of_the_opinion_that_states_a_view(kb):
    """`De VVD is al jaren van mening dat de belasting omlaag moet` (whatever the parser made
    the root): the view of the one named before `van mening`. `van plan` is no stance noun,
    and without `dat` nothing is stated."""
    stated = relations(parsed(OF_OPINION.format(noun="mening", after="dat SCONJ mark 11 - dat")), kb)[0]
    assert stated == [("indirect", "VVD", "van mening", "dat de belasting omlaag moet", None)]
    assert relations(parsed(OF_OPINION.format(noun="plan", after="dat SCONJ mark 11 - dat")), kb)[0] == []
    assert relations(parsed(OF_OPINION.format(noun="mening", after="en CCONJ cc 11 - en")), kb)[0] == []
