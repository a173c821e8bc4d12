"""The graph view: graph.json → one self-contained, offline HTML file.

In:  a merged graph (NewsGraph)
Out: HTML drawing the entity-to-entity projection with sigma.js (WebGL) on a graphology
     graph, laid out in the page by ForceAtlas2 and de-overlapped by noverlap (the
     libraries are inlined from `templates/vendor/`, bundled from npm by `make vendor-js`).
     Every entity is in the page: the `max_nodes` best connected are drawn (entities
     without an entity-to-entity edge on an outer ring), all are in the searchable entity
     list. A click shows the evidence of every event an entity takes part in, with each
     article's headline, date and link, and speaker, participants and quote marked.

Article text reaches the page only as JSON inside a `<script type="application/json">`
block with `<`, `>` and `&` escaped, and the page's script writes it with `textContent`,
never as markup: nothing in an article can inject markup or script.
"""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

from .api import NewsGraph
from .articles import web_url
from .datespan import span
from .files import atomic_write_text
from .marks import mark_spans
from .projection import linked, project
from .resources import read_template

TYPE_COLOURS = {"PERSON": "#4e79a7", "ORG": "#f28e2b", "PLACE": "#59a14f", "OTHER": "#9c755f"}
EDGE_COLOURS = {"met": "#6b6b6b", "spoke_about": "#9ecae9"}
MAX_NODES = 2000
ROLES = ("participant", "speaker", "place", "addressee", "about")
INCOMING = ("participant", "speaker")  # roles on edges from the entity to the event


def view_data(graph: NewsGraph, max_nodes: int = MAX_NODES) -> dict:
    """Everything the page shows: all entities (the drawn ones flagged), the projection's
    edges among the drawn ones, every event with its evidence: marked sentences, each with
    its article's headline, date, site and link (only a web address) from the article table."""
    projected = project(graph.graph)
    ranked = sorted(projected, key=lambda n: (-projected.degree(n, weight="weight"), -projected.nodes[n]["mentions"], n))
    drawn = set(ranked[:max_nodes])
    roles = _entity_events(graph)
    nodes = []
    for rank, node in enumerate(ranked):
        attrs = graph.graph.nodes[node]
        nodes.append({"id": node, "name": attrs["name"], "type": attrs["type"], "kb_id": attrs["kb_id"], "aliases": attrs["aliases"],
                      "mentions": attrs["mentions"], "doc_ids": attrs["doc_ids"], "degree": projected.degree(node),
                      "events": roles.get(node, []), "drawn": node in drawn, "rank": rank})
    edges = [{"source": a, "target": b, "relations": d["relations"], "weight": d["weight"], "events": d["events"]}
             for a, b, d in sorted(projected.edges(data=True)) if a in drawn and b in drawn]
    events = {event: _event_record(graph, event) for event, kind in sorted(graph.graph.nodes(data="kind")) if kind in ("meeting", "statement")}
    return {"nodes": nodes, "edges": edges, "events": events, "colours": TYPE_COLOURS,
            "edge_colours": EDGE_COLOURS, "summary": repr(graph), "drawn": len(drawn), "total": len(nodes)}


def _entity_events(graph: NewsGraph) -> dict[str, list[str]]:
    """Entity → the events it takes part in, in any role (so a speaker nobody is spoken
    about with still shows their statements)."""
    found: dict[str, list[str]] = {}
    for u, v in sorted(graph.graph.edges()):
        entity, event = (u, v) if graph.graph.nodes[u].get("kind") == "entity" else (v, u)
        found.setdefault(entity, [])
        if event not in found[entity]:
            found[entity].append(event)
    return found


def _event_record(graph: NewsGraph, event: str) -> dict:
    data = graph.graph.nodes[event]
    marks = sorted(graph.evidence_marks(event), key=lambda mark: mark[1] != "quote")  # the quote whole, names outside it
    days = _days(data["date"])
    record = {"kind": data["kind"], "type": data["type"], "date": data["date"], "first": days[0], "last": days[1],
              "people": {role: [graph.graph.nodes[n]["name"] for n in linked(graph.graph, event, role, incoming=role in INCOMING)] for role in ROLES},
              "evidence": [{"doc_id": e["doc_id"], "sentence": e["sentence"], "marks": mark_spans(e["sentence"], marks), **_citation(graph, e["doc_id"])}
                           for e in data["evidence"]]}
    record["people"] = {role: names for role, names in record["people"].items() if names}
    if data["kind"] == "statement":
        record.update(text=data["text"], cue=data["cue"])
    return record


def _citation(graph: NewsGraph, doc_id: str) -> dict:
    """The article an evidence sentence comes from, as the panel cites it (a graph written
    before contract 1.1 has no article table: all None)."""
    row = graph._articles.get(doc_id, {})
    return {"title": row.get("title"), "published": row.get("published"), "site": row.get("site"), "url": web_url(row.get("url"))}


def _days(value: str | None) -> tuple[str | None, str | None]:
    try:
        days = span(value)
    except ValueError:
        days = None
    return (days[0].isoformat(), days[1].isoformat()) if days else (None, None)


@lru_cache(maxsize=1)
def page() -> str:
    """The page (`templates/view.html`) with the graph libraries inlined; a `/*DATA*/` slot
    is left for the JSON."""
    libraries = read_template("vendor/graph-libs.min.js")
    return read_template("view.html").replace("/*LIBRARIES*/", _inline_script(libraries))


def _inline_script(script: str) -> str:
    """A script that cannot end its <script> element early."""
    if "</script" in script.lower() or "<!--" in script:
        raise ValueError("templates/vendor/graph-libs.min.js contains </script or <!--")
    return script


def _script_json(data: dict) -> str:
    """JSON that cannot close its <script> element or open another."""
    text = json.dumps(data, ensure_ascii=False, sort_keys=True)
    return text.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e").replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")


def render_html(graph: NewsGraph, max_nodes: int = MAX_NODES) -> str:
    template = page()
    slot = template.index("/*DATA*/")
    return template[:slot] + _script_json(view_data(graph, max_nodes)) + template[slot + len("/*DATA*/"):]


def write_view(graph_json: Path, out: Path, max_nodes: int = MAX_NODES) -> Path:
    from .api import load

    atomic_write_text(Path(out), render_html(load(graph_json), max_nodes))
    return Path(out)
