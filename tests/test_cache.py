"""The extraction cache: hits for unchanged articles, misses for anything that changed,
never a stale or broken entry used."""

from __future__ import annotations

import json

import pytest

from pipeline.cache import ExtractionCache, fingerprint
from pipeline.nlp import resolve_model
from pipeline.run import run
from pipeline.schemas import Article, Extraction

from .conftest import SAMPLES

ARTICLE = Article(id="a1", text="Poetin ontmoette Pompeo in Sotsji.", published="2019-05-14", source="a1.txt")
EXTRACTION = Extraction(doc_id="a1", source="a1.txt")


def test_cache_round_trip_and_moved_source(tmp_path):
    cache = ExtractionCache(tmp_path, "fp")
    assert cache.get(ARTICLE) is None
    cache.put(ARTICLE, EXTRACTION)
    moved = ARTICLE.model_copy(update={"source": "elsewhere/a1.txt"})
    assert cache.get(moved) == EXTRACTION.model_copy(update={"source": "elsewhere/a1.txt"})
    assert cache.hits == 1


@pytest.mark.parametrize("change", [{"text": "Poetin belde Trump."}, {"title": "Nieuw"}, {"published": "2019-05-15"}, {"id": "a2"}])
def test_cache_misses_when_the_article_changes(tmp_path, change):
    cache = ExtractionCache(tmp_path, "fp")
    cache.put(ARTICLE, EXTRACTION)
    assert cache.get(ARTICLE.model_copy(update=change)) is None


def test_cache_misses_when_the_fingerprint_changes(tmp_path):
    ExtractionCache(tmp_path, "model-1").put(ARTICLE, EXTRACTION)
    assert ExtractionCache(tmp_path, "model-2").get(ARTICLE) is None


def test_cache_ignores_a_broken_entry(tmp_path):
    cache = ExtractionCache(tmp_path, "fp")
    cache.put(ARTICLE, EXTRACTION)
    entry = next(tmp_path.rglob("*.json"))
    entry.write_text(entry.read_text()[:20])
    assert cache.get(ARTICLE) is None


def test_cache_write_failure_is_remembered_not_raised(tmp_path):
    blocker = tmp_path / "cache"
    blocker.write_text("a file where the cache folder should be")
    cache = ExtractionCache(blocker, "fp")
    cache.put(ARTICLE, EXTRACTION)
    assert cache.error and "cache not written" in cache.error


def test_fingerprint_follows_alias_files(tmp_path):
    aliases = tmp_path / "aliases.yaml"
    aliases.write_text("people: []\n")
    before = fingerprint(resolve_model(), [aliases])
    aliases.write_text("people:\n  - name: Jan Janssen\n")
    assert fingerprint(resolve_model(), [aliases]) != before
    assert fingerprint(resolve_model()) == fingerprint(resolve_model())


@pytest.mark.slow
def test_rerun_is_served_from_the_cache_and_identical(tmp_path):
    out = tmp_path / "out"
    first = run([str(SAMPLES)], out)
    graph = (out / "graph.json").read_bytes()
    second = run([str(SAMPLES)], out)
    assert (first.cached, second.cached, second.articles) == (0, 2, 2)
    assert (out / "graph.json").read_bytes() == graph
    assert "spacy" in first.stage_seconds and "spacy" not in second.stage_seconds


@pytest.mark.slow
def test_adding_an_article_processes_only_that_article(tmp_path):
    feed = tmp_path / "feed.jsonl"
    feed.write_text(json.dumps({"id": "x1", "text": "Rutte sprak dinsdag met Merkel in Berlijn."}) + "\n")
    out = tmp_path / "out"
    run([str(feed)], out)
    with feed.open("a") as lines:
        lines.write(json.dumps({"id": "x2", "text": "Macron belde met Trump."}) + "\n")
    summary = run([str(feed)], out)
    assert (summary.articles, summary.cached) == (2, 1)


@pytest.mark.slow
def test_no_cache_writes_and_reads_nothing(tmp_path):
    out = tmp_path / "out"
    run([str(SAMPLES)], out)
    summary = run([str(SAMPLES)], out, use_cache=False)
    assert summary.cached == 0
