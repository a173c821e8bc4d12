"""A bare title names the one person named before it whom the knowledge base gives that
role on the article's date (descriptions.named_role_holder, rule `bare_title_holder`):
`Mark Rutte … De premier sprak`."""

from __future__ import annotations

from spacy.tokens import Doc

from .test_roles import VOCAB, mentions_of, tagged

RUTTE = """
    Mark          PROPN B-PER
    Rutte         PROPN I-PER
    kwam          VERB  -
    .             PUNCT -
"""

MERKEL = """
    Angela        PROPN B-PER
    Merkel        PROPN I-PER
    kwam          VERB  -
    .             PUNCT -
"""

PREMIER = """
    De            DET   -
    premier       NOUN  -
    sprak         VERB  -
    .             PUNCT -
"""


def test_a_bare_title_is_the_one_role_holder_named_before(kb):
    assert mentions_of(tagged(RUTTE + PREMIER), kb)["Mark Rutte"] == ["Mark Rutte", "De premier"]


def test_two_holders_of_the_role_resolve_nothing(kb):
    """`Rutte … Merkel … de premier`: both are heads of government."""
    found = mentions_of(tagged(RUTTE + MERKEL + PREMIER), kb)
    assert found["Mark Rutte"] == ["Mark Rutte"] and found["Angela Merkel"] == ["Angela Merkel"]


def test_a_holder_named_only_after_the_title_is_not_it(kb):
    assert mentions_of(tagged(PREMIER + RUTTE), kb)["Mark Rutte"] == ["Mark Rutte"]


def test_a_bare_title_inside_a_quote_names_no_role_holder(kb):
    """`Poetin … 'Ik kreeg de indruk dat de president …'`: the speaker's words, whose
    president may be another than the one the narrator named."""
    words = ["Mark", "Rutte", "kwam", ".", "'", "De", "premier", "sprak", ".", "'"]
    doc = Doc(VOCAB, words=words, spaces=[True, True, False, True, False, True, True, False, False, False],
              pos=["PROPN", "PROPN", "VERB", "PUNCT", "PUNCT", "DET", "NOUN", "VERB", "PUNCT", "PUNCT"],
              ents=["B-PER", "I-PER", *["O"] * 8], sent_starts=[i in (0, 4) for i in range(len(words))])
    assert doc.text == "Mark Rutte kwam. 'De premier sprak.'"
    assert mentions_of(doc, kb)["Mark Rutte"] == ["Mark Rutte"]


GOVERNMENT = """
    de            DET   -
    regering      NOUN  -
    van           ADP   -
    {head}
    werkte        VERB  -
    .             PUNCT -
"""


def test_the_head_named_by_a_government_is_the_premier(kb):
    """Rule `government_of` (linking/governments.py): `de regering van Pedro Sánchez … De premier`."""
    doc = tagged(GOVERNMENT.format(head="Pedro PROPN B-PER\n    Sánchez PROPN I-PER") + PREMIER)
    assert mentions_of(doc, kb)["Pedro Sánchez"] == ["Pedro Sánchez", "De premier"]


def test_a_government_of_a_country_names_no_premier(kb):
    doc = tagged(GOVERNMENT.format(head="Spanje PROPN B-LOC") + PREMIER)
    assert not any("De premier" in texts for texts in mentions_of(doc, kb).values())
