"""A cue verb as a parenthesis inside the clause it reports (`Het plan, zegt Rutte, is goed`,
relations/content.py) and speech verbs whose negation is what is said (`sluit niet uit dat`,
data/lexicon/negated_speech_verbs.txt)."""

from __future__ import annotations

import pytest

from .conftest import parsed, relations

PARENTHESIS = """
    Het        DET   det    1 -     het
    plan       NOUN  nsubj  3 -     plan
    ,          PUNCT punct  1 -     ,
    {verb}     VERB  ROOT   3 -     {lemma}
    Rutte      PROPN obj    3 B-PER Rutte
    ,          PUNCT punct  3 -     ,
    is         AUX   cop    7 -     zijn
    goed       ADJ   conj   3 -     goed
    .          PUNCT punct  3 -     .
"""


def test_parenthesis_a_cue_between_commas_reports_the_sentence_around_it(kb):
    statements, _ = relations(parsed(PARENTHESIS.format(verb="zegt", lemma="zeggen")), kb)
    assert statements == [("indirect", "Mark Rutte", "zeggen", "Het plan is goed.", None)]


def test_parenthesis_another_verb_between_commas_reports_nothing(kb):
    assert relations(parsed(PARENTHESIS.format(verb="lacht", lemma="lachen")), kb)[0] == []


def test_parenthesis_commas_around_a_clause_of_the_verbs_own_are_no_parenthesis(kb):
    doc = parsed("""
        Rutte      PROPN nsubj  2 B-PER Rutte
        ,          PUNCT punct  2 -     ,
        zegt       VERB  ROOT   2 -     zeggen
        dat        SCONJ mark   5 -     dat
        het        PRON  nsubj  5 -     het
        kan        VERB  ccomp  2 -     kunnen
        ,          PUNCT punct  2 -     ,
        en         CCONJ cc     8 -     en
        vertrekt   VERB  conj   2 -     vertrekken
        .          PUNCT punct  2 -     .
    """)
    assert [s[3] for s in relations(doc, kb)[0]] == ["dat het kan"]


NEGATED = """
    Shell      PROPN nsubj  1 B-ORG Shell
    {verb}     VERB  ROOT   1 -     {lemma}
    niet       ADV   advmod 1 -     niet
    uit        ADP   compound:prt 1 - uit
    dat        SCONJ mark   7 -     dat
    de         DET   det    6 -     de
    fabriek    NOUN  nsubj  7 -     fabriek
    sluit      VERB  ccomp  1 -     sluiten
    .          PUNCT punct  1 -     .
"""


def test_negated_cue_sluit_niet_uit_dat_is_a_statement(kb):
    statements, _ = relations(parsed(NEGATED.format(verb="sluit", lemma="sluiten")), kb)
    assert statements == [("indirect", "Shell", "uitsluiten", "dat de fabriek sluit", None)]


@pytest.mark.parametrize(("verb", "lemma"), [("voert", "voeren")])
def test_negated_cue_another_negated_verb_with_a_clause_is_none(kb, verb, lemma):
    assert relations(parsed(NEGATED.format(verb=verb, lemma=lemma)), kb)[0] == []


def test_negated_cue_a_negated_ordinary_speech_verb_stays_out(kb):
    doc = parsed("""
        Shell      PROPN nsubj  1 B-ORG Shell
        zegt       VERB  ROOT   1 -     zeggen
        niet       ADV   advmod 1 -     niet
        dat        SCONJ mark   6 -     dat
        de         DET   det    5 -     de
        fabriek    NOUN  nsubj  6 -     fabriek
        sluit      VERB  ccomp  1 -     sluiten
        .          PUNCT punct  1 -     .
    """)
    assert relations(doc, kb)[0] == []


POINTED = """
    ING        PROPN nsubj  1 B-ORG ING
    {verb}     VERB  ROOT   1 -     {lemma}
    er         ADV   advmod 1 -     er
    toen       ADV   advmod 1 -     toen
    {prep}     ADP   compound:prt 1 - {prep}
    dat        SCONJ mark   8 -     dat
    het        PRON  nsubj  8 -     het
    oud        ADJ   xcomp  8 -     oud
    was        AUX   ccomp  1 -     zijn
    .          PUNCT punct  1 -     .
"""


def test_split_pronominal_adverb_erop_wijzen_dat_is_wijzen(kb):
    statements, _ = relations(parsed(POINTED.format(verb="wees", lemma="wijzen", prep="op")), kb)
    assert statements == [("indirect", "ING", "wijzen", "dat het oud was", None)]


def test_split_pronominal_adverb_with_another_preposition_is_no_cue(kb):
    # `vroeg er … voor` asks a price; `vragen` reports with `om`
    assert relations(parsed(POINTED.format(verb="vroeg", lemma="vragen", prep="voor")), kb)[0] == []


SPOKE_AGAINST = """
    De         DET   det    1 -     de
    SDF        PROPN nsubj  2 B-ORG SDF
    spreken    VERB  ROOT   2 -     spreken
    echter     ADV   advmod 2 -     echter
    {word}     ADP   case   9 -     {word}
    dat        SCONJ mark   9 -     dat
    de         DET   det    7 -     de
    baby       NOUN  nsubj:pass 9 - baby
    is         AUX   aux:pass 9 -   zijn
    overleden  VERB  advcl  2 -     overlijden
    .          PUNCT punct  2 -     .
"""


def test_particle_hung_on_the_dat_clause_makes_the_speech_verb(kb):
    statements, _ = relations(parsed(SPOKE_AGAINST.format(word="tegen")), kb)
    assert statements == [("indirect", "SDF", "tegenspreken", "dat de baby is overleden", None)]


def test_a_preposition_that_makes_no_speech_verb_leaves_spreken_alone(kb):
    assert relations(parsed(SPOKE_AGAINST.format(word="over")), kb)[0] == []


ANNOUNCED = """
    De         DET   det    1 -     de
    kerk       NOUN  nsubj  2 -     kerk
    sluit      VERB  ROOT   2 -     sluiten
    .          PUNCT punct  2 -     .
    Dit        PRON  nsubj  5 -     dit
    maakte     VERB  ROOT   5 -     maakte
    Shell      PROPN obj    5 B-ORG Shell
    {negation}
    bekend     ADJ   xcomp  5 -     bekend
    .          PUNCT punct  5 -     .
"""


def test_a_particle_parsed_as_a_complement_makes_the_verb_and_is_no_content(kb):
    statements, _ = relations(parsed(ANNOUNCED.format(negation="")), kb)
    assert statements == [("indirect", "Shell", "bekendmaken", "De kerk sluit.", None)]


def test_an_adverb_the_parser_hung_on_the_particle_leaves_it_the_verbs(kb):
    """`Dat maakte de politie gisteren bekend.`: `gisteren` under `bekend`."""
    statements, _ = relations(parsed(ANNOUNCED.format(negation="gisteren ADV advmod 8 - gisteren")), kb)
    assert statements == [("indirect", "Shell", "bekendmaken", "De kerk sluit.", None)]


def test_a_negation_on_the_particle_negates_the_verb(kb):
    """`Dat maakte Shell niet bekend.`: an adverb on the particle, but one that denies the act."""
    assert relations(parsed(ANNOUNCED.format(negation="niet ADV advmod 8 - niet")), kb)[0] == []


ADMITTED = """
    Halsema    PROPN nsubj  2 B-PER Halsema
    {modal}    AUX   aux    2 -     moeten
    erkennen   VERB  ROOT   2 -     erkennen
    dat        SCONJ mark   5 -     dat
    het        PRON  nsubj  5 -     het
    klopt      VERB  ccomp  2 -     kloppen
    .          PUNCT punct  2 -     .
"""


def test_what_someone_had_to_admit_was_said(kb):
    assert relations(parsed(ADMITTED.format(modal="moest")), kb)[0] == [("indirect", "Femke Halsema", "erkennen", "dat het klopt", None)]


def test_what_someone_must_admit_is_not_said_yet(kb):
    assert relations(parsed(ADMITTED.format(modal="moet")), kb)[0] == []


def test_parenthesis_an_apposition_after_the_speaker_is_no_part_of_the_claim(kb):
    doc = parsed("""
        Het        DET   det    1 -     het
        plan       NOUN  nsubj  3 -     plan
        ,          PUNCT punct  1 -     ,
        zegt       VERB  ROOT   3 -     zeggen
        Rutte      PROPN nsubj  3 B-PER Rutte
        ,          PUNCT punct  7 -     ,
        een        DET   det    7 -     een
        liberaal   NOUN  appos  4 -     liberaal
        .          PUNCT punct  3 -     .
    """)
    statements, _ = relations(doc, kb)
    assert [s[3] for s in statements] == ["Het plan"]
