"""Cross-article guards (pipeline/crosslink.py): similar spellings never join entities of
different types, and a KB node is never merged away."""

from __future__ import annotations

import networkx as nx

from pipeline.crosslink import cross_article_groups


def _graph(*nodes: tuple[str, str, str, str | None]) -> nx.DiGraph:
    graph = nx.DiGraph()
    for key, name, kind, kb_id in nodes:
        graph.add_node(key, kind="entity", name=name, type=kind, kb_id=kb_id, mentions=1)
    return graph


def test_similar_spellings_join_within_a_type_only():
    graph = _graph(("a", "Chroesjtsjov", "PERSON", None), ("b", "Khrushchev", "PERSON", None), ("c", "Khrushchev", "ORG", None),
                   ("d", "Londen", "PLACE", None), ("e", "Landen", "PERSON", None))
    assert cross_article_groups(graph) == [["a", "b"]]


def test_a_kb_node_is_never_merged_away_and_bodies_merge_word_for_word_only():
    graph = _graph(("a", "Hogeschool Utrecht", "ORG", None), ("b", "Hogeschool", "ORG", None),
                   ("c", "Universiteit Utrecht", "ORG", "Q1"), ("d", "Universiteit van Utrecht", "ORG", "Q2"))
    assert cross_article_groups(graph) == []
