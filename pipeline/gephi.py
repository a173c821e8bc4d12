"""The graph for Gephi, Cytoscape and yEd: GraphML and GEXF of the entity–event graph and
of the entity-to-entity projection.

In:  the merged DiGraph (or its projection, `projection.project`).
Out: bytes of a GraphML or GEXF 1.2 file that ElementTree, lxml and networkx read back.

- Every node has a `label` (an entity's name; `meeting 2019-04: Putin, Kim Jong-un`; a
  statement's speaker and the start of its text), so Gephi and yEd show names, not ids.
- Dates: GraphML keeps `date` as written plus `date_start`/`date_end` (the days a partial
  date covers, ISO); GEXF carries them as Gephi timeline intervals (`start`/`end` on
  event nodes and on the edges to them, `spells` on projection edges, one per dated event).
- Lists and dicts become JSON strings; None is left out.
- XML 1.0 cannot hold NUL, most C0 control characters, U+FFFE/U+FFFF or lone surrogates, so
  each becomes U+FFFD here (graph.json keeps the original text).
"""

from __future__ import annotations

import functools
import importlib.util
import io
import json
import re
from collections.abc import Iterator
from typing import BinaryIO

import networkx as nx

from . import gexf_stream
from .datespan import span
from .projection import linked

_LXML = importlib.util.find_spec("lxml") is not None
_NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
LABEL_TEXT = 60


def xml_safe(value: str) -> str:
    return _NOT_XML.sub("\ufffd", value)


def _scalar(value):
    if isinstance(value, str):
        return xml_safe(value)
    if isinstance(value, (list, dict)):
        return xml_safe(json.dumps(value, ensure_ascii=False, sort_keys=True))
    return value


_JSON = json.JSONEncoder(ensure_ascii=False, sort_keys=True)


def _shape(value):
    """A stand-in of `_scalar(value)`'s type, made without encoding anything."""
    return "" if isinstance(value, (str, list, dict)) else value


def _long_scalar(value):
    """`_scalar` for values as large as the archive (the graph's article table): the JSON
    text is joined from blocks of 64 K characters, not from a list of every piece (several
    times the text at its peak; `io.StringIO` holds four bytes a character)."""
    if not isinstance(value, (list, dict)):
        return _scalar(value)
    blocks: list[str] = []
    pieces: list[str] = []
    size = 0
    for chunk in _JSON.iterencode(value):
        pieces.append(chunk)
        size += len(chunk)
        if size > 65536:
            blocks.append(xml_safe("".join(pieces)))
            pieces, size = [], 0
    blocks.append(xml_safe("".join(pieces)))
    return "".join(blocks)


def _flatten(attributes: dict, scalar=_scalar) -> dict:
    flat = {}
    for key, value in attributes.items():
        if value is None:
            continue
        if isinstance(value, dict) and key in ("model", "weights"):
            flat.update({f"{key.rstrip('s')}_{k}": scalar(v) for k, v in value.items()})
        else:
            flat[xml_safe(str(key))] = scalar(value)
    return flat


def _safe_ids(nodes) -> dict:
    """Node id → an XML-safe id; ids that only differed in unsafe characters stay apart."""
    mapping, taken = {}, set()
    for node in sorted(nodes, key=str):
        safe = candidate = xml_safe(str(node))
        suffix = 1
        while candidate in taken:
            suffix += 1
            candidate = f"{safe}~{suffix}"
        mapping[node] = candidate
        taken.add(candidate)
    return mapping


def _shorten(text: str) -> str:
    return text if len(text) <= LABEL_TEXT else text[: LABEL_TEXT - 1].rstrip() + "…"


def node_label(graph: nx.Graph, node: str) -> str:
    """An entity's name; `meeting 2019-04: Kim Jong-un, Vladimir Putin`; `Putin: <text>`."""
    data = graph.nodes[node]
    if "name" in data:
        return data["name"]
    kind = data.get("kind")
    if kind not in ("meeting", "statement"):
        return str(node)
    role = "participant" if kind == "meeting" else "speaker"
    names = ", ".join(graph.nodes[n]["name"] for n in linked(graph, node, role, incoming=True))
    if kind == "meeting":
        return f"{data['type']} {data.get('date') or 'undated'}: {names}"
    return f"{names or '?'}: {_shorten(data.get('text') or '')}"


def _days(value: str | None) -> dict:
    days = _days_tuple(value)
    return {"date_start": days[0].isoformat(), "date_end": days[1].isoformat()} if days else {}


class FlatView:
    """`graph` as the XML writers read it: XML-safe ids, scalar attributes, a label and a date
    span per node, nodes and edges in id order. Each node's and edge's attributes are made
    again on every pass instead of held in a copy (an archive's flattened copy was most of
    its export's peak memory); `shape=True` gives them with the right types only (an empty
    string for each text, no label looked up, no JSON), which is all that declaring the
    file's columns needs. Has what networkx's GraphML writer reads of a graph: `graph`,
    `is_directed`, `is_multigraph`, `nodes(data=True)`, `edges(data=True)`."""

    def __init__(self, graph: nx.Graph) -> None:
        self.source = graph
        self.ids = _safe_ids(graph.nodes)
        self.order = sorted(graph.nodes, key=self.ids.__getitem__)

    @functools.cached_property
    def graph(self) -> dict:
        """The graph's attributes (GraphML holds them; GEXF does not)."""
        return _flatten({k: v for k, v in self.source.graph.items() if k != "mode"}, _long_scalar)

    def is_directed(self) -> bool:
        return self.source.is_directed()

    def is_multigraph(self) -> bool:
        return False

    def nodes(self, data: bool = True, shape: bool = False) -> Iterator[tuple[str, dict]]:
        graph, scalar = self.source, _shape if shape else _scalar
        for node in self.order:
            attributes = graph.nodes[node]
            label = "" if shape else xml_safe(node_label(graph, node))
            yield self.ids[node], {**_flatten(attributes, scalar), "label": label, **_days(attributes.get("date"))}

    def edges(self, data: bool = True, shape: bool = False) -> Iterator[tuple[str, str, dict]]:
        """Sorted by (source id, target id); an undirected edge once, from its lower id."""
        scalar = _shape if shape else _scalar
        return ((self.ids[node], self.ids[other], _flatten(attributes, scalar)) for node, other, attributes in self._edges())

    def _edges(self) -> Iterator[tuple[str, str, dict]]:
        ids, adjacency, directed = self.ids, self.source.adj, self.is_directed()
        for node in self.order:
            own = ids[node]
            for other in sorted(adjacency[node], key=ids.__getitem__):
                if directed or ids[other] >= own:
                    yield node, other, adjacency[node][other]

    def timeline_nodes(self, shape: bool = False) -> Iterator[tuple[str, dict]]:
        """`nodes` with Gephi timeline intervals: an event node lives from the first to the
        last day of its date (`start`/`end`); entities and undated events always."""
        for node, data in self.nodes(shape=shape):
            if "date_start" in data:
                data["start"], data["end"] = data["date_start"], data["date_end"]
            yield node, data

    def timeline_edges(self, shape: bool = False) -> Iterator[tuple[str, str, dict]]:
        """`edges` with intervals: an edge to an event lives as long as the event; a
        projection edge gets one spell per dated event it stands for."""
        graph, directed, scalar = self.source, self.is_directed(), _shape if shape else _scalar
        for node, other, attributes in self._edges():
            data = _flatten(attributes, scalar)
            if shape and attributes.get("id") is not None:  # GEXF numbers the other edges round these
                data["id"] = _scalar(attributes["id"])
            if directed:
                event: dict = next((graph.nodes[n] for n in (node, other) if graph.nodes[n].get("kind") != "entity"), {})
                days = _days_tuple(event.get("date"))
                if days:
                    data["start"], data["end"] = days[0].isoformat(), days[1].isoformat()
            else:
                spells = sorted({days for value in attributes.get("dates") or () if (days := _days_tuple(value))})
                if spells:
                    data["spells"] = [(first.isoformat(), last.isoformat()) for first, last in spells]
            yield self.ids[node], self.ids[other], data


def graphml_bytes(graph: nx.Graph) -> bytes:
    buffer = io.BytesIO()
    write_graphml(graph, buffer)
    return buffer.getvalue()


def gexf_bytes(graph: nx.Graph) -> bytes:
    buffer = io.BytesIO()
    write_gexf(graph, buffer)
    return buffer.getvalue()


def write_graphml(graph: nx.Graph, out: BinaryIO) -> None:
    """GraphML of `graph` into a binary file, streamed from a `FlatView` (no copy of the
    graph) with lxml; without lxml, networkx's ElementTree writer holds the document."""
    if _LXML:
        from . import graphml_stream

        graphml_stream.write(FlatView(graph), out)
    else:
        nx.write_graphml(FlatView(graph), out, encoding="utf-8")


def write_gexf(graph: nx.Graph, out: BinaryIO) -> None:
    """GEXF 1.2 of `graph` with Gephi timeline intervals into a binary file, streamed."""
    view = FlatView(graph)
    gexf_stream.write(view.timeline_nodes, view.timeline_edges, view.is_directed(), out)


def _days_tuple(value: str | None):
    try:
        return span(value)
    except ValueError:
        return None
