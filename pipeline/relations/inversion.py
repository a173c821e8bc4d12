"""The subject of an inverted clause: after the finite verb of a cue's chain (`…, zei Rutte`,
`Dat heeft minister Blok bekendgemaakt`, `…, laat de NS weten`), where parsers often lose it,
with its title, a described speaker's apposition and the body a title names.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..lexicon import Lexicon
from ..linking.institutions import portfolio_lengths
from ..linking.linked import LinkedEntities
from ..syntax import POSSESSIVES, VERB_POS, perfect_auxiliary
from .appositions import name_after_description
from .arguments import represented_bodies
from .evidence import person_after_body

POSSESSIVE_PRONOUNS = POSSESSIVES | {"mijn", "m'n", "z'n", "onze", "ons"}
AMONG_OTHERS = frozenset({"onder anderen", "onder andere", "onder meer"})
OBJECT_PRONOUNS = frozenset({"hem", "haar", "hen", "hun", "mij", "me", "ons", "jou", "jullie"})
TITLE_REACH = 6  # tokens of an inverted subject's title before its name: `zei officier van justitie Hannah Huizenga`
TITLE_POS = frozenset({"DET", "ADJ", "NOUN"})


def finite_candidates(verb: Token) -> set[Token]:
    """The verb, the verbs its infinitive chain hangs on (`heeft … laten weten`: `laten`,
    `heeft`) and their perfect auxiliaries: one of them is the clause's finite verb."""
    chain = [verb]
    while chain[-1].dep_ == "xcomp" and chain[-1].head.pos_ in VERB_POS and len(chain) < 4:
        chain.append(chain[-1].head)
    return {*chain, *(a for a in map(perfect_auxiliary, chain) if a is not None), *filter(None, map(infinitive_for_participle, chain))}


def infinitive_for_participle(verb: Token) -> Token | None:
    """Rule `infinitive_for_participle`: the finite `hebben` of a perfect tense whose
    participle is written as an infinitive because another infinitive hangs on it (`Dit
    heeft Smits de Staten laten weten`, `Dat heeft zij willen zeggen`), the parser making
    `hebben` the infinitive's aux: `laten` is no participle, yet `heeft` is the finite verb
    and its inverted subject stands right after it. A `hebben` after the infinitive (`…
    dat hij dit laten weten heeft`) or none is no such perfect."""
    if "Inf" not in verb.morph.get("VerbForm", []) and not any(c.dep_ == "xcomp" and c.pos_ in VERB_POS for c in verb.children):
        return None
    return next((c for c in verb.children if c.dep_ == "aux" and c.lemma_ == "hebben" and c.i < verb.i), None)


def inverted_subject(verb: Token, linked: LinkedEntities, lexicon: Lexicon | None = None) -> Token | None:
    """The first entity token in the subject position of V2 inversion: right after the
    finite verb, which is the verb itself, the auxiliary of its perfect tense or the verb
    its infinitive hangs on (`Dat heeft minister Blok bekendgemaakt`, `vervolgde Poetin`,
    `Dit heeft Smits laten weten`), after `onder anderen` (`hebben onder anderen acteur
    George Clooney … opgeroepen`), before any subordinate clause opens (`ontkenden dat ze
    …`). Parsers often miss inverted subjects. Rule `title_tagged_otherwise`: with the
    `lexicon`, a word of person_titles.txt is a title whatever its tag (`zei de Drentse
    gedeputeerde Tjibbe Stelpstra`, `gedeputeerde` tagged a participle), and so is the one
    lowercase word of its field after it (`zegt hoogleraar gezondheidsrecht Martin Buijsen`),
    and so is a capitalised portfolio after its `van` (`_title_portfolio`)."""
    doc = verb.doc

    def titled(token: Token) -> bool:
        return lexicon is not None and token.is_lower and lexicon.is_person_title(token.lower_)

    def field(token: Token) -> bool:  # `hoogleraar gezondheidsrecht`, the field tagged a participle
        return token.is_lower and token.pos_ != "ADP" and token.i > 0 and titled(doc[token.i - 1])

    start = min(finite_candidates(verb), key=lambda t: t.i).i + 1
    if doc[start:start + 2].text.lower() in AMONG_OTHERS:
        start += 2
    owners: set[str] = set()  # entities of a `van` phrase, whose later tokens are theirs too
    portfolio = _title_portfolio(doc, start, lexicon) if lexicon is not None else set()
    for offset, token in enumerate(doc[start:start + TITLE_REACH + len(portfolio)]):
        if token.i in portfolio:
            continue
        if token.text == "," and offset:
            return name_after_description(doc[start:token.i], token, linked)
        if token.is_punct or token.pos_ in ("SCONJ", "NUM"):
            break  # `zegt 49 procent van de Spanjaarden`: a share polled speaks, nobody named
        if token.lower_ in OBJECT_PRONOUNS:  # `waarin zijn schoonmoeder hem vraagt`: `hem` is never the subject
            continue
        if token.lower_ in POSSESSIVE_PRONOUNS and token.i + 1 < len(doc) and doc[token.i + 1].pos_ in ("NOUN", "ADJ"):
            if _named_possessed(token, linked):
                continue
            break  # `zegt zijn vader`: the subject is the one `zijn` qualifies, not the owner
        if (key := linked.key_of_token(token)) in owners:
            continue
        if key:
            if (person := person_after_body(token, linked)) is not None and any(t.lower_ in ("van", "voor") for t in doc[start:token.i]):
                return person
            # past three tokens only a name right behind a lowercase title (`officier van justitie
            # Hannah Huizenga`), not the owner in a `van` phrase (`de advocaat van Rutte`)
            if offset < 3 or doc[token.i - 1].pos_ in ("NOUN", "ADJ") or titled(doc[token.i - 1]) or field(doc[token.i - 1]) or token.i - 1 in portfolio:
                return token
            if lexicon is not None and any(token in represented_bodies(t, linked, lexicon) for t in doc[start:token.i]):
                return token  # `…, laat het bestuur van de SGP weten`: the board speaks for its body (`body_through_its_board`)
            owners.add(key)
            continue  # the owner speaks not, but a name in apposition may follow (`de advocaat van Rutte, Geert-Jan Knoops`)
        if offset >= 2 and not (token.is_lower and (token.pos_ in TITLE_POS or token.lower_ == "van" or titled(token) or field(token))):
            break
    return None


def _title_portfolio(doc, start: int, lexicon: Lexicon) -> set[int]:
    """Rule `capitalised_portfolio`: `zegt minister van Buitenlandse Zaken Stef Blok`, `zei
    staatssecretaris van Defensie Barbara Visser`: the capitalised words of a portfolio
    (data/lexicon/portfolios.txt, the longest that fits) right after a title's `van` belong to
    the title, not to the name; their token indices. `zegt de advocaat van Rutte` names no
    portfolio, `zegt een woordvoerder van Defensie` no title before `van`."""
    for token in doc[start:start + TITLE_REACH]:
        if token.lower_ == "van" and token.i > start and lexicon.is_person_title(doc[token.i - 1].lower_):
            length = next(portfolio_lengths(doc, token.i + 1, lexicon), 0)
            return set(range(token.i + 1, token.i + 1 + length))
    return set()


def _named_possessed(possessive: Token, linked: LinkedEntities) -> bool:
    """Rule `possessed_title_then_name`: `constateert onze correspondent Tom Vennink`, `zegt
    zijn advocaat Geert-Jan Knoops`: a possessive, its noun (after adjectives) and a person's
    name right behind the noun: the name is who the noun is, so it is the subject. `zegt zijn
    vader` names no one; `zegt zijn vader tegen Rutte` names someone else, not behind the noun."""
    doc = possessive.doc
    index = possessive.i + 1
    while index < len(doc) and doc[index].pos_ == "ADJ":
        index += 1
    noun = doc[index] if index < len(doc) else None
    # `zijn CDA-collega Guido Hakvoort`: a compound whose head is lowercase is a common noun too
    if noun is None or index + 1 >= len(doc) or noun.pos_ != "NOUN" or not noun.text.rpartition("-")[2].islower():
        return False
    key = linked.key_of_token(doc[index + 1])
    return key is not None and (entity := linked.by_key(key)) is not None and entity.type == "PERSON"


def title_taken_for_a_clause(token: Token, verb: Token, lexicon: Lexicon) -> bool:
    """Rule `title_read_as_clause`: `…, zegt milieupsycholoog Patrik Sörqvist`, the compound
    title tagged a verb with the name as its subject: a person title (person_titles.txt,
    role_suffixes.txt) right after the cue, with a name right after it, is the cue's inverted
    subject, not the clause it reports (a title tagged a noun is the inverted subject
    `inverted` reads already). `zegt dat psychologen …` opens a clause."""
    doc = token.doc
    return (token.i == verb.i + 1 and token.i + 1 < len(doc) and token.pos_ in VERB_POS and token.is_lower and lexicon.is_person_title(token.lower_)
            and doc[token.i + 1].pos_ == "PROPN" and doc[token.i + 1].head == token)



def nominal(token: Token) -> bool:
    """Rule `described_subject_as_complement`: `Er moet handhaving komen, zegt de
    verkeerskundige`, with `verkeerskundige` an xcomp: a noun phrase after the cue (a noun,
    name or adjective heading no clause) is no reported clause, whatever its label, but the
    inverted subject. `zegt dat …`, `zei te verwachten …` head clauses."""
    return token.pos_ in ("NOUN", "PROPN", "ADJ") and not any(
        c.dep_ in ("nsubj", "nsubj:pass", "mark", "aux", "aux:pass", "cop", "obj") for c in token.children)
