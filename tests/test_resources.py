"""pipeline.resources: package data in a wheel, the repository's data/ and models/ in a checkout."""

from __future__ import annotations

from pipeline import cache, entities, kb, nlp, resources, view

from .conftest import REPO


def test_a_checkout_uses_the_repository_folders():
    assert resources.data_dir() == REPO / "data"
    assert resources.bundled_model_dir() == REPO / "models" / "nl_newsgraph"


def test_the_stages_take_their_paths_from_resources():
    assert entities.DATA_DIR == cache.DATA_DIR == resources.data_dir()
    assert kb.KB_DIR == resources.data_dir() / "kb"
    assert nlp.BUNDLED_MODEL == resources.bundled_model_dir()


def test_package_data_wins_over_the_checkout(tmp_path, monkeypatch):
    package = tmp_path / "site-packages" / "pipeline"
    (package / "data").mkdir(parents=True)
    (package / "models" / "nl_newsgraph").mkdir(parents=True)
    monkeypatch.setattr(resources, "package_dir", lambda: package)
    assert resources.data_dir() == package / "data"
    assert resources.bundled_model_dir() == package / "models" / "nl_newsgraph"


def test_without_either_the_checkout_path_is_named(tmp_path, monkeypatch):
    monkeypatch.setattr(resources, "package_dir", lambda: tmp_path / "pipeline")
    assert resources.data_dir() == tmp_path / "data"
    assert resources.bundled_model_dir() == tmp_path / "models" / "nl_newsgraph"


def test_the_view_page_is_the_template_file_with_one_data_slot():
    template = REPO / "pipeline" / "templates" / "view.html"
    assert resources.read_template("view.html").encode("utf8") == template.read_bytes()
    page = view.page()
    assert page.startswith("<!DOCTYPE html>") and page.count("/*DATA*/") == 1
