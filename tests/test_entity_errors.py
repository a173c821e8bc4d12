"""The error-family detectors of scripts/entity_errors.py, each on examples it must and must
not count (hand-made extractions, a tiny KB and the shipped lexicon)."""

from __future__ import annotations

import re

import pytest

from pipeline.kb import KBEntry, KnowledgeBase
from pipeline.lexicon import load_lexicon
from pipeline.schemas import ArticleEntity, Extraction, Mention
from scripts import entity_detectors as ed
from scripts import entity_errors as ee


def _kb() -> KnowledgeBase:
    kb = KnowledgeBase()
    kb.add(KBEntry(key="london", name="London", type="PLACE", kb_id="london", aliases=("Landen", "Londen"), population=8_961_989))
    kb.add(KBEntry(key="heemskerk", name="Heemskerk", type="PLACE", kb_id="heemskerk", country="NL", population=39_191))
    kb.add(KBEntry(key="d66", name="D66", type="ORG", kb_id="d66", curated=True))
    kb.add(KBEntry(key="ad", name="Algemeen Dagblad", type="ORG", kb_id="ad", aliases=("AD",), curated=True))
    kb.add(KBEntry(key="rutte", name="Mark Rutte", type="PERSON", kb_id="rutte", curated=True))
    return kb


def _extraction(text: str, entities: list[tuple[str, str, list[str]]], doc_id: str = "1") -> Extraction:
    """`entities`: (name, type, surfaces): each surface's first occurrence in `text` is a mention."""
    made = []
    for name, kind, surfaces in entities:
        mentions = [Mention(text=s, start=(m := re.search(re.escape(s), text)).start(), end=m.end()) for s in surfaces]  # type: ignore[union-attr]
        made.append(ArticleEntity(key=f"{kind}:{name}", name=name, type=kind, mentions=mentions))
    return Extraction(doc_id=doc_id, source="x", entities=made)


def _context(*texts: tuple[str, str], words: frozenset[str] = frozenset()) -> ed.Context:
    return ed.Context(dict(texts), _kb(), load_lexicon(), words)


def _hits(detector, text: str, entities) -> list[str]:
    return list(detector(_extraction(text, entities), _context(("1", text), words=frozenset({"landen", "succes"}))))


def test_missed_titled_names():
    text = "De Keniaanse president William Ruto sprak met minister van Buitenlandse Zaken Park Jin en premier Rutte."
    hits = _hits(ed.missed_titled_names, text, [("Park Jin", "PLACE", ["Park Jin"]), ("Rutte", "PERSON", ["Rutte"])])
    assert hits == ["missed: president William Ruto", "typed other: minister Park Jin"]


def test_wrong_types():
    text = "Greta Thunberg sprak. Thunberg zei dat Mark Rutte kwam. Van daar."
    hits = _hits(ed.wrong_types, text, [("Greta Thunberg", "PERSON", ["Greta Thunberg"]), ("Thunberg", "PLACE", ["Thunberg "]),
                                        ("Mark Rutte", "ORG", ["Mark Rutte"]), ("Van", "PLACE", ["Van "])])
    assert hits == ["person's name part as PLACE: Thunberg", "known person as ORG: Mark Rutte", "function word as PLACE: Van"]


def test_wrong_type_not_counted_for_a_place_nobody_is_named_after():
    assert _hits(ed.wrong_types, "Greta Thunberg was in Stockholm.", [("Greta Thunberg", "PERSON", ["Greta Thunberg"]),
                                                                     ("Stockholm", "PLACE", ["Stockholm"])]) == []


@pytest.mark.parametrize(("text", "entity", "expected"), [
    ("Toen sprak Defensie Jan Pietersen.", ("Defensie Jan Pietersen", "PERSON", ["Defensie Jan Pietersen"]), ["portfolio: Defensie Jan Pietersen"]),
    ("Zo zei Jan Pietersen D66 het.", ("Jan Pietersen D66", "PERSON", ["Jan Pietersen D66"]), ["organisation: Jan Pietersen D66"]),
    ("Groet, Pim van Tol Heemskerk", ("Pim van Tol Heemskerk", "PERSON", ["Pim van Tol Heemskerk"]), ["town: Pim van Tol Heemskerk"]),
    ("Succes Thierry zei het.", ("Succes Thierry", "PERSON", ["Succes Thierry"]), ["common word: Succes Thierry"]),
    ("Toen kwam Anna van.", ("Anna van", "PERSON", ["Anna van"]), ["particle at end: Anna van"]),
    ("Toen sprak Ursula von der Leyen.", ("Leyen", "ORG", ["Leyen"]), ["surname as ORG: Ursula von der Leyen"]),
    ("Toen sprak Jan Pietersen.", ("Jan Pietersen", "PERSON", ["Jan Pietersen"]), []),
    ("Toen sprak Piet Heemskerk.", ("Piet Heemskerk", "PERSON", ["Piet Heemskerk"]), []),  # two words: a surname
    ("Toen sprak Frits D66.", ("Frits D66", "PERSON", ["Frits D66"]), []),  # a given name and a surname a body shares
    ("Toen sprak Ad Heskes.", ("Ad Heskes", "PERSON", ["Ad Heskes"]), []),  # `Ad` is no `AD`, as the KB writes the paper
    ("Toen kwam Willem-Alexander van Nederland.", ("Nederland", "PLACE", ["Nederland"]), []),  # no given name before `van`
])
def test_wrong_spans(text, entity, expected):
    assert _hits(ed.wrong_spans, text, [entity]) == expected


def test_split_nodes():
    text = "Greta Thunberg sprak. Thunberg zei het. Forum voor Democratie en FVD. Vrije Universiteit en VVD. Mark Rutte en Rutte."
    hits = _hits(ed.split_nodes, text, [("Greta Thunberg", "PERSON", ["Greta Thunberg"]), ("Thunberg", "PLACE", ["Thunberg "]),
                                        ("Forum voor Democratie", "ORG", ["Forum voor Democratie"]), ("FVD", "ORG", ["FVD"]),
                                        ("Vrije Universiteit", "ORG", ["Vrije Universiteit"]), ("VVD", "ORG", ["VVD"]),
                                        ("Mark Rutte", "PERSON", ["Mark Rutte", "Rutte."])])
    # one node holding the full name and its short form (`Mark Rutte`) is no split; `VVD` spells no name here
    assert hits == ["person's name part as PLACE: Greta Thunberg + Thunberg", "acronym as ORG: Forum voor Democratie + FVD"]


def test_false_merges():
    context = _context(words=frozenset({"landen"}))
    people = [("1", "George W. Bush", "PERSON"), ("2", "George H. W. Bush", "PERSON")]
    assert list(ed.false_merges("PERSON:bush", people, context)) == ["person: George H. W. Bush / George W. Bush"]
    assert list(ed.false_merges("PERSON:griffey", [("1", "Ken Griffey jr.", "PERSON"), ("2", "Ken Griffey sr.", "PERSON")], context)) \
        == ["person: Ken Griffey jr. / Ken Griffey sr."]
    assert list(ed.false_merges("ORG:hogeschool", [("1", "Hogeschool", "ORG"), ("2", "Hogeschool Utrecht", "ORG")], context)) \
        == ["organisation: Hogeschool / Hogeschool Utrecht"]
    assert list(ed.false_merges("london", [("1", "Landen", "PLACE"), ("2", "Londen", "PLACE")], context)) == ["place: Landen in London"]
    # not counted: one article using both (joined inside it), a curated KB entry, the same person
    assert list(ed.false_merges("ORG:forum", [("1", "Forum", "ORG"), ("1", "Forum voor Democratie", "ORG"),
                                              ("2", "Forum voor Democratie", "ORG")], context)) == []
    assert list(ed.false_merges("d66", [("1", "D", "ORG"), ("2", "D66", "ORG")], context)) == []
    assert list(ed.false_merges("PERSON:kennedy", [("1", "John F. Kennedy", "PERSON"), ("2", "John Kennedy", "PERSON")], context)) == []


def test_count_reports_each_family_with_its_kinds():
    text = "Greta Thunberg sprak. Thunberg zei het."
    extraction = _extraction(text, [("Greta Thunberg", "PERSON", ["Greta Thunberg"]), ("Thunberg", "PLACE", ["Thunberg "])])
    report = ee.count([extraction], _context(("1", text)))
    assert report["wrong type"]["by kind"] == {"person's name part as PLACE": 1}
    assert report["split nodes"]["count"] == 1 and report["false merges across articles"]["count"] == 0
    assert ee.common_words(["de landen", "landen en een Land", "een"]) == frozenset({"landen", "een"})
