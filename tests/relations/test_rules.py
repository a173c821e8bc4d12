"""Every meeting and statement names the rule that found it (for per-construction figures)
and where its date came from: a time expression of its sentence, or the publication date."""

from __future__ import annotations

import pytest

from .conftest import extracted, parsed
from .test_constructions import COMPOUND, RECIPROCAL
from .test_meetings import MEETING

LIGHT_VERB = COMPOUND.format(noun="onderhoud")
EVENT_NOUN = """
    het        DET   det   1 -     het
    gesprek    NOUN  ROOT  1 -     gesprek
    tussen     ADP   case  3 -     tussen
    Rutte      PROPN nmod  1 B-PER Rutte
    en         CCONJ cc    5 -     en
    Merkel     PROPN conj  3 B-PER Merkel
    .          PUNCT punct 1 -     .
"""


@pytest.mark.parametrize(("table", "rule"), [
    (MEETING.format(aux="al ADV advmod 2 - al"), "trigger_verb"),
    (RECIPROCAL.format(verb="zagen", lemma="zien"), "reciprocal_verb"),
    (EVENT_NOUN, "event_noun"),
    (COMPOUND.format(noun="spoedoverleg"), "compound_noun"),
    (LIGHT_VERB, "light_verb_noun"),
])
def test_rules_a_meeting_names_its_construction(kb, table, rule):
    _, meetings = extracted(parsed(table), kb)
    assert [m.rule for m in meetings] == [rule]


def test_rules_a_meeting_dated_in_its_sentence_says_so(kb):
    _, meetings = extracted(parsed(MEETING.format(aux="al ADV advmod 2 - al")), kb)  # `dinsdag`, published Tuesday 2019-05-14
    assert [(m.date, m.date_source) for m in meetings] == [("2019-05-14", "text")]


def test_rules_an_undated_meeting_takes_the_publication_date_and_says_so(kb):
    _, meetings = extracted(parsed(LIGHT_VERB), kb, published="2019-05-16")
    assert [(m.date, m.date_source) for m in meetings] == [("2019-05-16", "published")]
    _, undated = extracted(parsed(LIGHT_VERB), kb, published=None)
    assert [(m.date, m.date_source) for m in undated] == [(None, None)]


QUOTE_AFTER = """
    '          PUNCT punct 1 -     '
    Dat        PRON  nsubj 2 -     dat
    klopt      VERB  ccomp 5 -     kloppen
    '          PUNCT punct 1 -     '
    ,          PUNCT punct 1 -     ,
    zegt       VERB  ROOT  5 -     zeggen
    Rutte      PROPN nsubj 5 B-PER Rutte
    .          PUNCT punct 5 -     .
"""
VOLGENS = """
    Volgens    ADP   case  1 -     volgens
    Rutte      PROPN obl   3 B-PER Rutte
    klopt      VERB  ROOT  3 -     kloppen
    dat        PRON  nsubj 2 -     dat
    niet       ADV   advmod 2 -    niet
    .          PUNCT punct 2 -     .
"""


@pytest.mark.parametrize(("table", "rule"), [(QUOTE_AFTER, "quote_cue_after"), (VOLGENS, "volgens")])
def test_rules_a_statement_names_its_attribution_pattern(kb, table, rule):
    statements, _ = extracted(parsed(table), kb)
    assert [(s.rule, s.date_source) for s in statements] == [(rule, "published")]
