"""GEXF 1.2 written node by node and edge by edge: the bytes networkx's `write_gexf` writes
for the same graph, without the whole document as an ElementTree in memory (networkx builds
it whole; for an archive that tree was most of the export's peak).

In:  `nodes(shape=...)` and `edges(shape=...)`, functions each giving a fresh iterator of
     (id, attributes) and (source, target, attributes), attributes scalar (str, int, float,
     bool) except `spells` ([(start, end), …]); `label`, `start`, `end` (and on edges
     `weight`) become XML attributes as networkx makes them. Each is called twice: with
     `shape=True` to declare the attribute columns and the time format (which precede the
     nodes in the file), where each value only needs the type of the real one (an empty
     string for a long text) and edge ids their real value; then to write.
Out: the document written into a binary file.
"""

from __future__ import annotations

import itertools
import re
import time
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterable, Iterator
from typing import BinaryIO
from xml.etree.ElementTree import _escape_attrib  # type: ignore[attr-defined]  # the escaping ET.tostring applies

import networkx as nx

NS_GEXF = "http://www.gexf.net/1.2draft"
NS_XSI = "http://www.w3.org/2001/XMLSchema-instance"
SCHEMA = "http://www.gexf.net/1.2draft http://www.gexf.net/1.2draft/gexf.xsd"
TYPES = {str: "string", int: "long", float: "double", bool: "boolean"}
NODE_FIELDS = ("label", "start", "end")
EDGE_FIELDS = ("label", "weight", "type", "start", "end")
_SLOT = re.compile("<__(nodes|edges)__ />")
_CHUNK = 1 << 16

Nodes = Callable[..., Iterable[tuple[str, dict]]]
Edges = Callable[..., Iterable[tuple[str, str, dict]]]


class _Columns:
    """The attribute columns of each class in order of first use, ids counted across both
    classes (nodes first), typed by their first value; and the time format of any interval."""

    def __init__(self) -> None:
        self.ids: dict[str, dict[str, str]] = {"node": {}, "edge": {}}
        self.declared: list[tuple[str, str, str, str]] = []  # class, id, title, type
        self.timeformat: str | None = None
        self._next = itertools.count()

    def see(self, kind: str, data: dict, fields: tuple[str, ...]) -> None:
        for key, value in data.items():
            if key in ("start", "end"):
                self._time(value)
            elif key == "spells":
                for start, end in value:
                    self._time(start)
                    self._time(end)
            elif key != "id" and key not in fields:
                if type(value) not in TYPES:
                    raise TypeError(f"attribute value type is not allowed: {type(value)}")
                title = "networkx_key" if key == "key" else str(key)
                if title not in self.ids[kind]:
                    self.ids[kind][title] = column = str(next(self._next))
                    self.declared.append((kind, column, title, TYPES[type(value)]))

    def _time(self, value: object) -> None:
        if value is None:
            return
        if not isinstance(value, (str, float, int)):
            raise nx.NetworkXError("timeformat should be of the type int, float or str")
        self.timeformat = "date" if isinstance(value, str) else "double" if isinstance(value, float) else "long"


def write(nodes: Nodes, edges: Edges, directed: bool, out: BinaryIO) -> None:
    """The GEXF document of `nodes` and `edges` into `out` (see the module docstring)."""
    columns = _Columns()
    counts = {"nodes": 0, "edges": 0}
    edge_ids: set[str] = set()
    for _, data in nodes(shape=True):
        columns.see("node", data, NODE_FIELDS)
        counts["nodes"] += 1
    for _, _, data in edges(shape=True):
        columns.see("edge", data, EDGE_FIELDS)
        counts["edges"] += 1
        if data.get("id") is not None:
            edge_ids.add(str(data["id"]))
    pieces = _SLOT.split(_skeleton(directed, columns, counts))  # text, list name, text, …
    buffer = _Buffer(out)
    buffer.write(f"<?xml version='1.0' encoding='utf-8'?>\n{pieces[0]}")
    for part, after in zip(pieces[1::2], pieces[2::2]):
        elements = _node_elements(nodes(), columns) if part == "nodes" else _edge_elements(edges(), columns, edge_ids)
        buffer.write_all(elements, "\n      ")
        buffer.write(after)
    buffer.flush()


def _skeleton(directed: bool, columns: _Columns, counts: dict[str, int]) -> str:
    """The document without its nodes and edges, as networkx lays it out, with a slot
    element where each list goes (none for an empty list: networkx writes `<nodes />`)."""
    root = ET.Element("gexf", {"xmlns": NS_GEXF, "xmlns:xsi": NS_XSI, "xsi:schemaLocation": SCHEMA, "version": "1.2"})
    meta = ET.SubElement(root, "meta")
    ET.SubElement(meta, "creator").text = f"NetworkX {nx.__version__}"
    meta.set("lastmodifieddate", time.strftime("%Y-%m-%d"))
    graph = ET.SubElement(root, "graph", defaultedgetype="directed" if directed else "undirected",
                          mode="dynamic" if columns.timeformat else "static", name="")
    if columns.timeformat:
        graph.set("timeformat", columns.timeformat)
    # networkx inserts each class's <attributes> first in <graph> when it first sees one
    for kind in sorted({kind for kind, *_ in columns.declared}, key=[k for k, *_ in columns.declared].index, reverse=True):
        block = ET.SubElement(graph, "attributes", mode="static")
        block.set("class", kind)
        for _, column, title, kind_type in (d for d in columns.declared if d[0] == kind):
            ET.SubElement(block, "attribute", id=column, title=title, type=kind_type)
    for part in ("nodes", "edges"):
        element = ET.SubElement(graph, part)
        if counts[part]:
            ET.SubElement(element, f"__{part}__")
    _indent(root)
    return ET.tostring(root, encoding="unicode")


def _node_elements(nodes: Iterable[tuple[str, dict]], columns: _Columns) -> Iterator[str]:
    for node, data in nodes:
        data = dict(data)
        fields = {"id": str(data.pop("id", node)), "label": str(data.pop("label", node))}
        fields.update({key: str(data.pop(key)) for key in ("start", "end") if key in data})
        yield _element("node", fields, _blocks(data, columns.ids["node"]), _DEPTH)


def _edge_elements(edges: Iterable[tuple[str, str, dict]], columns: _Columns, taken: set[str]) -> Iterator[str]:
    counter = itertools.count()
    for source, target, data in edges:
        data = dict(data)
        edge_id = data.pop("id", None)
        if edge_id is None:
            edge_id = next(counter)
            if taken:  # numbers go round the ids edges bring; without any, the set stays empty
                while str(edge_id) in taken:
                    edge_id = next(counter)
                taken.add(str(edge_id))
        fields = {"source": str(source), "target": str(target), "id": str(edge_id)}
        fields.update({key: str(data.pop(key)) for key in EDGE_FIELDS if key in data})
        yield _element("edge", fields, _blocks(data, columns.ids["edge"]), _DEPTH)


def _blocks(data: dict, ids: dict[str, str]) -> list[str]:
    """The spells and attribute values under a node or edge element, as markup."""
    blocks = []
    spells = data.pop("spells", None)
    if spells:
        blocks.append(_element("spells", {}, [_element("spell", {key: str(value) for key, value in (("start", start), ("end", end))
                                                                   if value is not None}, [], _DEPTH + 2)
                                               for start, end in spells], _DEPTH + 1))
    if data:
        blocks.append(_element("attvalues", {}, [_element("attvalue", {"for": ids["networkx_key" if key == "key" else str(key)], "value": _text(value)},
                                                          [], _DEPTH + 2) for key, value in data.items()], _DEPTH + 1))
    return blocks


# Where nodes and edges stand (gexf > graph > nodes > node). Each element is written as text
# directly, as `_indent(element, level)` and `ET.tostring` would lay it out (two spaces a
# level, `<tag />` when empty, ElementTree's own escaping): building an Element per node,
# edge and value only to serialise it at once took most of the export's time.
_DEPTH = 3


def _element(tag: str, fields: dict[str, str], children: list[str], level: int) -> str:
    """An element at `level` with attributes `fields` and `children` (markup of elements a
    level deeper, holding no text), without its tail."""
    opening = "<" + tag + "".join(f' {key}="{_escape_attrib(value)}"' for key, value in fields.items())
    if not children:
        return opening + " />"
    inner = "\n" + "  " * (level + 1)
    return f"{opening}>{inner}{inner.join(children)}\n{'  ' * level}</{tag}>"


def _text(value: object) -> str:
    if isinstance(value, bool):
        return str(value).lower()
    text = str(value)
    if isinstance(value, float):
        return {"inf": "INF", "nan": "NaN", "-inf": "-INF"}.get(text, text)
    return text


def _indent(element: ET.Element, level: int = 0) -> None:
    """networkx's pretty-printing: two spaces a level, each element on its own line."""
    line = "\n" + "  " * level
    if len(element):
        if not element.text or not element.text.strip():
            element.text = line + "  "
        if not element.tail or not element.tail.strip():
            element.tail = line
        for child in element:
            _indent(child, level + 1)
        if not child.tail or not child.tail.strip():
            child.tail = line
    elif level and (not element.tail or not element.tail.strip()):
        element.tail = line


class _Buffer:
    """Collects small pieces of text and writes them to the file in chunks of 64 KiB."""

    def __init__(self, out: BinaryIO) -> None:
        self.out, self.size = out, 0
        self.pieces: list[str] = []

    def write(self, text: str) -> None:
        self.pieces.append(text)
        self.size += len(text)
        if self.size >= _CHUNK:
            self.flush()

    def write_all(self, elements: Iterable[str], separator: str) -> None:
        """Each element's markup (at the nodes' and edges' depth), `separator` between them."""
        for index, element in enumerate(elements):
            self.write((separator if index else "") + element)

    def flush(self) -> None:
        if self.pieces:
            self.out.write("".join(self.pieces).encode("utf-8", "xmlcharrefreplace"))
            self.pieces, self.size = [], 0
