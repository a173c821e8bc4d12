"""Rule `name_in_a_compound`: the organisation or person a Dutch compound names is mentioned
there, as a part of the word that refers to nothing of its own.

Dutch joins a name to a noun in one word: `VVD-fractieleider Maarten Flikkema`, `twee
VVD-Kamerleden`, `PvdA-minister Tineke Netelenbos`, `IS-strijders`, `een Obama-achtig
momentje`, `Labourleider Corbyn`, `Facebookoprichter Mark Zuckerberg`. NER reads such a word
as a catch-all, a place or nothing, so the party, the company or the person it names was no
entity of the article at all when the article names it only so. Here the name becomes a
mention of its own (its characters inside the word), of a node as any mention is.

The word itself stays what it is: `VVD-fractieleider` is a person's title, `IS-strijders` are
fighters, not the organisation; so the mention is returned apart from the others, and the
linking stage keeps it out of the token lookup the relation rules read (`LinkedEntities`:
`part_of_word`): the organisation in a title is never taken for the one who speaks or meets.

A compound counts when the word before the hyphen is a name the knowledge base knows as a
curated organisation or person, or one the article names as such, and the word after it is
lowercase (`Noord-Holland`, `Oost-Oekraïne` are names); a closed compound (no hyphen) only
when the rest is a person's title of data/lexicon/person_titles.txt (`Labourleider`,
`Facebookoprichter`, `Shelltopman`) and the name is spelt as the knowledge base spells it. A
compound with a place (`Syriëganger`, `Rusland-kenner`) names no actor and gives nothing;
neither does a word the catch-all rule already reads as its organisation (`NOS-debat`:
`retype.organisation_in_compound`).
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence

from spacy.attrs import ORTH
from spacy.tokens import Doc, Token

from ..entities import EntityMention
from ..kb import KnowledgeBase
from ..lexicon import Lexicon
from ..names import fold
from ..schemas import EntityType
from ..tokens import tokens_where

_ACTOR_TYPES = ("ORG", "PERSON")
_SHORTEST_NAME = 2  # `IS`, `NS`
_SHORTEST_HEAD = 3  # `Shellbaas`: a head of a letter or two is a suffix (`Labours`)


def names_in_compounds(doc: Doc, mentions: Sequence[EntityMention], kb: KnowledgeBase,
                       lexicon: Lexicon) -> tuple[list[EntityMention], list[EntityMention]]:
    """(the mentions, minus a place NER made of a compound that names an actor
    (`Facebookoprichter`); the actors' mentions inside those compounds). The words the
    catch-all rule read, or that are part of a longer name or a person's, are left alone.
    The second list's mentions name no token."""
    known = {fold(m.name): m.type for m in mentions if m.type in _ACTOR_TYPES and not m.description}
    ordered = sorted(mentions, key=lambda m: m.start)
    starts = [m.start for m in ordered]
    kept_out: set[int] = set()
    parts: list[EntityMention] = []
    for token in tokens_where(doc, ORTH, lambda word: _may_be_a_compound(word, lexicon)):
        end = token.idx + len(token.text)
        index = bisect.bisect_right(starts, end - 1) - 1
        mention = ordered[index] if index >= 0 and ordered[index].end > token.idx else None
        if mention is not None and not (mention.type == "PLACE" and (mention.start, mention.end) == (token.idx, end)):
            continue  # part of a name of several words, or read as a name of its own: left as it is
        found = _named_actor(token, known, kb, lexicon)
        if found is None:
            continue
        name, kind = found
        if mention is not None:
            kept_out.add(id(mention))
        parts.append(EntityMention(name, name, kind, token.idx, token.idx + len(name)))
    return [m for m in mentions if id(m) not in kept_out], parts


def _may_be_a_compound(word: str, lexicon: Lexicon) -> bool:
    return len(word) > _SHORTEST_NAME + _SHORTEST_HEAD and word[:1].isupper() and ("-" in word or lexicon.is_person_title(word))


def _named_actor(token: Token, known: dict[str, EntityType], kb: KnowledgeBase, lexicon: Lexicon) -> tuple[str, EntityType] | None:
    """(the name, its type) a compound word opens with, or None."""
    text = token.text
    if "-" in text:
        name, _, head = text.partition("-")
        if not (head[:1].islower() or _capitalised_title(head, lexicon)) or len(name) < _SHORTEST_NAME or "-" in head:
            return None
        kind = known.get(fold(name)) or _curated_actor(name, kb, exact=False)
        return (name, kind) if kind is not None else None
    for cut in range(len(text) - _SHORTEST_HEAD, _SHORTEST_NAME - 1, -1):
        name, head = text[:cut], text[cut:]
        if head[:1].islower() and lexicon.is_person_title(head) and (kind := _curated_actor(name, kb, exact=True)) is not None:
            return name, kind
    return None


def _capitalised_title(head: str, lexicon: Lexicon) -> bool:
    """`Kamerlid`, `Kamerleden`: a capitalised head that is a title, or its plural
    (`-leden` of `-lid`, `-en`, `-s`)."""
    singulars = (head, head[:-5] + "lid" if head.endswith("leden") else head, head[:-2], head[:-1])
    return any(lexicon.is_person_title(word) for word in singulars if len(word) >= _SHORTEST_HEAD)


def _curated_actor(name: str, kb: KnowledgeBase, exact: bool) -> EntityType | None:
    """The type of a curated organisation or person the knowledge base knows by `name`
    (written as one of its names when `exact`: a closed compound's cut must be the name)."""
    entry = kb.lookup(name, types=list(_ACTOR_TYPES), fuzzy=False)
    if entry is None or not entry.curated or entry.type not in _ACTOR_TYPES:
        return None
    if exact and name not in (entry.name, *entry.aliases):
        return None
    return entry.type
