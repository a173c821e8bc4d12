"""Meeting constructions the bundled parser misreads (pipeline/relations/meetings.py,
parties.py): encounter nouns tagged as names or adjectives, cancellations written as
participles, bodies named where an encounter took place, `op bezoek` asides, and noun
phrases hung on the verb as appositions or conjuncts (parties.core_arguments)."""

from __future__ import annotations

import pytest

from .conftest import parsed, relations

TAGGED_AS = """
    Tijdens    ADP   case     2 -     tijdens
    zijn       PRON  nmod:poss 2 -    zijn
    {noun}     {pos} obl      6 -     {noun}
    met        ADP   case     4 -     met
    Biden      PROPN nmod     2 B-PER Biden
    ,          PUNCT punct    2 -     ,
    zei        VERB  ROOT     6 -     zeggen
    Rutte      PROPN nsubj    6 B-PER Rutte
    niets      PRON  obj      6 -     niets
    .          PUNCT punct    6 -     .
"""


@pytest.mark.parametrize(("pos", "noun", "kind"), [("ADJ", "telefoongesprek", "call"), ("PROPN", "gesprek", "meeting"), ("NOUN", "gesprek", "meeting")])
def test_misread_an_encounter_noun_tagged_as_a_name_or_adjective_still_reports_it(kb, pos, noun, kind):
    assert relations(parsed(TAGGED_AS.format(pos=pos, noun=noun)), kb)[1] == [(kind, ["Joe Biden", "Mark Rutte"], None, None)]


def test_misread_an_adjective_modifying_a_noun_is_no_encounter_noun(kb):
    doc = parsed("""
        Rutte      PROPN nsubj 1 B-PER Rutte
        had        VERB  ROOT  1 -     hebben
        een        DET   det   4 -     een
        gesprek    ADJ   amod  4 -     gesprek
        voorstel   NOUN  obj   1 -     voorstel
        met        ADP   case  6 -     met
        Biden      PROPN nmod  4 B-PER Biden
        .          PUNCT punct 1 -     .
    """)
    assert relations(doc, kb)[1] == []


def test_misread_the_written_form_of_a_diminutive_finds_the_trigger(kb):
    doc = parsed("""
        Rutte      PROPN nsubj 1 B-PER Rutte
        had        VERB  ROOT  1 -     hebben
        een        DET   det   3 -     een
        belletje   NOUN  obj   1 -     bellet
        met        ADP   case  5 -     met
        Biden      PROPN nmod  3 B-PER Biden
        .          PUNCT punct 1 -     .
    """)
    assert relations(doc, kb)[1] == [("call", ["Joe Biden", "Mark Rutte"], None, None)]


CANCELLED = """
    De         DET   det        1 -     de
    top        NOUN  nsubj:pass 9 -     top
    tussen     ADP   case       3 -     tussen
    Rutte      PROPN nmod       1 B-PER Rutte
    en         CCONJ cc         5 -     en
    Merkel     PROPN conj       3 B-PER Merkel
    werd       AUX   aux:pass   9 -     worden
    gisteren   ADV   advmod     9 -     gisteren
    nog        ADV   advmod     9 -     nog
    {verb}     VERB  ROOT       9 -     {verb}
    .          PUNCT punct      9 -     .
"""


def test_misread_a_cancelling_participle_the_lemmatizer_left_as_written_cancels(kb):
    assert relations(parsed(CANCELLED.format(verb="afgeblazen")), kb)[1] == []


def test_misread_another_participle_leaves_the_encounter(kb):
    assert relations(parsed(CANCELLED.format(verb="gehouden")), kb)[1] == [("meeting", ["Angela Merkel", "Mark Rutte"], None, "2019-05-13")]


def test_misread_a_body_named_where_the_encounter_was_is_its_place_not_a_party(kb):
    doc = parsed("""
        Rutte      PROPN nsubj 1 B-PER Rutte
        sprak      VERB  ROOT  1 -     spreken
        in         ADP   case  5 -     in
        het        DET   det   5 -     het
        Witte      ADJ   amod  5 B-ORG Witte
        Huis       NOUN  obl   1 I-ORG Huis
        met        ADP   case  7 -     met
        Biden      PROPN obl   1 B-PER Biden
        .          PUNCT punct 1 -     .
    """)
    assert relations(doc, kb)[1] == [("meeting", ["Joe Biden", "Mark Rutte"], "White House", None)]


def test_misread_a_body_met_with_is_a_party(kb):
    doc = parsed("""
        Rutte      PROPN nsubj 1 B-PER Rutte
        sprak      VERB  ROOT  1 -     spreken
        met        ADP   case  3 -     met
        Shell      PROPN obl   1 B-ORG Shell
        .          PUNCT punct 1 -     .
    """)
    assert relations(doc, kb)[1] == [("meeting", ["Mark Rutte", "Shell"], None, None)]


def test_misread_the_place_of_an_encounter_noun_on_its_verb(kb):
    doc = parsed("""
        De         DET   det    1 -      de
        NAVO-top   PROPN nsubj  8 B-MISC NAVO-top
        met        ADP   case   3 -      met
        Rutte      PROPN nmod   1 B-PER  Rutte
        en         CCONJ cc     5 -      en
        Biden      PROPN conj   3 B-PER  Biden
        was        AUX   aux    8 -      zijn
        gisteren   ADV   advmod 8 -      gisteren
        begonnen   VERB  ROOT   8 -      beginnen
        in         ADP   case   10 -     in
        Vilnius    PROPN obl    8 B-LOC  Vilnius
        .          PUNCT punct  8 -      .
    """)
    assert relations(doc, kb)[1] == [("meeting", ["Joe Biden", "Mark Rutte"], "Vilnius", "2019-05-13")]


ASIDE = """
    Premier    NOUN  nsubj  5 -     premier
    {name}     PROPN appos  0 {ent} {name}
    ,          PUNCT punct  4 -     ,
    woensdag   PROPN appos  0 -     woensdag
    toevallig  ADJ   amod   5 -     toevallig
    op         ADP   case   6 -     op
    werkbezoek NOUN  ROOT   6 -     werkbezoek
    in         ADP   case   8 -     in
    Groningen  PROPN nmod   6 B-LOC Groningen
    ,          PUNCT punct  6 -     ,
    noemde     VERB  parataxis 6 -  noemen
    het        PRON  obj    10 -    het
    onacceptabel ADJ xcomp  10 -    onacceptabel
    .          PUNCT punct  6 -     .
"""


def test_misread_an_op_bezoek_aside_after_a_name_is_that_persons_visit(kb):
    doc = parsed(ASIDE.format(name="Rutte", ent="B-PER"))
    assert relations(doc, kb)[1] == [("visit", ["Groningen", "Mark Rutte"], "Groningen", "2019-05-08")]


def test_misread_an_op_bezoek_aside_after_no_person_is_nobodys_visit(kb):
    doc = parsed(ASIDE.format(name="vandaag", ent="-"))
    assert relations(doc, kb)[1] == []


def test_misread_a_first_person_subject_of_an_encounter_noun_is_the_quotes_speaker(kb):
    doc = parsed("""
        "          PUNCT punct  3 -     "
        We         PRON  nsubj  3 -     we
        hebben     AUX   aux    3 -     hebben
        morgen     VERB  ROOT   3 -     morgen
        een        DET   det    5 -     een
        gesprek    NOUN  obj    3 -     gesprek
        met        ADP   case   7 -     met
        Biden      PROPN nmod   5 B-PER Biden
        "          PUNCT punct  5 -     "
        ,          PUNCT punct  10 -    ,
        zegt       VERB  parataxis 3 -  zeggen
        Rutte      PROPN nsubj  10 B-PER Rutte
        .          PUNCT punct  3 -     .
    """)
    assert relations(doc, kb)[1] == [("meeting", ["Joe Biden", "Mark Rutte"], None, "2019-05-15")]


NEGOTIATED = """
    Bainimarama {verb_pos} nsubj 1 B-PER Bainimarama
    {verb}     VERB  ROOT  1 -     {lemma}
    gedurende  ADP   case  4 -     gedurende
    lange      ADJ   amod  4 -     lang
    tijd       NOUN  obl   1 -     tijd
    met        ADP   case  6 -     met
    Speight    PROPN nmod  4 B-PER Speight
    .          PUNCT punct 1 -     .
"""


def test_misread_a_partner_hung_on_a_time_adverbial_is_the_verbs(kb):
    doc = parsed(NEGOTIATED.format(verb_pos="PROPN", verb="onderhandelde", lemma="onderhandelen"))
    assert relations(doc, kb)[1] == [("meeting", ["Bainimarama", "Speight"], None, None)]


def test_misread_a_met_phrase_on_the_time_adverbial_of_another_verb_is_nobodys(kb):
    doc = parsed(NEGOTIATED.format(verb_pos="PROPN", verb="lachte", lemma="lachen"))
    assert relations(doc, kb)[1] == []


COPULA_AFTER_APPOSITION = """
    De         DET   det    2 -     de
    Britse     ADJ   amod   2 -     Brits
    premier    NOUN  ROOT   2 -     premier
    Blair      PROPN appos  2 B-PER Blair
    {copula}   AUX   cop    6 -     {copula_lemma}
    deze       DET   det    6 -     deze
    week       NOUN  nmod   2 -     week
    op         ADP   case   8 -     op
    bezoek     NOUN  nmod   6 -     bezoek
    in         ADP   case   10 -    in
    Duitsland  PROPN nmod   8 B-LOC Duitsland
    .          PUNCT punct  2 -     .
"""


def test_misread_the_name_right_before_the_copula_is_the_visitor(kb):
    doc = parsed(COPULA_AFTER_APPOSITION.format(copula="is", copula_lemma="zijn"))
    assert relations(doc, kb)[1] == [("visit", ["Blair", "Germany"], "Germany", None)]


def test_misread_without_the_copula_zijn_nobody_visits(kb):
    doc = parsed(COPULA_AFTER_APPOSITION.format(copula="wordt", copula_lemma="worden"))
    assert relations(doc, kb)[1] == []


PRESENT = """
    Bij        ADP   case   2 -     bij
    het        DET   det    2 -     het
    gesprek    NOUN  obl    10 -    gesprek
    waren      AUX   cop    5 -     zijn
    ook        ADV   advmod 5 -     ook
    Kaag       PROPN nsubj  10 B-PER Kaag
    en         CCONJ cc     7 -     en
    Hoekstra   PROPN conj   5 B-PER Hoekstra
    gisteren   ADV   advmod 10 -    gisteren
    nog        ADV   advmod 10 -    nog
    {adjective} ADJ  ROOT   10 -    {adjective}
    .          PUNCT punct  10 -    .
"""


def test_presence_the_subjects_of_aanwezig_bij_an_encounter_took_part(kb):
    assert relations(parsed(PRESENT.format(adjective="aanwezig")), kb)[1] == [("meeting", ["Hoekstra", "Sigrid Kaag"], None, "2019-05-13")]


def test_presence_another_adjective_says_nothing_about_who_took_part(kb):
    assert relations(parsed(PRESENT.format(adjective="tevreden")), kb)[1] == []


SPOKEN = """
    Rutte      PROPN nsubj 2 B-PER Rutte
    heeft      AUX   aux   2 -     hebben
    {verb}     VERB  ROOT  2 -     {lemma}
    {object}   PROPN obj   2 {ent} {object}
    .          PUNCT punct 2 -     .
"""


def test_a_person_as_the_object_of_a_partner_verb_was_met(kb):
    doc = parsed(SPOKEN.format(verb="gesproken", lemma="spreken", object="Merkel", ent="B-PER"))
    assert relations(doc, kb)[1] == [("meeting", ["Angela Merkel", "Mark Rutte"], None, None)]


def test_a_body_as_the_object_of_a_partner_verb_was_not_met(kb):
    doc = parsed(SPOKEN.format(verb="gesproken", lemma="spreken", object="Shell", ent="B-ORG"))
    assert relations(doc, kb)[1] == []


RECEIVES = """
    Biden      PROPN nsubj 1 B-PER Biden
    ontvangt   VERB  ROOT  1 -     ontvangen
    Rutte      PROPN nsubj 1 B-PER Rutte
    volgende   ADJ   amod  4 -     volgend
    {noun}     NOUN  obj   1 -     {noun}
    .          PUNCT punct 1 -     .
"""


def test_a_time_parsed_as_the_object_of_ontvangen_is_no_thing_received(kb):
    assert relations(parsed(RECEIVES.format(noun="week")), kb)[1] == [("meeting", ["Joe Biden", "Mark Rutte"], None, None)]


def test_a_thing_as_the_object_of_ontvangen_is_still_received(kb):
    assert relations(parsed(RECEIVES.format(noun="prijs")), kb)[1] == []


def test_a_verb_tagged_as_an_adjective_with_a_subject_is_a_verb(kb):
    doc = parsed("""
        Rutte      PROPN nsubj 1 B-PER Rutte
        reist      ADJ   ROOT  1 -     reist
        naar       ADP   case  3 -     naar
        Washington PROPN obl   1 B-LOC Washington
        .          PUNCT punct 1 -     .
    """)
    assert relations(doc, kb)[1] == [("visit", ["Mark Rutte", "Washington"], "Washington", None)]


def test_an_adjective_with_its_copula_is_no_verb(kb):
    doc = parsed("""
        Rutte      PROPN nsubj 2 B-PER Rutte
        is         AUX   cop   2 -     zijn
        bereid     ADJ   ROOT  2 -     bereid
        met        ADP   case  4 -     met
        Merkel     PROPN obl   2 B-PER Merkel
        te         ADP   mark  6 -     te
        praten     VERB  xcomp 2 -     praten
        .          PUNCT punct 2 -     .
    """)
    assert [m for m in relations(doc, kb)[1] if m[0] == "visit"] == []


SPEAKS_FOR = """
    Heracles   PROPN nsubj  1 B-ORG Heracles
    won        VERB  ROOT   1 -     winnen
    .          PUNCT punct  1 -     .
    "          PUNCT punct  6 -     "
    {we}       PRON  nsubj  6 -     {we}
    hebben     AUX   aux    6 -     hebben
    morgen     VERB  ROOT   6 -     morgen
    een        DET   det    8 -     een
    gesprek    NOUN  obj    6 -     gesprek
    met        ADP   case   10 -    met
    Shell      PROPN nmod   8 B-ORG Shell
    "          PUNCT punct  8 -     "
    ,          PUNCT punct  13 -    ,
    zegt       VERB  parataxis 6 -  zeggen
    de         DET   det    15 -    de
    {role}     NOUN  nsubj  13 -    {role}
    Toussaint  PROPN appos  15 B-PER Toussaint
    .          PUNCT punct  6 -     .
"""


def test_plural_first_person_of_a_speaker_introduced_by_an_organisations_role_is_the_organisation(kb):
    doc = parsed(SPEAKS_FOR.format(we="We", role="Heracles-directeur"))
    assert relations(doc, kb)[1] == [("meeting", ["Heracles", "Shell"], None, "2019-05-15")]


@pytest.mark.parametrize(("we", "role"), [("Ik", "Heracles-directeur"), ("We", "directeur")])
def test_singular_first_person_or_a_role_of_no_body_is_the_speaker(kb, we, role):
    assert relations(parsed(SPEAKS_FOR.format(we=we, role=role)), kb)[1] == [("meeting", ["Shell", "Toussaint"], None, "2019-05-15")]


REMEMBERS = """
    Woldhek    PROPN nsubj  1 B-PER Woldhek
    herinnert  VERB  ROOT   1 -     herinneren
    zich       PRON  expl:pv 1 -    zich
    hoe        ADV   advmod 1 -     hoe
    bij        ADP   case   5 -     bij
    Kok        PROPN obl    8 B-PER Kok
    op         ADP   case   7 -     op
    bezoek     NOUN  obl    8 -     bezoek
    {verb}     VERB  advcl  1 -     {lemma}
    .          PUNCT punct  1 -     .
"""


def test_a_finite_adverbial_clause_does_not_take_its_heads_subject(kb):
    doc = parsed(REMEMBERS.format(verb="ging", lemma="gaan"))
    doc[8].set_morph("VerbForm=Fin")
    assert relations(doc, kb)[1] == []


def test_an_infinitival_adverbial_clause_shares_its_heads_subject(kb):
    doc = parsed(REMEMBERS.format(verb="gaan", lemma="gaan"))
    doc[8].set_morph("VerbForm=Inf")
    assert relations(doc, kb)[1] == [("meeting", ["Kok", "Woldhek"], None, None)]


CHAMBER = """
    Rutte      PROPN nsubj 1 B-PER Rutte
    {verb}     VERB  ROOT  1 -     {lemma}
    in         ADP   case  5 -     in
    de         DET   det   5 -     de
    Tweede     ADJ   amod  5 B-ORG Tweede
    Kamer      PROPN obl   1 I-ORG Kamer
    met        ADP   case  7 -     met
    Wilders    PROPN obl   1 B-PER Wilders
    .          PUNCT punct 1 -     .
"""


def test_talk_in_a_chamber_of_parliament_is_a_debate_not_a_meeting(kb):
    assert relations(parsed(CHAMBER.format(verb="sprak", lemma="spreken")), kb)[1] == []


def test_dinner_in_a_chamber_of_parliament_is_a_meeting(kb):
    meetings = relations(parsed(CHAMBER.format(verb="dineerde", lemma="dineren")), kb)[1]
    assert [m[1] for m in meetings] == [["Geert Wilders", "Mark Rutte"]]


STAGED = """
    Rutte     PROPN nsubj  3 B-PER Rutte
    en        CCONJ cc     2 -     en
    Klaver    PROPN conj   0 B-PER Klaver
    troffen   VERB  ROOT   3 -     treffen
    elkaar    PRON  obj    3 -     elkaar
    {case}    ADP   case   7 -     {case}
    een       DET   det    7 -     een
    {noun}    NOUN  obl    3 -     {noun}
    .         PUNCT punct  3 -     .
"""


@pytest.mark.parametrize(("case", "noun"), [("in", "tv-debat"), ("tijdens", "persconferentie"), ("in", "lijsttrekkersdebat")])
def test_an_encounter_staged_for_an_audience_is_no_meeting(kb, case, noun):
    """Rule `debate_setting`: `Rutte en Klaver troffen elkaar in een tv-debat`."""
    assert relations(parsed(STAGED.format(case=case, noun=noun)), kb)[1] == []


@pytest.mark.parametrize(("case", "noun"), [("na", "debat"), ("tijdens", "lunch")])
def test_an_encounter_after_a_debate_or_at_a_lunch_is_a_meeting(kb, case, noun):
    meetings = relations(parsed(STAGED.format(case=case, noun=noun)), kb)[1]
    assert [m[1] for m in meetings] == [["Jesse Klaver", "Mark Rutte"]]


PARTNER_PHRASE = """
    Rutte     PROPN nsubj  1 B-PER Rutte
    sprak     VERB  ROOT   1 -     spreken
    met       ADP   case   3 -     met
    {partner}
    .         PUNCT punct  1 -     .
"""


def test_talk_with_a_chamber_of_parliament_is_a_debate_not_a_meeting(kb):
    """Rule `chamber_as_partner`: `Rutte sprak met de Tweede Kamer`."""
    partner = """
        de        DET   det    4 -     de
        Tweede    PROPN obl    1 B-ORG Tweede
        Kamer     PROPN flat   4 I-ORG Kamer"""
    doc = parsed(PARTNER_PHRASE.replace("    met       ADP   case   3 -     met", "    met       ADP   case   4 -     met").format(partner=partner))
    assert relations(doc, kb)[1] == []


def test_talk_with_an_mp_set_in_a_debate_hung_on_the_partner_is_no_meeting(kb):
    """`Rutte sprak met Wilders in het debat`, the parser hanging `in het debat` on Wilders
    (rule `debate_setting`, anywhere in the clause); `na het debat` stays a meeting."""
    partner = """
        Wilders   PROPN obl    1 B-PER Wilders
        {case:<9} ADP   case   6 -     {case}
        het       DET   det    6 -     het
        debat     NOUN  nmod   3 -     debat"""
    in_debate = parsed(PARTNER_PHRASE.format(partner=partner.format(case="in")))
    after_debate = parsed(PARTNER_PHRASE.format(partner=partner.format(case="na")))
    assert relations(in_debate, kb)[1] == []
    assert [m[1] for m in relations(after_debate, kb)[1]] == [["Geert Wilders", "Mark Rutte"]]


ROLE_BETWEEN = """
    Gisteren  ADV   advmod    1   -      Gisteren
    ontmoette VERB  ROOT      1   -      ontmoeten
    Rutte     PROPN nsubj     1   B-PER  Rutte
    ,         PUNCT punct     4   -      ,
    premier   NOUN  appos     1   -      premier
    van       ADP   case      6   -      van
    Nederland PROPN nmod      4   B-LOC  Nederland
    ,         PUNCT punct     10  -      ,
    de        DET   det       10  -      de
    Franse    ADJ   amod      10  B-MISC Frans
    {noun}    NOUN  parataxis 1   -      {noun}
    {name}    PROPN appos     10  {ent}  {name}
    .         PUNCT punct     1   -      .
"""


def test_misread_a_noun_phrase_hung_on_the_verb_as_an_apposition_is_its_argument(kb):
    doc = parsed(ROLE_BETWEEN.format(noun="president", name="Macron", ent="B-PER"))
    assert relations(doc, kb)[1] == [("meeting", ["Emmanuel Macron", "Mark Rutte"], None, "2019-05-13")]


def test_misread_an_apposition_on_the_verb_naming_nobody_is_no_partner(kb):
    doc = parsed(ROLE_BETWEEN.format(noun="pers", name="vandaag", ent="-"))
    assert relations(doc, kb)[1] == []


def test_misread_a_name_coordinated_with_the_verb_is_its_argument(kb):
    doc = parsed("""
        In           ADP   case         3   -      in
        de           DET   det          3   -      de
        documentaire ADJ   amod         3   -      documentair
        ontmoeten    VERB  ROOT         3   -      ontmoeten
        Jan          PROPN appos        3   B-PER  Jan
        Kloppenburg  PROPN flat         4   I-PER  Kloppenburg
        ,            PUNCT punct        8   -      ,
        de           DET   det          8   -      de
        vader        NOUN  appos        4   -      vader
        van          ADP   case         10  -      van
        Joes         PROPN nmod         8   B-PER  Joes
        ,            PUNCT punct        13  -      ,
        en           CCONJ cc           13  -      en
        Yiannis      NOUN  conj         3   B-PER  Yiannis
        Zafiris      ADJ   appos        3   I-PER  zafiris
        elkaar       PRON  appos        3   -      elkaar
        voor         ADP   compound:prt 3   -      voor
        het          DET   fixed        16  -      het
        eerst        ADJ   fixed        16  -      één
        .            PUNCT punct        3   -      .
    """)
    assert relations(doc, kb)[1] == [("meeting", ["Jan Kloppenburg", "Yiannis Zafiris"], None, None)]


def test_talk_with_the_chair_of_a_chamber_of_parliament_is_a_meeting_with_the_chair(kb):
    """`Rutte sprak met de voorzitter van de Tweede Kamer, Khadija Arib`: the chamber is whose
    chair she is (rule `chamber_as_partner` weighs only whom the talk was with)."""
    partner = """
        de        DET   det    4 -     de
        voorzitter NOUN obl    1 -     voorzitter
        van       ADP   case   7 -     van
        de        DET   det    7 -     de
        Tweede    PROPN nmod   4 B-ORG Tweede
        Kamer     PROPN flat   7 I-ORG Kamer
        ,         PUNCT punct  10 -    ,
        Khadija   PROPN appos  4 B-PER Khadija
        Arib      PROPN flat   10 I-PER Arib"""
    doc = parsed(PARTNER_PHRASE.replace("    met       ADP   case   3 -     met", "    met       ADP   case   4 -     met").format(partner=partner))
    meetings = relations(doc, kb)[1]
    assert [{"Khadija Arib", "Mark Rutte"} <= set(m[1]) for m in meetings] == [True]


def test_talk_in_the_corridors_of_a_debate_is_a_meeting(kb):
    """`In de wandelgangen bij het debat sprak Rutte met Wilders` (rule `debate_setting`):
    the debate sets the corridors, and the talk in them is no debate."""
    doc = parsed("""
        In        ADP   case   2 -     in
        de        DET   det    2 -     de
        wandelgangen NOUN obl  6 -     wandelgang
        bij       ADP   case   5 -     bij
        het       DET   det    5 -     het
        debat     NOUN  nmod   2 -     debat
        sprak     VERB  ROOT   6 -     spreken
        Rutte     PROPN nsubj  6 B-PER Rutte
        met       ADP   case   9 -     met
        Wilders   PROPN obl    6 B-PER Wilders
        .         PUNCT punct  6 -     .
    """)
    assert [m[1] for m in relations(doc, kb)[1]] == [["Geert Wilders", "Mark Rutte"]]


def test_talk_with_de_kamer_is_a_debate_not_a_meeting(kb):
    """`Rutte sprak met de Kamer`: `de Kamer` alone is the news's name for the Tweede Kamer
    (data/lexicon/debate_places.tsv)."""
    partner = """
        de        DET   det    4 -     de
        Kamer     PROPN obl    1 B-ORG Kamer"""
    doc = parsed(PARTNER_PHRASE.replace("    met       ADP   case   3 -     met", "    met       ADP   case   4 -     met").format(partner=partner))
    assert relations(doc, kb)[1] == []


@pytest.mark.parametrize(("case", "noun", "met"), [("in", "brief", False), ("in", "opiniestuk", False), ("na", "brief", True), ("in", "werkkamer", True)])
def test_talk_in_a_piece_written_for_readers_is_no_meeting(kb, case, noun, met):
    """Rule `written_setting`: `Merkel en Macron bespreken in hun brief de toekomst van
    Europa`; `na hun brief` (after it) and `in hun werkkamer` (a place) stay meetings."""
    doc = parsed(f"""
        Merkel    PROPN nsubj  3 B-PER Merkel
        en        CCONJ cc     2 -     en
        Macron    PROPN conj   0 B-PER Macron
        bespreken VERB  ROOT   3 -     bespreken
        {case:<9} ADP   case   6 -     {case}
        hun       PRON  nmod:poss 6 -  hun
        {noun:<9} NOUN  obl    3 -     {noun}
        de        DET   det    8 -     de
        toekomst  NOUN  obj    3 -     toekomst
        .         PUNCT punct  3 -     .
    """)
    assert bool(relations(doc, kb)[1]) is met
