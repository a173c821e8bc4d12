"""The knowledge base's compact file (pipeline/kb_store.py): what it gives back is exactly
what building from data/kb/ gives, and a stale or broken file is never believed."""

from __future__ import annotations

import shutil
from datetime import date

import pytest

from pipeline import kb_store
from pipeline.kb import KB_DIR, build_kb, default_kb, load_kb


@pytest.fixture(scope="module")
def built():
    return build_kb(KB_DIR)


@pytest.fixture(scope="module")
def stored(built, tmp_path_factory):
    """The KB as a second process sees it: read back from the file the first one wrote."""
    folder = tmp_path_factory.mktemp("kb-cache")
    kb_store.cached(KB_DIR, lambda: built, folder)
    return kb_store.cached(KB_DIR, _must_not_build, folder)


def _must_not_build():
    raise AssertionError("built again although a fresh compact file is there")


def test_every_entry_and_index_of_the_old_loader_comes_back_the_same(built, stored):
    assert [repr(entry) for entry in stored.entries.values()] == [repr(entry) for entry in built.entries.values()]
    assert any(entry.nationality == "NO" for entry in stored.entries.values())  # Norway, not YAML 1.1's False
    for field in ("by_name", "by_skeleton", "demonyms", "peoples", "titles", "countries"):
        assert list(getattr(stored, field).items()) == list(getattr(built, field).items()), field
    assert stored.title_first_words == built.title_first_words
    assert stored.role_holders == built.role_holders


def test_every_lookup_key_gives_the_same_entry(built, stored):
    keys = list(built.by_name) + list(built.by_skeleton)
    for key in keys:
        for types in (None, ["PLACE"], ["PERSON", "ORG"]):
            assert stored.lookup(key, types) == built.lookup(key, types), key
        assert stored.lookup(key, fuzzy=False) == built.lookup(key, fuzzy=False), key
        assert stored.country_of(key) == built.country_of(key), key
    assert stored.name_patterns() == built.name_patterns()
    for key in built.role_holders:
        for role in built.entries[key].roles:
            for day in (None, role.start, date(2019, 6, 1)):
                assert stored.role_holder(role.role, role.holder_of, day) == built.role_holder(role.role, role.holder_of, day)


def test_a_changed_source_is_built_again_never_read_from_the_old_file(tmp_path):
    sources, folder = tmp_path / "kb", tmp_path / "cache"
    shutil.copytree(KB_DIR, sources)
    assert load_kb(sources).lookup("Remco Breuker") is None
    curated = sources / "curated.yaml"
    curated.write_text(curated.read_text(encoding="utf8").replace("people:\n", "people:\n  - name: Remco Breuker\n", 1), encoding="utf8")
    kb = kb_store.cached(sources, lambda: build_kb(sources), folder)
    assert kb.lookup("Remco Breuker").name == "Remco Breuker"
    assert len(list(folder.glob("kb-*.json"))) == 1


def test_a_broken_file_is_built_again_and_replaced(tmp_path, built):
    kb_store.cached(KB_DIR, lambda: built, tmp_path)
    (path,) = tmp_path.glob("kb-*.json")
    for broken in (b"", b"{not json", b'{"format": 1}', path.read_bytes()[:-200], path.read_bytes().replace(b'"format":1', b'"format":0')):
        path.write_bytes(broken)
        with pytest.raises(kb_store.StoreError):
            kb_store.loads(broken)
        assert list(kb_store.cached(KB_DIR, lambda: built, tmp_path).entries) == list(built.entries)
        assert kb_store.loads(path.read_bytes()).entries == built.entries


def test_a_cache_folder_that_cannot_be_written_only_costs_the_speed(tmp_path, built):
    blocked = tmp_path / "a-file"
    blocked.write_text("")
    assert kb_store.cached(KB_DIR, lambda: built, blocked / "below") is built
    assert [p.name for p in tmp_path.iterdir()] == ["a-file"]


def test_a_kb_the_file_cannot_hold_is_not_written(tmp_path, built):
    from dataclasses import replace

    odd = build_kb(KB_DIR)
    key = next(iter(odd.entries))
    odd.entries[key] = replace(odd.entries[key], nationality=date(2019, 1, 1))  # YAML reads dates too
    with pytest.raises(kb_store.StoreError):
        kb_store.dumps(odd)
    assert kb_store.cached(KB_DIR, lambda: odd, tmp_path) is odd
    assert not list(tmp_path.glob("kb-*"))


def test_the_default_kb_is_loaded_once_however_it_is_asked_for():
    assert default_kb() is default_kb(())


def test_the_cache_folder_follows_the_environment(monkeypatch, tmp_path):
    monkeypatch.setenv("NEWSGRAPH_CACHE_DIR", str(tmp_path / "mine"))
    assert kb_store.cache_folder() == tmp_path / "mine"
    monkeypatch.delenv("NEWSGRAPH_CACHE_DIR")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert kb_store.cache_folder() == tmp_path / "xdg" / "newsgraph"



def _aged(path, seconds: float):
    import os
    import time

    stamp = time.time() - seconds
    os.utime(path, (stamp, stamp))


def test_a_build_deletes_the_compact_files_no_process_has_read_for_a_week(tmp_path, built):
    day = 24 * 3600
    stale, recent = tmp_path / f"kb-{'a' * 64}.json", tmp_path / f"kb-{'b' * 64}.json"
    temporary, foreign, alien = tmp_path / ".kb-x1y2z3", tmp_path / "kb-notes.json", tmp_path / "other.json"
    for path, age in ((stale, 8 * day), (recent, 6 * day), (temporary, 2 * 3600), (foreign, 30 * day), (alien, 30 * day)):
        path.write_text("{}")
        _aged(path, age)
    kb_store.cached(KB_DIR, lambda: built, tmp_path)
    (current,) = [p for p in tmp_path.glob("kb-*.json") if p not in (stale, recent, foreign)]
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([current.name, recent.name, foreign.name, alien.name])


def test_the_compact_file_in_use_is_never_stale(tmp_path, built):
    kb_store.cached(KB_DIR, lambda: built, tmp_path)
    (current,) = tmp_path.glob("kb-*.json")
    _aged(current, 30 * 24 * 3600)
    assert kb_store.remove_stale(tmp_path, keep=current) == []  # the one this process uses
    kb_store.cached(KB_DIR, _must_not_build, tmp_path)  # read: marked as used
    assert kb_store.remove_stale(tmp_path, keep=tmp_path / "kb-other.json") == []  # another process's view
