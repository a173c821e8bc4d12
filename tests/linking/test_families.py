"""Rule `family_by_surname` (pipeline/linking/families.py): a family noun before a surname
names one actor, the family, not a person of that surname."""

from __future__ import annotations

import pytest

from .conftest import link


def _entities(linked) -> list[tuple[str, str, list[str]]]:
    return [(e.name, e.type, [m.text for m in e.mentions]) for e in linked.entities]


@pytest.mark.parametrize(("markup", "family"), [
    ("De familie [Tamrazyan](PER) mag blijven .", ("familie Tamrazyan", "ORG", ["familie Tamrazyan"])),
    ("Hij ontving het gezin Ahmadi .", ("familie Ahmadi", "ORG", ["gezin Ahmadi"])),  # untagged
    ("De familie [Lobo](PER) is boos . Toen mopperden de broers [Lobo](PER) .", ("familie Lobo", "ORG", ["familie Lobo", "broers Lobo"])),
    ("De familie Van der Berg verhuist .", ("familie Van der Berg", "ORG", ["familie Van der Berg"])),  # particles
])
def test_a_family_noun_before_a_surname_names_the_family(kb, markup, family):
    _, linked = link(markup, kb)
    assert family in _entities(linked)
    assert not any(e.type == "PERSON" for e in linked.entities)  # the surname is no person here


def test_the_family_is_not_the_person_of_its_surname(kb):
    _, linked = link("De familie [Lobo](PER) is boos . [Frank Lobo](PER) zweeg .", kb)
    assert _entities(linked) == [("familie Lobo", "ORG", ["familie Lobo"]), ("Frank Lobo", "PERSON", ["Frank Lobo"])]


@pytest.mark.parametrize("markup", [
    "De broers [Bart](PER) en [Jan](PER) kwamen .",  # given names: persons
    "De familie is boos .",  # no surname
    "Hij zag de familie . [Jansen](PER) zweeg .",  # the next sentence's name
    "De broers [Lobo Santos](PER) kwamen .",  # a longer name the surname opens
    "Hij sprak de familie van [Henriquez](PER) .",  # a lowercase `van`: the family of a person
    "Hij hielp zijn gezin [Turkije](LOC) te verlaten .",  # a possessive: the object after it
    "Ze wil met haar gezin Kerst vieren .",
    "DE BROERS ZIJN WEER THUIS",  # capitals
    "De zussen Nkechi en Adaeze kwamen .",  # two names, one by one
])
def test_no_family_without_its_surname(kb, markup):
    _, linked = link(markup, kb)
    assert not any(e.name.startswith("familie") for e in linked.entities)


def test_an_organisation_of_the_surname_is_not_the_family(kb):
    """`Blokker`, the chain, beside `de familie Blokker`: two actors."""
    _, linked = link("De familie Blokker verkoopt . [Blokker](ORG) krimpt .", kb)
    assert sorted(e.name for e in linked.entities) == ["Blokker", "familie Blokker"]


def test_an_adjective_or_number_may_stand_between_the_article_and_the_noun(kb):
    """`De Albanese broers Söner`, `de twee broers Söner`: still the family's article."""
    from spacy.tokens import Doc

    from pipeline.entities import doc_mentions
    from pipeline.linking import link_entities

    from .conftest import VOCAB

    for word, pos in (("Albanese", "ADJ"), ("twee", "NUM")):
        doc = Doc(VOCAB, words=["De", word, "broers", "Söner", "zwegen", "."], pos=["DET", pos, "NOUN", "PROPN", "VERB", "PUNCT"],
                  ents=["O", "O", "O", "B-PER", "O", "O"], sent_starts=[True, False, False, False, False, False])
        linked = link_entities(doc, doc_mentions(doc), kb)
        assert _entities(linked) == [("familie Söner", "ORG", ["broers Söner"])], word
