"""Who joins an encounter besides the parties its own phrase names (data/lexicon/joining_words.tsv).

- Rule `besides_also`: `Bij het overleg waren naast Rutte ook minister Hoekstra en minister
  Wiebes aanwezig`, `Naast Rutte schoven ook Hoekstra en Wiebes aan bij het overleg`: the name
  of a `naast` (`evenals`) phrase on the encounter's verb takes part as well.
- Rule `joined_the_encounter`: `Trump en Kim Jong-un dineren vandaag in Hanoi. Ook Pompeo en
  Mulvaney schuiven aan.`, `Rutte ontving Merkel in het Catshuis. Ook minister Hoekstra was
  (bij het gesprek) aanwezig.`: a sentence that reports no encounter of its own, whose verb
  says its subject joins (`aanschuiven`, `zich aansluiten`) or whose predicate of presence
  (presence_words.txt) comes with `ook`, adds its named subject to the encounter of the
  sentence right before it. Not without an encounter there (`Ook Pompeo was aanwezig` after a
  speech), nor a presence without `ook` (`Hoekstra was aanwezig` may be anywhere), nor a
  subject nobody names.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Span, Token

from ..lexicon import Lexicon
from ..linking.linked import LinkedEntities
from ..schemas import ArticleMeeting
from ..syntax import noun_phrase
from .arguments import verb_subject
from .evidence import entities_in, entity_type_of
from .morphology import is_verb, verb_lemmas

_ACTORS = ("PERSON", "ORG")


def besides_named(trigger: Token, clause: Token | None, linked: LinkedEntities, lexicon: Lexicon) -> list[str]:
    """The actors of `naast X` phrases on the encounter's trigger or clause verb."""
    words = lexicon.joining_words.get("besides", frozenset())
    heads = (trigger, clause) if clause is not None else (trigger,)
    return [key for token in trigger.sent if token.lower_ in words and token.dep_ == "case" and _governing(token.head, heads)
            for key in entities_in(noun_phrase(token.head), linked) if entity_type_of(linked, key) in _ACTORS]


def _governing(token: Token, heads: tuple[Token, ...]) -> bool:
    """Whether `token` stands in the clause of the encounter: one of `heads` above it before
    any other verb (`naast Rutte` may hang on the subject: `waren naast Rutte ook minister
    Hoekstra … aanwezig`; not in a clause of its own: `die naast Rutte zat`)."""
    current = token
    while current.head != current:
        current = current.head
        if current in heads:
            return True
        if is_verb(current):
            return False
    return current in heads


def joined_encounters(doc: Doc, meetings: Sequence[ArticleMeeting], linked: LinkedEntities, lexicon: Lexicon) -> list[ArticleMeeting]:
    """The meetings, each encounter joined by the subjects of the sentence after it."""
    encounters = {m.evidence.start: index for index, m in enumerate(meetings) if m.type != "visit"}
    if not encounters:
        return list(meetings)
    reported = {m.evidence.start for m in meetings}
    joined = list(meetings)
    previous: Span | None = None
    for sentence in doc.sents:
        start = _evidence_start(sentence)
        if previous is not None and start not in reported and (index := encounters.get(_evidence_start(previous))) is not None:
            newcomers = [k for k in _joiners(sentence, linked, lexicon) if k not in joined[index].participants]
            if newcomers:
                joined[index] = joined[index].model_copy(update={"participants": sorted([*joined[index].participants, *newcomers])})
        previous = sentence
    return joined


def _evidence_start(sentence: Span) -> int:
    """Where a sentence's evidence starts (`evidence.evidence_for` strips its leading space)."""
    text = sentence.text
    return sentence.start_char + len(text) - len(text.lstrip())


def _joiners(sentence: Span, linked: LinkedEntities, lexicon: Lexicon) -> list[str]:
    """The named subjects of a sentence that says they join: a joining verb, or a predicate
    of presence with `ook`."""
    joins = lexicon.joining_words.get("joins", frozenset())
    also = lexicon.joining_words.get("also", frozenset())
    found: list[str] = []
    for token in sentence:
        if is_verb(token) and verb_lemmas(token, lexicon) & joins:
            subject = verb_subject(token)
        elif token.lower_ in lexicon.presence_words and any(t.lower_ in also for t in sentence):
            subject = next((c for c in token.children if c.dep_.startswith("nsubj")), None)
        else:
            continue
        if subject is not None:
            found += [k for k in entities_in(noun_phrase(subject), linked) if entity_type_of(linked, k) in _ACTORS and k not in found]
    return found
