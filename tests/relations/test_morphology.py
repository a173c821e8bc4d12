"""Verb morphology (pipeline/relations/morphology.py): lemmas rebuilt from strong and missed
past tenses, separable particles, a verb tagged as a noun, `laten weten`."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from pipeline.relations.morphology import is_verb

from .conftest import POMPEO_MET_LAVROV, VOCAB, parsed, relations


def lemmas_of_written(written: str) -> set[str]:
    """The lemmas rebuilt for a verb the lemmatizer left as written."""
    from pipeline.lexicon import load_lexicon
    from pipeline.relations.morphology import rebuilt_verb_lemmas

    return rebuilt_verb_lemmas(Doc(VOCAB, words=[written], pos=["VERB"], lemmas=[written])[0], load_lexicon())


def test_relations_indirect_speech_with_a_past_tense_the_lemmatizer_missed(kb):
    doc = parsed("""
        Pompeo        PROPN nsubj 1 B-PER Pompeo
        onderstreepte VERB  ROOT  1 -     onderstreeppen
        dat           SCONJ mark  4 -     dat
        het           PRON  nsubj 4 -     het
        werkt         VERB  ccomp 1 -     werken
        .             PUNCT punct 1 -     .
    """)
    statements, _ = relations(doc, kb)
    assert statements == [("indirect", "Mike Pompeo", "onderstrepen", "dat het werkt", None)]


@pytest.mark.parametrize(("written", "infinitives"), [
    ("riep", {"roepen"}), ("opriep", {"oproepen"}), ("uitgesproken", {"uitspreken"}), ("besproken", {"bespreken"}), ("zegt", set()),
    ("opgezocht", {"opzoeken"}), ("dronk", {"drinken"}), ("hing", {"hangen"}),
])
def test_relations_strong_verb_forms(written, infinitives):
    from pipeline.lexicon import load_lexicon
    from pipeline.relations.morphology import strong_infinitives

    assert strong_infinitives(written, load_lexicon()) == infinitives


def test_relations_a_verb_tagged_as_a_noun_still_triggers(kb):
    """`De ministers praatten Poetin bij`, with `praatten` tagged NOUN (lemma `praatt`): a
    noun with a subject of its own and no determiner is read as the verb it is; the object
    of `bijpraten` is the partner."""
    doc = parsed(POMPEO_MET_LAVROV + """
        De         DET   det     5 -     de
        ministers  NOUN  nsubj   6 -     minister
        praatten   NOUN  ROOT    6 -     praatt
        president  NOUN  nmod    6 -     president
        Poetin     PROPN obj     6 B-PER Poetin
        bij        ADP   compound:prt 6 - bij
        .          PUNCT punct   6 -     .
    """)
    _, meetings = relations(doc, kb)
    assert [people for _, people, *_ in meetings] == [["Mike Pompeo", "Sergey Lavrov"], ["Mike Pompeo", "Sergey Lavrov", "Vladimir Putin"]]


def test_relations_only_a_bare_noun_with_a_subject_reads_as_a_verb():
    verb_like = parsed("""
        ministers  NOUN  nsubj   1 -     minister
        praatten   NOUN  ROOT    1 -     praatt
    """)
    determined = parsed("""
        ministers  NOUN  nsubj   2 -     minister
        het        DET   det     2 -     het
        gesprek    NOUN  ROOT    2 -     gesprek
    """)
    predicate = parsed("""
        Poetin     PROPN nsubj   2 B-PER Poetin
        is         AUX   cop     2 -     zijn
        president  NOUN  ROOT    2 -     president
    """)
    assert is_verb(verb_like[1])
    assert not is_verb(determined[2]) and not is_verb(predicate[2]) and not is_verb(verb_like[0])


def test_relations_particles_and_conditions(kb):
    """`zei … op de tv` with `tv` taken for a particle is still `zeggen`; a lemma with a
    particle the sentence lacks (`merkte` as `opmerken`) is not trusted; a speech verb in an
    `als` clause reports no statement."""
    doc = parsed("""
        Poetin     PROPN nsubj   1 B-PER Poetin
        zei        VERB  ROOT    1 -     zeggen
        tv         ADV   compound:prt 1 - tv
        dat        SCONJ mark    5 -     dat
        het        PRON  nsubj   5 -     het
        klopt      VERB  ccomp   1 -     kloppen
        .          PUNCT punct   1 -     .
        Lavrov     PROPN nsubj   8 B-PER Lavrov
        merkte     VERB  ROOT    8 -     opmerken
        dat        SCONJ mark    11 -    dat
        het        PRON  nsubj   11 -    het
        klopt      VERB  ccomp   8 -     kloppen
        .          PUNCT punct   8 -     .
        Als        SCONJ mark    15 -    als
        Pompeo     PROPN nsubj   15 B-PER Pompeo
        zegt       VERB  ROOT    15 -    zeggen
        dat        SCONJ mark    18 -    dat
        het        PRON  nsubj   18 -    het
        klopt      VERB  ccomp   15 -    kloppen
        .          PUNCT punct   15 -    .
    """)
    statements, _ = relations(doc, kb)
    assert [(speaker, cue) for _, speaker, cue, *_ in statements] == [("Vladimir Putin", "zeggen")]


def test_relations_a_particle_that_starts_a_fixed_expression_is_a_preposition(kb):
    """`May vraagt om meer tijd` with `om` taken for a particle of `vraagt`: not `omvragen`."""
    doc = parsed("""
        May        PROPN nsubj   1 B-PER May
        vraagt     VERB  ROOT    1 -     vragen
        om         ADP   compound:prt 1 - om
        meer       DET   fixed   2 -     veel
        tijd       NOUN  obj     1 -     tijd
        .          PUNCT punct   1 -     .
    """)
    statements, _ = relations(doc, kb)
    assert [(speaker, cue) for _, speaker, cue, *_ in statements] == [("May", "vragen")]


def test_relations_laten_weten_with_weten_taken_for_a_particle(kb):
    """`De VS lieten weten dat …`, `weten` parsed as the particle of `laten`."""
    doc = parsed("""
        De         DET   det     1 -     de
        VS         PROPN nsubj   2 B-LOC VS
        lieten     VERB  ROOT    2 -     lieten
        weten      VERB  compound:prt 2 - weten
        dat        SCONJ mark    6 -     dat
        het        PRON  nsubj   6 -     het
        klopte     VERB  ccomp   2 -     kloppen
        .          PUNCT punct   2 -     .
    """)
    statements, _ = relations(doc, kb)
    assert [(speaker, cue) for _, speaker, cue, *_ in statements] == [("United States", "laten weten")]


@pytest.mark.parametrize(("written", "wanted", "unwanted"), [
    ("schrijft", "schrijven", None), ("prijst", "prijzen", None), ("leeft", "leven", None),
    ("kust", "kussen", None), ("zegt", "zeggen", "zegven"),
])
def test_relations_present_tense_v_and_z_are_written_f_and_s(written, wanted, unwanted):
    """`schrijft` → schrijven, `prijst` → prijzen: Dutch spelling writes the v or z of the stem
    as f or s before the -t; a lemmatizer that keeps `schrijft` must not cost the cue."""
    lemmas = lemmas_of_written(written)
    assert wanted in lemmas and unwanted not in lemmas


@pytest.mark.parametrize(("written", "wanted"), [("praat", "praten"), ("ontmoet", "ontmoeten"), ("ontbijt", "ontbijten")])
def test_relations_a_present_tense_of_a_t_stem_adds_no_t(written, wanted):
    """`Halsema praat met Aboutaleb`, lemmatised `praan`: a stem ending in t takes no second
    one in the present tense, so the written form is the stem (`praat` → praten, its long
    vowel written single before -en)."""
    assert wanted in lemmas_of_written(written)


@pytest.mark.parametrize(("written", "wanted"), [("gebeld", "bellen"), ("gemeld", "melden"), ("geluncht", "lunchen")])
def test_relations_short_weak_participles_lose_their_ge(written, wanted):
    """`gebeld`, `gemeld`: six letters are enough for a participle's `ge-` to come off."""
    assert wanted in lemmas_of_written(written)


@pytest.mark.parametrize(("particle", "dep", "speaks"), [("vol", "advmod", True), ("vol", "compound:prt", True), ("stil", "advmod", False)])
def test_relations_a_separable_particle_parsed_as_an_adverb_still_makes_the_speech_verb(kb, particle, dep, speaks):
    """`Pompeo hield vol dat het werkt` (`vol` taken for an adverb) is `volhouden`;
    `hield stil` is no speech verb whatever the parse."""
    doc = parsed(f"""
        Pompeo     PROPN nsubj 1 B-PER Pompeo
        hield      VERB  ROOT  1 -     houden
        {particle} ADV   {dep} 1 -     {particle}
        dat        SCONJ mark  5 -     dat
        het        PRON  nsubj 5 -     het
        werkt      VERB  ccomp 1 -     werken
        .          PUNCT punct 1 -     .
    """)
    statements, _ = relations(doc, kb)
    assert [s[2] for s in statements] == (["volhouden"] if speaks else [])


@pytest.mark.parametrize(("written", "infinitive"), [("bracht", "brengen"), ("brachten", "brengen"), ("gebracht", "brengen")])
def test_irregular_past_tenses_of_a_light_verb_are_rebuilt(written, infinitive):
    """`bracht een bezoek aan Merkel`, `heeft een bezoek gebracht`: the lemmatizer may leave
    these as written, and `brengen` is the light verb of `een bezoek brengen`."""
    assert infinitive in lemmas_of_written(written)


def test_a_look_alike_of_an_irregular_past_tense_is_not_rebuilt_as_it():
    """`brak` (breken) and `brach` (no word) end in no form of `brengen`."""
    assert "brengen" not in lemmas_of_written("brak") and "brengen" not in lemmas_of_written("brach")

