"""Bystanders: names in an encounter's phrases that take no part in it. In: a token the
participant rules collected, the trigger, the linked entities and the lexicon. Out: whether
the name it belongs to is only whom a participant works for (`Wilders (PVV)`, `Larsen,
directeur van het Deens Cultureel Centrum`), an example in a range (`van Singer tot Marx`),
what was talked about (`sprak met Merkel over Oekraïne`), the owner of a thing met (`een
kennismaking met de mediamacht van FvD`), the medium of an interview (`in gesprek met het
weekblad Der Spiegel`), the one a possessive pronoun says someone belongs to (`zijn vrouw`)
or a crowd counted out of a people (`duizenden Australiërs`).
"""

from __future__ import annotations

from spacy.tokens import Token

from ..lexicon import Lexicon
from ..linking.linked import LinkedEntities
from ..syntax import has_case, noun_phrase
from .evidence import entity_type_of
from .morphology import is_verb


def bystander(token: Token, trigger: Token, linked: LinkedEntities, lexicon: Lexicon, core: bool) -> bool:
    """The token names someone present in the phrase but no party to the encounter; a core
    argument (`Xi's bezoek`, the subject) is never a mere topic. A name is judged by its
    first word, where the parser puts the name (`Partij` of `Lodewijk Asscher van de Partij
    van de Arbeid`, whose `Arbeid` hangs on `Partij`)."""
    token = linked.mention_lead(token)
    return (in_a_range(token) or affiliation(token, linked, lexicon) or (not core and topic(token, trigger))
            or owned_by_a_thing(token, trigger, lexicon) or medium(token, lexicon) or named_medium(token, linked, lexicon)
            or possessor_of_another(token, trigger) or counted(token))


def possessor_of_another(token: Token, trigger: Token) -> bool:
    """`Zijn vrouw vloog naar Parijs`, `Haar advocaat sprak met de rechter`: a possessive
    pronoun before the subject noun names whose that person is, not who took part; the noun
    says who. `zijn bezoek aan Parijs`, the trigger's own possessor, is the visitor, and in
    `gaf zijn ambtgenoot Lavrov een waarschuwing bij een ontmoeting` the owner of a partner
    is the subject the parser may have lost. The noun a relative clause with the trigger hangs
    on is that clause's subject too: `zijn dochter Ivanka, die naar Den Haag afreist`."""
    head = token.head
    if token.pos_ != "PRON" or token.dep_ != "nmod:poss" or head == trigger or head.pos_ != "NOUN":
        return False
    return head.dep_ in ("nsubj", "nsubj:pass") or any(c.dep_.startswith("acl") and trigger in c.subtree for c in head.children)


def topic(token: Token, trigger: Token) -> bool:
    """`sprak met Merkel over Oekraïne`, `Zadelhoff in gesprek over MC Slotervaart`: what an
    `over` phrase names between the name and the trigger was talked about, not met."""
    for head in (token, *token.ancestors):
        if head == trigger:
            return False
        if has_case(head, ("over", "omtrent", "aangaande")):
            return True
    return False


def owned_by_a_thing(token: Token, trigger: Token, lexicon: Lexicon) -> bool:
    """`een harde kennismaking met de mediamacht van Forum`, `… met de mediamacht van hun
    concurrent Forum voor Democratie` (the name beside the noun of the `van` phrase), `sprak bij de herdenking van de
    V1-tragedie`: a name in the `van` phrase of a thing in a partner phrase owns what was met
    or where it happened. `met de directeur van Shell`, `met het bestuur van Ajax` meet the
    body through its people (person and representative nouns, data/lexicon/representative_nouns.txt)."""
    head = _phrase_head(token)
    if head.dep_ == "appos" and head.head.pos_ == "NOUN":
        head = head.head  # `van hun concurrent Forum`: the name stands beside the noun of the phrase
    owner = head.head
    if head.dep_ != "nmod" or not has_case(head, ("van",)) or owner == head or owner.pos_ != "NOUN" or owner == trigger:
        return False
    if not has_case(owner, ("met", "bij", "aan", "tussen")):
        return False
    return not _actor_noun(owner, lexicon)


def medium(token: Token, lexicon: Lexicon) -> bool:
    """`In gesprek met het Duitse weekblad Der Spiegel roept hij …`: a newspaper, broadcaster
    or agency met is an interview (a statement with the medium as addressee), no meeting;
    a medium noun names it right before it (data/lexicon/media_nouns.txt)."""
    head = _phrase_head(token)
    nouns = [head.head] if head.dep_ in ("appos", "flat", "nmod") and head.head.i < head.i else []
    nouns += [c for c in head.children if c.pos_ == "NOUN" and c.i < head.i]
    return any((n.lemma_ or n.text).lower() in lexicon.media_nouns or n.lower_ in lexicon.media_nouns for n in nouns)


def named_medium(token: Token, linked: LinkedEntities, lexicon: Lexicon) -> bool:
    """`zei in een gesprek met NRC`, `sprak met RTL Nieuws`: an organisation whose own name
    ends in a medium noun (`NRC Handelsblad`, `de Volkskrant`, `Leeuwarder Courant`, `De
    Nieuws BV`; data/lexicon/media_nouns.txt, a compound by its head), or that is a known
    medium by its name (`Trouw`, `NOS`, `Der Spiegel`; media_names.txt) is a medium, so the
    encounter is an interview. `Shell`, `Gemeente Utrecht` name none."""
    key = linked.key_of_token(token)
    entity = linked.by_key(key) if key is not None else None
    if entity is None or entity.type != "ORG":
        return False
    name = entity.name.lower()
    return name in lexicon.media_names or any(word.endswith(noun) for word in name.split() for noun in lexicon.media_nouns)


def interviewed(trigger: Token, clause: Token | None, linked: LinkedEntities, lexicon: Lexicon) -> bool:
    """Rule `interview_by_a_medium`: a newspaper or broadcaster is a side of the encounter,
    its subject or object or in its partner phrase, so the encounter is an interview (a
    statement to the medium, ANNOTATION.md), and those it interviewed together did not meet
    each other: `De Volkskrant sprak met Rutte en Kaag`, `gesprekken die Trouw voerde met het
    Zorginstituut en met zorgverzekeraars`, `Rutte en Kaag spraken met NRC Handelsblad`, `In
    gesprek met het weekblad Der Spiegel zeiden Rutte en Kaag …`. A medium talked about is
    no side (`Rutte sprak met Kaag over de Volkskrant`)."""
    verbs = [trigger if is_verb(trigger) else clause, *(c for c in trigger.children if c.dep_ == "acl:relcl")]  # `gesprekken die Trouw voerde`
    sides = [c for c in trigger.children if has_case(c, ("met", "tussen"))]
    sides += [c for verb in verbs if verb is not None for c in verb.children
              if c.dep_ in ("nsubj", "nsubj:pass", "obj") or has_case(c, ("met", "tussen"))]
    return any((medium(t, lexicon) or named_medium(t, linked, lexicon)) and not topic(t, trigger)
               for side in sides for t in noun_phrase(side))


QUANTIFIERS = frozenset({"veel", "vele", "enkele", "sommige", "talloze", "tal", "meerdere", "diverse"})


def counted(token: Token) -> bool:
    """`Elk voorjaar trekken duizenden Australiërs en Nieuw-Zeelanders naar Turkije`, `drie
    Amerikanen`, `veel Marokkanen`: a name counted by a number or a quantifier before it is
    so many members of a people or a body, a crowd with no name of its own, no actor
    (`De Amerikanen`, `Radio 538` count nothing). Rule `counted_members_named`: names after
    a comma behind a counted noun, which the parser coordinates with it, are the ones counted
    (`De twee leiders, Trump en Kim, ontmoetten elkaar`), each an actor."""
    name = head = _phrase_head(token)
    while head.dep_ == "conj" and head.head != head:
        head = head.head
    if head != name and head.pos_ == "NOUN" and head.i + 1 < len(head.doc) and head.doc[head.i + 1].text == ",":
        return False
    return any(c.i < head.i and ((c.dep_ == "nummod" and c.pos_ == "NUM") or (c.dep_ == "det" and c.lower_ in QUANTIFIERS))
               for c in head.children)


def _phrase_head(token: Token) -> Token:
    head = token
    while head.dep_ in ("flat", "flat:name") and head.head != head:
        head = head.head
    return head


def _actor_noun(noun: Token, lexicon: Lexicon) -> bool:
    lemma = (noun.lemma_ or noun.text).lower()
    return (_role(noun, lexicon) or lemma in lexicon.representative_nouns or lemma in lexicon.organisation_nouns
            or lemma in lexicon.government_nouns or noun.lower_ in lexicon.representative_nouns)


def affiliation(token: Token, linked: LinkedEntities, lexicon: Lexicon) -> bool:
    """A body named as whom a participant works for is no party to the encounter: in the
    `van` phrase of a role noun set in apposition to them (`een gesprek met Lone Larsen,
    directeur van het Deens Cultureel Centrum`; `met Arlene Foster, de partijleider van
    gedoogpartner DUP`), in the role word itself before their name (`DP-woordvoerder Lee`), or
    in brackets or after a comma right behind their name (`sprak met Wilders (PVV)`, `belt
    Karim Van Overmeire, Vlaams Blok-Aalst`).
    `sprak met de directeur van Shell` (no apposition, no name) leaves Shell to the rules."""
    own = linked.key_of_token(token)
    if own is not None and entity_type_of(linked, own) != "PERSON" and _role(token, lexicon) and any(
            c.dep_ in ("appos", "flat") and c.pos_ == "PROPN" for c in token.children):
        return True
    if _bracketed_after_a_person(token, linked):
        return True
    for head in (token, token.head, token.head.head):
        role = head.head
        if head.dep_ == "nmod" and has_case(head, ("van",)) and role.dep_ == "appos" and _role(role, lexicon):
            return True
        if head.dep_ not in ("flat", "flat:name", "compound", "appos"):
            break
    return False


def _bracketed_after_a_person(token: Token, linked: LinkedEntities) -> bool:
    """`Wilders (PVV)`, `Karim Van Overmeire, Vlaams Blok-Aalst`: a body or place right after a
    person's name, in brackets or after a comma. A person there is no affiliation but the next
    name of a list the parser hung as an apposition (rule `listed_person_is_no_affiliation`:
    `ontving Mark Rutte, Emmanuel Macron en Giuseppe Conte`)."""
    own = linked.key_of_token(token)
    if own is not None and entity_type_of(linked, own) == "PERSON":
        return False
    head = _phrase_head(token)
    anchor = head.head
    if head.dep_ not in ("nmod", "appos") or anchor == head or anchor.pos_ != "PROPN" or anchor.i > head.i:
        return False
    key = linked.key_of_token(anchor)
    doc = head.doc
    edge = head.left_edge.i if doc[head.left_edge.i].text in ("(", ",") else head.left_edge.i - 1  # the bracket hangs on the name or before it
    return key is not None and entity_type_of(linked, key) == "PERSON" and edge >= 0 and doc[edge].text in ("(", ",")


def in_a_range(token: Token) -> bool:
    """`met auteurs van Peter Singer tot Karl Marx`, `van Rutte tot Wilders`: the ends of a
    `van … tot …` range are examples of a kind, no parties to an encounter."""
    head = _phrase_head(token)
    start = head.head if has_case(head, ("tot",)) else head
    return has_case(start, ("van",)) and any(has_case(c, ("tot",)) for c in start.children)


def _role(word: Token, lexicon: Lexicon) -> bool:
    lemma = (word.lemma_ or word.text).lower()
    return word.pos_ == "NOUN" and (lexicon.is_person_title(lemma) or lexicon.is_person_title(word.lower_) or lemma in lexicon.person_nouns)
