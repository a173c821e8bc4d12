"""Heads of government named by their government: `de regering van Pedro Sánchez` makes
Sánchez the article's premier. In: the Doc, the person mentions and their clusters, the
lexicon. Out: introductions of the premier's titles, for linking/link.py.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.attrs import LOWER
from spacy.tokens import Doc

from ..entities import EntityMention
from ..lexicon import Lexicon
from ..tokens import token_indices
from .clusters import Cluster


def government_heads(doc: Doc, mentions: Sequence[EntityMention], cluster_of_start: dict[int, Cluster],
                     lexicon: Lexicon) -> list[tuple[int, int, Cluster]]:
    """Rule `government_of`: `Van de andere kant doet de regering van Pedro Sánchez haar
    uiterste best … De premier reisde begin februari af naar Straatsburg`: the person a
    government noun (data/lexicon/led_government_nouns.txt) is `van` heads it, so is introduced
    as its premier; (token, sentence start, cluster) a place. `de regering van Spanje` (a
    country) and `het kabinet van de burgemeester` (no name) introduce no one."""
    people = {m.start: m for m in mentions if m.type == "PERSON"}
    found = []
    for index in token_indices(doc, LOWER, lexicon.led_government_nouns):
        if index + 2 >= len(doc) or doc[index + 1].lower_ != "van":
            continue
        mention = people.get(doc[index + 2].idx)
        if mention is not None and mention.start in cluster_of_start:
            found.append((index, doc[index].sent.start, cluster_of_start[mention.start]))
    return found
