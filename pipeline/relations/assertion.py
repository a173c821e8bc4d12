"""Whether a speech act is reported as made: not negated (`zei niet`), not under a modal
(`wil … niet noemen`, data/lexicon/modals.txt), not in a condition or purpose clause (`Als …`, `om … te zeggen`), not a
turn of phrase (data/lexicon/said_idioms.txt), not a thought the writer only guesses at (data/lexicon/hedges.txt).
"""

from __future__ import annotations

from spacy.tokens import Token

from ..lexicon import Lexicon
from ..syntax import perfect_auxiliary
from .cues import idiom_cue
from .morphology import full_lemma, verb_lemmas

# a clause these open reports no speech act: a condition (`Als Dijkhoff zijn akkoord ter
# discussie stelt`) or a purpose (`om niet te zeggen`)
UNASSERTED_MARKS = frozenset({"als", "indien", "mits", "tenzij", "om"})


def passive(verb: Token) -> bool:
    """`May is gewaarschuwd`, `wordt … ontraden`. Rule `perfect_with_hebben`: `hebben` makes
    no passive, so a participle with its perfect `hebben` is active whatever else the parser
    hung on it: `heeft dit … gemeld` with `dit` labelled a passive subject, `De boot zou op
    weg zijn naar Malta, zo heeft Salvini gezegd` with the reported clause's `zijn` taken for
    the participle's passive auxiliary."""
    if perfect_auxiliary(verb) is not None:
        return False
    return any(c.dep_ in ("aux:pass", "nsubj:pass") for c in verb.children)


def asserted(verb: Token, lexicon: Lexicon, passive_allowed: bool = False) -> bool:
    """A speech act reported as made: not passive (`May is gewaarschuwd`, unless
    `passive_allowed`: its agent speaks), not modal or negated (`Bang wil hij zichzelf niet
    noemen`), not an idiom's bare participle (`op zijn zachtst gezegd`)."""
    children = list(verb.children)
    auxiliaries = [c for c in children if c.dep_.startswith("aux")] + [a for a in (perfect_auxiliary(verb),) if a is not None and a.head != verb]
    if passive(verb) and not passive_allowed and not stative_idiom(verb, lexicon) and not raised_perfect(verb, lexicon):
        return False
    if any(c.dep_ == "mark" and c.lower_ in UNASSERTED_MARKS and not infinitive_mark_on_a_finite_verb(c) for c in children):
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
    if hedged_idiom(verb, lexicon):
        return False
    if "Part" in verb.morph.get("VerbForm", []) and not auxiliaries and verb.dep_ not in ("ROOT", "conj", "parataxis") and not passive_allowed:
        return False
    if verb.i > 0 and f"{verb.doc[verb.i - 1].lower_} {verb.lower_}" in lexicon.said_idioms:
        return False  # `op zijn zachtst gezegd`, whatever the parser made of it
    return True


def infinitive_mark_on_a_finite_verb(mark: Token) -> bool:
    """Rule `om_opens_an_infinitive`: `om` only opens an infinitive clause (`om … aan te
    passen`), so on a finite verb it is the parser's slip: in `De uitkomsten worden gebruikt
    om de plannen aan te passen, meldt Rijkswaterstaat.` the `om` of the clause reported
    was hung on `meldt`. `Om niet te zeggen …` (an infinitive) stays unasserted, and so does
    every `als` clause."""
    return mark.lower_ == "om" and "Fin" in mark.head.morph.get("VerbForm", [])


def hedged_idiom(verb: Token, lexicon: Lexicon) -> bool:
    """`Abdulaziz weet bijna zeker dat ze in een strafkamp zit`: the word of a speech idiom
    under an approximator (data/lexicon/hedges.txt) is a guess the subject makes, not the
    certainty the idiom states; `weet zeker dat …` and `maakt heel duidelijk dat …` state."""
    idiom = idiom_cue(verb, lexicon)
    word = idiom.split()[0] if idiom else None
    return any(g.dep_ == "advmod" and g.lower_ in lexicon.hedges for c in verb.children if c.lower_ == word for g in c.children)


def stative_idiom(verb: Token, lexicon: Lexicon) -> bool:
    """Rule `stative_idiom`: `Rutte is ervan overtuigd dat …`: a speech idiom's participle
    with `zijn` (data/lexicon/cue_idioms.txt) states the subject's conviction, no passive
    act done to it. `Merkel werd ervan overtuigd dat …` (`worden`) is done to Merkel, and a
    plain speech verb with `zijn` (`is gewaarschuwd`) stays passive."""
    return idiom_cue(verb, lexicon) is not None and all(c.lemma_ == "zijn" for c in verb.children if c.dep_ == "aux:pass")


def raised_perfect(verb: Token, lexicon: Lexicon) -> bool:
    """Rule `raised_perfect`: `Confucius schijnt gezegd te hebben dat …`, `Rutte bleek eerder
    gezegd te hebben dat …`: the parser takes the raising verb (data/lexicon/
    raising_verbs.txt) for the participle's passive auxiliary, but with `te hebben` the
    subject made the speech act. `Het schijnt gezegd te zijn` (`zijn`) stays passive."""
    raising = any(c.dep_ == "aux:pass" and c.lemma_.lower() in lexicon.raising_verbs for c in verb.children)
    return raising and any(c.dep_ in ("xcomp", "aux") and c.lemma_ == "hebben" for c in verb.children)


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
    riep Rutte …`, `niet alleen`), which parsers hang on the verb all the same. Rule
    `negated_manner`: inside the clause a negation before a prepositional phrase still
    negates the verb (`durft Beenen niet met zekerheid te zeggen`); only `niet voor niets`
    and a phrase opening the sentence are the negation's own, and one after a participle or
    infinitive belongs to the clause extraposed after it (`hebben verklaard niet … te willen
    zitten`)."""
    if token.lower_ not in lexicon.negations:
        return False
    doc = token.doc
    following = doc[token.i + 1] if token.i + 1 < len(doc) else None
    if following is None or following.lower_ == "alleen":
        return following is None
    verb = token.head
    if token.i > verb.i and not {"Part", "Inf"}.isdisjoint(verb.morph.get("VerbForm", [])):
        return False  # `heeft gezegd niet te zullen gaan`: after a participle, the extraposed clause's negation
    for_nothing = doc[token.i + 1:token.i + 3].text.lower() == "voor niets"
    return not (following.pos_ == "ADP" and (for_nothing or token.i == token.sent.start))
