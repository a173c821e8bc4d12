"""Meeting constructions of unseen news the bundled parser misreads: a passive agent parsed
as a plain `door` obl (parties.passive_agents) and a name hung as an apposition on the time
adverbial before it (parties.time_appositions). The parses are the bundled parser's own
analyses of the coverage sentences (tests/relations/test_meeting_coverage.py)."""

from __future__ import annotations

import pytest

from .conftest import parsed, relations

PASSIVE_DOOR = """
    Mark         PROPN  {subject}    7   B-PER  Mark
    Rutte        PROPN  flat         0   I-PER  Rutte
    {aux}        AUX    {auxdep}     7   -      {auxlemma}
    dinsdag      PROPN  advmod       7   -      dinsdag
    door         ADP    case         5   -      door
    Angela       PROPN  obl          7   B-PER  Angela
    Merkel       PROPN  flat         5   I-PER  Merkel
    {verb}       VERB   ROOT         7   -      {lemma}
    in           ADP    case         9   -      in
    Berlijn      PROPN  obl          7   B-LOC  Berlijn
    .            PUNCT  punct        7   -      .
"""


@pytest.mark.parametrize("verb,lemma,kind", [("ontvangen", "ontvangen", "meeting"), ("gebeld", "bellen", "call")])
def test_a_passive_agent_parsed_as_a_door_phrase_took_part(kb, verb, lemma, kind):
    doc = parsed(PASSIVE_DOOR.format(subject="nsubj:pass", aux="werd", auxdep="aux:pass", auxlemma="worden", verb=verb, lemma=lemma))
    assert [(m[0], m[1]) for m in relations(doc, kb)[1]] == [(kind, ["Angela Merkel", "Mark Rutte"])]


def test_an_active_verbs_door_phrase_is_no_agent(kb):
    """`Rutte heeft dinsdag door Merkel gebeld` (an active `hebben`, its subject no passive
    one): the `door` phrase names no one called."""
    doc = parsed(PASSIVE_DOOR.format(subject="nsubj", aux="heeft", auxdep="aux", auxlemma="hebben", verb="gebeld", lemma="bellen"))
    assert relations(doc, kb)[1] == []


TIME_APPOSITION = """
    Donald       PROPN  nsubj        2   B-PER  Donald
    Trump        PROPN  flat         0   I-PER  Trump
    {verb}       VERB   ROOT         2   -      {lemma}
    {time}       {pos}  obl          2   -      {time}
    Emmanuel     PROPN  appos        3   B-PER  Emmanuel
    Macron       PROPN  flat         4   I-PER  Macron
    .            PUNCT  punct        2   -      .
"""


@pytest.mark.parametrize("verb,lemma,kind", [("belde", "bellen", "call"), ("ontmoette", "ontmoeten", "meeting"),
                                             ("sprak", "spreken", "meeting")])
def test_a_name_hung_on_the_time_adverbial_before_it_was_met(kb, verb, lemma, kind):
    doc = parsed(TIME_APPOSITION.format(verb=verb, lemma=lemma, time="zaterdag", pos="PROPN"))
    assert [(m[0], m[1]) for m in relations(doc, kb)[1]] == [(kind, ["Donald Trump", "Emmanuel Macron"])]


def test_a_name_in_apposition_to_another_noun_is_not_met(kb):
    """`Trump belde de president, Emmanuel Macron` has its object read as such; `Trump belde
    vanuit het paleis Emmanuel Macron` with the name hung on a place noun is left alone."""
    doc = parsed(TIME_APPOSITION.format(verb="belde", lemma="bellen", time="paleis", pos="NOUN"))
    assert relations(doc, kb)[1] == []


MODAL_GOVERNOR = """
    Mark         PROPN  nsubj        2   B-PER  Mark
    Rutte        PROPN  flat         0   I-PER  Rutte
    {modal}      VERB   ROOT         2   -      {lemma}
    dinsdag      PROPN  compound:prt 2   -      dinsdag
    met          ADP    case         5   -      met
    Angela       PROPN  obl:arg      2   B-PER  Angela
    Merkel       PROPN  flat         5   I-PER  Merkel
    praten       VERB   xcomp        2   -      praten
    .            PUNCT  punct        2   -      .
"""


def test_a_partner_hung_on_the_modal_governor_is_the_infinitives(kb):
    """`Rutte gaat dinsdag met Merkel praten`, `met Merkel` on `gaat` (parties.modal_governor)."""
    doc = parsed(MODAL_GOVERNOR.format(modal="gaat", lemma="gaan"))
    assert [(m[0], m[1]) for m in relations(doc, kb)[1]] == [("meeting", ["Angela Merkel", "Mark Rutte"])]


def test_a_wish_parsed_as_the_meeting_verbs_governor_is_no_meeting(kb):
    """`Halsema wil met Aboutaleb praten`: `willen` the parser made the governing verb still
    wishes (denial.denied), as it does as an auxiliary."""
    doc = parsed("""
        Femke        PROPN  nsubj        2   B-PER  Femke
        Halsema      PROPN  flat         0   I-PER  Halsema
        wil          VERB   ROOT         2   -      willen
        met          ADP    case         4   -      met
        Ahmed        PROPN  obl          6   B-PER  Ahmed
        Aboutaleb    PROPN  flat         4   I-PER  Aboutaleb
        praten       VERB   xcomp        2   -      praten
        .            PUNCT  punct        2   -      .
    """)
    assert relations(doc, kb)[1] == []


def test_a_name_on_the_time_of_the_modal_governor_was_met(kb):
    """`Rutte gaat volgende week Merkel ontmoeten`, `Merkel` an apposition of `week`, which
    hangs on `gaat`."""
    doc = parsed("""
        Mark         PROPN  nsubj        2   B-PER  Mark
        Rutte        PROPN  flat         0   I-PER  Rutte
        gaat         VERB   ROOT         2   -      gaan
        volgende     VERB   amod         4   -      volgen
        week         NOUN   obl          2   -      week
        Angela       PROPN  appos        4   B-PER  Angela
        Merkel       PROPN  flat         5   I-PER  Merkel
        ontmoeten    VERB   xcomp        2   -      ontmoeten
        .            PUNCT  punct        2   -      .
    """)
    assert [(m[0], m[1]) for m in relations(doc, kb)[1]] == [("meeting", ["Angela Merkel", "Mark Rutte"])]
