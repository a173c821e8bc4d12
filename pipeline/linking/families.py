"""Rule `family_by_surname`: `De familie Tamrazyan, die tot begin dit jaar bijna …`, `het
gezin Lobo`, `de broers Lobo te mopperen`, `de gebroeders Koch`, `het echtpaar Jansen`: a
family noun (data/lexicon/family_nouns.txt) right before a surname names a family, one
actor that speaks, is visited and is met, and not the person NER reads in the surname. The
phrase becomes the family's mention, named `familie <surname>` whichever noun the article
writes, so that `de familie Lobo … de broers Lobo` are one; the surname's own mention there
is dropped (`Tamrazyan`, or `Lobo` linked to a `Frank Lobo` of the article, would make a
person of the family).

Not before a given name or two names (`de broers Bart en Jan`, `de zussen Nkechi en Adaeze`:
persons, named), after a possessive (`zijn gezin Turkije laten verlaten`: the object after it),
before a place, in capitals (`DE BROERS ZIJN WEER THUIS`), across a line break (a
headline's next line), after a lowercase `van` (`de familie van Henriquez` is his family),
nor as a short form of an organisation of that name (`Blokker`, the chain, is not `de familie
Blokker`: clusters.join_organisation_names).

In:  the Doc, its entity mentions and the lexicon (family_nouns.txt).
Out: the family mentions (ORG), and the mentions they swallow.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.attrs import LOWER
from spacy.tokens import Doc, Token

from ..entities import EntityMention
from ..lexicon import Lexicon
from ..names import NAME_PARTICLES, may_be_given_name
from ..tokens import tokens_where

_ARTICLES = frozenset({"de", "het"})  # a family named by its surname takes the definite article

FAMILY = "familie "  # what a family's name starts with


def is_family_name(name: str) -> bool:
    """A name this rule gave: `familie Tamrazyan` (its surname is no short form of it)."""
    return name.startswith(FAMILY)


def families(doc: Doc, mentions: Sequence[EntityMention], lexicon: Lexicon) -> list[EntityMention]:
    """The family mentions of the Doc: `familie Tamrazyan` (ORG, named `familie Tamrazyan`)."""
    found = []
    for token in tokens_where(doc, LOWER, lexicon.family_nouns):
        if not _after_an_article(token) or token.is_upper:
            continue  # `zijn gezin Turkije te laten verlaten`, `haar familie Dinsdag`, `DE BROERS ZIJN`: no family's name
        end = token.i + 1
        # `de familie Van der Berg` (a surname's first particle capitalised when no given name
        # precedes it); `de familie van Henriquez` is Henriquez's family, a person's
        while end < len(doc) and doc[end].lower_ in NAME_PARTICLES and (end > token.i + 1 or doc[end].is_title) and end - token.i <= 3:
            end += 1
        if end >= len(doc) or "\n" in token.whitespace_ + "".join(t.whitespace_ for t in doc[token.i + 1:end]):
            continue
        surname = doc[end]
        if not surname.is_title or not surname.is_alpha or may_be_given_name(surname.text):
            continue
        if end + 1 < len(doc) and doc[end + 1].lower_ == "en":
            continue  # `de zussen Nkechi en Adaeze`: persons, named one by one
        phrase = doc[token.i:end + 1]
        if any(m.start < phrase.end_char and m.end > phrase.start_char and (m.type == "PLACE"
               or not (phrase.start_char <= m.start and m.end <= phrase.end_char)) for m in mentions):
            continue  # the surname opens a longer name (`de broers Lobo Santos`), or is a place
        name = FAMILY + doc[token.i + 1:end + 1].text
        found.append(EntityMention(phrase.text, name, "ORG", phrase.start_char, phrase.end_char))
    return found


def _after_an_article(noun: Token) -> bool:
    """`de familie`, `de Indonesische familie`, `de twee broers`: `de`/`het` before the noun
    and its adjectives or number."""
    index = noun.i - 1
    while index > noun.sent.start and noun.doc[index].pos_ in ("ADJ", "NUM"):
        index -= 1
    return index >= 0 and noun.doc[index].lower_ in _ARTICLES


def with_families(doc: Doc, mentions: Sequence[EntityMention], lexicon: Lexicon) -> list[EntityMention]:
    """The mentions with each family's phrase in place of the mentions inside it."""
    found = families(doc, mentions, lexicon)
    if not found:
        return list(mentions)
    kept = [m for m in mentions if not any(f.start <= m.start and m.end <= f.end for f in found)]
    return sorted([*kept, *found], key=lambda m: m.start)
