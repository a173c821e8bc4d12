"""Common words a sentence opens with, read as names (pipeline/linking/common_words.py)."""

from __future__ import annotations

import pytest

from .conftest import link


@pytest.mark.parametrize("markup", [
    "[Ambtenaren](LOC) klagen steen en been . Veel ambtenaren vallen van de trap .",
    "Het was een mooie dag . [Trots](PER) gelaat Eerder die ochtend zei hij het . Hij is trots .",
])
def test_a_common_word_capitalised_only_where_a_sentence_opens_is_no_name(kb, markup):
    """Rule `sentence_opening_word`: `Ambtenaren` beside `ambtenaren` is the word."""
    _, linked = link(markup, kb)
    assert linked.entities == []


@pytest.mark.parametrize(("markup", "kept"), [
    ("[Ambtenaren](LOC) klagen . Ze zeggen het .", "Ambtenaren"),  # never in lowercase
    ("[Vlek](PER) schildert . Dat zegt [Vlek](PER) . Een vlek .", "Vlek"),  # capitalised inside a sentence too
    ("[Jan Koning](PER) won . [Koning](PER) zei het . De koning kwam .", "Jan Koning"),  # a word of a longer name
    ("[Roos](PER) zingt . Een roos bloeit .", "Roos"),  # a given name
    ("[Trouw](ORG) meldt het . Hij bleef trouw .", "Trouw"),  # a name the KB knows
])
def test_a_sentence_opening_name_the_article_also_has_as_a_name_stays(kb, markup, kept):
    _, linked = link(markup, kb)
    assert kept in [e.name for e in linked.entities]


@pytest.mark.parametrize("markup", [
    "De verdachte [Groninger](ORG) zweeg .",  # Groningen
    "Veel [Groningers](ORG) zijn boos .",
    "De [Amstelvener](LOC) won .",  # Amstelveen
    "De [Arnhemmer](ORG) zweeg .",  # Arnhem
])
def test_a_dutch_towns_people_noun_is_no_body_or_place(kb, markup):
    """Rule `inhabitant_noun`: a town's people, written with a capital, are no body or place."""
    _, linked = link(markup, kb)
    assert linked.entities == []


@pytest.mark.parametrize(("markup", "kept"), [
    ("Ze at een [Hamburger](ORG) .", "Hamburger"),  # a town abroad
    ("[Jan Groninger](PER) won . [Groninger](PER) zei het .", "Jan Groninger"),  # a surname
    ("De [Groningen](LOC) ligt noord .", "Groningen"),  # the town itself
    ("[Apeldoorner](PER) hoopt het .", "Apeldoorner"),  # read as a person: the one the article is about
    ("Dat zegt [De Putter](ORG) .", "Putter"),  # a surname behind its particle
])
def test_a_word_that_is_no_dutch_towns_people_noun_stays(kb, markup, kept):
    _, linked = link(markup, kb)
    assert kept in [e.name for e in linked.entities]
