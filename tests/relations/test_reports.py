"""Attributions without a speech verb of their own (pipeline/relations/reports.py):
`wat X betreft`, `…, aldus X` after a clause, `zoals X zegt`."""

from __future__ import annotations

import pytest

from .conftest import extracted, parsed, relations

WAT_BETREFT = """
    Wat        PRON  obl    2 -     wat
    {who}
    betreft    VERB  advcl  4 -     betreffen
    is         AUX   ROOT   4 -     zijn
    er         ADV   advmod 4 -     er
    sprake     NOUN  obl    4 -     sprake
    van        ADP   case   8 -     van
    fraude     NOUN  nmod   6 -     fraude
    .          PUNCT punct  4 -     .
"""


def test_reports_wat_x_betreft_is_xs_view(kb):
    doc = parsed(WAT_BETREFT.format(who="Rutte PROPN nsubj 2 B-PER Rutte"))
    assert relations(doc, kb)[0] == [("indirect", "Mark Rutte", "wat betreft", "is er sprake van fraude", None)]
    assert [s.rule for s in extracted(doc, kb)[0]] == ["wat_betreft"]


def test_reports_wat_a_thing_betreft_names_nobody(kb):
    assert relations(parsed(WAT_BETREFT.format(who="kosten NOUN nsubj 2 - kost")), kb)[0] == []


ALDUS = """
    Niemand    PRON  nsubj  1 -     niemand
    raakte     VERB  ROOT   1 -     raken
    gewond     ADJ   xcomp  1 -     gewond
    ,          PUNCT punct  4 -     ,
    aldus      ADV   advmod 1 -     aldus
    {who}
    .          PUNCT punct  1 -     .
"""


def test_reports_aldus_after_a_clause_attributes_it(kb):
    doc = parsed(ALDUS.format(who="Rutte PROPN appos 4 B-PER Rutte"))
    assert relations(doc, kb)[0] == [("indirect", "Mark Rutte", "aldus", "Niemand raakte gewond", None)]
    assert [s.rule for s in extracted(doc, kb)[0]] == ["aldus_report"]


def test_reports_aldus_with_nobody_named_is_no_statement(kb):
    assert relations(parsed(ALDUS.format(who="het ADV advmod 4 - het")), kb)[0] == []


def test_reports_aldus_opening_a_sentence_attributes_nothing(kb):
    doc = parsed("""
        Aldus      ADV   advmod 1 -     aldus
        geschiedde VERB  ROOT   1 -     geschieden
        het        PRON  nsubj  1 -     het
        bij        ADP   case   4 -     bij
        Rutte      PROPN obl    1 B-PER Rutte
        .          PUNCT punct  1 -     .
    """)
    assert relations(doc, kb)[0] == []


ZOALS = """
    De         DET   det    1 -     de
    rente      NOUN  nsubj  2 -     rente
    stijgt     VERB  ROOT   2 -     stijgen
    ,          PUNCT punct  5 -     ,
    zoals      SCONJ mark   5 -     zoals
    {between}
    .          PUNCT punct  2 -     .
"""


@pytest.mark.parametrize(("between", "cue"), [
    ("Rutte PROPN nsubj 2 B-PER Rutte\nstelt VERB advcl 2 - stellen", "stellen"),
    # the parser hangs `zoals` on the title, the verb on the main clause
    ("minister NOUN nsubj 8 - minister\nRutte PROPN appos 5 B-PER Rutte\neerder ADV advmod 8 - eerder\nzei VERB ccomp 2 - zeggen", "zeggen"),
    ("Rutte PROPN nsubj 8 B-PER Rutte\nop ADP case 7 - op\nTwitter PROPN obl 8 - Twitter\nschreef VERB advcl 2 - schrijven", "schrijven"),
])
def test_reports_zoals_x_zegt_attributes_the_clause_however_it_is_parsed(kb, between, cue):
    doc = parsed(ZOALS.format(between=between))
    assert relations(doc, kb)[0] == [("indirect", "Mark Rutte", cue, "De rente stijgt", None)]
    assert [s.rule for s in extracted(doc, kb)[0]] == ["zoals_report"]


@pytest.mark.parametrize("between", [
    "Rutte PROPN nsubj 2 B-PER Rutte\nhet PRON obj 7 - het\nnoemt VERB advcl 2 - noemen",  # names a word
    "Rutte PROPN nsubj 8 B-PER Rutte\nzijn PRON nmod:poss 7 - zijn\nfans NOUN obj 8 - fan\nnoemt VERB advcl 2 - noemen",
    "ze PRON nsubj 7 - ze\nRutte PROPN obj 7 B-PER Rutte\nnoemen VERB advcl 2 - noemen",  # `zoals ze Rutte noemen`
    "hij PRON nsubj 7 - hij\nhem PRON obj 7 - hem\nnoemt VERB advcl 2 - noemen",
    "verwacht VERB advcl 2 - verwachten",  # `zoals verwacht`: nobody named
    "Rutte PROPN nsubj 2 B-PER Rutte\nwandelt VERB advcl 2 - wandelen",  # no speech verb
])
def test_reports_zoals_without_a_speaker_saying_the_clause_is_no_statement(kb, between):
    assert relations(parsed(ZOALS.format(between=between)), kb)[0] == []


NAAR_ZEGGEN = """
    De         DET   det    1 -     de
    kinderen   NOUN  nsubj  2 -     kind
    stierven   VERB  ROOT   2 -     sterven
    ,          PUNCT punct  6 -     ,
    naar       ADP   case   5 -     naar
    {possessor} {pos} obl   6 {ent} {possessor}
    zeggen     VERB  advcl  2 -     zeggen
    door       ADP   case   8 -     door
    honger     NOUN  obl    2 -     honger
    .          PUNCT punct  2 -     .
"""


def test_reports_naar_x_zeggen_is_xs_claim(kb):
    statements, _ = relations(parsed(NAAR_ZEGGEN.format(possessor="Rutte's", pos="PROPN", ent="B-PER")), kb)
    assert statements == [("indirect", "Mark Rutte", "naar zeggen", "De kinderen stierven door honger", None)]


def test_reports_naar_eigen_zeggen_is_no_statement(kb):
    assert relations(parsed(NAAR_ZEGGEN.format(possessor="eigen", pos="ADJ", ent="-")), kb)[0] == []



SPEECH_NOUN = """
    Shell      PROPN nsubj  1 B-ORG Shell
    kwam       VERB  ROOT   1 -     komen
    {adverb}   ADV   advmod 1 -     {adverb}
    met        ADP   case   5 -     met
    de         DET   det    5 -     de
    {noun}     NOUN  obl    1 -     {noun}
    dat        SCONJ mark   8 -     dat
    het        PRON  nsubj  8 -     het
    stopt      VERB  acl:relcl 5 -  stoppen
    .          PUNCT punct  1 -     .
"""


def test_reports_a_speech_noun_with_its_dat_clause_is_the_subjects_statement(kb):
    statements, _ = relations(parsed(SPEECH_NOUN.format(adverb="gisteren", noun="mededeling")), kb)
    assert statements == [("indirect", "Shell", "mededeling", "dat het stopt", None)]


@pytest.mark.parametrize(("adverb", "noun"), [("gisteren", "vraag"), ("niet", "mededeling")])
def test_reports_another_noun_or_a_negated_verb_is_no_statement(kb, adverb, noun):
    assert relations(parsed(SPEECH_NOUN.format(adverb=adverb, noun=noun)), kb)[0] == []


UNNAMED_SOURCES = """
    Volgens    ADP   case   1 -     volgens
    {head}     NOUN  obl    3 -     {head}
    Shell      PROPN appos  1 B-ORG Shell
    stopt      VERB  ROOT   3 -     stoppen
    Rutte      PROPN nsubj  3 B-PER Rutte
    .          PUNCT punct  3 -     .
"""


def test_reports_volgens_unnamed_sources_names_nobody_whatever_hangs_on_them(kb):
    doc = parsed(UNNAMED_SOURCES.format(head="ingewijden"))
    doc[1].set_morph("Number=Plur")
    assert relations(doc, kb)[0] == []


def test_reports_volgens_a_singular_noun_with_a_name_is_that_name(kb):
    doc = parsed(UNNAMED_SOURCES.format(head="oliemaatschappij"))
    doc[1].set_morph("Number=Sing")
    assert [s[1] for s in relations(doc, kb)[0]] == ["Shell"]


def test_has_object_without_a_pronoun_or_a_name_is_false_not_an_error(kb):
    from datetime import date

    from pipeline.entities import doc_mentions
    from pipeline.linking import link_entities
    from pipeline.relations.reports import has_object

    doc = parsed("""
        zoals    SCONJ mark  3 -     zoals
        de       DET   det   2 -     de
        minister NOUN  nsubj 3 -     minister
        schreef  VERB  ROOT  3 -     schrijven
        .        PUNCT punct 3 -     .
    """)
    linked = link_entities(doc, doc_mentions(doc), kb, date(2019, 5, 14))
    assert has_object(doc[1:3], linked) is False


VOLGENS_AS_ROOT = """
    Het        DET   det     1 -     het
    verschil   NOUN  nsubj   5 -     verschil
    is         AUX   cop     5 -     zijn
    volgens    ADP   case    5 -     volgens
    de         DET   det     5 -     de
    {source:<10} {pos:<5} ROOT 5 {ent} {source}
    dat        SCONJ mark    8 -     dat
    Ajax       PROPN nsubj   8 B-ORG Ajax
    wint       VERB  ccomp   5 -     winnen
    en         CCONJ cc      10 -    en
    Feyenoord  PROPN conj    5 B-ORG Feyenoord
    niet       ADV   advmod  10 -    niet
    .          PUNCT punct   5 -     .
"""


def test_statements_a_volgens_phrase_taken_for_the_root_names_no_one_in_the_clause_after_it(kb):
    """`Het verschil is volgens de gemeente dat Ajax wint en Feyenoord niet`, the parser
    making `gemeente` the root with the clause and `Feyenoord` hung on it: the source phrase
    ends where the clause opens, and `de gemeente` names nobody here."""
    statements, _ = relations(parsed(VOLGENS_AS_ROOT.format(source="gemeente", pos="NOUN", ent="-")), kb)
    assert statements == []


def test_statements_a_named_source_taken_for_the_root_still_speaks(kb):
    """`Het verschil is volgens de NOS dat Ajax wint …`: the NOS speaks."""
    statements, _ = relations(parsed(VOLGENS_AS_ROOT.format(source="NOS", pos="PROPN", ent="B-ORG")), kb)
    assert [(s[1], s[2]) for s in statements] == [("NOS", "volgens")]


def test_statements_the_aside_after_a_volgens_source_is_no_part_of_the_claim(kb):
    """`Volgens Almenar, de voorman, klopt het niet.`: `de voorman` describes the source."""
    doc = parsed("""
        Volgens    ADP   case    1 -     volgens
        Almenar    PROPN obl     7 B-PER Almenar
        ,          PUNCT punct   4 -     ,
        de         DET   det     4 -     de
        voorman    NOUN  appos   1 -     voorman
        ,          PUNCT punct   4 -     ,
        klopt      VERB  ROOT    6 -     kloppen
        het        PRON  nsubj   6 -     het
        niet       ADV   advmod  6 -     niet
        .          PUNCT punct   6 -     .
    """)
    doc[6].set_morph("VerbForm=Fin")
    statements, _ = relations(doc, kb)
    assert [(s[1], s[3]) for s in statements] == [("Almenar", "klopt het niet")]


def test_statements_a_comma_closing_the_parenthesis_volgens_opened_leaves_the_claim_whole(kb):
    """`Het gaat, volgens de AIVD, om kinderen.`: no aside after the source."""
    doc = parsed("""
        Het        PRON  nsubj   1 -     het
        gaat       VERB  ROOT    1 -     gaan
        ,          PUNCT punct   5 -     ,
        volgens    ADP   case    5 -     volgens
        de         DET   det     5 -     de
        AIVD       PROPN obl     1 B-ORG AIVD
        ,          PUNCT punct   5 -     ,
        om         ADP   case    8 -     om
        kinderen   NOUN  obl     1 -     kind
        .          PUNCT punct   1 -     .
    """)
    doc[1].set_morph("VerbForm=Fin")
    statements, _ = relations(doc, kb)
    assert [(s[1], s[3]) for s in statements] == [("AIVD", "Het gaat, om kinderen")]
