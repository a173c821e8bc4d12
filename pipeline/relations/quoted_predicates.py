"""A quote as the predicate of its subject: `Communicatieadviseur Martijn van Es is
'aangenaam verrast' door de steun van de RAI Vereniging` — papers quote how someone
describes themselves without a speech verb.

In:  a quote, the Doc, the `LinkedEntities`, the lexicon (quoted_predicate_verbs.txt).
Out: (the copula or verb, the speaker's entity key) when the quote is such a predicate.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ..lexicon import Lexicon
from ..linking.linked import LinkedEntities
from ..quotes import Quote
from ..syntax import subject_of
from .assertion import asserted
from .evidence import entity_type_of
from .morphology import full_lemma
from .speakers import subject_entity

PREDICATE_WORDS = 8  # a quoted predicate is a few words; a longer quote is a statement of its own


def quoted_predicate(quote: Quote, doc: Doc, linked: LinkedEntities, lexicon: Lexicon) -> tuple[Token, str] | None:
    """Rule `quoted_predicate`: a quote of a few words right after `zijn` (`Van Es is
    'aangenaam verrast'`, `Kamerlid Özütok is 'een beetje flabbergasted'`) or after `zich
    achten`/`zich voelen` (`Trump acht zich 'volkomen vrijgepleit'`), the predicate of a
    subject that names a person or an organisation, is that subject's own word about
    themselves. Not when the subject names nobody or a thing (`Het plan is 'een wassen
    neus'`), when the quote goes on past the clause, or the verb is negated or modal (`is niet
    'verrast'`, `zou 'verrast' zijn`)."""
    span = doc.char_span(quote.start, quote.end, alignment_mode="expand")
    if span is None or not 0 < len([t for t in span if t.is_alpha]) <= PREDICATE_WORDS or span.start < 2:
        return None
    opening = span.start - 1 if doc[span.start - 1].is_quote else span.start  # the opening quote mark
    verb = next((t for t in reversed(doc[max(span.sent.start, opening - 3):opening]) if t.pos_ in ("AUX", "VERB")), None)
    if verb is None or full_lemma(verb, lexicon) not in lexicon.quoted_predicate_verbs:
        return None
    between = doc[verb.i + 1:opening]
    if verb.lemma_ == "zijn" and verb.dep_ != "cop":
        return None  # `wil zijn 'doekoe'`: the possessive, no copula
    if verb.lemma_ != "zijn" and not any(t.lower_ == "zich" for t in between):
        return None
    if any(t.is_alpha and t.lower_ != "zich" and t.pos_ != "ADV" for t in between) or any(t.lower_ in lexicon.negations for t in between):
        return None  # only `zich` or an adverb between the verb and the quote, and no negation
    head = verb.head if verb.dep_ in ("cop", "aux") else verb
    if not asserted(head, lexicon):
        return None  # negated, under a modal (`wil zijn 'doekoe'`), a condition
    # the subject of the quote's own clause, before the verb with no verb between: one the
    # parser found elsewhere (`Baudet is geen Van Agt en de formatie is '…'`) is another clause's
    subject = subject_of(head) or subject_of(verb)
    if subject is None or subject.head not in (head, verb) or subject.i > verb.i \
            or any(t.pos_ in ("AUX", "VERB") for t in doc[subject.i + 1:verb.i]):
        return None
    speaker = subject_entity(subject, verb, linked, {}, lexicon)
    return (verb, speaker) if speaker is not None and entity_type_of(linked, speaker) in ("PERSON", "ORG") else None
