"""Attributions without a speech verb of their own: a phrase names whose claim a clause is.

In: the parsed Doc, its `LinkedEntities` (quotes and pronouns resolved), the lexicon (the
words of each construction: data/lexicon/report_markers.tsv). Out: `Report`s (speaker,
cue, pattern, sentence, content) for `statements.py`, which makes them indirect
statements. Each function is one construction of Dutch:

- `volgens X` — `Volgens Brussee heeft Slob de Kamer onjuist geïnformeerd` (`volgens.py`);
- `wat X betreft` — `Wat haar betreft is er sprake van een ernstig feit`;
- `…, aldus X` after a clause, not a quote — `Niemand raakte gewond, aldus de politie`;
- `zoals X zegt` — `De rechtspraak is er net zo slecht aan toe als in Polen, zoals Puigdemont stelt`;
- `naar X's zeggen` — `De kinderen overleden, naar R.'s zeggen door ondervoeding`;
- a speech noun with its `dat` clause — `Shell kwam met de mededeling dat de fabriek sluit`.

Stance predicates (`is van mening dat …`, `is geen voorstander`) are in `stances.py`.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from itertools import pairwise

from spacy.attrs import LOWER
from spacy.tokens import Doc, Span, Token

from ..lexicon import Lexicon
from ..linking.linked import LinkedEntities
from ..quotes import Quote, inside_quote
from ..schemas import StatementRule
from ..syntax import noun_phrase
from ..tokens import tokens_where
from .evidence import entities_in
from .morphology import cue_lemma

ATTRIBUTION_TAIL = 8  # tokens an `aldus X` may take after `aldus`: a name, a title, `eerder`, `tegen de krant`
WAT_REACH = 6  # tokens from `wat` to `betreft`: `wat de Haagse wethouder Jan de Vries betreft`
NAAR_REACH = 4  # tokens from `naar` to `zeggen`: `naar de minister haar zeggen`
ZOALS_REACH = 8  # tokens from `zoals` to its speech verb: `zoals ex-regiopresident Carles Puigdemont gisteren stelde`


@dataclass(frozen=True)
class Report:
    speaker: str
    cue: str
    rule: StatementRule
    sentence: Span
    text: str


def wat_betreft_reports(doc: Doc, linked: LinkedEntities, quotes: list[Quote], lexicon: Lexicon) -> list[Report]:
    """`Wat haar betreft is er sprake van een ernstig feit`, `Er komt, wat de VVD betreft, geen
    nieuwe heffing`: the one between `wat` and `betreft` holds the view the clause states.
    `Wat de kosten betreft, …` names nobody and is no statement."""
    reports = []
    for opening, closing in _two_part_markers(doc, quotes, lexicon, "wat_betreft", "wat", WAT_REACH):
        sentence = closing.sent
        keys = entities_in(doc[opening.i + 1:closing.i], linked)
        if len(keys) != 1:
            continue
        rest = [t for t in sentence if t.i < opening.i or t.i > closing.i]
        if any(t.pos_ in ("VERB", "AUX") for t in rest):
            reports.append(Report(keys[0], "wat betreft", "wat_betreft", sentence, claim_text(rest)))
    return reports


def aldus_reports(doc: Doc, linked: LinkedEntities, quotes: list[Quote], lexicon: Lexicon) -> list[Report]:
    """`Niemand raakte gewond, aldus de politie.`, `Er is overleg over een regeling, aldus
    Bolhuis.`: `aldus` after a comma that closes a clause, with a named speaker ending the
    sentence, attributes the clause. After a quote the quote's own attribution takes it
    (`'…', aldus Wang`); `Aldus geschiedde` and `aldus het plan` name nobody."""
    reports = []
    for token in tokens_where(doc, LOWER, lexicon.markers("aldus")):
        sentence = token.sent
        if token.i - sentence.start < 3 or doc[token.i - 1].text != "," or inside_quote(token, quotes):
            continue
        before = doc[sentence.start:token.i - 1]
        if before[-1].is_quote or any(inside_quote(t, quotes) for t in before):
            continue
        tail = [t for t in doc[token.i + 1:sentence.end] if not t.is_punct]
        speaker = next((k for t in tail[:4] if (k := linked.key_of_token(t))), None)
        if speaker and len(tail) <= ATTRIBUTION_TAIL and is_clause(before):
            reports.append(Report(speaker, token.lower_, "aldus_report", sentence, claim_text(before)))
    return reports


def is_clause(words: Span) -> bool:
    """A verb, or a subject with its predicate (rule `clause_without_a_verb`: `Maar de familie
    acht een celstraf passender, aldus Korver`, `acht` tagged a numeral): the words make a
    claim. `Het plan, aldus de minister` has neither."""
    return any(t.pos_ in ("VERB", "AUX") or (t.dep_.startswith("nsubj") and t.head != t and words.start <= t.head.i < words.end) for t in words)


def zoals_reports(doc: Doc, linked: LinkedEntities, quotes: list[Quote], lexicon: Lexicon,
                  clauses: list[tuple[Token, Token]]) -> list[Report]:
    """`…, zoals Puigdemont stelt`, `Zoals de minister eerder zei, komt er geen nieuwe
    heffing`: `zoals`, a named speaker and a speech verb closing the clause attribute the
    clause around it. Read as a token window, since parsers hang `zoals` anywhere. With an
    object (`zoals hij het zelf noemt`) it only names a word; `zoals verwacht` and `zoals
    gezegd` name nobody. `clauses` are the Doc's `zoals_clauses`."""
    reports = []
    for mark, verb in clauses:
        sentence = mark.sent
        if inside_quote(mark, quotes) or not cue_lemma(verb, lexicon):
            continue
        between = doc[mark.i + 1:verb.i]
        keys = entities_in(between, linked)
        if not keys or has_object(between, linked):
            continue
        clause_end = verb.i + 1
        while clause_end < sentence.end and not doc[clause_end].is_punct:
            clause_end += 1
        rest = [t for t in sentence if not mark.i <= t.i < clause_end]
        if any(t.pos_ in ("VERB", "AUX") for t in rest):
            reports.append(Report(keys[0], cue_lemma(verb, lexicon) or verb.lemma_, "zoals_report", sentence, claim_text(rest)))
    return reports


def naar_zeggen_reports(doc: Doc, linked: LinkedEntities, quotes: list[Quote], lexicon: Lexicon) -> list[Report]:
    """`…, naar R.'s zeggen door ondervoeding`, `Naar zijn zeggen is het plan klaar`: `naar`, a
    possessor and `zeggen` say whose claim the clause is. `naar eigen zeggen` hedges the
    subject's account of itself (`Ze troffen haar naar eigen zeggen later aan`) and, as in the
    gold set, is no statement; `naar verluidt` names nobody."""
    reports = []
    for opening, closing in _two_part_markers(doc, quotes, lexicon, "naar_zeggen", "naar", NAAR_REACH):
        sentence = closing.sent
        between = doc[opening.i + 1:closing.i]
        keys = entities_in(between, linked) or [k for t in between if (k := linked.key_of_token(t))]
        start = opening.i - (opening.i > sentence.start and doc[opening.i - 1].text == ",")  # the aside's comma goes with it
        rest = [t for t in sentence if not start <= t.i <= closing.i]
        if len(keys) == 1 and any(t.pos_ in ("VERB", "AUX") for t in rest):
            reports.append(Report(keys[0], "naar zeggen", "naar_zeggen", sentence, claim_text(rest)))
    return reports


def speech_noun_reports(doc: Doc, linked: LinkedEntities, quotes: list[Quote], lexicon: Lexicon) -> list[Report]:
    """`Shell kwam met de mededeling dat de fabriek sluit`, `Joël belde zijn moeder met de
    boodschap dat …`, `De belofte van Rutte dat de belasting omlaag gaat`: a noun of speech
    (data/lexicon/report_markers.tsv) with a `dat` clause of its own reports that clause; the
    speaker is its `van`/possessor phrase, or else the subject of the verb it is an argument
    of. `het bericht dat …` (news, no speaker), a negated verb (`kwam niet met de boodschap`)
    and `de belofte dat …` with nobody named are no statement."""
    reports = []
    for noun in tokens_where(doc, LOWER, lexicon.markers("speech_noun")):
        clause = next((c for c in noun.children if c.dep_.startswith("acl") and c.i > noun.i
                       and any(m.dep_ == "mark" and m.lower_ == "dat" for m in c.children)), None)
        after = max(t.i for t in noun_phrase(noun)) + 1  # `De belofte van Rutte dat …` with `dat` hung elsewhere
        if clause is None and after < len(doc) and doc[after].lower_ == "dat" and doc[after].dep_ == "mark" and doc[after].head.left_edge.i == after:
            clause = doc[after].head
        if clause is None or inside_quote(noun, quotes):
            continue
        owner = [t for c in noun.children if c.dep_ == "nmod:poss" or (c.dep_ == "nmod" and any(g.lower_ == "van" for g in c.children))
                 for t in noun_phrase(c)]
        keys = entities_in(owner, linked) or [k for t in owner if (k := linked.key_of_token(t))]
        verb = noun.head
        if not keys and noun.dep_ in ("obj", "obl") and verb.pos_ in ("VERB", "AUX"):
            if any(c.dep_ == "advmod" and c.lower_ in lexicon.negations for c in verb.children):
                continue
            subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
            keys = [k for t in noun_phrase(subject) if (k := linked.key_of_token(t))][:1] if subject is not None else []
        if keys:
            words = [t for t in clause.subtree if t.i > noun.i]
            reports.append(Report(keys[0], noun.lower_, "speech_noun", noun.sent, claim_text(words)))
    return reports


def zoals_clauses(doc: Doc, lexicon: Lexicon) -> list[tuple[Token, Token]]:
    """Each `zoals` with the verb that closes its clause (the first verb after it, within
    ZOALS_REACH tokens of its sentence): a speech verb there reports the clause around it,
    never a content of its own (`zoals hij het noemt`)."""
    clauses = []
    for mark in tokens_where(doc, LOWER, lexicon.markers("zoals")):
        window = doc[mark.i + 1:min(mark.sent.end, mark.i + 1 + ZOALS_REACH)]
        verb = next((t for t in window if t.pos_ in ("VERB", "AUX")), None)
        if verb is not None:
            clauses.append((mark, verb))
    return clauses


def names_a_word(verb: Token, linked: LinkedEntities, lexicon: Lexicon) -> bool:
    """`Jesper maakt gebruik van, zoals hij het zelf noemt, 'marketingfoto's'`: a speech verb
    closing a `zoals` clause with an object names the quoted word; it attributes no quote."""
    doc = verb.doc
    mark = next((t for t in reversed(doc[max(verb.sent.start, verb.i - ZOALS_REACH):verb.i]) if t.lower_ in lexicon.markers("zoals")), None)
    if mark is None or mark.i + 1 == verb.i or any(t.pos_ in ("VERB", "AUX") for t in doc[mark.i + 1:verb.i]):
        return False
    return has_object(doc[mark.i + 1:verb.i], linked)


def _two_part_markers(doc: Doc, quotes: list[Quote], lexicon: Lexicon, closing_marker: str, opening_word: str,
                      reach: int) -> Iterator[tuple[Token, Token]]:
    """(opening, closing) of each two-part marker outside quotes (`wat … betreft`, `naar …
    zeggen`): the closing word of lexicon marker `closing_marker` and the nearest
    `opening_word` before it, within `reach` tokens of its sentence."""
    for closing in tokens_where(doc, LOWER, lexicon.markers(closing_marker)):
        window = doc[max(closing.sent.start, closing.i - reach):closing.i]
        opening = next((t for t in reversed(window) if t.lower_ == opening_word), None)
        if opening is not None and not inside_quote(closing, quotes):
            yield opening, closing


def has_object(between: Span, linked: LinkedEntities) -> bool:
    """Between `zoals` and its verb, a pronoun after the subject's place or a noun after the
    speaker's name outside a prepositional phrase is the verb's object: `zoals hij het
    noemt`, `zoals ze hem noemen`, `zoals zij haar fans noemt` name, they report nothing;
    `zoals Rutte gisteren op Twitter schreef` has none."""
    if any(t.pos_ == "PRON" for t in between[1:]) or (between[0].pos_ == "PRON" and not linked.key_of_token(between[0])):
        return True  # `zoals ze Rutte noemen`: a subject nobody resolves, and a named object
    start = next((i for i, t in enumerate(between) if linked.key_of_token(t)), None)
    if start is None:
        return False  # no pronoun and no name: nobody's object to tell from the subject
    after = [t for t in between[start:] if not linked.key_of_token(t)]
    return any(t.pos_ in ("NOUN", "PROPN") and not any(p.pos_ == "ADP" for p in after[max(0, i - 2):i]) for i, t in enumerate(after))


def claim_text(tokens: Span | list[Token]) -> str:
    """The words of the claim, the attribution cut out: no comma left doubled or dangling."""
    kept: list[Token] = []
    for token in tokens:
        if token.text in (",", ";") and (not kept or kept[-1].text in (",", ";")):
            continue
        if token.text in (".", "?", "!") and kept and kept[-1].text in (",", ";"):
            kept.pop()
        kept.append(token)
    # where the attribution was cut out, the word before it may have lost its space
    gaps = [t.text_with_ws if after.i == t.i + 1 or t.whitespace_ or after.is_punct else t.text + " " for t, after in pairwise(kept)]
    return ("".join(gaps) + (kept[-1].text if kept else "")).strip(" ,;.:")
