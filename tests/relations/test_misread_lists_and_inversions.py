"""Meeting constructions the bundled parser breaks (hand-built parses as it gives them):
an inverted past plural taken for a noun with its subject as an apposition
(`morphology.apposed_subject`), a list of people with its second name hung as an apposition
(`bystanders._bracketed_after_a_person`), and a foreign name hung on the verb as an adverb
and an adjective (`arguments.misparsed_name_object`, `morphology.is_verb`)."""

from __future__ import annotations

from pipeline.relations.morphology import apposed_subject, is_verb

from .conftest import parsed, relations, who_met

INVERTED = """
    Daarna      ADV   advmod 1 -     daarna
    {verb}      NOUN  ROOT   1 -     {verb}
    Mark        PROPN appos  1 B-PER Mark
    Rutte       PROPN flat   2 I-PER Rutte
    en          CCONJ cc     5 -     en
    Angela      PROPN conj   2 B-PER Angela
    Merkel      PROPN flat   5 I-PER Merkel
    .           PUNCT punct  1 -     .
"""


def test_an_inverted_past_plural_taken_for_a_noun_is_the_verb_and_its_apposition_the_subject(kb):
    doc = parsed(INVERTED.format(verb="overlegden"))
    assert is_verb(doc[1]) and apposed_subject(doc[1]) == doc[2]
    assert who_met(relations(doc, kb)[1]) == [("meeting", ["Angela Merkel", "Mark Rutte"])]


def test_a_noun_opening_its_sentence_or_with_a_determiner_is_no_inverted_verb():
    headline = parsed("""
        Premier  NOUN  ROOT  0 -     premier
        Mark     PROPN appos 0 B-PER Mark
        Rutte    PROPN flat  1 I-PER Rutte
    """)
    assert apposed_subject(headline[0]) is None and not is_verb(headline[0])
    with_determiner = parsed("""
        Daarna   ADV   advmod 2 -     daarna
        het      DET   det    2 -     het
        overleg  NOUN  ROOT   2 -     overleg
        Mark     PROPN appos  2 B-PER Mark
        Rutte    PROPN flat   3 I-PER Rutte
    """)
    assert not is_verb(with_determiner[2])


LISTED = """
    Angela    PROPN nsubj 2 B-PER Angela
    Merkel    PROPN flat  0 I-PER Merkel
    ontving   VERB  ROOT  2 -     ontvangen
    Mark      PROPN obj   2 B-PER Mark
    Rutte     PROPN flat  3 I-PER Rutte
    ,         PUNCT punct 6 -     ,
    Emmanuel  PROPN appos 3 B-PER Emmanuel
    Macron    PROPN flat  6 I-PER Macron
    en        CCONJ cc    9 -     en
    Giuseppe  PROPN conj  3 B-PER Giuseppe
    Conte     PROPN flat  9 I-PER Conte
    .         PUNCT punct 2 -     .
"""


def test_a_person_after_a_comma_after_a_person_is_the_next_of_a_list_not_an_affiliation(kb):
    assert who_met(relations(parsed(LISTED), kb)[1]) == [("meeting", ["Angela Merkel", "Emmanuel Macron", "Giuseppe Conte", "Mark Rutte"])]


def test_a_party_after_a_comma_after_a_person_stays_an_affiliation(kb):
    doc = parsed("""
        Angela    PROPN nsubj 2 B-PER Angela
        Merkel    PROPN flat  0 I-PER Merkel
        ontving   VERB  ROOT  2 -     ontvangen
        Mark      PROPN obj   2 B-PER Mark
        Rutte     PROPN flat  3 I-PER Rutte
        ,         PUNCT punct 6 -     ,
        VVD       PROPN appos 3 B-ORG VVD
        .         PUNCT punct 2 -     .
    """)
    assert who_met(relations(doc, kb)[1]) == [("meeting", ["Angela Merkel", "Mark Rutte"])]


MISREAD_NAME = """
    De              DET   det    2  -      de
    president       NOUN  nsubj  8  -      president
    Donald          PROPN appos  1  B-PER  Donald
    Trump           PROPN flat   2  I-PER  Trump
    en              CCONJ cc     5  -      en
    leider          NOUN  conj   1  -      leider
    Kim             ADV   advmod 8  B-PER  Kim
    {last}
    ontmoetten      NOUN  ROOT   8  -      ontmoett
    elkaar          PRON  obj    8  -      elkaar
    .               PUNCT punct  8  -      .
"""


def test_a_name_hung_on_the_verb_as_an_adverb_and_an_adjective_takes_part(kb):
    doc = parsed(MISREAD_NAME.format(last="Jong-un ADJ amod 8 I-PER Jong-un"))
    assert is_verb(doc[8])
    assert who_met(relations(doc, kb)[1]) == [("meeting", ["Donald Trump", "Kim Jong-un"])]


def test_an_adjective_that_names_no_one_keeps_the_word_a_noun():
    doc = parsed(MISREAD_NAME.format(last="lange ADJ amod 8 - lang"))
    assert not is_verb(doc[8])


ARRIVED = """
    Kim          ADV   advmod 2  B-PER Kim
    Jong-un      ADJ   xcomp  2  I-PER Jong-un
    arriveerde   VERB  ROOT   2  -     arriveren
    dinsdag      PROPN advmod 2  -     dinsdag
    in           ADP   case   5  -     in
    Vladivostok  PROPN obl    2  B-LOC Vladivostok
    voor         ADP   case   8  -     voor
    een          DET   det    8  -     een
    ontmoeting   NOUN  obl    2  -     ontmoeting
    met          ADP   case   10 -     met
    Vladimir     PROPN nmod   8  B-PER Vladimir
    Poetin       PROPN flat   10 I-PER Poetin
    .            PUNCT punct  2  -     .
"""


def test_a_misparsed_name_opening_the_sentence_is_the_subject_who_travels(kb):
    """`arguments.verb_subject`: the traveller visits the place and meets whom the purpose
    phrase names; the place is no party to the meeting."""
    assert sorted(who_met(relations(parsed(ARRIVED), kb)[1])) == [
        ("meeting", ["Kim Jong-un", "Vladimir Putin"]), ("visit", ["Kim Jong-un", "Vladivostok"])]


JOINT_VISIT = """
    Koning          NOUN  nsubj  4  -     koning
    Willem-Alexander PROPN appos 0  B-PER Willem-Alexander
    en              CCONJ cc     3  -     en
    {second}
    brachten        VERB  ROOT   4  -     brengen
    een             DET   det    6  -     een
    staatsbezoek    NOUN  obj    4  -     staatsbezoek
    aan             ADP   case   8  -     aan
    {target}
    .               PUNCT punct  4  -     .
"""


def test_a_visit_by_the_people_of_the_subject_is_one_visit_not_a_meeting_among_them(kb):
    """Rule `joint_visit` (meetings._joint_visitors)."""
    doc = parsed(JOINT_VISIT.format(second="Máxima PROPN conj 1 B-PER Máxima", target="Duitsland PROPN nmod 6 B-LOC Duitsland"))
    assert who_met(relations(doc, kb)[1]) == [("visit", ["Germany", "Máxima", "Willem-Alexander"])]


def test_a_visit_to_a_person_outside_the_subject_is_a_meeting_with_them(kb):
    doc = parsed(JOINT_VISIT.format(second="Máxima PROPN conj 1 B-PER Máxima", target="Merkel PROPN nmod 6 B-PER Merkel"))
    assert who_met(relations(doc, kb)[1]) == [("meeting", ["Angela Merkel", "Máxima", "Willem-Alexander"])]


CUT_FROM_A_NAME = """
    Hoekstra     PROPN nsubj  5  B-PER Hoekstra
    heeft        AUX   aux    5  -     hebben
    in           ADP   case   3  -     in
    Washington   PROPN obl    5  B-LOC Washington
    {noun:<12} {pos:<5} flat 3  -     {noun}
    gevoerd      VERB  ROOT   5  -     voeren
    met          ADP   case   7  -     met
    Mnuchin      PROPN obl    5  B-PER Mnuchin
    .            PUNCT punct  5  -     .
"""


def test_a_common_noun_hung_as_part_of_a_name_stands_where_the_name_stands(kb):
    """Rule `common_noun_cut_from_a_name` (noun_parties.cut_from_a_name): the light verb
    carries the encounter noun the parser hung on `Washington`."""
    doc = parsed(CUT_FROM_A_NAME.format(noun="overleg", pos="NOUN"))
    assert who_met(relations(doc, kb)[1]) == [("meeting", ["Hoekstra", "Steven Mnuchin"])]


def test_a_capitalised_word_of_a_name_stays_in_it():
    from pipeline.relations.noun_parties import cut_from_a_name

    doc = parsed(CUT_FROM_A_NAME.format(noun="DC", pos="PROPN"))
    assert cut_from_a_name(doc[4]) == doc[4]
    assert cut_from_a_name(parsed(CUT_FROM_A_NAME.format(noun="overleg", pos="NOUN"))[4]).text == "Washington"
