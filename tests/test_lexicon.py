"""The lexicon layer (pipeline/lexicon.py): every word list of data/lexicon/ read by one
reader into one frozen `Lexicon`, which the stages take as a parameter."""

from __future__ import annotations

import shutil
from dataclasses import FrozenInstanceError, fields

import pytest

from pipeline.lexicon import LEXICON_DIR, Lexicon, LexiconError, load_lexicon

from .relations.conftest import POMPEO_MET_LAVROV, parsed, relations

# the files whose field is named differently from the file
FIELD_OF_FILE = {"meeting_triggers.tsv": "triggers", "meeting_blockers.txt": "blockers", "meeting_compound_heads.tsv": "compound_heads",
                 "speech_verb_prepositions.tsv": "speech_prepositions"}

RUTTE_SAYS = """
        Rutte      PROPN nsubj   1 B-PER Rutte
        zegt       VERB  ROOT    1 -     zeggen
        dat        SCONJ mark    5 -     dat
        het        PRON  nsubj   5 -     het
        goed       ADJ   advmod  5 -     goed
        gaat       VERB  ccomp   1 -     gaan
        .          PUNCT punct   1 -     .
"""


def test_lexicon_every_file_is_one_field_and_every_field_one_file():
    lexicon = load_lexicon()
    files = {path.name for path in LEXICON_DIR.iterdir() if path.suffix in (".txt", ".tsv")}
    field_names = {FIELD_OF_FILE.get(name, name.rsplit(".", 1)[0]) for name in files}
    assert field_names == {f.name for f in fields(Lexicon)}
    for name in field_names:
        assert getattr(lexicon, name), f"{name} is empty"


def test_lexicon_is_frozen():
    with pytest.raises(FrozenInstanceError):
        load_lexicon().speech_verbs = frozenset()  # type: ignore[misc]


def test_lexicon_reads_a_directory_of_ones_own(tmp_path):
    own = tmp_path / "lexicon"
    shutil.copytree(LEXICON_DIR, own)
    with (own / "speech_verbs.txt").open("a", encoding="utf8") as words:
        words.write("fluisteren\n")
    assert "fluisteren" in load_lexicon(own).speech_verbs
    assert "fluisteren" not in load_lexicon().speech_verbs


def test_lexicon_bad_trigger_row_names_the_file(tmp_path):
    own = tmp_path / "lexicon"
    shutil.copytree(LEXICON_DIR, own)
    with (own / "meeting_triggers.tsv").open("a", encoding="utf8") as rows:
        rows.write("treffen\tVERB\tencounter\n")
    with pytest.raises(LexiconError, match=r"meeting_triggers\.tsv: bad row 'treffen\\tVERB\\tencounter'"):
        load_lexicon(own)


def test_lexicon_titles_and_role_compounds():
    tiny = Lexicon(person_titles=("burgemeester", "oud-premier"), role_suffixes=("leider",))
    assert tiny.is_person_title("Burgemeester") and tiny.is_person_title("oud-premier")
    assert tiny.is_person_title("SGP-leider") and tiny.is_person_title("fractieleider")
    assert not tiny.is_person_title("minister")
    assert not Lexicon().is_person_title("minister")
    assert load_lexicon().is_person_title("energieminister")
    # a member of a party or body is a role: `FvD-lid Bas Berkhof, die … vertelt`
    assert load_lexicon().is_person_title("FvD-lid") and load_lexicon().is_person_title("bestuurslid")
    assert not load_lexicon().is_person_title("beleid")


def test_lexicon_a_tiny_lexicon_drives_the_statements(kb):
    doc = parsed(RUTTE_SAYS)
    said, _ = relations(doc, kb, lexicon=Lexicon(speech_verbs=frozenset({"zeggen"})))
    assert [(kind, speaker, cue) for kind, speaker, cue, *_ in said] == [("indirect", "Mark Rutte", "zeggen")]
    said, _ = relations(parsed(RUTTE_SAYS), kb, lexicon=Lexicon(speech_verbs=frozenset({"beweren"})))
    assert said == []


def test_lexicon_a_tiny_lexicon_drives_the_meetings(kb):
    met = Lexicon(triggers={("ontmoeten", "VERB"): "meeting"})
    _, meetings = relations(parsed(POMPEO_MET_LAVROV), kb, lexicon=met)
    assert [(kind, people) for kind, people, *_ in meetings] == [("meeting", ["Mike Pompeo", "Sergey Lavrov"])]
    _, meetings = relations(parsed(POMPEO_MET_LAVROV), kb, lexicon=Lexicon(triggers={("bezoeken", "VERB"): "visit"}))
    assert meetings == []


def test_lexicon_and_an_empty_knowledge_base_are_parameters_too():
    """The stages take the knowledge base as they take the lexicon: with an empty one,
    `Poetin` is nobody the project knows, so it stays the name it is written as."""
    from pipeline.kb import KnowledgeBase

    _, meetings = relations(parsed(POMPEO_MET_LAVROV), KnowledgeBase(), lexicon=Lexicon(triggers={("ontmoeten", "VERB"): "meeting"}))
    assert [people for _, people, *_ in meetings] == [["Lavrov", "Pompeo"]]
