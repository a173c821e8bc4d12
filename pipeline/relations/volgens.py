"""`volgens X`: the source a `volgens` phrase names speaks the clause around it (`Volgens
Brussee heeft Slob de Kamer onjuist geïnformeerd`, `…, volgens de politie`).

In: the parsed Doc, its `LinkedEntities`, the lexicon (`volgens` and its kin in
data/lexicon/report_markers.tsv, view_words.txt). Out: `Report`s for `statements.py`.
"""

from __future__ import annotations

from spacy.attrs import LOWER
from spacy.tokens import Doc, Span, Token

from ..lexicon import Lexicon
from ..linking.linked import LinkedEntities
from ..syntax import noun_phrase
from ..tokens import tokens_where
from .evidence import entities_in
from .reports import Report, claim_text

OBJECT_ONLY_PRONOUNS = frozenset({"hem"})  # a person pronoun that is never a possessive


def volgens_reports(doc: Doc, linked: LinkedEntities, lexicon: Lexicon) -> list[Report]:
    """`Volgens Brussee heeft Slob de Kamer onjuist geïnformeerd`, `…, volgens de politie`:
    the named part of the `volgens` phrase speaks; the sentence without the phrase is the
    claim, so a phrase inside the clause leaves it whole (`Ze vestigen zich volgens de
    Vogelbescherming graag in schuren` claims `Ze vestigen zich graag in schuren`, not
    what follows the phrase). `volgens de wet`, `volgens een plan` and `volgens ingewijden`
    name nobody and are no statement; a source's owner speaks (`source_owner`)."""
    reports = []
    for token in tokens_where(doc, LOWER, lexicon.markers("volgens")):
        if token.dep_ != "case":
            continue
        own = _own_view(token, linked, lexicon)  # `volgens haar deels`: a plural the parser made of an adverb is hers
        if not own and _unnamed_sources(token.head, linked):
            continue
        phrase = _source_phrase(token)
        keys = entities_in((t for t in phrase if t.dep_ not in ("nmod:poss", "det")), linked) or own
        if not keys and (owner := source_owner(token.head, linked, lexicon)):
            keys, phrase = entities_in(owner, linked)[:1], phrase + owner
        if keys:
            sentence = token.sent
            phrase_end = _after_aside(token, max(t.i for t in phrase) + 1, sentence)
            rest = claim_text([t for t in sentence if not token.i <= t.i < phrase_end])
            reports.append(Report(keys[0], "volgens", "volgens", sentence, rest or sentence.text))
    return reports


def _source_phrase(marker: Token) -> list[Token]:
    """The noun phrase a `volgens` opens, up to the clause or aside after it: in `Een ander
    verschil is volgens de gemeente dat deze twee ondernemers … en Il Giardino niet` the
    parser made `gemeente` the root, and the clause hung on it names no source."""
    sentence = marker.sent
    end = next((t.i for t in marker.doc[marker.i + 1:sentence.end]
                if t.text in (",", ":", ";") or _opens_a_clause(t)), sentence.end)
    return [t for t in noun_phrase(marker.head) if marker.i < t.i < end]


def _after_aside(marker: Token, end: int, sentence: Span) -> int:
    """Where the source phrase ends with its aside: `Volgens Manuel Almenar, de conservatieve
    voorman, klopt …` — the words between two commas after the name, with no finite verb,
    describe the source and are no part of the claim. After `Het gaat, volgens de AIVD, om …`
    the comma closes the parenthesis `volgens` opened, and a relative clause (`Volgens SATL,
    waarbij ook Ede is aangesloten, …`) is no aside."""
    doc = sentence.doc
    if end + 1 >= sentence.end or doc[end].text != "," or (marker.i > sentence.start and doc[marker.i - 1].text == ","):
        return end
    if doc[end + 1].pos_ in ("PRON", "ADV", "SCONJ"):
        return end
    for token in doc[end + 1:sentence.end]:
        if _opens_a_clause(token):
            return end
        if token.text == ",":
            return token.i + 1
    return end


def _opens_a_clause(token: Token) -> bool:
    """A subordinator or a finite verb: where a source phrase or its aside has ended."""
    return token.pos_ == "SCONJ" or (token.pos_ in ("VERB", "AUX") and "Fin" in token.morph.get("VerbForm", []))


def _own_view(marker: Token, linked: LinkedEntities, lexicon: Lexicon) -> list[str]:
    """Rule `volgens_possessive`: `volgens haar mening`, `volgens zijn zeggen`, and `Dat komt
    volgens haar deels doordat …` (`haar` parsed as the possessive of `deels`): a person
    pronoun right after `volgens` whose noun is a view word (data/lexicon/view_words.txt) is
    the one whose view it is, as `volgens hem` is, and so is `hem` whatever it is parsed to
    possess (`Politici hebben volgens hem lijdzaam toegezien`: `hem` possesses nothing).
    Another noun is someone or something of theirs: `volgens zijn partijgenote`, `volgens haar
    advocaat` are another's claim."""
    pronoun = marker.nbor(1) if marker.i + 1 < len(marker.doc) else None
    if pronoun is None or pronoun.dep_ != "nmod:poss" or pronoun.head.i <= pronoun.i:
        return []
    if pronoun.lower_ not in OBJECT_ONLY_PRONOUNS and pronoun.head.lower_ not in lexicon.view_words:
        return []
    key = linked.key_of_token(pronoun)
    return [key] if key is not None else []


def source_owner(head: Token, linked: LinkedEntities, lexicon: Lexicon) -> list[Token]:
    """Rule `volgens_source`: `volgens de website van NederlandElektrisch`, `Volgens berekeningen
    van WomenInc …`: a source noun (data/lexicon/report_markers.tsv) names no one itself; the
    one it is `van` speaks. The owner's phrase, `van` with it, if it names someone
    (`volgens een schatting van verzekeraars` names nobody)."""
    if (head.lemma_ or head.text).lower() not in lexicon.markers("volgens_source") and head.lower_ not in lexicon.markers("volgens_source"):
        return []
    owners = [c for c in head.children if c.dep_ == "nmod" and any(g.dep_ == "case" and g.lower_ == "van" for g in c.children)]
    phrase = [t for owner in owners for t in (*(g for g in owner.children if g.dep_ == "case"), *noun_phrase(owner))]
    return phrase if entities_in(phrase, linked) else []


def _unnamed_sources(head: Token, linked: LinkedEntities) -> bool:
    """`volgens ingewijden AZ …`, `volgens bronnen rond Rutte`: a plural noun nobody names is
    who claims it (ANNOTATION.md leaves such sources out), whatever names the parser hangs on it."""
    return head.pos_ == "NOUN" and "Plur" in head.morph.get("Number", []) and linked.key_of_token(head) is None
