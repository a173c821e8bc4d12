"""Whether a speech act is reported as made: not negated (`zei niet`), not under a modal
(`wil … niet noemen`, data/lexicon/modals.txt), not in a condition or purpose clause (`Als …`, `om … te zeggen`), not a
turn of phrase (data/lexicon/said_idioms.txt), not a thought the writer only guesses at (data/lexicon/hedges.txt).
"""

from __future__ import annotations

from spacy.tokens import Token

from ..lexicon import Lexicon
from ..syntax import perfect_auxiliary
from .morphology import full_lemma, verb_lemmas

# a clause these open reports no speech act: a condition (`Als Dijkhoff zijn akkoord ter
# discussie stelt`) or a purpose (`om niet te zeggen`)
UNASSERTED_MARKS = frozenset({"als", "indien", "mits", "tenzij", "om"})


def passive(verb: Token) -> bool:
    """`May is gewaarschuwd`, `wordt … ontraden`; `heeft dit … gemeld` with `dit` labelled a
    passive subject is none (`hebben` makes no passive)."""
    children = list(verb.children)
    return any(c.dep_ == "aux:pass" for c in children) or (any(c.dep_ == "nsubj:pass" for c in children) and perfect_auxiliary(verb) is None)


def asserted(verb: Token, lexicon: Lexicon, passive_allowed: bool = False) -> bool:
    """A speech act reported as made: not passive (`May is gewaarschuwd`, unless
    `passive_allowed`: its agent speaks), not modal or negated (`Bang wil hij zichzelf niet
    noemen`), not an idiom's bare participle (`op zijn zachtst gezegd`)."""
    children = list(verb.children)
    auxiliaries = [c for c in children if c.dep_.startswith("aux")] + [a for a in (perfect_auxiliary(verb),) if a is not None and a.head != verb]
    if passive(verb) and not passive_allowed:
        return False
    if any(c.dep_ == "mark" and c.lower_ in UNASSERTED_MARKS for c in children):
        return False
    if any(full_lemma(c, lexicon) in lexicon.modals and not obliged_past(c) for c in auxiliaries):
        return False
    # `sluit niet uit dat …`: for these verbs the negation is what is said (data/lexicon/negated_speech_verbs.txt)
    # the negation may hang on the verb's particle (`maakten … niet bekend`)
    negatable = [c for c in children if c.dep_ in ("advmod", "xcomp")]
    negatable += [g for c in children if c.dep_ in ("xcomp", "compound:prt") and c.lower_ in lexicon.particles for g in c.children if g.dep_ == "advmod"]
    if not verb_lemmas(verb, lexicon) & lexicon.negated_speech_verbs and any(negates_verb(c, lexicon) for c in negatable):
        return False
    if verb.dep_ == "xcomp" and full_lemma(verb.head, lexicon) in lexicon.modals:
        return False  # the modal taken for the head: `wil … noemen`
    if under_a_modal(verb, lexicon):
        return False
    if verb_lemmas(verb, lexicon) & lexicon.intention_verbs and any(c.dep_ == "advmod" and c.lower_ in lexicon.hedges for c in children):
        return False  # `Vermoedelijk dacht Joël S. dat …`: the writer's guess at a thought, no act
    if "Part" in verb.morph.get("VerbForm", []) and not auxiliaries and verb.dep_ not in ("ROOT", "conj", "parataxis") and not passive_allowed:
        return False
    if verb.i > 0 and f"{verb.doc[verb.i - 1].lower_} {verb.lower_}" in lexicon.said_idioms:
        return False  # `op zijn zachtst gezegd`, whatever the parser made of it
    return True


def obliged_past(auxiliary: Token) -> bool:
    """`Halsema moest erkennen dat …`, `moesten toegeven dat …`: what someone had to say was
    said; `moet erkennen` (now, or ever) and the other modals report no act."""
    return auxiliary.lower_ in ("moest", "moesten")


def under_a_modal(verb: Token, lexicon: Lexicon) -> bool:
    """`Ook kan de EU eisen dat de Britten beloven …`: a speech act in the complement of
    something only possible or required was not made."""
    clause = verb
    while clause.dep_ in ("ccomp", "xcomp", "acl", "csubj") and clause.head != clause:
        clause = clause.head
        if any(c.dep_ == "aux" and full_lemma(c, lexicon) in lexicon.modals for c in clause.children):
            return True
    return False


def negates_verb(token: Token, lexicon: Lexicon) -> bool:
    """`niet`, `nooit`, `geen` (data/lexicon/negations.txt) — unless it negates the phrase it opens (`Niet voor niets
    riep Rutte …`, `niet alleen`), which parsers hang on the verb all the same."""
    if token.lower_ not in lexicon.negations:
        return False
    following = token.nbor(1) if token.i + 1 < len(token.doc) else None
    return following is None or not (following.pos_ == "ADP" or following.lower_ == "alleen")
