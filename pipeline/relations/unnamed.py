"""Quotes an attribution gives to someone the article does not name: no one's statement.

In:  a quote, the Doc, the article's quotes, the lexicon, the linked entities.
Out: whether the speech verb right after the quote has as its speaker a stranger, a
     description that names nobody of the article, or a pronoun of the other sex than the
     person the context would give it to, so that no other rule may give the quote to them.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ..lexicon import Lexicon
from ..linking.descriptions import of_someone_else
from ..linking.linked import LinkedEntities
from ..linking.pronouns import PRONOUN_GENDER
from ..quotes import Quote
from ..syntax import noun_phrase
from .cues import cue_tokens
from .evidence import entities_in
from .inversion import inverted_subject

CUE_REACH = 3  # tokens after a quote where its postposed cue stands: `'…', zegt de advocaat`


def said_by_someone_unnamed(quote: Quote, doc: Doc, quotes: list[Quote], lexicon: Lexicon, linked: LinkedEntities) -> bool:
    """Rule `unnamed_postposed_speaker`: `Myra de Weerdt vond het een schande. ,,Dit had nooit
    mogen gebeuren'', zegt de advocaat van een bejaarde man.`: the cue after the quote names
    its speaker, a noun phrase that is no entity of the article (not named, no description
    resolved to one); the quote is that stranger's, not the run-on of the quote before nor
    introduced by the sentence before it (ANNOTATION.md: unnamed speakers make no statement).
    A pronoun there (`zegt hij`) says nothing of who it is and leaves the other rules to it."""
    span = doc.char_span(quote.start, quote.end, alignment_mode="expand")
    if span is None:
        return False
    after = [t for t in span[-1].sent if t.idx >= quote.end and not t.is_punct][:CUE_REACH]
    for verb in cue_tokens(after, lexicon, quotes):
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubj:pass") and c.i > verb.i), None) or inverted_subject(verb, linked, lexicon)
        return (subject is not None and subject.pos_ == "NOUN" and linked.key_of_token(subject) is None
                and not entities_in(noun_phrase(subject), linked) and _a_stranger(subject, lexicon))
    return False


def said_by_the_other_sex(quote: Quote, speaker: str, doc: Doc, quotes: list[Quote], lexicon: Lexicon, linked: LinkedEntities) -> bool:
    """Rule `pronoun_of_the_other_sex`: `Jan Smit zei dat het goed ging. ,,Het was top'', zei
    ze.`: the pronoun of the quote's own cue is not the man the sentence before reports, so
    the quote is not his (whoever `ze` is); `…, zei hij.` may still be, and a speaker whose
    sex the name does not tell (`Smit`) may be either."""
    span = doc.char_span(quote.start, quote.end, alignment_mode="expand")
    if span is None:
        return False
    after = [t for t in span[-1].sent if t.idx >= quote.end and not t.is_punct][:CUE_REACH]
    for verb in cue_tokens(after, lexicon, quotes):
        pronoun = next((c for c in verb.children if c.dep_ == "nsubj" and c.i > verb.i and c.lower_ in PRONOUN_GENDER), None)
        return pronoun is not None and linked.gender_of(speaker) not in (None, PRONOUN_GENDER[pronoun.lower_])
    return False


def _a_stranger(noun: Token, lexicon: Lexicon) -> bool:
    """`een advocaat`, `de advocaat van een bejaarde man`: an indefinite description, or one
    that says whose it is by someone else (`of_someone_else`); `de nummer 2 van de partij`
    (her role in her party) may still be the person the sentences before are about."""
    return any(c.dep_ == "det" and c.lower_ == "een" for c in noun.children) or of_someone_else(noun, lexicon)
