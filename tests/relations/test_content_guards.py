"""What a speech verb's dependents cannot be (pipeline/relations/content.py) and the verbs a
predicate adjective makes verbs of doing (relations/cues.predicate_idiom)."""

from __future__ import annotations

import pytest

from .conftest import parsed, relations

STELDE = """
    De         DET   det     1 -     de
    bank       NOUN  nsubj   2 -     bank
    stelde     VERB  ROOT    2 -     stellen
    {first:<10} ADJ  obj     2 -     {first}
    geld       NOUN  nmod    3 -     geld
    {second:<10} {second_pos:<5} xcomp 2 - {second}
    .          PUNCT punct   2 -     .
    De         DET   det     8 -     de
    bank       NOUN  nsubj   9 -     bank
    stelde     VERB  ROOT    9 -     stellen
    dat        SCONJ mark    12 -    dat
    het        PRON  nsubj   12 -    het
    kon        VERB  ccomp   9 -     kunnen
    .          PUNCT punct   9 -     .
"""


def _bank(kb, first: str, second: str, second_pos: str = "ADJ"):
    doc = parsed(STELDE.format(first=first, second=second, second_pos=second_pos))
    doc.ents = [doc.char_span(doc[0].idx, doc[1].idx + 4, label="ORG")]  # `De bank` named by hand: the rule, not the linking, is tested
    return relations(doc, kb)[0]


def test_statements_a_predicate_idiom_is_no_speech_verb(kb):
    """`De bank stelde veel geld beschikbaar` makes money available; `De bank stelde dat het
    kon` states (data/lexicon/predicate_idioms.txt)."""
    statements = _bank(kb, "veel", "beschikbaar")
    assert [s[2:4] for s in statements] == [("stellen", "dat het kon")]


def test_statements_a_speech_verb_with_another_predicate_still_reports(kb):
    statements = _bank(kb, "veel", "duidelijk")
    assert [s[2] for s in statements] == ["stellen", "stellen"]


ERKEND = """
    De         DET   det     1 -     de
    VS         PROPN nsubj   3 B-LOC VS
    hebben     AUX   aux     3 -     hebben
    erkend     VERB  ROOT    3 -     erkennen
    {mark:<10} SCONJ mark    5 -     {mark}
    {word:<10} {pos:<5} {dep:<6} 3 - {word}
    .          PUNCT punct   3 -     .
"""


@pytest.mark.parametrize(("mark", "word", "pos", "dep", "said"), [
    ("als", "interim-president", "NOUN", "advcl", []),
    ("dat", "klopt", "VERB", "ccomp", ["dat klopt"]),
])
def test_statements_an_als_phrase_is_a_capacity_not_what_was_said(kb, mark, word, pos, dep, said):
    """`De VS hebben Guaidó erkend als interim-president` recognise him; `erkend dat …` admits."""
    statements, _ = relations(parsed(ERKEND.format(mark=mark, word=word, pos=pos, dep=dep)), kb)
    assert [s[3] for s in statements] == said


SCHRIJVEN = """
    Umar       PROPN nsubj:pass 2 B-PER Umar
    wordt      AUX   aux:pass 2 -   worden
    verguisd   VERB  ROOT    2 -     verguizen
    sinds      ADP   case    5 -     sinds
    het        DET   det     5 -     het
    moment     NOUN  obl     2 -     moment
    dat        SCONJ obj     9 -     dat
    ze         PRON  nsubj   8 -     ze
    begint     VERB  acl:relcl 5 -   beginnen
    schrijven  VERB  xcomp   8 -     schrijven
    .          PUNCT punct   2 -     .
"""


def test_statements_a_lone_subordinator_is_no_content(kb):
    """`sinds het moment dat ze begint te schrijven`, `dat` parsed as what she writes."""
    statements, _ = relations(parsed(SCHRIJVEN), kb)
    assert statements == []


HOOPT = """
    Rutte      PROPN nsubj   1 B-PER Rutte
    hoopt      VERB  ROOT    1 -     hopen
    straks     VERB  xcomp   1 -     straks
    te         ADP   mark    4 -     te
    winnen     VERB  xcomp   2 -     winnen
    .          PUNCT punct   1 -     .
    Rutte      PROPN nsubj   7 B-PER Rutte
    hoopt      VERB  ROOT    7 -     hopen
    dat        SCONJ mark    10 -    dat
    het        PRON  nsubj   10 -    het
    lukt       VERB  ccomp   7 -     lukken
    .          PUNCT punct   7 -     .
"""


def test_statements_an_intention_under_a_misread_adverb_is_no_claim(kb):
    """`Daar hoopt hij straks ook te zitten` with `straks` taken for a verb: an intention;
    `hoopt dat het lukt` still reports."""
    statements, _ = relations(parsed(HOOPT), kb)
    assert [s[3] for s in statements] == ["dat het lukt"]
