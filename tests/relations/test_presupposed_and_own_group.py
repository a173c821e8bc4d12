"""An encounter the sentence takes as given is not denied by its clause's negation
(denial._presupposed), and `hun` before an encounter noun is the group named as its own
clause's subject (groups.own_clause_group). The parses are the bundled parser's own."""

from __future__ import annotations

from .conftest import parsed, relations

XI_VISIT = """
    Het      DET   det    1   -      het
    bezoek   NOUN  nsubj  7   -      bezoek
    van      ADP   case   3   -      van
    Xi       PROPN nmod   1   B-PER  Xi
    Jinping  PROPN flat   3   I-PER  Jinping
    aan      ADP   case   6   -      aan
    Europa   PROPN nmod   1   B-LOC  Europa
    krijgt   VERB  ROOT   7   -      krijgen
    niet     ADV   advmod 7   -      niet
    dezelfde DET   det    10  -      dezelfde
    aandacht NOUN  obj    7   -      aandacht
    .        PUNCT punct  7   -      .
"""


def test_presupposed_a_definite_subject_is_not_denied_by_its_clause(kb):
    assert relations(parsed(XI_VISIT), kb)[1] == [("visit", ["Europe", "Xi Jinping"], "Europe", None)]


def test_presupposed_not_an_indefinite_subject(kb):
    doc = parsed(XI_VISIT.replace("Het      DET   det    1   -      het", "Een      DET   det    1   -      een"))
    assert relations(doc, kb)[1] == []


def test_presupposed_not_with_a_verb_of_occurrence(kb):
    doc = parsed("""
        Het     DET   det          1   -      het
        gesprek NOUN  nsubj        6   -      gesprek
        tussen  ADP   case         3   -      tussen
        Rutte   PROPN nmod         1   B-PER  Rutte
        en      CCONJ cc           5   -      en
        Merkel  PROPN conj         3   B-PER  Merkel
        ging    VERB  ROOT         6   -      gaan
        niet    ADV   advmod       6   -      niet
        door    ADP   compound:prt 6   -      door
        .       PUNCT punct        6   -      .
    """)
    assert relations(doc, kb)[1] == []


def test_presupposed_not_an_occurrence_verb_the_parser_made_an_object(kb):
    doc = parsed("""
        Het            DET   det    1   -      het
        overleg        NOUN  nsubj  6   -      overleg
        tussen         ADP   case   3   -      tussen
        Rutte          PROPN nmod   1   B-PER  Rutte
        en             CCONJ cc     5   -      en
        Merkel         PROPN conj   3   B-PER  Merkel
        heeft          VERB  ROOT   6   -      hebben
        niet           ADV   advmod 6   -      niet
        plaatsgevonden VERB  obj    6   -      plaatsvinden
        .              PUNCT punct  6   -      .
    """)
    assert relations(doc, kb)[1] == []


HANOI = """
    Trump    PROPN nsubj     12  B-PER  Trump
    en       CCONJ cc        2   -      en
    Kim      PROPN conj      0   B-PER  Kim
    zijn     AUX   aux       12  -      zijn
    het      PRON  nsubj     12  -      het
    {prep}   ADP   case      7   -      {prep}
    hun      PRON  nmod:poss 7   -      hun
    top      NOUN  obl       12  -      top
    in       ADP   case      9   -      in
    Hanoi    PROPN obl       12  B-LOC  Hanoi
    niet     ADV   advmod    12  -      niet
    eens     ADV   advmod    12  -      eens
    geworden VERB  ROOT      12  -      worden
    .        PUNCT punct     12  -      .
"""


def test_presupposed_after_a_preposition_of_time_and_hun_is_its_clause_subject(kb):
    assert relations(parsed(HANOI.format(prep="na")), kb)[1] == [("meeting", ["Donald Trump", "Kim"], None, None)]


def test_presupposed_not_after_voor_which_can_be_a_purpose(kb):
    assert relations(parsed(HANOI.format(prep="voor")), kb)[1] == []


KIM_WRITES = """
    Donald     PROPN ROOT      0   B-PER  Donald
    Trump      PROPN flat      0   I-PER  Trump
    en         CCONJ cc        5   -      en
    Kim        ADV   advmod    5   B-PER  Kim
    Jong-un    ADJ   xcomp     5   I-PER  Jong-un
    schrijven  VERB  conj      0   -      schrijven
    elkaar     PRON  obj       5   -      elkaar
    sinds      ADP   case      10  -      sinds
    hun        PRON  nmod:poss 10  -      hun
    eerste     ADJ   amod      10  -      één
    ontmoeting NOUN  obl       5   -      ontmoeting
    in         ADP   case      12  -      in
    Singapore  PROPN nmod      10  B-LOC  Singapore
    .          PUNCT punct     0   -      .
"""


def test_own_clause_group_read_from_a_broken_coordination(kb):
    assert relations(parsed(KIM_WRITES), kb)[1] == [("meeting", ["Donald Trump", "Kim Jong-un"], "Singapore", None)]


def test_own_clause_group_a_copula_clause(kb):
    doc = parsed("""
        Rutte    PROPN nsubj     4   B-PER  Rutte
        en       CCONJ cc        2   -      en
        Macron   PROPN conj      0   B-PER  Macron
        waren    AUX   cop       4   -      zijn
        tevreden ADJ   ROOT      4   -      tevreden
        over     ADP   case      7   -      over
        hun      PRON  nmod:poss 7   -      hun
        overleg  NOUN  obl:arg   4   -      overleg
        .        PUNCT punct     4   -      .
    """)
    assert relations(doc, kb)[1] == [("meeting", ["Emmanuel Macron", "Mark Rutte"], None, None)]


def test_own_clause_group_not_a_subject_of_one(kb):
    doc = parsed("""
        Rutte      PROPN nsubj     1   B-PER  Rutte
        sprak      VERB  ROOT      1   -      spreken
        over       ADP   case      4   -      over
        hun        PRON  nmod:poss 4   -      hun
        ontmoeting NOUN  obl:arg   1   -      ontmoeting
        .          PUNCT punct     1   -      .
    """)
    assert relations(doc, kb)[1] == []


def test_own_clause_group_visits_together_without_meeting_the_place(kb):
    doc = parsed("""
        Rutte   PROPN nsubj     3   B-PER  Rutte
        en      CCONJ cc        2   -      en
        Kaag    PROPN conj      0   B-PER  Kaag
        blikten VERB  ROOT      3   -      blikken
        terug   ADV   compound:prt 3 -     terug
        op      ADP   case      7   -      op
        hun     PRON  nmod:poss 7   -      hun
        bezoek  NOUN  obl:arg   3   -      bezoek
        aan     ADP   case      9   -      aan
        Parijs  PROPN nmod      7   B-LOC  Parijs
        .       PUNCT punct     3   -      .
    """)
    assert relations(doc, kb)[1] == [("visit", ["Mark Rutte", "Paris", "Sigrid Kaag"], "Paris", None)]
