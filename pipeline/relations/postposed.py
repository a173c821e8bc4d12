"""Attributions after the claim: a cue verb behind a comma that reports the words before
it (`Het vliegtuig werd neergehaald, concludeerde het JIT.`, rule `postposed_report`) or the
sentence around it (`Het plan, zegt Rutte, is goed.`, `parenthetical_report`), and where such
an attribution opens (`postposed_opening`).

In: the cue verb (and the lexicon). Out: the reported words, or None.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from ..lexicon import Lexicon
from .inversion import finite_candidates

# What may follow the speaker in a postposed attribution: `…, zei Rutte dinsdag in Brussel.`
# How far after the cue a parenthesis may close: `…, stellen de Democratische leiders Nancy
# Pelosi en Chuck Schumer, …` (rule `long_parenthesis`: two titled speakers take nine words)
PARENTHESIS_REACH = 12
_ATTRIBUTION_TAIL_POS = frozenset({"PROPN", "NOUN", "DET", "ADV", "ADJ", "NUM", "ADP", "PRON", "PUNCT", "CCONJ"})


def attribution_opening(verb: Token) -> int:
    """Rule `postposed_opening`: where a cue verb's postposed attribution opens — at the
    finite verb of its chain (`…, laat premier Rutte weten.`: `laat`; `…, heeft Rutte
    gezegd.`: `heeft`), or at a `zo` that resumes the clause before it (`…, zo zegt Rutte.`,
    `…, zo laat de NS weten.`). `…, maar Rutte zegt …` opens with its subject, no attribution."""
    start = min(finite_candidates(verb), key=lambda t: t.i).i
    return start - 1 if start > 0 and verb.doc[start - 1].lower_ == "zo" else start


def _after_comma(verb: Token, words_before: int) -> bool:
    """The cue verb's attribution (`attribution_opening`) follows a comma with at least
    `words_before` tokens of its sentence before it, not the comma that closes a subordinate
    clause opening the sentence (after `Terwijl …,` the verb opens the main clause and
    reports nothing)."""
    sentence, opening = verb.sent, attribution_opening(verb)
    if opening - sentence.start < words_before or verb.doc[opening - 1].text != ",":
        return False
    # `En zodra …,` opens with its subordinator all the same; `Als …, heeft het …, stelt X`
    # has a main clause between the subordinate clause's comma and the cue
    first = next((t for t in sentence if t.pos_ != "CCONJ"), sentence[0])
    return first.pos_ != "SCONJ" or any(t.text == "," for t in verb.doc[sentence.start:opening - 1])


def adverbial_subordinator(word: str | None, lexicon: Lexicon) -> bool:
    """`toen`, `nadat`, `omdat` (data/lexicon/subordinators.txt): a clause they open says when or
    why; `dat` and `hoe` open what was said."""
    return word is not None and word in lexicon.subordinators and word not in ("dat", "hoe")


def postposed_report(verb: Token, lexicon: Lexicon) -> Span | None:
    """`Het vliegtuig werd neergehaald met een Buk-raket, concludeerde het JIT eerder.`,
    `De treinen rijden weer, laat de NS weten.`, `…, zo zegt Rutte.`: a cue verb's
    attribution right after a comma (`attribution_opening`), ending its sentence with no
    clause of its own, reports the words before the comma (the parser often hangs such a
    verb anywhere). A time or reason clause may close it: `…, zei hij toen hij …`."""
    sentence = verb.sent
    if not _after_comma(verb, 4):
        return None
    opening = attribution_opening(verb)
    chain = {t.i for t in finite_candidates(verb)}  # the cue's own verbs (`laat … weten`) are no tail
    tail = [t for t in verb.doc[opening + 1:sentence.end] if t.i not in chain]
    # `…, zei hij toen hij op de kant werd gehesen.`: a time or reason clause closing the
    # sentence is the attribution's adverbial (rule `clause_after_postposed_cue`)
    tail = tail[:next((i for i, t in enumerate(tail) if i and t.dep_ == "mark" and adverbial_subordinator(t.lower_, lexicon)), len(tail))]
    if not 1 <= len(tail) <= 10 or any(t.pos_ not in _ATTRIBUTION_TAIL_POS and not _title_word(t, lexicon) for t in tail):
        return None
    return verb.doc[sentence.start:opening - 1]


def _title_word(token: Token, lexicon: Lexicon) -> bool:  # `…, zegt milieupsycholoog Sörqvist`, the title tagged a verb
    return token.is_lower and lexicon.is_person_title(token.lower_)


def parenthetical_report(verb: Token) -> str | None:
    """`Het plan, zegt Rutte, is goed voor Nederland.`, `Het wantrouwen van de burger, denkt
    Almenar, wordt gevoed door …`: a cue verb between two commas inside its sentence, with
    only its speaker (and time words) before the second comma, reports the sentence around
    it, read without the parenthesis (`Het plan, zo zegt Rutte, is goed`, `…, laat Rutte
    weten, …` open as `attribution_opening` says); when an apposition to the speaker follows (`…, zegt
    Tjia, een ondernemer die …`), the words before the cue. `Toen hij, zegt Rutte, …` after a
    subordinator and a verb whose commas enclose a clause of its own (`, zei dat het goed
    was,`) are no such parenthesis."""
    doc, sentence = verb.doc, verb.sent
    if not _after_comma(verb, 2):
        return None
    opening, chain = attribution_opening(verb), {t.i for t in finite_candidates(verb)}
    close = next((t.i for t in doc[opening + 1:min(verb.i + PARENTHESIS_REACH, sentence.end)] if t.text == ","), None)
    if close is None or sentence.end - close < 3:
        return None
    inside = [t for t in doc[opening + 1:close] if t.i not in chain]
    if not inside or any(t.pos_ not in _ATTRIBUTION_TAIL_POS or t.lower_ in ("dat", "of") for t in inside):
        return None
    before, after = doc[sentence.start:opening - 1], doc[close + 1:sentence.end]
    name_end = next((i for i, t in enumerate(after) if t.pos_ != "PROPN"), len(after))
    apposed_name = name_end > 0 and (after[name_end:].text[:1] in ("", ",", "(") or all(t.is_punct for t in after[name_end:]))
    if after[0].pos_ in ("DET", "NOUN") or after[0].lower_ in ("die", "wie") or apposed_name:
        # (`…, vertelt een andere passagier, Janet Jacob.` or `…, Janet Jacob, tegen de krant.`:
        # the name closing the attribution, as appositions.name_after_description reads it, is the speaker's)
        # `…, zegt Paul Tjia, een ondernemer die …`, `…, zegt Woonink, die maandag …`: the
        # second comma opens an apposition to the speaker; the claim is what came before
        return before.text
    return f"{before.text} {after.text}"
