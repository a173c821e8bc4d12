"""Who joins an encounter besides the parties its own phrase names (data/lexicon/joining_words.tsv).

- Rule `besides_also`: `Naast Rutte schoven ook Hoekstra en Wiebes aan bij het overleg`,
  `Bij het overleg waren naast Rutte ook minister Hoekstra aanwezig`: the person of a `naast`
  (`evenals`) phrase in the encounter's clause takes part as well, when `ook` says the others
  come besides them. Not `naast` of place (`ontmoette Merkel naast de Franse ambassade`: no
  `ook`, no person), nor in a clause of its own (`die naast Rutte zat`).
- Rule `joined_the_encounter`: `Trump en Kim Jong-un dineerden gisteren in Hanoi. Ook Pompeo
  en Mulvaney schoven aan.`, `Rutte ontving Merkel in het Catshuis. Ook minister Hoekstra was
  (bij het gesprek) aanwezig.`: a sentence that reports no encounter of its own, whose main
  verb says its subject joins (`aanschuiven`) or whose predicate of presence (presence_words.txt)
  has `ook`, adds the people its subject names to the encounter of the sentence right before.
  Not without an encounter there (`Ook Pompeo was aanwezig` after a speech), not a negated or
  wished-for joining (`Pompeo schuift niet aan`, `hoopt aan te schuiven`), a presence without
  `ook` or at an event or a time of its own (`was ook aanwezig bij de opening van het museum`,
  `was vorige maand ook aanwezig`), nor a body (`Ook de NOS was aanwezig`: the press).
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Span, Token

from ..dates import resolve_date
from ..lexicon import Lexicon
from ..linking.linked import LinkedEntities
from ..schemas import ArticleMeeting
from ..syntax import noun_phrase
from ..tokens import doc_sentences
from .denial import denied
from .evidence import entities_in, entity_type_of, evidence_start
from .morphology import is_verb, verb_lemmas
from .triggers import trigger_type


def besides_named(trigger: Token, clause: Token | None, linked: LinkedEntities, lexicon: Lexicon) -> list[str]:
    """The people of `naast X` phrases in the encounter's clause, when it has `ook`."""
    words = lexicon.joining_words.get("besides", frozenset())
    heads = (trigger, clause) if clause is not None else (trigger,)
    if not any(t.lower_ in lexicon.joining_words.get("also", frozenset()) for t in trigger.sent):
        return []
    return [key for token in trigger.sent if token.lower_ in words and token.dep_ == "case" and token.head.dep_ != "appos"
            and _governing(token.head, heads)
            for key in entities_in(noun_phrase(token.head), linked) if entity_type_of(linked, key) == "PERSON"]


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


def joined_encounters(doc: Doc, meetings: Sequence[ArticleMeeting], linked: LinkedEntities, lexicon: Lexicon,
                      published: str | None = None) -> list[ArticleMeeting]:
    """The meetings, each encounter joined by the people of the sentence after it."""
    encounters = {m.evidence.start: index for index, m in enumerate(meetings) if m.type != "visit"}
    if not encounters:
        return list(meetings)
    reported = {m.evidence.start for m in meetings}
    joined = list(meetings)
    previous: Span | None = None
    for sentence in doc_sentences(doc)[0]:
        start = evidence_start(sentence)
        if previous is not None and start not in reported and (index := encounters.get(evidence_start(previous))) is not None \
                and resolve_date(sentence.text, published) in (None, joined[index].date):
            newcomers = [k for k in _joiners(sentence, linked, lexicon) if k not in joined[index].participants]
            if newcomers:
                joined[index] = joined[index].model_copy(update={"participants": sorted([*joined[index].participants, *newcomers])})
        previous = sentence
    return joined


def _joiners(sentence: Span, linked: LinkedEntities, lexicon: Lexicon) -> list[str]:
    """The people the subject of a sentence's main predicate names, when it says they join:
    a joining verb, or a predicate of presence with `ook` on it or its subject, neither
    negated nor wished for, the presence at no event of its own."""
    also = lexicon.joining_words.get("also", frozenset())
    root = sentence.root
    subject = next((c for c in root.children if c.dep_.startswith("nsubj")), None)
    if subject is None or denied(root, None, lexicon):
        return []
    if is_verb(root) and verb_lemmas(root, lexicon) & lexicon.joining_words.get("joins", frozenset()):
        pass
    elif root.lower_ in lexicon.presence_words and any(t.lower_ in also for t in (*root.children, *subject.children)):
        if any(c.dep_.startswith("obl") and trigger_type(c, lexicon) is None for c in root.children):
            return []  # `was ook aanwezig bij de opening van het museum`: another event
    else:
        return []
    return [k for k in entities_in(noun_phrase(subject), linked) if entity_type_of(linked, k) == "PERSON"]
