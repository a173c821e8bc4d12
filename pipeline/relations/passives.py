"""Passive speech with its agent: `Het bestuur is door Halsema en Moorman verzocht om op te
stappen`, `De leden wordt door het partijbestuur ontraden …` — the `door` phrase names who
spoke; the passive subject is who was spoken to.

In: the parsed Doc, its `LinkedEntities`, the lexicon. Out: `Report`s (rule `passive_agent`),
one per named agent, for `statements.py`. A passive with no agent (`May is gewaarschuwd`),
one whose agent names nobody (`door bronnen`), a negated or modal one (`is niet gevraagd`,
`kan worden gevraagd`) reports no statement.
"""

from __future__ import annotations

from spacy.attrs import POS
from spacy.tokens import Doc, Token

from ..lexicon import Lexicon
from ..linking.linked import LinkedEntities
from ..quotes import Quote
from ..syntax import has_case, noun_phrase
from ..tokens import tokens_where
from .assertion import asserted, passive
from .content import complement_of, content_span_of
from .cues import cue_tokens
from .evidence import entities_in, entity_type_of
from .morphology import cue_lemma, full_lemma
from .recruitment import asked_for_a_role
from .reports import Report

SPEAKING_TYPES = ("PERSON", "ORG", "PLACE")  # a country speaks as its government (ANNOTATION.md)


def passive_agent_reports(doc: Doc, linked: LinkedEntities, quotes: list[Quote], lexicon: Lexicon) -> list[Report]:
    """Each passive cue verb with a `door X` agent → a Report for every named X."""
    reports = []
    for verb in cue_tokens(tokens_where(doc, POS, {"VERB"}), lexicon, quotes):
        agent = agent_of(verb)
        if agent is None or not (passive(verb) or agent.dep_ == "obl:agent" or _participle_with_auxiliary(verb)):
            continue  # `zei door de telefoon dat …`: an active verb's `door` is no agent
        if not asserted(verb, lexicon, passive_allowed=True) or asked_for_a_role(verb, lexicon):
            continue
        keys = [k for k in entities_in(noun_phrase(agent), linked) if entity_type_of(linked, k) in SPEAKING_TYPES]
        complement = [c for c in complement_of(verb, lexicon) if c.i > verb.i]
        text = " ".join(content_span_of(verb, complement).text.split()) if complement else verb.sent.text.strip()
        cue = cue_lemma(verb, lexicon) or full_lemma(verb, lexicon)
        reports += [Report(key, cue, "passive_agent", verb.sent, text) for key in keys]
    return reports


def agent_of(verb: Token) -> Token | None:
    """The `door` phrase of a passive verb, however the parser labelled it."""
    return next((c for c in verb.children if c.dep_ == "obl:agent" or (c.dep_.startswith("obl") and has_case(c, ("door",)))), None)


def _participle_with_auxiliary(verb: Token) -> bool:
    """`is … verzocht`, `wordt … ontraden` with the auxiliary labelled a copula."""
    return "Part" in verb.morph.get("VerbForm", []) and any(
        c.dep_ in ("aux", "cop") and c.lemma_ in ("worden", "zijn") for c in verb.children)
