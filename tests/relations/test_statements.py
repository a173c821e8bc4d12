"""Statements (pipeline/relations/statements.py): direct quotes attributed after, before or
by a colon, run-on quote sentences, headlines."""

from __future__ import annotations

import pytest

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


def test_relations_any_finite_verb_after_quote_and_comma_attributes_it(kb):
    """`'Geen eerlijk proces', somberde Junqueras.`: the verb is in no lexicon."""
    doc = parsed("""
        '          PUNCT punct   2 -     '
        Geen       DET   det     2 -     geen
        proces     NOUN  ROOT    2 -     proces
        '          PUNCT punct   2 -     '
        ,          PUNCT punct   5 -     ,
        somberde   VERB  parataxis 2 -   somberen
        Junqueras  PROPN nsubj   5 B-PER Junqueras
        .          PUNCT punct   2 -     .
    """)
    doc[5].set_morph("VerbForm=Fin")
    statements, _ = relations(doc, kb)
    assert statements == [("direct", "Junqueras", "somberen", "Geen proces", None)]


@pytest.mark.parametrize(("word", "pos", "morph"), [("is", "AUX", "VerbForm=Fin"), ("gezien", "VERB", "VerbForm=Part")])
def test_relations_an_auxiliary_or_participle_after_a_quote_attributes_nothing(kb, word, pos, morph):
    doc = parsed(f"""
        '          PUNCT punct   2 -     '
        Geen       DET   det     2 -     geen
        proces     NOUN  ROOT    2 -     proces
        '          PUNCT punct   2 -     '
        ,          PUNCT punct   5 -     ,
        {word}     {pos} parataxis 2 -   {word}
        Junqueras  PROPN nsubj   5 B-PER Junqueras
        .          PUNCT punct   2 -     .
    """)
    doc[5].set_morph(morph)
    assert relations(doc, kb)[0] == []


def test_relations_a_narrated_sentence_ends_the_run_on(kb):
    """`'Goed', zei Poetin. Brussee reageerde. 'Prima'`: the second quote is not Poetin's; it
    goes on with the reaction the sentence before reports (attribution.reported_before)."""
    doc = parsed("""
        '          PUNCT punct   1 -     '
        Goed       ADJ   ROOT    1 -     goed
        '          PUNCT punct   1 -     '
        zei        VERB  parataxis 1 -   zeggen
        Poetin     PROPN nsubj   3 B-PER Poetin
        .          PUNCT punct   1 -     .
        Brussee    PROPN nsubj   7 B-PER Brussee
        reageerde  VERB  ROOT    7 -     reageren
        .          PUNCT punct   7 -     .
        '          PUNCT punct   10 -    '
        Prima      ADJ   ROOT    10 -    prima
        '          PUNCT punct   10 -    '
    """)
    statements, _ = relations(doc, kb)
    assert [(s[1], s[3]) for s in statements] == [("Vladimir Putin", "Goed"), ("Brussee", "Prima")]


# `'Goed', zei Poetin.`: the answer before the interviewer's next question
POETIN_SAID = """
    '          PUNCT punct   1 -     '
    Goed       ADJ   ROOT    1 -     goed
    '          PUNCT punct   1 -     '
    zei        VERB  parataxis 1 -   zeggen
    Poetin     PROPN nsubj   3 B-PER Poetin
    .          PUNCT punct   1 -     .
"""

INTERVIEW = POETIN_SAID + """
    {asked}    ADJ   ROOT    6 -     {asked}
    {end}      PUNCT punct   6 -     {end}
    '          PUNCT punct   9 -     '
    Prima      ADJ   ROOT    9 -     prima
    '          PUNCT punct   9 -     '
"""


def test_relations_a_quote_after_the_interviewers_question_answers_it(kb):
    """`'…', zei Poetin. Bewust? 'Prima'`: the one interviewed answers."""
    statements, _ = relations(parsed(INTERVIEW.format(asked="Bewust", end="?")), kb)
    assert [(s[1], s[2], s[3]) for s in statements] == [("Vladimir Putin", "zeggen", "Goed"), ("Vladimir Putin", "antwoorden", "Prima")]


def test_relations_a_quote_after_narration_answers_nothing(kb):
    statements, _ = relations(parsed(INTERVIEW.format(asked="Bewust", end=".")), kb)
    assert [(s[1], s[3]) for s in statements] == [("Vladimir Putin", "Goed")]


INTERVIEW_WITH_AN_ASIDE = POETIN_SAID + """
    Bewust     ADJ   ROOT    6 -     bewust
    ?          PUNCT punct   6 -     ?
    {aside}    PROPN ROOT    8 {ent} {aside}
    zwijgt     VERB  parataxis 8 -   zwijgen
    .          PUNCT punct   8 -     .
    '          PUNCT punct   12 -    '
    Prima      ADJ   ROOT    12 -    prima
    '          PUNCT punct   12 -    '
"""


def test_relations_a_quote_after_the_question_and_an_aside_answers_it(kb):
    """`'…', zei Poetin. Bewust? Moskou zwijgt. 'Prima'`: the interviewer's aside after the
    question names nobody, so the quote after it still answers the question."""
    statements, _ = relations(parsed(INTERVIEW_WITH_AN_ASIDE.format(aside="Moskou", ent="B-LOC")), kb)
    assert [(s[1], s[2], s[3]) for s in statements] == [("Vladimir Putin", "zeggen", "Goed"), ("Vladimir Putin", "antwoorden", "Prima")]


def test_relations_an_aside_that_names_a_person_answers_nothing(kb):
    """`… Bewust? Brussee zwijgt. 'Prima'`: a person brought in after the question may be
    the voice of the quote; no answer is given to Poetin."""
    statements, _ = relations(parsed(INTERVIEW_WITH_AN_ASIDE.format(aside="Brussee", ent="B-PER")), kb)
    assert ("Vladimir Putin", "antwoorden") not in [(s[1], s[2]) for s in statements]
