"""Stance verbs and idioms (data/lexicon/speech_verbs.txt, cue_idioms.txt; assertion
`stative_idiom`; content `_without_idiom_word`) and postposed attributions that open with
their finite verb or a `zo` (content `attribution_opening`)."""

from __future__ import annotations

from .conftest import parsed, relations

VREEST = """
    Rutte      PROPN nsubj   1 B-PER Rutte
    vreest     VERB  ROOT    1 -     vrezen
    dat        SCONJ mark    5 -     dat
    de         DET   det     4 -     de
    economie   NOUN  nsubj   5 -     economie
    krimpt     VERB  ccomp   1 -     krimpen
    .          PUNCT punct   1 -     .
"""

VREEST_TE = """
    Rutte      PROPN nsubj   1 B-PER Rutte
    vreest     VERB  ROOT    1 -     vrezen
    zijn       PRON  nmod:poss 3 -   zijn
    baan       NOUN  obj     5 -     baan
    te         ADP   mark    5 -     te
    verliezen  VERB  xcomp   1 -     verliezen
    .          PUNCT punct   1 -     .
"""


def test_statements_a_fear_with_a_dat_clause_is_a_stance_a_fear_with_te_is_none(kb):
    """`Rutte vreest dat de economie krimpt` is his view, as `verwacht dat …` is; `vreest zijn
    baan te verliezen` (an infinitive, data/lexicon/intention_verbs.txt) claims nothing."""
    assert relations(parsed(VREEST), kb)[0] == [("indirect", "Mark Rutte", "vrezen", "dat de economie krimpt", None)]
    assert relations(parsed(VREEST_TE), kb)[0] == []


OVERTUIGD = """
    Rutte      PROPN nsubj   3 B-PER Rutte
    {aux:<10} AUX   aux:pass 3 -     {aux_lemma}
    ervan      ADV   advmod  3 -     ervan
    overtuigd  VERB  ROOT    3 -     overtuigen
    dat        SCONJ mark    7 -     dat
    de         DET   det     6 -     de
    economie   NOUN  nsubj   7 -     economie
    groeit     VERB  ccomp   3 -     groeien
    .          PUNCT punct   3 -     .
"""


def test_statements_convinced_with_zijn_is_a_stance_with_worden_a_passive(kb):
    """`Rutte is ervan overtuigd dat …` states Rutte's conviction (`stative_idiom`); `Rutte
    werd ervan overtuigd dat …` was done to him by someone unnamed."""
    stated = relations(parsed(OVERTUIGD.format(aux="is", aux_lemma="zijn")), kb)[0]
    assert stated == [("indirect", "Mark Rutte", "ervan overtuigd", "dat de economie groeit", None)]
    assert relations(parsed(OVERTUIGD.format(aux="werd", aux_lemma="worden")), kb)[0] == []


REKENING = """
    Rutte      PROPN nsubj   1 B-PER Rutte
    houdt      VERB  ROOT    1 -     aanhouden
    er         ADV   advmod  1 -     er
    rekening   NOUN  obj     1 -     rekening
    mee        ADP   compound:prt 1 - met
    {rest}
"""


def test_statements_reckoning_with_a_clause_reports_the_clause_without_the_idioms_noun(kb):
    """`Rutte houdt er rekening mee dat de economie krimpt`: the idiom `rekening houden met`
    reports its `dat` clause, `rekening` being part of the cue; `houdt rekening met de
    kritiek` has no clause and says nothing."""
    clause = """
    dat        SCONJ mark    8 -     dat
    de         DET   det     7 -     de
    economie   NOUN  nsubj   8 -     economie
    krimpt     VERB  ccomp   1 -     krimpen
    .          PUNCT punct   1 -     .
    """
    assert relations(parsed(REKENING.format(rest=clause)), kb)[0] == [("indirect", "Mark Rutte", "rekening meehouden", "dat de economie krimpt", None)]
    nothing = """
    .          PUNCT punct   1 -     .
    """
    assert relations(parsed(REKENING.format(rest=nothing)), kb)[0] == []


UITGAAN = """
    Rutte      PROPN nsubj   1 B-PER Rutte
    gaat       VERB  ROOT    1 -     gaan
    {adverb:<10} {adverb_pos:<5} {adverb_dep:<6} {adverb_head} - {adverb}
    uit        ADP   compound:prt 1 - uit
    dat        SCONJ mark    7 -     dat
    de         DET   det     6 -     de
    economie   NOUN  nsubj   7 -     economie
    groeit     VERB  ccomp   1 -     groeien
    .          PUNCT punct   1 -     .
"""


def test_statements_assuming_is_ervan_uitgaan_not_any_uitgaan(kb):
    """`Rutte gaat ervan uit dat …` reports his assumption; `gaat vanavond uit` is an evening out."""
    assumed = relations(parsed(UITGAAN.format(adverb="ervan", adverb_pos="ADV", adverb_dep="advmod", adverb_head=1)), kb)[0]
    assert assumed == [("indirect", "Mark Rutte", "ervan uitgaan", "dat de economie groeit", None)]
    evening = relations(parsed(UITGAAN.format(adverb="vanavond", adverb_pos="ADV", adverb_dep="advmod", adverb_head=1)), kb)[0]
    assert evening == []


LAAT_WETEN = """
    De         DET   det     1 -     de
    treinen    NOUN  nsubj   2 -     trein
    rijden     VERB  ROOT    2 -     rijden
    weer       ADV   advmod  2 -     weer
    ,          PUNCT punct   5 -     ,
    laat       VERB  parataxis 2 -   laten
    een        DET   det     7 -     een
    woordvoerder NOUN obj    11 -    woordvoerder
    van        ADP   case    10 -    van
    de         DET   det     10 -    de
    NS         PROPN nmod    7 B-ORG NS
    weten      VERB  xcomp   5 -     weten
    .          PUNCT punct   2 -     .
"""


def test_statements_a_postposed_laat_weten_reports_the_clause_before_its_comma(kb):
    """`De treinen rijden weer, laat een woordvoerder van de NS weten.`: the attribution opens
    at `laat`, the finite verb of the cue's chain, its inverted subject the speaker (the
    parser's object of `weten`); the spokesperson's words are the clause before the comma,
    not `een woordvoerder`."""
    assert relations(parsed(LAAT_WETEN), kb)[0] == [("indirect", "NS", "laten weten", "De treinen rijden weer", None)]


ZO_ZEGT = """
    De         DET   det     1 -     de
    economie   NOUN  nsubj   2 -     economie
    groeit     VERB  ROOT    2 -     groeien
    hard       ADV   advmod  2 -     hard
    ,          PUNCT punct   6 -     ,
    zo         ADV   advmod  6 -     zo
    {verb:<10} VERB  parataxis 2 -   {lemma}
    {rest}
    .          PUNCT punct   2 -     .
"""


def test_statements_a_postposed_zo_zegt_reports_the_clause_before_its_comma(kb):
    """`De economie groeit hard, zo zegt Rutte.`: `zo` resumes the clause, the cue after it
    attributes it; `…, zo blijkt uit cijfers van het CBS` has no speech verb and no speaker."""
    said = ZO_ZEGT.format(verb="zegt", lemma="zeggen", rest="Rutte PROPN nsubj 6 B-PER Rutte")
    assert relations(parsed(said), kb)[0] == [("indirect", "Mark Rutte", "zeggen", "De economie groeit hard", None)]
    shown = ZO_ZEGT.format(verb="blijkt", lemma="blijken", rest="uit ADP case 8 - uit\n cijfers NOUN obl 6 - cijfer")
    assert relations(parsed(shown), kb)[0] == []


OVERTUIGEN_TE = """
    De         DET   det     1 -     de
    regering   NOUN  nsubj   2 -     regering
    doet       VERB  ROOT    2 -     doen
    haar       PRON  nmod:poss 5 -   haar
    uiterste   ADJ   amod    5 -     uiterst
    best       NOUN  obj     2 -     best
    Europa     PROPN obj     9 B-LOC Europa
    ervan      ADV   advmod  9 -     ervan
    te         ADP   mark    9 -     te
    overtuigen VERB  xcomp   2 -     overtuigen
    dat        SCONJ mark    13 -    dat
    Spanje     PROPN nsubj   13 B-LOC Spanje
    democratisch ADJ advmod  13 -    democratisch
    is         AUX   ccomp   9 -     zijn
    .          PUNCT punct   2 -     .
"""


def test_statements_trying_to_convince_is_no_conviction_stated(kb):
    """`De regering doet haar uiterste best Europa ervan te overtuigen dat …`: the idiom
    `ervan overtuigd` names its participle only, so an attempt at persuasion states nothing."""
    assert relations(parsed(OVERTUIGEN_TE), kb)[0] == []


VREEST_HET_ERGSTE = """
    Elkem      PROPN nsubj   1 B-PER Elkem
    vreest     VERB  ROOT    1 -     vrezen
    het        DET   obj     1 -     het
    ergste     ADJ   advmod  1 -     ergste
    .          PUNCT punct   1 -     .
"""


def test_statements_fearing_the_worst_reports_nothing(kb):
    """`Elkem vreest het ergste` (data/lexicon/thing_object_verbs.txt, the noun phrase cut to
    its determiner) fears; it says nothing."""
    assert relations(parsed(VREEST_HET_ERGSTE), kb)[0] == []


HOPED_FOR = """
    Rutte      PROPN nsubj   1 B-PER Rutte
    {verb:<10} VERB  ROOT    1 -     {lemma}
    {preposition:<10} ADP   case    5 -     {preposition}
    ,,         PUNCT punct   5 -     ,,
    een        DET   det     5 -     een
    wonder     NOUN  obl:arg 1 -     wonder
    ''         PUNCT punct   5 -     ''
    .          PUNCT punct   1 -     .
"""


def test_statements_a_quote_hoped_or_feared_for_is_no_quote_of_the_hoper(kb):
    """`Rutte hoopt op 'een wonder'`, `vreest voor 'een wonder'`: the stance verb's
    prepositional object in quotes is the thing hoped for (`hoped_for`); `Rutte waarschuwt
    voor 'een wonder'` is no stance verb and still quotes him."""
    for verb, lemma, preposition in (("hoopt", "hopen", "op"), ("vreest", "vrezen", "voor")):
        assert relations(parsed(HOPED_FOR.format(verb=verb, lemma=lemma, preposition=preposition)), kb)[0] == []
    warned = relations(parsed(HOPED_FOR.format(verb="waarschuwt", lemma="waarschuwen", preposition="voor")), kb)[0]
    assert [s[:3] for s in warned] == [("direct", "Mark Rutte", "waarschuwen")]
