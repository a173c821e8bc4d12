"""Asked for a role (pipeline/relations/recruitment.py): a request verb with a job or
capacity and no clause recruits someone; it reports no speech."""

from __future__ import annotations

from .conftest import parsed, relations

PASSIVE_FOR_THE_JOB = """
    Klein     PROPN nsubj     4 B-PER Klein
    is        AUX   aux:pass  4 -     zijn
    voor      ADP   case      3 -     voor
    klus      NOUN  obl       4 -     klus
    gevraagd  VERB  ROOT      4 -     vragen
    door      ADP   case      6 -     door
    Rutte     PROPN obl:agent 4 B-PER Rutte
    .         PUNCT punct     4 -     .
"""

ACTIVE_FOR_THE_JOB = """
    Rutte     PROPN nsubj     3 B-PER Rutte
    heeft     AUX   aux       3 -     hebben
    Dijkhoff  PROPN obj       3 B-PER Dijkhoff
    gevraagd  VERB  ROOT      3 -     vragen
    voor      ADP   case      5 -     voor
    functie   NOUN  obl:arg   3 -     functie
    .         PUNCT punct     3 -     .
"""

PASSIVE_TO_ACT = """
    Dijkhoff   PROPN nsubj     4 B-PER Dijkhoff
    is         AUX   aux:pass  4 -     zijn
    door       ADP   case      3 -     door
    Rutte      PROPN obl:agent 4 B-PER Rutte
    gevraagd   VERB  ROOT      4 -     vragen
    om         ADP   mark      8 -     om
    Kamer      NOUN  obj       8 B-ORG Kamer
    te         ADP   mark      8 -     te
    informeren VERB  advcl     4 -     informeren
    .          PUNCT punct     4 -     .
"""

ATTENTION_FOR = """
    Rutte     PROPN nsubj     1 B-PER Rutte
    vraagt    VERB  ROOT      1 -     vragen
    aandacht  NOUN  obj       1 -     aandacht
    voor      ADP   case      5 -     voor
    het       DET   det       5 -     het
    klimaat   NOUN  obl       1 -     klimaat
    .         PUNCT punct     1 -     .
"""


def test_statements_asked_for_a_job_is_no_statement(kb):
    """`Klein is voor de klus gevraagd door Rutte`, `Rutte heeft Dijkhoff gevraagd voor de functie`."""
    assert relations(parsed(PASSIVE_FOR_THE_JOB), kb)[0] == []
    assert relations(parsed(ACTIVE_FOR_THE_JOB), kb)[0] == []


def test_statements_asked_to_act_or_for_a_thing_still_reports(kb):
    """`Dijkhoff is door Rutte gevraagd om de Kamer te informeren`, `Rutte vraagt aandacht voor het klimaat`."""
    [asked] = relations(parsed(PASSIVE_TO_ACT), kb)[0]
    assert asked[1:3] == ("Mark Rutte", "vragen") and "informeren" in asked[3]
    [attention] = relations(parsed(ATTENTION_FOR), kb)[0]
    assert attention[1:3] == ("Mark Rutte", "vragen") and attention[3].startswith("aandacht")
