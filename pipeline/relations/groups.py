"""Groups as participants: who `de twee`, `beiden`, plural `ze` and `hun` refer to (the actors
named together just before), and the actors a misparsed coordination names before a
reciprocal verb. In: a token of the parsed Doc and the article's linked entities. Out: the
entity keys of the group, for meetings.py.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from ..lexicon import Lexicon
from ..linking.linked import LinkedEntities
from ..quotes import Quote
from ..syntax import has_case, noun_phrase, plural, subject_of
from .arguments import represented_bodies
from .evidence import entities_in, entity_type_of
from .inversion import inverted_subject
from .morphology import is_verb
from .noun_parties import carried_by_light_verb
from .speakers import first_person_speaker


def group_subject(verb: Token, linked: LinkedEntities, lexicon: Lexicon) -> bool:
    """The verb's subject is an unnamed group: `de twee`, `beiden`, `de ministers`, plural `ze`."""
    subject = subject_of(verb)
    if subject is None or any(linked.key_at(t.idx, t.idx + len(t)) for t in noun_phrase(subject)):
        return False
    word = subject.lower_
    if word in lexicon.group_subjects:
        return True
    if word in ("ze", "zij"):
        return _plural(verb)
    lemma = (subject.lemma_ or word).lower()
    return subject.pos_ == "NOUN" and lemma != word and (lemma in lexicon.person_nouns or lexicon.is_person_title(lemma))


def _plural(verb: Token) -> bool:
    """The verb, or its auxiliary, is plural. Rule `verb_final_plural`: in a subordinate
    clause the tagger reads a verb-final plural as the infinitive it is spelled like (`waar
    ze verder praten over …`, `praten` VerbForm=Inf): an `-en` form with a subject of its
    own and no `te` is that plural. `ze praat` (singular) and `om te praten` are not."""
    if "Plur" in verb.morph.get("Number", []) or "Plur" in next((a.morph.get("Number", []) for a in verb.children if a.dep_ == "aux"), []):
        return True
    return "Inf" in verb.morph.get("VerbForm", []) and verb.lower_.endswith("en") and not any(
        c.dep_ == "mark" and c.lower_ == "te" for c in verb.children)


def group_antecedent(trigger: Token, linked: LinkedEntities) -> list[str]:
    """The actors a group subject (`de twee`, `beiden`, plural `ze`) refers to: those named
    together as a subject earlier in its own sentence (rule `group_in_sentence`: `Rutte en
    Merkel kwamen aan in Brussel, waar ze met Macron spraken`), else as the subject of the
    sentence before (`Rutte en Merkel waren dinsdag in Brussel. De twee spraken elkaar
    kort.`), else the person the sentence before puts with a group (accompanied_subject).
    Empty when those subjects name fewer than two (`Rutte was in Brussel.`) or when the
    sentence opens the text."""
    sentence = trigger.sent
    group = subject_of(trigger)
    own = [t for t in sentence if group is not None and t.i < group.i and t.dep_ in ("nsubj", "nsubj:pass")
           and group not in t.subtree]
    previous = sentence.doc[sentence.start - 1].sent if sentence.start > 0 else None
    for subject in [*reversed(own), *(t for t in (previous or []) if t.dep_ in ("nsubj", "nsubj:pass"))]:
        named = [k for k in entities_in(noun_phrase(subject), linked) if entity_type_of(linked, k) in ("PERSON", "ORG")]
        if len(named) >= 2:
            return named
    return accompanied_subject(previous, linked) if previous is not None else []


def accompanied_subject(sentence: Span, linked: LinkedEntities) -> list[str]:
    """Rule `accompanied_subject`: `Zij is deze week met andere visahouders in Washington. Ze
    spreken onder meer met John Rutherford`: a person who was, as the sentence before says,
    somewhere with a group (a plural noun in a `met` phrase beside the subject) is the one
    named of the group a plural `ze` is, with the people the `met` phrase names (`Rutte was
    met Merkel en haar ministers in Kyiv`). `Rutte was met vakantie` names no group."""
    for subject in (t for t in sentence if t.dep_ in ("nsubj", "nsubj:pass")):
        key = linked.key_of_token(subject)  # a name, or a pronoun the linking resolved
        if key is None or entity_type_of(linked, key) != "PERSON":
            continue
        for company in (c for c in subject.head.children if c != subject and c.pos_ == "NOUN" and has_case(c, ("met",))):
            if plural(company):
                return [key, *(k for k in entities_in(noun_phrase(company), linked) if k != key and entity_type_of(linked, k) == "PERSON")]
    return []


def own_clause_group(noun: Token, linked: LinkedEntities) -> list[str]:
    """`Trump en Kim Jong-un schrijven elkaar sinds hun eerste ontmoeting`, `Rutte en Macron
    waren tevreden over hun overleg`: `hun` before an encounter noun is the actors named
    together as the subject of the noun's own clause. Empty when that subject names fewer than
    two (`Rutte sprak over hun ontmoeting`: whose, the sentences before say) or holds the noun;
    without a subject, the names joined right before the verb (coordinated_before)."""
    verb = next((a for a in noun.ancestors if is_verb(a) or a.pos_ == "AUX" or a.dep_ == "ROOT"), None)
    subject = subject_of(verb) if verb is not None else None
    if subject is None:  # a coordination the parser broke up: read from the words
        return coordinated_before(verb, linked) if verb is not None else []
    if noun in subject.subtree:
        return []
    named = [k for k in entities_in(noun_phrase(subject), linked) if entity_type_of(linked, k) in ("PERSON", "ORG")]
    return named if len(named) >= 2 else []


def coordinated_before(verb: Token, linked: LinkedEntities) -> list[str]:
    """`Trump en Kim Jong-un zagen elkaar`, parsed with `Kim` as an adverb: the actors named
    right before a reciprocal or a collective verb (`dineren`, partner_verbs.txt), joined by
    `en` or commas only, read from the words. `Trump zei dat Kim elkaar …` has a word between
    the names, and `DP-woordvoerder Lee sprak van …` no `en` or comma."""
    named: list[str] = []
    index = verb.i - 1
    joined = True  # whether an `en` or a comma stands between the name read and the one before it
    while index >= verb.sent.start:
        token = verb.doc[index]
        key = linked.key_at(token.idx, token.idx + len(token.text))
        if key is not None and entity_type_of(linked, key) in ("PERSON", "ORG"):
            if key not in named:
                if not joined:
                    break
                named.insert(0, key)
            joined = False
        elif token.lower_ in ("en", ",") and named:
            joined = True
        else:
            break
        index -= 1
    return named if len(named) >= 2 else []


def group_possessor(noun: Token) -> bool:
    """`Trump en Kim zagen elkaar in Hanoi. Hun ontmoeting duurde twee uur.`: `hun` before an
    encounter noun is the group named before; `zijn ontmoeting` is one person's."""
    return not is_verb(noun) and any(c.dep_ == "nmod:poss" and c.lower_ == "hun" for c in noun.children)


def one_sided(trigger: Token, clause: Token | None, linked: LinkedEntities, quotes: list[Quote], quote_speaker: dict,
              lexicon: Lexicon) -> bool:
    """`De scholieren gaan in gesprek met Rutte en Wiebes`, `zijn door Rutte en Wiebes
    uitgenodigd voor een gesprek`, an unresolved `hij sprak met X en Y`: the encounter's
    subject names nobody, so only one side of it is named and it is no meeting (ANNOTATION.md:
    "meetings whose other side is unnamed"), however many the other side holds. An encounter
    noun is one-sided so only when a light verb carries it (`had een gesprek met`, `gaan in
    gesprek met`): `De top met Rutte en Biden` has no other side to miss."""
    verb = trigger if is_verb(trigger) else clause
    if verb is None or (verb is clause and not (trigger.head == clause and carried_by_light_verb(trigger, clause, lexicon))):
        return False  # `Een filmpje over Xi's bezoek …`: the clause's subject is no side of a noun it only mentions
    subject = subject_of(verb)
    if subject is None or subject == trigger or subject.pos_ not in ("NOUN", "PRON", "PROPN") or subject.lower_ in ("er", "het", "dat", "dit", "die", "wat"):
        return False
    named = any(linked.key_of_token(t) or first_person_speaker(t, quotes, quote_speaker)
                for t in noun_phrase(subject) + represented_bodies(subject, linked, lexicon))  # `Het bestuur van Ajax`
    return not named and inverted_subject(verb, linked) is None


def received_by_no_one(trigger: Token, clause: Token | None, participants: list[str], linked: LinkedEntities) -> bool:
    """Rule `passive_without_agent`: `Rutte en Kaag werden op het paleis ontvangen`, `Ook de
    John Frostbrug en het Airborne Museum werden met een bezoek vereerd`: a passive encounter
    whose every participant stands in its subject, the side met, names no one who received
    or visited them: the other side is unnamed, so it is no meeting (ANNOTATION.md), and those
    met together did not meet each other. `werden door Xi ontvangen` and `werden met een
    bezoek van Obama vereerd` name it; `Er werd overlegd met Merkel` has no subject."""
    verb = trigger if is_verb(trigger) else clause
    if verb is None or not any(c.dep_ == "aux:pass" for c in verb.children):
        return False
    subject = subject_of(verb)
    if subject is None or subject == trigger:
        return False
    met = entities_in(noun_phrase(subject), linked)
    return bool(participants) and all(k in met for k in participants)


PAIR_WINDOW = 4  # sentences back a pair reference reaches: a pair named further off is out of the reader's mind


def pair_reference(noun: Token, linked: LinkedEntities, lexicon: Lexicon) -> list[str]:
    """Rule `pair_reference`: `Dat betekent dat Jaap van der Laan en Walter Berghorst op straat
    komen te staan. … De projectontwikkelaar heeft gesprekken gevoerd met beide huurders`: a
    plural noun that names no one, with `beide` or `de twee` (data/lexicon/pair_words.txt), is
    the pair named last before it, two actors of one type joined by `en`, in its own sentence
    or the four before; people when the noun is a person noun (`huurders`, not `de
    gemeenteraad en het college`). An earlier reference to the pair (`Beide buurmannen
    beklaagden zich …`) keeps it in mind: the four sentences count from there. Not a
    coordination of three (`Rutte, Merkel en Macron`), not a bare numeral (`met twee
    huurders` is any two), and nothing when no such pair stands near."""
    if not _pair_marked(noun, linked, lexicon):
        return []
    lemma = (noun.lemma_ or noun.lower_).lower()
    kinds = {"PERSON"} if lemma in lexicon.person_nouns or lexicon.is_person_title(lemma) else {"PERSON", "ORG"}  # `beide huurders` are people
    index, reach = noun.i - 1, _sentences_back(noun)
    while index >= reach:
        token = noun.doc[index]
        pair = _joined_pair(token, linked)
        if pair and entity_type_of(linked, pair[0]) in kinds:
            return pair
        if _pair_marked(token, linked, lexicon):
            reach = min(reach, _sentences_back(token))
        index -= 1
    return []


def _pair_marked(noun: Token, linked: LinkedEntities, lexicon: Lexicon) -> bool:
    """A plural noun without a name, with `beide` or `de twee` before it."""
    if noun.pos_ != "NOUN" or linked.key_of_token(noun) or not plural(noun):
        return False
    marked = [c for c in noun.children if c.lower_ in lexicon.pair_words and c.dep_ in ("det", "nummod", "amod")]
    return bool(marked) and (marked[0].pos_ != "NUM" or any(c.dep_ == "det" and c.lower_ in ("de", "die", "deze") for c in noun.children))


def _sentences_back(token: Token) -> int:
    """The first token of the sentence PAIR_WINDOW sentences before the token's."""
    sentence = token.sent
    for _ in range(PAIR_WINDOW):
        sentence = token.doc[sentence.start - 1].sent if sentence.start > 0 else sentence
    return sentence.start


def _joined_pair(second: Token, linked: LinkedEntities) -> list[str]:
    """`Van der Laan en Berghorst`, read at the second name: its key and its head's, when the
    head coordinates just these two with `en` and both are people (or both organisations)."""
    first = second.head
    if second.dep_ != "conj" or first.dep_ == "conj" or not any(c.dep_ == "cc" and c.lower_ == "en" for c in second.children):
        return []
    keys = [linked.key_of_token(first), linked.key_of_token(second)]
    if None in keys or keys[0] == keys[1] or sum(c.dep_ == "conj" for c in first.children) != 1:
        return []
    kinds = {entity_type_of(linked, k) for k in keys if k}
    return [k for k in keys if k] if len(kinds) == 1 and kinds <= {"PERSON", "ORG"} else []
