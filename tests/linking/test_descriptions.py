"""Role descriptions (pipeline/linking/descriptions.py): learnt from appositions, resolved on
the article's date."""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.lexicon import load_lexicon
from pipeline.linking.genders import noun_gender

from .conftest import link


def test_aliases_apposition_teaches_the_description(kb):
    doc, linked = link("De Russische president [Vladimir Poetin](PER) kwam . Toen sprak de Russische president .", kb)
    (putin,) = linked.entities
    assert [m.text for m in putin.mentions] == ["Vladimir Poetin", "de Russische president"]


@pytest.mark.parametrize(("published", "name"), [(date(2019, 5, 14), "Donald Trump"), (date(2015, 3, 1), "Barack Obama")])
def test_aliases_role_description_resolves_on_the_article_date(kb, published, name):
    _, linked = link("Toen sprak de Amerikaanse president .", kb, published=published)
    assert [(e.name, e.mentions[0].text) for e in linked.entities] == [(name, "de Amerikaanse president")]


def test_aliases_role_with_country_after_the_title(kb):
    _, linked = link("Hij belde met de president van de [Verenigde Staten](LOC) .", kb)
    assert sorted(e.name for e in linked.entities) == ["Donald Trump", "United States"]


def test_aliases_noun_description_after_apposition(kb):
    doc, linked = link("Dat zegt hoogleraar [Remco Breuker](PER) . Volgens de hoogleraar klopt het .", kb)
    (breuker,) = linked.entities
    assert breuker.key == "PERSON:remco breuker"
    assert [m.text for m in breuker.mentions] == ["Remco Breuker", "de hoogleraar"]


def test_aliases_ambiguous_noun_description_is_not_linked(kb):
    _, linked = link("Onderzoeker [Anna de Vries](PER) en onderzoeker [Piet Jansen](PER) . Volgens de onderzoeker klopt het .", kb)
    assert all(len(e.mentions) == 1 for e in linked.entities)


def test_aliases_nationality_noun_names_the_known_national(kb):
    _, linked = link("[Emmanuel Macron](PER) kwam . De Fransman sprak .", kb)
    (macron,) = linked.entities
    assert [m.text for m in macron.mentions] == ["Emmanuel Macron", "De Fransman"]


def test_aliases_a_possessive_role_description_is_the_person_an_apposition_names(kb):
    """`zijn Franse ambtgenoot` before and after `zijn Franse ambtgenoot Le Maire`."""
    _, linked = link("[Dijsselbloem](PER) sprak met zijn Franse ambtgenoot . [Hoekstra](PER) zag zijn Franse ambtgenoot [Le Maire](PER) .", kb)
    le_maire = next(e for e in linked.entities if e.name == "Le Maire")
    assert [m.text for m in le_maire.mentions] == ["zijn Franse ambtgenoot", "Le Maire"]


@pytest.mark.parametrize(("noun", "gender"), [("voorzitster", "f"), ("moeder", "f"), ("broer", "m"), ("zakenman", "m"),
                                              ("burgemeester", None), ("oud-minister", None), ("priester", None), ("docent", None)])
def test_noun_gender_reads_a_feminine_ending_but_not_one_that_only_looks_so(noun, gender):
    """`de voorzitster` is a woman, `de burgemeester` and `de oud-minister` may be either."""
    assert noun_gender(noun, load_lexicon()) == gender
