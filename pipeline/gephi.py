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

import io
import json
import re
from collections.abc import Callable
from typing import BinaryIO

import networkx as nx

from .datespan import span
from .projection import linked

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


def _flatten(attributes: dict) -> dict:
    flat = {}
    for key, value in attributes.items():
        if value is None:
            continue
        if isinstance(value, dict) and key in ("model", "weights"):
            flat.update({f"{key.rstrip('s')}_{k}": _scalar(v) for k, v in value.items()})
        else:
            flat[xml_safe(str(key))] = _scalar(value)
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


def _flat_copy(graph: nx.Graph) -> nx.Graph:
    """A copy with XML-safe ids, scalar attributes, labels and date spans."""
    ids = _safe_ids(graph.nodes)
    flat = graph.__class__()
    flat.graph.update(_flatten({k: v for k, v in graph.graph.items() if k != "mode"}))
    for node, attributes in sorted(graph.nodes(data=True), key=lambda item: ids[item[0]]):
        flat.add_node(ids[node], **_flatten(attributes), label=xml_safe(node_label(graph, node)), **_days(attributes.get("date")))
    for source, target, attributes in sorted(graph.edges(data=True), key=lambda e: (ids[e[0]], ids[e[1]])):
        flat.add_edge(ids[source], ids[target], **_flatten(attributes))
    return flat


def graphml_bytes(graph: nx.Graph) -> bytes:
    buffer = io.BytesIO()
    write_graphml(graph, buffer)
    return buffer.getvalue()


def gexf_bytes(graph: nx.Graph) -> bytes:
    buffer = io.BytesIO()
    write_gexf(graph, buffer)
    return buffer.getvalue()


def write_graphml(graph: nx.Graph, out: BinaryIO) -> None:
    """GraphML of `graph` into a binary file (networkx streams it with lxml)."""
    nx.write_graphml(_flat_copy(graph), out, encoding="utf-8")


def write_gexf(graph: nx.Graph, out: BinaryIO) -> None:
    nx.write_gexf(_gexf(graph, _flat_copy(graph)), out, encoding="utf-8")


def graphml_and_gexf_writers(graph: nx.Graph) -> tuple[Callable[[BinaryIO], None], Callable[[BinaryIO], None]]:
    """Writers of GraphML, then GEXF, of `graph` that share one flattened copy (most of the
    cost): made by the first, dropped by the second, so it lives only while they run."""
    flat: list[nx.Graph] = []

    def graphml(out: BinaryIO) -> None:
        flat.append(_flat_copy(graph))
        nx.write_graphml(flat[0], out, encoding="utf-8")

    def gexf(out: BinaryIO) -> None:
        copy = flat.pop() if flat else _flat_copy(graph)
        nx.write_gexf(_gexf(graph, copy), out, encoding="utf-8")

    return graphml, gexf


def _gexf(graph: nx.Graph, flat: nx.Graph) -> nx.Graph:
    """GEXF with Gephi timeline intervals: event nodes and the edges to them live from the
    first to the last day of the event's date; projection edges get one spell per dated
    event. Entities and undated events are always present. Changes `flat`."""
    for _, data in flat.nodes(data=True):
        if "date_start" in data:
            data["start"], data["end"] = data["date_start"], data["date_end"]
    for source, target, data in flat.edges(data=True):
        if isinstance(graph, nx.DiGraph):
            event: dict = next((flat.nodes[n] for n in (source, target) if flat.nodes[n].get("kind") != "entity"), {})
            if "start" in event:
                data["start"], data["end"] = event["start"], event["end"]
        else:
            spells = sorted({days for value in json.loads(data.get("dates", "[]")) if (days := _days_tuple(value))})
            if spells:
                data["spells"] = [(first.isoformat(), last.isoformat()) for first, last in spells]
    return flat


def _days_tuple(value: str | None):
    try:
        return span(value)
    except ValueError:
        return None
