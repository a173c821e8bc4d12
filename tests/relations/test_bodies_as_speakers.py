"""Bodies and voices that speak without a name of their own (pipeline/linking/institutions.py):
a bare `de politie` (data/lexicon/standing_bodies.txt) is the police acting; a bare
`het ministerie` names no one until an earlier mention makes it specific."""

from __future__ import annotations

import pytest

from .conftest import parsed, relations

ALDUS = """
    Niemand    PRON  nsubj   1 -     niemand
    raakte     VERB  ROOT    1 -     raken
    gewond     ADJ   xcomp   1 -     gewond
    ,          PUNCT punct   4 -     ,
    aldus      ADV   advmod  1 -     aldus
    {det:<10} DET det 6 - {det}
    {noun:<10} NOUN  nsubj   4 -     {noun}
    .          PUNCT punct   1 -     .
"""


def test_statements_aldus_de_politie_is_the_police_speaking(kb):
    """The knowledge base's curated national police (data/kb/curated.yaml) names it."""
    statements, _ = relations(parsed(ALDUS.format(det="de", noun="politie")), kb)
    assert [s[:3] for s in statements] == [("indirect", "Politie", "aldus")]


@pytest.mark.parametrize(("det", "noun"), [("het", "ministerie"), ("de", "rechtbank")])
def test_statements_a_bare_institution_that_could_be_any_names_no_speaker(kb, det, noun):
    statements, _ = relations(parsed(ALDUS.format(det=det, noun=noun)), kb)
    assert statements == []


SPOKESPERSON = """
    ING        PROPN nsubj   1 B-ORG ING
    reageert   VERB  ROOT    1 -     reageren
    .          PUNCT punct   1 -     .
    {first:<12} NOUN nsubj 4 - {first}
    zegt       VERB  ROOT    4 -     zeggen
    dat        SCONJ mark    7 -     dat
    het        PRON  nsubj   7 -     het
    klopt      VERB  ccomp   4 -     kloppen
    .          PUNCT punct   4 -     .
    Het        PRON  nsubj   10 -    het
    gaat       VERB  ROOT    10 -    gaan
    goed       ADJ   xcomp   10 -    goed
    ,          PUNCT punct   13 -    ,
    laat       VERB  parataxis 10 -  laten
    een        DET   det     15 -    een
    woordvoerder NOUN obj    16 -    woordvoerder
    weten      VERB  xcomp   13 -    weten
    .          PUNCT punct   10 -    .
"""


def test_statements_a_bare_spokesperson_after_one_of_a_body_speaks_for_it(kb):
    """`ING reageert. ING-woordvoerder zegt … Het gaat goed, laat een woordvoerder weten.`: ING's again."""
    statements, _ = relations(parsed(SPOKESPERSON.format(first="ING-woordvoerder")), kb)
    assert [(s[1], s[2]) for s in statements if s[2] != "reageren"] == [("ING", "zeggen"), ("ING", "laten weten")]


def test_statements_a_bare_spokesperson_with_none_named_before_speaks_for_nobody(kb):
    statements, _ = relations(parsed(SPOKESPERSON.format(first="Woordvoerder")), kb)
    assert [s for s in statements if s[2] != "reageren"] == []


BARE_SPOKESPERSON = """
    {first:<10} {pos} nsubj  {h} {ent} {first}
    {second}
    reageert   VERB  ROOT    {h} -     reageren
    .          PUNCT punct   {h} -     .
    Het        PRON  nsubj   {g} -     het
    gaat       VERB  ROOT    {g} -     gaan
    goed       ADJ   xcomp   {g} -     goed
    ,          PUNCT punct   {l} -     ,
    laat       VERB  parataxis {g} -   laten
    een        DET   det     {n} -     een
    woordvoerder NOUN obj    {w} -     woordvoerder
    weten      VERB  xcomp   {l} -     weten
    .          PUNCT punct   {g} -     .
"""


def bare_spokesperson(first="ING", pos="PROPN", ent="B-ORG", second=""):
    h = 2 if second else 1
    g = h + 3
    return parsed(BARE_SPOKESPERSON.format(first=first, pos=pos, ent=ent, second=second, h=h, g=g, l=g + 3, n=g + 5, w=g + 6))


def test_statements_a_bare_spokesperson_speaks_for_the_organisation_the_story_is_about(kb):
    """`ING reageert. Het gaat goed, laat een woordvoerder weten.`: no ING-woordvoerder named,
    yet ING, the main-clause subject before (`Het` names nothing), speaks (rule
    `bare_spokesperson_of_the_subject`)."""
    statements, _ = relations(bare_spokesperson(), kb)
    assert [(s[1], s[2]) for s in statements if s[2] != "reageren"] == [("ING", "laten weten")]


@pytest.mark.parametrize(("first", "pos", "ent", "second"), [("Rutte", "PROPN", "B-PER", ""), ("De", "DET", "-", "rechter NOUN nsubj 2 - rechter")])
def test_statements_a_bare_spokesperson_after_a_person_or_an_unnamed_subject_speaks_for_nobody(kb, first, pos, ent, second):
    """`Rutte reageert. …, laat een woordvoerder weten.`: whose spokesperson is not said (a
    person's, the guide's `woordvoerder van X` names); after `De rechter reageert.` the
    story is about someone unnamed."""
    if second:  # `De` is the determiner of `rechter`, the subject
        table = bare_spokesperson(first, pos, ent, second)
        table[0].dep_, table[0].head = "det", table[1]
    else:
        table = bare_spokesperson(first, pos, ent)
    statements, _ = relations(table, kb)
    assert [s for s in statements if s[2] != "reageren"] == []


def test_statements_a_bare_spokesperson_after_a_compound_of_a_body_speaks_for_nobody(kb):
    """`IS-strijders reageert. …, laat een woordvoerder weten.`: the subject names fighters; the
    party inside the word (compound_names.py) is not whom the story is about."""
    statements, _ = relations(bare_spokesperson("IS-strijders", "NOUN", "-"), kb)
    assert [s for s in statements if s[2] != "reageren"] == []


COLLEGE = """
    Het        DET   det     1 -     het
    plan       NOUN  nsubj   2 -     plan
    mag        VERB  ROOT    2 -     mogen
    ,          PUNCT punct   4 -     ,
    vindt      VERB  parataxis 2 -   vinden
    {words}
    .          PUNCT punct   2 -     .
"""


def test_statements_the_municipal_executive_speaks_as_one_body(kb):
    """`…, vinden B en W` and `…, vindt het gemeentebestuur` (data/lexicon/
    municipal_executives.txt) are the college of mayor and aldermen speaking."""
    words = """B          PROPN nsubj   4 -     B
    en         CCONJ cc      7 -     en
    W          PROPN conj    5 -     W"""
    statements, _ = relations(parsed(COLLEGE.format(words=words)), kb)
    assert [s[:4] for s in statements] == [("indirect", "College van B en W", "vinden", "Het plan mag")]


def test_statements_a_bare_college_is_no_speaker_until_the_municipal_one_is_named(kb):
    """`het college` alone may be a school's: no statement; `het gemeentebestuur` is the town's."""
    college = """het        DET   det     6 -     het
    college    NOUN  nsubj   4 -     college"""
    council = """het        DET   det     6 -     het
    gemeentebestuur NOUN nsubj 4 -   gemeentebestuur"""
    assert relations(parsed(COLLEGE.format(words=college)), kb)[0] == []
    assert [s[:3] for s in relations(parsed(COLLEGE.format(words=council)), kb)[0]] == [("indirect", "College van B en W", "vinden")]


def test_statements_aldus_het_kabinet_is_the_cabinet_speaking(kb):
    """`het kabinet` of a Dutch paper is the Dutch cabinet (data/lexicon/standing_bodies.txt)."""
    statements, _ = relations(parsed(ALDUS.format(det="het", noun="kabinet")), kb)
    assert [s[:3] for s in statements] == [("indirect", "kabinet", "aldus")]


BOARD_SAYS = """
    Het        DET   det     1 -     het
    {board:<12} NOUN nsubj   4 -     {board}
    van        ADP   case    3 -     van
    {owner:<12} PROPN nmod   1 {tag} {owner}
    zegt       VERB  ROOT    4 -     zeggen
    dat        SCONJ mark    7 -     dat
    het        PRON  nsubj   7 -     het
    klopt      VERB  ccomp   4 -     kloppen
    .          PUNCT punct   4 -     .
"""


@pytest.mark.parametrize("board", ["bestuur", "hoofdbestuur", "directie"])
def test_statements_a_board_speaks_for_the_organisation_of_its_van_phrase(kb, board):
    """Rule `body_through_its_board` (data/lexicon/board_nouns.txt, compounds by their head):
    `Het bestuur van de SGP zegt dat …` is the SGP speaking."""
    statements, _ = relations(parsed(BOARD_SAYS.format(board=board, owner="SGP", tag="B-ORG")), kb)
    assert [(s[1], s[3]) for s in statements] == [("SGP", "dat het klopt")]


@pytest.mark.parametrize(("board", "owner", "tag"), [("familie", "SGP", "B-ORG"), ("advocaat", "Rutte", "B-PER"), ("bestuur", "Rutte", "B-PER")])
def test_statements_a_family_a_lawyer_or_a_persons_board_speaks_for_nobody(kb, board, owner, tag):
    """`Het familie van …`, `De advocaat van Rutte zegt …`: no board, or a board of no
    organisation: the one in the `van` phrase does not speak."""
    statements, _ = relations(parsed(BOARD_SAYS.format(board=board, owner=owner, tag=tag)), kb)
    assert statements == []


def test_statements_an_inverted_board_speaks_for_its_organisation(kb):
    """`Het plan is klaar, laat het bestuur van de SGP weten.`"""
    doc = parsed("""
        Het        DET   det     1 -     het
        plan       NOUN  nsubj   3 -     plan
        is         AUX   cop     3 -     zijn
        klaar      ADJ   ROOT    3 -     klaar
        ,          PUNCT punct   5 -     ,
        laat       VERB  parataxis 3 -   laten
        het        DET   det     7 -     het
        bestuur    NOUN  nsubj   5 -     bestuur
        van        ADP   case    10 -    van
        de         DET   det     10 -    de
        SGP        PROPN nmod    7 B-ORG SGP
        weten      VERB  xcomp   5 -     weten
        .          PUNCT punct   3 -     .
    """)
    statements, _ = relations(doc, kb)
    assert [(s[1], s[3]) for s in statements] == [("SGP", "Het plan is klaar")]
