"""A developer described by its occupation (data/lexicon/person_nouns.txt):
`projectontwikkelaar Jansen … De projectontwikkelaar sprak met …`."""

from __future__ import annotations

from .conftest import parsed, relations, who_met

DEVELOPER = """
    Dat        PRON  obj    1  -      dat
    zei        VERB  ROOT   1  -      zeggen
    {title}    NOUN  nsubj  1  -      {title}
    Jansen     PROPN appos  2  B-PER  Jansen
    .          PUNCT punct  1  -      .
    De         DET   det    6  -      de
    {noun}     NOUN  nsubj  7  -      {noun}
    sprak      VERB  ROOT   7  -      spreken
    met        ADP   case   9  -      met
    Bakker     PROPN obl    7  B-PER  Bakker
    .          PUNCT punct  7  -      .
"""


def test_the_developer_is_the_one_introduced_so(kb):
    doc = parsed(DEVELOPER.format(title="projectontwikkelaar", noun="projectontwikkelaar"))
    assert who_met(relations(doc, kb)[1]) == [("meeting", ["Bakker", "Jansen"])]


def test_a_developer_introduced_as_someone_else_is_not_resolved(kb):
    """`Dat zei wethouder Jansen. De projectontwikkelaar sprak met Bakker.`: the developer is not Jansen."""
    doc = parsed(DEVELOPER.format(title="wethouder", noun="projectontwikkelaar"))
    assert relations(doc, kb)[1] == []
