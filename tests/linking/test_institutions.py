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
     [("rechtbank in Rotterdam", ["rechtbank in Rotterdam", "De rechtbank"])]),
    ("Het Russische ministerie van [Milieu](ORG) zweeg . Volgens het ministerie niet .",
     [("Russische ministerie van Milieu", ["Russische ministerie van Milieu", "het ministerie"])]),
    ("De regering-Trump zei het .", [("regering-Trump", ["regering-Trump"])]),
])
def test_aliases_institutions_a_phrase_makes_specific_and_bare_references_to_them(kb, markup, expected):
    _, linked = link(markup, kb)
    assert [(e.name, [m.text for m in e.mentions]) for e in linked.entities] == expected


def test_aliases_a_bare_institution_noun_with_none_named_is_nobody(kb):
    _, linked = link("Het ministerie zweeg . [Rutte](PER) sprak .", kb)
    assert [e.name for e in linked.entities] == ["Mark Rutte"]


def test_aliases_a_people_as_subject_is_its_country(kb):
    """`De Fransen lieten weten …` is France acting; `met de Russen` is just people."""
    doc = doc_from("De Fransen lieten het weten met de Russen .", heads=[1, 2, 2, 2, 2, 7, 7, 2, 2],
                   deps=["det", "nsubj", "ROOT", "obj", "compound:prt", "case", "det", "obl", "punct"])
    linked = link_entities(doc, doc_mentions(doc), kb)
    assert [(e.name, [m.text for m in e.mentions]) for e in linked.entities] == [("France", ["De Fransen"])]
