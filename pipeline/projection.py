"""The entity-to-entity projection of the entity–event graph: the graph the view draws and
`entities.graphml`/`entities.gexf` hold.

In:  the merged DiGraph (entities, meetings, statements; roles on edges).
Out: an undirected nx.Graph over every entity (isolated ones included) with `met` edges
     between meeting participants and `spoke_about` edges from a speaker to the entities
     their statements address or are about. Edge attributes: `relations` (sorted names),
     `weight` (evidence sentences, all relations), `weights` ({"met": sentences, "spoke_about": sentences}),
     `events` (event ids, in event order), `dates` (their distinct dates).
"""

from __future__ import annotations

import networkx as nx


def linked(graph: nx.DiGraph, event: str, role: str, incoming: bool = False) -> list[str]:
    """The entities on `event`'s edges with `role`, sorted."""
    edges = graph.in_edges(event, data="role") if incoming else graph.out_edges(event, data="role")
    return sorted((u if incoming else v) for u, v, r in edges if r == role)


def events(graph: nx.DiGraph, kind: str) -> list[tuple[str, dict]]:
    """The `kind` nodes (meeting, statement) sorted by date (undated first), then id."""
    return sorted(((n, d) for n, d in graph.nodes(data=True) if d.get("kind") == kind), key=lambda item: (item[1]["date"] or "", item[0]))


def project(graph: nx.DiGraph) -> nx.Graph:
    projected = nx.Graph()
    for node, data in sorted(graph.nodes(data=True)):
        if data.get("kind") == "entity":
            projected.add_node(node, name=data["name"], type=data["type"], mentions=data["mentions"])
    for event, data in events(graph, "meeting"):
        participants = linked(graph, event, "participant", incoming=True)
        for index, a in enumerate(participants):
            for b in participants[index + 1:]:
                _add(projected, a, b, "met", event, data)
    for event, data in events(graph, "statement"):
        for speaker in linked(graph, event, "speaker", incoming=True):
            for target in dict.fromkeys(linked(graph, event, "addressee") + linked(graph, event, "about")):
                if target != speaker:
                    _add(projected, speaker, target, "spoke_about", event, data)
    return projected


def _add(graph: nx.Graph, a: str, b: str, relation: str, event: str, data: dict) -> None:
    if not graph.has_edge(a, b):
        graph.add_edge(a, b, relations=[], weight=0, weights={"met": 0, "spoke_about": 0}, events=[], dates=[])
    edge, weight = graph.edges[a, b], len(data["evidence"])
    if relation not in edge["relations"]:
        edge["relations"] = sorted([*edge["relations"], relation])
    edge["weight"] += weight
    edge["weights"][relation] = edge["weights"].get(relation, 0) + weight
    if event not in edge["events"]:
        edge["events"].append(event)
        if data["date"] and data["date"] not in edge["dates"]:
            edge["dates"].append(data["date"])
