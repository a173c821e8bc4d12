"""The municipality of local news as an actor: a bare `de gemeente` is the town the article
names as `de gemeente Eindhoven`, acting as its municipality (as a government acts as its
country, ANNOTATION.md)."""

from __future__ import annotations

from collections.abc import Sequence

from spacy.attrs import LOWER
from spacy.tokens import Doc, Span, Token

from ..entities import EntityMention
from ..lexicon import Lexicon
from ..tokens import tokens_where


def municipality_references(doc: Doc, mentions: Sequence[EntityMention], lexicon: Lexicon) -> list[tuple[Span, EntityMention]]:
    """Rule `named_municipality`: `De gemeente Eindhoven treedt op … stelt de gemeente`,
    `zei een woordvoerder van de gemeente`, `volgens de gemeente`, `De gemeente erkende dat …`
    (data/lexicon/municipality_nouns.txt) → (each bare `de gemeente`, the town's PLACE mention
    in the `gemeente` phrase that names it). An article naming two such towns (`de gemeente
    Almelo … de gemeente Tubbergen`), or none, leaves `de gemeente` nobody's: which one acts is
    not said. Not `de gemeente waar hij woont` (a relative clause says which: any
    municipality) nor a plural; a `dat` clause the parser hung on it says what, not which
    (`Een verschil is volgens de gemeente dat …`)."""
    nouns = lexicon.municipality_nouns
    places = {m.start: m for m in mentions if m.type == "PLACE"}
    bare: list[Span] = []
    towns: dict[str, EntityMention] = {}
    for token in tokens_where(doc, LOWER, nouns.__contains__):
        following = doc[token.i + 1] if token.i + 1 < len(doc) else None
        town = places.get(following.idx) if following is not None else None
        if town is not None:
            towns.setdefault(town.name, town)
        elif (token.i > 0 and doc[token.i - 1].lower_ == "de" and "Plur" not in token.morph.get("Number", [])
              and not (following is not None and following.text[:1].isupper())
              and not any(_relative_clause(child) for child in token.children)):
            bare.append(doc[token.i - 1:token.i + 1])
    if len(towns) != 1:
        return []
    town = next(iter(towns.values()))
    return [(span, town) for span in bare]


def _relative_clause(child: Token) -> bool:
    """A relative clause on the noun (`de gemeente waar hij woont`), not a complement clause
    with its own subordinator the parser labelled one (`volgens de gemeente dat …`)."""
    opening = child.left_edge
    return child.dep_ == "acl:relcl" and not (opening.dep_ == "mark" and opening.lower_ in ("dat", "of"))
