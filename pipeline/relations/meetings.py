"""Meetings: trigger words → `ArticleMeeting`s (meeting, call, visit; ANNOTATION.md).

In: the parsed Doc, its `LinkedEntities`, the article's statements (a first-person
participant inside a quote is its speaker), the lexicon. Out: each reported encounter
with two or more named participants, its place and date; cancelled, negated, hypothetical
encounters and those that receive a thing (`ontving een prijs`) are left out.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.attrs import LOWER, POS
from spacy.tokens import Doc, Token

from ..dates import resolve_date
from ..lexicon import Lexicon, load_lexicon
from ..linking.linked import LinkedEntities
from ..schemas import ArticleMeeting, ArticleStatement, DateSource
from ..syntax import VERB_POS, clause_phrase, has_case, noun_phrase
from ..tokens import token_indices
from .arguments import exemplified, verb_subject
from .bystanders import interviewed
from .calls import reported_callee
from .denial import copular_idiom, denied
from .evidence import entities_in, entity_type_of, evidence_for
from .groups import coordinated_before, group_antecedent, group_possessor, group_subject, one_sided, own_clause_group, received_by_no_one
from .joiners import besides_named, joined_encounters
from .lists import list_mates
from .morphology import is_verb, verb_lemmas
from .movements import armed_advance, organisations_on_tour
from .noun_parties import carried_by_light_verb
from .parties import meeting_parties, travel_companion, visit_destinations
from .phrases import phrase_encounter
from .speakers import speaking_for
from .triggers import NOUN_LIKE, trigger_type

SETTING_CASES = ("in", "tijdens", "bij")  # an encounter set in a debate: `in het debat`, `tijdens de persconferentie`


def clause_verb(token: Token, lexicon: Lexicon) -> Token | None:
    """The verb of the clause an encounter noun stands in, the verb that carries a fixed
    phrase (`Rutte dronk koffie met Merkel`, `dronk` tagged as an adjective), or a predicate of presence
    (`Bij het gesprek waren ook Kaag en Hoekstra aanwezig`: `aanwezig`, whose subject took
    part; data/lexicon/presence_words.txt)."""
    phrase = phrase_encounter(token, lexicon) if token.lower_ in lexicon.meeting_phrases else None
    if phrase is not None:
        return phrase[1]
    current = token
    for _ in range(6):
        if current != token and (current.pos_ in ("VERB", "AUX") or _presence_predicate(current, lexicon)):
            return current
        if current.head == current:
            return None
        current = current.head
    return None


def _presence_predicate(token: Token, lexicon: Lexicon) -> bool:
    # with a subject of its own it is predicated by a copula, wherever the parser hung `waren`
    return token.lower_ in lexicon.presence_words and any(c.dep_.startswith("nsubj") for c in token.children)


def _receives_a_thing(verb: Token, linked: LinkedEntities, lexicon: Lexicon) -> bool:
    """`ontving 350 duizend euro van Singer`, `ontmoette veel weerstand`: the verb's object is
    a thing, not a person or an actor, so nobody was met."""
    if not is_verb(verb) or lexicon.partner_verbs & verb_lemmas(verb, lexicon):  # `sprak diverse malen met X`: the partner is no object
        return False
    if verb_lemmas(verb, lexicon) & lexicon.receiving_verbs and any(
            c.dep_.startswith("obl") and has_case(c, ("van",)) for c in verb.children):
        return True  # `De informatie heeft Halsema ontvangen van de AIVD`: received from, whatever the parse made the object
    for obj in (c for c in verb.children if c.dep_ == "obj" and c.pos_ == "NOUN"):
        lemma = (obj.lemma_ or obj.lower_).lower()
        if lemma in lexicon.time_nouns:
            continue  # `ontvangt Rutte volgende week`: when, parsed as an object
        examples = [t for example in exemplified(obj, lexicon) for t in noun_phrase(example)]  # `ontmoette politici als Buma`
        named = entities_in((t for t in noun_phrase(obj) + examples if t.dep_ not in ("nmod:poss", "det")), linked)
        if not named and lemma not in lexicon.person_nouns and not lexicon.is_person_title(lemma):
            return True
    return False


def _visits_something(verb: Token, lexicon: Lexicon) -> bool:
    """A visit verb names what it visits: its object (`bezocht Berlijn`, the name parsed as
    xcomp after an inverted subject) or a `naar` destination (`reisde naar Berlijn`)."""
    return bool(visit_destinations(verb, "visit", lexicon)) or any(c.dep_ == "obj" or (c.dep_ == "xcomp" and c.pos_ == "PROPN") for c in verb.children)


def _travellers(verb: Token, visitors: list[str], linked: LinkedEntities, lexicon: Lexicon) -> list[str]:
    """Who moves, for a movement verb with a `naar` destination: the visitors named in its
    subject (`Rutte en Merkel reisden naar Berlijn`: both; `Rutte reisde naar Berlijn voor
    overleg met Merkel`: Rutte) and those who went along with them (`reisde samen met Hoekstra
    naar Berlijn`, `reisde met Hoekstra naar Berlijn`: both; parties.travel_companion). Empty
    for other visit words (`bezocht Merkel in Berlijn` is a meeting with Merkel)."""
    if not is_verb(verb) or not visit_destinations(verb, "visit", lexicon) or (subject := verb_subject(verb)) is None:
        return []
    companions = [t for c in verb.children if travel_companion(c, lexicon) for t in noun_phrase(c)]
    named = entities_in(noun_phrase(subject) + companions, linked)
    return [k for k in visitors if k in named]


def _joint_visitors(noun: Token, clause: Token | None, visitors: list[str], linked: LinkedEntities) -> list[str]:
    """Rule `joint_visit`: `Koning Willem-Alexander en koningin Máxima brachten een staatsbezoek
    aan Duitsland`: the visitors of a visit noun who all stand in the subject of its clause's
    verb travel together; they visit the place and do not meet each other. `Rutte bracht een
    bezoek aan Merkel in Berlijn` (Merkel no part of the subject) is a meeting with her."""
    if is_verb(noun) or clause is None or not visitors or (subject := verb_subject(clause)) is None:
        return []
    named = entities_in(noun_phrase(subject), linked)
    return visitors if all(k in named for k in visitors) else []


def _visit(stamp: ArticleMeeting, visitors: list[str], place: str) -> ArticleMeeting:
    """A visit of `visitors` to `place`, found, dated and evidenced as `stamp`."""
    return stamp.model_copy(update={"type": "visit", "participants": sorted([*visitors, place]), "place": place})


def _destination_places(verb: Token, linked: LinkedEntities, lexicon: Lexicon) -> list[str]:
    """The places a movement verb's `naar` phrases name (`reisde af naar Berlijn`)."""
    return [k for phrase in visit_destinations(verb, "visit", lexicon) for k in entities_in(noun_phrase(phrase), linked)
            if entity_type_of(linked, k) == "PLACE"]


def debate(verb: Token, places: list[str], linked: LinkedEntities, lexicon: Lexicon) -> bool:
    """`Rutte sprak in de Tweede Kamer met Wilders over het asielbeleid`: talk in a chamber of
    parliament is a debate, no meeting (ANNOTATION.md; data/lexicon/debate_places.tsv).
    `dineerde in de Tweede Kamer met …` and `sprak in Brussel met …` are meetings. Rule
    `chamber_as_partner`: so is talk with the chamber itself (`places` then holds the
    participants too): `Het kabinet besprak de plannen met de Tweede Kamer`."""
    chambers = lexicon.debate_places.get("place", frozenset())
    named = [entity.name for key in places if (entity := linked.by_key(key)) is not None]
    return (is_verb(verb) and bool(verb_lemmas(verb, lexicon) & lexicon.debate_places.get("verb", frozenset()))
            and any(name.lower() in chambers for name in named)) or staged_for_an_audience(verb, lexicon)


def staged_for_an_audience(trigger: Token, lexicon: Lexicon) -> bool:
    """Rule `debate_setting`: `Klaver en Baudet troffen elkaar in een tv-debat`, `Rutte sprak
    tijdens de persconferentie met Merkel`: an encounter set `in`/`tijdens`/`bij` a debate, a
    press conference or a broadcast (`event` in data/lexicon/debate_places.tsv, matched as
    the head of a compound: `lijsttrekkersdebat`) is staged for an audience, which
    ANNOTATION.md counts as no meeting. `ontmoette Merkel na het debat` (after it) and
    `tijdens de NAVO-top` (a summit) stay meetings. The setting may hang anywhere in the
    trigger's clause: in `bespreekt de begroting met Kamerlid Omtzigt in het debat` the parser
    hangs it on the partner. A debate that sets another place sets no encounter: `In de
    wandelgangen bij het debat sprak Rutte met Wilders` is a talk in its corridors. Rule
    `written_setting`: nor is talk `in` a piece written for readers (`piece`): `Merkel en
    Macron bespreken in hun brief de toekomst van Europa`, `in een gezamenlijk opiniestuk`."""
    events, pieces = lexicon.debate_places.get("event", frozenset()), lexicon.debate_places.get("piece", frozenset())
    settings = [c for c in clause_phrase(trigger) if c != trigger and c.dep_ in ("obl", "nmod", "obl:arg") and c.pos_ == "NOUN"
                and ((c.lower_.endswith(tuple(events)) and has_case(c, SETTING_CASES)) or (c.lower_.endswith(tuple(pieces)) and has_case(c, ("in",))))]
    return any(c.head == trigger or not has_case(c.head, (*SETTING_CASES, "op")) for c in settings)


def talked_with(participants: list[str], trigger: Token, linked: LinkedEntities) -> list[str]:
    """The participants `chamber_as_partner` weighs: not one named only as whose another
    participant is (`Rutte sprak met de voorzitter van de Tweede Kamer, Khadija Arib` is a
    meeting with Arib, not talk with the chamber)."""
    def owner(token: Token) -> bool:
        while token.dep_ == "flat" and token.head != token:
            token = token.head
        return token.dep_ == "nmod" and has_case(token, ("van",)) and token.head.pos_ == "NOUN"

    named = {k: [t for t in trigger.sent if linked.key_of_token(t) == k] for k in participants}
    return [k for k in participants if not (named[k] and all(map(owner, named[k])))]


def extract_meetings(doc: Doc, linked: LinkedEntities, doc_id: str, published: str | None,
                     statements: Sequence[ArticleStatement] = (), lexicon: Lexicon | None = None) -> list[ArticleMeeting]:
    """Doc + linked entities (with the quotes) + the statements found → the article's
    meetings, calls and visits (a first-person participant is the speaker of the quote)."""
    lexicon = lexicon or load_lexicon()
    quotes = linked.quotes
    quote_speaker = {(q.start, q.end): spoken for s in statements if s.type == "direct"
                     for spoken in [voice(s, doc, linked, lexicon)] for q in quotes if q.text in s.text}
    meetings: list[ArticleMeeting] = []
    candidates = token_indices(doc, POS, VERB_POS | lexicon.trigger_pos | NOUN_LIKE)
    candidates += token_indices(doc, LOWER, lexicon.meeting_phrases.keys())  # `aan tafel`: `tafel` as a particle's ADV
    for token in (doc[i] for i in sorted(set(candidates))):
        found = trigger_type(token, lexicon)
        if found is None or _named_body(token, linked):
            continue
        kind, rule = found
        clause = None if is_verb(token) else clause_verb(token, lexicon)
        if rule == "event_noun" and carried_by_light_verb(token, clause, lexicon):
            rule = "light_verb_noun"
        if denied(token, clause, lexicon) or copular_idiom(token, lexicon) or (kind == "meeting" and _receives_a_thing(token, linked, lexicon)):
            continue
        if kind == "visit" and is_verb(token) and (not _visits_something(token, lexicon) or armed_advance(token, lexicon)):
            continue  # `Rutte reisde met Merkel`: travel without a destination visits nobody
        participants, places, hosts = meeting_parties(token, clause, kind, linked, quotes, quote_speaker, lexicon)
        participants += [k for k in besides_named(token, clause, linked, lexicon) if k not in participants]
        participants += list_mates(token.sent, participants, (token, *([clause] if clause is not None else [])), linked, lexicon)
        if (rule == "reciprocal_verb" or (is_verb(token) and verb_lemmas(token, lexicon) & lexicon.partner_verbs)) and len(participants) < 2:
            # `Trump en Kim Jong-un dineren vandaag`, the coordination broken up by the parser
            participants += [k for k in coordinated_before(token, linked) if k not in participants]
        if kind == "call":  # `Linda zei dat Joëlle opbelde`: Joëlle called Linda
            participants += reported_callee(token, participants, linked, lexicon)
        sentence = token.sent
        stated = resolve_date(sentence.text, published)
        source: DateSource | None = "text" if stated else "published" if published else None
        when = stated or published
        evidence = evidence_for(sentence, doc_id)
        stamp = ArticleMeeting(type=kind, participants=[], place=None, rule=rule, evidence=evidence, date=when, date_source=source)

        if kind == "visit" and hosts:
            # `ging bij Kok in het Torentje op bezoek`: a visit to a person is a meeting with
            # that person (ANNOTATION.md), and the places named are where it was; `reisde naar
            # Berlijn voor overleg met Merkel` is a visit to Berlijn as well
            travellers = [k for k in _travellers(token, participants, linked, lexicon) if k not in hosts]
            if travellers:
                meetings += [_visit(stamp, travellers, place) for place in _destination_places(token, linked, lexicon) if place in participants]
            kind = "meeting"
            places += [k for k in participants if entity_type_of(linked, k) == "PLACE" and k not in places]
            participants = [k for k in participants if entity_type_of(linked, k) != "PLACE"]
        encounters = [m for m in meetings if m.type != "visit"]
        previous: list[str] = []
        possessed_by_group = group_possessor(token)
        if group_subject(clause if clause is not None else token, linked, lexicon) or possessed_by_group:
            # `Rutte en Merkel waren in Brussel. De twee spraken elkaar kort.`: the group named
            # just before; else `De ministers praatten Poetin bij`: the people of the encounter just reported
            previous = (possessed_by_group and own_clause_group(token, linked)) or group_antecedent(clause if clause is not None else token, linked) or (
                encounters[-1].participants if encounters else [])
            participants = [*previous, *(k for k in participants if k not in previous)]
        if not previous and (one_sided(token, clause, linked, quotes, quote_speaker, lexicon) or received_by_no_one(token, clause, participants, linked)
                             or interviewed(token, clause, linked, lexicon)):
            continue
        visited = [k for k in participants if entity_type_of(linked, k) == "PLACE"] or (
            [k for k in places if entity_type_of(linked, k) == "PLACE"] if kind == "visit" else [])
        visitors = [k for k in participants if k not in visited]
        people = [k for k in participants if entity_type_of(linked, k) == "PERSON"]
        travellers = (_travellers(token, visitors, linked, lexicon) or _joint_visitors(token, clause, visitors, linked)
                      or (previous if possessed_by_group else [])) if kind == "visit" else []
        if kind == "visit" and organisations_on_tour(token, travellers or visitors, linked, lexicon):
            continue
        if kind == "visit" and visited and visitors and (len(people) <= 1 or travellers):
            # `Blok is op bezoek in Australië en Maleisië`: one visit per place visited. `Rutte
            # reisde af naar Berlijn voor overleg met Merkel`: the travellers visit the place; the
            # encounter noun of the purpose phrase reports the meeting with Merkel itself
            meetings += [_visit(stamp, travellers or visitors, place) for place in visited]
            continue
        if kind == "visit" and not visited and visit_destinations(token, kind, lexicon):
            continue  # `Bommel en Tom Poes reizen naar een eilandengroep`: travelling together is no meeting
        if kind == "visit":
            kind = "meeting"  # a visit to a person is a meeting (ANNOTATION.md)
            participants = [k for k in participants if entity_type_of(linked, k) != "PLACE" or k not in places]
        if kind == "meeting" and debate(token, [*places, *talked_with(participants, token, linked)], linked, lexicon):
            continue
        if kind == "meeting" and any(t.lower_ in lexicon.telephone_words for t in clause_phrase(token)):
            kind = "call"
        meetings += [stamp.model_copy(update={"type": kind, "participants": sorted(group), "place": places[0] if places else None})
                     for group in _one_per_example(token, participants, linked, lexicon) if len(group) >= 2]
    return _merge_within_article(joined_encounters(doc, meetings, linked, lexicon, published))


def _one_per_example(verb: Token, participants: list[str], linked: LinkedEntities, lexicon: Lexicon) -> list[list[str]]:
    """`waarin hij politici als Klaas Dijkhoff en Sybrand Buma ontmoette`: the examples of an
    argument (arguments.exemplified) were met each on their own, not together, so one
    encounter per example; `ontmoette Dijkhoff en Buma` stays one."""
    examples = [k for c in verb.children if c.dep_ in ("obj", "nsubj", "obl", "obl:arg") for e in exemplified(c, lexicon)
                for k in entities_in(noun_phrase(e), linked) if k in participants] if is_verb(verb) else []
    if len(examples) < 2:
        return [participants]
    return [[k for k in participants if k not in examples or k == example] for example in examples]


def _named_body(noun: Token, linked: LinkedEntities) -> bool:
    """`het Klimaatberaad van Ed Nijpels`, `de Vredesconferentie`: a capitalised encounter
    noun inside an organisation's name is that body, no encounter. `De NAVO-top met …`
    (a hyphenated compound) and a noun opening its sentence still report one."""
    if is_verb(noun) or noun.is_sent_start or "-" in noun.text or not noun.text[:1].isupper():
        return False
    key = linked.key_at(noun.idx, noun.idx + len(noun.text))
    return key is not None and entity_type_of(linked, key) == "ORG"


def voice(statement: ArticleStatement, doc: Doc, linked: LinkedEntities, lexicon: Lexicon) -> tuple[str, str | None]:
    """(speaker, the body the speaker speaks for) of a direct statement, for the first persons of its quotes."""
    sentence = doc.char_span(statement.evidence.start, statement.evidence.end, alignment_mode="expand")
    return statement.speaker, speaking_for(sentence, statement.speaker, linked, lexicon) if sentence is not None else None


def _merge_within_article(meetings: list[ArticleMeeting]) -> list[ArticleMeeting]:
    """One sentence reporting one encounter twice (`ontmoeting` and `ontmoette`) → once."""
    seen: dict[tuple, ArticleMeeting] = {}
    for meeting in meetings:
        key = (tuple(meeting.participants), meeting.evidence.start)
        if key not in seen:
            seen[key] = meeting
    return list(seen.values())
