"""Encounters reported in spite of the parser's slips (relations/noun_parties.py, groups.py,
bystanders.py): a time phrase taken for the copula's predicate (`whereabouts_beside_the_predicate`),
a verb-final plural tagged as an infinitive (`verb_final_plural`), names apposed to a counted
noun read as its conjuncts (`counted_members_named`), a verb read as an adjective after a
foreign name (`name_opening_before`). The parses are the bundled parser's own."""

from __future__ import annotations

from .conftest import parsed, relations

IN_JAPAN_FOR = """
    Trump      PROPN nsubj  3 B-PER Trump
    was        AUX   cop    3 -     zijn
    vorige     ADJ   amod   3 -     vorig
    maand      NOUN  ROOT   3 -     maand
    in         ADP   case   5 -     in
    Japan      PROPN nmod   3 B-LOC Japan
    voor       ADP   case   8 -     voor
    {det:<10} DET   det    8 -     {det}
    ontmoeting NOUN  nmod   3 -     ontmoeting
    met        ADP   case   10 -    met
    Abe        PROPN nmod   8 B-PER Abe
    .          PUNCT punct  3 -     .
"""


def test_whereabouts_beside_the_predicate_the_subject_meets_there(kb):
    """`Trump was vorige maand in Japan voor een ontmoeting met Abe`."""
    assert relations(parsed(IN_JAPAN_FOR.format(det="een")), kb)[1] == [("meeting", ["Abe", "Donald Trump"], "Japan", "2019-04")]


def test_whereabouts_beside_the_predicate_needs_a_purpose(kb):
    """`voor de ontmoeting` is before it, not what Trump was there for."""
    assert relations(parsed(IN_JAPAN_FOR.format(det="de")), kb)[1] == []


def test_whereabouts_beside_the_predicate_needs_a_place(kb):
    """`Rutte was vorige maand blij met een overleg met Merkel`: no whereabouts, no meeting."""
    doc = parsed("""
        Rutte   PROPN nsubj  3 B-PER Rutte
        was     AUX   cop    3 -     zijn
        vorige  ADJ   amod   3 -     vorig
        maand   NOUN  ROOT   3 -     maand
        blij    ADJ   amod   3 -     blij
        voor    ADP   case   7 -     voor
        een     DET   det    7 -     een
        overleg NOUN  nmod   3 -     overleg
        met     ADP   case   9 -     met
        Merkel  PROPN nmod   7 B-PER Merkel
        .       PUNCT punct  3 -     .
    """)
    assert relations(doc, kb)[1] == []


WHERE_THEY_TALK = """
    Rutte  PROPN nsubj     5 B-PER Rutte
    en     CCONJ cc        2 -     en
    Merkel PROPN conj      0 B-PER Merkel
    waren  AUX   cop       5 -     zijn
    in     ADP   case      5 -     in
    Aken   PROPN ROOT      5 B-LOC Aken
    ,      PUNCT punct     11 -    ,
    waar   ADV   advmod    11 -    waar
    ze     PRON  nsubj     11 -    ze
    met    ADP   case      10 -    met
    Macron PROPN obl       11 B-PER Macron
    {verb:<6} VERB  acl:relcl 5 -     praten
    .      PUNCT punct     5 -     .
"""


def _where_they_talk(verb: str, morph: str):
    doc = parsed(WHERE_THEY_TALK.format(verb=verb))
    doc[11].set_morph(morph)
    return doc


def test_verb_final_plural_tagged_as_an_infinitive_has_the_group_as_its_subject(kb):
    """`Rutte en Merkel waren in Aken, waar ze met Macron praten`: all three met."""
    meetings = relations(_where_they_talk("praten", "VerbForm=Inf"), kb)[1]
    assert [m[1] for m in meetings] == [["Angela Merkel", "Emmanuel Macron", "Mark Rutte"]]


def test_verb_final_singular_is_no_group(kb):
    """`waar ze met Macron praat`: one woman of the two, whoever she is; no group meeting."""
    meetings = relations(_where_they_talk("praat", "Number=Sing|Tense=Pres|VerbForm=Fin"), kb)[1]
    assert all(len(m[1]) < 3 for m in meetings)


LEADERS = """
    De         DET   det    2 -     de
    twee       NUM   nummod 2 -     twee
    leiders    NOUN  nsubj  8 -     leider
    {comma}
    Trump      PROPN conj   2 B-PER Trump
    en         CCONJ cc     6 -     en
    Kim        PROPN conj   2 B-PER Kim
    ,          PUNCT punct  2 -     ,
    ontmoetten VERB  ROOT   8 -     ontmoeten
    elkaar     PRON  obj    8 -     elkaar
    .          PUNCT punct  8 -     .
"""


def test_counted_members_named_after_a_comma_are_the_ones_who_met(kb):
    """`De twee leiders, Trump en Kim, ontmoetten elkaar`."""
    doc = parsed(LEADERS.format(comma=",          PUNCT punct  4 -     ,"))
    assert relations(doc, kb)[1] == [("meeting", ["Donald Trump", "Kim"], None, None)]


def test_names_counted_without_a_comma_stay_a_crowd(kb):
    """`Twee leiders en Trump en Kim …` read as one coordination: `twee` counts them all."""
    doc = parsed(LEADERS.format(comma="en         CCONJ cc     4 -     en"))
    assert relations(doc, kb)[1] == []


KIM_MET = """
    Kim         PROPN advmod 1 B-PER Kim
    Jong-un     ADJ   advmod 2 I-PER Jong-un
    {verb:<11} ADJ   ROOT   2 -     {lemma}
    Poetin      PROPN {dep:<6} 2 B-PER Poetin
    in          ADP   case   5 -     in
    Vladivostok PROPN nmod   2 B-LOC Vladivostok
    .           PUNCT punct  2 -     .
"""


def test_name_opening_before_a_verb_read_as_an_adjective_is_its_subject(kb):
    """`Kim Jong-un ontmoette Poetin in Vladivostok`, tagged ADV ADJ ADJ by the bundled model."""
    doc = parsed(KIM_MET.format(verb="ontmoette", lemma="ontmoeten", dep="obj"))
    assert relations(doc, kb)[1] == [("meeting", ["Kim Jong-un", "Vladimir Putin"], "Vladivostok", None)]


def test_a_misread_word_without_an_object_is_no_verb(kb):
    """Hand-built: the same words with `Poetin` a modifier, not an object: without an object
    the adjective stays an adjective, and nobody met."""
    doc = parsed(KIM_MET.format(verb="ontmoette", lemma="ontmoeten", dep="nmod"))
    assert relations(doc, kb)[1] == []
