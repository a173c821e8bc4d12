"""Armed forces on the move: an army that moves to a place advances on it or occupies it,
it does not visit it (ANNOTATION.md: a visit is a named actor visiting a place). In: a
movement verb and the lexicon (data/lexicon/armed_forces.txt). Out: whether its travellers
are armed forces, so that meetings.py reports no visit.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..compounds import compound_parts
from ..lexicon import Lexicon
from ..syntax import subject_of
from .morphology import is_verb


def armed_advance(verb: Token, lexicon: Lexicon) -> bool:
    """Rule `armed_advance`: the subject of a movement verb is an armed force, by a word of
    its name or the head of its phrase: `Het Libische Nationale Leger trok naar Tripoli`,
    `Het Amerikaanse leger trok naar Bagdad`, `Het regeringsleger van Assad trok naar Idlib`.
    `Bijleveld reisde naar Mali` is a visit, and so is `De commandant van het leger reisde naar
    Mali` (the army only describes him); the troops a minister visits are no travellers."""
    if not is_verb(verb) or (subject := subject_of(verb)) is None:
        return False
    members = [subject, *(c for c in subject.children if c.dep_ == "conj")]
    words = [t for member in members for t in (member, *(c for c in member.children if c.dep_ == "flat"))]
    return any(w.lower_ in lexicon.armed_forces or compound_parts(w.lower_, lexicon.armed_force_heads) for w in words)
