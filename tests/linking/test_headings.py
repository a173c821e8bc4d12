"""Run-in subheadings are no names (pipeline/linking/headings.py, rule `subheading_no_name`)."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from pipeline.entities import doc_mentions
from pipeline.linking import link_entities

from .conftest import VOCAB


def _linked(words: list[str], ents: list[str], starts: list[bool], kb):
    pos = ["PUNCT" if w in ".," else "PROPN" if e != "O" else "NOUN" for w, e in zip(words, ents)]
    doc = Doc(VOCAB, words=words, ents=ents, pos=pos, sent_starts=starts)
    return link_entities(doc, doc_mentions(doc), kb)


def test_a_one_word_subheading_tagged_a_person_is_no_entity(kb):
    """`Het regent . | Wapen | De rechtbank zweeg .`: `Wapen` titled the paragraph."""
    words = ["Het", "regent", ".", "Wapen", "De", "rechtbank", "zweeg", "."]
    ents = ["O", "O", "O", "B-PER", "O", "O", "O", "O"]
    starts = [True, False, False, True, True, False, False, False]
    assert [e.name for e in _linked(words, ents, starts, kb).entities] == []


@pytest.mark.parametrize(("heading", "name"), [("Rutte", "Mark Rutte"), ("Ajax", "Ajax")])
def test_a_subheading_the_knowledge_base_knows_stays_a_name(kb, heading, name):
    words = ["Het", "regent", ".", heading, "De", "rechtbank", "zweeg", "."]
    ents = ["O", "O", "O", "B-PER" if heading == "Rutte" else "B-ORG", "O", "O", "O", "O"]
    starts = [True, False, False, True, True, False, False, False]
    assert [e.name for e in _linked(words, ents, starts, kb).entities] == [name]


def test_a_one_word_person_in_a_sentence_of_its_own_stays(kb):
    """`Wapen lachte .`: a sentence with a verb is no heading."""
    words = ["Het", "regent", ".", "Wapen", "lachte", "."]
    ents = ["O", "O", "O", "B-PER", "O", "O"]
    starts = [True, False, False, True, False, False]
    assert [e.name for e in _linked(words, ents, starts, kb).entities] == ["Wapen"]
