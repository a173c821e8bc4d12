"""Names typed by their shape (pipeline/linking/shapes.py)."""

from __future__ import annotations

import pytest

from .conftest import link


@pytest.mark.parametrize(("markup", "name"), [
    ("Toen bleek dat [AccorHotels](MISC) belangstelling had .", "AccorHotels"),
    ("Volgens berekeningen van [WomenInc](MISC) verdient een vrouw minder .", "WomenInc"),
    ("Dat zegt [ArcheoHotspot](PER) .", "ArcheoHotspot"),
])
def test_a_camel_cased_catch_all_or_person_is_an_organisation(kb, markup, name):
    """Rule `camel_case_company`."""
    _, linked = link(markup, kb)
    assert [(e.name, e.type) for e in linked.entities] == [(name, "ORG")]


@pytest.mark.parametrize(("markup", "kept"), [
    ("Dat zei [McGregor](PER) .", [("McGregor", "PERSON")]),  # a surname's prefix (McConnell is in the KB: Mitch McConnell)
    ("Dat zei [DeSantis](PER) .", [("DeSantis", "PERSON")]),
    ("Dat zei [Jansen](PER) .", [("Jansen", "PERSON")]),  # no inner capital
    ("Het [Oosterpark](LOC) is mooi .", [("Oosterpark", "PLACE")]),
    ("Ze kochten een [TyreTerminator Deluxe](MISC) .", []),  # more than one word
])
def test_other_names_keep_their_reading(kb, markup, kept):
    _, linked = link(markup, kb)
    assert [(e.name, e.type) for e in linked.entities] == kept


def test_a_known_name_with_a_lowercase_ending_is_no_company(kb):
    """`GroenLinksers` (the voters of GroenLinks, which the KB knows) stays a catch-all."""
    if kb.lookup("GroenLinks", fuzzy=False) is None:
        pytest.skip("the test KB does not know GroenLinks")
    _, linked = link("De [GroenLinksers](MISC) vliegen het minst .", kb)
    assert linked.entities == []


@pytest.mark.parametrize(("markup", "name"), [
    ("De [Koerdische SDF](ORG) vecht . De [SDF](ORG) won .", "SDF"),
    ("Het gebeurde in het [Zuid-Hollandse Meerkerk](LOC) . In [Meerkerk](LOC) is het stil .", "Meerkerk"),
])
def test_a_name_behind_an_origin_adjective_is_the_name_written_alone(kb, markup, name):
    """Rule `origin_adjective_before_name`: one node, not two."""
    _, linked = link(markup, kb)
    assert [(e.name, len(e.mentions)) for e in linked.entities] == [(name, 2)]


@pytest.mark.parametrize("markup", [
    "De [Europese Volkspartij](ORG) won .",  # the rest not written alone
    "De [Koerdische SDF](ORG) vecht . De [PKK](ORG) won .",
    "De [Nederlandsche Bank](ORG) meldt het . De [Bank](ORG) zweeg . Geen bank leent .",  # a common noun
])
def test_an_origin_adjective_of_a_name_not_written_alone_stays(kb, markup):
    _, linked = link(markup, kb)
    assert linked.entities[0].name in ("Europese Volkspartij", "Koerdische SDF", "Nederlandsche Bank")


def test_a_name_cut_before_its_lowercase_last_word_is_the_whole_name(kb):
    """Rule `lowercase_last_word`: `de RAI vereniging` beside `De RAI Vereniging`: one node."""
    _, linked = link("De [RAI Vereniging](ORG) weet het . Daarvoor pleit de [RAI](ORG) vereniging .", kb)
    assert [(e.name, [m.text for m in e.mentions]) for e in linked.entities] == [
        ("RAI Vereniging", ["RAI Vereniging", "RAI vereniging"])]


@pytest.mark.parametrize("markup", [
    "Daarvoor pleit de [RAI](ORG) vereniging .",  # no longer name in the article
    "De [RAI Vereniging](ORG) weet het . Daarvoor pleit de [RAI](ORG) zelf .",  # another word after it
])
def test_a_name_before_a_lowercase_word_without_the_longer_name_stays(kb, markup):
    _, linked = link(markup, kb)
    assert "RAI" in [e.name for e in linked.entities]


@pytest.mark.parametrize(("markup", "name"), [
    # the joined name is then the KB's agency, by its canonical name
    ("Volgens de [Nederlandse Voedsel-](ORG) en [Warenautoriteit](PER) klopt het .", "NVWA"),
    ("De [Fruit-](MISC) en [Groenteorganisatie Nederland](ORG) is boos .", "Fruit- en Groenteorganisatie Nederland"),
])
def test_the_halves_of_a_coordinated_compound_are_one_name(kb, markup, name):
    """Rule `hyphen_coordinated_name`: the hyphen marks the head the two compounds share."""
    _, linked = link(markup, kb)
    assert [(e.name, e.type) for e in linked.entities] == [(name, "ORG")]


@pytest.mark.parametrize("markup", [
    "In [Noord-](LOC) en [Zuid-Korea](LOC) is het stil .",  # two countries
    "De [Algemene-](ORG) en [VVD-senatoren](ORG) stemden .",  # the second a name with a lowercase tail
])
def test_two_names_sharing_a_head_stay_two(kb, markup):
    _, linked = link(markup, kb)
    assert len(linked.entities) == 2
