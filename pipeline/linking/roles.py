"""What descriptions teach the article: the role keys an introduction gives its entity, and
the titles whose words name no entity of their own."""

from __future__ import annotations

from spacy.tokens import Doc

from ..lexicon import Lexicon
from .clusters import Cluster
from .descriptions import Description


def role_keys(description: Description, lexicon: Lexicon) -> list:
    """What a description teaches the article about its entity: its role, its noun and the
    head of a role compound (`onderwijswethouder Marjolein Moorman` makes a later `de
    wethouder` Moorman, but an `oud-vicepremier` is no `premier`: data/lexicon/
    role_rank_prefixes.txt), its nationality."""
    keys: list = [description.role, description.noun]
    noun = description.noun
    if noun and " " not in noun:
        for suffix in (s for s in lexicon.role_suffixes if noun.endswith(s) and noun != s):
            modifier = noun[: -len(suffix)].rstrip("-")
            if not any(modifier.endswith(prefix) for prefix in lexicon.role_rank_prefixes):
                keys.append(suffix)
            break
    keys.append(description.nationality and ("nationality", description.nationality))
    return [key for key in keys if key]


def drop_mentions_inside_titles(clusters: list[Cluster], doc: Doc, descriptions: list[Description]) -> None:
    """`Buitenlandse Zaken` in `minister van Buitenlandse Zaken` is part of a title, not an
    organisation mentioned."""
    titles = [(doc[d.start].idx, doc[d.end - 1].idx + len(doc[d.end - 1])) for d in descriptions if d.role or (d.noun and " " in d.noun)]
    for cluster in clusters:
        if cluster.type == "ORG":
            cluster.mentions = [m for m in cluster.mentions if not any(s <= m.start and m.end <= e for s, e in titles)]
