"""Who spoke, and to whom: the speaker of a cue verb (its subject, an inverted subject (inversion.py), a
`volgens X`, an apposition, a titled name, a first-person pronoun inside a quote) and the
addressee (`tegen X`, `aan X`).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from spacy.tokens import Span, Token

from ..lexicon import Lexicon
from ..linking.linked import LinkedEntities
from ..linking.pronouns import plural_subject
from ..linking.subjects import fronted_object_before_person
from ..names import fold
from ..quotes import Quote, inside_quote
from ..syntax import PERSONAL_PRONOUNS, VERB_POS, clause_phrase, has_case, noun_phrase, plural, relative_antecedent, subject_of
from .arguments import represented_bodies
from .evidence import entities_in, entity_type_of
from .inversion import POSSESSIVE_PRONOUNS, inverted_subject

FIRST_PERSON = frozenset({"ik", "wij", "we", "mij", "me", "ons"})
PLURAL_FIRST_PERSON = frozenset({"wij", "we", "ons"})
FIRST_PERSON_ANY = FIRST_PERSON | {"mijn", "onze", "m'n"}
INDEFINITE_SUBJECTS = frozenset({"iemand", "niemand", "men", "iedereen", "velen", "sommigen"})
NAME_PHRASE_POS = frozenset({"DET", "ADJ", "NOUN", "PROPN"})  # what a name with its title is made of


def addressee_of(verb: Token, linked: LinkedEntities) -> str | None:
    for child in verb.children:
        if child.dep_.startswith("obl") or child.dep_ in ("iobj", "nmod"):
            if any(c.dep_ == "case" and c.lower_ in ("aan", "tegen") for c in child.children) or child.dep_ == "iobj":
                keys = entities_in(noun_phrase(child), linked)
                if keys:
                    return keys[0]
    return None


def focused_subject(verb: Token) -> Token | None:
    """Rule `met_name_focus`: `Met name vicepremier Matteo Salvini riep La Scala op …`, parsed
    with `met name` as a preposition and its noun, the subject an oblique and the object the
    subject: `met name` (`especially`) only focuses the phrase after it, which stands in the
    subject's place before the finite verb. `Met zijn naam tekende hij …` is a real `met`."""
    doc = verb.doc
    return next((c for c in verb.children if c.i < verb.i and c.dep_.startswith("obl") and c.left_edge.i + 1 < c.i
                 and doc[c.left_edge.i].lower_ == "met" and doc[c.left_edge.i + 1].lower_ == "name"), None)


def particle_name_as_phrase(verb: Token, linked: LinkedEntities) -> Token | None:
    """Rule `particle_name_as_phrase`: `Van Lent zegt dat …`, `De Vries zegt …` opening a
    sentence, parsed with the name's particle as a preposition and the name as an oblique:
    an oblique before the verb whose `case` word lies inside the same person's mention is
    that person, the subject. `Van Rutte hoorde ik …` (a `van` outside the name) is a real
    preposition."""
    for child in verb.children:
        if child.i > verb.i or not child.dep_.startswith("obl") or (key := linked.key_of_token(child)) is None:
            continue
        if any(c.dep_ == "case" and linked.key_of_token(c) == key for c in child.children) and entity_type_of(linked, key) == "PERSON":
            return child
    return None


def speaker_of(verb: Token, linked: LinkedEntities, quote_speakers: dict[int, str], lexicon: Lexicon,
               quotes: Sequence[Quote] = ()) -> str | None:
    """The entity behind the cue verb's subject; failing that (no subject, one inside the
    quote the parser hung the verb on, or one that names nobody) the inverted-order
    position right after the verb (`vervolgde Poetin`, `zo deelde hij mee`). A `volgens X`
    on the verb makes X the speaker: `Slob heeft volgens Brussee de Kamer onjuist
    geïnformeerd` is Brussee's claim."""
    subject = subject_of(verb)
    if (subject is None or subject.i > verb.i) and (focused := focused_subject(verb) or particle_name_as_phrase(verb, linked)) is not None:
        subject = focused
    according = according_to([verb] if subject is None else [verb, subject], linked)
    if according:
        return according
    if subject is not None and subject.dep_ == "nsubj:pass" and subject.head != verb \
            and any(c.dep_ == "aux:pass" and c.lemma_ == "worden" for c in subject.head.children):
        # rule `inherited_passive_subject`: `Dat verwijt werd de gemeente ook al gemaakt`, the
        # cue word (here a noun the tagger made a verb) under a passive participle: the
        # passive's subject undergoes what the clause says, it does not speak. Only `worden`
        # makes the passive: `is het kabinet de oppositie tegemoetgekomen door aan te
        # kondigen …` (a perfect with `zijn` the parser took for one) keeps its speaker
        return None
    if subject is not None and subject.lower_ in POSSESSIVE_PRONOUNS:
        return None  # `waarin zijn schoonmoeder hem vraagt`: the subject is whoever `zijn` qualifies
    if subject is not None and any(c.dep_ == "case" and c.lower_ == "van" and linked.key_of_token(c) is None for c in subject.children):
        return None  # `Van de Spanjaarden zegt 49 procent dat …`: a share of a people polled, nobody named
    if subject is not None and not inside_quote(subject, quotes):
        key = subject_entity(subject, verb, linked, quote_speakers, lexicon)
        if key:
            return key
        # `Dat vermoeden spreekt ook officier van justitie Emi Verhoeven-Ivankovic uit`: the fronted phrase is the object
        if (name := next((n for c in verb.children if c.dep_ == "obj" and (n := fronted_object_before_person(c, lexicon))), None)) is not None:
            return linked.key_of_token(name)
        if subject.i < verb.i and (subject.lower_ in PERSONAL_PRONOUNS | INDEFINITE_SUBJECTS or (subject.pos_ == "NOUN" and opens_sentence(subject.left_edge))):
            # `Hij adviseerde GroenLinks`, `De verdachten ontkenden …`, `wanneer iemand oproept om
            # Baudet te vermoorden`: the subject stands before the verb, so what follows it is no inverted subject
            return None
    if subject is None and (key := apposition_speaker(verb, linked)):
        return key
    if (subject is None or subject.i > verb.i) and (key := fronted_speaker(verb, linked)):
        return key
    token = inverted_subject(verb, linked, lexicon)
    return linked.key_of_token(token) if token is not None else None


def apposition_speaker(verb: Token, linked: LinkedEntities) -> str | None:
    """`De opperste leider van Iran, ayatollah Khamenei, zei …` with no subject parsed (the
    title taken for a verb): a sentence that opens with a verbless phrase and the one person
    named between commas right before the verb."""
    start = verb.sent.start
    apposition = apposition_before(verb, start) if verb.i - start >= 4 else None
    if apposition is None or any(t.pos_ in VERB_POS for t in verb.doc[start:apposition.start - 1]):
        return None
    return one_person(apposition, linked)


def fronted_speaker(verb: Token, linked: LinkedEntities) -> str | None:
    """`Premier Mark Rutte, woensdag toevallig op werkbezoek in Groningen, noemde …`, `Pieter
    Winsemius, indertijd door Nijpels binnengehaald, prijst …`: a sentence that opens with a
    name (a title at most before it), then an aside between commas, then the finite verb right
    after the closing comma — the name is the subject the parser lost in the aside; so does a
    second main clause after `en`/`maar` (`_clause_opening`). A clause before the first comma
    (`Toen Rutte kwam, …`) or two names there is no such opening."""
    doc, start = verb.doc, _clause_opening(verb)
    if verb.i - start < 4 or doc[verb.i - 1].text != "," or verb.morph.get("VerbForm", []) not in ([], ["Fin"]):
        return None
    first_comma = next(i for i in range(start, verb.i) if doc[i].text == ",")
    lead = doc[start:first_comma]
    if first_comma == verb.i - 1 or not lead or any(t.pos_ not in NAME_PHRASE_POS for t in lead):
        return None
    keys = entities_in(lead, linked)
    if len(keys) != 1 or entity_type_of(linked, keys[0]) not in ("PERSON", "ORG") or linked.key_of_token(lead[-1]) != keys[0]:
        return None
    return keys[0]


def _clause_opening(verb: Token) -> int:
    """Where the verb's clause opens: its sentence's start, or for a second main clause the
    word after the coordinating `en`/`maar` before the aside that closes right before the verb
    (rule `coordinated_fronted_speaker`: `Wilders beschimpt hem en Thierry Baudet, het nieuwe
    geweten van rechts, twittert: '…'` is Baudet's tweet)."""
    doc, start = verb.doc, verb.sent.start
    aside = apposition_before(verb, start)
    if aside is None:
        return start
    joint = next((i for i in range(aside.start - 2, start, -1) if doc[i].pos_ == "CCONJ" and doc[i].lower_ in ("en", "maar")), None)
    return start if joint is None else joint + 1


def apposition_before(verb: Token, after: int) -> Span | None:
    """The words between two commas that close right before the verb (`…, ayatollah
    Khamenei, zei`), the opening comma after token `after`."""
    doc = verb.doc
    if verb.i - 1 <= after or doc[verb.i - 1].text != ",":
        return None
    opening = next((i for i in range(verb.i - 2, after, -1) if doc[i].text == ","), None)
    return doc[opening + 1:verb.i - 1] if opening is not None else None


def one_person(tokens: Iterable[Token], linked: LinkedEntities) -> str | None:
    people = [k for k in entities_in(tokens, linked) if entity_type_of(linked, k) == "PERSON"]
    return people[0] if len(people) == 1 else None


def opens_sentence(token: Token) -> bool:
    return all(t.is_punct for t in token.doc[token.sent.start:token.i])


def according_to(heads: list[Token], linked: LinkedEntities) -> str | None:
    """X of a `volgens X` on the verb or, where parsers also hang it, on its subject."""
    for child in (c for head in heads for c in head.children):
        if any(c.dep_ == "case" and c.lower_ == "volgens" for c in child.children):
            keys = entities_in((t for t in noun_phrase(child) if t.dep_ not in ("nmod:poss", "det")), linked)
            if keys:
                return keys[0]
    return None


def subject_entity(subject: Token, verb: Token, linked: LinkedEntities, quote_speakers: dict[int, str], lexicon: Lexicon) -> str | None:
    if subject.lower_ in FIRST_PERSON and subject.idx in quote_speakers:
        return quote_speakers[subject.idx]
    antecedent = relative_antecedent(subject, verb)  # "Hamid, die zei dat …": the noun the clause hangs on
    if antecedent is subject and subject.lower_ == "die" and subject.is_sent_start:  # "Die herhaalde dat …"
        return linked.demonstrative_key(subject)
    subject = antecedent
    keys = entities_in((t for t in noun_phrase(subject) if t.dep_ not in ("nmod:poss", "det")), linked)
    if keys:
        return keys[0]
    # rule `body_through_its_board`: `Het bestuur van de SGP zegt dat …` is the SGP speaking
    if bodies := represented_bodies(subject, linked, lexicon):
        return linked.key_of_token(bodies[0])
    return titled_name(subject, verb, linked, lexicon) or plural_pronoun_body(subject, linked)


def plural_pronoun_body(subject: Token, linked: LinkedEntities) -> str | None:
    """`De SDF spreken tegen dat de baby is overleden. Zij zeggen dat …`, `De Verenigde
    Staten waarschuwen … Ze eisen …`: a plural `zij`/`ze` subject (a plural verb) opening its
    sentence is the organisation or country that was the plural subject of the sentence
    before. After a person subject (`Rutte … Ze zeggen`), a singular one (`Shell zegt … Ze
    zeggen`) or none the group stays unnamed."""
    if subject.lower_ not in ("zij", "ze") or not plural_subject(subject) or subject.i != subject.sent.start or subject.i == 0:
        return None
    previous = subject.doc[subject.i - 1].sent
    # the antecedent agrees in number: `Shell zegt …` (singular) is not `Ze`
    heads = [t for t in previous if t.dep_ in ("nsubj", "nsubj:pass") and t.head.dep_ == "ROOT" and plural_subject(t)]
    keys = entities_in(noun_phrase(heads[0]), linked) if heads else []
    return keys[0] if len(keys) == 1 and entity_type_of(linked, keys[0]) in ("ORG", "PLACE") else None


def titled_name(subject: Token, verb: Token, linked: LinkedEntities, lexicon: Lexicon) -> str | None:
    """`Minister van Informatie Jorge Rodríguez noemde …`, `De opperste leider van Iran,
    ayatollah Khamenei, zei …`: a title subject whose name the parser hung inside the
    title's `van` phrase or took for a clause of its own; the one person named in the
    phrase or in the apposition between commas that closes it right before the verb."""
    title = (subject.lemma_ or subject.lower_).lower()
    # `Oud-directeur van Greenpeace Sylvia Borren`, `ex-minister …`: the title after its prefix
    if subject.pos_ != "NOUN" or not (lexicon.is_person_title(title) or lexicon.is_person_title(title.rsplit("-", 1)[-1])):
        return None
    if plural(subject) and any(has_case(c, ("van",)) for c in subject.children):
        return None  # `Leden van de familie Smit reageerden boos`: members of a group, not the one named in it
    tokens = clause_phrase(subject)
    doc = verb.doc
    if subject.i < verb.i and (apposition := apposition_before(verb, subject.i)) is not None and apposition[0].lower_ not in ("die", "dat"):
        tokens += list(apposition)  # a relative clause there (`, die met Nijpels onderhandelde,`) names others
    # `De advocaat van Begums familie`: a person in a `van` complement is someone else
    return one_person((t for t in tokens if not (t.i > 0 and doc[t.i - 1].pos_ == "ADP")), linked)


def first_person_speaker(token: Token, quotes: list[Quote], quote_speaker: dict) -> str | None:
    """Who `ik`/`we` inside a quote is: its speaker; for `we`/`wij`/`ons` the body the speaker
    speaks for when the attribution names one (`quote_speaker` values: (speaker, body))."""
    if token.lower_ not in FIRST_PERSON:
        return None
    for quote in quotes:
        if quote.start <= token.idx < quote.end:
            speaker, body = quote_speaker.get((quote.start, quote.end), (None, None))
            return body if body and token.lower_ in PLURAL_FIRST_PERSON else speaker
    return None


def speaking_for(sentence: Span, speaker: str, linked: LinkedEntities, lexicon: Lexicon) -> str | None:
    """The organisation a speaker is introduced as speaking for in the attribution sentence: a
    role compound or a role with `van` right before the name (`zegt de Heracles-directeur Rob
    Toussaint`, `aldus directeur van Shell Jan Pieters`), its organisation named in the
    article. `"We hebben morgen een gesprek met FC Twente"` is then the club's meeting. A role
    of a place or of nobody named (`de oud-directeur Jansen`) names no body."""
    names = {fold(e.name).split()[0]: e.key for e in linked.entities if e.type == "ORG" and e.name}
    for token in sentence:
        if linked.key_of_token(token) != speaker:
            continue
        for before in sentence.doc[max(sentence.start, token.i - 4):token.i]:
            if "-" in before.text and lexicon.is_person_title(before.text.rsplit("-", 1)[1]):
                body = names.get(fold(before.text.rsplit("-", 1)[0]))
                if body:
                    return body
            if before.lower_ == "van" and (key := linked.key_of_token(before.nbor(1))) and entity_type_of(linked, key) == "ORG":
                return key
        return None
    return None
