"""What denies an encounter: blockers and negations of its trigger and clause, the
conditions above it, and the idioms that only look like one. In: the trigger token (a verb
or an encounter noun), the verb of its clause, the lexicon. Out: whether meetings.py leaves
the encounter out.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..lexicon import Lexicon
from ..syntax import VERB_POS
from .morphology import full_lemma, is_verb, verb_lemmas
from .noun_parties import carried_by_light_verb


def denied(trigger: Token, clause: Token | None, lexicon: Lexicon) -> bool:
    """The encounter of `trigger` (in the clause of `clause`, for an encounter noun) is
    cancelled, refused, negated, wished for or only a condition: `de top werd afgeblazen`,
    `hebben elkaar niet ontmoet`, `wil Merkel ontmoeten`, `hoopt Merkel te spreken`, `als ze
    elkaar spreken` (data/lexicon/meeting_blockers.txt)."""
    given = _presupposed(trigger, clause, lexicon)
    for head in (trigger, clause):
        if head is None:
            continue
        for child in head.children:
            if child.dep_ in ("advmod", "aux", "det", "mark", "amod", "advcl", "xcomp") or child.dep_.startswith("aux"):
                # lemmas only for verbs: the adverb "later" lemmatises to "laat"
                if _focused_negation(child, lexicon) or (given and head is clause and child.lower_ in lexicon.negations):
                    continue
                if child.lower_ in lexicon.blockers or (child.pos_ in ("VERB", "AUX") and full_lemma(child, lexicon) in lexicon.blockers):
                    return True
                if child.dep_ == "advmod" and _negated_adverb(child, lexicon) and not (given and head is clause):
                    return True
        # `werd afgeblazen`: a participle the lemmatizer left as written still cancels
        if full_lemma(head, lexicon) in lexicon.blockers or (is_verb(head) and verb_lemmas(head, lexicon) & lexicon.blockers):
            return True
    if _cancelled_beside(trigger, lexicon):
        return True
    verb = trigger if clause is None else clause
    if contested(trigger, verb, lexicon):
        return True
    governor = verb.head
    if verb.dep_ == "xcomp" and governor != verb and is_verb(governor) and (
            governor.lower_ in lexicon.blockers or (verb_lemmas(governor, lexicon) & lexicon.blockers) - (lexicon.modals if clause is not None else frozenset())
            or verb_lemmas(governor, lexicon) & lexicon.request_verbs):
        # `hoopt Merkel te ontmoeten`, `Laat die twee maar eens koffie drinken`: wished, not done;
        # `heeft Rutte gevraagd Merkel te ontmoeten` (request_verbs.txt): asked for, not done.
        # A modal governing the meeting verb itself is the auxiliary the parser made a verb
        # (`wil met Merkel praten`: wished); one governing an encounter noun's clause governs
        # that clause only in the parse (`wil een gesprek met Merkel om te horen …`)
        return True
    for ancestor in trigger.ancestors:  # "als ze er … kan wijzigen": a condition above the trigger
        if any(c.dep_ == "mark" and c.lower_ in lexicon.blockers for c in ancestor.children):
            return True
    return _conditional_opening(verb, lexicon) or hortative_opening(verb, lexicon)


def hortative_opening(verb: Token, lexicon: Lexicon) -> bool:
    """Rule `hortative_laat`: `Laat die twee maar eens koffie drinken`, `Laten we met Poetin
    praten`: a sentence that opens with the finite verb `laten` (data/lexicon/
    hortative_verbs.txt) urges or wishes the encounter; nothing took place, whatever the
    parser made of the verb after it (an `xcomp`, a conjunct). The adverb `laat` (`Laat op
    de avond sprak Rutte met Merkel`, late) opens no such sentence: it stands before a
    preposition or is no verb."""
    sentence = verb.sent
    for opening in (t for t in (verb, *verb.ancestors) if t.lower_ in lexicon.hortative_verbs and t.pos_ in VERB_POS):
        # the clause's first word: the sentence's (punctuation and quote marks aside), or the
        # first after a colon or a quote mark; whatever the parser hung under it, or beside it
        # as a conjunct, has it among its ancestors
        before = [t for t in sentence[: opening.i - sentence.start] if not t.is_space]
        following = verb.doc[opening.i + 1] if opening.i + 1 < sentence.end else None
        if (all(t.is_punct for t in before) or before[-1].is_quote or before[-1].text == ":") and (following is None or following.pos_ != "ADP"):
            return True
    return False


def contested(trigger: Token, verb: Token, lexicon: Lexicon) -> bool:
    """Rule `contested_encounter`: an encounter a verb of denial (data/lexicon/denial_verbs.txt)
    takes as its complement is denied, not reported: `Rutte ontkent dat hij Merkel heeft
    ontmoet` (the `dat` clause), `Rutte ontkent Merkel te hebben ontmoet` (the infinitive),
    `Trump ontkende een ontmoeting met Poetin` (the encounter noun its object). Negated, the
    verb admits it: `Rutte ontkent niet dat hij Merkel heeft ontmoet` is a meeting."""
    if verb != trigger and trigger.head == verb and trigger.dep_ == "obj":
        denier = verb  # `ontkende een ontmoeting`
    elif verb.dep_ in ("ccomp", "xcomp") and verb.head != verb:
        denier = verb.head  # `ontkent dat hij … heeft ontmoet`
    else:
        return False
    if not is_verb(denier) or not verb_lemmas(denier, lexicon) & lexicon.denial_verbs:
        return False
    return not any(c.dep_ == "advmod" and c.lower_ in lexicon.negations for c in denier.children)


def _conditional_opening(verb: Token, lexicon: Lexicon) -> bool:
    """`Als Halsema Aboutaleb ontmoet, zal ze hem feliciteren`, parsed with `Als` on the
    subject: the conjunction that opens an adverbial clause is the clause's, wherever the
    parser hung it. `Als minister ontmoette Rutte Merkel` opens a main clause."""
    edge = verb.left_edge
    return verb.dep_ == "advcl" and edge.pos_ == "SCONJ" and edge.lower_ in lexicon.blockers


def _cancelled_beside(noun: Token, lexicon: Lexicon) -> bool:
    """`De top tussen Donald Trump en Kim Jong-un werd afgeblazen`, parsed with the noun as the
    root and the participle as a conjunct of it: a blocking verb the parser coordinated with
    the encounter noun still cancels it. `De top, die Trump wilde afblazen, ging door` hangs
    its verb on the noun as a relative clause, not a conjunct."""
    return not is_verb(noun) and any(
        c.dep_ in ("conj", "parataxis") and is_verb(c) and verb_lemmas(c, lexicon) & lexicon.blockers for c in noun.children)


def _presupposed(noun: Token, clause: Token | None, lexicon: Lexicon) -> bool:
    """An encounter noun the sentence takes as given, so that a negation of its clause is not
    the encounter's: a definite subject (`Het bezoek van Xi aan Europa krijgt niet dezelfde
    aandacht`, `Het gesprek met Merkel duurde niet lang`) or the object of a preposition of
    time (`Trump en Kim werden het na hun top niet eens`; presupposing_prepositions.txt). A
    light verb's noun (`had geen gesprek`) and a verb saying whether it takes place (`Het
    gesprek ging niet door`, `Een ontmoeting staat niet op de agenda`; occurrence_verbs.txt)
    are denied with their clause."""
    if is_verb(noun) or clause is None or noun.head != clause or carried_by_light_verb(noun, clause, lexicon):
        return False
    if any(c.dep_ == "case" and c.lower_ in lexicon.presupposing_prepositions for c in noun.children):
        return True
    # the verbs of the clause, wherever the parser hung them (`heeft niet plaatsgevonden` as an object)
    verbs = [clause, *(c for c in clause.children if c.pos_ in ("VERB", "AUX"))]
    if any(full_lemma(v, lexicon) in lexicon.occurrence_verbs or verb_lemmas(v, lexicon) & lexicon.occurrence_verbs for v in verbs):
        return False
    definite = any(c.dep_ == "nmod:poss" or (c.dep_ == "det" and c.lower_ in ("de", "het", "deze", "die", "dit", "dat")) for c in noun.children)
    return noun.dep_ in ("nsubj", "nsubj:pass") and definite


def _negated_adverb(adverb: Token, lexicon: Lexicon) -> bool:
    """`hebben Dessing niet eerder ontmoet`, `nog nooit gesproken`: a negation the parser hung
    on the adverb it goes with negates the verb. `ontmoette niet alleen Merkel` (a focus
    particle, data/lexicon/focus_particles.txt) met Merkel."""
    return adverb.lower_ not in lexicon.focus_particles and any(
        c.dep_ == "advmod" and c.lower_ in lexicon.negations for c in adverb.children)


def _focused_negation(word: Token, lexicon: Lexicon) -> bool:
    """`ontmoette niet alleen Merkel maar ook Macron`: a negation right before a focus particle."""
    doc = word.doc
    return word.lower_ in lexicon.negations and word.i + 1 < len(doc) and doc[word.i + 1].lower_ in lexicon.focus_particles


def copular_idiom(trigger: Token, lexicon: Lexicon) -> bool:
    """`Rutte is slecht te spreken over Merkel`, `is niet te spreken over de plannen`: a
    meeting verb in an idiom of data/lexicon/meeting_idioms.txt, graded by an adjective or a
    negation and carried by a form of `zijn` earlier in its sentence with no other verb
    between, reports a judgement, not an encounter. `Ze zijn van plan elkaar morgen te
    spreken` is no such idiom."""
    doc = trigger.doc
    if trigger.i < 2 or f"{doc[trigger.i - 1].lower_} {trigger.lower_}" not in lexicon.meeting_idioms:
        return False
    judgement = doc[trigger.i - 2]  # `slecht`, `beter`, `niet` te spreken: the idiom grades; `elkaar morgen te spreken` plans
    if not (judgement.pos_ == "ADJ" or judgement.lower_ in lexicon.negations):
        return False
    verb = next((t for t in reversed(doc[trigger.sent.start:trigger.i - 1]) if t.pos_ in VERB_POS), None)
    return verb is not None and "zijn" in verb_lemmas(verb, lexicon)
