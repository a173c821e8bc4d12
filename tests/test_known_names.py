"""The known-names component's tables (pipeline/known_names.py): read back from the cache
folder they are exactly the tables built from the knowledge base, a broken file is built
again, and a change of what the build reads gets a file of its own."""

from __future__ import annotations

import pytest

from pipeline import known_names
from pipeline.entity_rules import KnownNames


@pytest.fixture(scope="module")
def built(nlp, kb):
    return known_names.build(nlp, kb.name_patterns())


def _must_not_build(*_):
    raise AssertionError("built again although a fresh tables file is there")


def test_the_tables_a_later_process_reads_are_the_built_ones(nlp, built, tmp_path, monkeypatch):
    first = known_names.cached(nlp, folder=tmp_path)
    assert [path.name[:12] for path in tmp_path.iterdir()] == ["known-names-"]
    monkeypatch.setattr(known_names, "build", _must_not_build)
    again = known_names.cached(nlp, folder=tmp_path)
    assert first == again == built
    # dict and list order too: the component's matches come out in the order they are read
    assert list(again.single_words.items()) == list(built.single_words.items())
    assert list(again.phrases) == list(built.phrases)
    assert list(again.labels.items()) == list(built.labels.items())
    assert len(built.single_words) > 10_000 and len(built.phrases) > 5_000


def test_a_known_names_component_of_read_tables_finds_what_one_of_patterns_finds(nlp, kb, tmp_path):
    known_names.cached(nlp, folder=tmp_path)
    read = KnownNames(nlp, known_names.cached(nlp, folder=tmp_path))
    patterns = KnownNames(nlp, kb.name_patterns())
    doc = nlp.make_doc("Donald Trump sprak in Den Haag met Mark Rutte over Côte d'Ivoire en Saint-Denis .")
    assert read._matches(doc) == patterns._matches(doc)
    assert ("newsgraph_PERSON_strong", 0, 2) in read._matches(doc)


def test_a_broken_tables_file_is_built_again(nlp, built, tmp_path):
    known_names.cached(nlp, folder=tmp_path)
    (path,) = tmp_path.iterdir()
    path.write_bytes(path.read_bytes()[:1000])
    assert known_names.cached(nlp, folder=tmp_path) == built
    assert known_names.loads(path.read_bytes()) == built  # and written again whole


def test_ambiguous_names_survive_the_file(nlp):
    tables = known_names.build(nlp, [("Den Haag", "PLACE", False), ("Den Haag", "ORG", True), ("Rutte", "PERSON", True)])
    assert tables.ambiguous == [(["Den", "Haag"], ["newsgraph_PLACE_weak", "newsgraph_ORG_strong"])]
    assert known_names.loads(known_names.dumps(tables)) == tables


def test_an_aliases_file_or_another_tokenizer_gets_tables_of_its_own(nlp, tmp_path):
    aliases = tmp_path / "mine.yaml"
    aliases.write_text("people:\n  - name: Remco Breuker\n    aliases: [Breuker]\n")
    plain, with_aliases = known_names.table_digest(nlp, ()), known_names.table_digest(nlp, (aliases,))
    assert plain != with_aliases
    aliases.write_text("people:\n  - name: Remco Breukers\n")
    assert known_names.table_digest(nlp, (aliases,)) != with_aliases
    import spacy

    assert known_names.table_digest(spacy.blank("nl"), ()) != plain
    folder = tmp_path / "cache"
    aliases.write_text("people:\n  - name: Remco Breuker\n    aliases: [Breuker]\n")
    assert "Breuker" in known_names.cached(nlp, (aliases,), folder=folder).single_words
    assert "Breuker" not in known_names.cached(nlp, folder=folder).single_words
    assert len(list(folder.glob("known-names-*.json"))) == 2
