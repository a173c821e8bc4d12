"""Relation and alias quality against the development gold set (data/gold, ANNOTATION.md).

Floors sit a little below what `newsgraph eval` measured when they were set (see the
closing notes and README); a change that lowers quality below them fails the suite."""

from __future__ import annotations

import pytest

from pipeline.evaluate import evaluate, load_gold
from pipeline.ingest import read_inputs
from pipeline.nlp import resolve_model
from pipeline.run import ArticleFailure, extract_articles

from .conftest import REPO, SAMPLES, SHARED

pytestmark = pytest.mark.slow
GOLD = load_gold(REPO / "data" / "gold")
DPG = SHARED / "corpora" / "dpg_news_2019" / "articles.jsonl"

SEED_FLOORS = {"statements": 0.92, "meetings": 0.9}
DEV_FLOORS = {"statements": 0.83, "meetings": 0.80}
CLUSTERING_FLOORS = {"precision": 0.97, "recall": 0.93}


def scores(paths: list[str], gold: dict) -> dict:
    articles = [a for a in read_inputs(paths) if getattr(a, "id", None) in gold]
    extractions = [e for e in extract_articles(articles, resolve_model()) if not isinstance(e, ArticleFailure)]
    return evaluate(extractions, gold)["overall"]


def test_quality_seeds():
    seeds = {doc_id: g for doc_id, g in GOLD.items() if doc_id.startswith("00")}
    overall = scores([str(SAMPLES)], seeds)
    for part, floor in SEED_FLOORS.items():
        assert overall[part]["f1"] >= floor, (part, overall[part])


@pytest.mark.needs_shared
def test_quality_development_set():
    dev = {doc_id: g for doc_id, g in GOLD.items() if not doc_id.startswith("00")}
    assert len(dev) >= 25
    overall = scores([str(DPG)], dev)
    for part, floor in DEV_FLOORS.items():
        assert overall[part]["f1"] >= floor, (part, overall[part])
    for measure, floor in CLUSTERING_FLOORS.items():
        assert overall["clustering"][measure] >= floor, overall["clustering"]
