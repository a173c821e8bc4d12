"""Stage 7, export: the merged graph → `graph.json` (node-link, contract v1) and
`graph.graphml` (for Gephi, Cytoscape, yEd), each written atomically.

`graph.json` is validated against `schemas.GraphDocument` before it is written, with nodes
and edges sorted so equal graphs give byte-identical files.
"""

from __future__ import annotations

import io
import json
from pathlib import Path

import networkx as nx

from .files import OutputError, atomic_write_bytes, describe_os_error
from .schemas import GraphDocument

GRAPH_JSON = "graph.json"
GRAPH_ML = "graph.graphml"


def to_document(graph: nx.DiGraph) -> GraphDocument:
    """networkx graph → the validated contract model, nodes and edges in a stable order."""
    data = nx.node_link_data(graph, edges="edges")
    data["nodes"] = sorted(data["nodes"], key=lambda node: node["id"])
    data["edges"] = sorted(data["edges"], key=lambda edge: (edge["source"], edge["target"], edge["role"]))
    return GraphDocument.model_validate(data)


def graph_json(graph: nx.DiGraph) -> str:
    document = to_document(graph).model_dump(mode="json")
    return json.dumps(document, ensure_ascii=False, indent=1) + "\n"


def load_graph(path: Path) -> nx.DiGraph:
    """Read a `graph.json` back into networkx (validating it against the contract)."""
    data = json.loads(Path(path).read_text(encoding="utf8"))
    GraphDocument.model_validate(data)
    return nx.node_link_graph(data, edges="edges")


def graphml_bytes(graph: nx.DiGraph) -> bytes:
    """GraphML holds scalars only: lists and dicts become JSON strings, None is left out."""
    flat = nx.DiGraph()
    flat.graph.update(_flatten(graph.graph))
    for node, attributes in sorted(graph.nodes(data=True)):
        flat.add_node(node, **_flatten(attributes))
    for source, target, attributes in sorted(graph.edges(data=True), key=lambda e: (e[0], e[1])):
        flat.add_edge(source, target, **_flatten(attributes))
    buffer = io.BytesIO()
    # The standard-library writer, as before lxml (which trafilatura brings) became importable:
    # networkx's lxml writer raises on control characters in article text.
    nx.write_graphml_xml(flat, buffer, encoding="utf-8")
    return buffer.getvalue()


def _flatten(attributes: dict) -> dict:
    flat = {}
    for key, value in attributes.items():
        if value is None:
            continue
        if isinstance(value, dict) and key == "model":
            flat.update({f"model_{k}": v for k, v in value.items()})
        elif isinstance(value, (list, dict)):
            flat[key] = json.dumps(value, ensure_ascii=False, sort_keys=True)
        else:
            flat[key] = value
    return flat


def write_outputs(graph: nx.DiGraph, out_dir: Path) -> list[Path]:
    """Write graph.json and graph.graphml into `out_dir` (created if missing)."""
    out_dir = Path(out_dir)
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as err:
        raise OutputError(f"{out_dir}: cannot create the output directory: {describe_os_error(err)}") from None
    json_path, graphml_path = out_dir / GRAPH_JSON, out_dir / GRAPH_ML
    text = graph_json(graph)
    markup = graphml_bytes(graph)
    for path, data in ((json_path, text.encode("utf8")), (graphml_path, markup)):
        try:
            atomic_write_bytes(path, data)
        except OSError as err:
            raise OutputError(f"{path}: cannot write: {describe_os_error(err)}") from None
    return [json_path, graphml_path]
