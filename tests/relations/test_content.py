"""What was said (pipeline/relations/content.py): complements, colon content, anaphoric
`dat`/`dit`, postposed reports."""

from __future__ import annotations

import pytest

from .conftest import BRUSSEE_REACTED, parsed, relations


def test_relations_postposed_attribution_the_parser_hung_anywhere(kb):
    doc = parsed("""
        Het    DET   det       1 -     het
        plan   NOUN  nsubj     2 -     plan
        werkt  VERB  ROOT      2 -     werken
        goed   ADJ   advmod    2 -     goed
        ,      PUNCT punct     5 -     ,
        zei    VERB  case      6 -     zei
        Rutte  PROPN parataxis 2 B-PER Rutte
        .      PUNCT punct     2 -     .
    """)
    statements, _ = relations(doc, kb)
    assert statements == [("indirect", "Mark Rutte", "zeggen", "Het plan werkt goed", None)]


def test_relations_main_clause_after_a_subordinate_clause_reports_nothing():
    from pipeline.lexicon import load_lexicon
    from pipeline.relations.postposed import postposed_report

    doc = parsed("""
        Terwijl     SCONJ mark  3 -     terwijl
        de          DET   det   2 -     de
        spanningen  NOUN  nsubj 3 -     spanning
        opliepen    VERB  obl   5 -     oplopen
        ,           PUNCT punct 5 -     ,
        waarschuwde VERB  ROOT  5 -     waarschuwen
        China       PROPN nsubj 5 B-LOC China
        .           PUNCT punct 5 -     .
    """)
    assert postposed_report(doc[5], load_lexicon()) is None


def test_relations_a_bare_noun_object_is_said_only_for_verbs_whose_object_is_content(kb):
    """`Poetin vertelt de anekdote.` reports nothing (data/lexicon/thing_object_verbs.txt);
    `Lavrov ontkent de beschuldigingen.` does."""
    doc = parsed("""
        Poetin     PROPN nsubj   1 B-PER Poetin
        vertelt    VERB  ROOT    1 -     vertellen
        de         DET   det     3 -     de
        anekdote   NOUN  obj     1 -     anekdote
        .          PUNCT punct   1 -     .
        Lavrov     PROPN nsubj   6 B-PER Lavrov
        ontkent    VERB  ROOT    6 -     ontkennen
        de         DET   det     8 -     de
        beschuldigingen NOUN obj 6 -     beschuldiging
        .          PUNCT punct   6 -     .
    """)
    statements, _ = relations(doc, kb)
    assert [(speaker, cue, text) for _, speaker, cue, text, _ in statements] == [("Sergey Lavrov", "ontkennen", "de beschuldigingen")]


def test_relations_a_leading_dit_before_a_colon_points_forward(kb):
    """`Dit heeft Rutte gezegd: de partij moet mee.` reports what follows the colon, not the
    previous sentence."""
    doc = parsed("""
        Het        PRON  nsubj   1 -     het
        regende    VERB  ROOT    1 -     regenen
        .          PUNCT punct   1 -     .
        Dit        PRON  obl     6 -     dit
        heeft      AUX   aux     6 -     hebben
        Rutte      PROPN nsubj   6 B-PER Rutte
        gezegd     VERB  ROOT    6 -     zeggen
        :          PUNCT punct   6 -     :
        de         DET   det     9 -     de
        partij     NOUN  nsubj   11 -    partij
        moet       AUX   aux     11 -    moeten
        mee        ADV   conj    3 -     mee
        .          PUNCT punct   6 -     .
    """)
    doc[6].set_morph("VerbForm=Part")
    statements, _ = relations(doc, kb)
    assert [(speaker, text) for _, speaker, _, text, _ in statements] == [("Mark Rutte", "de partij moet mee")]


def test_relations_a_colon_after_the_speech_verb_opens_the_content(kb):
    """`Xi heeft het gezegd: de partij moet mee.` reports what follows the colon; `om niet
    te zeggen: …` is a turn of phrase, no speech act."""
    doc = parsed("""
        Xi         PROPN nsubj   3 B-PER Xi
        heeft      AUX   aux     3 -     hebben
        het        PRON  obl     3 -     het
        gezegd     VERB  ROOT    3 -     zeggen
        :          PUNCT punct   3 -     :
        de         DET   det     6 -     de
        partij     NOUN  nsubj   8 -     partij
        moet       AUX   aux     8 -     moeten
        mee        ADV   conj    0 -     mee
        .          PUNCT punct   3 -     .
        Lavrov     PROPN nsubj   11 B-PER Lavrov
        twijfelt   VERB  ROOT    11 -    twijfelen
        ,          PUNCT punct   16 -    ,
        om         SCONJ mark    16 -    om
        niet       ADV   advmod  16 -    niet
        te         ADP   mark    16 -    te
        zeggen     VERB  advcl   11 -    zeggen
        :          PUNCT punct   16 -    :
        het        PRON  nsubj   19 -    het
        deugt      VERB  parataxis 11 -  deugen
        niet       ADV   advmod  19 -    niet
        .          PUNCT punct   11 -    .
    """)
    statements, _ = relations(doc, kb)
    assert [(speaker, text) for _, speaker, _, text, _ in statements] == [("Xi Jinping", "de partij moet mee")]


def test_relations_dat_parsed_as_subject_and_the_speaker_as_object(kb):
    """`Dat schrijft minister Slob.` with `Dat` as subject and `minister` as object: what
    Slob wrote is still the previous sentence, not the noun `minister`."""
    doc = parsed("""
        De         DET   det     1 -     de
        school     NOUN  nsubj   2 -     school
        faalde     VERB  ROOT    2 -     falen
        .          PUNCT punct   2 -     .
        Dat        PRON  nsubj   5 -     dat
        schrijft   VERB  ROOT    5 -     schrijven
        minister   NOUN  obj     5 -     minister
        Slob       PROPN appos   6 B-PER Slob
        .          PUNCT punct   5 -     .
    """)
    statements, _ = relations(doc, kb)
    assert [(speaker, cue) for _, speaker, cue, *_ in statements] == [("Slob", "schrijven")]


def test_relations_anaphoric_dit_through_a_laten_weten_chain(kb):
    """`Dit heeft Pompeo de Kamer laten weten.`: `Dit`, on the finite `heeft`, is what was
    let known; the inverted subject follows `heeft`, and `de Kamer` is who was told."""
    doc = parsed(BRUSSEE_REACTED + """
        Dit        PRON  nsubj   4 -     dit
        heeft      VERB  ROOT    4 -     hebben
        Pompeo     PROPN nsubj   4 B-PER Pompeo
        de         DET   det     7 -     de
        Kamer      PROPN obj     8 B-ORG Kamer
        laten      VERB  xcomp   4 -     laten
        weten      VERB  xcomp   8 -     weten
        .          PUNCT punct   4 -     .
    """)
    statements, _ = relations(doc, kb)
    assert [(speaker, cue, text) for _, speaker, cue, text, _ in statements] == [("Mike Pompeo", "laten weten", "Brussee reageerde.")]


def test_relations_colon_content_the_parser_made_the_root(kb):
    """`Zoals Pompeo zei: de top mislukte.` with `mislukte` as root: what was said starts
    after the colon, not at `Zoals`."""
    doc = parsed("""
        Zoals      SCONJ mark    2 -     zoals
        Pompeo     PROPN nsubj   2 B-PER Pompeo
        zei        VERB  advcl   6 -     zeggen
        :          PUNCT punct   6 -     :
        de         DET   det     5 -     de
        top        NOUN  nsubj   6 -     top
        mislukte   VERB  ROOT    6 -     mislukken
        .          PUNCT punct   6 -     .
    """)
    statements, _ = relations(doc, kb)
    assert statements == [("indirect", "Mike Pompeo", "zeggen", "de top mislukte", None)]


def test_relations_postposed_cue_with_its_inverted_subject_parsed_as_object(kb):
    """`De top mislukte, zegt advocaat Pompeo.`: `advocaat` taken for the object is still
    the speaker, and what was said is the clause before the comma."""
    doc = parsed("""
        De         DET   det     1 -     de
        top        NOUN  nsubj   2 -     top
        mislukte   VERB  ROOT    2 -     mislukken
        ,          PUNCT punct   4 -     ,
        zegt       VERB  parataxis 2 -   zeggen
        advocaat   NOUN  obj     4 -     advocaat
        Pompeo     PROPN appos   5 B-PER Pompeo
        .          PUNCT punct   2 -     .
    """)
    statements, _ = relations(doc, kb)
    assert [(speaker, text) for _, speaker, _, text, _ in statements] == [("Mike Pompeo", "De top mislukte")]


def test_relations_a_subject_before_the_comma_makes_no_postposed_report(kb):
    """`Pompeo, die faalde, vraagt uitstel.`: the verb after a comma has its subject before
    it, so its object is what was asked, not an inverted speaker."""
    doc = parsed("""
        Pompeo     PROPN nsubj   5 B-PER Pompeo
        ,          PUNCT punct   3 -     ,
        die        PRON  nsubj   3 -     die
        faalde     VERB  acl:relcl 0 -   falen
        ,          PUNCT punct   3 -     ,
        vraagt     VERB  ROOT    5 -     vragen
        uitstel    NOUN  obj     5 -     uitstel
        .          PUNCT punct   5 -     .
    """)
    statements, _ = relations(doc, kb)
    assert [(speaker, text) for _, speaker, _, text, _ in statements] == [("Mike Pompeo", "uitstel")]


def test_relations_a_fronted_adverbial_clause_is_not_what_was_said(kb):
    """`Nadat KLM vertrok, dreigde Rusland het luchtruim te sluiten.`: the threat is the
    infinitive after the verb, not the `nadat` clause."""
    doc = parsed("""
        Nadat      SCONJ mark    2 -     nadat
        KLM        PROPN nsubj   2 B-ORG KLM
        vertrok    VERB  advcl   4 -     vertrekken
        ,          PUNCT punct   2 -     ,
        dreigde    VERB  ROOT    4 -     dreigen
        Rusland    PROPN nsubj   4 B-LOC Rusland
        het        DET   det     7 -     het
        luchtruim  NOUN  obj     9 -     luchtruim
        te         ADP   mark    9 -     te
        sluiten    VERB  xcomp   4 -     sluiten
        .          PUNCT punct   4 -     .
    """)
    statements, _ = relations(doc, kb)
    assert [(speaker, text) for _, speaker, _, text, _ in statements] == [("Russia", "het luchtruim te sluiten")]


def test_relations_anaphoric_object_dit_mislabelled_as_passive_subject(kb):
    """`Pompeo heeft dit aan Lavrov gemeld.` with `dit` labelled nsubj:pass: `hebben` makes
    no passive, and `dit` stands for the previous sentence."""
    doc = parsed(BRUSSEE_REACTED + """
        Pompeo     PROPN nsubj   8 B-PER Pompeo
        heeft      AUX   aux     8 -     hebben
        dit        PRON  nsubj:pass 8 -  dit
        aan        ADP   case    7 -     aan
        Lavrov     PROPN obl     8 B-PER Lavrov
        gemeld     VERB  ROOT    8 -     melden
        .          PUNCT punct   8 -     .
    """)
    doc[8].set_morph("VerbForm=Part")
    statements, _ = relations(doc, kb)
    assert statements == [("indirect", "Mike Pompeo", "melden", "Brussee reageerde.", "Sergey Lavrov")]


PREPOSITIONAL = """
    Winsemius  PROPN nsubj 1 B-PER Winsemius
    {verb}     VERB  ROOT  1 -     {lemma}
    {prep}     ADP   case  4 -     {prep}
    nieuwe     ADJ   amod  4 -     nieuw
    techniek   NOUN  obl   1 -     techniek
    .          PUNCT punct 1 -     .
"""


@pytest.mark.parametrize(("verb", "lemma", "prep"), [("wijst", "wijzen", "op"), ("spreekt", "spreken", "van"), ("pleit", "pleiten", "voor")])
def test_relations_a_prepositional_object_is_what_was_said(kb, verb, lemma, prep):
    statements, _ = relations(parsed(PREPOSITIONAL.format(verb=verb, lemma=lemma, prep=prep)), kb)
    assert statements == [("indirect", "Winsemius", lemma, f"{prep} nieuwe techniek", None)]


@pytest.mark.parametrize(("verb", "lemma", "prep"), [("spreekt", "spreken", "met"), ("wijst", "wijzen", "naar"), ("werkt", "werken", "op")])
def test_relations_another_preposition_reports_nothing(kb, verb, lemma, prep):
    assert relations(parsed(PREPOSITIONAL.format(verb=verb, lemma=lemma, prep=prep)), kb)[0] == []


DIT_HEEFT_POMPEO_LATEN_WETEN = """
        Dit        PRON  nsubj   4 -     dit
        heeft      AUX   aux     {laten} -     hebben
        {subject}
        laten      VERB  ROOT    {laten} -     laten
        weten      VERB  xcomp   {laten} -     weten
        .          PUNCT punct   {laten} -     .
"""


def test_relations_infinitive_for_participle_makes_heeft_the_finite_verb(kb):
    """`Dit heeft Pompeo laten weten.` with `heeft` parsed as the aux of `laten` (an
    infinitive standing for the participle): `heeft` is the finite verb, so `Pompeo` after
    it is the inverted subject and `Dit` what was let known."""
    doc = parsed(BRUSSEE_REACTED + DIT_HEEFT_POMPEO_LATEN_WETEN.format(laten=6, subject="Pompeo     PROPN iobj    4 B-PER Pompeo"))
    statements, _ = relations(doc, kb)
    assert [(speaker, cue, text) for _, speaker, cue, text, _ in statements] == [("Mike Pompeo", "laten weten", "Brussee reageerde.")]


def test_relations_infinitive_for_participle_needs_a_name_after_heeft(kb):
    """`Dit heeft de woordvoerder laten weten.`, nobody named after `heeft`: no speaker, not
    the one named in the sentence before."""
    doc = parsed(BRUSSEE_REACTED + DIT_HEEFT_POMPEO_LATEN_WETEN.format(laten=7, subject="de  DET det 6 - de\n woordvoerder NOUN iobj 4 - woordvoerder"))
    statements, _ = relations(doc, kb)
    assert [speaker for _, speaker, *_ in statements] == []


VOLGENS_INSIDE = """
    Ze          PRON  nsubj   1 -     ze
    vestigen    VERB  ROOT    1 -     vestigen
    zich        PRON  expl:pv 1 -     zich
    volgens     ADP   case    5 -     volgens
    de          DET   det     5 -     de
    Vogelbescherming PROPN obl 1 B-ORG Vogelbescherming
    graag       ADV   advmod  1 -     graag
    in          ADP   case    8 -     in
    schuren     NOUN  obl     1 -     schuur
    .           PUNCT punct   1 -     .
"""


def test_volgens_inside_a_clause_claims_the_clause_without_the_phrase(kb):
    statements, _ = relations(parsed(VOLGENS_INSIDE), kb)
    assert [(s[1], s[3]) for s in statements] == [("Vogelbescherming", "Ze vestigen zich graag in schuren")]


def test_volgens_after_a_clause_claims_the_clause(kb):
    doc = parsed("""
        Niemand   PRON  nsubj  1 -     niemand
        raakte    VERB  ROOT   1 -     raken
        gewond    ADJ   xcomp  1 -     gewond
        ,         PUNCT punct  6 -     ,
        volgens   ADP   case   6 -     volgens
        de        DET   det    6 -     de
        politie   NOUN  obl    1 B-ORG politie
        .         PUNCT punct  1 -     .
    """)
    assert [s[3] for s in relations(doc, kb)[0]] == ["Niemand raakte gewond"]
