"""Fixed turns of phrase that report an encounter (data/lexicon/meeting_phrases.tsv).

`Rutte schudde Merkel de hand`, `ging op de koffie bij de koning`, `zat aan tafel met Merkel`,
`werd op het matje geroepen bij de burgemeester`, `had Merkel aan de telefoon`: no word of
these is a meeting word of its own, the phrase with its verb is. In: the phrase's last word
(its key word) and the lexicon. Out: the meeting type and the verb that carries the phrase,
which takes the participants as a light verb does (parties.py). The parser reads such phrases
in many ways (`aan tafel` as a particle and a fixed word, `de hand` as an object), so the
phrase is matched on the words and its verb found above them.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..lexicon import Lexicon
from ..schemas import MeetingType
from .morphology import is_verb, verb_lemmas


def phrase_encounter(key: Token, lexicon: Lexicon) -> tuple[MeetingType, Token] | None:
    """(type, carrying verb) when `key` ends a phrase of the lexicon with one of its verbs
    above it: `zat aan tafel met Merkel` → (meeting, zat). `het ligt op tafel` (no phrase
    `op tafel`) and `zette koffie` (not a verb of `koffie`) → None."""
    doc = key.doc
    for phrase in lexicon.meeting_phrases.get(key.lower_, ()):
        start = key.i - len(phrase.before)
        if start < key.sent.start or tuple(t.lower_ for t in doc[start:key.i]) != phrase.before:
            continue
        verb = _verb_above(key)
        if verb is not None and verb_lemmas(verb, lexicon) & phrase.verbs:
            return phrase.type, verb
    return None


def _verb_above(token: Token) -> Token | None:
    """The nearest verb among a word's heads (`tafel` → `aan` → `zat`)."""
    current = token
    for _ in range(4):
        if current.head == current:
            return None
        current = current.head
        if is_verb(current):
            return current
    return None


def carried_phrase(noun: Token, clause: Token | None, lexicon: Lexicon) -> bool:
    """`clause` is the verb that carries the phrase `noun` ends (`schudde … de hand`)."""
    found = phrase_encounter(noun, lexicon) if clause is not None and noun.lower_ in lexicon.meeting_phrases else None
    return found is not None and found[1] == clause
