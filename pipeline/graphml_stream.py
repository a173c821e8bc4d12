"""GraphML written node by node and edge by edge with lxml's incremental writer: the bytes
networkx's lxml writer (`nx.write_graphml`) writes for the same data, with the columns
(`<key>` elements, which precede the graph) found from cheap shapes of the data instead of
two full passes over it.

In:  a `gephi.FlatView`-like object: `graph` (the graph's attributes), `is_directed()`,
     `nodes(shape=...)` and `edges(shape=...)` giving fresh iterators of (id, attributes)
     and (source, target, attributes); with `shape=True` each value only has to have the
     type of the real one (an empty string for a long text).
Out: the document written into a binary file.
"""

from __future__ import annotations

from typing import BinaryIO, Protocol

from lxml import etree

NS_GRAPHML = "http://graphml.graphdrawing.org/xmlns"
NS_XSI = "http://www.w3.org/2001/XMLSchema-instance"
SCHEMA = "http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd"
TYPES = {str: "string", int: "long", float: "double", bool: "boolean"}


class View(Protocol):
    @property
    def graph(self) -> dict: ...

    def is_directed(self) -> bool: ...
    def nodes(self, data: bool = True, shape: bool = False): ...
    def edges(self, data: bool = True, shape: bool = False): ...


class _Keys:
    """(name, type, scope) → `d0`, `d1`, … in order of first use, as networkx numbers them."""

    def __init__(self) -> None:
        self.ids: dict[tuple[str, str, str], str] = {}

    def see(self, data: dict, scope: str) -> None:
        for name, value in data.items():
            self.id(str(name), value, scope)

    def id(self, name: str, value: object, scope: str, new: bool = True) -> str:
        xml_type = TYPES.get(type(value))
        if xml_type is None:
            raise TypeError(f"GraphML does not support type {type(value)} as data values.")
        if not new and (name, xml_type, scope) not in self.ids:  # the keys are written already
            raise ValueError(f"GraphML: {scope} attribute {name!r} ({xml_type}) is missing from the shapes of the data")
        return self.ids.setdefault((name, xml_type, scope), f"d{len(self.ids)}")

    def data(self, element, data: dict, scope: str) -> None:
        for name, value in data.items():
            etree.SubElement(element, "data", key=self.id(str(name), value, scope, new=False)).text = str(value)


def write(view: View, out: BinaryIO) -> None:
    """The GraphML document of `view` into `out`."""
    graph_data = {k: v for k, v in view.graph.items() if k not in ("node_default", "edge_default")}
    graph_id = graph_data.pop("id", None)
    keys = _Keys()
    keys.see(graph_data, "graph")
    for _, data in view.nodes(shape=True):
        keys.see(data, "node")
    for _, _, data in view.edges(shape=True):
        keys.see(data, "edge")
    with etree.xmlfile(out, encoding="utf-8") as document:
        document.write_declaration()
        with document.element("graphml", {"xmlns": NS_GRAPHML, "xmlns:xsi": NS_XSI, "xsi:schemaLocation": SCHEMA}):
            for (name, xml_type, scope), key in reversed(keys.ids.items()):  # networkx puts each new key first
                document.write(etree.Element("key", {"id": key, "for": scope, "attr.name": name, "attr.type": xml_type}), pretty_print=True)
            head = {"edgedefault": "directed" if view.is_directed() else "undirected"}
            if graph_id is not None:
                head["id"] = graph_id
            with document.element("graph", head):
                for name, value in graph_data.items():
                    element = etree.Element("data", key=keys.id(str(name), value, "graph", new=False))
                    element.text = str(value)
                    document.write(element, pretty_print=True)
                for node, data in view.nodes():
                    element = etree.Element("node", id=str(node))
                    keys.data(element, data, "node")
                    document.write(element, pretty_print=True)
                for source, target, data in view.edges():
                    element = etree.Element("edge", source=str(source), target=str(target))
                    keys.data(element, data, "edge")
                    document.write(element, pretty_print=True)
