"""Who `ze` is when the parser hangs it on an infinitive (linking/pronouns.plural_subject,
rule `subject_of_the_finite_verb`): the finite verb's number decides."""

from __future__ import annotations

from .conftest import parsed, relations

ZEGGEN_ZE = """
    Anna       PROPN nsubj   2 B-PER Anna
    Smit       PROPN flat    0 I-PER Smit
    kwam       VERB  ROOT    2 -     komen
    .          PUNCT punct   2 -     .
    Daar       ADV   advmod  5 -     daar
    {verb:<10} VERB  ROOT    5 -     zeggen
    ze         PRON  nsubj   10 -    ze
    hem        PRON  obj     10 -    hem
    niet       ADV   advmod  10 -    niet
    te         ADP   mark    10 -    te
    kennen     VERB  xcomp   5 -     kennen
    .          PUNCT punct   5 -     .
"""


def test_statements_ze_under_an_infinitive_of_a_plural_verb_is_a_group(kb):
    """`Anna Smit kwam. Daar zeggen ze hem niet te kennen.`: `ze`, hung on `kennen`, is the
    subject of plural `zeggen` (linking/pronouns.plural_subject): a group, not Anna Smit."""
    doc = parsed(ZEGGEN_ZE.format(verb="zeggen"))
    doc[5].set_morph("Number=Plur|Tense=Pres|VerbForm=Fin")
    doc[10].set_morph("VerbForm=Inf")
    assert relations(doc, kb)[0] == []


def test_statements_ze_under_an_infinitive_of_a_singular_verb_is_the_woman_before(kb):
    doc = parsed(ZEGGEN_ZE.format(verb="zegt"))
    doc[5].set_morph("Number=Sing|Tense=Pres|VerbForm=Fin")
    doc[10].set_morph("VerbForm=Inf")
    assert [s[1:3] for s in relations(doc, kb)[0]] == [("Anna Smit", "zeggen")]
