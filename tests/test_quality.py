"""Relation and alias quality against the gold set (data/gold, ANNOTATION.md).

The floors sit on the held-out split (`data/gold/heldout/`), a little below what
`newsgraph eval` measured when they were set (see the closing notes and README): rules are
designed against `tune/`, so only the held-out figures say how the rules generalise. The
two seed articles (in `tune/`, shipped in data/samples) keep a floor of their own, so the
suite checks quality also where ../shared is absent."""

from __future__ import annotations

import pytest

from pipeline.evaluate import evaluate, run_evaluation
from pipeline.gold import load_splits

from .conftest import REPO, SAMPLES, SHARED

pytestmark = pytest.mark.slow
GOLD_DIR = REPO / "data" / "gold"
DPG = SHARED / "corpora" / "dpg_news_2019" / "articles.jsonl"

SEED_FLOORS = {"statements": 0.92, "meetings": 0.9}
HELDOUT_FLOORS = {"statements": 0.69, "meetings": 0.30}  # measured 0.72 / 0.36 (2026-12-02, session 13)
HELDOUT_MEETING_RECALL_FLOOR = 0.20  # measured 0.23
CLUSTERING_FLOORS = {"precision": 0.95, "recall": 0.84}  # measured 0.99 / 0.87
HELDOUT_ENTITY_NODE_FLOOR = 0.85  # gold entities that are one node of their own, measured 0.87


@pytest.fixture(scope="module")
def reports() -> dict:
    return run_evaluation(GOLD_DIR, [str(DPG), str(SAMPLES)])


def test_quality_gold_split_is_frozen_and_disjoint():
    splits = load_splits(GOLD_DIR)
    assert set(splits) == {"tune", "heldout"}
    assert not set(splits["tune"]) & set(splits["heldout"])


def test_quality_seeds():
    from pipeline.ingest import read_inputs
    from pipeline.nlp import resolve_model
    from pipeline.run import ArticleFailure, extract_articles

    seeds = {doc_id: g for doc_id, g in load_splits(GOLD_DIR)["tune"].items() if doc_id.startswith("00")}
    extractions = [e for e in extract_articles(list(read_inputs([str(SAMPLES)])), resolve_model()) if not isinstance(e, ArticleFailure)]
    overall = evaluate(extractions, seeds)["overall"]
    for part, floor in SEED_FLOORS.items():
        assert overall[part]["f1"] >= floor, (part, overall[part])


@pytest.mark.needs_shared
def test_quality_heldout_split(reports):
    overall = reports["heldout"]["overall"]
    for part, floor in HELDOUT_FLOORS.items():
        assert overall[part]["f1"] >= floor, (part, overall[part])
    assert overall["meeting_recall"]["recall"] >= HELDOUT_MEETING_RECALL_FLOOR, overall["meeting_recall"]
    for measure, floor in CLUSTERING_FLOORS.items():
        assert overall["clustering"][measure] >= floor, overall["clustering"]
    assert overall["entities"]["recall"] >= HELDOUT_ENTITY_NODE_FLOOR, overall["entities"]
