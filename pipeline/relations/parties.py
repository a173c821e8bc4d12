"""Who met: the named participants of a meeting trigger, from its arguments (`Poetin ontving
Kim`), its partner phrase (`sprak met Rutte`), a possessor (`Pompeo's bezoek`), the copula's
subject (`X is op bezoek in Y`) and the clause around it.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..lexicon import Lexicon
from ..linking.linked import LinkedEntities
from ..quotes import Quote
from ..syntax import SUBJECT_DEPS, clause_phrase, has_case, noun_phrase, subject_of
from .evidence import entity_type_of
from .morphology import is_verb, verb_lemmas
from .phrases import carried_phrase
from .speakers import first_person_speaker, inverted_subject


def core_arguments(verb: Token, with_objects: bool) -> list[Token]:
    """Subject (inherited through coordination and infinitival clauses), the agent of a
    passive (`Rutte werd ontvangen door Merkel`, `werd gebeld door Biden`) and objects."""
    arguments = []
    subject = subject_of(verb)
    if subject is not None:
        arguments.append(subject)
    arguments += [c for c in verb.children if c.dep_ == "obl:agent"]
    if with_objects:
        # `bezocht hij Saoedi-Arabië`: a name after an inverted subject is often parsed as xcomp
        arguments += [c for c in verb.children if c.dep_ in ("obj", "iobj") or (c.dep_ == "xcomp" and c.pos_ == "PROPN")]
        # `De premier zou nog president Trump ontmoeten` with both labelled nsubj: a verb has one subject
        arguments += [c for c in verb.children if c.dep_ in SUBJECT_DEPS and c != subject]
    return arguments


def subject_and_objects(verb: Token, with_objects: bool) -> tuple[Token | None, list[Token]]:
    """`core_arguments` as (the first, the rest); (None, []) for a verb without any."""
    arguments = core_arguments(verb, with_objects)
    return (arguments[0], arguments[1:]) if arguments else (None, [])


def _partner_phrases(head: Token) -> list[Token]:
    """`met X`, `bij X`, `tussen X en Y`, `van X` (for nouns), `aan X` (a visit's target)."""
    words = ("met", "bij", "tussen", "aan") + (("van",) if not is_verb(head) else ())
    return [c for c in head.children if (c.dep_.startswith("obl") or c.dep_.startswith("nmod")) and
            (c.dep_ == "nmod:poss" or has_case(c, words))]


def _sibling_partner(noun: Token) -> list[Token]:
    """`kwam bij de voorstelling in gesprek met X`: a `met X` right after the noun that the
    parser hung on the noun's head instead of on the noun."""
    if noun.head == noun:
        return []
    return [p for p in _partner_phrases(noun.head) if p.left_edge.i == noun.i + 1 and has_case(p, ("met",))]


def _possessor_before(noun: Token) -> list[Token]:
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


def _copula_subject(noun: Token) -> list[Token]:
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


def _purpose(noun: Token) -> bool:
    """`voor een bezoek`, `voor overleg`: an indefinite or bare noun after `voor` is what the
    clause is for; `voor de top`, `voor zijn uitreis` is before it."""
    return has_case(noun, ("voor",)) and not any(
        c.dep_ == "nmod:poss" or (c.dep_ == "det" and c.lower_ in ("de", "het", "die", "dat", "deze", "dit")) for c in noun.children)


def _locative_predicate(noun: Token) -> list[Token]:
    """`Rutte is in Berlijn voor overleg met Merkel`: an encounter noun on a locative
    predicate of `zijn` → the predicate's subject and the place (the subject takes part, the
    place is where). `Het boek is in Berlijn` has no encounter noun; `is blij met het overleg`
    no locative."""
    predicate = noun.head
    if predicate == noun or not has_case(predicate, ("in", "te", "op")) or not any(c.dep_ == "cop" for c in predicate.children):
        return []
    subjects = [c for c in predicate.children if c.dep_ in SUBJECT_DEPS]
    return [*noun_phrase(subjects[0]), predicate] if subjects else []


def _aside_anchor(noun: Token, linked: LinkedEntities) -> list[Token]:
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
    return [p for p in _partner_phrases(clause) if has_case(p, ("met", "bij", "aan", "tussen"))]


def _carries(clause: Token, noun: Token, lexicon: Lexicon) -> bool:
    return (noun.head == clause and noun.dep_ in ("obj", "obl", "nsubj:pass") and _light_verb(clause, lexicon)) or carried_phrase(noun, clause, lexicon)


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
    subject phrase, its partner phrases)."""
    for clause in (c for c in noun.children if c.dep_.startswith("acl")):
        if _light_verb(clause, lexicon):
            subject = subject_of(clause)
            subject_phrase = noun_phrase(subject) if subject is not None and subject.lower_ not in ("dat", "die") else []
            # `het gesprek dat Rutte met Merkel had`: parsers also hang the partner on the subject
            hosts = [clause, subject] if subject is not None else [clause]
            return subject_phrase, [p for head in hosts for p in _partner_phrases(head) if has_case(p, ("met", "bij", "tussen"))]
    return [], []


def visit_destinations(trigger: Token, kind: str, lexicon: Lexicon) -> list[Token]:
    """Movement: `X reisde af naar Berlijn`, `vloog naar Washington`, `zijn reis naar Rusland`:
    for a visit, a `naar` phrase names the place visited; for a word of touring
    (data/lexicon/touring_words.txt) a `door` phrase does too: `trok door Limburg`, `maakte
    een rondreis door Indonesië`. `werd bezocht door Rutte` names the visitor."""
    if kind != "visit":
        return []
    cases = ("naar", "door") if touring(trigger, lexicon) else ("naar",)
    return [c for c in trigger.children if (c.dep_.startswith("obl") or c.dep_.startswith("nmod")) and has_case(c, cases)]


def touring(word: Token, lexicon: Lexicon) -> bool:
    """A verb or noun of travelling through a place (`trekken`, `toeren`, `rondreis`), its
    compounds by their head (`rondreis` → `reis`)."""
    forms = verb_lemmas(word, lexicon) if is_verb(word) else {(word.lemma_ or word.text).lower(), word.lower_}
    return any(form in lexicon.touring_words or any(form.endswith(w) for w in lexicon.touring_words if not is_verb(word)) for form in forms)


def _locative(token: Token) -> bool:
    """`in Sotsji`, `te Den Haag`, `in de badplaats Sotsji`: the place's phrase has a locative case."""
    for head in (token, token.head, token.head.head):
        if has_case(head, ("in", "te", "op")):
            return True
        if head.dep_ not in ("flat", "appos", "flat:name", "compound", "nmod", "conj", "amod"):
            break
    return False


def meeting_parties(trigger: Token, clause: Token | None, kind: str, linked: LinkedEntities,
                     quotes: list[Quote], quote_speaker: dict, lexicon: Lexicon) -> tuple[list[str], list[str], list[str]]:
    """(participants, places named around the trigger, hosts). People and organisations take
    part wherever they are named; a place only as a core argument (`Rusland en China
    overleggen`) or as a visit's target, otherwise it is where the meeting was. A visit's
    target that is a person is its host (`ging bij Kok op bezoek`: a meeting with Kok); one that
    is an organisation is where the visitor went, not a visitor (`reisde naar het Europees
    Hof in Straatsburg`)."""
    core: list[Token] = []
    around: list[Token] = []
    people_only: list[Token] = []
    destinations = visit_destinations(trigger, kind, lexicon)
    around += [t for p in destinations for t in clause_phrase(p)]
    partners = _partner_phrases(trigger)
    if not is_verb(trigger):
        light = light_verb_partners(trigger, clause, lexicon)
        relative_subject, relative_partners = relative_light_verb(trigger, lexicon)
        core += relative_subject
        light += relative_partners
        partners += light
        around += [t for p in light for t in clause_phrase(p)]
        around += [t for t in clause_phrase(trigger) if t != trigger]
        around += [t for p in _sibling_partner(trigger) for t in clause_phrase(p)]
        if clause is not None and trigger.head == clause and (trigger.dep_ in SUBJECT_DEPS or _purpose(trigger)):
            # `De top met … vond plaats in Vilnius`, `arriveerde in Berlijn voor een tweedaags
            # bezoek`: where the encounter its verb's subject or purpose is, the verb says
            around += [t for c in clause.children if c.dep_.startswith("obl") and has_case(c, ("in", "te", "op")) for t in clause_phrase(c)]
        core += _possessor_before(trigger)
        visitor = _copula_subject(trigger) or _aside_anchor(trigger, linked)
        core += visitor
        if not visitor and (present := _locative_predicate(trigger)):
            core += present[:-1]
            around.append(present[-1])
            visitor = present
        if clause is not None and trigger.dep_ not in SUBJECT_DEPS and not visitor:
            subject, objects = subject_and_objects(clause, with_objects=True)
            subject_phrase = noun_phrase(subject) if subject is not None else []
            # `"We hebben morgen een gesprek met X", zegt Y`: a first-person subject is the quote's speaker
            if not any(linked.key_of_token(t) or first_person_speaker(t, quotes, quote_speaker) for t in subject_phrase):
                inverted = inverted_subject(clause, linked)
                subject_phrase = [inverted] if inverted is not None else []
            core += subject_phrase
            people_only += [t for o in objects for t in noun_phrase(o)]
    else:
        lemmas = verb_lemmas(trigger, lexicon)
        partner_verb = bool((lexicon.partner_verbs | lexicon.contact_verbs) & lemmas)
        subject, objects = subject_and_objects(trigger, with_objects=not partner_verb)
        if lexicon.contact_verbs & lemmas:  # `werd getroffen door storm Ciara`: hit, not met
            objects = [o for o in objects if o.dep_ != "obl:agent"]
        core += noun_phrase(subject) if subject is not None else []
        core += [t for o in objects for t in noun_phrase(o)]
        if partner_verb:
            # `heeft Merkel gisteren gesproken`, `trof Merkel in Brussel`: a person as the object
            # of a partner or contact verb was met, as is a second "subject" the parser gave it
            # (`Rutte sprak Merkel na afloop`); `Ajax trof PSV` and `trof maatregelen` met nobody
            people_only += [t for o in trigger.children if o.dep_ == "obj" or (o.dep_ in SUBJECT_DEPS and o != subject)
                            for t in noun_phrase(o)]
        around += [t for o in objects for t in clause_phrase(o) if t not in noun_phrase(o)]
        around += [t for p in _partner_phrases(trigger) for t in clause_phrase(p)]
        # `sprak de minister met haar collega X`: parsers hang the partner on the inverted subject
        if subject is not None and subject.i > trigger.i:
            around += [t for p in _partner_phrases(subject) if has_case(p, ("met",)) for t in clause_phrase(p)]
        # `sprak diverse malen met X`, `onderhandelde gedurende lange tijd met X`: parsers hang
        # the partner on the verb's measure object or time adverbial
        around += [t for o in trigger.children if o.dep_ == "obj" or (o.dep_.startswith("obl") and o.pos_ == "NOUN")
                   for p in _partner_phrases(o) if has_case(p, ("met",)) for t in clause_phrase(p)]
        around += [t for c in trigger.children if (c.dep_.startswith("obl") or c.dep_.startswith("nmod")) and has_case(c, ("in", "te", "op")) for t in clause_phrase(c)]
    participants: list[str] = []
    places: list[str] = []
    # what a visit goes to: its `aan`/`bij`/`naar` phrases, never its possessor (`zijn bezoek` is the visitor's)
    targets = {t.i for p in (*partners, *destinations) if p.dep_ != "nmod:poss" for t in noun_phrase(p)} if kind == "visit" else set()
    hosts: list[str] = []
    for token in core + people_only + around:
        key = first_person_speaker(token, quotes, quote_speaker) or linked.key_of_token(token)
        if not key or (token in people_only and entity_type_of(linked, key) != "PERSON"):
            continue
        if token.i in targets and token not in core and entity_type_of(linked, key) != "PLACE":
            if entity_type_of(linked, key) == "PERSON" and key not in hosts:
                hosts.append(key)
            elif entity_type_of(linked, key) != "PERSON":
                continue
        kind_of = entity_type_of(linked, key)
        if kind_of == "ORG" and token not in core and token.i not in targets and _locative(token):
            # `sprak in de Tweede Kamer met Wilders`, `op bezoek in het Witte Huis`: a body
            # named where the encounter took place is its place, not a party to it
            if key not in places:
                places.append(key)
        elif kind_of == "PLACE" and token not in core and token.i not in targets:
            if key not in places and _locative(token):
                places.append(key)
        elif key not in participants:
            participants.append(key)
    return participants, places, hosts
