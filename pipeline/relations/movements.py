"""Movements that visit nothing (ANNOTATION.md: a visit is a named actor visiting a place;
rallies and performances are no encounters): an armed force that moves to a place advances
on it or occupies it, and an organisation on tour (a party's campaign, a band's concerts)
holds rallies or performances there. In: the movement word, its visitors, the linked
entities, the lexicon (data/lexicon/armed_forces.txt, touring_words.txt). Out: whether
meetings.py reports no visit.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..compounds import compound_parts
from ..lexicon import Lexicon
from ..linking.linked import LinkedEntities
from ..syntax import has_case, subject_of
from .evidence import entity_type_of
from .morphology import is_verb
from .parties import touring


def armed_advance(verb: Token, lexicon: Lexicon) -> bool:
    """Rule `armed_advance`: the subject of a movement verb is an armed force, by a word of
    its name or the head of its phrase: `Het Libische Nationale Leger trok naar Tripoli`,
    `Het Amerikaanse leger trok naar Bagdad`, `Het regeringsleger van Assad trok naar Idlib`.
    `Bijleveld reisde naar Mali` is a visit, and so is `Generaal Eichelsheim van het leger
    reisde naar Mali` (the army only describes him); the troops a minister visits are no travellers."""
    if not is_verb(verb) or (subject := subject_of(verb)) is None:
        return False
    members = [subject, *(c for c in subject.children if c.dep_ == "conj")]
    words = [t for member in members for t in (member, *(c for c in member.children if c.dep_ == "flat"))]
    return any(w.lower_ in lexicon.armed_forces or compound_parts(w.lower_, lexicon.armed_force_heads) for w in words)


def organisations_on_tour(word: Token, visitors: list[str], linked: LinkedEntities, lexicon: Lexicon) -> bool:
    """Rule `organisation_on_tour`: a tour whose travellers are all organisations is a
    campaign or a series of performances, rallies and concerts (ANNOTATION.md leaves rallies
    out): `Forum voor Democratie maakt een tournee langs Amsterdam, Utrecht en Enschede`, `De
    Rolling Stones trekken door Europa`. A person touring visits (`Rutte trok door Limburg`,
    `Rutte en de VVD maken een tournee langs Amsterdam`), and an organisation that travels
    to one place is no tour (`Shell trok naar Bagdad`, a verb of touring with a `naar` phrase)."""
    if not visitors or not touring(word, lexicon) or (is_verb(word) and not any(has_case(c, ("door", "langs")) for c in word.children)):
        return False
    return all(entity_type_of(linked, k) == "ORG" for k in visitors)
