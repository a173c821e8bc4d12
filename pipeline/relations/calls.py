"""Calls whose other side is the one who tells of them: `Linda zei dat Joëlle op haar laatste
dag opbelde`. In: a call verb of the parsed Doc, the participants found so far, the linked
entities, the lexicon. Out: the entity key of the one called, for meetings.py.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..lexicon import Lexicon
from ..linking.linked import LinkedEntities
from ..syntax import has_case, subject_of
from .evidence import entity_type_of
from .morphology import is_verb, verb_lemmas


def reported_callee(verb: Token, participants: list[str], linked: LinkedEntities, lexicon: Lexicon) -> list[str]:
    """Rule `call_to_the_teller`: `Linda zei dat Joëlle op haar laatste dag opbelde`, `Zijn
    moeder vertelt dat hij elke avond belt`: a call verb without an object or a partner, in
    the clause a named person reports (speech_verbs.txt), called that person. `zei dat Joëlle
    haar broer belde` and `zei dat Joëlle met Leo belde` name whom; a call the teller made
    (`Linda zei dat ze belde`, resolved to Linda) has no other side."""
    if not is_verb(verb) or verb.dep_ != "ccomp" or len(participants) != 1:
        return []
    if any(c.dep_ in ("obj", "iobj") or (c.dep_.startswith("obl") and has_case(c, ("met", "naar", "tegen"))) for c in verb.children):
        return []
    teller_verb = verb.head
    if not ({(teller_verb.lemma_ or "").lower()} | verb_lemmas(teller_verb, lexicon)) & lexicon.speech_verbs:
        return []
    caller, teller = subject_of(verb), subject_of(teller_verb)
    caller_key = linked.key_of_token(caller) if caller is not None else None
    teller_key = linked.key_of_token(teller) if teller is not None else None
    if caller_key != participants[0] or teller_key is None or teller_key == caller_key or entity_type_of(linked, teller_key) != "PERSON":
        return []
    return [teller_key]
