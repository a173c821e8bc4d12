"""Rule `listed_participants` (pipeline/relations/lists.py): everyone a list names meets,
however the parser hung the list (hand-built parses as the bundled parser gives them)."""

from __future__ import annotations

from .conftest import parsed, relations, who_met

# `… en hoofdofficier Pieter Tops`: the last conjunct hung on the verb as an oblique of its own
LONG_LIST = """
    Bakker         PROPN nsubj   1  B-PER Bakker
    sprak          VERB  ROOT    1  -     spreken
    met            ADP   case    3  -     met
    wethouder      NOUN  obl:arg 1  -     wethouder
    Said           PROPN appos   3  B-PER Said
    Kasmi          PROPN flat    4  I-PER Kasmi
    ,              PUNCT punct   7  -     ,
    korpschef      NOUN  appos   3  -     korpschef
    Frank          PROPN appos   7  B-PER Frank
    Paauw          PROPN flat    8  I-PER Paauw
    en             CCONJ cc      11 -     en
    hoofdofficier  NOUN  obl     1  -     hoofdofficier
    Pieter         PROPN appos   11 B-PER Pieter
    Tops           PROPN flat    12 I-PER Tops
    .              PUNCT punct   1  -     .
"""


def test_the_names_of_a_list_all_meet(kb):
    assert who_met(relations(parsed(LONG_LIST), kb)[1]) == [("meeting", ["Bakker", "Frank Paauw", "Pieter Tops", "Said Kasmi"])]


# `Rutte sprak met Merkel en Macron vertrok`: two clauses, Macron the second one's subject
TWO_CLAUSES = """
    Jansen     PROPN nsubj   1 B-PER Jansen
    sprak      VERB  ROOT    1 -     spreken
    met        ADP   case    3 -     met
    Vries      PROPN obl:arg 1 B-PER Vries
    en         CCONJ cc      6 -     en
    Pietersen  PROPN nsubj   6 B-PER Pietersen
    vertrok    VERB  conj    1 -     vertrekken
    .          PUNCT punct   1 -     .
"""


def test_a_name_that_is_another_verbs_subject_ends_the_list(kb):
    assert who_met(relations(parsed(TWO_CLAUSES), kb)[1]) == [("meeting", ["Jansen", "Vries"])]


# `sprak met Smit , wethouder Mulder`: a comma alone joins an apposition (the title hung on the verb)
APPOSITION = """
    Jansen         PROPN nsubj   1 B-PER Jansen
    sprak          VERB  ROOT    1 -     spreken
    met            ADP   case    3 -     met
    Smit           PROPN obl:arg 1 B-PER Smit
    ,              PUNCT punct   5 -     ,
    wethouder      NOUN  obl     1 -     wethouder
    Mulder         PROPN appos   5 B-PER Mulder
    .              PUNCT punct   1 -     .
"""


def test_a_name_joined_by_a_comma_alone_is_no_list_mate(kb):
    assert who_met(relations(parsed(APPOSITION), kb)[1]) == [("meeting", ["Jansen", "Smit"])]


# `sprak met de leiders van Duitsland en Frankrijk , Smit en Bakker`: the list grows left from
# its last name past a place, which belongs to no list of people
LEADERS = """
    Jansen     PROPN nsubj   1  B-PER Jansen
    sprak      VERB  ROOT    1  -     spreken
    met        ADP   case    4  -     met
    de         DET   det     4  -     de
    leiders    NOUN  obl:arg 1  -     leider
    van        ADP   case    6  -     van
    Duitsland  PROPN nmod    4  B-LOC Duitsland
    en         CCONJ cc      8  -     en
    Frankrijk  PROPN conj    6  B-LOC Frankrijk
    ,          PUNCT punct   10 -     ,
    Smit       PROPN appos   4  B-PER Smit
    en         CCONJ cc      12 -     en
    Bakker     PROPN conj    10 B-PER Bakker
    .          PUNCT punct   1  -     .
"""


def test_a_list_of_people_does_not_grow_into_places_before_it(kb):
    assert who_met(relations(parsed(LEADERS), kb)[1]) == [("meeting", ["Bakker", "Jansen", "Smit"])]
