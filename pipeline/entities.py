"""Stage 3, entities: a parsed `Doc` → typed, normalised entity mentions.

The model's NER labels (CoNLL-2002 or OntoNotes scheme) are mapped to newsgraph's
PERSON / ORG / PLACE / OTHER by `data/entity_labels.json`; surface forms are cleaned of
possessive endings and stray punctuation so that `Pompeo's` is a mention of `Pompeo`.

The spans themselves are repaired in the pipeline, before this stage reads them
(span_repair.py, name_repair.py, entity_rules.py).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc, Span

from .lexicon import Lexicon, load_lexicon
from .resources import data_dir
from .schemas import EntityType

DATA_DIR = data_dir()
GRAPH_TYPES: frozenset[str] = frozenset({"PERSON", "ORG", "PLACE"})
ALL_TYPES: frozenset[str] = GRAPH_TYPES | {"OTHER"}

_POSSESSIVE = re.compile(r"(?:['’`]s|['’`])$")
_QUOTED_NICKNAME = re.compile(r"(?<=\w) (?:'[A-ZÀ-Þ][\w-]*'|‘[A-ZÀ-Þ][\w-]*’|\"[A-ZÀ-Þ][\w-]*\"|“[A-ZÀ-Þ][\w-]*”) (?=[A-ZÀ-Þ])")
_LEADING_ARTICLE = re.compile(r"^(?:de|het|De|Het)\s+(?=[A-ZÀ-Þ])")
_EDGE_PUNCT = re.compile(r"^[\s\"'‘’“”„«»,.:;()\[\]-]+|[\s\"'‘’“”„«»,.:;()\[\]-]+$")


@lru_cache(maxsize=1)
def label_map() -> dict[str, str]:
    table = json.loads((DATA_DIR / "entity_labels.json").read_text(encoding="utf8"))
    return {label: kind for label, kind in table.items() if not label.startswith("_")}


def entity_type(label: str) -> EntityType | None:
    """NER label of either scheme → newsgraph type; None for labels that are not entities."""
    return label_map().get(label)  # type: ignore[return-value]


def normalise_name(surface: str, lexicon: Lexicon | None = None) -> str:
    """`Pompeo's` → `Pompeo`, `'Poetin'` → `Poetin`, `het Witte Huis` → `Witte Huis`,
    `Gerardo 'Tata' Martino` → `Gerardo Martino`,
    `Kamerlid Sjoerd Sjoerdsma` → `Sjoerd Sjoerdsma`, runs of whitespace → one space."""
    lexicon = lexicon or load_lexicon()
    name = _QUOTED_NICKNAME.sub(" ", " ".join(surface.split()))  # `Gerardo 'Tata' Martino` is Gerardo Martino
    name = _LEADING_ARTICLE.sub("", _EDGE_PUNCT.sub("", name))
    words = name.split()
    while len(words) > 1 and lexicon.is_person_title(words[0]):  # Kamerlid Sjoerd Sjoerdsma
        words = words[1:]
    name = " ".join(words)
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
    description: bool = False  # `de minister` linked to a named entity: a mention, never its name

    @classmethod
    def from_span(cls, span: Span, kind: EntityType, lexicon: Lexicon | None = None) -> EntityMention:
        return cls(
            text=span.text,
            name=normalise_name(span.text, lexicon),
            type=kind,
            start=span.start_char,
            end=span.end_char,
        )


def is_acronym(text: str) -> bool:
    """One word of at most six letters with two capitals or more: `FvD`, `NAVO`, `BDO`."""
    return " " not in text and text.isalpha() and len(text) <= 6 and sum(c.isupper() for c in text) >= 2


def doc_mentions(doc: Doc, types: frozenset[str] = ALL_TYPES, lexicon: Lexicon | None = None) -> list[EntityMention]:
    """Doc → its entity mentions of the given newsgraph types, in text order; the lexicon
    (data/lexicon/ when not given) knows the titles and portfolios cut off a name."""
    lexicon = lexicon or load_lexicon()
    mentions = []
    for span in doc.ents:
        text = span.text  # joined from the span's tokens each time it is read
        kind = entity_type(span.label_)
        if kind == "PERSON" and is_acronym(text):
            kind = "ORG"  # `FvD`, `BDO`, `JIT` tagged as persons: people are not abbreviated so
        if span.start > 0 and doc[span.start - 1].lower_ == "van" and text.lower() in lexicon.portfolio_names:
            continue  # `minister Wiebes van Economische Zaken`: the portfolio is part of his title
        if kind in types and (name := normalise_name(text, lexicon)):
            mentions.append(EntityMention(text, name, kind, span.start_char, span.end_char))  # as from_span makes it
    return mentions


def model_label(nlp: Language, kind: EntityType) -> str:
    """The label the loaded model uses for a newsgraph type (CoNLL `PER` or OntoNotes `PERSON`)."""
    labels = set(nlp.get_pipe("ner").labels) if "ner" in nlp.pipe_names else set()  # type: ignore[attr-defined]  # the NER pipe
    candidates = [label for label, mapped in label_map().items() if mapped == kind and label in labels]
    preferred = {"PERSON": ("PER", "PERSON"), "ORG": ("ORG",), "PLACE": ("LOC", "GPE"), "OTHER": ("MISC", "NORP")}[kind]
    return next((label for label in preferred if label in candidates), preferred[0])
