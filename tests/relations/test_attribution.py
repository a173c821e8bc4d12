"""A name before a colon labels the quote after it (pipeline/relations/attribution.py,
`colon_label`): titles before the name and asides after it are part of the label; a clause,
several people or a place are not."""

from __future__ import annotations

import pytest

from .conftest import parsed, relations

QUOTE = """
    '          PUNCT punct   {verb} -     '
    Ik         PRON  nsubj   {verb} -     ik
    kies       VERB  parataxis 0 -     kiezen
    partij     NOUN  obj     {verb} -     partij
    .          PUNCT punct   {verb} -     .
    '          PUNCT punct   {verb} -     '
"""


def labelled(label: str) -> str:
    """The label's rows, a colon, then `'Ik kies partij.'` (its verb three rows after the colon)."""
    colon = len([line for line in label.strip().splitlines() if line.strip()])
    return label + "\n    :          PUNCT punct   0 -     :\n" + QUOTE.format(verb=colon + 3)


@pytest.mark.parametrize(("label", "speaker"), [
    ("""ISO-voorzitter NOUN ROOT 0 - voorzitter
        Tom PROPN appos 0 B-PER Tom
        Smit PROPN flat 1 I-PER Smit""", "Tom Smit"),
    ("""Brussee PROPN ROOT 0 B-PER Brussee
        ( PUNCT punct 2 - (
        25 NUM appos 0 - 25
        ) PUNCT punct 2 - )""", "Brussee"),
    ("""Brussee PROPN ROOT 0 B-PER Brussee
        , PUNCT punct 2 - ,
        stellig ADJ amod 0 - stellig""", "Brussee"),
    ("""Brussee PROPN ROOT 0 B-PER Brussee
        , PUNCT punct 3 - ,
        die PRON nsubj 3 - die
        hem PRON obj 4 - hem
        kende VERB acl:relcl 0 - kennen""", "Brussee"),
])
def test_attribution_a_name_with_its_title_or_asides_labels_the_quote(kb, label, speaker):
    statements, _ = relations(parsed(labelled(label)), kb)
    assert [(s[0], s[1], s[2]) for s in statements] == [("direct", speaker, "colon")]


@pytest.mark.parametrize("label", [
    """Brussee PROPN nsubj 1 B-PER Brussee
       en CCONJ cc 2 - en
       Smit PROPN conj 0 B-PER Smit""",  # two people: whose line is it?
    """Het DET det 1 - het
       antwoord NOUN nsubj 3 - antwoord
       van ADP case 3 - van
       Brussee PROPN nmod 1 B-PER Brussee
       was AUX cop 0 - zijn""",  # a clause, and the name not leading it
    """Parijs PROPN ROOT 0 B-LOC Parijs""",  # a dateline, not a speaker
])
def test_attribution_a_clause_several_people_or_a_place_is_no_label(kb, label):
    statements, _ = relations(parsed(labelled(label)), kb)
    assert [s for s in statements if s[2] == "colon"] == []


def _addressed_label(addressee_rows: str) -> str:
    """`Buma tegen <addressee>: 'Ik kies partij.'`"""
    return labelled("""Buma PROPN ROOT 0 B-PER Buma
        tegen ADP case 2 - tegen
        """ + addressee_rows)


@pytest.mark.parametrize("addressee_rows", [
    "Marijnissen PROPN nmod 0 B-PER Marijnissen",
    """SP-leider NOUN nmod 0 - leider
       Marijnissen PROPN appos 2 B-PER Marijnissen""",
])
def test_attribution_a_label_may_name_whom_the_line_is_addressed_to(kb, addressee_rows):
    """`CDA-leider Buma tegen (SP-leider) Marijnissen: '…'` (rule `label_with_addressee`)."""
    statements, _ = relations(parsed(_addressed_label(addressee_rows)), kb)
    assert [(s[1], s[2], s[4]) for s in statements] == [("Buma", "colon", "Marijnissen")]


@pytest.mark.parametrize("addressee_rows", [
    """de DET det 3 - de
       plannen NOUN nmod 0 - plan
       van ADP case 5 - van
       Marijnissen PROPN nmod 3 B-PER Marijnissen""",  # a thing opposed, not someone addressed
    """Marijnissen PROPN nmod 0 B-PER Marijnissen
       en CCONJ cc 4 - en
       Klaver PROPN conj 2 B-PER Klaver""",  # two addressees
])
def test_attribution_a_label_against_a_thing_or_several_people_labels_no_line(kb, addressee_rows):
    statements, _ = relations(parsed(_addressed_label(addressee_rows)), kb)
    assert statements == []
