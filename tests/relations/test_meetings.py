"""Meetings (pipeline/relations/meetings.py): triggers, negation, group subjects, receiving a
thing."""

from __future__ import annotations

import pytest

from .conftest import POMPEO_MET_LAVROV, parsed, relations

MEETING = """
    Poetin     PROPN nsubj 2 B-PER Poetin
    {aux}
    ontmoette  VERB  ROOT  2 -     ontmoeten
    Pompeo     PROPN obj   2 B-PER Pompeo
    dinsdag    NOUN  obl   2 -     dinsdag
    in         ADP   case  6 -     in
    Sotsji     PROPN obl   2 B-LOC Sotsji
    .          PUNCT punct 2 -     .
"""


def test_relations_verbal_meeting_with_place_and_date(kb):
    doc = parsed(MEETING.format(aux="al ADV advmod 2 - al"))
    _, meetings = relations(doc, kb)
    assert meetings == [("meeting", ["Mike Pompeo", "Vladimir Putin"], "Sochi", "2019-05-14")]


@pytest.mark.parametrize("blocker", ["niet", "nooit"])
def test_relations_negated_meeting_is_left_out(kb, blocker):
    doc = parsed(MEETING.format(aux=f"{blocker} ADV advmod 2 - {blocker}"))
    assert relations(doc, kb)[1] == []


def test_relations_nominal_meeting_with_coordinated_participants(kb):
    doc = parsed("""
        de      DET   det   1 -     de
        top     NOUN  ROOT  1 -     top
        van     ADP   case  3 -     van
        Kim     PROPN nmod  1 B-PER Kim
        en      CCONJ cc    5 -     en
        Trump   PROPN conj  3 B-PER Trump
        in      ADP   case  7 -     in
        Hanoi   PROPN nmod  1 B-LOC Hanoi
        in      ADP   case  9 -     in
        februari NOUN nmod  1 -     februari
    """)
    assert relations(doc, kb)[1] == [("meeting", ["Donald Trump", "Kim"], "Hanoi", "2019-02")]


def test_relations_meeting_with_an_unnamed_side_is_left_out(kb):
    doc = parsed("""
        Poetin    PROPN nsubj 1 B-PER Poetin
        ontmoette VERB  ROOT  1 -     ontmoeten
        vakbonden NOUN  obj   1 -     vakbond
    """)
    assert relations(doc, kb)[1] == []


def test_relations_call_and_visit(kb):
    call = parsed("""
        Poetin PROPN nsubj 1 B-PER Poetin
        belde  VERB  ROOT  1 -     bellen
        Trump  PROPN obj   1 B-PER Trump
    """)
    visit = parsed("""
        Pompeo's PROPN nmod:poss 2 B-PER Pompeo's
        eerste   ADJ   amod      2 -     eerste
        bezoek   NOUN  ROOT      2 -     bezoek
        aan      ADP   case      4 -     aan
        Rusland  PROPN nmod      2 B-LOC Rusland
    """)
    assert relations(call, kb)[1] == [("call", ["Donald Trump", "Vladimir Putin"], None, None)]
    assert relations(visit, kb)[1] == [("visit", ["Mike Pompeo", "Russia"], "Russia", None)]


def test_relations_visit_to_two_places_is_two_visits(kb):
    doc = parsed("""
        Blok       PROPN nsubj 1 B-PER Blok
        is         AUX   ROOT  1 -     zijn
        op         ADP   case  3 -     op
        bezoek     NOUN  obl   1 -     bezoek
        in         ADP   case  5 -     in
        Australië  PROPN nmod  3 B-LOC Australië
        en         CCONJ cc    7 -     en
        Maleisië   PROPN conj  5 B-LOC Maleisië
    """)
    assert sorted(relations(doc, kb)[1]) == [("visit", ["Australia", "Stef Blok"], "Australia", None),
                                              ("visit", ["Malaysia", "Stef Blok"], "Malaysia", None)]


def test_relations_an_unnamed_group_subject_is_the_previous_encounter(kb):
    """`Pompeo ontmoette Lavrov. De ministers ontvingen daarna Poetin.`: the ministers are the
    two who just met, so all three met."""
    doc = parsed(POMPEO_MET_LAVROV + """
        De         DET   det     5 -     de
        ministers  NOUN  nsubj   6 -     minister
        ontvingen  VERB  ROOT    6 -     ontvangen
        daarna     ADV   advmod  6 -     daarna
        Poetin     PROPN obj     6 B-PER Poetin
        .          PUNCT punct   6 -     .
    """)
    doc[6].set_morph("Number=Plur")
    _, meetings = relations(doc, kb)
    assert [people for _, people, *_ in meetings] == [["Mike Pompeo", "Sergey Lavrov"], ["Mike Pompeo", "Sergey Lavrov", "Vladimir Putin"]]


def test_relations_a_named_plural_subject_is_not_a_group_reference(kb):
    doc = parsed(POMPEO_MET_LAVROV + """
        De         DET   det     5 -     de
        kranten    NOUN  nsubj   6 -     krant
        ontvingen  VERB  ROOT    6 -     ontvangen
        Poetin     PROPN obj     6 B-PER Poetin
        .          PUNCT punct   6 -     .
    """)
    _, meetings = relations(doc, kb)
    assert [people for _, people, *_ in meetings] == [["Mike Pompeo", "Sergey Lavrov"]]


@pytest.mark.parametrize(("obj", "lemma", "meets"), [("geld", "geld", False), ("minister", "minister", True)])
def test_relations_receiving_a_thing_is_no_meeting(kb, obj, lemma, meets):
    """`Meredith ontving geld van Singer` meets nobody; `ontving de minister van Singer` does."""
    doc = parsed(f"""
        Meredith   PROPN nsubj   1 B-PER Meredith
        ontving    VERB  ROOT    1 -     ontvangen
        {obj:10} NOUN  obj     1 -     {lemma}
        van        ADP   case    4 -     van
        Singer     PROPN nmod    2 B-PER Singer
        .          PUNCT punct   1 -     .
    """)
    _, meetings = relations(doc, kb)
    assert bool(meetings) is meets


IDIOM = """
    Rutte      PROPN nsubj 4 B-PER Rutte
    is         AUX   aux   4 -     zijn
    {grade}
    te         ADP   mark  4 -     te
    spreken    VERB  ROOT  4 -     spreken
    {partner}
    .          PUNCT punct 4 -     .
"""


@pytest.mark.parametrize("grade", ["slecht ADJ advmod 4 - slecht", "niet ADV advmod 4 - niet"])
def test_relations_slecht_te_spreken_zijn_over_is_a_judgement_not_a_meeting(kb, grade):
    doc = parsed(IDIOM.format(grade=grade, partner="over ADP case 6 - over\nMerkel PROPN obl 4 B-PER Merkel"))
    assert relations(doc, kb)[1] == []


def test_relations_a_form_of_zijn_without_the_idiom_leaves_the_meeting(kb):
    """`Rutte en Merkel zijn elkaar spreken …` as parsed: `zijn` alone blocks nothing."""
    doc = parsed("""
        Rutte      PROPN nsubj 5 B-PER Rutte
        en         CCONJ cc    2 -     en
        Merkel     PROPN conj  0 B-PER Merkel
        zijn       AUX   aux   5 -     zijn
        elkaar     PRON  obj   5 -     elkaar
        spreken    VERB  ROOT  5 -     spreken
        .          PUNCT punct 5 -     .
    """)
    assert [m[0] for m in relations(doc, kb)[1]] == ["meeting"]


GROUP_AFTER = """
    Rutte      PROPN nsubj 3 B-PER Rutte
    {conj}
    waren      AUX   cop   5 -     zijn
    in         ADP   case  5 -     in
    Brussel    PROPN ROOT  5 B-LOC Brussel
    .          PUNCT punct 5 -     .
    De         DET   det   8 -     de
    twee       NUM   nsubj 9 -     twee
    spraken    VERB  ROOT  9 -     spreken
    elkaar     PRON  obj   9 -     elkaar
    .          PUNCT punct 9 -     .
"""


def test_relations_a_group_subject_is_the_pair_named_as_the_subject_before(kb):
    doc = parsed(GROUP_AFTER.format(conj="en CCONJ cc 2 - en\n    Merkel PROPN conj 0 B-PER Merkel"))
    assert relations(doc, kb)[1] == [("meeting", ["Angela Merkel", "Mark Rutte"], None, None)]


def test_relations_a_group_subject_after_one_name_is_nobody(kb):
    doc = parsed(GROUP_AFTER.format(conj="ook ADV advmod 0 - ook\n    alleen ADV advmod 0 - alleen"))
    assert relations(doc, kb)[1] == []
