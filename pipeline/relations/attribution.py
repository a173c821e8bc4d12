"""Who a quote is attributed to, read from the words around it: a speech verb after it
(`'…', zegt X`) or before it (`X zei: '…'`), `aldus X`, a verb of reporting manner (`'…',
somberde X`), a clause or a name before a colon (`X deed er laconiek over: '…'`,
`ISO-voorzitter Tom van den Brink: '…'`), or the person the sentence before a first-person
quote is about.

In: a `Quote`, the parsed Doc, the article's quotes, the lexicon and `LinkedEntities`.
Out: (the cue token, the speaker's entity key, the attribution pattern), or None.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import cast

from spacy.tokens import Doc, Token

from ..lexicon import Lexicon
from ..linking.linked import LinkedEntities
from ..quotes import Quote, inside_quote
from ..schemas import StatementRule
from ..syntax import noun_phrase, subject_of
from .assertion import asserted
from .cues import cue_tokens
from .evidence import entities_in, entity_type_of
from .inversion import inverted_subject
from .labels import colon_label
from .morphology import cue_lemma, full_lemma, verb_lemmas
from .quoted_predicates import quoted_predicate
from .reports import names_a_word
from .speakers import FIRST_PERSON_ANY, according_to, speaker_of

SENTENCE_ENDS = frozenset({".", "!", "?"})
ATTRIBUTION_REACH = 4  # tokens of the next sentence an attribution split off a quote can start in
ANAPHORIC_OPENINGS = frozenset({"dat", "dit", "zo"})  # `'…' Dat zei Rutte.`: a sentence after a quote that attributes it


def quoted_third_party_cues(tokens: Iterable[Token], linked: LinkedEntities, lexicon: Lexicon) -> list[Token]:
    """Speech reported inside a quote by its speaker: `'… Toen Kretschmann zei dat elke auto
    minder goed is, werd hij op het matje geroepen'` — a cue verb in a quote whose subject is
    a name (no pronoun: `ik zei`, `hij zei` inside a quote are the speaker's own story)."""
    found = []
    for token in tokens:
        if not inside_quote(token, linked.quotes) or not cue_lemma(token, lexicon):
            continue
        subject = subject_of(token)
        people = [k for t in noun_phrase(subject) if t.pos_ == "PROPN" and (k := linked.key_at(t.idx, t.idx + len(t.text)))] if subject is not None else []
        # only what a person said in a `dat` clause or after a colon right after the verb:
        # other speech verbs in a quote are more often the speaker's own story
        said_that = token.i + 1 < token.sent.end and token.nbor(1).lower_ in ("dat", ":")
        if people and entity_type_of(linked, people[0]) == "PERSON" and said_that:
            found.append(token)
    return found


def attribute_quote(quote: Quote, doc: Doc, quotes: list[Quote], lexicon: Lexicon, linked: LinkedEntities) -> tuple[Token, str, StatementRule] | None:
    """The cue, speaker and pattern of a quote: `aldus X` or a speech verb right after it in
    its last sentence (`'…', zegt X`), else one before it in its first sentence (`X zei: '…'`;
    or in the sentence before, when a parser ended that at the colon that opens the quote),
    else any verb of reporting manner right after it, else the clause or label before a colon.
    A verb of quoting (`'…', citeerde TASS gouverneur Kozjemjako`) gives the quote to the one
    quoted, or to nobody."""
    found = _attribution(quote, doc, quotes, lexicon, linked)
    if found is None or full_lemma(found[0], lexicon) not in lexicon.quoting_verbs:
        return found
    verb, medium, rule = found
    quoted = _quoted_one(verb, medium, linked)
    return (verb, quoted, rule) if quoted else None


def _quoted_one(verb: Token, medium: str, linked: LinkedEntities) -> str | None:
    """The person or organisation a verb of quoting names after itself, other than the medium."""
    after = []
    for token in verb.doc[verb.i + 1:verb.sent.end]:
        if token.is_punct and token.text not in ("-", "'"):
            break
        after.append(token)
    return next((k for k in entities_in(after, linked) if k != medium and entity_type_of(linked, k) in ("PERSON", "ORG")), None)


def _attribution(quote: Quote, doc: Doc, quotes: list[Quote], lexicon: Lexicon, linked: LinkedEntities) -> tuple[Token, str, StatementRule] | None:
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
    after = [t for t in last_sentence if t.idx >= quote.end and t.i < after_end and not inside_quote(t, quotes)]
    if _closes_a_sentence(quote, after):
        after = []
    next_quote = next((q.start for q in quotes if q.start > quote.end), None)
    after = [t for t in after if next_quote is None or t.idx < next_quote]
    before = [t for t in first_sentence if t.idx < quote.start and not inside_quote(t, quotes)]
    if all(t.is_punct for t in before) and (colon_before := _colon_before(doc, first_sentence.start)) is not None:
        # `Rutte deed er laconiek over: ,,…''` with the sentence split at the colon (or at the quote mark after it)
        before = [t for t in colon_before.sent if not inside_quote(t, quotes)]
    for index, token in enumerate(after[:3]):
        if token.lower_ == "aldus":  # '…', aldus Wang
            speaker = next((k for t in after[index + 1:index + 5] if (k := linked.key_of_token(t))), None)
            if speaker:
                return token, speaker, "quote_aldus"
    if (sounding := _sounds_from(after[:5], linked)) is not None:
        return *sounding, "quote_manner_verb"
    for candidates, rule in ((after, "quote_cue_after"), (list(reversed(before)), "quote_cue_before")):
        for verb in cue_tokens(candidates, lexicon, quotes):
            if names_a_word(verb, linked, lexicon) or (rule == "quote_cue_after" and (subordinate_cue(verb) or _new_clause_before(verb, after))):
                continue
            if rule == "quote_cue_before" and hoped_for(verb, quote, doc, lexicon):
                continue
            speaker = speaker_of(verb, linked, {}, lexicon, quotes)
            if speaker:
                return verb, speaker, cast(StatementRule, rule)
    if (reporting := _postposed_manner_verb(after, linked)) is not None:
        return *reporting, "quote_manner_verb"
    colon = [t for t in before if t.text.endswith(":")]  # `Bram van Wickeren (25):` makes one token of `):`
    if colon and colon[-1].i >= first[0].i - 2:
        # a relative clause in a label's aside (`Woldhek, die hem meemaakte als voorzitter:`) introduces nothing
        clause_verbs = [t for t in before if t.pos_ in ("VERB", "AUX") and t.i < colon[-1].i and not _relative_clause_verb(t)]
        for verb in reversed(clause_verbs):
            speaker = speaker_of(verb, linked, {}, lexicon)
            if speaker:
                return verb, speaker, "quote_colon_clause"
        label = [t for t in before if t.i < colon[-1].i]
        if (labelled := colon_label(label, linked, lexicon)) is not None:
            return colon[-1], labelled, "quote_colon_label"
    if (predicated := quoted_predicate(quote, doc, linked, lexicon)) is not None:
        return *predicated, "quoted_predicate"
    return None


def _new_clause_before(verb: Token, after: list[Token]) -> bool:
    """`beschimpt hem als '…' en Baudet twittert: …`, `weet dat bonussen 'gevoelig liggen',
    maar hij wil benadrukken dat …`: a coordinating `en`/`maar` between a quote and the cue
    opens a clause of its own, whose cue is not the quote's; one inside the cue's subject
    (`Hoe '…' Rutte en anderen het noemden`) joins its speakers."""
    subject = subject_of(verb)
    own = {t.i for t in subject.subtree} if subject is not None else set()
    return any(t.pos_ == "CCONJ" and t.lower_ in ("en", "maar") and t.i < verb.i and t.head.i not in own for t in after)


def _sounds_from(after: list[Token], linked: LinkedEntities) -> tuple[Token, str] | None:
    """`'…', zo klinkt het bij Ajax`, `'…', klonk het uit de mond van Rutte`: `klinken` with
    `het` right after a quote, the first person or organisation behind its `bij`/`uit` the
    one heard. `klinkt het in Den Haag` names a place, no speaker."""
    for token in after:
        if token.lower_ not in ("klinkt", "klonk") or token.i + 1 >= len(token.doc) or token.nbor(1).lower_ != "het":
            continue
        behind = token.doc[token.i + 2:min(token.i + 8, token.sent.end)]
        if not behind or behind[0].lower_ not in ("bij", "uit"):
            return None
        return next(((token, k) for k in entities_in(behind, linked) if entity_type_of(linked, k) in ("PERSON", "ORG")), None)
    return None


def subordinate_cue(verb: Token) -> bool:
    """A speech verb after a quote that heads a subordinate clause attributes no quote:
    `Volgens Giménez is het 'legitiem' dat Junqueras denkt …`, `omdat hij 'per ongeluk'
    iets verkeerd zou hebben gezegd` (scare quotes around the narrator's words). The cue of
    `'…', zegt X` is a main clause's verb; `'…', zoals Rutte zei` keeps its `zoals`, and
    `'…' Dat riep Van de Kerkhof` is a main clause whatever the parser made of its `Dat`
    (nothing stands between it and the verb, where a subordinate clause has its subject)."""
    return any(c.dep_ == "mark" and c.lower_ != "zoals" and c.i < verb.i - 1 for c in verb.children)


def hoped_for(verb: Token, quote: Quote, doc: Doc, lexicon: Lexicon) -> bool:
    """Rule `hoped_for_quote`: `De regering vreest voor 'massale protesten'`, `Rutte hoopt op
    'een wonder'`: a stance verb (data/lexicon/intention_verbs.txt) with the quote as the
    object of its preposition fears or hopes for the thing quoted; it says nothing. `Rutte
    hoopt: '…'` and `'…', hoopt Rutte` still attribute."""
    if not verb_lemmas(verb, lexicon) & lexicon.intention_verbs:
        return False
    opening = doc.char_span(quote.start, quote.end, alignment_mode="expand")
    if opening is None or opening.start < 2:
        return False
    before = doc[opening.start - 1]
    before = doc[opening.start - 2] if before.is_punct else before  # the opening mark
    return before.pos_ == "ADP" and before.head.i in range(opening.start, opening.end) and before.head.head == verb


def _relative_clause_verb(verb: Token) -> bool:
    """The verb of a relative clause: its subject is `die`/`dat` (`die hem meemaakte`)."""
    return any(c.dep_.startswith("nsubj") and c.lower_ in ("die", "dat") for c in verb.children)


def _colon_before(doc: Doc, start: int) -> Token | None:
    """The colon right before token `start`, perhaps behind the quote mark that opens the
    quote (`Winsemius: '` / `Onder Jacqueline Cramer …'`, split after the mark)."""
    index = start - 1
    if index > 0 and doc[index].is_quote:
        index -= 1
    return doc[index] if index >= 0 and doc[index].text.endswith(":") else None


def _closes_a_sentence(quote: Quote, after: list[Token]) -> bool:
    """`'Onder Cramer zijn die centrales er gekomen.' Siegfried Woldhek herinnert zich …`: a
    quote ending in a full stop, followed by a capitalised word, ended its sentence; what
    follows it is a new sentence (which the parser may have run on), not its attribution.
    After `?` or `!` the attribution follows in lower case (`'Waarom?', vroeg hij`); a new
    sentence that opens with `Dat`/`Dit`/`Zo` refers back to the quote (`'…' Dat riep Van de
    Kerkhof deze week`) and attributes it."""
    words = [t for t in after if not t.is_quote]
    # `… verklaarde.'' R. bekende …`: an initial opens a sentence as a word does
    return (quote.text.rstrip("'\"’”» ").endswith(".") and bool(words) and words[0].text[:1].isalpha() and words[0].text[:1].isupper()
            and words[0].lower_ not in ANAPHORIC_OPENINGS)


def _postposed_manner_verb(after: list[Token], linked: LinkedEntities) -> tuple[Token, str] | None:
    """`'We krijgen geen eerlijk proces', somberde Junqueras`, `'…', vaart Sánchez-Cuenca uit`,
    `'…', lacht ze`: right after a quote, a comma, a finite verb and its inverted subject
    attribute the quote whatever the verb (papers vary the speech verb on purpose, so no
    lexicon lists them all). Not an auxiliary or copula (`'…', is de vraag`), and the
    subject must name someone."""
    words = [t for t in after if not t.is_quote]
    if len(words) < 3 or words[0].text != "," or words[1].pos_ != "VERB" or "Fin" not in words[1].morph.get("VerbForm", []):
        return None
    verb = words[1]
    subject = inverted_subject(verb, linked)
    key = linked.key_of_token(subject) if subject is not None else None
    return (verb, key) if key else None


# `ik`, `we`, and the generic `je` of speech (`"Als je iets overkomt en je zwijgt erover …"`):
# words of someone speaking, which narration does not use
SPOKEN_PERSON = FIRST_PERSON_ANY | {"je", "jij", "jouw"}


def context_attribution(quote: Quote, doc: Doc, quotes: list[Quote], linked: LinkedEntities, lexicon: Lexicon) -> tuple[Token, str] | None:
    """A first-person (or generic `je`) quote that opens its sentence right after a sentence
    about a person (`Van der Staaij sloeg terug met een kwinkslag. "Als ik …"`, `Toch wil hij
    de krant in. "Als je iets erg overkomt …"`): that person speaks."""
    span = doc.char_span(quote.start, quote.end, alignment_mode="expand")
    if span is None or span[0].sent.start == 0 or not any(t.lower_ in SPOKEN_PERSON for t in span):
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
    # `Haar moeder wil antwoorden. "Ik …"`: the person a possessive names a relative of is not
    # who speaks; `Haar transformatie wekt de suggestie … "Ik …"` (a thing of hers) is about her
    relative = subject.lower_ in lexicon.person_nouns or lexicon.is_person_title(subject.lower_)
    owned = (t for t in noun_phrase(subject) if not (relative and t.dep_ == "nmod:poss"))
    key = according_to([root, subject], linked) or next((k for k in entities_in(owned, linked) if entity_type_of(linked, k) == "PERSON"), None)
    return (root, key) if key else None


def reported_before(quote: Quote, doc: Doc, quotes: list[Quote], linked: LinkedEntities, lexicon: Lexicon) -> tuple[Token, str] | None:
    """A quote that opens its sentence right after a narrated sentence reporting someone's
    words (`Dat heeft Oleg Kozjemjako in ieder geval gezegd. ,,Het officiële besluit is
    genomen …''`): the quote goes on with them. The report must be made (asserted) and have
    a named speaker; a sentence with a quote of its own, or a question, introduces nothing."""
    span = doc.char_span(quote.start, quote.end, alignment_mode="expand")
    if span is None or span[0].sent.start == 0:
        return None
    previous_sentence = doc[span[0].sent.start - 1].sent
    if previous_sentence[-1].text == "?" or any(q.start < previous_sentence.end_char and previous_sentence.start_char < q.end for q in quotes):
        return None
    # the sentence's own verb (or its chain), not one in a clause inside it
    for verb in cue_tokens(previous_sentence, lexicon, quotes):
        if previous_sentence.root not in (verb, verb.head) or not asserted(verb, lexicon):
            continue
        if (speaker := speaker_of(verb, linked, {}, lexicon, quotes)) and entity_type_of(linked, speaker) == "PERSON":
            return verb, speaker  # a person goes on speaking (a body's report is as often quoted from someone else)
    return None
