"""Who met: the named participants of a meeting trigger, from its arguments (`Poetin ontving
Kim`, `werd ontvangen door Merkel`), its partner phrase (`sprak met Rutte`), what an encounter
noun takes (noun_parties.py) and the clause around it; places named there are where it was,
bodies a participant works for (`X, directeur van Shell`) no party to it.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..lexicon import Lexicon
from ..linking.linked import LinkedEntities
from ..quotes import Quote
from ..syntax import SUBJECT_DEPS, clause_phrase, has_case, noun_phrase, relative_antecedent
from .arguments import (
    comitative,
    exemplified,
    misparsed_name_object,
    modal_governor,
    passive_agents,
    represented_bodies,
    stranded_arguments,
    time_adverbials,
    time_appositions,
    verb_subject,
)
from .bystanders import bystander
from .evidence import entity_type_of
from .groups import pair_reference
from .inversion import inverted_subject
from .morphology import adverb_particle_lemmas, is_verb, verb_lemmas
from .noun_parties import (
    aside_anchor,
    carried_by_light_verb,
    copula_subject,
    light_verb_partners,
    locative_predicate,
    partner_phrases,
    possessor_before,
    purpose,
    relative_light_verb,
    sibling_partner,
)
from .speakers import first_person_speaker


def core_arguments(verb: Token, with_objects: bool, lexicon: Lexicon) -> list[Token]:
    """Subject (inherited through coordination and infinitival clauses), the agent of a
    passive (`Rutte werd ontvangen door Merkel`, `werd gebeld door Biden`) and objects."""
    arguments = []
    subject = verb_subject(verb)
    if subject is not None:
        subject = relative_antecedent(subject, verb)
        arguments.append(subject)
    else:
        arguments += stranded_arguments(verb, lexicon)
        subject = arguments[0] if arguments else None
    arguments += passive_agents(verb)
    if with_objects:
        arguments += time_appositions(verb, lexicon)
        # `Rutte heeft Merkel in een gesprek gevraagd`, `Rutte heeft Merkel gisteren ontmoet` with
        # Rutte the subject of `heeft`: parsers hang arguments on the auxiliary too
        heads = [verb, *(c for c in verb.children if c.dep_.startswith("aux"))]
        arguments += [c for head in heads for c in head.children if c.dep_ in ("obj", "iobj") or (misparsed_name_object(c) and c != subject)]
        # `De premier zou nog president Trump ontmoeten` with both labelled nsubj: a verb has one subject
        arguments += [c for head in heads for c in head.children if c.dep_ in SUBJECT_DEPS and c != subject]
        # `In de documentaire ontmoeten Jan Kloppenburg, de vader van Joes, en Yiannis Zafiris
        # elkaar`, `ontmoette Rutte, premier van Nederland, de Franse president Macron`: a verb
        # has no apposition, so a noun phrase the parser hung on it as one is its argument
        # (and a name it coordinated with the verb, not with the name before)
        arguments += [c for c in verb.children if c.dep_ in ("appos", "parataxis", "conj") and c.pos_ in ("PROPN", "NOUN")
                      and (c.dep_ != "conj" or c.ent_type_)]
    return arguments


def subject_and_objects(verb: Token, with_objects: bool, lexicon: Lexicon) -> tuple[Token | None, list[Token]]:
    """`core_arguments` as (the first, the rest); (None, []) for a verb without any."""
    arguments = core_arguments(verb, with_objects, lexicon)
    return (arguments[0], arguments[1:]) if arguments else (None, [])


def visit_destinations(trigger: Token, kind: str, lexicon: Lexicon) -> list[Token]:
    """Movement: `X reisde af naar Berlijn`, `vloog naar Washington`, `zijn reis naar Rusland`:
    for a visit, a `naar` phrase names the place visited; for a word of touring
    (data/lexicon/touring_words.txt) a `door` or `langs` phrase does too: `trok door Limburg`,
    `maakte een rondreis door Indonesië`, `een tournee langs Amsterdam en Utrecht`; for a verb
    of arrival (data/lexicon/arrival_verbs.txt) an `in`/`op` phrase: `landde in Kyiv`; for a
    verb of dropping in (drop_in_verbs.txt) a `bij` phrase: `ging langs bij Merkel`. `werd
    bezocht door Rutte` names the visitor."""
    if kind != "visit":
        return []
    cases = ("naar", "door", "langs") if touring(trigger, lexicon) else ("naar",)
    if is_verb(trigger) and verb_lemmas(trigger, lexicon) & lexicon.arrival_verbs:
        cases = (*cases, "in", "op")  # `landde maandag in Kyiv`, `kwam aan op Schiphol`
    if is_verb(trigger) and (verb_lemmas(trigger, lexicon) | adverb_particle_lemmas(trigger, lexicon)) & lexicon.drop_in_verbs:
        cases = (*cases, "bij")  # `ging woensdag langs bij Merkel`
    found = [c for c in trigger.children if (c.dep_.startswith("obl") or c.dep_.startswith("nmod")) and has_case(c, cases)]
    # `stapte op het vliegtuig naar Nederland`, `nam de trein naar Brussel`: the vehicle's destination
    return found + [d for v in boarded_vehicles(trigger, lexicon) for d in v.children if d.dep_.startswith("nmod") and has_case(d, ("naar",))]


def travel_companion(phrase: Token, lexicon: Lexicon) -> bool:
    """Rule `travel_companion`: who went along with a traveller, not whom the traveller met:
    `samen met Hoekstra` (arguments.comitative), and a bare `met` phrase of a verb of movement
    with a destination (visit_destinations) standing before it: `Rutte reisde dinsdag met
    Hoekstra naar Berlijn`, `De koning vloog met Máxima naar Japan`. `reisde naar Berlijn voor
    overleg met Merkel` (the `met` of the noun, whichever word the parser hung it on) and
    `sprak met Merkel` (no movement) are encounters."""
    if comitative(phrase, lexicon):
        return True
    verb = phrase.head
    return (has_case(phrase, ("met",)) and phrase.dep_.startswith("obl") and verb != phrase and is_verb(verb)
            and any(lexicon.triggers.get((lemma, "VERB")) == "visit" for lemma in verb_lemmas(verb, lexicon))
            and any(phrase.i < d.left_edge.i for d in visit_destinations(verb, "visit", lexicon)))


def boarded_vehicles(verb: Token, lexicon: Lexicon) -> list[Token]:
    """The vehicle a verb of boarding (boarding_verbs.txt) takes: `stapte op het vliegtuig`,
    `nam de nachttrein`, a noun of vehicle_nouns.txt or a compound of one. `nam een besluit`
    boards nothing."""
    if not is_verb(verb) or not verb_lemmas(verb, lexicon) & lexicon.boarding_verbs:
        return []
    return [c for c in verb.children if (c.dep_ == "obj" or c.dep_.startswith("obl")) and c.pos_ == "NOUN"
            and any((c.lemma_ or c.text).lower().endswith(v) or c.lower_.endswith(v) for v in lexicon.vehicle_nouns)]


def touring(word: Token, lexicon: Lexicon) -> bool:
    """A verb or noun of travelling through a place (`trekken`, `toeren`, `rondreis`), its
    compounds by their head (`rondreis` → `reis`)."""
    forms = verb_lemmas(word, lexicon) if is_verb(word) else {(word.lemma_ or word.text).lower(), word.lower_}
    return any(form in lexicon.touring_words or any(form.endswith(w) for w in lexicon.touring_words if not is_verb(word)) for form in forms)


def _locative(token: Token, cases: tuple[str, ...] = ("in", "te", "op")) -> bool:
    """`in Sotsji`, `te Den Haag`, `in de badplaats Sotsji`: the place's phrase has a locative case."""
    for head in (token, token.head, token.head.head):
        if has_case(head, ("met", "tussen")):
            return False  # `In gesprek met het bedrijf X`: the partner, however deep the `in` above it
        if has_case(head, cases):
            return True
        if head.dep_ not in ("flat", "appos", "flat:name", "compound", "nmod", "conj", "amod"):
            break
    return False


def _names_its_own_side(noun: Token, linked: LinkedEntities) -> bool:
    """`Tijdens een bezoek van Obama aan Atlanta liet de Secret Service …`, `bij een staatsbezoek
    van koningin Beatrix`: an encounter noun whose `van` phrase or genitive names who took part
    does not take its clause's subject as well. `Tijdens zijn telefoongesprek met Biden zei
    Rutte` (a pronoun's possessive, said of the subject) does."""
    owners = [c for c in noun.children if c.dep_ == "nmod" and has_case(c, ("van",))] + possessor_before(noun)
    return any(linked.key_of_token(t) for o in owners for t in noun_phrase(o))


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
    actors_only: list[Token] = []  # a person or a body, never a place
    destinations = visit_destinations(trigger, kind, lexicon)
    around += [t for p in destinations for t in clause_phrase(p)]
    partners = partner_phrases(trigger)
    if not is_verb(trigger):
        light = light_verb_partners(trigger, clause, lexicon)
        relative_subject, relative_partners = relative_light_verb(trigger, lexicon)
        core += relative_subject
        light += relative_partners
        partners += light
        around += [t for p in light for t in clause_phrase(p)]
        around += [t for t in clause_phrase(trigger) if t != trigger]
        around += [t for p in sibling_partner(trigger) for t in clause_phrase(p)]
        if clause is not None and trigger.head == clause and (trigger.dep_ in SUBJECT_DEPS or purpose(trigger)):
            # `De top met … vond plaats in Vilnius`, `arriveerde in Berlijn voor een tweedaags
            # bezoek`: where the encounter its verb's subject or purpose is, the verb says
            around += [t for c in clause.children if c.dep_.startswith("obl") and has_case(c, ("in", "te", "op")) for t in clause_phrase(c)]
        core += possessor_before(trigger)
        visitor = copula_subject(trigger) or aside_anchor(trigger, linked)
        core += visitor
        if not visitor and (present := locative_predicate(trigger)):
            core += present[:-1]
            around.append(present[-1])
            visitor = present
        if clause is not None and trigger.dep_ not in SUBJECT_DEPS and not visitor and (
                carried_by_light_verb(trigger, clause, lexicon) or not _names_its_own_side(trigger, linked)):
            subject, objects = subject_and_objects(clause, True, lexicon)
            subject_phrase = noun_phrase(subject) + represented_bodies(subject, linked, lexicon) if subject is not None else []
            # `"We hebben morgen een gesprek met X", zegt Y`: a first-person subject is the quote's speaker
            if not any(linked.key_of_token(t) or first_person_speaker(t, quotes, quote_speaker) for t in subject_phrase):
                inverted = inverted_subject(clause, linked)
                # `Dinsdag was er in Parijs een minitop tussen …`: a name in a prepositional phrase is no subject
                in_phrase = inverted is not None and (any(c.dep_ == "case" for c in inverted.children) or inverted.doc[inverted.i - 1].pos_ == "ADP")
                subject_phrase = [inverted] if inverted is not None and not in_phrase else []
            core += subject_phrase
            people_only += [t for o in objects for t in noun_phrase(o)]
            people_only += [t for a in _addressees(clause, trigger, lexicon) for t in noun_phrase(a)]
    else:
        lemmas = verb_lemmas(trigger, lexicon)
        partner_verb = bool((lexicon.partner_verbs | lexicon.contact_verbs) & lemmas)
        subject, objects = subject_and_objects(trigger, not partner_verb, lexicon)
        if lexicon.contact_verbs & lemmas:  # `werd getroffen door storm Ciara`: hit, not met
            objects = [o for o in objects if o not in passive_agents(trigger)]
        core += _with_examples(subject, linked, lexicon) if subject is not None else []
        core += [t for o in objects for t in _with_examples(o, linked, lexicon)]
        if partner_verb:
            # `heeft Merkel gisteren gesproken`, `trof Merkel in Brussel`: a person as the object
            # of a partner or contact verb was met, as is a second "subject" the parser gave it
            # (`Rutte sprak Merkel na afloop`); `Ajax trof PSV` and `trof maatregelen` met nobody
            # (`sprak vloeiend Engels`, `Groningen sprak Fries`: a language is what is spoken; languages.txt)
            people_only += [t for o in trigger.children if (o.dep_ == "obj" or misparsed_name_object(o) or (o.dep_ in SUBJECT_DEPS and o != subject))
                            and o.lower_ not in lexicon.languages for t in noun_phrase(o)]
            people_only += [t for o in time_appositions(trigger, lexicon) for t in noun_phrase(o)]
        around += [t for o in objects for t in clause_phrase(o) if t not in noun_phrase(o)]
        around += [t for p in partner_phrases(trigger) for t in clause_phrase(p)]
        if kind == "call":  # `belden naar de collega's van Vogelopvang de Wulp`: who is called, not where
            actors_only += [t for c in trigger.children if c.dep_.startswith("obl") and has_case(c, ("naar",)) for t in clause_phrase(c)]
        # `sprak de minister met haar collega X`: parsers hang the partner on the inverted subject
        if subject is not None and subject.i > trigger.i:
            around += [t for p in partner_phrases(subject) if has_case(p, ("met",)) for t in clause_phrase(p)]
        # `sprak diverse malen met X`, `onderhandelde gedurende lange tijd met X`: parsers hang
        # the partner on the verb's measure object or time adverbial
        around += [t for o in trigger.children if o.dep_ == "obj" or (o.dep_.startswith("obl") and o.pos_ == "NOUN")
                   for p in partner_phrases(o) if has_case(p, ("met",)) for t in clause_phrase(p)]
        # `gaat dinsdag met Merkel praten`, `gaat volgende week met Merkel praten`: on the modal
        # governor, or on its time adverbial
        around += [t for o in modal_governor(trigger, lexicon) + [o for o in time_adverbials(trigger, lexicon) if o.head != trigger]
                   for p in partner_phrases(o) if has_case(p, ("met",)) for t in clause_phrase(p)]
        around += [t for c in trigger.children if (c.dep_.startswith("obl") or c.dep_.startswith("nmod")) and has_case(c, ("in", "te", "op")) for t in clause_phrase(c)]
        # `ontmoet Merkel volgende week in Brussel`: parsers hang the place on the time adverbial
        around += [t for o in time_adverbials(trigger, lexicon) for c in o.children
                   if c.dep_.startswith("nmod") and has_case(c, ("in", "te")) for t in clause_phrase(c)]
    participants: list[str] = []
    places: list[str] = []
    # what a visit goes to: its `aan`/`bij`/`naar` phrases, never its possessor or `van` phrase (`zijn bezoek` is the visitor's)
    # `reisde samen met Hoekstra naar Berlijn`: who went along is no host
    targets = {t.i for p in (*partners, *destinations) if p.dep_ != "nmod:poss" and not has_case(p, ("van",)) and not travel_companion(p, lexicon)
               for t in noun_phrase(p)} if kind == "visit" else set()  # `het bezoek van Obama`: the visitor
    hosts: list[str] = []
    for token in core + people_only + actors_only + around:
        if token.pos_ in ("ADP", "DET", "PUNCT", "CCONJ") or bystander(token, trigger, linked, lexicon, token in core):
            continue  # `in` of `rechtbank in Krefeld`: a function word inside a name says nothing of its role
        key = first_person_speaker(token, quotes, quote_speaker) or linked.key_of_token(token)
        if not key and token not in actors_only:  # `met beide huurders`: the pair named before
            participants += [k for k in pair_reference(token, linked, lexicon) if k not in participants]
        if not key or (token in people_only and entity_type_of(linked, key) != "PERSON") or (
                token in actors_only and entity_type_of(linked, key) == "PLACE"):
            continue
        if token.i in targets and token not in core and entity_type_of(linked, key) != "PLACE":
            if _among_places(token, linked):
                continue  # `een tournee langs Amsterdam, Utrecht en Drachten`, the town typed a person
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
        elif kind_of == "PLACE" and token not in core and (token.i not in targets or _locative(token, ("bij",))):
            # `in Maranello bij Modena`: beside a place is where too, beside a person is with them
            if key not in places and _locative(token, ("in", "te", "op", "bij")):
                places.append(key)
        elif key not in participants:
            participants.append(key)
    return participants, places, hosts


def _with_examples(token: Token, linked: LinkedEntities, lexicon: Lexicon) -> list[Token]:
    """A verb's argument with the names it gives as examples (`politici als Dijkhoff en Buma`)
    and the body it acts for as its board (`het bestuur van Ajax`)."""
    return noun_phrase(token) + [t for example in exemplified(token, lexicon) for t in noun_phrase(example)] + represented_bodies(token, linked, lexicon)


def _among_places(token: Token, linked: LinkedEntities) -> bool:
    """A name coordinated with places in a visit's target (`langs Amsterdam, Utrecht en
    Drachten`) is one more place, whatever type the entity stage gave it."""
    phrase_head = token if token.dep_ != "flat" else token.head
    neighbours = [phrase_head.head] if phrase_head.dep_ == "conj" else []
    neighbours += [c for c in phrase_head.children if c.dep_ == "conj"]
    return any(entity_type_of(linked, key) == "PLACE" for n in neighbours if (key := linked.key_of_token(n)))


def _addressees(verb: Token, noun: Token, lexicon: Lexicon) -> list[Token]:
    """`In een telefoongesprek vertelde Rutte aan Merkel …`, `Tijdens het gesprek zei Rutte
    tegen Merkel …`: the one a speech verb (speech_verbs.txt) addresses within an encounter its
    clause names was in it. Not the encounter noun's own phrase, nor a verb that speaks to
    nobody (`zei Rutte in een gesprek met de krant`)."""
    if (verb.lemma_ or "").lower() not in lexicon.speech_verbs and not verb_lemmas(verb, lexicon) & lexicon.speech_verbs:
        return []
    return [c for c in verb.children if c != noun and c.dep_.startswith("obl") and has_case(c, ("tegen", "aan"))]
