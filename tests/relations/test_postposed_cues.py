"""A speech verb after a quote attributes it only from a main clause
(pipeline/relations/attribution.py, `subordinate_cue`)."""

from __future__ import annotations

from .conftest import parsed, relations

SCARE_QUOTE_THEN_QUOTE = """
    Het        PRON  expl    3 -     het
    is         AUX   cop     3 -     zijn
    ,,         PUNCT punct   3 -     ,,
    legitiem   ADJ   ROOT    3 -     legitiem
    ''         PUNCT punct   3 -     ''
    dat        SCONJ mark    7 -     dat
    Junqueras  PROPN nsubj   7 B-PER Junqueras
    denkt      VERB  csubj   3 -     denken
    .          PUNCT punct   3 -     .
    ,,         PUNCT punct   11 -    ,,
    Het        PRON  nsubj   11 -    het
    klopt      VERB  ROOT    11 -    kloppen
    .          PUNCT punct   11 -    .
    ''         PUNCT punct   11 -    ''
    Dat        {dat_pos:<5} {dat_dep:<7} 15 - dat
    zei        VERB  ROOT    15 -    zeggen
    Marchena   PROPN obj     15 B-PER Marchena
    .          PUNCT punct   15 -    .
"""


def test_statements_a_scare_quote_before_a_subordinate_speech_verb_is_nobodys_quote(kb):
    """`Volgens Giménez is het 'legitiem' dat Junqueras denkt …`: the narrator's word in
    quotes, not Junqueras's; `'Het klopt.' Dat zei Marchena` is Marchena's, whether the
    parser made `Dat` a subordinator or a subject."""
    for pos, dep in (("SCONJ", "mark"), ("PRON", "nsubj")):
        statements, _ = relations(parsed(SCARE_QUOTE_THEN_QUOTE.format(dat_pos=pos, dat_dep=dep)), kb)
        assert statements == [("direct", "Marchena", "zeggen", "Het klopt.", None)]


OMDAT = """
    Hij        PRON  nsubj   1 -     hij
    vlucht     VERB  ROOT    1 -     vluchten
    omdat      SCONJ mark    10 -    omdat
    Yago       PROPN nsubj   10 B-PER Yago
    ,,         PUNCT punct   5 -     ,,
    per        ADP   case    6 -     per
    ongeluk    NOUN  obl     10 -    ongeluk
    ''         PUNCT punct   5 -     ''
    iets       PRON  obj     10 -    iets
    heeft      AUX   aux     10 -    hebben
    gezegd     VERB  advcl   1 -     zeggen
    .          PUNCT punct   1 -     .
"""


def test_statements_a_quote_inside_a_subordinate_clause_with_a_speech_verb_is_no_quote_of_its_subject(kb):
    """`Hij vlucht omdat Yago 'per ongeluk' iets heeft gezegd`: what Yago said is not quoted."""
    statements, _ = relations(parsed(OMDAT), kb)
    assert [s for s in statements if s[0] == "direct"] == []
