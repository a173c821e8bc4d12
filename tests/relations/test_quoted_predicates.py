"""A quote as its subject's predicate (pipeline/relations/quoted_predicates.py, rule
`quoted_predicate`): `Van Es is 'aangenaam verrast'` is Van Es's own words."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from .conftest import VOCAB, parsed, relations

PREDICATE = """
    {subject:<10} {pos:<5} nsubj {head} {ent} {subject}
    {verb:<10} {vpos:<5} {vdep} {head} - {lemma}
    {between}
    '          PUNCT punct   {head} -     '
    aangenaam  ADV   advmod  {head} -     aangenaam
    verrast    VERB  ROOT    {head} -     verrassen
    '          PUNCT punct   {head} -     '
    .          PUNCT punct   {head} -     .
"""


def predicate(subject="Rutte", pos="PROPN", ent="B-PER", verb="is", lemma="zijn", between=""):
    rows = [line for line in between.splitlines() if line.strip()]
    head = 4 + len(rows)
    vpos, vdep = ("AUX", "cop") if lemma == "zijn" else ("VERB", "xcomp")
    doc = parsed(PREDICATE.format(subject=subject, pos=pos, ent=ent, verb=verb, vpos=vpos, vdep=vdep, lemma=lemma, head=head,
                                  between=between.format(head=head)))
    # written as a paper writes it: `Rutte is 'aangenaam verrast'.`, a space before the opening mark only
    opening = head - 2
    spaces = [i + 1 < len(doc) and i not in (opening, head, head + 1) and doc[i + 1].text != "." for i in range(len(doc))]
    return Doc(VOCAB, words=[t.text for t in doc], spaces=spaces, pos=[t.pos_ for t in doc], deps=[t.dep_ for t in doc],
               heads=[t.head.i for t in doc], ents=[t.ent_iob_ + ("-" + t.ent_type_ if t.ent_type_ else "") for t in doc],
               lemmas=[t.lemma_ for t in doc])


def test_statements_a_quoted_predicate_after_zijn_is_the_subjects_own_word(kb):
    statements, _ = relations(predicate(), kb)
    assert [(s[0], s[1], s[3]) for s in statements] == [("direct", "Mark Rutte", "aangenaam verrast")]


def test_statements_a_quoted_predicate_after_zich_voelen_is_the_subjects_own_word(kb):
    """`Rutte voelt zich 'verrast'.`, the predicate hung on `voelt`."""
    words = ["Rutte", "voelt", "zich", "'", "verrast", "'", "."]
    doc = Doc(VOCAB, words=words, spaces=[True, True, True, False, False, False, False],
              pos=["PROPN", "VERB", "PRON", "PUNCT", "VERB", "PUNCT", "PUNCT"], deps=["nsubj", "ROOT", "obj", "punct", "xcomp", "punct", "punct"],
              heads=[1, 1, 1, 4, 1, 4, 1], ents=["B-PER", "O", "O", "O", "O", "O", "O"], lemmas=["Rutte", "voelen", "zich", "'", "verrassen", "'", "."])
    statements, _ = relations(doc, kb)
    assert [(s[1], s[3]) for s in statements] == [("Mark Rutte", "verrast")]


@pytest.mark.parametrize("kwargs", [
    {"subject": "Het", "pos": "PRON", "ent": "-"},  # `Het is 'aangenaam verrast'`: nobody named
    {"between": "niet ADV advmod {head} - niet"},  # negated
    {"verb": "lijkt", "lemma": "lijken"},  # how someone seems is the narrator's reading
])
def test_statements_a_quoted_predicate_of_nobody_negated_or_seeming_is_no_statement(kb, kwargs):
    statements, _ = relations(predicate(**kwargs), kb)
    assert statements == []




def test_statements_a_subject_of_an_earlier_clause_gives_no_quoted_predicate(kb):
    """`Rutte lachte en het plan is 'verrast'`, parsed with Rutte the predicate's subject:
    a verb stands between them, so the quote is of another clause than Rutte's."""
    words = ["Rutte", "lachte", "en", "het", "plan", "is", "'", "verrast", "'", "."]
    spaces = [True, True, True, True, True, True, False, False, False, False]
    doc = Doc(VOCAB, words=words, spaces=spaces, pos=["PROPN", "VERB", "CCONJ", "DET", "NOUN", "AUX", "PUNCT", "VERB", "PUNCT", "PUNCT"],
              deps=["nsubj", "conj", "cc", "det", "nmod", "cop", "punct", "ROOT", "punct", "punct"], heads=[7, 7, 1, 4, 7, 7, 7, 7, 7, 7],
              ents=["B-PER", "O", "O", "O", "O", "O", "O", "O", "O", "O"], lemmas=["Rutte", "lachen", "en", "het", "plan", "zijn", "'", "verrassen", "'", "."])
    statements, _ = relations(doc, kb)
    assert statements == []
