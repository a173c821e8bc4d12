"""Verbs of dropping in with a `bij` phrase and of boarding a vehicle
(parties.visit_destinations), summits written closed after a summit's modifier
(triggers.compound_encounter), and collective verbs whose
coordinated subject the parser broke up (groups.coordinated_before). The parses are the
bundled parser's own analyses of these sentences. A name in a prepositional phrase after the
verb is no inverted subject of an encounter noun's clause (parties.meeting_parties)."""

from __future__ import annotations

import pytest

from .conftest import parsed, relations

MINITOP = """
    Dinsdag PROPN advmod 1   -      Dinsdag
    was     AUX   ROOT   1   -      zijn
    er      ADV   advmod 6   -      er
    in      ADP   case   4   -      in
    Parijs  PROPN obl    6   B-LOC  Parijs
    een     DET   det    6   -      een
    {noun}  NOUN  obl    1   -      {noun}
    tussen  ADP   case   8   -      tussen
    Macron  PROPN nmod   6   B-PER  Macron
    en      CCONJ cc     10  -      en
    Merkel  PROPN conj   8   B-PER  Merkel
    .       PUNCT punct  1   -      .
"""


@pytest.mark.parametrize("noun", ["minitop", "spoedtop", "klimaattop"])
def test_closed_summit_after_a_summit_modifier_is_a_meeting(kb, noun):
    meetings = relations(parsed(MINITOP.format(noun=noun)), kb)[1]
    assert [(m[0], m[1], m[2]) for m in meetings] == [("meeting", ["Angela Merkel", "Emmanuel Macron"], "Paris")]


@pytest.mark.parametrize("noun", ["bergtop", "laptop"])
def test_closed_summit_not_after_another_modifier(kb, noun):
    assert relations(parsed(MINITOP.format(noun=noun)), kb)[1] == []


DROP_IN = """
    Rutte    PROPN nsubj        1   B-PER  Rutte
    {verb}   VERB  ROOT         1   -      {lemma}
    woensdag PROPN obl          1   -      woensdag
    langs    ADP   compound:prt 1   -      langs
    bij      ADP   case         5   -      bij
    Merkel   PROPN obl          1   B-PER  Merkel
    .        PUNCT punct        1   -      .
"""


@pytest.mark.parametrize("verb,lemma", [("ging", "gaan"), ("kwam", "komen")])
def test_drop_in_at_a_person_is_a_meeting(kb, verb, lemma):
    assert relations(parsed(DROP_IN.format(verb=verb, lemma=lemma)), kb)[1] == [("meeting", ["Angela Merkel", "Mark Rutte"], None, "2019-05-08")]


def test_drop_in_without_a_bij_phrase_visits_nobody(kb):
    doc = parsed("""
        Rutte    PROPN nsubj        1   B-PER  Rutte
        kwam     VERB  ROOT         1   -      komen
        woensdag PROPN obl          1   -      woensdag
        langs    ADP   compound:prt 1   -      langs
        .        PUNCT punct        1   -      .
    """)
    assert relations(doc, kb)[1] == []


def test_collective_verb_with_a_broken_coordination_is_a_meeting(kb):
    doc = parsed("""
        Donald  PROPN nsubj  5   B-PER  Donald
        Trump   PROPN flat   0   I-PER  Trump
        en      CCONJ cc     5   -      en
        Kim     PROPN advmod 5   B-PER  Kim
        Jong-un ADJ   xcomp  5   I-PER  Jong-un
        dineren VERB  ROOT   5   -      dineren
        vandaag ADV   advmod 5   -      vandaag
        in      ADP   case   8   -      in
        Hanoi   PROPN obl    5   B-LOC  Hanoi
        .       PUNCT punct  5   -      .
    """)
    meetings = relations(doc, kb)[1]
    assert [(m[0], m[1], m[2]) for m in meetings] == [("meeting", ["Donald Trump", "Kim Jong-un"], "Hanoi")]


def test_collective_verb_names_side_by_side_without_en_are_one_side(kb):
    doc = parsed("""
        Ajax-trainer NOUN  nsubj  3   B-ORG  Ajax-trainer
        Ten          PROPN appos  0   B-PER  Ten
        Hag          PROPN flat   1   I-PER  Hag
        dineerde     VERB  ROOT   3   -      dineren
        gisteren     ADV   advmod 3   -      gisteren
        .            PUNCT punct  3   -      .
    """)
    assert relations(doc, kb)[1] == []


# a person on tour; an organisation's tour is a campaign (test_movements_and_passives.py)
TOUR = """
    Thierry    PROPN nsubj 3   B-PER  Thierry
    Baudet     PROPN flat  0   I-PER  Baudet
    zelf       ADV   advmod 0   -      zelf
    maakt      VERB  ROOT  3   -      maken
    een        DET   det   5   -      een
    {noun}     NOUN  obj   3   -      {noun}
    langs      ADP   case  7   -      langs
    Amsterdam  PROPN nmod  5   B-LOC  Amsterdam
    en         CCONJ cc    9   -      en
    Utrecht    PROPN conj  7   B-LOC  Utrecht
    .          PUNCT punct 3   -      .
"""


def test_touring_along_places_visits_each(kb):
    meetings = relations(parsed(TOUR.format(noun="tournee")), kb)[1]
    assert sorted((m[0], m[2]) for m in meetings) == [("visit", "Amsterdam"), ("visit", "Utrecht")]


def test_touring_langs_only_after_a_word_of_touring(kb):
    assert relations(parsed(TOUR.format(noun="wandeling")), kb)[1] == []


def test_touring_a_name_among_places_is_no_host(kb):
    doc = parsed(TOUR.format(noun="tournee").replace("Utrecht    PROPN conj  7   B-LOC  Utrecht", "Drachten   PROPN conj  7   B-PER  Drachten"))
    meetings = relations(doc, kb)[1]
    assert [(m[0], m[2]) for m in meetings] == [("visit", "Amsterdam")]


BOARDING = """
    Odegard     PROPN nsubj 1   B-PER  Odegard
    stapt       VERB  ROOT  1   -      stapt
    in          ADP   case  3   -      in
    Minneapolis PROPN obl   1   B-LOC  Minneapolis
    op          ADP   case  6   -      op
    het         DET   det   6   -      het
    {noun}      NOUN  obl   1   -      {noun}
    naar        ADP   case  8   -      naar
    Nederland   PROPN nmod  6   B-LOC  Nederland
    .           PUNCT punct 1   -      .
"""


@pytest.mark.parametrize("noun", ["vliegtuig", "regeringsvliegtuig", "nachttrein"])
def test_boarding_a_vehicle_to_a_place_visits_it(kb, noun):
    meetings = relations(parsed(BOARDING.format(noun=noun)), kb)[1]
    assert [(m[0], m[2]) for m in meetings] == [("visit", "Netherlands")]


def test_boarding_not_with_a_noun_that_is_no_vehicle(kb):
    assert relations(parsed(BOARDING.format(noun="pad")), kb)[1] == []
