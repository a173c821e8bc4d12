"""Turns of phrase that report speech (data/lexicon/cue_idioms.txt,
relations/cues.idiom_cue), verbs added to the speech verbs, and a quote closed
before a sentence that opens with an initial."""

from __future__ import annotations

import pytest

from .conftest import parsed, relations

PRAT = """
    Maduro     PROPN nsubj   1 B-PER Maduro
    gaat       VERB  ROOT    1 -     gaan
    er         ADV   advmod  1 -     er
    {word:<10} {pos:<5} {dep:<13} 1 - {word}
    op         ADP   compound:prt 1 - op
    dat        SCONJ mark    7 -     dat
    hij        PRON  nsubj   7 -     hij
    wint       VERB  ccomp   1 -     winnen
    .          PUNCT punct   1 -     .
"""


@pytest.mark.parametrize(("word", "pos", "dep", "expected"), [
    ("prat", "ADJ", "advmod", [("indirect", "Nicolás Maduro", "prat gaan", "dat hij wint", None)]),
    ("graag", "ADV", "advmod", []),
])
def test_statements_er_prat_op_gaan_reports_speech(kb, word, pos, dep, expected):
    """`Maduro gaat er prat op dat hij wint` boasts; `gaat er graag op dat …` says nothing."""
    statements, _ = relations(parsed(PRAT.format(word=word, pos=pos, dep=dep)), kb)
    assert statements == expected


LANS = """
    Heijster   PROPN nsubj   1 B-PER Heijster
    breekt     VERB  ROOT    1 -     breken
    een        DET   det     3 -     een
    {noun:<10} NOUN  obj     1 -     {noun}
    voor       ADP   case    5 -     voor
    huizen     NOUN  nmod    3 -     huis
    .          PUNCT punct   1 -     .
"""


def test_statements_een_lans_breken_reports_a_plea_and_a_record_is_broken_in_silence(kb):
    assert [s[2:4] for s in relations(parsed(LANS.format(noun="lans")), kb)[0]] == [("lans breken", "een lans voor huizen")]
    assert relations(parsed(LANS.format(noun="record")), kb)[0] == []


ONTVALLEN = """
    Macron     PROPN nsubj   3 B-PER Macron
    heeft      AUX   aux     3 -     hebben
    {obj:<10} PRON  obj     3 -     {obj}
    laten      VERB  ROOT    3 -     laten
    ontvallen  VERB  xcomp   3 -     ontvallen
    klaar      ADJ   xcomp   3 -     klaar
    te         ADP   mark    8 -     te
    zijn       AUX   cop     5 -     zijn
    .          PUNCT punct   3 -     .
"""


def test_statements_zich_laten_ontvallen_reports_speech(kb):
    """`Macron heeft zich laten ontvallen klaar te zijn`: the idiom's `zich` hangs on `laten`."""
    assert [s[2] for s in relations(parsed(ONTVALLEN.format(obj="zich")), kb)[0]] == ["zich ontvallen"]
    assert relations(parsed(ONTVALLEN.format(obj="het")), kb)[0] == []


BEKENDE = """
    Ruijs      PROPN nsubj   1 B-PER Ruijs
    {verb:<10} VERB  ROOT    1 -     {lemma}
    schuldig   ADJ   xcomp   1 -     schuldig
    te         ADP   mark    4 -     te
    zijn       AUX   cop     2 -     zijn
    .          PUNCT punct   1 -     .
"""


@pytest.mark.parametrize(("verb", "lemma", "said"), [("bekende", "bekennen", ["bekennen"]), ("bleek", "blijken", [])])
def test_statements_bekennen_is_a_speech_verb(kb, verb, lemma, said):
    """`Ruijs bekende schuldig te zijn` confesses; `Ruijs bleek schuldig te zijn` is found so."""
    assert [s[2] for s in relations(parsed(BEKENDE.format(verb=verb, lemma=lemma)), kb)[0]] == said


QUOTE_THEN_INITIAL = """
    Huizenga   PROPN ROOT    0 B-PER Huizenga
    :          PUNCT punct   0 -     :
    ,,         PUNCT punct   4 -     ,,
    Het        PRON  nsubj   4 -     het
    klopt      VERB  parataxis 0 -   kloppen
    .          PUNCT punct   4 -     .
    ''         PUNCT punct   4 -     ''
    {first:<10} PROPN nsubj  8 B-PER {first}
    zei        VERB  ROOT    8 -     zeggen
    dat        SCONJ mark    11 -    dat
    het        PRON  nsubj   11 -    het
    gebeurde   VERB  ccomp   8 -     gebeuren
    .          PUNCT punct   8 -     .
"""


@pytest.mark.parametrize("first", ["R.", "Ruijs"])
def test_statements_a_quote_ending_its_sentence_is_not_attributed_by_the_next_one_opening_with_an_initial(kb, first):
    """`Huizenga: ,,… verklaarde.'' R. bekende …`: the quote is Huizenga's, as before a name."""
    statements, _ = relations(parsed(QUOTE_THEN_INITIAL.format(first=first)), kb)
    assert [(s[0], s[1]) for s in statements][:1] == [("direct", "Huizenga")]


KLINKT = """
    '          PUNCT punct   2 -     '
    Wij        PRON  nsubj   2 -     wij
    winnen     VERB  ROOT    2 -     winnen
    '          PUNCT punct   2 -     '
    ,          PUNCT punct   6 -     ,
    zo         ADV   advmod  6 -     zo
    klinkt     VERB  parataxis 2 -   klinken
    het        PRON  nsubj   6 -     het
    {prep:<10} ADP   case    9 -     {prep}
    {name:<10} PROPN obl     6 {ent} {name}
    .          PUNCT punct   2 -     .
"""


@pytest.mark.parametrize(("prep", "name", "ent", "expected"), [
    ("bij", "Ajax", "B-ORG", [("direct", "Ajax", "klinken", "Wij winnen", None)]),
    ("in", "Amsterdam", "B-LOC", []),
])
def test_statements_zo_klinkt_het_bij_x_gives_the_quote_to_x(kb, prep, name, ent, expected):
    """`'Wij winnen', zo klinkt het bij Ajax` is Ajax heard; `klinkt het in Amsterdam` names a place."""
    statements, _ = relations(parsed(KLINKT.format(prep=prep, name=name, ent=ent)), kb)
    assert statements == expected


TWIJFEL = """
    Wolters    PROPN nsubj   1 B-PER Wolters
    laat       VERB  ROOT    1 -     laten
    er         ADV   advmod  1 -     er
    geen       DET   det     4 -     geen
    {noun:<10} NOUN  obj     1 -     {noun}
    over       ADP   case    6 -     over
    bestaan    NOUN  obl:arg 1 -     bestaan
    :          PUNCT punct   10 -    :
    het        DET   det     9 -     het
    park       NOUN  nsubj   10 -    park
    komt       VERB  parataxis 1 -   komen
    .          PUNCT punct   1 -     .
"""


def test_statements_er_geen_twijfel_over_laten_bestaan_states_what_follows_the_colon(kb):
    """`Wolters laat er geen twijfel over bestaan: het park komt.` (with `bestaan` parsed as a
    noun and `laten` the verb); `laat er geen ruimte over bestaan: …` says nothing."""
    assert [s[1:3] for s in relations(parsed(TWIJFEL.format(noun="twijfel")), kb)[0]] == [("Wolters", "twijfel laten")]
    assert relations(parsed(TWIJFEL.format(noun="ruimte")), kb)[0] == []


STANDPOINT = """
    De         DET   det     1 -     de
    SGP        PROPN nsubj   2 B-ORG SGP
    staat      VERB  ROOT    2 -     staan
    op         ADP   case    5 -     op
    het        DET   det     5 -     het
    {noun:<10} NOUN  obl:arg 2 -     {noun}
    dat        SCONJ mark    9 -     dat
    vrouwen    NOUN  nsubj   9 -     vrouw
    niet       ADV   advmod  9 -     niet
    stemmen    VERB  acl:relcl 5 -   stemmen
    .          PUNCT punct   2 -     .
"""


@pytest.mark.parametrize(("noun", "expected"), [("standpunt", ["standpunt staan"]), ("punt", [])])
def test_statements_op_het_standpunt_staan_states_a_position(kb, noun, expected):
    """`De SGP staat op het standpunt dat vrouwen niet stemmen` states the party's position
    (the clause hung on the noun); `staat op het punt dat …` says nothing."""
    statements, _ = relations(parsed(STANDPOINT.format(noun=noun)), kb)
    assert [s[2] for s in statements] == expected
