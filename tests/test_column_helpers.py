"""The helpers that answer from a Doc's columns instead of a Token per word
(pipeline/tokens.py, pipeline/quotes.py) give what the Token scans they replace give."""

from __future__ import annotations

import pytest
from spacy.attrs import DEP, LOWER

from pipeline.quotes import Quote, find_quotes, inside_quote, quoted_sentence
from pipeline.tokens import dependents_where, doc_text, forget_memos

from .conftest import SAMPLES

TEXT = ("'Wij gaan niet weg', zei Rutte dinsdag. Volgens Hoekstra is het ,,een goed plan''. "
        "\"Dat denk ik ook\", aldus de minister.\n\nHij vertrok. „Nee!” riep zij. 'Ja.' 123 !")


@pytest.fixture(scope="module")
def docs(nlp):
    parsed = [nlp(TEXT), nlp("")] + [nlp(path.read_text(encoding="utf8")) for path in sorted(SAMPLES.iterdir())[:3]]
    yield parsed
    for doc in parsed:
        forget_memos(doc)


def test_doc_text_is_the_docs_text(docs):
    assert [doc_text(doc) for doc in docs] == [doc.text for doc in docs]


def test_dependents_are_the_children_a_scan_finds(docs):
    for doc in docs:
        for values in ({"nsubj", "obj", "punct"}, {"compound:prt"}, {"ROOT"}):
            found = dependents_where(doc, DEP, values)
            scanned = {t.i: [c.i for c in t.children if c.dep_ in values] for t in doc}
            assert {head: [t.i for t in words] for head, words in found.items()} == {h: c for h, c in scanned.items() if c}
        found = dependents_where(doc, LOWER, lambda word: word.startswith("d"))
        assert sum(map(len, found.values())) == sum(t.lower_.startswith("d") and t.head.i != t.i for t in doc)


def _quotes_orders(doc):
    """The article's quotes (sorted, apart), the same reversed, and overlapping ones: the
    bisection holds for the first, the others must still get the scan's answers."""
    found = find_quotes(doc.text)
    overlapping = [*found, Quote(0, len(doc.text) // 2, "")] if found else [Quote(0, 5, ""), Quote(3, 9, "")]
    return [found, list(reversed(found)), overlapping, []]


def test_inside_a_quote_is_what_a_scan_of_the_quotes_says(docs):
    assert find_quotes(TEXT)
    for doc in docs:
        for quotes in _quotes_orders(doc):
            for _ in range(2):  # asked again: the kept bounds of the same quotes
                assert [inside_quote(t, quotes) for t in doc] == [any(q.start <= t.idx < q.end for q in quotes) for t in doc]


def test_a_quoted_sentence_is_what_a_scan_of_its_words_says(docs):
    seen = set()
    for doc in docs:
        for quotes in _quotes_orders(doc):
            for sentence in doc.sents:
                words = [t for t in sentence if t.is_alpha]
                expected = bool(words) and any(q.start <= words[0].idx and words[-1].idx < q.end for q in quotes)
                assert quoted_sentence(sentence, quotes) is expected
                seen.add(expected)
    assert seen == {True, False}
