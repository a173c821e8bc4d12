"""Sentence boundaries the parser must respect, set by a spaCy component before it
(`newsgraph_paragraphs`): Doc in, Doc out with `token.is_sent_start` preset where news text
shows a boundary the parser misses (a paragraph break, a quote mark after a full stop, a
subheading run into the next sentence) and cleared where it may not fall.
"""

from __future__ import annotations

import functools

import numpy
from spacy.attrs import ORTH, SENT_START
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from .lexicon import load_lexicon

# What a news sentence can follow: its predecessor's end mark, a closing quote, a paragraph break.
_SENTENCE_ENDS = (".", "!", "?", ":", ";", "…")
_QUOTE_MARKS = frozenset({'"', "'", "''", ",,", "“", "”", "‘", "’", "«", "»", "„"})


def _may_precede_a_start(text: str) -> bool:
    return text.endswith(_SENTENCE_ENDS) or text in _QUOTE_MARKS or text.isspace()


@Language.component("newsgraph_paragraphs", assigns=["token.is_sent_start"])
def mark_paragraphs(doc: Doc) -> Doc:
    """Doc → Doc with sentence boundaries the parser must respect: the token after a newline
    starts a sentence, and so does an opening quote after a full stop, the word after a
    closing one (`_closes_a_quoted_sentence`) and the sentence after a subheading run into it
    (`_after_a_run_in_subheading`); a token after anything but an end mark, a quote or a
    space never does (the parser cut `Dmitry Lisitsyn van het WNF (WFF) | Rusland bevestigt …`
    in two)."""
    if len(doc) < 2:
        return doc
    # one test per distinct word, not per token
    words, position = numpy.unique(doc.to_array(ORTH)[:-1], return_inverse=True)
    texts = [doc.vocab.strings[int(word)] for word in words]
    may_end = numpy.array([_may_precede_a_start(text) for text in texts])[position]
    paragraph = numpy.array(["\n" in text for text in texts])[position]
    starts = doc.to_array(SENT_START).astype(numpy.int64)  # -1: starts no sentence, 1: starts one
    starts[1:][~may_end] = -1
    starts[1:][paragraph] = 1
    quote_marks = numpy.flatnonzero(numpy.array([text in _QUOTE_MARKS for text in texts])[position])
    for index in quote_marks[quote_marks > 0]:
        if _opens_a_quoted_sentence(doc[int(index)]):
            starts[index], starts[index + 1] = 1, -1
        elif _closes_a_quoted_sentence(doc[int(index)]):
            starts[index], starts[index + 1] = -1, 1
    capitalised = _capitalised_only_at_a_start()
    for index in numpy.flatnonzero(numpy.array([text in capitalised for text in texts])[position]):
        if _after_a_run_in_subheading(doc[int(index)]):
            starts[index - 1], starts[index] = 1, 1
    doc.from_array([SENT_START], starts.astype(numpy.uint64).reshape(-1, 1))  # type: ignore[arg-type]  # thinc's Ints2d is an ndarray
    return doc


def _opens_a_quoted_sentence(quote: Token) -> bool:
    """`… met de VS. "We zijn …`: parsers trained on few quotes tend to end the previous
    sentence after such a quote mark, or not at all."""
    previous, following = quote.doc[quote.i - 1], quote.doc[quote.i + 1]
    return previous.text in (".", "!", "?") and bool(previous.whitespace_) and not quote.whitespace_ and following.text[:1].isupper()


def _closes_a_quoted_sentence(quote: Token) -> bool:
    """`… tot last zijn." Bedrog Een woordvoerder van Ivens zegt …`: a quote mark glued to the
    full stop before it and followed by a space closes the quoted sentence, and a capitalised
    word after it starts the next (here a subheading the text kept on the line); parsers ran
    them together, or cut before the quote mark."""
    if quote.i + 1 >= len(quote.doc):
        return False
    previous, following = quote.doc[quote.i - 1], quote.doc[quote.i + 1]
    return previous.text in (".", "!", "?") and not previous.whitespace_ and bool(quote.whitespace_) and following.text[:1].isupper()


@functools.lru_cache(maxsize=1)
def _capitalised_only_at_a_start() -> frozenset[str]:
    return frozenset(word.capitalize() for word in load_lexicon().capitalised_only_at_a_start)


def _after_a_run_in_subheading(word: Token) -> bool:
    """Rule `subheading_run_in`: `… kwaad bewust. Opgelucht De speaker was zich …`, `…
    zijn." Bedrog Een woordvoerder zegt …`: a function word written with a capital
    (data/lexicon/capitalised_only_at_a_start.txt) before a lowercase word, right after one
    capitalised word that follows a sentence end, starts a sentence: that word was a
    subheading the text ran in, a sentence of its own. `Volgens De Telegraaf` (a name follows) and `Volgens de
    krant` (no capital) are no start."""
    doc, index = word.doc, word.i
    if index < 2 or index + 1 >= len(doc) or not doc[index + 1].is_lower:
        return False
    heading, before = doc[index - 1], doc[index - 2]
    return heading.is_title and heading.is_alpha and (before.text.endswith(_SENTENCE_ENDS) or before.text in _QUOTE_MARKS)


HEADING_LENGTH = 3  # words of a subheading: `Bedrog`, `Geen optie`


def is_heading(sentence: Span) -> bool:
    """A subheading the text ran in (`_after_a_run_in_subheading`): a few words, no verb, no
    punctuation (`Brussee: '` opens a quote, `Amsterdam -` is a dateline). Windows of
    sentences back (pronouns, descriptions) skip it: it is no sentence of the story."""
    words = [t for t in sentence if not t.is_space]
    return 0 < len(words) <= HEADING_LENGTH and all(t.is_alpha for t in words) and not any(t.pos_ in ("VERB", "AUX") for t in words)
