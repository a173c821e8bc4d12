"""Hand-built Docs for the linking rules: no model involved, so each test checks one rule."""

from __future__ import annotations

import re
from datetime import date

from spacy.tokens import Doc
import spacy

from pipeline.linking import link_entities
from pipeline.entities import doc_mentions


VOCAB = spacy.blank("nl").vocab


_TOKEN = re.compile(r"\[([^\]]+)\]\((\w+)\)|(\S+)")


NOUNS = {"hoogleraar", "Fransman", "president", "minister", "leider", "onderzoeker", "bank", "dienst", "inlichtingendienst", "raad", "wooncorporatie", "architect", "instituut", "klant"}


def doc_from(markup: str, heads: list[int] | None = None, deps: list[str] | None = None) -> Doc:
    """`[Vladimir Poetin](PER) sprak .` → a Doc with those entities; a word after `.` starts a
    sentence; known nouns get NOUN, entity words PROPN."""
    words, ents = [], []
    for match in _TOKEN.finditer(markup):
        if match.group(1):
            parts = match.group(1).split()
            words += parts
            ents += [f"B-{match.group(2)}"] + [f"I-{match.group(2)}"] * (len(parts) - 1)
        else:
            words.append(match.group(3))
            ents.append("O")
    pos = ["PROPN" if e != "O" else "NOUN" if w in NOUNS or w.lower() in NOUNS else "PUNCT" if w in ".,:" else "X" for w, e in zip(words, ents)]
    if heads is None:
        starts = [i == 0 or words[i - 1] == "." for i in range(len(words))]
        return Doc(VOCAB, words=words, ents=ents, pos=pos, sent_starts=starts)
    return Doc(VOCAB, words=words, ents=ents, pos=pos, heads=heads, deps=deps)


def link(markup: str, kb, published: date | None = date(2019, 5, 14), **parse):
    doc = doc_from(markup, **parse)
    return doc, link_entities(doc, doc_mentions(doc), kb, published)


def entity_of(linked, doc: Doc, surface: str):
    start = doc.text.index(surface)
    key = linked.key_at(start, start + len(surface))
    return linked.by_key(key) if key else None
