"""Stage 4, aliases: entity mentions of one article → the article's entities.

Mentions that name the same entity are clustered; each cluster becomes an
`ArticleEntity` whose `key` identifies it across articles, so the graph stage can merge
articles by key alone.
"""

from __future__ import annotations

from collections.abc import Sequence

from .entities import EntityMention
from .schemas import ArticleEntity, Mention


def entity_key(kind: str, name: str) -> str:
    return f"{kind}:{name}"


def link_mentions(mentions: Sequence[EntityMention]) -> list[ArticleEntity]:
    """Mentions → entities, one per distinct (type, normalised name), in order of first
    mention."""
    clusters: dict[str, list[EntityMention]] = {}
    for mention in mentions:
        clusters.setdefault(entity_key(mention.type, mention.name), []).append(mention)
    return [
        ArticleEntity(
            key=key,
            name=members[0].name,
            type=members[0].type,
            mentions=[Mention(text=m.text, start=m.start, end=m.end) for m in members],
        )
        for key, members in clusters.items()
    ]
