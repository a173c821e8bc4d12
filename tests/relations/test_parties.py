"""Who met (pipeline/relations/parties.py): partners, possessors, the copula's subject,
places parsed as xcomp, a second subject."""

from __future__ import annotations

from .conftest import parsed, relations


def test_relations_op_bezoek_visitor_is_the_copulas_subject(kb):
    """`Blok is na het neerhalen van vlucht MH17 op bezoek in Australië.` with `vlucht` taken
    for a verb that `bezoek` hangs on: the visitor is still the subject beside `is`, not
    the subject the parser gave `vlucht`."""
    doc = parsed("""
        Blok       PROPN nsubj 3 B-PER Blok
        is         AUX   cop   3 -     zijn
        na         ADP   case  3 -     na
        neerhalen  VERB  ROOT  3 -     neerhalen
        van        ADP   case  5 -     van
        vlucht     VERB  nmod  3 -     vluchten
        MH17       PROPN nsubj 5 B-LOC MH17
        op         ADP   case  8 -     op
        bezoek     NOUN  obl   5 -     bezoek
        in         ADP   case  10 -    in
        Australië  PROPN nmod  8 B-LOC Australië
        .          PUNCT punct 3 -     .
    """)
    assert relations(doc, kb)[1] == [("visit", ["Australia", "Stef Blok"], "Australia", None)]


def test_relations_genitive_before_a_noun_trigger_takes_part_whatever_its_attachment(kb):
    # "filmpje over Xi's bezoek aan Frankrijk", with Xi's parsed as a modifier of "filmpje"
    doc = parsed("""
        filmpje   NOUN  ROOT  0 -     filmpje
        over      ADP   case  2 -     over
        Xi's      PROPN nmod  0 B-PER Xi's
        bezoek    NOUN  nmod  0 -     bezoek
        aan       ADP   case  5 -     aan
        Frankrijk PROPN nmod  3 B-LOC Frankrijk
    """)
    assert relations(doc, kb)[1] == [("visit", ["France", "Xi Jinping"], "France", None)]


def test_relations_a_partner_hung_beside_the_noun_trigger(kb):
    """`Pompeo kwam bij het diner in gesprek met Lavrov`, `met Lavrov` hung on `diner`."""
    doc = parsed("""
        Pompeo     PROPN nsubj   1 B-PER Pompeo
        kwam       VERB  ROOT    1 -     komen
        bij        ADP   case    4 -     bij
        het        DET   det     4 -     het
        diner      NOUN  obl     1 -     diner
        in         ADP   case    6 -     in
        gesprek    NOUN  nmod    4 -     gesprek
        met        ADP   case    8 -     met
        Lavrov     PROPN nmod    4 B-PER Lavrov
        .          PUNCT punct   1 -     .
    """)
    _, meetings = relations(doc, kb)
    assert [people for _, people, *_ in meetings] == [["Mike Pompeo", "Sergey Lavrov"]]


def test_relations_a_visited_place_parsed_as_xcomp(kb):
    """`Een maand later bezocht Pompeo Rusland.`, the place an xcomp after the inverted subject."""
    doc = parsed("""
        Later      ADJ   advmod  1 -     laat
        bezocht    VERB  ROOT    1 -     bezoeken
        Pompeo     PROPN nsubj   1 B-PER Pompeo
        Rusland    PROPN xcomp   1 B-LOC Rusland
        .          PUNCT punct   1 -     .
    """)
    _, meetings = relations(doc, kb)
    assert [(kind, people) for kind, people, *_ in meetings] == [("visit", ["Mike Pompeo", "Russia"])]


def test_relations_a_partner_the_parser_hung_on_the_verbs_object(kb):
    """`Dijsselbloem sprak diverse malen met Le Maire.`, `met Le Maire` under `malen`."""
    doc = parsed("""
        Dijsselbloem PROPN nsubj 1 B-PER Dijsselbloem
        sprak      VERB  ROOT    1 -     spreken
        diverse    ADJ   amod    3 -     divers
        malen      NOUN  obj     1 -     maal
        met        ADP   case    5 -     met
        Le         PROPN nmod    3 B-PER Le
        Maire      PROPN flat    5 I-PER Maire
        .          PUNCT punct   1 -     .
    """)
    _, meetings = relations(doc, kb)
    assert [people for _, people, *_ in meetings] == [["Dijsselbloem", "Le Maire"]]


def test_relations_a_second_subject_of_a_meeting_verb_is_its_object(kb):
    """`Pompeo zou nog minister Lavrov ontmoeten` with both names labelled nsubj."""
    doc = parsed("""
        Pompeo     PROPN nsubj   4 B-PER Pompeo
        zou        AUX   aux     4 -     zullen
        minister   NOUN  nsubj   4 -     minister
        Lavrov     PROPN appos   2 B-PER Lavrov
        ontmoeten  VERB  ROOT    4 -     ontmoeten
        .          PUNCT punct   4 -     .
    """)
    assert [(kind, people) for kind, people, *_ in relations(doc, kb)[1]] == [("meeting", ["Mike Pompeo", "Sergey Lavrov"])]


def test_relations_a_partner_the_parser_hung_on_the_inverted_subject(kb):
    """`In Parijs sprak Kaag met Colonna`, `met Colonna` hung on `Kaag`."""
    doc = parsed("""
        In         ADP   case  1 -     in
        Parijs     PROPN obl   2 B-LOC Parijs
        sprak      VERB  ROOT  2 -     spreken
        Kaag       PROPN nsubj 2 B-PER Kaag
        met        ADP   case  5 -     met
        Colonna    PROPN nmod  3 B-PER Colonna
        .          PUNCT punct 2 -     .
    """)
    assert relations(doc, kb)[1] == [("meeting", ["Colonna", "Sigrid Kaag"], "Paris", None)]


def test_relations_a_met_phrase_on_a_subject_before_the_verb_is_not_taken(kb):
    """`Kaag met haar team sprak`: only an inverted subject's `met` phrase is the parser's slip."""
    doc = parsed("""
        Kaag       PROPN nsubj 3 B-PER Kaag
        met        ADP   case  2 -     met
        Colonna    PROPN nmod  0 B-PER Colonna
        sprak      VERB  ROOT  3 -     spreken
        .          PUNCT punct 3 -     .
    """)
    assert relations(doc, kb)[1] == []


SAID_TO_DURING = """
    Tijdens ADP   case  2   -      tijdens
    het     DET   det   2   -      het
    gesprek NOUN  obl   3   -      gesprek
    {verb}  VERB  ROOT  3   -      {lemma}
    Rutte   PROPN nsubj 3   B-PER  Rutte
    tegen   ADP   case  6   -      tegen
    Merkel  PROPN obl   3   B-PER  Merkel
    dat     SCONJ mark  11  -      dat
    hij     PRON  nsubj 11  -      hij
    het     DET   det   10  -      het
    plan    NOUN  obj   11  -      plan
    steunt  VERB  ccomp 3   -      steunen
    .       PUNCT punct 3   -      .
"""


def test_parties_whom_a_speech_verb_addresses_in_an_encounter_was_in_it(kb):
    meetings = relations(parsed(SAID_TO_DURING.format(verb="zei", lemma="zeggen")), kb)[1]
    assert meetings == [("meeting", ["Angela Merkel", "Mark Rutte"], None, None)]


def test_parties_not_a_tegen_phrase_of_a_verb_that_speaks_to_nobody(kb):
    assert relations(parsed(SAID_TO_DURING.format(verb="stemde", lemma="stemmen")), kb)[1] == []
