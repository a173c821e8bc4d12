"""Encounters with no named other side: an armed force moving to a place and an organisation on tour (movements.armed_advance, movements.organisations_on_tour)
and a passive encounter whose agent goes unnamed (groups.received_by_no_one). Parses as the
bundled parser gives them."""

from __future__ import annotations

import pytest

from .conftest import parsed, relations, who_met

ARMY_MOVED = """
    Het        DET    det      2  -      het
    Amerikaanse ADJ   amod     2  B-ORG  Amerikaans
    {subject}  {pos}  nsubj    3  I-ORG  {subject}
    trok       VERB   ROOT     3  -      trekken
    naar       ADP    case     5  -      naar
    Bagdad     PROPN  obl      3  B-LOC  Bagdad
    .          PUNCT  punct    3  -      .
"""

NAMED_FORCE = """
    Het        DET    det      1  -      het
    Libische   PROPN  nsubj    4  B-ORG  Libische
    Nationale  PROPN  flat     1  I-ORG  Nationale
    Leger      PROPN  flat     1  I-ORG  Leger
    trok       VERB   ROOT     4  -      trekken
    naar       ADP    case     6  -      naar
    Tripoli    PROPN  obl      4  B-LOC  Tripoli
    .          PUNCT  punct    4  -      .
"""

DESCRIBED_BY_THE_ARMY = """
    Generaal     NOUN   nsubj    4  -      generaal
    Eichelsheim  PROPN  appos    0  B-PER  Eichelsheim
    van          ADP    case     3  -      van
    leger        NOUN   nmod     0  -      leger
    reisde       VERB   ROOT     4  -      reizen
    naar         ADP    case     6  -      naar
    Mali         PROPN  obl      4  B-LOC  Mali
    .            PUNCT  punct    4  -      .
"""


@pytest.mark.parametrize("subject", ["leger", "regeringsleger", "strijdkrachten"])
def test_an_armed_force_moving_to_a_place_visits_nothing(kb, subject):
    assert relations(parsed(ARMY_MOVED.format(subject=subject, pos="NOUN")), kb)[1] == []


def test_an_armed_force_named_by_its_name_visits_nothing(kb):
    assert relations(parsed(NAMED_FORCE), kb)[1] == []


def test_a_company_moving_to_a_place_still_visits_it(kb):
    assert who_met(relations(parsed(ARMY_MOVED.format(subject="Bank", pos="PROPN")), kb)[1]) == [
        ("visit", ["Amerikaanse Bank", "Baghdad"])]


def test_a_traveller_described_with_the_army_visits(kb):
    assert who_met(relations(parsed(DESCRIBED_BY_THE_ARMY), kb)[1]) == [("visit", ["Eichelsheim", "Mali"])]


RECEIVED = """
    Rutte      PROPN  nsubj    8  B-PER  Rutte
    en         CCONJ  cc       2  -      en
    Kaag       PROPN  conj     0  B-PER  Kaag
    werden     AUX    aux:pass 8  -      worden
    woensdag   NOUN   obl      8  -      woensdag
    op         ADP    case     7  -      op
    het        DET    det      7  -      het
    paleis     NOUN   obl      8  -      paleis
    ontvangen  VERB   ROOT     8  -      ontvangen
    {agent}
    .          PUNCT  punct    8  -      .
"""

HONOURED_WITH_A_VISIT = """
    Het        DET    det       1  -      het
    Rijksmuseum PROPN nsubj:pass 10 B-LOC Rijksmuseum
    en         CCONJ  cc        5  -      en
    het        DET    det       5  -      het
    Van        PROPN  flat      5  B-LOC  Van
    Gogh       PROPN  conj      1  I-LOC  Gogh
    werden     AUX    aux:pass  10 -      worden
    met        ADP    case      9  -      met
    een        DET    det       9  -      een
    bezoek     NOUN   obl       10 -      bezoek
    vereerd    VERB   ROOT      10 -      vereren
    .          PUNCT  punct     10 -      .
"""


def test_those_received_by_no_one_named_met_no_one(kb):
    assert relations(parsed(RECEIVED.format(agent="")), kb)[1] == []


def test_places_honoured_with_a_visit_by_no_one_named_are_no_meeting(kb):
    assert relations(parsed(HONOURED_WITH_A_VISIT), kb)[1] == []


def test_a_passive_encounter_with_its_agent_named_is_a_meeting(kb):
    agent = """door       ADP    case     10 -      door
    Xi         PROPN  obl:agent 8 B-PER  Xi"""
    assert who_met(relations(parsed(RECEIVED.format(agent=agent)), kb)[1]) == [("meeting", ["Mark Rutte", "Sigrid Kaag", "Xi Jinping"])]


ON_TOUR = """
    De         DET    det      1  -      de
    {name}     PROPN  nsubj    2  {tag}  {name}
    maakt      VERB   ROOT     2  -      maken
    een        DET    det      4  -      een
    tournee    NOUN   obj      2  -      tournee
    langs      ADP    case     6  -      langs
    Amsterdam  PROPN  nmod     4  B-LOC  Amsterdam
    en         CCONJ  cc       8  -      en
    Utrecht    PROPN  conj     6  B-LOC  Utrecht
    .          PUNCT  punct    2  -      .
"""


def test_an_organisation_on_tour_visits_nothing(kb):
    assert relations(parsed(ON_TOUR.format(name="VVD", tag="B-ORG")), kb)[1] == []


def test_a_person_on_tour_visits_each_place(kb):
    assert who_met(relations(parsed(ON_TOUR.format(name="Rutte", tag="B-PER")), kb)[1]) == [
        ("visit", ["Amsterdam", "Mark Rutte"]), ("visit", ["Mark Rutte", "Utrecht"])]
