"""Who takes part in an encounter noun: its partner phrases (`gesprek met X`), a possessor
(`Pompeo's bezoek`), the subject of the copula it stands with (`X is op bezoek in Y`), an aside
after a name (`Rutte, op werkbezoek in Groningen, …`), a locative predicate (`X is in Berlijn
voor overleg met Y`) and the light verb or fixed phrase that carries it (`had een onderhoud met
Y`, `schudde Y de hand`). In: the noun (or verb, for partner phrases) and its clause verb. Out:
the tokens that name the participants, for parties.meeting_parties to read.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..lexicon import Lexicon
from ..linking.linked import LinkedEntities
from ..syntax import RELATIVE_PRONOUNS, SUBJECT_DEPS, has_case, noun_phrase, subject_of
from .evidence import entity_type_of
from .morphology import is_verb, verb_lemmas
from .phrases import carried_phrase

LOCATIVE_CASES = ("in", "te", "op")  # where a copula's subject is: `is in Berlijn`, `te Brussel`, `op Curaçao`


def partner_phrases(head: Token) -> list[Token]:
    """`met X`, `bij X`, `tussen X en Y`, `van X` (for nouns), `aan X` (a visit's target);
    for a noun also the phrase the parser hung on the name of its `van` phrase (rule
    `partner_on_owner`): `het bezoek van Macron aan Duitsland`, `het gesprek van Rutte met
    Merkel` with `aan`/`met` on `Macron`/`Rutte`, as a name takes no such phrase of its own."""
    words = ("met", "bij", "tussen", "aan") + (("van",) if not is_verb(head) else ())
    found = [c for c in head.children if (c.dep_.startswith("obl") or c.dep_.startswith("nmod")) and
             (c.dep_ == "nmod:poss" or has_case(c, words))]
    if not is_verb(head):
        found += [p for owner in found if owner.pos_ == "PROPN" and has_case(owner, ("van",)) for p in owner.children
                  if p.dep_.startswith("nmod") and has_case(p, ("aan", "met", "tussen")) and p.i > owner.i]
    return found


def sibling_partner(noun: Token) -> list[Token]:
    """`kwam bij de voorstelling in gesprek met X`: a `met X` right after the noun that the
    parser hung on the noun's head instead of on the noun."""
    if noun.head == noun:
        return []
    return [p for p in partner_phrases(noun.head) if p.left_edge.i == noun.i + 1 and has_case(p, ("met",))]


def possessor_before(noun: Token) -> list[Token]:
    """`Xi's bezoek`, `Pompeo's eerste bezoek`: a genitive name right before the noun (over
    adjectives and numerals), whatever the parser attached it to."""
    index = noun.i - 1
    while index >= 0 and noun.doc[index].pos_ in ("ADJ", "NUM"):
        index -= 1
    if index < 0:
        return []
    token = noun.doc[index]
    genitive = token.text.endswith(("'s", "’s")) or (index + 1 < noun.i and noun.doc[index + 1].text in ("'s", "’s"))
    return [token] if token.pos_ == "PROPN" and (genitive or token.dep_ == "nmod:poss") else []


def copula_subject(noun: Token) -> list[Token]:
    """`Blok is … op bezoek in Australië`, `De partijen zijn in gesprek met …`: the subject of
    the `zijn` the `op`/`in` predicate stands with, found beside the copula (the subject and
    the copula share a head however the parser hangs the words between them)."""
    if not has_case(noun, ("op", "in")):
        return []
    copulas = [t for t in noun.sent if t.i < noun.i and t.dep_ == "cop" and t.lemma_ == "zijn"]
    if not copulas:
        return []
    copula = copulas[-1]
    subjects = [c for c in copula.head.children if c.dep_ in SUBJECT_DEPS and c.i < copula.i]
    if subjects:
        return noun_phrase(subjects[0])
    # `De Britse premier Tony Blair is dezer dagen op bezoek in …` parsed with the name as an
    # apposition of the root: the name right before the copula is its subject
    before = noun.doc[copula.i - 1] if copula.i > noun.sent.start else None
    return [before] if before is not None and before.pos_ == "PROPN" else []


def purpose(noun: Token) -> bool:
    """`voor een bezoek`, `voor overleg`: an indefinite or bare noun after `voor` is what the
    clause is for; `voor de top`, `voor zijn uitreis` is before it."""
    return has_case(noun, ("voor",)) and not any(
        c.dep_ == "nmod:poss" or (c.dep_ == "det" and c.lower_ in ("de", "het", "die", "dat", "deze", "dit")) for c in noun.children)


def locative_predicate(noun: Token) -> list[Token]:
    """`Rutte is in Berlijn voor overleg met Merkel`: an encounter noun on a locative
    predicate of `zijn` (or beside one, `_whereabouts_beside`) → the predicate's subject and
    the place (the subject takes part, the place is where). `Het boek is in Berlijn` has no
    encounter noun; `is blij met het overleg` no locative."""
    predicate = noun.head
    if predicate == noun or not any(c.dep_ == "cop" for c in predicate.children):
        return []
    place = predicate if has_case(predicate, LOCATIVE_CASES) else _whereabouts_beside(noun, predicate)
    subjects = [c for c in predicate.children if c.dep_ in SUBJECT_DEPS]
    return [*noun_phrase(subjects[0]), place] if subjects and place is not None else []


def _whereabouts_beside(noun: Token, predicate: Token) -> Token | None:
    """Rule `whereabouts_beside_the_predicate`: `Trump was vorige maand in Japan voor een
    ontmoeting met Abe`, parsed with the time phrase `vorige maand` as the copula's predicate
    and `in Japan` and `voor een ontmoeting` as its dependents: the `in`/`te`/`op` phrase
    before the purpose noun (noun_parties.purpose) still says where the subject is, for
    that encounter. `Rutte was vorige maand blij met het overleg` has neither."""
    if not purpose(noun):
        return None
    return next((c for c in predicate.children if c.i < noun.i and c.dep_ in ("obl", "nmod") and has_case(c, LOCATIVE_CASES)), None)


def aside_anchor(noun: Token, linked: LinkedEntities) -> list[Token]:
    """`Premier Rutte, woensdag op werkbezoek in Groningen, noemde …`, `Kaag, nu op bezoek in
    Ghana, zei …`: an `op` + encounter-noun aside set off by a comma right after a person's
    name says where that person is; only time words and adverbs may stand between the comma
    and `op`. Read from the words, as parsers hang such asides anywhere. In `Het nieuws,
    op bezoek in Ghana, …` no person stands before the comma."""
    if not has_case(noun, ("op",)):
        return []
    index = noun.left_edge.i - 1
    doc = noun.doc
    while index > noun.sent.start and doc[index].pos_ in ("ADV", "ADJ", "NUM", "NOUN", "PROPN") and not linked.key_of_token(doc[index]):
        index -= 1
    if index <= noun.sent.start or doc[index].text != ",":
        return []
    anchor = doc[index - 1]
    key = linked.key_at(anchor.idx, anchor.idx + len(anchor.text))
    return [anchor] if key is not None and entity_type_of(linked, key) == "PERSON" else []


def light_verb_partners(noun: Token, clause: Token | None, lexicon: Lexicon) -> list[Token]:
    """Light verb + event noun: `had woensdag een onderhoud met Y`, `voerde gesprekken met Y`,
    `ging bij Y op bezoek`, `legde een bezoek af bij Y`, `bracht een bezoek aan Berlijn`. The
    verb that carries the noun as object or adverbial (data/lexicon/light_verbs.txt) takes the
    partner phrase in the parse; it is the encounter's. `Na het gesprek vertrok hij met Y`
    (no light verb) keeps its `met Y` to itself."""
    if clause is None or not _carries(clause, noun, lexicon):
        return []
    return [p for p in partner_phrases(clause) if has_case(p, ("met", "bij", "aan", "tussen"))]


def _carries(clause: Token, noun: Token, lexicon: Lexicon) -> bool:
    standing = cut_from_a_name(noun)
    return (standing.head == clause and standing.dep_ in ("obj", "obl", "nsubj:pass") and _light_verb(clause, lexicon)) or carried_phrase(noun, clause, lexicon)


def cut_from_a_name(noun: Token) -> Token:
    """Rule `common_noun_cut_from_a_name`: `heeft dinsdag in Washington overleg gevoerd met
    Mnuchin`, parsed with `overleg` a `flat` part of the name before it: a lowercase common
    noun is no part of a name, so it stands where the name stands (the name's head and
    relation); any other token stands where it is."""
    if noun.dep_ == "flat" and noun.pos_ == "NOUN" and noun.is_lower and noun.head.pos_ == "PROPN" and noun.head != noun:
        return noun.head
    return noun


def carried_by_light_verb(noun: Token, clause: Token | None, lexicon: Lexicon) -> bool:
    """The event noun is the object or adverbial of a light verb (`had een onderhoud`,
    `ging op bezoek`), or of the light verb of its relative clause (`het gesprek dat X met Y had`)."""
    return (clause is not None and _carries(clause, noun, lexicon)) or any(
        _light_verb(c, lexicon) for c in noun.children if c.dep_.startswith("acl"))


def _light_verb(verb: Token, lexicon: Lexicon) -> bool:
    """`hebben`, `voeren`, `afleggen` … (data/lexicon/light_verbs.txt)."""
    return is_verb(verb) and bool(verb_lemmas(verb, lexicon) & lexicon.light_verbs)


def relative_light_verb(noun: Token, lexicon: Lexicon) -> tuple[list[Token], list[Token]]:
    """Event noun + relative clause: `het gesprek dat Rutte met Merkel had`, `de ontmoeting
    die Pompeo met Lavrov hield` — the clause's light verb carries the participants: (its
    subject phrase, its partner phrases). The relative pronoun is the light verb's object, so
    in `de ontmoeting die Trump en Kim in Hanoi hadden`, parsed with both as objects, the
    object that is not the pronoun is the subject."""
    for clause in (c for c in noun.children if c.dep_.startswith("acl")):
        if _light_verb(clause, lexicon):
            subject = subject_of(clause) or next(
                (c for c in clause.children if c.dep_ == "obj" and c.pos_ in ("PROPN", "NOUN")), None)
            subject_phrase = noun_phrase(subject) if subject is not None and subject.lower_ not in RELATIVE_PRONOUNS else []
            # `het gesprek dat Rutte met Merkel had`: parsers also hang the partner on the subject
            hosts = [clause, subject] if subject is not None else [clause]
            return subject_phrase, [p for head in hosts for p in partner_phrases(head) if has_case(p, ("met", "bij", "tussen"))]
    return [], []
