"""Portfolios in brackets after a person's name (pipeline/linking/portfolios.py)."""

from __future__ import annotations

import pytest

from .conftest import link


@pytest.mark.parametrize("markup", [
    "Volgens minister [Cora van Nieuwenhuizen](PER) ( [Verkeer](ORG) ) is het goed .",
    "Minister [Wopke Hoekstra](PER) ( [Financiën](PER) ) zweeg .",
    "Dat zei minister [Ferdinand Grapperhaus](PER) ( [Justitie](ORG) en Veiligheid , CDA ) .",
    "Dat zei minister [Cora van Nieuwenhuizen](PER) ( [Infrastructuur](ORG) en [Waterstaat](LOC) ) .",
])
def test_a_portfolio_in_brackets_after_a_person_is_no_entity(kb, markup):
    """Rule `portfolio_in_brackets`."""
    _, linked = link(markup, kb)
    assert [e.type for e in linked.entities] == ["PERSON"]


@pytest.mark.parametrize(("markup", "kept"), [
    ("De inspectie [Autoriteit](ORG) ( [Justitie](ORG) ) zweeg .", "Justitie"),  # after a body
    ("Dat zei [Slob](PER) ( [Justitie-expert](ORG) ) .", "Justitie-expert"),  # no portfolio
    ("Dat zei [Slob](PER) over [Justitie](ORG) .", "Justitie"),  # no bracket
    ("Dat zei [Slob](PER) ( [Justitie](ORG) Nederland ) .", "Justitie"),  # the bracket goes on
])
def test_other_names_after_a_person_stay(kb, markup, kept):
    _, linked = link(markup, kb)
    assert kept in [e.name for e in linked.entities]


@pytest.mark.parametrize("markup", [
    "Ook minister [Eric Wiebes](PER) van Economische Zaken en [Klimaat](PER) is boos .",
    "Als minister van Buitenlandse Handel en [Ontwikkelingssamenwerking](PER) werkte ze hard .",
    "Hij sprak de Franse minister van Economie en [Financiën](PER) .",
    "Hij sprak met minister [Sigrid Kaag](PER) voor [Buitenlandse Handel](ORG) .",
    "Hij sprak de minister voor [Medische Zorg](ORG) .",
])
def test_portfolios_joined_after_a_title_are_no_entities(kb, markup):
    """Rule `portfolios_of_a_title`."""
    _, linked = link(markup, kb)
    assert [e.type for e in linked.entities] in ([], ["PERSON"])
    assert not any(e.name in ("Klimaat", "Ontwikkelingssamenwerking", "Financiën", "Buitenlandse Handel", "Medische Zorg") for e in linked.entities)


@pytest.mark.parametrize(("markup", "kept"), [
    ("Hij sprak de minister van Defensie en [NAVO](ORG) .", "NATO"),  # no portfolio after `en`
    ("Het is een kwestie van Financiën en [Klimaat](ORG) .", "Klimaat"),  # no title or person before `van`
    ("Hij stemde voor [Defensie](ORG) .", "Defensie"),  # no title or person before `voor`
])
def test_names_after_other_van_phrases_stay(kb, markup, kept):
    _, linked = link(markup, kb)
    assert kept in [e.name for e in linked.entities]
