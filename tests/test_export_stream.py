"""GraphML and GEXF are streamed from the graph (no flattened copy, no document tree), give
the bytes networkx writes for the same data, read back as the graph, and a failed export
leaves the published files as they were."""

from __future__ import annotations

import io
import json
import os
import tracemalloc

import networkx as nx
import pytest

from pipeline import gephi, gexf_stream
from pipeline.export import output_files, write_outputs
from pipeline.projection import project

from .graphs import entity, meeting, small_graph, statement
from .test_export import PUBLIC, _archive_like_graph, _hostile_graph


def _networkx_gexf(graph: nx.Graph) -> bytes:
    """What networkx's own writer makes of the same flattened data, held whole."""
    view = gephi.FlatView(graph)
    flat = graph.__class__()
    for node, data in view.timeline_nodes():
        flat.add_node(node, **data)
    for source, target, data in view.timeline_edges():
        flat.add_edge(source, target, **data)
    buffer = io.BytesIO()
    nx.write_gexf(flat, buffer, encoding="utf-8")
    return buffer.getvalue()


def _undated() -> nx.DiGraph:
    graph = nx.DiGraph(schema_version="1.0", articles=1)
    entity(graph, "A", "Anna")
    entity(graph, "B", "Bob & <Co>")
    statement(graph, "s1", "A", 'Zij zei "nee"\tdaar', about=["B"])
    return graph


def _empty() -> nx.DiGraph:
    return nx.DiGraph(schema_version="1.0", articles=0)


CASES = {"small": small_graph, "undated": _undated, "empty": _empty, "archive": lambda: _archive_like_graph(200),
         "hostile": lambda: _hostile_graph("Eve\x01", "E\x0bve\x00", "Zij\x1b sprak\ufffe.", "E\x0c")}


@pytest.mark.parametrize("case", sorted(CASES))
@pytest.mark.parametrize("projected", [False, True], ids=["graph", "projection"])
def test_the_streamed_gexf_is_the_bytes_networkx_writes(case, projected):
    graph = CASES[case]()
    subject = project(graph) if projected else graph
    assert gephi.gexf_bytes(subject) == _networkx_gexf(subject)


def test_gexf_and_graphml_read_back_as_the_graph():
    graph = small_graph()
    for markup, reader in ((gephi.gexf_bytes(graph), nx.read_gexf), (gephi.graphml_bytes(graph), nx.read_graphml)):
        back = reader(io.BytesIO(markup))
        assert set(back.edges) == set(graph.edges)
        for node, data in graph.nodes(data=True):
            for key, value in data.items():
                if value is not None:
                    read = back.nodes[node][key]
                    assert (json.loads(read) if isinstance(value, (list, dict)) else read) == value, (node, key)
        assert {(u, v): r for u, v, r in back.edges(data="role")} == {(u, v): r for u, v, r in graph.edges(data="role")}


def test_a_projection_edge_is_written_once_from_its_lower_id():
    graph = nx.Graph()
    graph.add_node("b", name="B")
    graph.add_node("a", name="A")
    graph.add_edge("b", "a", weight=1)
    assert [(s, t) for s, t, _ in gephi.FlatView(graph).edges()] == [("a", "b")]
    assert b'source="a" target="b"' in gephi.gexf_bytes(graph)


def test_an_attribute_type_gexf_cannot_hold_is_an_error():
    with pytest.raises(TypeError, match="attribute value type is not allowed"):
        gexf_stream.write(lambda shape=False: [("a", {"x": object()})], lambda shape=False: [], True, io.BytesIO())


@pytest.mark.parametrize("write", [gephi.write_graphml, gephi.write_gexf], ids=["graphml", "gexf"])
def test_graphml_and_gexf_are_written_piece_by_piece_never_whole(write):
    """Peak memory of an archive's export is the graph: neither a flattened copy of it nor
    the document (as a tree or as text) is held while the file is written. (Before: GraphML
    2.4 times the file, GEXF 9 times.) GraphML holds one value whole, the article table
    among the graph's attributes, as text and as lxml's UTF-8 copy."""
    graph = _archive_like_graph()
    table = 2 * len(json.dumps(graph.graph["article_table"])) if write is gephi.write_graphml else 0
    buffer = io.BytesIO()
    write(graph, buffer)
    size = len(buffer.getvalue())
    del buffer
    tracemalloc.start()
    with open(os.devnull, "wb") as sink:
        write(graph, sink)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert size > 2_000_000 and peak < size / 4 + table, (size, peak, table)


def test_a_failed_export_keeps_the_published_files_and_leaves_nothing_behind(tmp_path, monkeypatch):
    write_outputs(small_graph(), tmp_path)
    before = {name: (tmp_path / name).read_bytes() for name in PUBLIC}
    written = []

    def failing(nodes, columns):
        for element in original(nodes, columns):
            written.append(element)
            if len(written) == 3:
                raise RuntimeError("disk on fire")
            yield element

    original = gexf_stream._node_elements
    monkeypatch.setattr(gexf_stream, "_node_elements", failing)
    graph = small_graph(name="Vladimir Poetin (new)", articles=3)
    meeting(graph, "meeting:9", ["Q7747", "Q567"], date="2019-06")
    with pytest.raises(RuntimeError, match="disk on fire"):
        write_outputs(graph, tmp_path)
    assert {name: (tmp_path / name).read_bytes() for name in PUBLIC} == before
    assert len(list((tmp_path / ".runs").iterdir())) == 1
    assert not [path for path in tmp_path.rglob("*") if path.name.endswith(".tmp")]
    monkeypatch.setattr(gexf_stream, "_node_elements", original)
    assert {name: (tmp_path / name).read_bytes() for name in PUBLIC[:-1]} != output_files(graph)
    write_outputs(graph, tmp_path)
    assert (tmp_path / "graph.gexf").read_bytes() != before["graph.gexf"]


def test_edge_ids_of_the_data_are_kept_and_numbers_go_round_them():
    graph = nx.Graph()
    for node in "abcd":
        graph.add_node(node, name=node.upper())
    graph.add_edge("a", "b", id="1")
    graph.add_edge("a", "c")
    graph.add_edge("b", "d")
    graph.add_edge("c", "d", id=0)
    assert gephi.gexf_bytes(graph) == _networkx_gexf(graph)
    assert b'id="1"' in gephi.gexf_bytes(graph) and b'id="2"' in gephi.gexf_bytes(graph)


def _networkx_graphml(graph: nx.Graph) -> bytes:
    view = gephi.FlatView(graph)
    flat = graph.__class__()
    flat.graph.update(view.graph)
    for node, data in view.nodes():
        flat.add_node(node, **data)
    for source, target, data in view.edges():
        flat.add_edge(source, target, **data)
    buffer = io.BytesIO()
    nx.readwrite.graphml.write_graphml_lxml(flat, buffer, encoding="utf-8")
    return buffer.getvalue()


@pytest.mark.parametrize("case", sorted(CASES))
@pytest.mark.parametrize("projected", [False, True], ids=["graph", "projection"])
def test_the_streamed_graphml_is_the_bytes_networkx_writes(case, projected):
    graph = CASES[case]()
    subject = project(graph) if projected else graph
    assert gephi.graphml_bytes(subject) == _networkx_graphml(subject)


@pytest.mark.parametrize("projected", [False, True], ids=["graph", "projection"])
def test_the_shapes_declare_what_the_data_holds(projected):
    """The cheap pass that declares the columns sees every attribute with its real type."""
    graph = _hostile_graph("Eve\x01", "E\x0bve\x00", "Zij\x1b sprak\ufffe.", "E\x0c")
    graph.nodes["B"]["score"], graph.nodes["B"]["flag"] = 0.5, True
    view = gephi.FlatView(project(graph) if projected else graph)
    for full, shapes in ((view.timeline_nodes(), view.timeline_nodes(shape=True)), (view.timeline_edges(), view.timeline_edges(shape=True))):
        for real, shape in zip(full, shapes, strict=True):
            assert real[:-1] == shape[:-1]
            assert {key: type(value) for key, value in real[-1].items()} == {key: type(value) for key, value in shape[-1].items()}
