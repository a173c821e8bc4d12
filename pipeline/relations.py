"""Stage 5, relations: a parsed `Doc` and its linked entities → meetings and statements.

Implements `shared/ANNOTATION.md`. Everything here reads UD dependency labels and
lemmas only, so the rules behave the same on the bundled model and on nl_core_news_lg.
The lexicons (speech verbs, meeting triggers, blockers) are data in `data/lexicon/`.

Statements, in order of precedence:
- direct: a quote (any Dutch quote style) attributed by a speech verb after it (`'…'
  verklaarde Poetin`, `'…', zo deelde hij mee`), before it in the same sentence (`Poetin
  noemde het 'objectief'`), or by a colon (`Kaag beantwoordt het met een wedervraag: ,,…''`);
  quote sentences that follow without a new attribution run on into the same statement;
- `volgens X`: X said the rest of the sentence;
- indirect: a speech verb with a named subject and a complement (`Lavrov zei dat …`).
Meetings: a trigger word (noun or verb) with two or more named participants from its
arguments, coordination and its clause; cancelled, negated and hypothetical ones are left out.
"""

from __future__ import annotations

import functools

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from spacy.attrs import LOWER, POS
from spacy.tokens import Doc, Span, Token

from .aliases import PERSONAL_PRONOUNS, POSSESSIVES, QUOTES_KEY, LinkedEntities, own_subject, person_nouns, reachable
from .dates import resolve_date
from .entities import is_person_title
from .schemas import ArticleMeeting, ArticleStatement, Evidence
from .tokens import tokens_where

LEXICON_DIR = Path(__file__).resolve().parent.parent / "data" / "lexicon"

# Opening mark → closing marks. Single quotes need word boundaries (Pompeo's, 's-Gravenhage).
QUOTE_PATTERNS = [
    re.compile(r",,(?P<q>[^\n]+?)(?:''|”|“|\"|’’)"),
    re.compile(r"„(?P<q>[^\n]+?)[”“\"]"),
    re.compile(r"“(?P<q>[^\n]+?)”"),
    re.compile(r"«\s?(?P<q>[^\n]+?)\s?»"),
    re.compile(r"(?<![\w,])\"(?P<q>[^\"\n]+?)\"(?!\w)"),
    re.compile(r"(?<![\w'’])‘(?P<q>[^\n]+?)’(?![\w])"),
    re.compile(r"(?<![\w'’])'(?!s[\s-]|t\s|n\s)(?P<q>[^'\n]*?[^\s'])'(?![\w])"),
]
CLAUSE_DEPS = ("ccomp", "xcomp", "obj", "parataxis", "advcl")
NP_DEPS = frozenset({"flat", "flat:name", "appos", "compound", "amod", "det", "conj", "cc", "nmod:poss", "nummod", "fixed"})
SUBJECT_DEPS = ("nsubj", "nsubj:pass", "csubj")
FIRST_PERSON = frozenset({"ik", "wij", "we", "mij", "me", "ons"})
ANAPHORIC_CONTENT = frozenset({"dat", "dit"})
# a clause these open reports no speech act: a condition (`Als Dijkhoff zijn akkoord ter
# discussie stelt`) or a purpose (`om niet te zeggen`)
UNASSERTED_MARKS = frozenset({"als", "indien", "mits", "tenzij", "om"})
POSSESSIVE_PRONOUNS = POSSESSIVES | {"mijn", "m'n", "z'n", "onze", "ons"}
AMONG_OTHERS = frozenset({"onder anderen", "onder andere", "onder meer"})
OBJECT_PRONOUNS = frozenset({"hem", "haar", "hen", "hun", "mij", "me", "ons", "jou", "jullie"})
FIRST_PERSON_ANY = FIRST_PERSON | {"mijn", "onze", "m'n"}
RUN_ON_GAP = 150  # characters between a quote and the next that can only be its attribution
SENTENCE_ENDS = frozenset({".", "!", "?"})
ATTRIBUTION_REACH = 4  # tokens of the next sentence an attribution split off a quote can start in
VERB_POS = frozenset({"VERB", "AUX"})
VERB_OR_NOUN = VERB_POS | {"NOUN"}
# `laten` of `laten weten`, also as `wetenlaten` when the parser takes `weten` for its particle
LATEN = frozenset({"laten", "wetenlaten"})


@dataclass(frozen=True)
class Lexicon:
    speech_verbs: frozenset[str]
    triggers: dict[tuple[str, str], str]
    blockers: frozenset[str]
    group_subjects: frozenset[str] = frozenset()
    thing_object_verbs: frozenset[str] = frozenset()
    said_idioms: frozenset[str] = frozenset()

    @functools.cached_property
    def trigger_pos(self) -> frozenset[str]:
        return frozenset(pos for _, pos in self.triggers)


def _lines(path: Path) -> Iterator[str]:
    for line in path.read_text(encoding="utf8").splitlines():
        if line.strip() and not line.startswith("#"):
            yield line.strip()


@lru_cache(maxsize=2)
def load_lexicon(directory: Path = LEXICON_DIR) -> Lexicon:
    triggers = {}
    for line in _lines(directory / "meeting_triggers.tsv"):
        lemma, pos, kind = line.split("\t")
        if lemma != "lemma":
            triggers[(lemma, pos)] = kind
    return Lexicon(frozenset(_lines(directory / "speech_verbs.txt")), triggers, frozenset(_lines(directory / "meeting_blockers.txt")),
                   frozenset(_lines(directory / "group_subjects.txt")), frozenset(_lines(directory / "thing_object_verbs.txt")),
                   frozenset(_lines(directory / "said_idioms.txt")))


# ---- small parse helpers --------------------------------------------------------------------


@lru_cache(maxsize=1)
def separable_particles() -> frozenset[str]:
    return frozenset(_lines(LEXICON_DIR / "particles.txt"))


def particle_of(token: Token) -> str:
    """The verb's separable particle(s) as written before its infinitive: `mee` of `deelde … mee`.
    A "particle" that starts a fixed expression is a preposition: `vraagt … om meer tijd` is `vragen`."""
    return "".join(
        c.lower_
        for c in token.children
        if c.dep_ == "compound:prt" and c.lower_ in separable_particles() and not any(g.dep_ == "fixed" for g in c.children)
    )


def full_lemma(token: Token) -> str:
    """Lemma with a separable particle joined (`deelde … mee` → `meedelen`)."""
    return particle_of(token) + (token.lemma_ or token.text).lower()


_LONG_VOWELS = (("aa", "a"), ("ee", "e"), ("oo", "o"), ("uu", "u"))


def verb_lemmas(token: Token) -> set[str]:
    """The model's lemma, plus infinitives rebuilt from the written form: lemmatizers slip
    on past tenses (`onderstreepte`), and a cue missed is a statement lost."""
    known = token.doc.user_data.setdefault("newsgraph_verb_lemmas", {})  # asked once per pass: statements, quotes, meetings
    if token.i not in known:
        known[token.i] = _verb_lemmas(token)
    return known[token.i]


@lru_cache(maxsize=1)
def strong_verb_forms() -> dict[str, str]:
    """data/lexicon/strong_verbs.tsv: `riep` → `roepen`, `gesproken` → `spreken`."""
    rows = (line.split("\t") for line in _lines(LEXICON_DIR / "strong_verbs.tsv"))
    return {form: infinitive for form, infinitive in rows}


def _strong_infinitives(written: str) -> set[str]:
    """Infinitives of a strong verb form, with whatever precedes the form kept as its
    particle: `riep` → roepen, `opriep` → oproepen, `uitgesproken` → uitspreken."""
    forms = strong_verb_forms()
    return {written[:i] + forms[written[i:]] for i in range(len(written) - 2) if written[i:] in forms}


def _verb_lemmas(token: Token) -> set[str]:
    particle = particle_of(token)
    written = token.text.lower()
    lemmas = set() if _invented_particle(token, particle) else {full_lemma(token)}
    lemmas |= {particle + infinitive for infinitive in _strong_infinitives(written)}
    forms = {written[2:] if written.startswith("ge") and len(written) > 6 and written.endswith(("d", "t")) else written}  # geluncht → lunch-
    # separable participles carry `ge` after the particle: bekendgemaakt, opgeroepen, toegezegd
    forms |= {written[:i] + written[i + 2:] for i in range(2, len(written) - 4) if written[i:i + 2] == "ge"}
    for text in forms:
        if text.endswith("en") and text != written:  # a strong participle without its ge is the infinitive: oproepen
            lemmas.add(particle + text)
        for suffix in ("den", "ten", "de", "te", "d", "t"):
            if text.endswith(suffix) and len(text) - len(suffix) >= 3:
                stem = text[: -len(suffix)]
                stem = stem[:-1] + {"f": "v", "s": "z"}.get(stem[-1], stem[-1]) if suffix in ("de", "den", "d") else stem
                variants = {stem, stem + stem[-1]}  # stelde → stellen
                for long, short in _LONG_VOWELS:
                    if stem[-3:-1] == long:
                        variants.add(stem[:-3] + short + stem[-1])
                lemmas |= {particle + v + "en" for v in variants}
    return lemmas


def is_verb(token: Token) -> bool:
    """A verb, or a verb the tagger took for a noun (`De ministers praatten Poetin bij`,
    `praatten` a NOUN): a noun with a subject of its own, no determiner and no copula."""
    if token.pos_ in VERB_POS:
        return True
    if token.pos_ != "NOUN":
        return False
    deps = {c.dep_ for c in token.children}
    return "nsubj" in deps and not deps & {"det", "cop", "nmod:poss", "amod"}


def _invented_particle(token: Token, particle: str) -> bool:
    """`merkte` lemmatised as `opmerken`: a particle the lemmatizer added that neither the
    word has nor any word after it in the sentence (`roept hij Europa op`, with `op` parsed
    as a preposition, keeps `oproepen`)."""
    if particle:
        return False
    lemma, written = token.lemma_.lower(), token.lower_
    added = [p for p in separable_particles() if lemma.startswith(p) and not written.startswith(p) and len(lemma) > len(p) + 3]
    return bool(added) and not any(t.lower_ in added for t in token.doc[token.i + 1:token.sent.end])


def subject_of(verb: Token) -> Token | None:
    """The verb's subject, inherited through coordination and `laten weten`-style chains."""
    for _ in range(4):
        candidates = [verb, *(c for c in verb.children if c.dep_.startswith("aux"))]  # parsers hang subjects on auxiliaries too
        subject = own_subject([c for head in candidates for c in head.children if c.dep_ in SUBJECT_DEPS])
        if subject is not None:
            return subject
        # a clause without a subject of its own shares its head's: coordination, control,
        # participial and infinitival clauses (and auxiliaries the parser made heads), and
        # `weten` of `lieten … weten` taken for a particle
        if verb.dep_ in ("conj", "xcomp", "advcl", "compound:prt") and verb.head != verb:
            verb = verb.head
        else:
            return None
    return None


def perfect_auxiliary(verb: Token) -> Token | None:
    """The finite `hebben` of a perfect tense (`heeft … gezegd`), whether the parser made it
    the participle's aux or, as in inverted clauses, its head."""
    if "Part" not in verb.morph.get("VerbForm"):
        return None
    auxiliary = next((c for c in verb.children if c.dep_ == "aux" and c.lemma_ == "hebben"), None)
    if auxiliary is None and verb.head.lemma_ == "hebben" and verb.head.i < verb.i and verb.dep_ in ("ccomp", "xcomp", "advcl", "obj"):
        auxiliary = verb.head
    return auxiliary


def noun_phrase(token: Token) -> list[Token]:
    """The token with its name parts, modifiers and coordinated members."""
    return reachable(token, NP_DEPS.__contains__)


def entities_in(tokens: Iterable[Token], linked: LinkedEntities) -> list[str]:
    keys: list[str] = []
    for token in tokens:
        key = linked.key_of_token(token)
        if key and key not in keys:
            keys.append(key)
    return keys


def evidence_for(sentence: Span, doc_id: str) -> Evidence:
    start = sentence.start_char
    text = sentence.text  # Doc.text joins every token on each access; the span joins only its own
    stripped = text.strip()
    start += len(text) - len(text.lstrip())
    return Evidence(doc_id=doc_id, sentence=stripped, start=start, end=start + len(stripped))


# ---- quotes ---------------------------------------------------------------------------------


@dataclass
class Quote:
    start: int
    end: int  # exclusive, of the quoted text
    text: str


def find_quotes(text: str) -> list[Quote]:
    """Quoted passages, outermost first match wins; offsets are of the text inside the marks."""
    taken: list[tuple[int, int]] = []
    quotes = []
    for pattern in QUOTE_PATTERNS:
        for match in pattern.finditer(text):
            start, end = match.span()
            if any(s < end and start < e for s, e in taken):
                continue
            inner = match.group("q").strip()
            if not inner or not any(ch.isalpha() for ch in inner):
                continue
            taken.append((start, end))
            quotes.append(Quote(match.start("q"), match.end("q"), inner))
    return sorted(quotes, key=lambda q: q.start)


def document_quotes(doc: Doc, text: str | None = None) -> list[Quote]:
    """The Doc's quotes, found once and kept in `doc.user_data` for the statement and
    meeting passes (`Doc.text` alone rebuilds the text from every token)."""
    if QUOTES_KEY not in doc.user_data:
        doc.user_data[QUOTES_KEY] = find_quotes(doc.text if text is None else text)
    return doc.user_data[QUOTES_KEY]


# ---- statements -----------------------------------------------------------------------------


@dataclass
class _Statement:
    speaker: str
    cue: str
    type: str
    sentence: Span
    texts: list[str] = field(default_factory=list)
    addressee: str | None = None


def _addressee(verb: Token, linked: LinkedEntities) -> str | None:
    for child in verb.children:
        if child.dep_.startswith("obl") or child.dep_ in ("iobj", "nmod"):
            if any(c.dep_ == "case" and c.lower_ in ("aan", "tegen") for c in child.children) or child.dep_ == "iobj":
                keys = entities_in(noun_phrase(child), linked)
                if keys:
                    return keys[0]
    return None


def _speaker(verb: Token, linked: LinkedEntities, quote_speakers: dict[int, str], quotes: list[Quote] = ()) -> str | None:
    """The entity behind the cue verb's subject; failing that (no subject, one inside the
    quote the parser hung the verb on, or one that names nobody) the inverted-order
    position right after the verb (`vervolgde Poetin`, `zo deelde hij mee`). A `volgens X`
    on the verb makes X the speaker: `Slob heeft volgens Brussee de Kamer onjuist
    geïnformeerd` is Brussee's claim."""
    subject = subject_of(verb)
    according = _according_to([verb] if subject is None else [verb, subject], linked)
    if according:
        return according
    if subject is not None and subject.lower_ in POSSESSIVE_PRONOUNS:
        return None  # `waarin zijn schoonmoeder hem vraagt`: the subject is whoever `zijn` qualifies
    if subject is not None and not _inside(subject, quotes):
        key = _subject_entity(subject, verb, linked, quote_speakers)
        if key:
            return key
        if subject.i < verb.i and (subject.lower_ in PERSONAL_PRONOUNS or (subject.pos_ == "NOUN" and _opens_sentence(subject.left_edge))):
            # `Hij adviseerde GroenLinks`, `De verdachten ontkenden …`: the subject takes the
            # first place, so what follows the verb is no inverted subject
            return None
    if subject is None and (key := _apposition_speaker(verb, linked)):
        return key
    token = inverted_subject(verb, linked)
    return linked.key_of_token(token) if token is not None else None


def _apposition_speaker(verb: Token, linked: LinkedEntities) -> str | None:
    """`De opperste leider van Iran, ayatollah Khamenei, zei …` with no subject parsed (the
    title taken for a verb): a sentence that opens with a verbless phrase and the one person
    named between commas right before the verb."""
    start = verb.sent.start
    apposition = _apposition_before(verb, start) if verb.i - start >= 4 else None
    if apposition is None or any(t.pos_ in VERB_POS for t in verb.doc[start:apposition.start - 1]):
        return None
    return _one_person(apposition, linked)


def _apposition_before(verb: Token, after: int) -> Span | None:
    """The words between two commas that close right before the verb (`…, ayatollah
    Khamenei, zei`), the opening comma after token `after`."""
    doc = verb.doc
    if verb.i - 1 <= after or doc[verb.i - 1].text != ",":
        return None
    opening = next((i for i in range(verb.i - 2, after, -1) if doc[i].text == ","), None)
    return doc[opening + 1:verb.i - 1] if opening is not None else None


def _one_person(tokens: Iterable[Token], linked: LinkedEntities) -> str | None:
    people = [k for k in entities_in(tokens, linked) if _type(linked, k) == "PERSON"]
    return people[0] if len(people) == 1 else None


def _opens_sentence(token: Token) -> bool:
    return all(t.is_punct for t in token.doc[token.sent.start:token.i])


def _according_to(heads: list[Token], linked: LinkedEntities) -> str | None:
    """X of a `volgens X` on the verb or, where parsers also hang it, on its subject."""
    for child in (c for head in heads for c in head.children):
        if any(c.dep_ == "case" and c.lower_ == "volgens" for c in child.children):
            keys = entities_in((t for t in noun_phrase(child) if t.dep_ not in ("nmod:poss", "det")), linked)
            if keys:
                return keys[0]
    return None


def _finite_candidates(verb: Token) -> set[Token]:
    """The verb, the verbs its infinitive chain hangs on (`heeft … laten weten`: `laten`,
    `heeft`) and their perfect auxiliaries: one of them is the clause's finite verb."""
    chain = [verb]
    while chain[-1].dep_ == "xcomp" and chain[-1].head.pos_ in VERB_POS and len(chain) < 4:
        chain.append(chain[-1].head)
    return {*chain, *(a for a in map(perfect_auxiliary, chain) if a is not None)}


def inverted_subject(verb: Token, linked: LinkedEntities) -> Token | None:
    """The first entity token in the subject position of V2 inversion: right after the
    finite verb, which is the verb itself, the auxiliary of its perfect tense or the verb
    its infinitive hangs on (`Dat heeft minister Blok bekendgemaakt`, `vervolgde Poetin`,
    `Dit heeft Smits laten weten`), after `onder anderen` (`hebben onder anderen acteur
    George Clooney … opgeroepen`), before any subordinate clause opens (`ontkenden dat ze
    …`). Parsers often miss inverted subjects."""
    doc = verb.doc
    start = min(_finite_candidates(verb), key=lambda t: t.i).i + 1
    if doc[start:start + 2].text.lower() in AMONG_OTHERS:
        start += 2
    for token in doc[start:start + 3]:
        if token.is_punct or token.pos_ == "SCONJ":
            break
        if token.lower_ in OBJECT_PRONOUNS:  # `waarin zijn schoonmoeder hem vraagt`: `hem` is never the subject
            continue
        if linked.key_of_token(token):
            return token
    return None


def _subject_entity(subject: Token, verb: Token, linked: LinkedEntities, quote_speakers: dict[int, str]) -> str | None:
    if subject.lower_ in FIRST_PERSON and subject.idx in quote_speakers:
        return quote_speakers[subject.idx]
    if subject.lower_ == "die":
        if verb.dep_.startswith("acl"):  # "Hamid, die zei dat …": the noun the clause hangs on
            subject = verb.head
        elif subject.is_sent_start:  # "Die herhaalde dat …"
            return linked.resolve_pronoun(subject, prefer_subject=False)
    keys = entities_in((t for t in noun_phrase(subject) if t.dep_ not in ("nmod:poss", "det")), linked)
    if keys:
        return keys[0]
    return _titled_name(subject, verb, linked)


def _titled_name(subject: Token, verb: Token, linked: LinkedEntities) -> str | None:
    """`Minister van Informatie Jorge Rodríguez noemde …`, `De opperste leider van Iran,
    ayatollah Khamenei, zei …`: a title subject whose name the parser hung inside the
    title's `van` phrase or took for a clause of its own; the one person named in the
    phrase or in the apposition between commas that closes it right before the verb."""
    if subject.pos_ != "NOUN" or not is_person_title((subject.lemma_ or subject.lower_).lower()):
        return None
    tokens = _phrase(subject)
    doc = verb.doc
    if subject.i < verb.i and (apposition := _apposition_before(verb, subject.i)) is not None:
        tokens += list(apposition)
    # `De advocaat van Begums familie`: a person in a `van` complement is someone else
    return _one_person((t for t in tokens if not (t.i > 0 and doc[t.i - 1].pos_ == "ADP")), linked)


def _complement(verb: Token) -> list[Token]:
    """What the speech verb reports: its clausal or object dependents, or else a `dat`/`of`
    clause after it that the parser hung elsewhere in its phrase (`zegt op zijn website dat …`)."""
    complement = [c for c in verb.children if c.dep_ in CLAUSE_DEPS or _om_te_clause(c)]
    if any(c.i > verb.i and c.pos_ != "PRON" for c in complement):
        # `Toen hij terugkwam, zei hij dat …`: a clause fronted as an adverbial is not what was said
        complement = [c for c in complement if not (c.dep_ == "advcl" and c.i < verb.i and c.pos_ in VERB_POS)]
    if not complement and verb.dep_ in ("xcomp", "compound:prt") and verb_lemmas(verb.head) & LATEN:
        # "…, laat hij weten", "lieten weten dat …": the clause hangs on `laten`; a noun
        # object of `laten` is who was told (`liet de Provinciale Staten weten`)
        complement = [c for c in verb.head.children if c.dep_ in CLAUSE_DEPS and c != verb
                      and not (c.dep_ == "obj" and c.pos_ in ("NOUN", "PROPN"))]
    if complement and all(c.dep_ == "obj" and c.i > verb.i for c in complement):
        # `Dat schrijft minister Slob`, the inverted subject parsed as object and `Dat` as
        # subject: what was written is still what `Dat` stands for
        return _anaphoric_content(verb) or complement
    if complement:
        return complement
    following = [t for t in verb.subtree if t.i > verb.i and t.pos_ in ("VERB", "AUX", "NOUN", "ADJ")
                 and any(c.dep_ == "mark" and c.lower_ in ("dat", "of") for c in t.children)][:1]
    return following or _after_colon(verb) or _anaphoric_content(verb)


def _om_te_clause(token: Token) -> bool:
    """`riep op om hotels te boycotten`: an `om … te` infinitive, whatever label the parser gave it."""
    marks = {c.lower_ for c in token.children if c.dep_ == "mark"}
    return token.pos_ == "VERB" and {"om", "te"} <= marks


def _content_span(verb: Token, complement: list[Token]) -> Span:
    """The words the complement spans. A complement after the verb starts after it even when
    the parser made it the verb's governor (`Zoals X zei: de meeste … zijn …`, where the
    clause after the colon is the sentence root and its subtree the whole sentence)."""
    start = min(t.i for c in complement for t in c.subtree)
    end = max(t.i for c in complement for t in c.subtree) + 1
    if all(c.i > verb.i for c in complement) and start < verb.i:
        words = [t.i for t in verb.doc[verb.i + 1:end] if not t.is_punct]
        if words:
            start, end = words[0], words[-1] + 1
    while start < end - 1 and verb.doc[start].is_punct and not verb.doc[start].is_quote:
        start += 1  # `Dat wil niet zeggen, verzekert hij, dat …`: the clause's comma
    return verb.doc[start:end]


def _anaphoric_content(verb: Token) -> list[Token]:
    """`Dat heeft Poetin verklaard.`, `Dit heeft Smits … laten weten.`: a sentence-initial
    `dat`/`dit` that the verb, or a verb of its chain (`laten`, the finite `hebben`), governs
    stands for what the previous sentence said (its root)."""
    sentence = verb.sent
    if sentence.start == 0:
        return []
    governors = _finite_candidates(verb)
    opening = sentence[0].lower_ in ANAPHORIC_CONTENT and sentence[0].head in governors
    # `Het kabinet heeft dit aan de Kamer gemeld`: the pronoun as object (or, mislabelled, as passive subject)
    as_object = any(c.lower_ in ANAPHORIC_CONTENT and c.pos_ == "PRON" and c.dep_ in ("obj", "nsubj:pass") for c in verb.children)
    return [verb.doc[sentence.start - 1].sent.root] if opening or as_object else []


def _names_a_thing(complement: list[Token], verb: Token, lexicon: Lexicon) -> bool:
    """`vertelt de anekdote`, `schreef het verkiezingsprogramma`: for some speech verbs a
    bare noun object is the topic or the thing made, not what was said
    (data/lexicon/thing_object_verbs.txt)."""
    return (all(c.dep_ == "obj" and c.pos_ in ("NOUN", "PROPN") for c in complement)
            and cue_lemma(verb, lexicon) in lexicon.thing_object_verbs)


def _after_colon(verb: Token) -> list[Token]:
    """`Xi heeft het vaak tegen zijn partijgenoten gezegd: als de communisten …`: a colon
    right after the speech verb opens what was said, the clause(s) up to the sentence end."""
    doc, sentence = verb.doc, verb.sent
    if verb.i + 2 >= sentence.end or doc[verb.i + 1].text != ":":
        return []
    span = doc[verb.i + 2:sentence.end]
    if not any(t.is_alpha for t in span):
        return []  # `zegt: '` with the quote in the next sentence: the quote rules take it
    return [t for t in span if not t.is_punct and (not span.start <= t.head.i < span.end or t.head == t)]


# What may follow the speaker in a postposed attribution: `…, zei Rutte dinsdag in Brussel.`
_ATTRIBUTION_TAIL_POS = frozenset({"PROPN", "NOUN", "DET", "ADV", "ADJ", "NUM", "ADP", "PRON", "PUNCT", "CCONJ"})


def postposed_report(verb: Token) -> Span | None:
    """`Het vliegtuig werd neergehaald met een Buk-raket, concludeerde het JIT eerder.`: a
    cue verb right after a comma, ending its sentence with no clause of its own, reports
    the words before the comma (the parser often hangs such a verb anywhere)."""
    sentence = verb.sent
    if verb.i - sentence.start < 4 or verb.doc[verb.i - 1].text != "," or sentence[0].pos_ == "SCONJ":
        # after `Terwijl …,` the verb opens the main clause, it reports nothing
        return None
    tail = verb.doc[verb.i + 1:sentence.end]
    if not 1 <= len(tail) <= 10 or any(t.pos_ not in _ATTRIBUTION_TAIL_POS for t in tail):
        return None
    return verb.doc[sentence.start:verb.i - 1]


MODALS = frozenset({"moeten", "willen", "kunnen", "mogen", "zullen", "gaan"})
NEGATIONS = frozenset({"niet", "nooit", "geen"})


def _asserted(verb: Token, lexicon: Lexicon) -> bool:
    """A speech act reported as made: not passive (`May is gewaarschuwd`), not modal or
    negated (`Bang wil hij zichzelf niet noemen`), not an idiom's bare participle
    (`op zijn zachtst gezegd`)."""
    children = list(verb.children)
    auxiliaries = [c for c in children if c.dep_.startswith("aux")] + [a for a in (perfect_auxiliary(verb),) if a is not None and a.head != verb]
    # `heeft dit … gemeld` with `dit` labelled a passive subject: `hebben` makes no passive
    if any(c.dep_ == "aux:pass" for c in children) or (any(c.dep_ == "nsubj:pass" for c in children) and perfect_auxiliary(verb) is None):
        return False
    if any(c.dep_ == "mark" and c.lower_ in UNASSERTED_MARKS for c in children):
        return False
    if any(full_lemma(c) in MODALS for c in auxiliaries) or any(_negates_verb(c) for c in children if c.dep_ in ("advmod", "xcomp")):
        return False
    if verb.dep_ == "xcomp" and full_lemma(verb.head) in MODALS:
        return False  # the modal taken for the head: `wil … noemen`
    if _under_a_modal(verb):
        return False
    if "Part" in verb.morph.get("VerbForm") and not auxiliaries and verb.dep_ not in ("ROOT", "conj", "parataxis"):
        return False
    if verb.i > 0 and f"{verb.doc[verb.i - 1].lower_} {verb.lower_}" in lexicon.said_idioms:
        return False  # `op zijn zachtst gezegd`, whatever the parser made of it
    return True


def _under_a_modal(verb: Token) -> bool:
    """`Ook kan de EU eisen dat de Britten beloven …`: a speech act in the complement of
    something only possible or required was not made."""
    clause = verb
    while clause.dep_ in ("ccomp", "xcomp", "acl", "csubj") and clause.head != clause:
        clause = clause.head
        if any(c.dep_ == "aux" and full_lemma(c) in MODALS for c in clause.children):
            return True
    return False


def _negates_verb(token: Token) -> bool:
    """`niet`, `nooit`, `geen` — unless it negates the phrase it opens (`Niet voor niets
    riep Rutte …`, `niet alleen`), which parsers hang on the verb all the same."""
    if token.lower_ not in NEGATIONS:
        return False
    following = token.nbor(1) if token.i + 1 < len(token.doc) else None
    return following is None or not (following.pos_ == "ADP" or following.lower_ == "alleen")


def _inside(token: Token, quotes: list[Quote]) -> bool:
    return any(q.start <= token.idx < q.end for q in quotes)


def cue_lemma(token: Token, lexicon: Lexicon) -> str | None:
    """The speech verb a token is, as a lexicon lemma (`laten weten` for `liet weten`)."""
    if not is_verb(token):
        return None
    lemmas = verb_lemmas(token)
    if "weten" in lemmas and any(verb_lemmas(t) & LATEN for t in (token.head, *token.children) if t.pos_ in VERB_POS):
        return "laten weten"
    matches = sorted(lemmas & lexicon.speech_verbs)
    return matches[0] if matches else None


def _cue_tokens(tokens: Iterable[Token], lexicon: Lexicon, quotes: list[Quote]) -> list[Token]:
    return [t for t in tokens if cue_lemma(t, lexicon) and not _inside(t, quotes)]


def _attribute_quote(quote: Quote, doc: Doc, quotes: list[Quote], lexicon: Lexicon, linked: LinkedEntities) -> tuple[Token, str] | None:
    """The cue verb and speaker of a quote: a speech verb right after it in its last
    sentence, else one before it in its first sentence (or in the sentence before, when a
    parser ended that at the colon that opens the quote), else the verb before a colon."""
    first = doc.char_span(quote.start, quote.end, alignment_mode="expand")
    if first is None:
        return None
    last_sentence, first_sentence = first[-1].sent, first[0].sent
    after_end = last_sentence.end
    tail = [t for t in last_sentence if t.idx >= quote.end]
    if all(t.is_punct or t.is_space for t in tail) and not any(t.text in SENTENCE_ENDS for t in tail) and last_sentence.end < len(doc):
        # `'…'` / `, zegt X.` split into two sentences: the attribution opens the next one
        # (but `… 'een stap is'.` ended its sentence outside the quote)
        last_sentence = doc[last_sentence.end].sent
        after_end = last_sentence.start + ATTRIBUTION_REACH
    after = [t for t in last_sentence if t.idx >= quote.end and t.i < after_end and not _inside(t, quotes)]
    next_quote = next((q.start for q in quotes if q.start > quote.end), None)
    after = [t for t in after if next_quote is None or t.idx < next_quote]
    before = [t for t in first_sentence if t.idx < quote.start and not _inside(t, quotes)]
    if all(t.is_punct for t in before) and first_sentence.start > 0 and doc[first_sentence.start - 1].text == ":":
        # `Rutte deed er laconiek over: ,,…''` with the sentence split at the colon
        before = [t for t in doc[first_sentence.start - 1].sent if not _inside(t, quotes)]
    for index, token in enumerate(after[:3]):
        if token.lower_ == "aldus":  # '…', aldus Wang
            speaker = next((k for t in after[index + 1:index + 5] if (k := linked.key_of_token(t))), None)
            if speaker:
                return token, speaker
    for candidates in (after, list(reversed(before))):
        for verb in _cue_tokens(candidates, lexicon, quotes):
            speaker = _speaker(verb, linked, {}, quotes)
            if speaker:
                return verb, speaker
    colon = [t for t in before if t.text == ":"]
    if colon and colon[-1].i >= first[0].i - 2:
        clause_verbs = [t for t in before if t.pos_ in ("VERB", "AUX") and t.i < colon[-1].i]
        for verb in reversed(clause_verbs):
            speaker = _speaker(verb, linked, {})
            if speaker:
                return verb, speaker
        label = [t for t in before if t.i < colon[-1].i]
        if not clause_verbs and label:  # `Brussee: '…'`
            keys = entities_in(label, linked)
            if len(keys) == 1 and all(linked.key_of_token(t) or t.is_punct for t in label):
                return colon[-1], keys[0]
    return None


def _context_attribution(quote: Quote, doc: Doc, quotes: list[Quote], linked: LinkedEntities) -> tuple[Token, str] | None:
    """A first-person quote that opens its sentence right after a sentence about a person
    (`Van der Staaij sloeg terug met een kwinkslag. "Als ik …"`): that person speaks."""
    span = doc.char_span(quote.start, quote.end, alignment_mode="expand")
    if span is None or span[0].sent.start == 0 or not any(t.lower_ in FIRST_PERSON_ANY for t in span):
        return None
    previous_sentence = doc[span[0].sent.start - 1].sent
    if any(q.start < previous_sentence.end_char and previous_sentence.start_char < q.end for q in quotes):
        return None
    if previous_sentence[-1].text == "?":  # the interviewer's question: who answers is not its subject
        return None
    root = previous_sentence.root
    subject = subject_of(root)
    if subject is None:
        return None
    key = _according_to([root, subject], linked) or next((k for k in entities_in(noun_phrase(subject), linked) if _type(linked, k) == "PERSON"), None)
    return (root, key) if key else None


def _headline(sentence: Span) -> bool:
    """Written in capitals throughout, as papers set headlines and intertitles."""
    letters = [c for c in sentence.text if c.isalpha()]
    return len(letters) >= 4 and all(c.isupper() for c in letters)


def _starts_sentence(quote: Quote, doc: Doc) -> bool:
    span = doc.char_span(quote.start, quote.end, alignment_mode="expand")
    if span is None:
        return False
    sentence = span[0].sent
    leading = sentence.text[: max(0, quote.start - sentence.start_char)].strip()
    return len(leading) <= 2


def extract_statements(doc: Doc, linked: LinkedEntities, doc_id: str, published: str | None, lexicon: Lexicon | None = None) -> list[ArticleStatement]:
    """Doc + linked entities → the article's statements."""
    lexicon = lexicon or load_lexicon()
    text = doc.text
    quotes = document_quotes(doc, text)
    by_cue: dict[int, _Statement] = {}
    statements: list[_Statement] = []
    previous: _Statement | None = None
    previous_end = -1
    spoken: list[tuple[Quote, str]] = []  # each quote with the speaker it was given
    for quote in quotes:
        attribution = _attribute_quote(quote, doc, quotes, lexicon, linked)
        if attribution and _headline(attribution[0].sent):
            continue  # `TUSK: 'VERNEDER MAY NIET'`: a headline alone is no statement (ANNOTATION.md)
        if attribution:
            verb, speaker = attribution
            statement = by_cue.get(verb.i)
            if statement is None:
                cue = {"aldus": "aldus", ":": "colon"}.get(verb.lower_) or cue_lemma(verb, lexicon) or full_lemma(verb)
                statement = _Statement(speaker, cue, "direct", verb.sent, addressee=_addressee(verb, linked))
                by_cue[verb.i] = statement
                statements.append(statement)
            statement.texts.append(quote.text)
            spoken.append((quote, speaker))
            previous, previous_end = statement, quote.end
        elif _starts_sentence(quote, doc):
            if previous is not None and "\n" not in text[previous_end:quote.start] and quote.start - previous_end < RUN_ON_GAP:
                previous.texts.append(quote.text)
                spoken.append((quote, previous.speaker))
                previous_end = quote.end
                continue
            context = _context_attribution(quote, doc, quotes, linked)
            if context:
                verb, speaker = context
                statement = _Statement(speaker, full_lemma(verb), "direct", verb.sent, texts=[quote.text])
                by_cue[verb.i] = statement
                statements.append(statement)
                spoken.append((quote, speaker))
                previous, previous_end = statement, quote.end
    quote_speakers = {t.idx: speaker for quote, speaker in spoken
                      for t in doc.char_span(quote.start, quote.end, alignment_mode="expand") or () if t.lower_ in FIRST_PERSON}

    for token in tokens_where(doc, LOWER, "volgens".__eq__):
        if token.dep_ == "case":
            keys = entities_in((t for t in noun_phrase(token.head) if t.dep_ not in ("nmod:poss", "det")), linked)
            if keys:
                sentence = token.sent
                phrase_end = max(t.i for t in noun_phrase(token.head)) + 1
                rest = doc[phrase_end:sentence.end].text.strip(" ,.")
                statements.append(_Statement(keys[0], "volgens", "indirect", sentence, texts=[rest or sentence.text]))

    volgens_sentences = {s.sentence.start for s in statements if s.cue == "volgens"}
    said: set[tuple[str, int]] = set()
    for verb in _cue_tokens(tokens_where(doc, POS, VERB_OR_NOUN.__contains__), lexicon, quotes):
        complement = _complement(verb)
        if complement and _names_a_thing(complement, verb, lexicon):
            complement = []
        # `…, betoogde hoogleraar Voermans.`: a noun object right after a postposed verb with
        # no subject before it is the inverted subject (`May, die …, vraagt om meer tijd` is no report)
        subject_before = any(c.dep_ in SUBJECT_DEPS and c.i < verb.i for c in verb.children)
        inverted = all(c.dep_ == "obj" and c.i > verb.i and c.pos_ != "PRON" for c in complement) and not subject_before
        reported = postposed_report(verb) if not complement or inverted else None
        if verb.i in by_cue or not (complement or reported) or not _asserted(verb, lexicon):
            continue
        if verb.sent.start in volgens_sentences:
            continue  # "volgens X moet Y … vragen": the sentence is X's
        if reported is not None:  # the speaker of `…, zei Rutte.` stands right after the verb
            speaker = linked.key_of_token(subject) if (subject := inverted_subject(verb, linked)) is not None else None
        else:
            speaker = _speaker(verb, linked, quote_speakers)
        if speaker is None or (speaker, verb.sent.start) in said:
            continue
        if any(q.start >= verb.sent.start_char and q.end <= verb.sent.end_char and quoted == speaker for q, quoted in spoken):
            continue  # the speaker's quote in this sentence made it a direct statement above
        said.add((speaker, verb.sent.start))
        content_span = reported or _content_span(verb, complement)
        content = " ".join(content_span.text.split())
        statements.append(_Statement(speaker, cue_lemma(verb, lexicon), "indirect", verb.sent, texts=[content], addressee=_addressee(verb, linked)))

    results = []
    for statement in statements:
        if statement.addressee == statement.speaker:  # `riep Rutte hem op`: `hem` is someone else, whoever
            statement.addressee = None
        text = " ".join(statement.texts)
        about = [k for k in entities_in((t for t in statement.sentence), linked) if k not in (statement.speaker, statement.addressee)]
        results.append(ArticleStatement(
            type=statement.type, speaker=statement.speaker, addressee=statement.addressee, about=about, text=text, cue=statement.cue,
            date=resolve_date(statement.sentence.text, published) or published, evidence=evidence_for(statement.sentence, doc_id),
        ))
    return sorted(results, key=lambda s: (s.evidence.start, s.speaker))


# ---- meetings -------------------------------------------------------------------------------


def _has_case(token: Token, words: tuple[str, ...]) -> bool:
    return any(c.dep_ in ("case", "mark") and c.lower_ in words for c in token.children)


def _clause_verb(token: Token) -> Token | None:
    current = token
    for _ in range(6):
        if current.pos_ in ("VERB", "AUX") and current != token:
            return current
        if current.head == current:
            return current if current.pos_ in ("VERB", "AUX") else None
        current = current.head
    return None


def _blocked(trigger: Token, clause: Token | None, lexicon: Lexicon) -> bool:
    for head in (trigger, clause):
        if head is None:
            continue
        for child in head.children:
            if child.dep_ in ("advmod", "aux", "det", "mark", "amod", "advcl", "xcomp") or child.dep_.startswith("aux"):
                # lemmas only for verbs: the adverb "later" lemmatises to "laat"
                if child.lower_ in lexicon.blockers or (child.pos_ in ("VERB", "AUX") and full_lemma(child) in lexicon.blockers):
                    return True
        if full_lemma(head) in lexicon.blockers:
            return True
    for ancestor in trigger.ancestors:  # "als ze er … kan wijzigen": a condition above the trigger
        if any(c.dep_ == "mark" and c.lower_ in lexicon.blockers for c in ancestor.children):
            return True
    return False


def _receives_a_thing(verb: Token, linked: LinkedEntities) -> bool:
    """`ontving 350 duizend euro van Singer`, `ontmoette veel weerstand`: the verb's object is
    a thing, not a person or an actor, so nobody was met."""
    if not is_verb(verb) or PARTNER_VERBS & verb_lemmas(verb):  # `sprak diverse malen met X`: the partner is no object
        return False
    for obj in (c for c in verb.children if c.dep_ == "obj" and c.pos_ == "NOUN"):
        lemma = (obj.lemma_ or obj.lower_).lower()
        named = entities_in((t for t in noun_phrase(obj) if t.dep_ not in ("nmod:poss", "det")), linked)
        if not named and lemma not in person_nouns() and not is_person_title(lemma):
            return True
    return False


CLAUSE_BOUNDARIES = frozenset({"acl", "acl:relcl", "advcl", "ccomp", "parataxis", "csubj"})
PARTNER_VERBS = frozenset({"spreken", "praten", "overleggen", "onderhandelen", "dineren", "lunchen", "vergaderen", "samenkomen"})


def _phrase(token: Token) -> list[Token]:
    """The token's subtree without nested clauses: `de mislukte top van Kim en de
    Amerikaanse president Donald Trump in Hanoi`, not a relative clause hanging off it."""
    return reachable(token, lambda dep: dep not in CLAUSE_BOUNDARIES)


def _core_arguments(verb: Token, with_objects: bool) -> list[Token]:
    """Subject (inherited through coordination and infinitival clauses) and objects."""
    arguments = []
    subject = subject_of(verb)
    if subject is not None:
        arguments.append(subject)
    if with_objects:
        # `bezocht hij Saoedi-Arabië`: a name after an inverted subject is often parsed as xcomp
        arguments += [c for c in verb.children if c.dep_ in ("obj", "iobj") or (c.dep_ == "xcomp" and c.pos_ == "PROPN")]
        # `De premier zou nog president Trump ontmoeten` with both labelled nsubj: a verb has one subject
        arguments += [c for c in verb.children if c.dep_ in SUBJECT_DEPS and c != subject]
    return arguments


def _partner_phrases(head: Token) -> list[Token]:
    """`met X`, `bij X`, `tussen X en Y`, `van X` (for nouns), `aan X` (a visit's target)."""
    words = ("met", "bij", "tussen", "aan") + (("van",) if not is_verb(head) else ())
    return [c for c in head.children if (c.dep_.startswith("obl") or c.dep_.startswith("nmod")) and
            (c.dep_ == "nmod:poss" or _has_case(c, words))]


def _sibling_partner(noun: Token) -> list[Token]:
    """`kwam bij de voorstelling in gesprek met X`: a `met X` right after the noun that the
    parser hung on the noun's head instead of on the noun."""
    if noun.head == noun:
        return []
    return [p for p in _partner_phrases(noun.head) if p.left_edge.i == noun.i + 1 and _has_case(p, ("met",))]


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
    """`Blok is … op bezoek in Australië`: the subject of the `zijn` the `op` predicate
    stands with, found beside the copula (the subject and the copula share a head however
    the parser hangs the words between them)."""
    if not _has_case(noun, ("op",)):
        return []
    copulas = [t for t in noun.sent if t.i < noun.i and t.dep_ == "cop" and t.lemma_ == "zijn"]
    if not copulas:
        return []
    copula = copulas[-1]
    subjects = [c for c in copula.head.children if c.dep_ in SUBJECT_DEPS and c.i < copula.i]
    return noun_phrase(subjects[0]) if subjects else []


def _locative(token: Token) -> bool:
    """`in Sotsji`, `te Den Haag`, `in de badplaats Sotsji`: the place's phrase has a locative case."""
    for head in (token, token.head, token.head.head):
        if _has_case(head, ("in", "te", "op")):
            return True
        if head.dep_ not in ("flat", "appos", "flat:name", "compound", "nmod", "conj"):
            break
    return False


def _meeting_parties(trigger: Token, clause: Token | None, kind: str, linked: LinkedEntities,
                     quotes: list[Quote], quote_speaker: dict) -> tuple[list[str], list[str]]:
    """(participants, places named around the trigger). People and organisations take part
    wherever they are named; a place only as a core argument (`Rusland en China overleggen`)
    or as a visit's target, otherwise it is where the meeting was."""
    core: list[Token] = []
    around: list[Token] = []
    people_only: list[Token] = []
    if not is_verb(trigger):
        around += [t for t in _phrase(trigger) if t != trigger]
        around += [t for p in _sibling_partner(trigger) for t in _phrase(p)]
        core += _possessor_before(trigger)
        visitor = _copula_subject(trigger)
        core += visitor
        if clause is not None and trigger.dep_ not in SUBJECT_DEPS and not visitor:
            subject, *objects = _core_arguments(clause, with_objects=True) or [None]
            subject_phrase = noun_phrase(subject) if subject is not None else []
            if not any(linked.key_of_token(t) for t in subject_phrase):
                inverted = inverted_subject(clause, linked)
                subject_phrase = [inverted] if inverted is not None else []
            core += subject_phrase
            people_only += [t for o in objects for t in noun_phrase(o)]
    else:
        subject, *objects = _core_arguments(trigger, with_objects=not PARTNER_VERBS & verb_lemmas(trigger)) or [None]
        core += noun_phrase(subject) if subject is not None else []
        core += [t for o in objects for t in noun_phrase(o)]
        around += [t for o in objects for t in _phrase(o) if t not in noun_phrase(o)]
        around += [t for p in _partner_phrases(trigger) for t in _phrase(p)]
        # `sprak diverse malen met X`: parsers hang the partner on the verb's measure object
        around += [t for o in trigger.children if o.dep_ == "obj" for p in _partner_phrases(o) if _has_case(p, ("met",)) for t in _phrase(p)]
        around += [t for c in trigger.children if (c.dep_.startswith("obl") or c.dep_.startswith("nmod")) and _has_case(c, ("in", "te", "op")) for t in _phrase(c)]
    participants: list[str] = []
    places: list[str] = []
    targets = {t.i for p in _partner_phrases(trigger) for t in noun_phrase(p)} if kind == "visit" else set()
    for token in core + people_only + around:
        key = _first_person_speaker(token, quotes, quote_speaker) or linked.key_of_token(token)
        if not key or (token in people_only and _type(linked, key) != "PERSON"):
            continue
        is_place = _type(linked, key) == "PLACE"
        if is_place and token not in core and token.i not in targets:
            if key not in places and _locative(token):
                places.append(key)
        elif key not in participants:
            participants.append(key)
    return participants, places


def extract_meetings(doc: Doc, linked: LinkedEntities, doc_id: str, published: str | None,
                     statements: list[ArticleStatement] = (), lexicon: Lexicon | None = None) -> list[ArticleMeeting]:
    """Doc + linked entities → the article's meetings, calls and visits."""
    lexicon = lexicon or load_lexicon()
    quotes = document_quotes(doc)
    quote_speaker = {(q.start, q.end): s.speaker for s in statements if s.type == "direct" for q in quotes if q.text in s.text}
    meetings = []
    for token in tokens_where(doc, POS, (VERB_POS | lexicon.trigger_pos).__contains__):
        kind = _trigger_type(token, lexicon)
        if kind is None:
            continue
        clause = None if is_verb(token) else _clause_verb(token)
        if _blocked(token, clause, lexicon) or (kind == "meeting" and _receives_a_thing(token, linked)):
            continue
        participants, places = _meeting_parties(token, clause, kind, linked, quotes, quote_speaker)
        encounters = [m for m in meetings if m.type != "visit"]
        if encounters and _group_subject(clause if clause is not None else token, linked, lexicon):
            # `De ministers praatten Poetin bij`: the people of the encounter just reported
            previous = encounters[-1].participants
            participants = [*previous, *(k for k in participants if k not in previous)]
        sentence = token.sent
        when, evidence = resolve_date(sentence.text, published), evidence_for(sentence, doc_id)
        visited = [k for k in participants if _type(linked, k) == "PLACE"] or (places if kind == "visit" else [])
        visitors = [k for k in participants if k not in visited]
        people = [k for k in participants if _type(linked, k) == "PERSON"]
        if kind == "visit" and visited and visitors and len(people) <= 1:
            # `Blok is op bezoek in Australië en Maleisië`: one visit per place visited
            meetings += [ArticleMeeting(type="visit", participants=sorted([*visitors, place]), place=place, date=when, evidence=evidence)
                         for place in visited]
            continue
        if kind == "visit":
            kind = "meeting"  # a visit to a person is a meeting (ANNOTATION.md)
            participants = [k for k in participants if _type(linked, k) != "PLACE" or k not in places]
        if kind == "meeting" and any(t.lower_ in ("telefoon", "telefonisch", "telefonische") for t in _phrase(token)):
            kind = "call"
        if len(participants) < 2:
            continue
        meetings.append(ArticleMeeting(type=kind, participants=sorted(participants), place=places[0] if places else None,
                                       date=when, evidence=evidence))
    return _merge_within_article(meetings)


def _group_subject(verb: Token, linked: LinkedEntities, lexicon: Lexicon) -> bool:
    """The verb's subject is an unnamed group: `de twee`, `beiden`, `de ministers`, plural `ze`."""
    subject = subject_of(verb)
    if subject is None or any(linked.key_at(t.idx, t.idx + len(t)) for t in noun_phrase(subject)):
        return False
    word = subject.lower_
    if word in lexicon.group_subjects:
        return True
    if word in ("ze", "zij"):
        return "Plur" in verb.morph.get("Number") or "Plur" in next((a.morph.get("Number") for a in verb.children if a.dep_ == "aux"), [])
    lemma = (subject.lemma_ or word).lower()
    return subject.pos_ == "NOUN" and lemma != word and (lemma in person_nouns() or is_person_title(lemma))


def _trigger_type(token: Token, lexicon: Lexicon) -> str | None:
    if is_verb(token):
        return next((lexicon.triggers[(lemma, "VERB")] for lemma in sorted(verb_lemmas(token)) if (lemma, "VERB") in lexicon.triggers), None)
    if token.pos_ not in lexicon.trigger_pos:
        return None
    return lexicon.triggers.get(((token.lemma_ or token.text).lower(), token.pos_))


def _first_person_speaker(token: Token, quotes: list[Quote], quote_speaker: dict) -> str | None:
    if token.lower_ not in FIRST_PERSON:
        return None
    for quote in quotes:
        if quote.start <= token.idx < quote.end:
            return quote_speaker.get((quote.start, quote.end))
    return None


def _type(linked: LinkedEntities, key: str) -> str | None:
    entity = linked.by_key(key)
    return entity.type if entity else None


def _merge_within_article(meetings: list[ArticleMeeting]) -> list[ArticleMeeting]:
    """One sentence reporting one encounter twice (`ontmoeting` and `ontmoette`) → once."""
    seen: dict[tuple, ArticleMeeting] = {}
    for meeting in meetings:
        key = (tuple(meeting.participants), meeting.evidence.start)
        if key not in seen:
            seen[key] = meeting
    return list(seen.values())
