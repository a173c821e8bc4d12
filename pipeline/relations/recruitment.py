"""Asked for a role: a request verb whose only object is a job or capacity recruits someone,
it reports no speech (`Klein is voor de klus gevraagd door Weststrate`)."""

from __future__ import annotations

from spacy.tokens import Token

from ..lexicon import Lexicon
from ..syntax import VERB_POS, has_case
from .content import om_te_clause
from .morphology import verb_lemmas

# what asks for an act or an answer rather than a person for a role
_CLAUSE_DEPS = frozenset({"ccomp", "xcomp", "advcl", "parataxis", "csubj"})


def asked_for_a_role(verb: Token, lexicon: Lexicon) -> bool:
    """Rule `asked_for_a_role`: `Klein is voor de klus gevraagd door Marien Weststrate`,
    `Rutte heeft Dijkhoff gevraagd voor de functie van minister`, `is gevraagd als
    lijsttrekker`: a request verb (data/lexicon/request_verbs.txt) with a phrase of
    data/lexicon/role_prepositions.txt and no clause of its own (no `om … te`, `dat`, `of`)
    asks someone to take a job; nobody is reported saying anything. `is door Rutte gevraagd
    om de Kamer te informeren` and `vraagt aandacht voor het klimaat` (a thing asked for)
    still report."""
    if not verb_lemmas(verb, lexicon) & lexicon.request_verbs:
        return False
    children = list(verb.children)
    role = any(c.dep_.startswith("obl") and has_case(c, tuple(lexicon.role_prepositions)) for c in children)
    clause = any((c.dep_ in _CLAUSE_DEPS and c.pos_ in VERB_POS) or om_te_clause(c) for c in children)
    # `vraagt aandacht voor …`: a thing asked for is what was said; a person asked is who was recruited
    thing = any(c.dep_ == "obj" and c.pos_ == "NOUN" and not c.ent_type_ for c in children)
    return role and not clause and not thing
