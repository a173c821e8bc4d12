"""scripts/gold_agreement.py on tiny hand-made gold files and texts."""

from __future__ import annotations

import json
from collections import Counter

import pytest

from pipeline.gold import GoldArticle
from scripts.gold_agreement import (align_entities, compare, compare_meetings, compare_statements, kappa, locate, main,
                                    sentences)

TEXT = ("Poetin ontmoet Pompeo\n"
        "Poetin zei dinsdag dat hij tevreden was over het gesprek. "
        "Mr. De Vries van J. Smit Holding sprak hem tegen. "
        "\"Dit is onzin.\" Pompeo noemde het overleg 'nuttig', aldus een woordvoerder. "
        "Hij wil terugkomen, zei hij?  Dat weet niemand.")


def article(entities=None, meetings=(), statements=(), **extra) -> GoldArticle:
    entities = entities or {"Vladimir Putin": ["Poetin"], "Mike Pompeo": ["Pompeo"], "Jan de Vries": ["De Vries"],
                            "Sochi": ["Sotsji"], "Sergej Lavrov": ["Lavrov"]}
    return GoldArticle.model_validate({"doc_id": "1", "entities": entities, "meetings": list(meetings),
                                       "statements": list(statements), **extra})


def meeting(*participants, optional=False, type="meeting"):
    return {"participants": list(participants), "type": type, "optional": optional}


def statement(speaker, key, optional=False):
    return {"speaker": speaker, "key": key, "optional": optional}


# --- entities -------------------------------------------------------------------------

def test_entities_align_by_shared_surface_forms_whatever_the_canonical_name():
    a = article({"Vladimir Putin": ["Poetin", "de Russische president"], "Pompeo": ["Mike  Pompeo"], "Kremlin": ["Kremlin"]})
    b = article({"Vladimir Poetin": ["poetin", "De Russische President"], "Mike Pompeo": ["Pompeo"],
                 "Poetin-kamp": ["Poetin"]})
    mapping = align_entities(a, b)
    assert mapping["Vladimir Putin"] == "Vladimir Poetin"  # two forms shared, not one
    assert mapping["Pompeo"] == "Mike Pompeo"  # canonical names count as forms, whitespace normalised
    assert "Kremlin" not in mapping


def test_a_tie_goes_to_the_same_canonical_name():
    a = article({"Kim": ["Kim"]})
    b = article({"Kim Yo-jong": ["Kim"], "kim": ["Kim Jong-un"]})
    assert align_entities(a, b) == {"Kim": "kim"}


# --- meetings -------------------------------------------------------------------------

def test_meeting_pairs_map_through_the_alignment_and_n_party_meetings_give_all_pairs():
    a = article(meetings=[meeting("Vladimir Putin", "Mike Pompeo", "Sergej Lavrov")])
    b = article({"Poetin": ["Poetin"], "Pompeo": ["Pompeo"], "Lavrov": ["Lavrov"]},
                meetings=[meeting("Poetin", "Pompeo"), meeting("Pompeo", "Lavrov")])
    result = compare_meetings(a, b, align_entities(a, b))
    assert (result.core.tp, result.core.fp, result.core.fn) == (2, 0, 1)
    assert result.disagreements == [("meeting only in A", "(meeting) Sergej Lavrov + Vladimir Putin")]


def test_optional_meetings_count_as_misses_on_core_only_and_are_ignored_with_optional():
    a = article(meetings=[meeting("Vladimir Putin", "Mike Pompeo"), meeting("Mike Pompeo", "Sochi", type="visit", optional=True),
                          meeting("Jan de Vries", "Mike Pompeo")])
    b = article(meetings=[meeting("Vladimir Putin", "Mike Pompeo", optional=True), meeting("Mike Pompeo", "Sochi", type="visit"),
                          meeting("Sergej Lavrov", "Vladimir Putin")])
    result = compare_meetings(a, b, align_entities(a, b))
    assert (result.core.tp, result.core.fp, result.core.fn) == (0, 2, 2)
    assert (result.lenient.tp, result.lenient.fp, result.lenient.fn) == (0, 1, 1)
    kinds = Counter(kind for kind, _ in result.disagreements)
    assert kinds == {"meeting only in A": 1, "meeting only in B": 1, "meeting core in A, optional in B": 1,
                     "meeting optional in A, core in B": 1}


def test_meeting_type_disagreement_is_listed_but_still_a_hit():
    a = article(meetings=[meeting("Vladimir Putin", "Mike Pompeo", type="call")])
    b = article(meetings=[meeting("Mike Pompeo", "Vladimir Putin")])
    result = compare_meetings(a, b, align_entities(a, b))
    assert result.core.f1 == 1.0
    assert result.disagreements == [("meeting type differs", "Mike Pompeo + Vladimir Putin: A call, B meeting")]


# --- sentences ------------------------------------------------------------------------

def test_sentence_splitter():
    flat, spans = sentences(TEXT)
    assert flat == " ".join(TEXT.split())
    assert [flat[s:e] for s, e in spans] == [
        "Poetin ontmoet Pompeo",  # the title line is its own sentence
        "Poetin zei dinsdag dat hij tevreden was over het gesprek.",
        "Mr. De Vries van J. Smit Holding sprak hem tegen.",  # no split after "Mr." or an initial
        "\"Dit is onzin.\"",  # a closing quote after the full stop
        "Pompeo noemde het overleg 'nuttig', aldus een woordvoerder.",
        "Hij wil terugkomen, zei hij?",
        "Dat weet niemand.",
    ]


def test_sentence_splitter_on_dutch_quote_marks_and_lowercase():
    flat, spans = sentences("Hij zei: ,,Nee.'' ,,Nooit!'' riep hij. Wat? zei ze.")
    assert [flat[s:e] for s, e in spans] == ["Hij zei: ,,Nee.''", ",,Nooit!'' riep hij.", "Wat? zei ze."]


def test_locate_finds_every_occurrence_and_falls_back_to_case():
    flat, spans = sentences(TEXT)
    assert locate("Pompeo", flat, spans).sentences == {0, 4}
    assert locate("dit is  onzin", flat, spans).sentences == {3}
    assert not locate("niet in de tekst", flat, spans).found


# --- statements -----------------------------------------------------------------------

def test_statements_agree_on_aligned_speaker_and_same_sentence():
    a = article(statements=[statement("Vladimir Putin", "tevreden was over het gesprek"),
                            statement("Mike Pompeo", "noemde het overleg"),
                            statement("Jan de Vries", "sprak hem tegen")])
    b = article({"Poetin": ["Poetin"], "Pompeo": ["Pompeo"]},
                statements=[statement("Poetin", "Poetin zei dinsdag"),  # other key, same sentence
                            statement("Pompeo", "Dit is onzin")])  # the sentence before: no match
    result = compare_statements(a, b, align_entities(a, b), TEXT)
    assert (result.core.tp, result.core.fp, result.core.fn) == (1, 1, 2)
    kinds = Counter(kind for kind, _ in result.disagreements)
    assert kinds == {"statement only in A": 2, "statement only in B": 1}


def test_keys_that_overlap_agree_even_across_a_sentence_boundary():
    a = article(statements=[statement("Mike Pompeo", "onzin.\" Pompeo noemde")])
    b = article(statements=[statement("Mike Pompeo", "Dit is onzin")])
    assert compare_statements(a, b, align_entities(a, b), TEXT).core.tp == 1


def test_statements_match_one_to_one():
    a = article(statements=[statement("Vladimir Putin", "Poetin zei dinsdag"), statement("Vladimir Putin", "over het gesprek")])
    b = article(statements=[statement("Vladimir Putin", "tevreden was")])
    result = compare_statements(a, b, align_entities(a, b), TEXT)
    assert (result.core.tp, result.core.fp, result.core.fn) == (1, 0, 1)


def test_a_different_speaker_in_the_same_sentence_is_one_disagreement():
    a = article(statements=[statement("Mike Pompeo", "noemde het overleg")])
    b = article(statements=[statement("Jan de Vries", "aldus een woordvoerder", optional=True)])
    result = compare_statements(a, b, align_entities(a, b), TEXT)
    assert (result.core.tp, result.core.fp, result.core.fn) == (0, 0, 1)
    assert [kind for kind, _ in result.disagreements] == ["statement speaker differs"]


def test_optional_statements_neither_rewarded_nor_penalised_and_decisions_compared():
    a = article(statements=[statement("Vladimir Putin", "Poetin zei dinsdag"),
                            statement("Mike Pompeo", "noemde het overleg"),
                            statement("Mike Pompeo", "Hij wil terugkomen", optional=True),
                            statement("Mike Pompeo", "Dat weet niemand", optional=True)])
    b = article(statements=[statement("Vladimir Putin", "over het gesprek", optional=True),
                            statement("Mike Pompeo", "aldus een woordvoerder"),
                            statement("Mike Pompeo", "zei hij?"),
                            statement("Jan de Vries", "sprak hem tegen", optional=True)])
    result = compare_statements(a, b, align_entities(a, b), TEXT)
    assert (result.core.tp, result.core.fp, result.core.fn) == (1, 1, 1)
    assert (result.lenient.tp, result.lenient.fp, result.lenient.fn) == (1, 0, 0)
    assert result.decisions == Counter({("core", "core"): 1, ("core", "optional"): 1, ("optional", "core"): 1})
    kinds = Counter(kind for kind, _ in result.disagreements)
    assert kinds == {"statement core in A, optional in B": 1, "statement optional in A, core in B": 1,
                     "optional statement only in A": 1, "optional statement only in B": 1}


def test_without_the_text_keys_agree_when_one_contains_the_other():
    a = article(statements=[statement("Vladimir Putin", "tevreden was over het gesprek")])
    b = article(statements=[statement("Vladimir Putin", "Tevreden was")])
    assert compare_statements(a, b, align_entities(a, b), None).core.tp == 1


def test_kappa():
    assert kappa(Counter({("core", "core"): 5, ("optional", "optional"): 5})) == 1.0
    assert kappa(Counter({("core", "core"): 5})) is None
    assert kappa(Counter()) is None
    assert kappa(Counter({("core", "core"): 2, ("core", "optional"): 1, ("optional", "core"): 1})) == pytest.approx(-1 / 3)


# --- the report and the command -------------------------------------------------------

def test_compare_skips_statements_on_partial_files_and_counts_the_articles():
    a = {"1": article(meetings=[meeting("Vladimir Putin", "Mike Pompeo")], statements=[statement("Mike Pompeo", "noemde")]),
         "2": article(doc_id="2", partial=True, meetings=[meeting("Vladimir Putin", "Sergej Lavrov")]),
         "3": article(doc_id="3")}
    b = {"1": article(meetings=[meeting("Vladimir Putin", "Mike Pompeo")]),
         "2": article(doc_id="2", statements=[statement("Mike Pompeo", "noemde")])}
    report = compare(a, b, {"1": TEXT, "2": TEXT})
    assert report["articles_compared"] == 2 and report["statement_articles"] == 1
    assert report["only_in_a"] == ["3"] and report["only_in_b"] == []
    assert report["overall"]["meetings"]["tp"] == 1 and report["overall"]["meetings"]["fn"] == 1
    assert report["overall"]["statements"]["fn"] == 1
    assert report["disagreement_kinds"] == {"meeting only in A": 1, "statement only in A": 1}
    only_meetings = compare(a, b, {}, meetings_only=True)
    assert set(only_meetings["overall"]) == {"meetings", "meetings_lenient"}
    assert only_meetings["statement_articles"] == 0


def test_command_line(tmp_path, capsys):
    samples, dir_a, dir_b = tmp_path / "samples", tmp_path / "a", tmp_path / "b"
    for directory in (samples, dir_a, dir_b):
        directory.mkdir()
    (samples / "1.txt").write_text(TEXT, encoding="utf8")
    gold = {"doc_id": "1", "entities": {"Vladimir Putin": ["Poetin"], "Mike Pompeo": ["Pompeo"]},
            "meetings": [meeting("Vladimir Putin", "Mike Pompeo")],
            "statements": [statement("Vladimir Putin", "Poetin zei dinsdag")]}
    (dir_a / "1.json").write_text(json.dumps(gold), encoding="utf8")
    gold["statements"] = [statement("Vladimir Putin", "over het gesprek"), statement("Mike Pompeo", "noemde het")]
    (dir_b / "1.json").write_text(json.dumps(gold), encoding="utf8")
    out = tmp_path / "report.json"
    main([str(dir_a), str(dir_b), "--shared", str(tmp_path / "no-shared"), "--samples", str(samples), "--json", str(out)])
    printed = capsys.readouterr().out
    assert "articles compared: 1" in printed
    assert "1: statement only in B: Mike Pompeo: 'noemde het'" in printed
    report = json.loads(out.read_text(encoding="utf8"))
    assert report["overall"]["statements"] == {"tp": 1, "fp": 1, "fn": 0, "precision": 0.5, "recall": 1.0, "f1": 0.6667}
    assert report["overall"]["meetings"]["f1"] == 1.0
