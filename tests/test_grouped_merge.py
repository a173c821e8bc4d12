"""The grouped merge over partitioned extractions (scripts/grouped_merge.py, the prototype
of docs/archive-scale.md) gives the in-memory merge's entities, meetings and statements."""

from __future__ import annotations

import pytest

pytest.importorskip("dask.bag")


@pytest.fixture(scope="module")
def merged(tmp_path_factory):
    import dask

    from scripts import grouped_merge
    from scripts.synthetic_extractions import extractions, write_partitions

    work = tmp_path_factory.mktemp("grouped")
    write_partitions(work / "in", extractions(600, seed=5), 5, 600)
    with dask.config.set(scheduler="synchronous"):
        counts = grouped_merge.grouped_merge(work / "in", work / "out")
    return counts, grouped_merge.records_of_output(work / "out"), grouped_merge.records_of_graph(grouped_merge.in_memory(work / "in"))


def test_the_grouped_merge_gives_the_in_memory_graphs_nodes_and_edges(merged):
    _, (nodes, edges), (expected_nodes, expected_edges) = merged
    assert nodes == expected_nodes
    assert edges == expected_edges


def test_the_synthetic_input_has_every_kind_of_merge_to_get_right(merged):
    counts, (nodes, _), _ = merged
    assert counts["aliases"] > 10  # cross-article linking merged entities across blocks' members
    for kind in ("meeting", "statement"):
        reported_twice = [n for n in nodes.values() if n["kind"] == kind and len({e["doc_id"] for e in n["evidence"]}) > 1]
        assert len(reported_twice) > 10, kind
    assert any(len(n["doc_ids"]) > 50 for n in nodes.values() if n["kind"] == "entity")


def test_partitions_keep_the_input_order_and_every_article(tmp_path):
    import json

    from scripts.synthetic_extractions import extractions, write_partitions

    paths = write_partitions(tmp_path, extractions(50, seed=1), 4, 50)
    seqs = [json.loads(line)["seq"] for path in paths for line in path.open(encoding="utf8")]
    assert seqs == list(range(50)) and len(paths) == 4
