"""Institutions and peoples (pipeline/linking/institutions.py): specific and bare references,
a people acting as its country."""

from __future__ import annotations

import pytest

from pipeline.entities import doc_mentions
from pipeline.linking import link_entities

from .conftest import doc_from, link


@pytest.mark.parametrize(("markup", "expected"), [
    ("Het ministerie van [Buitenlandse Zaken](ORG) zei het . Later zei het ministerie het weer .",
     [("ministerie van Buitenlandse Zaken", ["ministerie van Buitenlandse Zaken", "het ministerie"])]),
    ("De rechtbank in [Rotterdam](LOC) oordeelde . De rechtbank sprak vrij .",
     [("Rechtbank Rotterdam", ["rechtbank in Rotterdam", "De rechtbank"]), ("Rotterdam", ["Rotterdam"])]),
    ("Het Russische ministerie van [Milieu](ORG) zweeg . Volgens het ministerie niet .",
     [("Russische ministerie van Milieu", ["Russische ministerie van Milieu", "het ministerie"])]),
    ("De regering-Trump zei het .", [("regering-Trump", ["regering-Trump"])]),
])
def test_aliases_institutions_a_phrase_makes_specific_and_bare_references_to_them(kb, markup, expected):
    _, linked = link(markup, kb)
    assert [(e.name, [m.text for m in e.mentions]) for e in linked.entities] == expected


@pytest.mark.parametrize(("markup", "court", "town"), [
    ("Hij stond voor de rechtbank in [Arnhem](LOC) .", "Rechtbank Arnhem", "Arnhem"),
    ("Hij stond voor de Arnhemse rechtbank .", "Rechtbank Arnhem", None),  # the town's adjective
    ("Dat vond de rechtbank van [Breda](LOC) .", "Rechtbank Breda", "Breda"),
    ("Het hof in [Den Haag](LOC) sprak hem vrij .", "Gerechtshof Den Haag", "The Hague"),
    ("Het gerechtshof in [Leeuwarden](LOC) sprak hem vrij .", "Gerechtshof Leeuwarden", "Leeuwarden"),
])
def test_aliases_a_court_is_named_after_its_town(kb, markup, court, town):
    """Rule `court_of_a_town`: however an article writes it, a court is known by its town
    (`Rechtbank Arnhem`), and the town named after `in`/`van` is a place of its own."""
    _, linked = link(markup, kb)
    assert [e.name for e in linked.entities if e.type == "ORG"] == [court]
    assert [e.name for e in linked.entities if e.type == "PLACE"] == ([town] if town else [])


def test_aliases_a_foreign_court_keeps_its_phrase(kb):
    """Only a court of the Low Countries is named after its town; the town is a place still."""
    _, linked = link("De rechtbank in [Parijs](LOC) oordeelde .", kb)
    assert [(e.name, e.type) for e in linked.entities] == [("rechtbank in Parijs", "ORG"), ("Paris", "PLACE")]


@pytest.mark.parametrize("markup", [
    "Op het hof van de boerderij stonden trekkers .",  # `hof` alone is no court
    "De Rotterdamse politie zweeg .",  # a town's adjective makes only a court specific
    "Het hof sprak hem vrij .",
    "Het Europese Hof oordeelde anders .",  # no town's adjective
    "De bewoners van het hof in [Leiden](LOC) klagen .",  # no court of appeal sits there: a courtyard
])
def test_aliases_no_court_without_its_town_or_noun(kb, markup):
    _, linked = link(markup, kb)
    assert [e for e in linked.entities if e.type == "ORG"] == []


@pytest.mark.parametrize(("markup", "person"), [
    ("De regering van [Pedro Sánchez](PER) wil verkiezingen .", "Pedro Sánchez"),
    ("Het kabinet van [Mark Rutte](PER) zwijgt .", "Mark Rutte"),
])
def test_aliases_an_institution_whose_van_phrase_is_a_person_gives_way_to_that_person(kb, markup, person):
    """Rule `institution_of_person`: `de regering van Pedro Sánchez` names whose government
    it is; the person stays a person, no organisation swallows the name."""
    _, linked = link(markup, kb)
    assert [(e.name, e.type) for e in linked.entities] == [(person, "PERSON")]


def test_aliases_an_institution_whose_van_phrase_is_a_department_stays_one(kb):
    """`het ministerie van Buitenlandse Zaken` (a body's name after `van`) and a person
    elsewhere in the sentence leave the institution as it is."""
    _, linked = link("Het ministerie van [Buitenlandse Zaken](ORG) en [Mark Rutte](PER) zwijgen .", kb)
    assert [(e.name, e.type) for e in linked.entities] == [("ministerie van Buitenlandse Zaken", "ORG"), ("Mark Rutte", "PERSON")]


@pytest.mark.parametrize(("markup", "name"), [
    ("Het ministerie van [Infrastructuur](ORG) en [Waterstaat](LOC) zei het .", "ministerie van Infrastructuur en Waterstaat"),
    ("Het ministerie van [Onderwijs](ORG) , [Cultuur](ORG) en [Wetenschap](ORG) zweeg .", "ministerie van Onderwijs , Cultuur en Wetenschap"),
])
def test_aliases_a_ministry_of_coordinated_portfolios_is_one_institution(kb, markup, name):
    """Rule `coordinated_portfolio`: the portfolios joined by `en` and commas name one ministry;
    no place `Waterstaat` beside it."""
    _, linked = link(markup, kb)
    assert [(e.name, e.type) for e in linked.entities] == [(name, "ORG")]


def test_aliases_a_ministry_coordinated_with_a_name_that_is_no_portfolio_ends_at_its_portfolio(kb):
    """`het ministerie van Justitie en Rutte`: `Rutte` is no portfolio, so he is another entity."""
    _, linked = link("Het ministerie van [Justitie](ORG) en [Rutte](PER) zwegen .", kb)
    assert [(e.name, e.type) for e in linked.entities] == [("ministerie van Justitie", "ORG"), ("Mark Rutte", "PERSON")]


def test_aliases_a_bare_institution_noun_with_none_named_is_nobody(kb):
    _, linked = link("Het ministerie zweeg . [Rutte](PER) sprak .", kb)
    assert [e.name for e in linked.entities] == ["Mark Rutte"]


def test_aliases_a_people_as_subject_is_its_country(kb):
    """`De Fransen lieten weten …` is France acting; `met de Russen` is just people."""
    doc = doc_from("De Fransen lieten het weten met de Russen .", heads=[1, 2, 2, 2, 2, 7, 7, 2, 2],
                   deps=["det", "nsubj", "ROOT", "obj", "compound:prt", "case", "det", "obl", "punct"])
    linked = link_entities(doc, doc_mentions(doc), kb)
    assert [(e.name, [m.text for m in e.mentions]) for e in linked.entities] == [("France", ["De Fransen"])]


def test_aliases_a_municipal_executive_is_one_body_named_after_its_town(kb):
    """`Het college van B en W vindt …`, `geeft het college aan`, `vindt het gemeentebestuur`:
    the college of mayor and aldermen speaks in local news, under any of its names, as one
    body named after the article's municipality."""
    _, linked = link("De gemeente [Apeldoorn](LOC) bouwt . Het college van B en W vindt het goed . Dat zegt het college . "
                     "Het gemeentebestuur zwijgt .", kb)
    assert [(e.name, [m.text for m in e.mentions]) for e in linked.entities if e.type == "ORG"] == [
        ("College van B en W Apeldoorn", ["college van B en W", "het college", "gemeentebestuur"])]


def test_aliases_a_municipal_executive_is_named_after_the_town_of_its_van_phrase(kb):
    _, linked = link("Het is goed , aldus B en W van [Vlissingen](LOC) .", kb)
    assert [(e.name, [m.text for m in e.mentions]) for e in linked.entities if e.type == "ORG"] == [
        ("College van B en W Vlissingen", ["B en W van Vlissingen"])]


def test_aliases_a_bare_college_before_any_municipal_executive_is_nobody(kb):
    """`het college` alone may be a school or a university's board: only after the
    municipality's college was named is it that college; `de burgemeester en de wethouders`
    are people."""
    _, linked = link("Het college zweeg . De burgemeester en de wethouders zwegen . Burgemeester en wethouders spraken . "
                     "Het college sprak .", kb)
    assert [(e.name, [m.text for m in e.mentions]) for e in linked.entities if e.type == "ORG"] == [
        ("College van B en W", ["Burgemeester en wethouders", "Het college"])]


def test_aliases_a_standing_body_named_specifically_before_is_that_one(kb):
    """`Het Britse kabinet … Het kabinet zegt …` is the British one; `de politie` with
    none named before is the one there is."""
    _, linked = link("Het Britse kabinet vergaderde . Het kabinet zegt het . Het kabinet zwijgt .", kb)
    assert [(e.name, [m.text for m in e.mentions]) for e in linked.entities] == [
        ("United Kingdom", ["Britse kabinet", "Het kabinet", "Het kabinet"])]
    _, linked = link("Het kabinet zegt het .", kb)
    assert [(e.name, [m.text for m in e.mentions]) for e in linked.entities] == [("kabinet", ["kabinet"])]


@pytest.mark.parametrize(("markup", "expected"), [
    # the article's municipality: the Dutch town it names most often
    ("Een school in [Amsterdam](LOC) . Ze schrijft in een brief aan de gemeenteraad . Later stemt de gemeenteraad .",
     ("Gemeenteraad Amsterdam", ["gemeenteraad", "gemeenteraad"])),
    ("De gemeente [Apeldoorn](LOC) bouwt . [Utrecht](LOC) niet . Ze klaagden bij de gemeenteraad .",
     ("Gemeenteraad Apeldoorn", ["gemeenteraad"])),  # the first `gemeente X` before any count
    ("Het plan van de gemeenteraad van [Utrecht](LOC) .", ("Gemeenteraad Utrecht", ["gemeenteraad van Utrecht"])),
    ("De Amsterdamse gemeenteraad stemde in .", ("Gemeenteraad Amsterdam", ["Amsterdamse gemeenteraad"])),
    ("Ze schreef aan de gemeenteraad .", ("Gemeenteraad", ["gemeenteraad"])),
])
def test_aliases_municipal_council_is_the_council_of_its_town(kb, markup, expected):
    _, linked = link(markup, kb)
    councils = [(e.name, [m.text for m in e.mentions]) for e in linked.entities if e.name.startswith("Gemeenteraad")]
    assert councils == [expected]


@pytest.mark.parametrize("markup", [
    "De gemeenteraden van [Ede](LOC) en [Wageningen](LOC) stemden .",  # several councils
    "Het besluit van de [Raad van State](ORG) . De raad oordeelde .",  # a council of anything
])
def test_aliases_a_plural_or_a_bare_raad_is_no_municipal_council(kb, markup):
    _, linked = link(markup, kb)
    assert not [e for e in linked.entities if e.name.startswith("Gemeenteraad")]


def test_aliases_a_municipal_executive_without_a_gemeente_phrase_is_the_most_named_towns(kb):
    _, linked = link("Een stal in [Haaksbergen](LOC) . Het college van B en W vindt het goed .", kb)
    assert [e.name for e in linked.entities if e.type == "ORG"] == ["College van B en W Haaksbergen"]


@pytest.mark.parametrize(("markup", "expected"), [
    # the model's fragments of the phrase (`B`, `W van Haaksbergen`) give way to the body and its town
    ("Voor het college van [B](ORG) en [W van Haaksbergen](ORG) reden om te weigeren .",
     [("College van B en W Haaksbergen", "ORG", ["college van B en W van Haaksbergen"]), ("Haaksbergen", "PLACE", ["Haaksbergen"])]),
    ("Het plan van de gemeenteraad van [Utrecht](LOC) .",
     [("Gemeenteraad Utrecht", "ORG", ["gemeenteraad van Utrecht"]), ("Utrecht", "PLACE", ["Utrecht"])]),
])
def test_aliases_the_town_of_a_municipal_bodys_van_phrase_is_a_place_too(kb, markup, expected):
    _, linked = link(markup, kb)
    assert [(e.name, e.type, [m.text for m in e.mentions]) for e in linked.entities] == expected


def test_aliases_a_van_phrase_naming_no_dutch_town_stays_in_the_body(kb):
    _, linked = link("Het is goed , aldus B en W van [Zuidland](LOC) .", kb)  # a village the KB does not know
    assert [(e.name, e.type, [m.text for m in e.mentions]) for e in linked.entities] == [
        ("College van B en W Zuidland", "ORG", ["B en W"]), ("Zuidland", "PLACE", ["Zuidland"])]


@pytest.mark.parametrize(("markup", "expected"), [
    # a town's name inside another name is no mention of the town (Dieren is a village too)
    ("Een school in [Amsterdam](LOC) . De [Partij voor de Dieren](ORG) en de [Partij voor de Dieren](ORG) willen dat . "
     "Ze schrijft aan de gemeenteraad .", "Gemeenteraad Amsterdam"),
    # the country is no town, nor is a province
    ("Een school in [Amsterdam](LOC) . Heel [Nederland](LOC) kijkt , heel [Nederland](LOC) . Ze schrijft aan de gemeenteraad .",
     "Gemeenteraad Amsterdam"),
    ("Een school in [Amsterdam](LOC) . Heel [Friesland](LOC) kijkt , heel [Friesland](LOC) . Ze schrijft aan de gemeenteraad .",
     "Gemeenteraad Amsterdam"),
])
def test_aliases_the_article_municipality_is_a_town_named_as_itself(kb, markup, expected):
    _, linked = link(markup, kb)
    assert [e.name for e in linked.entities if e.name.startswith("Gemeenteraad")] == [expected]
