"""Which tokens are speech cues: the lexicon's speech verbs (`morphology.cue_lemma`), the
turns of phrase that report speech though their verb alone does not (data/lexicon/
cue_idioms.txt), less the predicate idioms that make a speech verb a verb of doing
(data/lexicon/predicate_idioms.txt); and the cue a statement names.
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.attrs import LOWER
from spacy.tokens import Doc, Token

from ..lexicon import Lexicon
from ..quotes import Quote, inside_quote
from ..tokens import dependents_where, doc_memo
from .morphology import LATEN, cue_lemma, full_lemma, verb_lemmas


def cue_tokens(tokens: Iterable[Token], lexicon: Lexicon, quotes: list[Quote]) -> list[Token]:
    """The speech verbs and speech idioms among `tokens`, outside the quotes and outside a
    predicate idiom."""
    return [t for t in tokens if (cue_lemma(t, lexicon) or idiom_cue(t, lexicon)) and not inside_quote(t, quotes) and not predicate_idiom(t, lexicon)]


def idiom_cue(verb: Token, lexicon: Lexicon) -> str | None:
    """The turn of phrase a verb reports speech with (data/lexicon/cue_idioms.txt), as the
    statement's cue: `gaat er prat op dat …` → `prat gaan`, `breekt een lans voor …` →
    `lans breken`; the word may hang on `laten` above it (`heeft zich laten ontvallen`).
    `is ervan overtuigd dat …` → `ervan overtuigd`. `gaat naar huis`, `breekt een record` say nothing."""
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    idiom_words = _idiom_words_by_head(verb.doc, lexicon)
    governed = set(idiom_words.get(verb.i, ()))
    if verb.dep_ == "xcomp" and verb_lemmas(verb.head, lexicon) & LATEN:
        governed |= idiom_words.get(verb.head.i, set())
    if not governed:
        return None
    # `gaat er prat op`: the particle rule makes `opgaan` of it, the idiom is `prat gaan`; an
    # idiom of one form only names it as written (`ervan overtuigd`: `is ervan overtuigd dat …`
    # states a conviction, `probeert Merkel ervan te overtuigen` is an attempt at persuasion)
    lemmas = verb_lemmas(verb, lexicon) | {verb.lemma_.lower(), verb.lower_}
    return next((f"{word} {lemma}" for lemma in sorted(lemmas) for word in sorted(governed)
                 if (word, lemma) in lexicon.cue_idioms), None)


def _idiom_words_by_head(doc: Doc, lexicon: Lexicon) -> dict[int, set[str]]:
    """The idioms' governed words (lowercase) each word of the Doc has among its children,
    found once per Doc: every verb of every pass asks, and few have any."""
    memo = doc_memo(doc, "idiom_words", lexicon)
    if "by_head" not in memo:
        found = dependents_where(doc, LOWER, lexicon.cue_idiom_words)
        memo["by_head"] = {head: {t.lower_ for t in words} for head, words in found.items()}
    return memo["by_head"]


def cue_name(verb: Token, lexicon: Lexicon) -> str:
    """The cue a statement names: the speech verb's lexicon lemma, the idiom, or the verb's lemma."""
    return cue_lemma(verb, lexicon) or idiom_cue(verb, lexicon) or full_lemma(verb, lexicon)


def predicate_idiom(verb: Token, lexicon: Lexicon) -> bool:
    """`De bank stelde er geld voor beschikbaar`, `verklaarde het bedrijf failliet`: a
    speech verb with a predicate adjective that makes it a verb of doing
    (data/lexicon/predicate_idioms.txt); `stelde dat …`, `verklaarde zich bereid` still say."""
    lemmas = verb_lemmas(verb, lexicon)
    return any((child.lower_, lemma) in lexicon.predicate_idioms for child in verb.children for lemma in lemmas)
