"""Common words read as names: those a sentence opens with (`Trots gelaat`, `Kleine groep`:
an article's subheadings, run into the next sentence in the text; `Ambtenaren klagen …`),
typed as persons or places by NER, which takes a capital for a name, and the nouns for a
town's people (`de verdachte Groninger`), capitalised as Dutch writes them.

In:  the Doc and its entity mentions, the knowledge base.
Out: the mentions without those words.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.attrs import ORTH
from spacy.tokens import Doc

from ..entities import EntityMention
from ..entity_rules import opens_sentence
from ..kb import KnowledgeBase
from ..lexicon import Lexicon
from ..names import may_be_given_name
from ..tokens import token_indices
from .consistency import TOWN_COUNTRIES


def drop_sentence_opening_words(doc: Doc, mentions: Sequence[EntityMention], kb: KnowledgeBase) -> list[EntityMention]:
    """Rule `sentence_opening_word`: `Trots gelaat Eerder die ochtend …`, `Ambtenaren klagen
    steen en been` beside `ambtenaren vallen …`, `Privacy is een gevoelig punt` beside `de
    privacy`: a one-word name that the article writes with a capital only where a sentence
    (or a subheading) opens, and elsewhere in lowercase, is that common word, no entity:
    all its mentions go. Not a name the knowledge base knows (`Trouw` beside `trouw`, `Kampen`
    beside `kampen`), a given name (`Roos`), a word of a longer name in the article (`Koning
    zei …` after `Jan Koning`), nor one the article also writes with its capital inside a
    sentence (`zegt Vlek`)."""
    words = {m.name for m in mentions if not m.description and m.name.isalpha() and m.name[:1].isupper()}
    if not words:
        return list(mentions)
    lowercase = {doc[i].text for i in token_indices(doc, ORTH, lambda text: text.islower() and text.capitalize() in words)}
    parts = _words_of_longer_names(mentions)  # `Koning` after `Jan Koning` is his surname
    candidates = {w for w in words if w.lower() in lowercase and w not in parts and not may_be_given_name(w)}
    if not candidates:
        return list(mentions)
    capitalised_inside = {doc[i].text for i in token_indices(doc, ORTH, candidates) if not opens_sentence(doc, i)}
    dropped = {w for w in candidates - capitalised_inside if kb.lookup(w, fuzzy=False) is None}
    return [m for m in mentions if m.description or m.name not in dropped]


def drop_inhabitant_nouns(mentions: Sequence[EntityMention], kb: KnowledgeBase, lexicon: Lexicon) -> list[EntityMention]:
    """Rule `inhabitant_noun`: `Van de van terrorisme verdachte Groninger in De Lutte`, `de
    Amstelvener`, `veel Groningers` read as organisations or places: a one-word name that is
    a Dutch or Belgian town the KB knows with the suffix of its people (data/lexicon/
    inhabitant_suffixes.txt: `Arnhemmer`, `Amstelvener`, `Groninger` of Groningen) describes
    people, so it is no body or place. Read as a person it stays one (`Apeldoorner hoopt …`
    is the man the article is about). Not a word of a longer name in the article (`Jan
    Groninger`), a surname behind its particle (`De Putter`, not of Putten), nor a town
    abroad (`Hamburger`: Hamburg is German)."""
    parts = _words_of_longer_names(mentions)
    return [m for m in mentions if m.type not in ("ORG", "PLACE") or m.description or " " in m.text.strip() or not m.name[:1].isupper()
            or m.name in parts or _town_of_inhabitants(m.name, kb, lexicon.inhabitant_suffixes) is None]


def _words_of_longer_names(mentions: Sequence[EntityMention]) -> set[str]:
    return {part for m in mentions if " " in m.name for part in m.name.split()}


def _town_of_inhabitants(word: str, kb: KnowledgeBase, suffixes: tuple[str, ...]) -> str | None:
    for suffix in suffixes:
        if not word.endswith(suffix) or len(word) < len(suffix) + 3:
            continue
        stem = word[:-len(suffix)]
        forms = [stem, stem + "en"]  # `Groninger` of Groningen
        if stem[-1] == stem[-2]:
            forms.append(stem[:-1])  # `Arnhemmer` of Arnhem
        if stem[-2] in "aeou" and stem[-3] not in "aeiou":
            forms.append(stem[:-1] + stem[-2:])  # `Amstelvener` of Amstelveen
        for form in forms:
            entry = kb.lookup(form, types=["PLACE"], fuzzy=False)
            if entry is not None and entry.country in TOWN_COUNTRIES:
                return entry.name
    return None
