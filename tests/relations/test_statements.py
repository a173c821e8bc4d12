"""Statements (pipeline/relations/statements.py): direct quotes attributed after, before or
by a colon, run-on quote sentences, headlines."""

from __future__ import annotations

from .conftest import parsed, relations


def test_relations_direct_quote_with_inverted_attribution_and_addressee(kb):
    doc = parsed("""
        '          PUNCT punct   1 -     '
        Goed       ADJ   ROOT    1 -     goed
        '          PUNCT punct   1 -     '
        verklaarde VERB  parataxis 1 -   verklaren
        Poetin     PROPN nsubj   3 B-PER Poetin
        aan        ADP   case    6 -     aan
        Tass       PROPN obl     3 B-ORG Tass
        .          PUNCT punct   1 -     .
    """)
    statements, _ = relations(doc, kb)
    assert statements == [("direct", "Vladimir Putin", "verklaren", "Goed", "TASS")]


def test_relations_quote_sentences_without_attribution_run_on(kb):
    doc = parsed("""
        '          PUNCT punct   1 -     '
        Goed       ADJ   ROOT    1 -     goed
        '          PUNCT punct   1 -     '
        zei        VERB  parataxis 1 -   zeggen
        Poetin     PROPN nsubj   3 B-PER Poetin
        .          PUNCT punct   1 -     .
        '          PUNCT punct   7 -     '
        Prima      ADJ   ROOT    7 -     prima
        '          PUNCT punct   7 -     '
    """)
    statements, _ = relations(doc, kb)
    assert statements == [("direct", "Vladimir Putin", "zeggen", "Goed Prima", None)]


def test_relations_colon_attribution(kb):
    doc = parsed("""
        Kaag        PROPN nsubj 1 B-PER Kaag
        antwoordt   VERB  ROOT  1 -     antwoorden
        :           PUNCT punct 1 -     :
        ,,          PUNCT punct 4 -     ,,
        Waarom      ADV   parataxis 1 - waarom
        ?           PUNCT punct 4 -     ?
        ''          PUNCT punct 4 -     ''
    """)
    statements, _ = relations(doc, kb)
    assert statements == [("direct", "Sigrid Kaag", "antwoorden", "Waarom?", None)]


def test_relations_a_headline_in_capitals_is_no_statement(kb):
    """`KAAG: ,,WAAROM?''`: a headline alone (ANNOTATION.md)."""
    doc = parsed("""
        KAAG        PROPN ROOT  0 B-PER KAAG
        :           PUNCT punct 0 -     :
        ,,          PUNCT punct 3 -     ,,
        WAAROM      ADV   parataxis 0 - waarom
        ?           PUNCT punct 3 -     ?
        ''          PUNCT punct 3 -     ''
    """)
    statements, _ = relations(doc, kb)
    assert statements == []


def test_relations_aldus_attributes_a_quote(kb):
    doc = parsed("""
        '        PUNCT punct 1 -     '
        Genoeg   ADJ   ROOT  1 -     genoeg
        '        PUNCT punct 1 -     '
        ,        PUNCT punct 1 -     ,
        aldus    ADV   advmod 5 -    aldus
        Wang     PROPN parataxis 1 B-PER Wang
        .        PUNCT punct 1 -     .
    """)
    statements, _ = relations(doc, kb)
    assert statements == [("direct", "Wang", "aldus", "Genoeg", None)]


def test_relations_first_person_quote_after_a_sentence_about_a_person(kb):
    doc = parsed("""
        Staaij   PROPN nsubj 1 B-PER Staaij
        sloeg    VERB  ROOT  1 -     slaan
        terug    ADV   compound:prt 1 - terug
        .        PUNCT punct 1 -     .
        "        PUNCT punct 6 -     "
        Ik       PRON  nsubj 6 -     ik
        verlang  VERB  ROOT  6 -     verlangen
        "        PUNCT punct 6 -     "
    """)
    statements, _ = relations(doc, kb)
    assert statements == [("direct", "Staaij", "terugslaan", "Ik verlang", None)]


def test_relations_a_name_and_a_colon_attribute_the_quote(kb):
    """`Brussee: 'Ik kies partij.'`"""
    doc = parsed("""
        Brussee    PROPN ROOT    0 B-PER Brussee
        :          PUNCT punct   0 -     :
        '          PUNCT punct   4 -     '
        Ik         PRON  nsubj   4 -     ik
        kies       VERB  parataxis 0 -   kiezen
        partij     NOUN  obj     4 -     partij
        .          PUNCT punct   4 -     .
        '          PUNCT punct   4 -     '
    """)
    statements, _ = relations(doc, kb)
    assert statements == [("direct", "Brussee", "colon", "Ik kies partij.", None)]


def test_relations_a_quote_that_ends_its_sentence_takes_no_cue_from_the_next(kb):
    """`Veltman lacht “leeg”. En dat hij nooit aan zijn knie denkt.`: the period after the
    quote closed the sentence; `denkt` far into the next one attributes nothing."""
    doc = parsed("""
        Veltman    PROPN nsubj   1 B-PER Veltman
        lacht      VERB  ROOT    1 -     lachen
        “          PUNCT punct   3 -     “
        leeg       ADJ   advmod  1 -     leeg
        ”          PUNCT punct   3 -     ”
        .          PUNCT punct   1 -     .
        En         CCONJ cc      12 -    en
        dat        SCONJ mark    12 -    dat
        hij        PRON  nsubj   12 -    hij
        nooit      ADV   advmod  12 -    nooit
        aan        ADP   case    11 -    aan
        knie       NOUN  obl     12 -    knie
        denkt      VERB  ROOT    12 -    denken
        .          PUNCT punct   12 -    .
    """)
    statements, _ = relations(doc, kb)
    assert statements == []
