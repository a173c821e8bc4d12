"""Quotes with no attribution of their own: a run-on quote that goes on from the previous
speaker's (`'…', zegt Rutte. '…'`), an answer to the interviewer's question (`Bewust? ,,Het
was geen …''`) and who is interviewed when no quote came before.

In: the Doc, the quote, the previous quote's sentence and end (and the linked entities).
Out: whether the quote runs on or answers, and the interviewee's key.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from ..linking.linked import LinkedEntities
from ..quotes import Quote, inside_quote
from .evidence import entity_type_of

QUOTE_MARKS = "\"'‘’“”„«»,"  # and `,,`: what may stand between a paragraph break and the quote
RUN_ON_GAP = 150  # characters between a quote and the next that can only be its attribution
INTERVIEW_REACH = 4  # sentences before an interview's first question that introduce the one interviewed


def runs_on(doc: Doc, text: str, previous_sentence: Span, previous_end: int, quote: Quote) -> bool:
    """Run-on quote: `'…', zegt Rutte. '…'` — a quote that opens its sentence right after the
    previous speaker's quote (or its attribution), in the same paragraph, with no sentence of
    the narrator's between them: after `'…' Is dat zo? Almenar denkt daar anders over. '…'`
    the quote is no longer the first speaker's."""
    if "\n" in text[previous_end:quote.start] or quote.start - previous_end >= RUN_ON_GAP:
        return False
    between = doc.char_span(previous_end, quote.start, alignment_mode="contract")
    if between is None:
        return True
    # a sentence with words between the two quotes, other than the previous quote's own, must have begun before it ended
    sentences = between.sents  # type: ignore[attr-defined]  # Span.sents (spaCy >= 3.2) is missing from its stubs
    narrated = [sentence for sentence in sentences if sentence.start != previous_sentence.start
                and any(t.is_alpha for t in doc[max(sentence.start, between.start):min(sentence.end, between.end)])]
    return all(sentence.start_char < previous_end for sentence in narrated)


def answers_a_question(doc: Doc, previous_end: int, quote: Quote) -> bool:
    """Interview: `… echt zijn.'' Je trapte op de rem. Bewust? ,,Het was geen doelbewust
    statement …''` — a quote that opens its sentence right after the interviewer's question
    (a sentence ending in `?` outside any quote, after the last quote) answers it, in the
    voice of the one interviewed: the speaker of the quotes before it, or before any, the
    person the article introduced (`interviewee`). A quote after narration, or after a
    question inside a quote, answers nothing."""
    span = doc.char_span(quote.start, quote.end, alignment_mode="expand")
    if span is None or span[0].sent.start == 0:
        return False
    question = doc[span[0].sent.start - 1].sent
    if not _asked(question) and question.start > 0 and _interviewers_aside(question):
        question = doc[question.start - 1].sent
    return question.start_char >= previous_end and _asked(question)


def _asked(sentence: Span) -> bool:
    """The sentence is a question outside any quote."""
    return sentence.text.rstrip().rstrip(QUOTE_MARKS + " ").endswith("?") and not _quoting(sentence)


def _quoting(sentence: Span) -> bool:
    return any(mark in sentence.text for mark in ("\"", "“", "”", "„", "«", "»", ",,", "''"))


def _interviewers_aside(sentence: Span) -> bool:
    """Rule `answer_after_an_aside`: `Wat betekent dit succes voor het Nederlands elftal? Eind
    deze maand begint de EK-kwalificatie. ,,Hoe beter …''`: one sentence of context the
    interviewer adds after the question, unquoted and naming no person, still leaves the
    quote after it the answer. An aside that names someone (`Jansen ziet het anders.`) may
    bring in another voice."""
    return not _quoting(sentence) and not any(t.ent_type_ in ("PER", "PERSON") for t in sentence)


def interviewee(doc: Doc, quote: Quote, linked: LinkedEntities) -> str | None:
    """Who answers an interview's first question: the last person named in the narration
    before it (`Van Breeschoten deed onderzoek … Waarom maken mannen weinig gebruik? '…'`),
    within INTERVIEW_REACH sentences, if the article names no one more often (an interview
    is with the one it is about)."""
    span = doc.char_span(quote.start, quote.end, alignment_mode="expand")
    if span is None or span[0].sent.start == 0:
        return None
    question = doc[span[0].sent.start - 1].sent
    start = question.start
    for _ in range(INTERVIEW_REACH):
        if start == 0:
            break
        start = doc[start - 1].sent.start
    people = [k for t in reversed(doc[start:question.start]) if not inside_quote(t, linked.quotes)
              and (k := linked.key_of_token(t)) and entity_type_of(linked, k) == "PERSON"]
    if not people:
        return None
    counts = {e.key: len(e.mentions) for e in linked.entities if e.type == "PERSON"}
    return people[0] if counts.get(people[0], 0) >= max(counts.values()) else None


def starts_sentence(quote: Quote, doc: Doc) -> bool:
    span = doc.char_span(quote.start, quote.end, alignment_mode="expand")
    if span is None:
        return False
    sentence = span[0].sent
    leading = sentence.text[: max(0, quote.start - sentence.start_char)].strip()
    return len(leading) <= 2
