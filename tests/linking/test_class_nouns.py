"""Organisations named again by their class noun (pipeline/linking/class_nouns.py)."""

from __future__ import annotations

import pytest

from .conftest import entity_of, link


@pytest.mark.parametrize(("markup", "reference"), [
    ("De inlichtingendienst [AIVD](ORG) waarschuwt . Later stelt de dienst het .", "de dienst"),  # the class noun before the name
    ("De [Rabobank](ORG) groeit . Later stelt de bank het .", "de bank"),  # the name is a compound of it
    ("[ING](ORG) , de bank , groeit . Later stelt de bank het .", "de bank"),  # in an apposition
])
def test_class_nouns_a_class_noun_names_the_organisation_it_introduced(kb, markup, reference):
    doc, linked = link(markup, kb)
    (organisation,) = [e for e in linked.entities if e.type == "ORG"]
    start = doc.text.rindex(reference)  # the reference in the second sentence
    assert linked.key_at(start, start + len(reference)) == organisation.key


def test_class_nouns_two_introduced_in_one_sentence_leave_the_reference_open(kb):
    doc, linked = link("Bank [ING](ORG) en bank [ABN](ORG) fuseren . Later stelt de bank het .", kb)
    assert entity_of(linked, doc, "de bank") is None


def test_class_nouns_a_class_noun_before_a_name_introduces_it_and_refers_to_nothing(kb):
    doc, linked = link("De [Rabobank](ORG) groeit . Later zwijgt de bank [ING](ORG) .", kb)
    assert entity_of(linked, doc, "de bank") is None


def test_class_nouns_no_organisation_of_that_class_no_reference(kb):
    doc, linked = link("[Ajax](ORG) won . Later stelt de bank het .", kb)
    assert entity_of(linked, doc, "de bank") is None


def _doc(words: str, ents: str, nouns: set[str]):
    from spacy.tokens import Doc

    from .conftest import VOCAB

    split = words.split()
    starts = [i == 0 or split[i - 1] == "." for i in range(len(split))]
    pos = ["NOUN" if w.lower() in nouns else "PROPN" if e != "O" else "X" for w, e in zip(split, ents.split())]
    return Doc(VOCAB, words=split, ents=ents.split(), pos=pos, sent_starts=starts)


def test_class_nouns_a_place_noun_introduces_no_organisation_after_it(kb):
    """`besloot de gemeente Dura Vermeer een boete op te leggen`: the council fines the
    builder; `de gemeente` later is not the builder (data/lexicon/name_class_nouns.tsv)."""
    from pipeline.entities import doc_mentions
    from pipeline.linking import link_entities

    doc = _doc("Toen besloot de gemeente Dura Vermeer te beboeten . Later zweeg de gemeente .",
               "O O O O B-ORG I-ORG O O O O O O O O", {"gemeente"})
    linked = link_entities(doc, doc_mentions(doc), kb)
    (builder,) = linked.entities
    assert [m.text for m in builder.mentions] == ["Dura Vermeer"]
    doc = _doc("Toen zweeg de bank Triodos . Later zweeg de bank .", "O O O O B-ORG O O O O O O", {"bank"})
    (bank,) = link_entities(doc, doc_mentions(doc), kb).entities
    assert [m.text for m in bank.mentions] == ["Triodos", "de bank"]  # an organisation noun still introduces


def test_class_nouns_a_class_noun_before_the_introduction_names_the_one_introduced_later(kb):
    """`… eigendom van Woonpunt, maar volgens de wooncorporatie … Wooncorporatie Woonpunt zegt
    …`: the body says later what the lead named; a spokesperson of the reference speaks for it."""
    doc, linked = link("Het huis is van [Woonpunt](ORG) . Een woordvoerder van de wooncorporatie zwijgt . "
                       "Later zegt wooncorporatie [Woonpunt](ORG) het .", kb)
    (woonpunt,) = [e for e in linked.entities if e.type == "ORG"]
    assert entity_of(linked, doc, "de wooncorporatie") == woonpunt
    assert entity_of(linked, doc, "Een woordvoerder") == woonpunt


def test_class_nouns_another_organisation_named_before_keeps_the_later_introduction_off(kb):
    """`het RIVM … Het instituut … het Nederlands Herseninstituut`: the reference may be the
    one named before it, so the one introduced later does not take it."""
    doc, linked = link("Het [RIVM](ORG) meet . Het instituut zwijgt . Later meet het [Nederlands Herseninstituut](ORG) .", kb)
    assert entity_of(linked, doc, "Het instituut") is None


@pytest.mark.parametrize("markup", [
    "[ING](ORG) groeit . Later stelt de bank het . Nu is [ING](ORG) de bank .",  # the copula before the inverted subject
    "[ING](ORG) groeit . Later stelt de bank het . [ING](ORG) is een bank .",  # the name, then the copula
])
def test_class_nouns_a_copula_with_a_class_noun_introduces_the_organisation(kb, markup):
    doc, linked = link(markup, kb)
    (ing,) = [e for e in linked.entities if e.type == "ORG"]
    assert entity_of(linked, doc, "de bank") == ing


def test_class_nouns_a_copula_with_another_noun_introduces_no_class(kb):
    """`ING is een klant van de bank`: `klant` is its predicate, not `bank`."""
    doc, linked = link("[ING](ORG) groeit . Later stelt de bank het . [ING](ORG) is een klant van de bank .", kb, )
    assert entity_of(linked, doc, "de bank") is None


def test_class_nouns_a_school_named_a_lyceum_is_the_lyceum_later(kb):
    """`De kinderen op het Cornelius Haga Lyceum … het schoolbestuur van het lyceum`: a school
    whose name ends in `Lyceum` (or `Gymnasium`) is what a later `het lyceum` names
    (data/lexicon/organisation_nouns.txt); with no such school named, `het lyceum` names nothing."""
    from pipeline.entities import doc_mentions
    from pipeline.linking import link_entities

    doc = _doc("Op het Cornelius Haga Lyceum klaagt men . Later zweeg het lyceum .", "O O B-ORG I-ORG I-ORG O O O O O O O O", {"lyceum"})
    (school,) = link_entities(doc, doc_mentions(doc), kb).entities
    assert [m.text for m in school.mentions] == ["Cornelius Haga Lyceum", "het lyceum"]
    doc = _doc("Op het Stedelijk Museum klaagt men . Later zweeg het lyceum .", "O O B-ORG I-ORG O O O O O O O O", {"lyceum"})
    (museum,) = link_entities(doc, doc_mentions(doc), kb).entities
    assert [m.text for m in museum.mentions] == ["Stedelijk Museum"]


@pytest.mark.parametrize("markup", [
    "[Club Rodenburg](ORG) gaat dicht . Volgens [Rodenburg](LOC) is dat onterecht .",  # a gazetteer alias of New Haven
    "[Stichting Pandora](ORG) luidt de noodklok . Volgens [Pandora](PER) zijn er te weinig plekken .",
])
def test_class_nouns_the_name_after_a_class_noun_alone_is_that_organisation(kb, markup):
    """Rule `class_noun_short_form`: one node, the body's."""
    _, linked = link(markup, kb)
    assert [(e.type, len(e.mentions)) for e in linked.entities] == [("ORG", 2)]


@pytest.mark.parametrize("markup", [
    "De [Universiteit Utrecht](ORG) groeit . In [Utrecht](LOC) is men blij .",  # the city by its own name
    "[Stichting Bakker](ORG) is van [Jan Bakker](PER) . Volgens [Bakker](PER) is het nodig .",  # a person by a full name
])
def test_class_nouns_a_place_by_its_own_name_or_a_named_person_stays_apart(kb, markup):
    _, linked = link(markup, kb)
    assert len(linked.entities) == 2
