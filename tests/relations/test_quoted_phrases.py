"""A quoted word inside a reported clause (pipeline/relations/quoted_phrases.py): the
clause, not the quoted word, is what was said."""

from __future__ import annotations

from .conftest import parsed, relations

# `Rutte zei dat het kabinet ,,een stap'' heeft gezet.` / `Rutte zei dat ,,het kabinet een stap nu heeft gezet''.`
SAID_THAT = """
    Rutte      PROPN nsubj   1  B-PER Rutte
    zei        VERB  ROOT    1  -     zeggen
    dat        SCONJ mark    10 -     dat
    {a:<10} {a_pos} {a_dep} {a_head} - {a_lemma}
    {b:<10} {b_pos} {b_dep} {b_head} - {b_lemma}
    {c:<10} {c_pos} {c_dep} {c_head} - {c_lemma}
    een        DET   det     7  -     een
    stap       NOUN  obj     10 -     stap
    {d:<10} {d_pos} {d_dep} {d_head} - {d_lemma}
    heeft      AUX   aux     10 -     hebben
    gezet      VERB  ccomp   1  -     zetten
    {e:<10} PUNCT punct   1  -     {e}
    .          PUNCT punct   1  -     .
"""
PHRASE_QUOTED = {"a": "het", "a_pos": "DET", "a_dep": "det", "a_head": 4, "a_lemma": "het",
                 "b": "kabinet", "b_pos": "NOUN", "b_dep": "nsubj", "b_head": 10, "b_lemma": "kabinet",
                 "c": ",,", "c_pos": "PUNCT", "c_dep": "punct", "c_head": 7, "c_lemma": ",,",
                 "d": "''", "d_pos": "PUNCT", "d_dep": "punct", "d_head": 7, "d_lemma": "''", "e": ","}
CLAUSE_QUOTED = {"a": ",,", "a_pos": "PUNCT", "a_dep": "punct", "a_head": 10, "a_lemma": ",,",
                 "b": "het", "b_pos": "DET", "b_dep": "det", "b_head": 5, "b_lemma": "het",
                 "c": "kabinet", "c_pos": "NOUN", "c_dep": "nsubj", "c_head": 10, "c_lemma": "kabinet",
                 "d": "nu", "d_pos": "ADV", "d_dep": "advmod", "d_head": 10, "d_lemma": "nu", "e": "''"}


def test_statements_a_quoted_phrase_inside_a_dat_clause_reports_the_clause(kb):
    """`Rutte zei dat het kabinet ,,een stap'' heeft gezet`: the content is the clause."""
    [statement] = relations(parsed(SAID_THAT.format(**PHRASE_QUOTED)), kb)[0]
    kind, speaker, cue, text, _ = statement
    assert (kind, speaker, cue) == ("indirect", "Mark Rutte", "zeggen")
    assert text.startswith("dat het kabinet") and text.endswith("heeft gezet")


def test_statements_a_quote_opening_its_dat_clause_is_what_was_said(kb):
    """`Rutte zei dat ,,het kabinet een stap nu heeft gezet''`: the quote is the clause."""
    [statement] = relations(parsed(SAID_THAT.format(**CLAUSE_QUOTED)), kb)[0]
    kind, speaker, _, text, _ = statement
    assert (kind, speaker) == ("direct", "Mark Rutte")
    assert text.startswith("het kabinet") and "zei" not in text


# `Ook ,,ontheiligden'' zij de resten, meldt Rutte.`
WORD_BEFORE_POSTPOSED_CUE = """
    Ook          ADV   advmod  2  -     ook
    ,,           PUNCT punct   2  -     ,,
    ontheiligden VERB  nsubj   8  -     ontheiligen
    ''           PUNCT punct   2  -     ''
    zij          PRON  nsubj   2  -     zij
    de           DET   det     6  -     de
    resten       NOUN  obj     2  -     rest
    ,            PUNCT punct   2  -     ,
    meldt        VERB  ROOT    8  -     melden
    Rutte        PROPN nsubj   8  B-PER Rutte
    .            PUNCT punct   8  -     .
"""

# `,,Het kabinet heeft een stap gezet'', meldt Rutte.`
QUOTE_BEFORE_POSTPOSED_CUE = """
    ,,           PUNCT punct   5  -     ,,
    Het          DET   det     2  -     het
    kabinet      NOUN  nsubj   5  -     kabinet
    heeft        AUX   aux     5  -     hebben
    een          DET   det     5  -     een
    gezet        VERB  ccomp   8  -     zetten
    ''           PUNCT punct   5  -     ''
    ,            PUNCT punct   5  -     ,
    meldt        VERB  ROOT    8  -     melden
    Rutte        PROPN nsubj   8  B-PER Rutte
    .            PUNCT punct   8  -     .
"""


def test_statements_a_quoted_word_before_a_postposed_cue_reports_the_clause(kb):
    """`Ook ,,ontheiligden'' zij de resten, meldt Rutte`: the content is the clause before the comma."""
    [statement] = relations(parsed(WORD_BEFORE_POSTPOSED_CUE), kb)[0]
    kind, speaker, cue, text, _ = statement
    assert (kind, speaker, cue) == ("indirect", "Mark Rutte", "melden")
    assert text.startswith("Ook") and text.endswith("zij de resten")


def test_statements_a_quote_right_before_a_postposed_cue_is_what_was_said(kb):
    [statement] = relations(parsed(QUOTE_BEFORE_POSTPOSED_CUE), kb)[0]
    kind, speaker, _, text, _ = statement
    assert (kind, speaker) == ("direct", "Mark Rutte")
    assert text.startswith("Het kabinet") and "meldt" not in text


# `Volgens Rutte zet het kabinet ,,{quote}'', zei Rutte.`
VOLGENS_WITH_QUOTE = """
    Volgens  ADP   case      1  -     volgens
    Rutte    PROPN obl       2  B-PER Rutte
    zet      VERB  ROOT      2  -     zetten
    het      DET   det       4  -     het
    kabinet  NOUN  nsubj     2  -     kabinet
    ,,       PUNCT punct     {last}  -     ,,
    {words}
    ''       PUNCT punct     {last}  -     ''
    ,        PUNCT punct     {cue}  -     ,
    zei      VERB  parataxis 2  -     zeggen
    Rutte    PROPN nsubj     {cue}  B-PER Rutte
    .        PUNCT punct     2  -     .
"""


def test_statements_a_quoted_phrase_inside_a_volgens_claim_makes_the_claim_the_content(kb):
    """Rule `quoted_phrase_in_claim`: `Volgens Rutte zet het kabinet ,,een stap'', zei Rutte`:
    one statement, the claim of `volgens`, not the two quoted words."""
    words = "een DET det 7 - een\n    stap NOUN obj 2 - stap"
    statements = relations(parsed(VOLGENS_WITH_QUOTE.format(words=words, last=7, cue=10)), kb)[0]
    assert [(kind, speaker) for kind, speaker, *_ in statements] == [("indirect", "Mark Rutte")]
    assert "het kabinet" in statements[0][3] and "een stap" in statements[0][3]


def test_statements_a_longer_quote_in_a_volgens_sentence_stays_the_quote(kb):
    """`Volgens Rutte zet het kabinet ,,nu echt een grote stap vooruit''`: the quote is what was said."""
    words = ("nu ADV advmod 2 - nu\n    echt ADV advmod 2 - echt\n    een DET det 11 - een\n"
             "    grote ADJ amod 11 - groot\n    stap NOUN obj 2 - stap\n    vooruit ADV advmod 2 - vooruit")
    statements = relations(parsed(VOLGENS_WITH_QUOTE.format(words=words, last=11, cue=15)), kb)[0]
    assert [(kind, speaker, text) for kind, speaker, _, text, _ in statements] == [("direct", "Mark Rutte", "nu echt een grote stap vooruit")]
