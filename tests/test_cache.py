"""The extraction cache: hits for unchanged articles, misses for anything that changed,
never a stale or broken entry used."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys

import pytest

from pipeline import cache
from pipeline.cache import ExtractionCache, fingerprint
from pipeline.nlp import BUNDLED_MODEL, ModelChoice, resolve_model
from pipeline.run import run
from pipeline.schemas import Article, Extraction

from .conftest import REPO, SAMPLES

ARTICLE = Article(id="a1", text="Poetin ontmoette Pompeo in Sotsji.", published="2019-05-14", source="a1.txt")
EXTRACTION = Extraction(doc_id="a1", source="a1.txt")
RELATION_MODULE = "the relation module (relations.py or relations/__init__.py)"


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
    problems: list[str] = []
    cache = ExtractionCache(tmp_path, "fp", on_problem=problems.append)
    cache.put(ARTICLE, EXTRACTION)
    entry = next(tmp_path.rglob("*.json"))
    entry.write_text(entry.read_text()[:20])
    assert cache.get(ARTICLE) is None
    assert problems == [f"{entry}: cache entry damaged; extracted again"]


def test_cache_rejects_an_entry_written_for_another_article(tmp_path):
    problems: list[str] = []
    cache = ExtractionCache(tmp_path, "fp", on_problem=problems.append)
    other = ARTICLE.model_copy(update={"id": "a2", "text": "Rutte belde Merkel."})
    cache.put(ARTICLE, EXTRACTION)
    cache.put(other, Extraction(doc_id="a2", source="a2.txt"))
    mine, theirs = (next(tmp_path.rglob(f"{cache.key(a)}.json")) for a in (ARTICLE, other))
    theirs.write_bytes(mine.read_bytes())
    assert cache.get(other) is None
    assert problems == [f"{theirs}: cache entry written for another article ('a1'), not for 'a2'; extracted again"]
    assert cache.get(ARTICLE) == EXTRACTION and cache.hits == 1


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


# What the extraction imports but that shapes no extraction: the version (hashed on its own),
# stage timing, and where the data is (the data itself is hashed).
NOT_EXTRACTION_CODE = {"pipeline", "pipeline.timing", "pipeline.resources"}


def test_fingerprint_covers_every_module_the_extraction_imports():
    code = ("import json, sys, pipeline.extraction, pipeline.nlp; "
            "print(json.dumps({n: m.__file__ for n, m in sys.modules.items() if n.split('.')[0] == 'pipeline'}))")
    imported = json.loads(subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, check=True).stdout)
    hashed = set(map(str, cache.extraction_code_files()))
    missing = sorted(name for name, path in imported.items() if name not in NOT_EXTRACTION_CODE and path not in hashed)
    assert not missing, f"add these to pipeline/cache.py EXTRACTION_CODE (or NOT_EXTRACTION_CODE here): {missing}"
    assert {"pipeline.extraction", "pipeline.nlp", "pipeline.entities", "pipeline.kb"} <= set(imported)


@pytest.fixture
def code_copy(tmp_path, monkeypatch):
    """A copy of pipeline/ and of the fingerprinted data that fingerprint() reads instead."""
    package, data = tmp_path / "pipeline", tmp_path / "data"
    shutil.copytree(cache.PACKAGE_DIR, package, ignore=shutil.ignore_patterns("__pycache__"))
    data.mkdir()
    for name in cache.FINGERPRINTED_DATA:
        source = cache.DATA_DIR / name
        shutil.copytree(source, data / name) if source.is_dir() else shutil.copy2(source, data / name)
    monkeypatch.setattr(cache, "PACKAGE_DIR", package)
    monkeypatch.setattr(cache, "DATA_DIR", data)
    return tmp_path


def _touch(path):
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("a", encoding="utf8") as f:
        f.write("\n# touched\n")


BUNDLED = ModelChoice(str(BUNDLED_MODEL), is_package=False)


@pytest.mark.parametrize("name", ["pipeline/view.py", "pipeline/cli.py", "pipeline/graph.py", "pipeline/export.py", "pipeline/run.py",
                                  "pipeline/api.py", "pipeline/templates/view.html", "pipeline/__init__.py",
                                  "pipeline/new_module.py", "data/gold/new.yaml", "data/samples/new.txt"])
def test_fingerprint_ignores_code_and_data_after_the_extraction(code_copy, name):
    before = fingerprint(BUNDLED)
    _touch(code_copy / name)
    assert fingerprint(BUNDLED) == before


def _relation_module(root):
    """The relation code as it stands: relations.py, or the relations/ package."""
    return next(p for p in (root / "pipeline" / "relations.py", root / "pipeline" / "relations" / "__init__.py") if p.is_file())


@pytest.mark.parametrize("name", ["pipeline/extraction.py", "pipeline/nlp.py", "pipeline/kb.py", "pipeline/entities.py",
                                  "pipeline/relations/statements.py", "pipeline/relations/new_rule.py",
                                  "pipeline/linking/deep/inside.py", "data/lexicon/speech_verbs.txt",
                                  "data/lexicon/new_list.txt", "data/kb/curated.yaml", "data/entity_labels.json", RELATION_MODULE])
def test_fingerprint_follows_the_extraction_code_and_data(code_copy, name):
    path = _relation_module(code_copy) if name is RELATION_MODULE else code_copy / name
    before = fingerprint(BUNDLED)
    _touch(path)
    assert fingerprint(BUNDLED) != before


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
