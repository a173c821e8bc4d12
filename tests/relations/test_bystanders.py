"""Names in an encounter's sentence that take no part in it (pipeline/relations/bystanders.py,
parties.py), and encounter words that report none (triggers.py, meetings.py): topics, owners
of things met, media interviewed, bodies named for their people, public gatherings, a body's
leadership, and an encounter word inside an organisation's name. Parses as the bundled
parser gives them."""

from __future__ import annotations

import pytest

from .conftest import parsed, relations


def test_topic_what_was_talked_about_is_no_party(kb):
    """`Zadelhoff in gesprek over MC Slotervaart`, `een gesprek met Merkel over Biden`."""
    doc = parsed("""
        Rutte   PROPN nsubj 1 B-PER Rutte
        had     VERB  ROOT  1 -     hebben
        een     DET   det   3 -     een
        gesprek NOUN  obj   1 -     gesprek
        met     ADP   case  5 -     met
        Merkel  PROPN nmod  3 B-PER Merkel
        over    ADP   case  7 -     over
        Biden   PROPN nmod  3 B-PER Biden
        .       PUNCT punct 1 -     .
    """)
    assert relations(doc, kb)[1] == [("meeting", ["Angela Merkel", "Mark Rutte"], None, None)]


def test_named_body_an_encounter_noun_inside_an_organisations_name_is_that_body(kb):
    """`het Klimaatberaad van Ed Nijpels …`: the body, no encounter of Nijpels and Wiebes."""
    doc = parsed("""
        Het           DET   det   1 -     het
        Klimaatberaad PROPN nsubj 6 B-ORG Klimaatberaad
        van           ADP   case  3 -     van
        Nijpels       PROPN nmod  1 B-PER Nijpels
        en            CCONJ cc    5 -     en
        Wiebes        PROPN conj  3 B-PER Wiebes
        stelde        VERB  ROOT  6 -     stellen
        voor          ADP   compound:prt 6 - voor
        .             PUNCT punct 6 -     .
    """)
    assert relations(doc, kb)[1] == []


KENNISMAKING = """
    Wilders     PROPN nsubj 1 B-PER Wilders
    had         VERB  ROOT  1 -     hebben
    een         DET   det   3 -     een
    kennismaking NOUN obj   1 -     kennismaking
    met         ADP   case  6 -     met
    de          DET   det   6 -     de
    {owner}     NOUN  nmod  3 -     {owner}
    van         ADP   case  8 -     van
    Shell       PROPN nmod  6 B-ORG Shell
    .           PUNCT punct 1 -     .
"""


def test_owner_the_body_owning_a_thing_met_is_no_party(kb):
    """`een harde kennismaking met de mediamacht van Forum`."""
    assert relations(parsed(KENNISMAKING.format(owner="mediamacht")), kb)[1] == []


BESIDE_THE_OWNER_NOUN = """
    Wilders     PROPN nsubj 1 B-PER Wilders
    had         VERB  ROOT  1 -     hebben
    een         DET   det   3 -     een
    kennismaking NOUN obj   1 -     kennismaking
    met         ADP   case  6 -     met
    de          DET   det   6 -     de
    mediamacht  NOUN  nmod  3 -     mediamacht
    van         ADP   case  9 -     van
    hun         PRON  nmod:poss 9 - hun
    concurrent  NOUN  nmod  6 -     concurrent
    Forum       PROPN appos 9 B-ORG Forum
    voor        ADP   case  12 I-ORG voor
    Democratie  NOUN  nmod  9 I-ORG Democratie
    .           PUNCT punct 1 -     .
"""


def test_owner_named_beside_the_noun_of_the_van_phrase_is_no_party(kb):
    """`… met de mediamacht van hun concurrent Forum voor Democratie`: the name stands beside
    `concurrent`, and its last word hangs on that noun too."""
    assert relations(parsed(BESIDE_THE_OWNER_NOUN), kb)[1] == []


def test_owner_a_named_partner_beside_a_role_noun_takes_part(kb):
    doc = parsed(BESIDE_THE_OWNER_NOUN.replace("mediamacht  NOUN  nmod  3 -     mediamacht", "directie    NOUN  nmod  3 -     directie"))
    assert [m[1] for m in relations(doc, kb)[1]] == [["Forum voor Democratie", "Geert Wilders"]]


@pytest.mark.parametrize("people", ["directie", "directeur"])
def test_owner_a_body_met_through_its_people_takes_part(kb, people):
    assert relations(parsed(KENNISMAKING.format(owner=people)), kb)[1] == [("meeting", ["Geert Wilders", "Shell"], None, None)]


IN_GESPREK_MET = """
    In        ADP   case  1 -     in
    gesprek   NOUN  obl   7 -     gesprek
    met       ADP   case  6 -     met
    het       DET   det   6 -     het
    Duitse    ADJ   amod  5 -     Duits
    {noun}    NOUN  nmod  1 -     {noun}
    Spiegel   PROPN appos 5 B-ORG Spiegel
    roept     VERB  ROOT  7 -     roepen
    Guaidó    PROPN nsubj 7 B-PER Guaidó
    op        ADP   compound:prt 7 - op
    .         PUNCT punct 7 -     .
"""


def test_medium_an_interview_with_a_weekly_is_no_meeting(kb):
    assert relations(parsed(IN_GESPREK_MET.format(noun="weekblad")), kb)[1] == []


def test_medium_a_body_that_is_no_medium_is_met(kb):
    assert relations(parsed(IN_GESPREK_MET.format(noun="bedrijf")), kb)[1] == [("meeting", ["Juan Guaidó", "Spiegel"], None, None)]


def test_own_side_a_noun_naming_its_visitor_does_not_take_the_clauses_subject(kb):
    """`Tijdens een bezoek van Obama aan Atlanta liet de Secret Service …`."""
    doc = parsed("""
        Tijdens  ADP   case  2 -     tijdens
        een      DET   det   2 -     een
        bezoek   NOUN  obl   7 -     bezoek
        van      ADP   case  4 -     van
        Obama    PROPN nmod  2 B-PER Obama
        aan      ADP   case  6 -     aan
        Atlanta  PROPN nmod  2 B-LOC Atlanta
        liet     VERB  ROOT  7 -     laten
        de       DET   det   9 -     de
        Service  PROPN nsubj 7 B-ORG Service
        .        PUNCT punct 7 -     .
    """)
    assert relations(doc, kb)[1] == [("visit", ["Atlanta", "Barack Obama"], "Atlanta", None)]


@pytest.mark.parametrize(("noun", "found"), [("protestbijeenkomst", False), ("campagnebijeenkomst", False), ("spoedbijeenkomst", True)])
def test_gathering_a_rally_or_a_campaign_event_is_no_meeting(kb, noun, found):
    doc = parsed(f"""
        Rutte   PROPN nsubj 1 B-PER Rutte
        had     VERB  ROOT  1 -     hebben
        een     DET   det   3 -     een
        {noun}  NOUN  obj   1 -     {noun}
        met     ADP   case  5 -     met
        Merkel  PROPN nmod  3 B-PER Merkel
        .       PUNCT punct 1 -     .
    """)
    assert bool(relations(doc, kb)[1]) is found


@pytest.mark.parametrize(("noun", "found"), [("VVD-top", False), ("KLM-top", False), ("NAVO-top", True), ("Trump-Kim-top", True)])
def test_summit_a_hyphenated_top_is_a_summit_only_after_a_union_of_states_or_a_pair(kb, noun, found):
    doc = parsed(f"""
        Tijdens ADP   case  2 -     tijdens
        de      DET   det   2 -     de
        {noun}  NOUN  obl   5 -     {noun}
        met     ADP   case  4 -     met
        Merkel  PROPN nmod  2 B-PER Merkel
        zei     VERB  ROOT  5 -     zeggen
        Rutte   PROPN nsubj 5 B-PER Rutte
        niets   PRON  obj   5 -     niets
        .       PUNCT punct 5 -     .
    """)
    assert bool(relations(doc, kb)[1]) is found


GHOSN = """
    Carlos PROPN nsubj        2   B-PER  Carlos
    Ghosn  PROPN flat         0   I-PER  Ghosn
    zit    VERB  ROOT         2   -      zitten
    vast   ADJ   compound:prt 2   -      vast
    .      PUNCT punct        2   -      .
    Zijn   PRON  nmod:poss    6   -      zijn
    {noun} NOUN  nsubj        7   -      {noun}
    vloog  VERB  ROOT         7   -      vliegen
    naar   ADP   case         9   -      naar
    Parijs PROPN obl          7   B-LOC  Parijs
    .      PUNCT punct        7   -      .
"""


def test_bystander_the_one_a_possessive_says_someone_belongs_to(kb):
    assert relations(parsed(GHOSN.format(noun="vrouw")), kb)[1] == []


def test_bystander_not_the_possessor_of_the_encounter_noun_itself(kb):
    doc = parsed("""
        Rutte      PROPN nsubj     3   B-PER  Rutte
        was        AUX   cop       3   -      zijn
        in         ADP   case      3   -      in
        Kyiv       PROPN ROOT      3   B-LOC  Kyiv
        .          PUNCT punct     3   -      .
        Zijn       PRON  nmod:poss 6   -      zijn
        ontmoeting NOUN  nsubj     9   -      ontmoeting
        met        ADP   case      8   -      met
        Zelensky   PROPN nmod      6   B-PER  Zelensky
        duurde     VERB  ROOT      9   -      duren
        lang       ADJ   advmod    9   -      lang
        .          PUNCT punct     9   -      .
    """)
    assert relations(doc, kb)[1] == [("meeting", ["Mark Rutte", "Volodymyr Zelensky"], None, None)]


def test_bystander_not_the_owner_of_a_partner_where_the_parser_lost_the_subject(kb):
    doc = parsed("""
        Die          DET   det       1   -      die
        waarschuwing NOUN  nsubj     3   -      waarschuwing
        heeft        AUX   aux       3   -      hebben
        minister     NOUN  ROOT      3   -      minister
        Pompeo       PROPN appos     3   B-PER  Pompeo
        zijn         PRON  nmod:poss 6   -      zijn
        ambtgenoot   NOUN  obj       8   -      ambtgenoot
        Lavrov       PROPN appos     6   B-PER  Lavrov
        gegeven      VERB  acl       3   -      geven
        bij          ADP   case      11  -      bij
        een          DET   det       11  -      een
        ontmoeting   NOUN  obl       8   -      ontmoeting
        .            PUNCT punct     3   -      .
    """)
    assert relations(doc, kb)[1] == [("meeting", ["Mike Pompeo", "Sergey Lavrov"], None, None)]
