"""The graph view: graph.json → one self-contained, offline HTML file.

In:  a merged graph (NewsGraph)
Out: HTML with the entity-to-entity projection drawn as SVG (positions from networkx's
     spring layout, computed here so the page needs no layout library), entities coloured
     by type and sized by mentions, `met` edges solid and `spoke_about` edges dashed; a
     click on a node or edge lists its evidence sentences with the article's headline, date
     and link (from the article table); a name
     filter and a date range. No network access, no CDN.

Article text reaches the page only as JSON inside a `<script type="application/json">`
block with `<`, `>` and `&` escaped, and the page's script writes it with `textContent`,
never as markup: nothing in an article can inject markup or script.
"""

from __future__ import annotations

import json
import math
from functools import lru_cache
from pathlib import Path

import networkx as nx

from .api import NewsGraph
from .articles import web_url
from .files import atomic_write_text
from .resources import read_template

TYPE_COLOURS = {"PERSON": "#4e79a7", "ORG": "#f28e2b", "PLACE": "#59a14f", "OTHER": "#9c755f"}
CANVAS = 1000


def view_data(graph: NewsGraph, max_nodes: int = 300) -> dict:
    """The projection's `max_nodes` best-connected entities with positions, their edges,
    and the events behind each edge with evidence."""
    projected = graph.projection()
    connected = [n for n in projected if projected.degree(n) > 0]
    keep = sorted(connected, key=lambda n: (-projected.degree(n, weight="weight"), -projected.nodes[n]["mentions"], n))[:max_nodes]
    sub = projected.subgraph(keep)
    positions = nx.spring_layout(sub, seed=7, weight="weight", k=1.5 / math.sqrt(max(len(sub), 1))) if len(sub) else {}
    events: dict[str, dict] = {}
    edges = []
    for a, b, data in sorted(sub.edges(data=True)):
        for event in data["events"]:
            events.setdefault(event, _event_record(graph, event))
        edges.append({"source": a, "target": b, "relations": data["relations"], "weight": data["weight"], "events": data["events"]})
    nodes = []
    for node in sorted(sub):
        attrs = graph.graph.nodes[node]
        x, y = positions[node]
        nodes.append({"id": node, "name": attrs["name"], "type": attrs["type"], "kb_id": attrs["kb_id"], "aliases": attrs["aliases"],
                      "mentions": attrs["mentions"], "x": round((x + 1) / 2 * CANVAS, 1), "y": round((y + 1) / 2 * CANVAS, 1)})
    return {"nodes": nodes, "edges": edges, "events": events, "colours": TYPE_COLOURS,
            "summary": repr(graph), "hidden": len(connected) - len(keep)}


def _event_record(graph: NewsGraph, event: str) -> dict:
    data = graph.graph.nodes[event]
    record = {"kind": data["kind"], "type": data["type"], "date": data["date"],
              "evidence": [{"doc_id": e["doc_id"], "sentence": e["sentence"], **_citation(graph, e["doc_id"])} for e in data["evidence"]]}
    if data["kind"] == "statement":
        record.update(text=data["text"], cue=data["cue"])
    return record


def _citation(graph: NewsGraph, doc_id: str) -> dict:
    """The headline, date and link shown next to an evidence sentence (article table)."""
    try:
        row = graph.article(doc_id)
    except KeyError:  # a graph written before contract 1.1
        row = {}
    return {"title": row.get("title"), "published": row.get("published"), "url": web_url(row.get("url"))}


@lru_cache(maxsize=1)
def page() -> str:
    """The page's HTML, CSS and script (`pipeline/templates/view.html`), with a `/*DATA*/`
    slot for the JSON."""
    return read_template("view.html")


def _script_json(data: dict) -> str:
    """JSON that cannot close its <script> element or open another."""
    text = json.dumps(data, ensure_ascii=False, sort_keys=True)
    return text.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e").replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")


def render_html(graph: NewsGraph, max_nodes: int = 300) -> str:
    return page().replace("/*DATA*/", _script_json(view_data(graph, max_nodes)))


def write_view(graph_json: Path, out: Path, max_nodes: int = 300) -> Path:
    from .api import load

    atomic_write_text(Path(out), render_html(load(graph_json), max_nodes))
    return Path(out)

