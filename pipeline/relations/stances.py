"""Stance predicates: `zijn` with a predicate that states the subject's view, which the
annotation guide counts as a statement though no speech verb reports it. Each function is
one construction of Dutch, its words in data/lexicon/report_markers.tsv:

- `zijn van` + a stance noun + `dat` — `De VVD is al jaren van mening dat de belasting omlaag moet`;
- `zijn` + a holder of a stance, a preposition of stance + a noun, or a stance adjective
  + `dat` — `Eva Naaijkens is geen voorstander`, `Knol is juist voor de bpm-verhoging`,
  `Van Noorden is bang dat kinderen ondersneeuwen`.

Out: `Report`s for `statements.py`, which makes them indirect statements.
"""

from __future__ import annotations

from spacy.attrs import DEP, LOWER
from spacy.tokens import Doc, Token

from ..lexicon import Lexicon
from ..linking.linked import LinkedEntities
from ..quotes import Quote, inside_quote
from ..syntax import plural, subject_of
from ..tokens import dependents_where, tokens_where
from .assertion import UNASSERTED_MARKS, negates_verb
from .morphology import full_lemma
from .reports import Report, claim_text
from .speakers import subject_entity


def stance_predicate_reports(doc: Doc, linked: LinkedEntities, quotes: list[Quote], lexicon: Lexicon) -> list[Report]:
    """`Rutte is van mening dat de economie groeit`, `Daarom is de minister van oordeel dat …`,
    `De VVD is al jaren van mening dat …`: `zijn` + `van` + a stance noun + `dat` states the
    view of the one the clause before it names (read as a token window: parsers make any
    of its words the root). `is van mening veranderd` has no clause; with nobody or two
    named before it there is no speaker."""
    reports = []
    for noun in tokens_where(doc, LOWER, lexicon.markers("stance_noun").__contains__):
        if noun.i < 2 or noun.i + 1 >= len(doc) or doc[noun.i - 1].lower_ != "van" or doc[noun.i + 1].lower_ != "dat":
            continue  # the cheap test first: `noun.sent` walks the sentence
        sentence = noun.sent
        if noun.i - 1 <= sentence.start or noun.i + 1 >= sentence.end:
            continue
        if inside_quote(noun, quotes) or not any(t.lemma_ == "zijn" and t.pos_ == "AUX" for t in doc[sentence.start:noun.i - 1]):
            continue
        keys = {k for t in doc[sentence.start:noun.i - 1] if (k := linked.key_of_token(t))}
        if len(keys) == 1:
            reports.append(Report(keys.pop(), f"van {noun.lower_}", "stance_predicate", sentence, claim_text(doc[noun.i + 1:sentence.end])))
    return reports


COPULAS = frozenset({"cop"})


def stance_copula_reports(doc: Doc, linked: LinkedEntities, quotes: list[Quote], lexicon: Lexicon) -> list[Report]:
    """Rule `stance_copula`: `Ook Eva Naaijkens is geen voorstander`, `Woordvoerder Anne
    Knol is juist voor de bpm-verhoging`, `Docent Van Noorden vindt het zorgelijk en is bang
    dat kinderen ondersneeuwen`: `zijn` with a predicate of stance (a holder noun, `voor` or
    `tegen` with a noun, or a stance adjective with its `dat` clause) states the subject's
    view; `geen voorstander` is a view too. Not: `was haar tegenstander` (an opponent), `is
    voor ambitieuze vrouwen …` (a person noun: for whom), `is voor de derde keer premier` (a
    time noun), `Voor ze aantrad, was ze ondernemer` (`voor` before the copula opens a
    clause), `is bang` with no clause (a feeling, nothing claimed), a negated or modal
    copula (`is niet bang dat`, `zou voorstander zijn`), a condition (`als hij voorstander
    is`), or a subject that names nobody (`Het is voor de docenten leuker`, `de idealisten
    zijn bang dat …`)."""
    reports = []
    # only a word with a copula can be a stance predicate: those found in one pass over the
    # Doc, in text order, instead of asking every word for its children
    for predicate in (doc[i] for i in sorted(dependents_where(doc, DEP, COPULAS))):
        cue = stance_cue(predicate, lexicon)
        if cue is None or inside_quote(predicate, quotes) or not asserted_copula(predicate, lexicon):
            continue
        subject = subject_of(predicate)
        if subject is None or subject.i > predicate.i or unnamed_plural(subject, linked):
            continue
        speaker = subject_entity(subject, predicate, linked, {}, lexicon)
        if speaker is not None:
            words = [t for t in predicate.sent if t.i >= min(c.i for c in predicate.children if c.dep_ == "cop")]
            reports.append(Report(speaker, cue, "stance_copula", predicate.sent, claim_text(words)))
    return reports


def unnamed_plural(subject: Token, linked: LinkedEntities) -> bool:
    """`de internetidealisten - Wikipedia ging nog op zwart - zijn bang dat …`: a plural noun
    that names nobody holds the view, whatever name an aside hangs on it."""
    return subject.pos_ == "NOUN" and plural(subject) and linked.key_of_token(subject) is None


def stance_cue(predicate: Token, lexicon: Lexicon) -> str | None:
    """The cue a stance predicate names (`voorstander`, `voor`, `bang`), if the token is one
    with `zijn` as its copula."""
    copula = next((c for c in predicate.children if c.dep_ == "cop" and c.lemma_ == "zijn"), None)
    if copula is None:
        return None
    if predicate.lower_ in lexicon.markers("stance_holder"):
        # `Kocner was haar tegenstander in de rechtszaal`: with a determiner it is an opponent
        holder = all(c.lower_ in lexicon.negations for c in predicate.children if c.dep_ in ("det", "nmod:poss"))
        return predicate.lower_ if holder else None
    # `is het voor ambitieuze vrouwen knokken`: `voor` people says for whom, not what is favoured
    if predicate.pos_ == "NOUN" and predicate.lemma_.lower() not in lexicon.time_nouns | lexicon.person_nouns:
        case = next((c for c in predicate.children if c.dep_ == "case"), None)
        # after the copula: `Voor ze bij SIZ aantrad, was ze ondernemer` opens a time clause
        if case is not None and case.i > copula.i and case.lower_ in lexicon.markers("stance_preposition") and not purpose(predicate, copula, lexicon):
            return case.lower_
    if predicate.lower_ in lexicon.markers("stance_adjective") and any(
            c.dep_ == "ccomp" and any(m.dep_ == "mark" and m.lower_ == "dat" for m in c.children) for c in predicate.children):
        return predicate.lower_
    return None


def purpose(predicate: Token, copula: Token, lexicon: Lexicon) -> bool:
    """Rule `purpose_not_stance`: `Merkel is dinsdag in Berlijn voor overleg met Rutte`, `Rutte
    is in Brussel voor een top`: `voor` with an encounter noun (data/lexicon/
    meeting_triggers.tsv), or after the subject's whereabouts (`in`, `op`, `te`: the
    `stance_whereabouts` rows of report_markers.tsv), says what they are there for, not what
    they favour. `Knol is juist voor de bpm-verhoging` states a view."""
    if ((predicate.lemma_ or predicate.text).lower(), "NOUN") in lexicon.triggers or (predicate.lower_, "NOUN") in lexicon.triggers:
        return True
    between = predicate.doc[copula.i + 1:predicate.i]
    return any(t.dep_ == "case" and t.lower_ in lexicon.markers("stance_whereabouts") for t in between)


def asserted_copula(predicate: Token, lexicon: Lexicon) -> bool:
    """The view is stated as held: no negation on the predicate (`geen` of `geen voorstander`
    is the noun's own), no modal, no condition or purpose clause."""
    children = list(predicate.children)
    if any(c.dep_ == "advmod" and negates_verb(c, lexicon) for c in children):
        return False
    if any(c.dep_ == "mark" and c.lower_ in UNASSERTED_MARKS for c in children):
        return False
    return not any(c.dep_.startswith("aux") and full_lemma(c, lexicon) in lexicon.modals for c in children)
