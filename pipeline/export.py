"""Stage 7, export: the merged graph → `graph.json` (node-link, contract v1), and for Gephi,
Cytoscape and yEd `graph.graphml`/`graph.gexf` (entities and events) and
`entities.graphml`/`entities.gexf` (the entity-to-entity projection), written as one unit.

`graph.json` is validated against `schemas.GraphDocument` before it is written, with nodes
and edges sorted so equal graphs give byte-identical files.
"""

from __future__ import annotations

import json
from pathlib import Path

import networkx as nx

from .files import OutputError, describe_os_error
from .gephi import graphml_and_gexf
from .projection import project
from .publish import publish
from .schemas import GraphDocument

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


def graph_json(graph: nx.DiGraph) -> str:
    document = to_document(graph).model_dump(mode="json")
    return json.dumps(document, ensure_ascii=False, indent=1) + "\n"


def load_graph(path: Path) -> nx.DiGraph:
    """Read a `graph.json` back into networkx (validating it against the contract)."""
    data = json.loads(Path(path).read_text(encoding="utf8"))
    GraphDocument.model_validate(data)
    return nx.node_link_graph(data, edges="edges")


def output_files(graph: nx.DiGraph) -> dict[str, bytes]:
    """The files of one run, by name: graph.json, and GraphML and GEXF of the entity–event
    graph and of the entity-to-entity projection the view draws."""
    (markup, gexf), (projected_markup, projected_gexf) = graphml_and_gexf(graph), graphml_and_gexf(project(graph))
    return {GRAPH_JSON: graph_json(graph).encode("utf8"), GRAPH_ML: markup, GRAPH_GEXF: gexf,
            ENTITIES_ML: projected_markup, ENTITIES_GEXF: projected_gexf}


def write_outputs(graph: nx.DiGraph, out_dir: Path) -> list[Path]:
    """Write the run's files into `out_dir` (created if missing) as one unit (see
    `publish`); returns their paths."""
    out_dir = Path(out_dir)
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as err:
        raise OutputError(f"{out_dir}: cannot create the output directory: {describe_os_error(err)}") from None
    return publish(out_dir, output_files(graph))
