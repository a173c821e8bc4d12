"""Answers kept per Doc (pipeline/tokens.py `doc_memo`, `doc_text`, the cue and verb-lemma
memos of relations/morphology.py): each Doc has its own, and a new lexicon starts afresh."""

from __future__ import annotations

import dataclasses

from spacy.attrs import LOWER
from spacy.attrs import POS as POS_ATTR

from pipeline.lexicon import load_lexicon
from pipeline.relations.morphology import cue_lemma, verb_lemmas
from pipeline.tokens import dependents_where, doc_memo, doc_text, token_indices
from tests.relations.conftest import parsed

SAID = """
        Rutte      PROPN nsubj   1 B-PER Rutte
        zei        VERB  ROOT    1 -     zeggen
        dat        SCONJ mark    4 -     dat
        hij        PRON  nsubj   4 -     hij
        komt       VERB  ccomp   1 -     komen
        .          PUNCT punct   1 -     .
"""

# the same words at the same indices, the verb another verb
WALKED = SAID.replace("zei        VERB  ROOT    1 -     zeggen", "liep       VERB  ROOT    1 -     lopen")


def test_two_docs_keep_their_own_answers():
    lexicon = load_lexicon()
    said, walked = parsed(SAID), parsed(WALKED)
    assert cue_lemma(said[1], lexicon) == "zeggen"
    assert cue_lemma(walked[1], lexicon) is None  # not the answer token 1 of the other Doc got
    assert cue_lemma(said[1], lexicon) == "zeggen"
    assert "lopen" in verb_lemmas(walked[1], lexicon) and "lopen" not in verb_lemmas(said[1], lexicon)
    assert doc_text(said) == said.text and doc_text(walked) == walked.text != said.text
    doc_memo(said, "test")["x"] = 1
    assert doc_memo(walked, "test") == {} and doc_memo(said, "test") == {"x": 1}


def test_a_copy_or_a_doc_of_a_span_starts_without_the_memo():
    said = parsed(SAID)
    assert doc_text(said) == said.text
    doc_memo(said, "test")["x"] = 1
    part = said[1:4].as_doc(copy_user_data=True)
    assert doc_text(part) == part.text == "zei dat hij "
    assert doc_memo(part, "test") == {} and doc_memo(said.copy(), "test") == {}


def test_another_lexicon_is_asked_again():
    lexicon = load_lexicon()
    said = parsed(SAID)
    assert cue_lemma(said[1], lexicon) == "zeggen"
    without_zeggen = dataclasses.replace(lexicon, speech_verbs=lexicon.speech_verbs - {"zeggen"})
    assert cue_lemma(said[1], without_zeggen) != "zeggen"
    assert doc_memo(said, "test", lexicon) is not doc_memo(said, "test", without_zeggen)


def test_token_indices_tells_apart_hashes_that_differ_in_low_bits():
    doc = parsed(SAID)
    # 64-bit string hashes as one float would be equal; every word must still match itself alone
    for token in doc:
        assert token_indices(doc, LOWER, token.lower_.__eq__) == [t.i for t in doc if t.lower_ == token.lower_]


def test_token_indices_reads_each_column_once_and_answers_every_question_from_it():
    """The column is read once per Doc and attribute; each question still gets its own
    answer, and another Doc its own column."""
    from spacy.attrs import POS

    doc, walked = parsed(SAID), parsed(WALKED)
    assert token_indices(doc, LOWER, {"zei", "komt"}.__contains__) == [1, 4]
    assert token_indices(doc, LOWER, {"hij"}.__contains__) == [3]
    assert token_indices(doc, POS, "VERB".__eq__) == [1, 4]
    assert token_indices(doc, LOWER, "nergens".__eq__) == []
    assert set(doc_memo(doc, "columns")) == {LOWER, POS}
    assert token_indices(walked, LOWER, {"zei", "liep"}.__contains__) == [1]


def test_a_word_list_selects_the_same_tokens_as_its_test():
    """A set is looked up among the Doc's values (short lists) or tested against each value
    (long ones): both give what the membership test gives."""
    from spacy.attrs import POS

    doc = parsed(SAID)
    for words in ({"zei", "komt"}, {"hij"}, {"nergens"}, {t.lower_ for t in doc} | {"x", "y", "z"}):
        assert token_indices(doc, LOWER, words) == token_indices(doc, LOWER, words.__contains__)
    assert token_indices(doc, POS, {"VERB"}) == [1, 4]
    assert token_indices(doc, LOWER, {"komt": 0}.keys()) == [4]


def test_dependents_are_grouped_by_the_word_they_hang_on():
    doc = parsed(SAID)
    found = dependents_where(doc, POS_ATTR, {"PRON", "PROPN", "VERB"})
    # `zei` is the root: it hangs on nothing, and `hij` hangs on `komt`
    assert {head: [t.i for t in tokens] for head, tokens in found.items()} == {1: [0, 4], 4: [3]}
    for head, tokens in found.items():
        assert tokens == [c for c in doc[head].children if c.pos_ in ("PRON", "PROPN", "VERB")]


PASSED_ON = """
        Rutte      PROPN nsubj   1 B-PER Rutte
        deelde     VERB  ROOT    1 -     delen
        mee        ADP   compound:prt 1 - mee
        dat        SCONJ mark    5 -     dat
        hij        PRON  nsubj   5 -     hij
        komt       VERB  ccomp   1 -     komen
        .          PUNCT punct   1 -     .
"""


def test_a_verbs_particle_and_its_invented_particle_are_read_from_the_doc():
    from pipeline.relations.morphology import full_lemma, invented_particle, particle_of

    lexicon = load_lexicon()
    doc = parsed(PASSED_ON)
    assert particle_of(doc[1], lexicon) == "mee" and full_lemma(doc[1], lexicon) == "meedelen"
    assert particle_of(doc[5], lexicon) == ""
    # `merkte` lemmatised `opmerken`: a particle neither the word nor the rest of the sentence has
    noticed = parsed(SAID.replace("zei        VERB  ROOT    1 -     zeggen", "merkte     VERB  ROOT    1 -     opmerken"))
    assert invented_particle(noticed[1], "", lexicon)
    kept = parsed(SAID.replace("zei        VERB  ROOT    1 -     zeggen", "merkte     VERB  ROOT    1 -     opmerken")
                  .replace("komt       VERB  ccomp   1 -     komen", "op         ADP   ccomp   1 -     op"))
    assert not invented_particle(kept[1], "", lexicon)


def test_an_idiom_is_found_through_the_words_its_verb_governs():
    from pipeline.relations.cues import idiom_cue

    lexicon = load_lexicon()
    proud = parsed("""
        Rutte      PROPN nsubj   1 B-PER Rutte
        gaat       VERB  ROOT    1 -     gaan
        er         ADV   advmod  1 -     er
        prat       ADJ   xcomp   1 -     prat
        op         ADP   compound:prt 1 - op
        .          PUNCT punct   1 -     .
""")
    assert idiom_cue(proud[1], lexicon) == "prat gaan"
    home = parsed("""
        Rutte      PROPN nsubj   1 B-PER Rutte
        gaat       VERB  ROOT    1 -     gaan
        naar       ADP   case    3 -     naar
        huis       NOUN  obl     1 -     huis
        .          PUNCT punct   1 -     .
""")
    assert idiom_cue(home[1], lexicon) is None


def test_a_person_title_is_answered_alike_when_asked_again():
    lexicon = load_lexicon()
    for word in ("minister", "Kamerlid", "SGP-leider", "energieminister", "huis", "Minister"):
        assert lexicon.is_person_title(word) == lexicon.is_person_title(word) == (word.lower() != "huis")


def test_children_where_gives_the_children_token_children_gives():
    from spacy.attrs import DEP

    from pipeline.tokens import children_where

    for doc in (parsed(SAID), parsed(PASSED_ON)):
        for attr, values, value_of in ((DEP, frozenset({"nsubj"}), lambda t: t.dep_), (DEP, frozenset({"compound:prt", "ccomp"}), lambda t: t.dep_),
                                       (LOWER, frozenset({"hij", "mee", "dat"}), lambda t: t.lower_), (LOWER, frozenset({"nergens"}), lambda t: t.lower_)):
            for token in doc:
                assert children_where(token, attr, values) == [c for c in token.children if value_of(c) in values]
    said = parsed(SAID)
    assert [t.i for t in children_where(said[1], DEP, frozenset({"nsubj", "ccomp"}))] == [0, 4]


def test_a_noun_with_a_subject_of_its_own_is_a_verb_unless_it_has_a_determiner():
    from pipeline.relations.morphology import is_verb

    chatted = parsed("""
        De         DET   det     1 -     de
        ministers  NOUN  nsubj   2 -     minister
        praatten   NOUN  ROOT    2 -     praatten
        Poetin     PROPN obj     2 B-PER Poetin
        bij        ADP   compound:prt 2 - bij
        .          PUNCT punct   2 -     .
""")
    assert is_verb(chatted[2]) and not is_verb(chatted[1])
    with_article = parsed("""
        Rutte      PROPN nsubj   2 B-PER Rutte
        de         DET   det     2 -     de
        minister   NOUN  ROOT    2 -     minister
        .          PUNCT punct   2 -     .
""")
    assert not is_verb(with_article[2])


THREE_SENTENCES = """
        Rutte      PROPN nsubj   1 B-PER Rutte
        kwam       VERB  ROOT    1 -     komen
        .          PUNCT punct   1 -     .
        Hij        PRON  nsubj   4 -     hij
        bleef      VERB  ROOT    4 -     blijven
        .          PUNCT punct   4 -     .
        Hij        PRON  nsubj   7 -     hij
        ging       VERB  ROOT    7 -     gaan
        .          PUNCT punct   7 -     .
"""


def test_the_sentences_listed_once_are_the_docs_and_bound_a_pronouns_window():
    from pipeline.linking.pronouns import narration_window_start
    from pipeline.quotes import Quote
    from pipeline.tokens import doc_sentences

    doc = parsed(THREE_SENTENCES)
    listed, starts = doc_sentences(doc)
    assert listed == list(doc.sents) and starts == [0, 3, 6]
    assert narration_window_start(doc[6], []) == 0
    assert narration_window_start(doc[6], [], sentences=1) == doc[3].idx
    assert narration_window_start(doc[0], []) == 0
    quoted = Quote(doc[3].idx, doc[5].idx + 1, doc[3:6].text)  # the middle sentence is a quote: it does not count
    assert narration_window_start(doc[6], [quoted], sentences=1) == 0


def test_an_extracted_doc_is_not_kept_alive_by_its_memos():
    """The memos hold Tokens, which hold their Doc: before `forget_memos` every article of a
    run stayed in memory until the process ended."""
    import gc
    import weakref

    from spacy.attrs import DEP

    from pipeline.extraction import extract_doc
    from pipeline.kb import default_kb
    from pipeline.schemas import Article
    from pipeline.tokens import children_where

    doc = parsed(SAID)
    assert [t.i for t in children_where(doc[1], DEP, frozenset({"nsubj"}))] == [0]  # a memo of the Doc's Tokens
    alive = weakref.ref(doc)
    extract_doc(Article(id="memo", text=doc.text, source="memo"), doc, default_kb())
    del doc
    gc.collect()
    assert alive() is None


def test_a_memo_after_forget_memos_starts_empty():
    from pipeline.tokens import forget_memos

    said = parsed(SAID)
    doc_memo(said, "test")["x"] = 1
    forget_memos(said)
    assert doc_memo(said, "test") == {}


def test_token_starting_at_finds_a_token_only_where_one_starts():
    from pipeline.tokens import token_starting_at

    doc = parsed(SAID)
    for token in doc:
        assert token_starting_at(doc, token.idx) == token
    assert token_starting_at(doc, doc[0].idx + 1) is None
    assert token_starting_at(doc, len(doc.text) + 5) is None


def test_a_remembered_test_is_asked_again_for_other_owners():
    from pipeline.tokens import remembered

    asked: list[str] = []
    first, second = frozenset({"ja"}), frozenset({"nee"})

    def test_of(words: frozenset[str]):
        return lambda word: asked.append(word) or word in words

    assert remembered("test", (first,), test_of(first))("ja") is True
    assert remembered("test", (first,), test_of(first))("ja") is True
    assert asked == ["ja"]  # the second time from memory
    assert remembered("test", (second,), test_of(second))("ja") is False
    assert asked == ["ja", "ja"]
