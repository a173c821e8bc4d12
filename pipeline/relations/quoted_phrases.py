"""A quoted word or phrase inside a reported clause: the clause is what was said.

Papers put a speaker's own word in quotes inside the narrator's report of them (`Facebook
zegt dat de advertentie niet voldoet aan de regels waarin staat dat 'naakt of gesuggereerd
naakt' verboden is`); the quote attribution finds the cue and the speaker, but the content
is the reported clause around the quote, not the few quoted words. So too when a report
(`volgens`, `zoals`) gives the claim the quote stands in.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from ..lexicon import Lexicon
from ..quotes import Quote
from ..schemas import StatementRule
from .content import complement_of, content_span_of
from .postposed import postposed_report
from .reports import Report

CLAUSE_OPENERS = frozenset({"dat", "of"})  # what may stand between the cue and a quote that still opens its clause
QUOTED_PHRASE_WORDS = 3  # a quote this short inside a report's claim is the speaker's word in it


def quoted_phrase_report(quote: Quote, verb: Token, rule: StatementRule, lexicon: Lexicon) -> str | None:
    """Rule `quoted_phrase_in_report`: the reported clause around a quote that is only a part
    of it, or None when the quote is what was said.

    - cue before: `Facebook zegt in een toelichting dat de advertentie … staat dat 'naakt of
      gesuggereerd naakt' verboden is`, `Rutte zei dat het kabinet 'een stap' heeft gezet`,
      `Grapperhaus schrijft de Kamer dat artikel 44 'feitelijk geen onderdeel meer is'`: the
      quote stands inside the cue's complement after words of the clause (other than its
      `dat`/`of` and a preposition); the content is the part of the complement that holds
      the quote.
    - cue after: `Ook 'ontheiligden' zij de stoffelijke resten van anderen, meldt de
      Anglicaanse Kerk`: words of the narrator stand between the quote and the comma of the
      postposed attribution; the content is the clause before that comma.

    `Rutte zei: 'Het kabinet heeft een stap gezet'`, `Rutte zei dat 'het kabinet een stap
    heeft gezet'`, `Rutte waarschuwt voor 'een wonder'` and `'Het kabinet heeft een stap
    gezet', zei Rutte` quote what was said."""
    doc, sentence = verb.doc, verb.sent
    span = doc.char_span(quote.start, quote.end, alignment_mode="expand")
    if span is None or span.start < sentence.start or span.end > sentence.end:
        return None  # a quote running over sentences is the speaker's own text
    clause: Span | None
    if rule == "quote_cue_after":
        clause = postposed_report(verb, lexicon)
        if clause is None or not _words(doc[span.end:clause.end]):
            return None
    elif rule == "quote_cue_before":
        # `schrijft de Kamer dat artikel 44 'feitelijk …' is`: only the part that holds the quote, not who was told
        words = _words(span) or list(span)
        complement = [c for c in complement_of(verb, lexicon) if c.left_edge.i <= words[0].i and words[-1].i <= c.right_edge.i]
        clause = content_span_of(verb, complement) if complement else None
        if clause is None or not clause.start <= span.start < span.end <= clause.end:
            return None
        # `waarschuwt voor 'een wonder'`, `spreekt van 'smerige politiek'`: the verb's preposition opens the quote, which is what was said
        if not [t for t in _words(doc[clause.start:span.start]) if t.lower_ not in CLAUSE_OPENERS and t.pos_ != "ADP"]:
            return None
    else:
        return None
    return " ".join(clause.text.split())


def _words(span: Span) -> list[Token]:
    return [t for t in span if t.is_alpha]


def quoted_phrases_in_claim(report: Report, quotes: list[Quote]) -> bool:
    """Rule `quoted_phrase_in_claim`: `Volgens Koolmees tart dit voorstel het
    'rechtvaardigheidsgevoel', zei hij`, `… is geen 'grote broek' die de Eerste Kamer
    aantrekt, zoals Voermans schrijft`: the speaker's quotes in the report's sentence are each
    a word or a short phrase (at most QUOTED_PHRASE_WORDS words) inside the claim the report
    gives; that claim, not the quoted words, is what was said. Not when a quote is more
    (`Volgens Pence maakte dit duidelijk dat China '…'` keeps the quote)."""
    return all(len(q.text.split()) <= QUOTED_PHRASE_WORDS and q.text in report.text for q in quotes)
