"""The names a plural argument gives as examples (arguments.exemplified, rule
`exemplified_members`): `ontmoette politici als Dijkhoff en Buma` met each of them. The parses
are the bundled parser's own analyses of these sentences."""

from __future__ import annotations

from .conftest import parsed, relations, who_met

EXAMPLES = """
    Rutte     PROPN nsubj  1  B-PER  Rutte
    {verb}    VERB  ROOT   1  -      {lemma}
    {noun}    NOUN  obj    1  -      {noun_lemma}
    {marker}  SCONJ mark   4  -      {marker}
    {first}   PROPN nmod   2  {ent}  {first}
    en        CCONJ cc     6  -      en
    {second}  PROPN conj   4  {ent}  {second}
    .         PUNCT punct  1  -      .
"""


def test_the_examples_of_a_plural_object_were_met_each_on_their_own(kb):
    doc = parsed(EXAMPLES.format(verb="ontmoette", lemma="ontmoeten", noun="politici", noun_lemma="politicus", marker="als",
                                 first="Merkel", second="Macron", ent="B-PER"))
    assert who_met(relations(doc, kb)[1]) == [("meeting", ["Angela Merkel", "Mark Rutte"]), ("meeting", ["Emmanuel Macron", "Mark Rutte"])]


def test_the_example_places_of_a_plural_object_were_visited(kb):
    doc = parsed(EXAMPLES.format(verb="bezocht", lemma="bezoeken", noun="landen", noun_lemma="land", marker="zoals",
                                 first="Ghana", second="Mali", ent="B-LOC"))
    assert who_met(relations(doc, kb)[1]) == [("visit", ["Ghana", "Mark Rutte"]), ("visit", ["Mali", "Mark Rutte"])]


def test_a_singular_noun_gives_no_examples(kb):
    """`Rutte ontving een prijs als Merkel`: a singular noun's `als` compares; what Rutte
    received is a thing, so nobody was met."""
    doc = parsed("""
        Rutte   PROPN nsubj  1  B-PER  Rutte
        ontving VERB  ROOT   1  -      ontvangen
        een     DET   det    3  -      een
        prijs   NOUN  obj    1  -      prijs
        als     SCONJ mark   5  -      als
        Merkel  PROPN nmod   3  B-PER  Merkel
        .       PUNCT punct  1  -      .
    """)
    assert relations(doc, kb)[1] == []


def test_names_coordinated_as_the_object_stay_one_meeting(kb):
    doc = parsed("""
        Rutte     PROPN nsubj  1  B-PER  Rutte
        ontmoette VERB  ROOT   1  -      ontmoeten
        Merkel    PROPN obj    1  B-PER  Merkel
        en        CCONJ cc     4  -      en
        Macron    PROPN conj   2  B-PER  Macron
        .         PUNCT punct  1  -      .
    """)
    assert who_met(relations(doc, kb)[1]) == [("meeting", ["Angela Merkel", "Emmanuel Macron", "Mark Rutte"])]
