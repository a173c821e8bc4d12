"""A bare `de gemeente` is the town the article names as `de gemeente X`, acting as its
municipality (pipeline/linking/municipalities.py, rule `named_municipality`)."""

from __future__ import annotations

import pytest

from .conftest import link


def _mentions_of(linked, name):
    return [m.text for e in linked.entities if e.name == name for m in e.mentions]


@pytest.mark.parametrize("markup", [
    "De gemeente [Eindhoven](LOC) treedt op . Dat is terecht , stelt de gemeente .",
    "De gemeente [Eindhoven](LOC) treedt op . Volgens de gemeente is dat terecht .",
])
def test_aliases_a_bare_gemeente_is_the_town_the_article_names_as_its_municipality(kb, markup):
    _, linked = link(markup, kb)
    assert _mentions_of(linked, "Eindhoven") == ["Eindhoven", "de gemeente"]


@pytest.mark.parametrize(("markup", "town"), [
    ("Een school in [Eindhoven](LOC) . Dat is terecht , stelt de gemeente .", "Eindhoven"),  # named, but not as a gemeente
    ("De gemeente [Almelo](LOC) en de gemeente [Tubbergen](LOC) praten . Dat is terecht , stelt de gemeente .", "Almelo"),  # two
])
def test_aliases_a_bare_gemeente_with_none_or_two_named_is_nobody(kb, markup, town):
    _, linked = link(markup, kb)
    assert "de gemeente" not in _mentions_of(linked, town)


def test_aliases_a_gemeente_a_relative_clause_picks_out_is_any_municipality(kb):
    """`Hij verhuist naar de gemeente waar hij werkt`: not Eindhoven's."""
    heads = [1, 3, 1, 3, 3, 3, 7, 7, 10, 10, 7, 13, 13, 10, 7]
    deps = ["det", "nsubj", "flat", "ROOT", "compound:prt", "punct", "nsubj", "ROOT", "case", "det", "obl", "advmod", "nsubj", "acl:relcl", "punct"]
    _, linked = link("De gemeente [Eindhoven](LOC) treedt op . Hij verhuist naar de gemeente waar hij werkt .", kb, heads=heads, deps=deps)
    assert _mentions_of(linked, "Eindhoven") == ["Eindhoven"]


def test_aliases_a_spokesperson_of_the_gemeente_speaks_for_the_town_named_as_it(kb):
    """`zei een woordvoerder van de gemeente`: Eindhoven speaking, as `van de NS` is the NS."""
    _, linked = link("De gemeente [Eindhoven](LOC) treedt op . Dat klopt , zei een woordvoerder van de gemeente .", kb)
    assert _mentions_of(linked, "Eindhoven") == ["Eindhoven", "een woordvoerder", "de gemeente"]


def test_aliases_a_dat_clause_the_parser_hung_on_the_gemeente_as_a_relative_clause_still_leaves_it_the_town(kb):
    """`Het verschil is volgens de gemeente dat hij werkt`, the `dat` clause labelled a relative
    clause on `gemeente`: it says what the municipality claims, not which one it is."""
    # De gemeente Eindhoven treedt op . Het verschil is volgens de gemeente dat hij werkt .
    heads = [1, 3, 1, 3, 3, 3, 7, 11, 11, 11, 11, 11, 14, 14, 11, 11]
    deps = ["det", "nsubj", "flat", "ROOT", "compound:prt", "punct", "det", "nsubj", "cop", "case", "det", "ROOT", "mark", "nsubj", "acl:relcl",
            "punct"]
    _, linked = link("De gemeente [Eindhoven](LOC) treedt op . Het verschil is volgens de gemeente dat hij werkt .", kb, heads=heads, deps=deps)
    assert _mentions_of(linked, "Eindhoven") == ["Eindhoven", "de gemeente"]
