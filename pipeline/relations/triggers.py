"""Trigger words: which token reports an encounter, of which type, by which construction.

In: a token of the parsed Doc and the lexicon. Out: (meeting type, `MeetingRule`) or None —
a fixed turn of phrase (`schudde Merkel de hand`, phrases.py), a trigger verb or noun of
data/lexicon/meeting_triggers.tsv (looked up by its rebuilt verb lemmas or its written form),
a compound whose head is an encounter noun, a contact verb with a reciprocal object, or a
contact verb of data/lexicon/contact_verbs.txt (whose object must be a person, parties.py). Who took part is `parties.py`; whether it happened, `meetings.py`.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.attrs import DEP, LOWER
from spacy.tokens import Token

from ..compounds import compound_parts
from ..lexicon import Lexicon
from ..schemas import MeetingRule, MeetingType
from ..tokens import children_where
from .morphology import adverb_particle_lemmas, is_verb, verb_lemmas
from .parties import boarded_vehicles, visit_destinations
from .phrases import phrase_encounter

NOUN_LIKE = frozenset({"PROPN", "ADJ"})  # what the tagger calls an encounter noun it misreads
PHRASE_MARKS = frozenset({"det", "nmod:poss", "case"})  # a word with such a child heads a phrase of its own
ELKAAR = frozenset({"elkaar"})


def trigger_type(token: Token, lexicon: Lexicon) -> tuple[MeetingType, MeetingRule] | None:
    """The encounter a word reports and the construction that says so: a trigger verb or
    noun of the lexicon, a compound of an encounter noun, or a verb with a reciprocal object
    (a noun's light verb is told apart later, once its clause is known)."""
    phrase = phrase_encounter(token, lexicon) if token.lower_ in lexicon.meeting_phrases else None
    if phrase is not None:
        return phrase[0], "fixed_phrase"
    if is_verb(token):
        lemmas = sorted(verb_lemmas(token, lexicon) | adverb_particle_lemmas(token, lexicon))
        found = next((lexicon.triggers[(lemma, "VERB")] for lemma in lemmas if (lemma, "VERB") in lexicon.triggers), None)
        if found:
            return found, "trigger_verb"
        if reciprocal_encounter(token, lexicon):
            return "meeting", "reciprocal_verb"
        # `Rutte trof Merkel`, `kwam Merkel tegen`: a contact verb, whose object must be a person (parties.py)
        if set(lemmas) & lexicon.contact_verbs:
            return "meeting", "trigger_verb"
        # `Rutte trok door Limburg`: touring through a place visits it; so does boarding for one
        # (`stapte op het vliegtuig naar Nederland`)
        travels = set(lemmas) & lexicon.touring_words or boarded_vehicles(token, lexicon)
        return ("visit", "trigger_verb") if travels and visit_destinations(token, "visit", lexicon) else None
    pos = token.pos_ if token.pos_ in lexicon.trigger_pos else "NOUN" if used_as_noun(token) else None
    if pos is None:
        return None
    for word in dict.fromkeys(((token.lemma_ or token.text).lower(), token.lower_)):
        if (word, pos) in lexicon.triggers:
            return lexicon.triggers[(word, pos)], "event_noun"
    if pos == "NOUN" and (token.lemma_ or token.text).lower() in lexicon.telephone_nouns and any(
            c.lower_ in lexicon.telephone_words for c in token.children):
        return "call", "event_noun"  # `had telefonisch contact met Merkel`; `contact met de politie` is no call
    compound = compound_encounter(token, lexicon) if pos == "NOUN" else None
    return (compound, "compound_noun") if compound else None


def used_as_noun(token: Token) -> bool:
    """A word the tagger took for a name or an adjective that stands as a noun: it heads a
    phrase with a determiner, a possessor or a preposition (`De NAVO-top met …` as PROPN,
    `tijdens zijn telefoongesprek met …` as ADJ). `Top 2000` alone, or `gesprekken` as an
    adjective's modifier, is no phrase of its own."""
    return token.pos_ in ("PROPN", "ADJ") and token.dep_ not in ("amod", "flat", "compound") and bool(
        children_where(token, DEP, PHRASE_MARKS))


def compound_encounter(noun: Token, lexicon: Lexicon) -> MeetingType | None:
    """Event-noun compound: the head of a Dutch compound decides what it is, so `spoedoverleg`,
    `topberaad`, `kennismakingsgesprek`, `werklunch`, `NAVO-top` and `ziekenhuisbezoek` report
    an encounter as their heads do (data/lexicon/meeting_compound_heads.tsv), and one whose
    modifier is a telephone or video word was a call (`videogesprek`, `telefoonoverleg`,
    data/lexicon/call_modifiers.txt). `laptop`, `bergtop` and `topman` are no encounter, nor
    is a public gathering (`protestbijeenkomst`, data/lexicon/gathering_modifiers.txt) or a
    hyphenated head after a modifier that names no summit (`VVD-top`, the party's leaders;
    data/lexicon/summit_modifiers.txt). Written closed, such a head is an encounter only after
    one of those modifiers (`minitop`, `klimaattop`; not `bergtop`)."""
    for word in dict.fromkeys(((noun.lemma_ or noun.text).lower(), noun.lower_)):
        decided, found = word_compound_encounter(word, lexicon)
        if decided:
            return found
    return None


@lru_cache(maxsize=65536)
def word_compound_encounter(word: str, lexicon: Lexicon) -> tuple[bool, MeetingType | None]:
    """`compound_encounter` of one written form or lemma, as (whether the word decides,
    the encounter): asked of every noun of every article, it depends on the word and the
    lexicon alone. A compound of a known head decides, even as no encounter (`protestbijeenkomst`)."""
    parts = compound_parts(word, lexicon.compound_heads)
    if parts is not None:
        modifier, head = parts
        bare = modifier.removesuffix("s")
        if modifier in lexicon.gathering_modifiers or bare in lexicon.gathering_modifiers:
            return True, None  # `protestbijeenkomst`, `campagnebijeenkomst`: a rally or a public session
        if lexicon.compound_heads[head][1] and not (modifier in lexicon.summit_modifiers or "-" in modifier):
            return True, None  # `VVD-top`, `KLM-top`: a body's leadership, not a summit (`NAVO-top`, `Trump-Kim-top`)
        calling = modifier in lexicon.call_modifiers or bare in lexicon.call_modifiers
        return True, "call" if calling else lexicon.compound_heads[head][0]
    closed = next((h for h, (_, hyphen_only) in lexicon.compound_heads.items() if hyphen_only and word.endswith(h)
                   and word[: -len(h)] in lexicon.summit_modifiers), None)
    if closed is not None:  # `minitop`, `klimaattop`: written closed after a summit's own modifier
        return True, lexicon.compound_heads[closed][0]
    return False, None


def reciprocal_encounter(verb: Token, lexicon: Lexicon) -> bool:
    """Reciprocal: `X en Y zagen elkaar in Rome`, `Rutte en Merkel troffen elkaar in Brussel`,
    `de twee spraken elkaar kort` — a contact verb (data/lexicon/reciprocal_verbs.txt) with
    `elkaar` as object reports that its (coordinated or group) subject met. `Ze helpen elkaar`
    and `zagen het spel` are no meeting."""
    return (any(c.dep_ in ("obj", "iobj", "expl") for c in children_where(verb, LOWER, ELKAAR))
            and bool(verb_lemmas(verb, lexicon) & lexicon.reciprocal_verbs))
