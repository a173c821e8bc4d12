"""Rule `name_in_a_compound` (pipeline/linking/compound_names.py): the party, company or
person a Dutch compound opens with is mentioned there, as a part of the word that refers to
nothing of its own."""

from __future__ import annotations

import pytest

from .conftest import link


def _actors(linked) -> list[tuple[str, str, list[str]]]:
    return sorted((e.name, e.type, [m.text for m in e.mentions]) for e in linked.entities)


@pytest.mark.parametrize(("markup", "named"), [
    ("Zo zei [VVD-fractieleider](MISC) het .", ("VVD", "ORG")),  # a title read as a catch-all
    ("Dat stelt [AIVD-baas](MISC) [Dick Schoof](PER) .", ("AIVD", "ORG")),  # before the person it titles
    ("Ooit had PvdA-minister [Tineke Netelenbos](PER) een plan .", ("PvdA", "ORG")),  # untagged
    ("Twee VVD-Kamerleden vonden dat .", ("VVD", "ORG")),  # a capitalised title, in the plural
    ("Labourleider [Corbyn](PER) zal stemmen .", ("Labour Party", "ORG")),  # closed, a title's head
    ("Ze stoot [Facebookoprichter](LOC) [Mark Zuckerberg](PER) van de troon .", ("Facebook", "ORG")),  # read as a place
    ("Hij had een Obama-achtig momentje .", ("Barack Obama", "PERSON")),  # a person the KB knows
    ("De IS-strijders zitten in kampen .", ("Islamic State", "ORG")),
    ("Ze sprak [Groenfront](ORG) . De Groenfront-adviseur zweeg .", ("Groenfront", "ORG")),  # named so in the article
])
def test_the_name_a_compound_opens_with_is_mentioned(kb, markup, named):
    doc, linked = link(markup, kb)
    entity = next(e for e in linked.entities if (e.name, e.type) == named)
    compound = next(t for t in doc if "-" in t.text or t.text.endswith(("leider", "oprichter")))
    assert any(m.start == compound.idx for m in entity.mentions)
    assert not any(e.type == "PLACE" for e in linked.entities)  # `Facebookoprichter` is no place


@pytest.mark.parametrize("markup", [
    "Zo zei [VVD-fractieleider](MISC) het .",
    "Dat stelt [AIVD-baas](MISC) [Dick Schoof](PER) .",
    "Hij had een Obama-achtig momentje .",
])
def test_the_compound_word_refers_to_no_entity(kb, markup):
    """The organisation in a title is never read as who speaks: the word names nothing."""
    doc, linked = link(markup, kb)
    compound = next(t for t in doc if "-" in t.text)
    assert linked.key_of_token(compound) is None


@pytest.mark.parametrize("markup", [
    "Hij woont in Noord-Holland .",  # a capitalised head: a name of its own
    "De [Rusland-kenner](MISC) twijfelt .",  # a place names no actor
    "Die Syriëganger keerde terug .",
    "Sylvia Borren ( ex-Groenfront ) kijkt boos .",  # unknown to the KB and the article
    "Op de Facebookpagina stond het .",  # closed: only with a title's head
    "Hij las het op Facebook-",  # no head
])
def test_a_compound_of_no_known_actor_gives_nothing(kb, markup):
    _, linked = link(markup, kb)
    assert [e for e in linked.entities if e.type in ("ORG", "PERSON")] == []
