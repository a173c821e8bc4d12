"""Stage 3, entities: a parsed `Doc` → typed, normalised entity mentions.

The model's NER labels (CoNLL-2002 or OntoNotes scheme) are mapped to newsgraph's
PERSON / ORG / PLACE / OTHER by `data/entity_labels.json`; surface forms are cleaned of
possessive endings and stray punctuation so that `Pompeo's` is a mention of `Pompeo`.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from spacy.tokens import Doc, Span

from .schemas import EntityType

DATA_DIR = Path(__file__).resolve().parent.parent / "data"
GRAPH_TYPES: frozenset[str] = frozenset({"PERSON", "ORG", "PLACE"})

_POSSESSIVE = re.compile(r"(?:['’`]s|['’`])$")
_EDGE_PUNCT = re.compile(r"^[\s\"'‘’“”„«»,.:;()\[\]-]+|[\s\"'‘’“”„«»,.:;()\[\]-]+$")


@lru_cache(maxsize=1)
def label_map() -> dict[str, str]:
    table = json.loads((DATA_DIR / "entity_labels.json").read_text(encoding="utf8"))
    return {label: kind for label, kind in table.items() if not label.startswith("_")}


def entity_type(label: str) -> EntityType | None:
    """NER label of either scheme → newsgraph type; None for labels that are not entities."""
    return label_map().get(label)  # type: ignore[return-value]


def normalise_name(surface: str) -> str:
    """`Pompeo's` → `Pompeo`, `'Poetin'` → `Poetin`, runs of whitespace → one space."""
    name = " ".join(surface.split())
    name = _EDGE_PUNCT.sub("", name)
    stripped = _POSSESSIVE.sub("", name)
    return stripped or name


@dataclass(frozen=True)
class EntityMention:
    """One NER span with its newsgraph type and cleaned name; offsets are characters."""

    text: str
    name: str
    type: EntityType
    start: int
    end: int

    @classmethod
    def from_span(cls, span: Span, kind: EntityType) -> "EntityMention":
        return cls(
            text=span.text,
            name=normalise_name(span.text),
            type=kind,
            start=span.start_char,
            end=span.end_char,
        )


def doc_mentions(doc: Doc, types: frozenset[str] = GRAPH_TYPES) -> list[EntityMention]:
    """Doc → its entity mentions of the given newsgraph types, in text order."""
    mentions = []
    for span in doc.ents:
        kind = entity_type(span.label_)
        if kind in types and normalise_name(span.text):
            mentions.append(EntityMention.from_span(span, kind))
    return mentions
