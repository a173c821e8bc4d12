"""An encounter with a medium as one of its sides is an interview (bystanders.interviewed):
those interviewed together met no one. Parses as the bundled parser gives them."""

from __future__ import annotations

from .conftest import parsed, relations, who_met

MEDIUM_TALKED_WITH = """
    De         DET    det      1  -      de
    Volkskrant PROPN  nsubj    2  B-ORG  Volkskrant
    sprak      VERB   ROOT     2  -      spreken
    met        ADP    case     4  -      met
    Rutte      PROPN  obl      2  B-PER  Rutte
    en         CCONJ  cc       6  -      en
    Kaag       PROPN  conj     4  B-PER  Kaag
    .          PUNCT  punct    2  -      .
"""

TALKED_WITH_A_MEDIUM = """
    Rutte      PROPN  nsubj    3  B-PER  Rutte
    en         CCONJ  cc       2  -      en
    Kaag       PROPN  conj     0  B-PER  Kaag
    spraken    VERB   ROOT     3  -      spreken
    met        ADP    case     {at}  -      met
    {first}    PROPN  obl      3  {tag}  {first}
    {rest}
    .          PUNCT  punct    3  -      .
"""

IN_TALKS_THE_MEDIUM_HELD = """
    gesprekken NOUN   ROOT     0  -      gesprek
    die        PRON   nsubj    3  -      die
    Trouw      NOUN   obj      3  B-ORG  Trouw
    voerde     VERB   acl:relcl 0 -      voeren
    met        ADP    case     5  -      met
    Rutte      PROPN  obl      3  B-PER  Rutte
    en         CCONJ  cc       8  -      en
    met        ADP    case     8  -      met
    Kaag       PROPN  conj     5  B-PER  Kaag
"""


def test_those_a_medium_talked_with_met_no_one(kb):
    assert relations(parsed(MEDIUM_TALKED_WITH), kb)[1] == []


def test_those_who_talked_with_a_medium_known_by_its_name_met_no_one(kb):
    doc = parsed(TALKED_WITH_A_MEDIUM.format(at=5, first="Trouw", tag="B-ORG", rest=""))
    assert relations(doc, kb)[1] == []


def test_talks_a_medium_held_are_interviews(kb):
    assert relations(parsed(IN_TALKS_THE_MEDIUM_HELD), kb)[1] == []


def test_a_medium_talked_about_leaves_the_meeting(kb):
    rest = """over       ADP    case     7  -      over
    Trouw      PROPN  nmod     5  B-ORG  Trouw"""
    doc = parsed(TALKED_WITH_A_MEDIUM.format(at=5, first="Wiebes", tag="B-PER", rest=rest))
    assert who_met(relations(doc, kb)[1]) == [("meeting", ["Eric Wiebes", "Mark Rutte", "Sigrid Kaag"])]
