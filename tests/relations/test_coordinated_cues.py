"""Two coordinated cue verbs of one speaker in one sentence are two attributions
(relations/statements.second_cue, rule `coordinated_cue`); two verbs sharing one clause are one."""

from __future__ import annotations

from .conftest import parsed, relations

TWO_CUES = """
    Rutte      PROPN nsubj   1 B-PER Rutte
    zegt       VERB  ROOT    1 -     zeggen
    dat        SCONJ mark    5 -     dat
    het        PRON  nsubj   5 -     het
    goed       ADJ   advmod  5 -     goed
    gaat       VERB  ccomp   1 -     gaan
    en         CCONJ cc      7 -     en
    verwacht   VERB  conj    1 -     verwachten
    dat        SCONJ mark    11 -    dat
    het        PRON  nsubj   11 -    het
    beter      ADJ   xcomp   11 -    beter
    wordt      VERB  ccomp   7 -     worden
    .          PUNCT punct   1 -     .
"""

ONE_CLAUSE = """
    Rutte      PROPN nsubj   1 B-PER Rutte
    hoopt      VERB  ROOT    1 -     hopen
    en         CCONJ cc      3 -     en
    verwacht   VERB  conj    1 -     verwachten
    dat        SCONJ mark    7 -     dat
    het        PRON  nsubj   7 -     het
    beter      ADJ   xcomp   7 -     beter
    wordt      VERB  ccomp   3 -     worden
    .          PUNCT punct   1 -     .
"""


def test_statements_a_second_coordinated_cue_is_a_second_statement(kb):
    """`Rutte zegt dat het goed gaat en verwacht dat het beter wordt.`"""
    statements, _ = relations(parsed(TWO_CUES), kb)
    assert [(s[1], s[2], s[3]) for s in statements] == [("Mark Rutte", "zeggen", "dat het goed gaat"),
                                                        ("Mark Rutte", "verwachten", "dat het beter wordt")]


def test_statements_two_verbs_of_one_clause_are_one_statement(kb):
    """`Rutte hoopt en verwacht dat het beter wordt.`: one thing said."""
    statements, _ = relations(parsed(ONE_CLAUSE), kb)
    assert len(statements) == 1
