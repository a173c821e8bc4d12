"""Stage 7, export: the merged graph → `graph.json` (node-link, contract v1), and for Gephi,
Cytoscape and yEd `graph.graphml`/`graph.gexf` (entities and events) and
`entities.graphml`/`entities.gexf` (the entity-to-entity projection), written as one unit.

`graph.json` is validated against `schemas.GraphDocument` before it is written, with nodes
and edges sorted so equal graphs give byte-identical files.
"""

from __future__ import annotations

import functools
import io
import json
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

import networkx as nx
from pydantic import TypeAdapter

from .files import OutputError, describe_os_error
from .gephi import write_gexf, write_graphml
from .projection import project
from .publish import Writer, publish
from .schemas import ArticleRecord, EntityNode, GraphAttributes, GraphDocument, GraphEdge, Node

GRAPH_JSON = "graph.json"
GRAPH_ML = "graph.graphml"
GRAPH_GEXF = "graph.gexf"
ENTITIES_ML = "entities.graphml"
ENTITIES_GEXF = "entities.gexf"


def to_document(graph: nx.DiGraph) -> GraphDocument:
    """networkx graph → the validated contract model, nodes and edges in a stable order."""
    data = nx.node_link_data(graph, edges="edges")
    data["nodes"] = sorted(data["nodes"], key=lambda node: node["id"])
    data["edges"] = sorted(data["edges"], key=lambda edge: (edge["source"], edge["target"], edge["role"]))
    return GraphDocument.model_validate(data)


_NODE: TypeAdapter = TypeAdapter(Node)


def graph_json_pieces(graph: nx.DiGraph) -> Iterator[str]:
    """`graph.json`'s text piece by piece, one node or edge at a time, each validated against
    the contract (ValueError naming what breaks it): the whole document never exists in
    memory, as objects or as text. The same text as `json.dumps(to_document(graph))` with
    `indent=1`, sorted nodes and edges."""
    table = graph.graph.get("article_table", [])
    attributes = GraphAttributes.model_validate({**graph.graph, "article_table": []}).model_dump(mode="json")
    known: set[str] | None = None if attributes["schema_version"] == "1.0" else set()
    head = _indented({key: value for key, value in attributes.items() if key != "article_table"}, " ")
    yield '{\n "directed": true,\n "multigraph": false,\n "graph": ' + head[:-len("\n }")] + ',\n  "article_table": ['
    for index, row in enumerate(table):
        record = ArticleRecord.model_validate(row)
        if known is not None:
            known.add(record.id)
        yield ("," if index else "") + "\n   " + _indented(record.model_dump(mode="json"), "   ")
    yield "\n  ]\n }," if table else "]\n },"
    yield '\n "nodes": ['
    for index, node in enumerate(sorted(graph.nodes)):
        model = _NODE.validate_python({**graph.nodes[node], "id": node})
        cited = model.doc_ids if isinstance(model, EntityNode) else [e.doc_id for e in model.evidence]
        missing = next((doc_id for doc_id in cited if doc_id not in known), None) if known is not None else None
        if missing is not None:
            raise ValueError(f"node {node!r} cites doc_id {missing!r}, which is not in the article table")
        yield ("," if index else "") + "\n  " + _indented(model.model_dump(mode="json"), "  ")
    yield "\n ]" if graph.number_of_nodes() else "]"
    yield ',\n "edges": ['
    edges = sorted((u, v, role) for u, v, role in graph.edges(data="role"))
    for index, (source, target, role) in enumerate(edges):
        edge = GraphEdge(source=source, target=target, role=role)
        yield ("," if index else "") + "\n  " + _indented(edge.model_dump(mode="json"), "  ")
    yield "\n ]" if edges else "]"
    yield "\n}\n"


def _indented(value: object, prefix: str) -> str:
    """`value` as `json.dumps(indent=1)` writes it `len(prefix)` levels deep (JSON strings
    hold no raw newline, so lines are safe to prefix)."""
    return json.dumps(value, ensure_ascii=False, indent=1).replace("\n", "\n" + prefix)


def graph_json(graph: nx.DiGraph) -> str:
    return "".join(graph_json_pieces(graph))


def write_graph_json(graph: nx.DiGraph, out: BinaryIO) -> None:
    for piece in graph_json_pieces(graph):
        out.write(piece.encode("utf8"))


def load_graph(path: Path) -> nx.DiGraph:
    """Read a `graph.json` back into networkx (validating it against the contract)."""
    data = json.loads(Path(path).read_text(encoding="utf8"))
    GraphDocument.model_validate(data)
    return nx.node_link_graph(data, edges="edges")


def output_writers(graph: nx.DiGraph) -> dict[str, Writer]:
    """The files of one run, by name, each as a function that writes it into a binary file:
    graph.json, and GraphML and GEXF of the entity–event graph and of the entity-to-entity
    projection the view draws. Each streams its file from the graph (no copy, no document
    in memory); called one after the other (as `publish` does), the projection, made for
    `entities.graphml` and dropped by `entities.gexf`, is the only intermediate graph."""
    projected: list[nx.Graph] = []

    def projected_markup(out: BinaryIO) -> None:
        projected.append(project(graph))
        write_graphml(projected[0], out)

    def projected_gexf(out: BinaryIO) -> None:
        write_gexf(projected.pop() if projected else project(graph), out)

    return {GRAPH_JSON: functools.partial(write_graph_json, graph), GRAPH_ML: functools.partial(write_graphml, graph),
            GRAPH_GEXF: functools.partial(write_gexf, graph), ENTITIES_ML: projected_markup, ENTITIES_GEXF: projected_gexf}


def output_files(graph: nx.DiGraph) -> dict[str, bytes]:
    """The files of one run as bytes, by name (what `write_outputs` writes)."""
    files = {}
    for name, write in output_writers(graph).items():
        buffer = io.BytesIO()
        write(buffer)
        files[name] = buffer.getvalue()
    return files


def write_outputs(graph: nx.DiGraph, out_dir: Path) -> list[Path]:
    """Write the run's files into `out_dir` (created if missing) as one unit (see
    `publish`); returns their paths."""
    out_dir = Path(out_dir)
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as err:
        raise OutputError(f"{out_dir}: cannot create the output directory: {describe_os_error(err)}") from None
    return publish(out_dir, output_writers(graph))
