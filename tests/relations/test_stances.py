"""Stance predicates with `zijn` (pipeline/relations/stances.py, rule `stance_copula`): `is
geen voorstander`, `is juist voor de bpm-verhoging`, `is bang dat …`; and the idiom `weet
zeker dat …` / `weet het zeker: …` (data/lexicon/cue_idioms.txt)."""

from __future__ import annotations

import pytest

from .conftest import extracted, parsed, relations

HOLDER = """
    Ook        ADV   advmod  1 -     ook
    Rutte      PROPN nsubj   4 B-PER Rutte
    {adverb:<10} ADV advmod  4 -     {adverb}
    is         AUX   cop     4 -     zijn
    {noun:<10} NOUN  ROOT    4 -     {noun}
    .          PUNCT punct   4 -     .
"""


def test_stance_copula_a_holder_of_a_stance_states_a_view(kb):
    """`Ook Eva Naaijkens is geen voorstander` (with `geen` the noun's determiner, still a view)."""
    doc = parsed(HOLDER.format(adverb="al", noun="voorstander"))
    assert relations(doc, kb)[0] == [("indirect", "Mark Rutte", "voorstander", "is voorstander", None)]
    assert [s.rule for s in extracted(doc, kb)[0]] == ["stance_copula"]


@pytest.mark.parametrize(("adverb", "noun"), [("al", "premier"), ("niet", "voorstander")])
def test_stance_copula_another_noun_or_a_negated_copula_states_nothing(kb, adverb, noun):
    """`Rutte is al premier` holds an office, no view; `is niet voorstander` is left out with
    every negated predicate."""
    assert relations(parsed(HOLDER.format(adverb=adverb, noun=noun)), kb)[0] == []


FOR_A_THING = """
    Rutte      PROPN nsubj   4 B-PER Rutte
    is         AUX   cop     4 -     zijn
    {prep:<10} ADP   case    4 -     {prep}
    de         DET   det     4 -     de
    {noun:<10} NOUN  ROOT    4 -     {noun}
    .          PUNCT punct   4 -     .
"""


def test_stance_copula_voor_or_tegen_a_thing_is_a_stance(kb):
    """`Anne Knol is juist voor de bpm-verhoging`."""
    assert relations(parsed(FOR_A_THING.format(prep="tegen", noun="verhoging")), kb)[0] == [
        ("indirect", "Mark Rutte", "tegen", "is tegen de verhoging", None)]


@pytest.mark.parametrize(("prep", "noun"), [("voor", "keer"), ("in", "verhoging")])
def test_stance_copula_a_time_or_another_preposition_is_no_stance(kb, prep, noun):
    """`is voor de derde keer …` counts a time, `is in de …` places."""
    assert relations(parsed(FOR_A_THING.format(prep=prep, noun=noun)), kb)[0] == []


AFRAID = """
    {mark:<10} SCONJ mark    3 -     {mark}
    Rutte      PROPN nsubj   3 B-PER Rutte
    is         AUX   cop     3 -     zijn
    bang       ADJ   ROOT    3 -     bang
    {after}
    .          PUNCT punct   3 -     .
"""
CLAUSE = """
    dat        SCONJ mark    6 -     dat
    hij        PRON  nsubj   6 -     hij
    verliest   VERB  ccomp   3 -     verliezen
"""


def test_stance_copula_bang_dat_states_a_fear(kb):
    """`Leonie van Noorden … is bang dat kinderen ondersneeuwen`."""
    assert relations(parsed(AFRAID.format(mark="Ook", after=CLAUSE).replace("Ook        SCONJ mark", "Ook        ADV   advmod")), kb)[0] == [
        ("indirect", "Mark Rutte", "bang", "is bang dat hij verliest", None)]


def test_stance_copula_bang_without_a_clause_or_in_a_condition_states_nothing(kb):
    """`Rutte is bang` is a feeling with nothing claimed; `Als Rutte bang is dat …` a condition."""
    alone = AFRAID.format(mark="Ook", after="").replace("Ook        SCONJ mark", "Ook        ADV   advmod")
    assert relations(parsed(alone), kb)[0] == []
    assert relations(parsed(AFRAID.format(mark="Als", after=CLAUSE)), kb)[0] == []


SURE = """
    Rutte      PROPN nsubj   1 B-PER Rutte
    weet       VERB  ROOT    1 -     weten
    zeker      ADJ   advmod  1 -     zeker
    {after}
    .          PUNCT punct   1 -     .
"""


def test_statements_zeker_weten_dat_states_a_conviction_and_zeker_de_weg_knows(kb):
    """`Verkeerspsycholoog Tertoolen weet zeker dat het daar op uitloopt`; `weet zeker de weg`
    (data/lexicon/thing_object_verbs.txt) knows a thing and says nothing."""
    clause = "dat SCONJ mark 5 - dat\n het PRON nsubj 5 - het\n gebeurt VERB ccomp 1 - gebeuren"
    assert relations(parsed(SURE.format(after=clause)), kb)[0] == [("indirect", "Mark Rutte", "zeker weten", "dat het gebeurt", None)]
    assert relations(parsed(SURE.format(after="de DET det 4 - de\n weg NOUN obj 1 - weg")), kb)[0] == []


def test_stance_copula_voor_before_the_copula_opens_a_time_clause(kb):
    """`Voor ze bij SIZ aantrad, was ze ondernemer`: the parser may make `Voor` the case of
    the predicate noun; before the copula it is no stance."""
    doc = parsed("""
        Voor       ADP   case    4 -     voor
        was        AUX   cop     4 -     zijn
        Rutte      PROPN nsubj   4 B-PER Rutte
        de         DET   det     4 -     de
        ondernemer NOUN  ROOT    4 -     ondernemer
        .          PUNCT punct   4 -     .
    """)
    assert relations(doc, kb)[0] == []


def test_stance_copula_a_holder_with_a_determiner_is_an_opponent(kb):
    """`Kocner was ook haar tegenstander in haar gevecht`: an opponent, no view."""
    doc = parsed("""
        Rutte      PROPN nsubj   3 B-PER Rutte
        was        AUX   cop     3 -     zijn
        haar       PRON  nmod:poss 3 -   haar
        tegenstander NOUN ROOT   3 -     tegenstander
        .          PUNCT punct   3 -     .
    """)
    assert relations(doc, kb)[0] == []


def test_stance_copula_voor_people_or_an_unnamed_plural_subject_is_no_stance(kb):
    """`is het voor ambitieuze vrouwen knokken` says for whom; `de idealisten - Wikipedia … -
    zijn bang dat …` is nobody's named view."""
    assert relations(parsed(FOR_A_THING.format(prep="voor", noun="vrouwen").replace("vrouwen    NOUN  ROOT    4 -     vrouwen",
                                                                                    "vrouwen    NOUN  ROOT    4 -     vrouw")), kb)[0] == []
    doc = parsed("""
        De         DET   det     1 -     de
        idealisten NOUN  nsubj   6 -     idealist
        -          PUNCT punct   3 -     -
        Rutte      PROPN appos   1 B-PER Rutte
        -          PUNCT punct   3 -     -
        zijn       AUX   cop     6 -     zijn
        bang       ADJ   ROOT    6 -     bang
        dat        SCONJ mark    9 -     dat
        hij        PRON  nsubj   9 -     hij
        verliest   VERB  ccomp   6 -     verliezen
        .          PUNCT punct   6 -     .
    """)
    assert relations(doc, kb)[0] == []


HEDGED = """
    Rutte      PROPN nsubj   1 B-PER Rutte
    weet       VERB  ROOT    1 -     weten
    {adverb:<10} ADV advmod  3 -     {adverb}
    zeker      ADJ   advmod  1 -     zeker
    dat        SCONJ mark    6 -     dat
    het        PRON  nsubj   6 -     het
    gebeurt    VERB  ccomp   1 -     gebeuren
    .          PUNCT punct   1 -     .
"""


def test_statements_bijna_zeker_weten_is_a_guess_and_heel_zeker_a_certainty(kb):
    """`Abdulaziz weet bijna zeker dat ze in een strafkamp zit`: the approximator on `zeker`
    (data/lexicon/hedges.txt) leaves no certainty stated; `weet heel zeker dat …` states one."""
    assert relations(parsed(HEDGED.format(adverb="bijna")), kb)[0] == []
    assert [s[2] for s in relations(parsed(HEDGED.format(adverb="heel")), kb)[0]] == ["zeker weten"]


THERE_FOR = """
    Merkel     PROPN nsubj   6 B-PER Merkel
    is         AUX   cop     6 -     zijn
    dinsdag    PROPN advmod  1 -     dinsdag
    {where}
    voor       ADP   case    6 -     voor
    {noun:<10} NOUN  ROOT    6 -     {noun}
    met        ADP   case    8 -     met
    Rutte      PROPN nmod    6 B-PER Rutte
    .          PUNCT punct   6 -     .
"""


@pytest.mark.parametrize(("where", "noun"), [
    ("in ADP case 4 - in\n    Berlijn PROPN obl 2 B-LOC Berlijn", "overleg"),  # here for talks, in Berlin
    ("al ADV advmod 6 - al\n    lang ADV advmod 6 - lang", "overleg"),  # an encounter noun, whereabouts unstated
    ("in ADP case 4 - in\n    Berlijn PROPN obl 2 B-LOC Berlijn", "verbod"),  # a thing, after the whereabouts
])
def test_stance_copula_voor_after_the_whereabouts_or_with_an_encounter_noun_is_a_purpose(kb, where, noun):
    """Rule `purpose_not_stance`: `Merkel is dinsdag in Berlijn voor overleg met Rutte`
    says what she is there for, not what she favours."""
    assert relations(parsed(THERE_FOR.format(where=where, noun=noun)), kb)[0] == []
