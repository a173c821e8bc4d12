"""Whether a speech act was made (pipeline/relations/assertion.py): turns of phrase,
passives, modals, negation."""

from __future__ import annotations

import pytest

from .conftest import parsed, relations


def test_relations_a_turn_of_phrase_is_no_speech_act(kb):
    """`Huntelaar is op zijn zachtst gezegd verontwaardigd` (data/lexicon/said_idioms.txt),
    with the participle parsed as the root."""
    doc = parsed("""
        Huntelaar  PROPN nsubj   5 B-PER Huntelaar
        is         AUX   cop     5 -     zijn
        op         ADP   case    4 -     op
        zijn       PRON  nmod:poss 4 -   zijn
        zachtst    VERB  obl     5 -     zachtst
        gezegd     VERB  ROOT    5 -     zeggen
        verontwaardigd VERB ccomp 5 -    verontwaardigen
        .          PUNCT punct   5 -     .
    """)
    doc[5].set_morph("VerbForm=Part")
    statements, _ = relations(doc, kb)
    assert statements == []


@pytest.mark.parametrize(
    "table",
    [
        # Theresa May is gewaarschuwd dat het misgaat  (passive: May is told, she does not speak)
        """
        May        PROPN nsubj:pass 2 B-PER May
        is         AUX   aux:pass   2 -     zijn
        gewaarschuwd VERB ROOT      2 -     waarschuwen
        dat        SCONJ mark       5 -     dat
        het        PRON  nsubj      5 -     het
        misgaat    VERB  ccomp      2 -     misgaan
        """,
        # Rutte wil niet zeggen dat het werkt  (modal and negated)
        """
        Rutte  PROPN nsubj 2 B-PER Rutte
        wil    AUX   aux   2 -     willen
        zeggen VERB  ROOT  2 -     zeggen
        dat    SCONJ mark  5 -     dat
        het    PRON  nsubj 5 -     het
        werkt  VERB  ccomp 2 -     werken
        """,
        # Volgens zijn vader klopt het  (a possessor is not the speaker; his spokesperson is
        # his voice: tests/relations/test_compound_and_possessed_voices.py)
        """
        Rutte       PROPN nsubj 1 B-PER Rutte
        sprak       VERB  ROOT  1 -     spreken
        .           PUNCT punct 1 -     .
        Volgens     ADP   case  5 -     volgens
        zijn        PRON  nmod:poss 5 - zijn
        vader       NOUN obl    6 -     vader
        klopt       VERB  ROOT  6 -     kloppen
        het         PRON  nsubj 6 -     het
        """,
    ],
)
def test_relations_not_a_statement(kb, table):
    assert relations(parsed(table), kb)[0] == []


def test_relations_negation_of_a_phrase_is_not_of_the_verb_and_strong_past_tenses_are_cues(kb):
    doc = parsed("""
        Niet         ADV   advmod       3 -     niet
        voor         ADP   case         2 -     voor
        niets        PRON  obl          3 -     niets
        riep         VERB  ROOT         3 -     riep
        Rutte        PROPN nsubj        3 B-PER Rutte
        hem          PRON  iobj         3 -     hem
        op           ADP   compound:prt 3 -     op
        de           DET   det          8 -     de
        verschillen  NOUN  obj          10 -    verschil
        te           ADP   mark         10 -    te
        overbruggen  VERB  xcomp        3 -     overbruggen
        .            PUNCT punct        3 -     .
    """)
    statements, _ = relations(doc, kb)
    assert statements == [("indirect", "Mark Rutte", "oproepen", "de verschillen te overbruggen", None)]


def test_relations_a_modal_taken_for_the_head_still_makes_no_statement(kb):
    """`Bang wil Pompeo zichzelf niet noemen.` parsed with `wil` as root and `niet` as xcomp."""
    doc = parsed("""
        Bang       ADJ   xcomp   1 -     bang
        wil        VERB  ROOT    1 -     willen
        Pompeo     PROPN nsubj   5 B-PER Pompeo
        zichzelf   PRON  obj     5 -     zichzelf
        niet       ADV   xcomp   5 -     niet
        noemen     VERB  xcomp   1 -     noemen
        .          PUNCT punct   1 -     .
    """)
    assert relations(doc, kb)[0] == []


def test_relations_a_speech_act_required_by_a_modal_clause_was_not_made(kb):
    """`Ook kan de EU eisen dat Pompeo belooft te zwijgen.`, with `eisen` tagged a noun: the
    promise is only demanded."""
    doc = parsed("""
        Ook        ADV   advmod  4 -     ook
        kan        AUX   aux     4 -     kunnen
        de         DET   det     3 -     de
        EU         PROPN nsubj   4 B-ORG EU
        eisen      NOUN  ROOT    4 -     eis
        dat        SCONJ mark    7 -     dat
        Pompeo     PROPN nsubj   7 B-PER Pompeo
        belooft    VERB  ccomp   4 -     beloven
        te         ADP   mark    9 -     te
        zwijgen    VERB  xcomp   7 -     zwijgen
        .          PUNCT punct   4 -     .
    """)
    assert relations(doc, kb)[0] == []
