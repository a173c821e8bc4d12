"""Spokespeople named by a compound or a possessive (pipeline/linking/voices.py): `aldus een
politiewoordvoerder` is the police speaking when the article names it (`compound_spokesperson`),
`zegt haar woordvoerder` the woman the pronoun refers to (`possessive_spokesperson`)."""

from __future__ import annotations

from .conftest import parsed, relations

BODY_THEN_VOICE = """
    De         DET   det     1 -     de
    politie    NOUN  nsubj   2 B-ORG politie
    zocht      VERB  ROOT    2 -     zoeken
    .          PUNCT punct   2 -     .
    '          PUNCT punct   5 -     '
    Goed       ADJ   ROOT    5 -     goed
    '          PUNCT punct   5 -     '
    ,          PUNCT punct   8 -     ,
    zegt       VERB  parataxis 5 -   zeggen
    een        DET   det     10 -    een
    {noun:<18} NOUN  nsubj   8 -     {noun}
    .          PUNCT punct   5 -     .
"""


def test_statements_a_compound_spokesperson_speaks_for_the_body_its_first_half_names(kb):
    """`De politie zocht. 'Goed', zegt een politiewoordvoerder.`"""
    statements, _ = relations(parsed(BODY_THEN_VOICE.format(noun="politiewoordvoerder")), kb)
    assert [s[:3] for s in statements] == [("direct", "Politie", "zeggen")]


def test_statements_a_compound_spokesperson_on_a_topic_speaks_for_nobody(kb):
    """`asielwoordvoerder`: a party's spokesperson on asylum, no body named `asiel`."""
    statements, _ = relations(parsed(BODY_THEN_VOICE.format(noun="asielwoordvoerder")), kb)
    assert statements == []


PERSON_THEN_VOICE = """
    Femke      PROPN nsubj   2 B-PER Femke
    Smit       PROPN flat    0 I-PER Smit
    lachte     VERB  ROOT    2 -     lachen
    .          PUNCT punct   2 -     .
    '          PUNCT punct   5 -     '
    Goed       ADJ   ROOT    5 -     goed
    '          PUNCT punct   5 -     '
    ,          PUNCT punct   8 -     ,
    zegt       VERB  parataxis 5 -   zeggen
    {poss:<10} PRON  nmod:poss 10 -  {poss}
    woordvoerder NOUN obj    8 -     woordvoerder
    .          PUNCT punct   5 -     .
"""


def test_statements_a_spokesperson_a_pronoun_possesses_speaks_for_whom_it_refers_to(kb):
    """`Femke Smit lachte. 'Goed', zegt haar woordvoerder.`"""
    statements, _ = relations(parsed(PERSON_THEN_VOICE.format(poss="haar")), kb)
    assert [s[:3] for s in statements] == [("direct", "Femke Smit", "zeggen")]


def test_statements_a_spokesperson_of_a_pronoun_of_the_other_gender_is_not_hers(kb):
    """`zegt zijn woordvoerder` after a woman is someone else's."""
    statements, _ = relations(parsed(PERSON_THEN_VOICE.format(poss="zijn")), kb)
    assert statements == []


def test_statements_a_compound_spokesperson_on_a_portfolio_speaks_for_nobody(kb):
    """`Onderwijs zocht. 'Goed', zegt een onderwijswoordvoerder.`: a party's spokesperson on
    education (a portfolio, data/lexicon/portfolios.txt), not a body the article names so."""
    table = BODY_THEN_VOICE.replace("politie    NOUN  nsubj   2 B-ORG politie", "Onderwijs  PROPN nsubj   2 B-ORG Onderwijs")
    statements, _ = relations(parsed(table.format(noun="onderwijswoordvoerder")), kb)
    assert [s for s in statements if s[0] == "direct"] == []


SOURCE_BEFORE_ITS_OWNER = """
    Volgens    ADP   case    2 -     volgens
    {pronoun:<10} PRON  nmod:poss 2 - {pronoun}
    woordvoerder NOUN obl     6 -     woordvoerder
    is         AUX   cop     6 -     zijn
    Thierry    PROPN nsubj   6 B-PER Thierry
    Baudet     PROPN flat    4 I-PER Baudet
    ziek       ADJ   ROOT    6 -     ziek
    .          PUNCT punct   6 -     .
"""


def test_statements_a_possessive_opening_the_sentence_is_the_subject_named_after_it(kb):
    """Rule `possessive_before_its_owner` (linking/pronouns.PronounResolver.owner_named_after):
    `Volgens zijn woordvoerder is Thierry Baudet ziek`."""
    assert [s[1] for s in relations(parsed(SOURCE_BEFORE_ITS_OWNER.format(pronoun="zijn")), kb)[0]] == ["Thierry Baudet"]


def test_statements_a_possessive_of_the_other_gender_is_not_the_subject_after_it(kb):
    assert relations(parsed(SOURCE_BEFORE_ITS_OWNER.format(pronoun="haar")), kb)[0] == []
