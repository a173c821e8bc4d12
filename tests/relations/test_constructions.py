"""Meeting constructions added for unseen news (pipeline/relations/meetings.py, parties.py):
event-noun compounds, reciprocals, light verb + event noun, visits as movement, `in gesprek`."""

from __future__ import annotations

import pytest

from pipeline.compounds import compound_parts
from pipeline.lexicon import load_lexicon

from .conftest import parsed, relations, who_met


@pytest.mark.parametrize(("word", "parts"), [
    ("spoedoverleg", ("spoed", "overleg")), ("kennismakingsgesprek", ("kennismakings", "gesprek")),
    ("NAVO-top", ("navo", "top")), ("EU-top", ("eu", "top")), ("werkbezoek", ("werk", "bezoek")),
    ("top", None), ("laptop", None), ("bergtop", None), ("topman", None), ("bezoeker", None),
])
def test_constructions_compound_heads(word, parts):
    assert compound_parts(word, load_lexicon().compound_heads) == parts


COMPOUND = """
    Rutte      PROPN nsubj 1 B-PER Rutte
    had        VERB  ROOT  1 -     hebben
    een        DET   det   3 -     een
    {noun}     NOUN  obj   1 -     {noun}
    met        ADP   case  5 -     met
    Merkel     PROPN nmod  3 B-PER Merkel
    .          PUNCT punct 1 -     .
"""


@pytest.mark.parametrize(("noun", "kind"), [("spoedoverleg", "meeting"), ("videogesprek", "call"), ("kennismakingsgesprek", "meeting")])
def test_constructions_an_event_noun_compound_is_an_encounter(kb, noun, kind):
    assert relations(parsed(COMPOUND.format(noun=noun)), kb)[1] == [(kind, ["Angela Merkel", "Mark Rutte"], None, None)]


@pytest.mark.parametrize("noun", ["laptop", "topman", "spoedoperatie"])
def test_constructions_a_word_ending_like_a_head_is_no_encounter(kb, noun):
    assert relations(parsed(COMPOUND.format(noun=noun)), kb)[1] == []


RECIPROCAL = """
    Rutte      PROPN nsubj 3 B-PER Rutte
    en         CCONJ cc    2 -     en
    Merkel     PROPN conj  0 B-PER Merkel
    {verb}     VERB  ROOT  3 -     {lemma}
    elkaar     PRON  obj   3 -     elkaar
    in         ADP   case  6 -     in
    Rome       PROPN obl   3 B-LOC Rome
    .          PUNCT punct 3 -     .
"""


def test_constructions_a_reciprocal_contact_verb_is_a_meeting(kb):
    doc = parsed(RECIPROCAL.format(verb="zagen", lemma="zien"))
    assert relations(doc, kb)[1] == [("meeting", ["Angela Merkel", "Mark Rutte"], "Rome", None)]


def test_constructions_a_reciprocal_of_another_verb_is_no_meeting(kb):
    assert relations(parsed(RECIPROCAL.format(verb="hielpen", lemma="helpen")), kb)[1] == []


def test_constructions_the_light_verb_takes_the_partner(kb):
    """`Rutte had dinsdag een onderhoud met Merkel`, the `met` phrase hung on `had`."""
    doc = parsed("""
        Rutte      PROPN nsubj 1 B-PER Rutte
        had        VERB  ROOT  1 -     hebben
        een        DET   det   3 -     een
        onderhoud  NOUN  obj   1 -     onderhoud
        met        ADP   case  5 -     met
        Merkel     PROPN obl   1 B-PER Merkel
        .          PUNCT punct 1 -     .
    """)
    assert relations(doc, kb)[1] == [("meeting", ["Angela Merkel", "Mark Rutte"], None, None)]


def test_constructions_a_partner_of_another_verb_is_not_the_encounters(kb):
    """`Na het gesprek vertrok Rutte met Merkel`: `vertrekken` is no light verb."""
    doc = parsed("""
        Na         ADP   case  2 -     na
        het        DET   det   2 -     het
        gesprek    NOUN  obl   3 -     gesprek
        vertrok    VERB  ROOT  3 -     vertrekken
        Rutte      PROPN nsubj 3 B-PER Rutte
        met        ADP   case  6 -     met
        Merkel     PROPN obl   3 B-PER Merkel
        .          PUNCT punct 3 -     .
    """)
    assert relations(doc, kb)[1] == []


def test_constructions_a_visit_to_a_person_through_the_light_verb_is_a_meeting(kb):
    """`Blok ging bij Rutte op bezoek`."""
    doc = parsed("""
        Blok       PROPN nsubj 1 B-PER Blok
        ging       VERB  ROOT  1 -     gaan
        bij        ADP   case  3 -     bij
        Rutte      PROPN obl   1 B-PER Rutte
        op         ADP   case  5 -     op
        bezoek     NOUN  obl   1 -     bezoek
        .          PUNCT punct 1 -     .
    """)
    assert relations(doc, kb)[1] == [("meeting", ["Mark Rutte", "Stef Blok"], None, None)]


def test_constructions_travel_to_a_place_is_a_visit(kb):
    """`Rutte reisde af naar Berlijn`."""
    doc = parsed("""
        Rutte      PROPN nsubj        1 B-PER Rutte
        reisde     VERB  ROOT         1 -     reizen
        af         ADP   compound:prt 1 -     af
        naar       ADP   case         4 -     naar
        Berlijn    PROPN obl          1 B-LOC Berlijn
        .          PUNCT punct        1 -     .
    """)
    assert relations(doc, kb)[1] == [("visit", ["Berlin", "Mark Rutte"], "Berlin", None)]


def test_constructions_travel_without_a_destination_is_nothing(kb):
    doc = parsed("""
        Rutte      PROPN nsubj 1 B-PER Rutte
        reisde     VERB  ROOT  1 -     reizen
        met        ADP   case  3 -     met
        Merkel     PROPN obl   1 B-PER Merkel
        .          PUNCT punct 1 -     .
    """)
    assert relations(doc, kb)[1] == []


def test_constructions_in_gesprek_takes_the_copulas_subject(kb):
    """`Rutte is in gesprek met Merkel`."""
    doc = parsed("""
        Rutte      PROPN nsubj 3 B-PER Rutte
        is         AUX   cop   3 -     zijn
        in         ADP   case  3 -     in
        gesprek    NOUN  ROOT  3 -     gesprek
        met        ADP   case  5 -     met
        Merkel     PROPN nmod  3 B-PER Merkel
        .          PUNCT punct 3 -     .
    """)
    assert relations(doc, kb)[1] == [("meeting", ["Angela Merkel", "Mark Rutte"], None, None)]


@pytest.mark.parametrize(("partner_head", "partner_dep"), [(6, "obl"), (3, "nmod")])
def test_constructions_a_relative_clause_with_a_light_verb_names_the_participants(kb, partner_head, partner_dep):
    """`Het gesprek dat Rutte met Merkel had, verliep goed.`, the `met` phrase on the verb or,
    as parsers also hang it, on the subject."""
    doc = parsed(f"""
        Het        DET   det       1 -     het
        gesprek    NOUN  nsubj     8 -     gesprek
        dat        PRON  obj       6 -     dat
        Rutte      PROPN nsubj     6 B-PER Rutte
        met        ADP   case      5 -     met
        Merkel     PROPN {partner_dep} {partner_head} B-PER Merkel
        had        VERB  acl:relcl 1 -     hebben
        ,          PUNCT punct     6 -     ,
        verliep    VERB  ROOT      8 -     verlopen
        goed       ADJ   advmod    8 -     goed
        .          PUNCT punct     8 -     .
    """)
    assert relations(doc, kb)[1] == [("meeting", ["Angela Merkel", "Mark Rutte"], None, None)]


def test_constructions_a_relative_clause_of_another_verb_names_nobody(kb):
    """`Het gesprek dat Rutte met Merkel voorbereidde` — preparing is no meeting."""
    doc = parsed("""
        Het        DET   det       1 -     het
        gesprek    NOUN  ROOT      1 -     gesprek
        dat        PRON  obj       6 -     dat
        Rutte      PROPN nsubj     6 B-PER Rutte
        met        ADP   case      5 -     met
        Merkel     PROPN obl       6 B-PER Merkel
        voorbereidde VERB acl:relcl 1 -    voorbereiden
        .          PUNCT punct     1 -     .
    """)
    assert relations(doc, kb)[1] == []


BIJEEN = """
    Macron     PROPN nsubj  5 B-PER Macron
    ,          PUNCT punct  2 -     ,
    Merkel     PROPN conj   0 B-PER Merkel
    en         CCONJ cc     4 -     en
    Rutte      PROPN conj   0 B-PER Rutte
    kwamen     VERB  ROOT   5 -     komen
    {particle} ADV   advmod 5 -     {particle}
    .          PUNCT punct  5 -     .
"""


def test_constructions_a_particle_parsed_as_adverb_still_makes_the_trigger(kb):
    """`Macron, Merkel en Rutte kwamen bijeen`, `bijeen` labelled advmod."""
    meetings = relations(parsed(BIJEEN.format(particle="bijeen")), kb)[1]
    assert who_met(meetings) == [("meeting", ["Angela Merkel", "Emmanuel Macron", "Mark Rutte"])]


def test_constructions_another_adverb_makes_no_trigger(kb):
    assert relations(parsed(BIJEEN.format(particle="terug")), kb)[1] == []


TRAVEL = """
    Rutte      PROPN nsubj 1 B-PER Rutte
    reisde     VERB  ROOT  1 -     reizen
    naar       ADP   case  3 -     naar
    Berlijn    PROPN obl   1 B-LOC Berlijn
    {rest}
    .          PUNCT punct 1 -     .
"""


def test_constructions_travel_to_a_place_for_a_meeting_is_a_visit_and_the_meeting(kb):
    """`Rutte reisde naar Berlijn voor overleg met Merkel`, the `met` phrase hung on the verb:
    Rutte visits Berlin, and meets Merkel there."""
    doc = parsed(TRAVEL.format(rest="""voor ADP case 5 - voor
        overleg NOUN obl 1 - overleg
        met ADP case 7 - met
        Merkel PROPN obl 1 B-PER Merkel"""))
    assert sorted(relations(doc, kb)[1]) == [("meeting", ["Angela Merkel", "Mark Rutte"], "Berlin", None),
                                             ("visit", ["Berlin", "Mark Rutte"], "Berlin", None)]


def test_constructions_a_visit_to_a_person_is_no_visit_to_the_place(kb):
    """`Rutte bezocht Merkel in Berlijn`: a meeting with Merkel in Berlin, not a visit."""
    doc = parsed("""
        Rutte      PROPN nsubj 1 B-PER Rutte
        bezocht    VERB  ROOT  1 -     bezoeken
        Merkel     PROPN obj   1 B-PER Merkel
        in         ADP   case  4 -     in
        Berlijn    PROPN obl   1 B-LOC Berlijn
        .          PUNCT punct 1 -     .
    """)
    assert relations(doc, kb)[1] == [("meeting", ["Angela Merkel", "Mark Rutte"], "Berlin", None)]


PLACE_ON_TIME = """
    Rutte     PROPN nsubj  1 B-PER Rutte
    ontmoet   VERB  ROOT   1 -     ontmoeten
    Merkel    PROPN obj    1 B-PER Merkel
    volgende  VERB  amod   4 -     volgen
    week      NOUN  obl    1 -     week
    {case}    ADP   case   6 -     {case}
    Brussel   PROPN nmod   4 B-LOC Brussel
    .         PUNCT punct  1 -     .
"""


def test_constructions_a_place_hung_on_the_time_adverbial_is_where_they_met(kb):
    """`Rutte ontmoet Merkel volgende week in Brussel`, `in Brussel` parsed under `week`."""
    meetings = relations(parsed(PLACE_ON_TIME.format(case="in")), kb)[1]
    assert [(m[1], m[2]) for m in meetings] == [(["Angela Merkel", "Mark Rutte"], "Brussels")]


def test_constructions_a_time_adverbial_of_another_kind_names_no_place(kb):
    """`volgende week na Brussel`: no locative case, no place."""
    meetings = relations(parsed(PLACE_ON_TIME.format(case="na")), kb)[1]
    assert [(m[1], m[2]) for m in meetings] == [(["Angela Merkel", "Mark Rutte"], None)]
