"""The silver treebank of `make model`: only sentences every seed parser parses alike."""

from __future__ import annotations

import json

import spacy
from spacy.tokens import Doc

from scripts.silver_treebank import agreed_sentences, news_texts, silver_doc

WORDS = ["Rutte", "sprak", "Macron", "in", "Parijs", ".", "Hij", "was", "tevreden", "."]
SPACES = [True, True, True, True, False, True, True, True, False, False]
GOOD_HEADS = [1, 1, 1, 4, 1, 1, 8, 8, 8, 8]
GOOD_DEPS = ["nsubj", "ROOT", "obj", "case", "obl", "punct", "nsubj", "cop", "ROOT", "punct"]


def parse(heads, deps):
    vocab = spacy.blank("nl").vocab
    return Doc(vocab, words=WORDS, spaces=SPACES, heads=heads, deps=deps)


def test_silver_keeps_a_sentence_only_when_every_parser_agrees_on_every_arc():
    first = parse(GOOD_HEADS, GOOD_DEPS)
    other_label = GOOD_DEPS[:2] + ["iobj"] + GOOD_DEPS[3:]
    agreed = agreed_sentences([first, parse(GOOD_HEADS, other_label)])
    assert [s.text for s in agreed] == ["Hij was tevreden."]
    assert [s.text for s in agreed_sentences([first, parse(GOOD_HEADS, GOOD_DEPS)])] == ["Rutte sprak Macron in Parijs.", "Hij was tevreden."]


def test_silver_skips_sentences_the_parsers_segment_differently():
    # The second parser runs the two sentences together: no boundary pair matches.
    one_sentence_heads = GOOD_HEADS[:6] + [8, 8, 1, 1]
    one_sentence_deps = GOOD_DEPS[:6] + ["nsubj", "cop", "parataxis", "punct"]
    assert agreed_sentences([parse(GOOD_HEADS, GOOD_DEPS), parse(one_sentence_heads, one_sentence_deps)]) == []


def test_silver_doc_carries_the_arcs_and_leaves_tags_missing():
    sentence = agreed_sentences([parse(GOOD_HEADS, GOOD_DEPS)] * 2)[0]
    doc = silver_doc(sentence)
    assert doc.text == "Rutte sprak Macron in Parijs."
    assert [(t.head.i, t.dep_) for t in doc] == [(1, "nsubj"), (1, "ROOT"), (1, "obj"), (4, "case"), (1, "obl"), (1, "punct")]
    assert not doc.has_annotation("POS") and not doc.has_annotation("LEMMA")


def test_silver_reads_only_the_news_part_of_the_raw_text(tmp_path):
    raw = tmp_path / "raw_text.jsonl"
    lines = [{"text": "Nieuws.", "source": "news"}, {"text": "Boom.", "source": "treebank"}]
    raw.write_text("\n".join(json.dumps(line) for line in lines) + "\n")
    assert news_texts(raw) == ["Nieuws."]


def test_silver_skips_a_sentence_that_ends_on_the_next_ones_opening_quote():
    words = ["Hij", "dreigde", "Lavrov", ".", '"', "Wij", "accepteren", "dat", "niet", ".", '"']
    spaces = [True, True, False, True, False, True, True, True, False, False, False]
    heads = [1, 1, 1, 1, 1, 6, 6, 6, 6, 6, 6]
    deps = ["nsubj", "ROOT", "obj", "punct", "punct", "nsubj", "ROOT", "obj", "advmod", "punct", "punct"]
    doc = Doc(spacy.blank("nl").vocab, words=words, spaces=spaces, heads=heads, deps=deps)
    agreed = agreed_sentences([doc, doc])
    assert [s.text for s in agreed] == ['Wij accepteren dat niet."']
