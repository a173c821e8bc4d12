"""The graph view: graph.json → one self-contained, offline HTML file.

In:  a merged graph (NewsGraph)
Out: HTML with the entity-to-entity projection drawn as SVG (positions from networkx's
     spring layout, computed here so the page needs no layout library), entities coloured
     by type and sized by mentions, `met` edges solid and `spoke_about` edges dashed; a
     click on a node or edge lists its evidence sentences with article id and date; a name
     filter and a date range. No network access, no CDN.

Article text reaches the page only as JSON inside a `<script type="application/json">`
block with `<`, `>` and `&` escaped, and the page's script writes it with `textContent`,
never as markup: nothing in an article can inject markup or script.
"""

from __future__ import annotations

import json
import math
from pathlib import Path

import networkx as nx

from .api import NewsGraph
from .files import atomic_write_text

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
              "evidence": [{"doc_id": e["doc_id"], "sentence": e["sentence"]} for e in data["evidence"]]}
    if data["kind"] == "statement":
        record.update(text=data["text"], cue=data["cue"])
    return record


def _script_json(data: dict) -> str:
    """JSON that cannot close its <script> element or open another."""
    text = json.dumps(data, ensure_ascii=False, sort_keys=True)
    return text.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e").replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")


def render_html(graph: NewsGraph, max_nodes: int = 300) -> str:
    return PAGE.replace("/*DATA*/", _script_json(view_data(graph, max_nodes)))


def write_view(graph_json: Path, out: Path, max_nodes: int = 300) -> Path:
    from .api import load

    atomic_write_text(Path(out), render_html(load(graph_json), max_nodes))
    return Path(out)


PAGE = """<!DOCTYPE html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:">
<title>newsgraph</title>
<style>
  body { margin: 0; font: 14px system-ui, sans-serif; display: flex; height: 100vh; color: #222; }
  #main { flex: 1; display: flex; flex-direction: column; }
  #controls { padding: 8px; border-bottom: 1px solid #ddd; display: flex; gap: 12px; align-items: center; flex-wrap: wrap; }
  #controls input { padding: 3px 6px; }
  svg { flex: 1; width: 100%; cursor: grab; background: #fcfcfc; }
  #panel { width: 380px; overflow-y: auto; border-left: 1px solid #ddd; padding: 10px 14px; }
  .node circle { stroke: #fff; stroke-width: 1.5; cursor: pointer; }
  .node text { font-size: 15px; pointer-events: none; fill: #333; }
  .edge { stroke: #999; stroke-opacity: 0.6; cursor: pointer; }
  .edge.spoke_about { stroke-dasharray: 6 4; }
  .edge:hover, .edge.selected { stroke: #e15759; stroke-opacity: 1; }
  .faded { opacity: 0.12; }
  .hidden { display: none; }
  .node.selected circle { stroke: #e15759; stroke-width: 3; }
  .event { margin: 10px 0; padding-bottom: 8px; border-bottom: 1px solid #eee; }
  .meta { color: #777; font-size: 12px; }
  .legend span { display: inline-block; width: 10px; height: 10px; border-radius: 5px; margin: 0 4px 0 10px; }
</style>
</head>
<body>
<div id="main">
  <div id="controls">
    <label>Entity <input id="filter" type="search" placeholder="naam of alias"></label>
    <label>From <input id="from" type="date"></label>
    <label>To <input id="to" type="date"></label>
    <span class="legend" id="legend"></span>
    <span class="meta" id="summary"></span>
  </div>
  <svg id="graph" viewBox="-50 -50 1100 1100" preserveAspectRatio="xMidYMid meet"><g id="viewport"><g id="edges"></g><g id="nodes"></g></g></svg>
</div>
<div id="panel"><p class="meta">Click an entity or a line to read the evidence.</p></div>
<script type="application/json" id="newsgraph-data">/*DATA*/</script>
<script>
"use strict";
const data = JSON.parse(document.getElementById("newsgraph-data").textContent);
const SVG = "http://www.w3.org/2000/svg";
const byId = new Map(data.nodes.map(n => [n.id, n]));
const panel = document.getElementById("panel");
const nodeEls = new Map(), edgeEls = [];

function el(tag, attrs, text) {
  const e = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs || {})) e.setAttribute(k, v);
  if (text !== undefined) e.textContent = text;
  return e;
}
function html(tag, text, cls) {
  const e = document.createElement(tag);
  if (text !== undefined) e.textContent = text;
  if (cls) e.className = cls;
  return e;
}

document.getElementById("summary").textContent = data.summary + (data.hidden ? " (" + data.hidden + " smaller entities not drawn)" : "");
for (const [type, colour] of Object.entries(data.colours)) {
  const dot = html("span"); dot.style.background = colour;
  document.getElementById("legend").append(dot, document.createTextNode(type));
}

for (const edge of data.edges) {
  const a = byId.get(edge.source), b = byId.get(edge.target);
  const line = el("line", {x1: a.x, y1: a.y, x2: b.x, y2: b.y, "stroke-width": Math.min(1 + edge.weight, 8),
                           class: "edge " + edge.relations.join(" ")});
  line.append(el("title", {}, a.name + " — " + b.name + ": " + edge.relations.join(", ")));
  line.addEventListener("click", ev => { ev.stopPropagation(); select(line); showEdge(edge); });
  document.getElementById("edges").append(line);
  edgeEls.push({edge, line});
}
for (const node of data.nodes) {
  const g = el("g", {class: "node", transform: "translate(" + node.x + "," + node.y + ")", "data-id": node.id, "data-name": node.name});
  g.append(el("circle", {r: 5 + 4 * Math.sqrt(node.mentions), fill: data.colours[node.type] || "#999"}));
  g.append(el("text", {x: 9 + 4 * Math.sqrt(node.mentions), y: 5}, node.name));
  g.addEventListener("click", ev => { ev.stopPropagation(); select(g); showNode(node); });
  document.getElementById("nodes").append(g);
  nodeEls.set(node.id, g);
}

function select(element) {
  document.querySelectorAll(".selected").forEach(e => e.classList.remove("selected"));
  element.classList.add("selected");
}

function eventsInRange(ids) {
  const from = document.getElementById("from").value, to = document.getElementById("to").value;
  return ids.filter(id => {
    const date = data.events[id].date;
    if (!from && !to) return true;
    if (!date) return false;
    return (!from || date >= from.slice(0, date.length)) && (!to || date.slice(0, to.length) <= to);
  });
}

function showEvents(title, subtitle, ids) {
  panel.replaceChildren(html("h3", title));
  if (subtitle) panel.append(html("p", subtitle, "meta"));
  const shown = eventsInRange(ids);
  if (!shown.length) panel.append(html("p", "No events in the selected dates.", "meta"));
  for (const id of shown) {
    const event = data.events[id];
    const box = html("div", undefined, "event");
    box.dataset.event = id;
    box.append(html("div", event.kind + " · " + event.type + (event.cue ? " · " + event.cue : "") + " · " + (event.date || "date unknown"), "meta"));
    if (event.text) box.append(html("blockquote", event.text));
    for (const evidence of event.evidence) {
      const p = html("p", evidence.sentence, "evidence");
      p.append(html("span", " — " + evidence.doc_id + (event.date ? ", " + event.date : ""), "meta"));
      box.append(p);
    }
    panel.append(box);
  }
}

function showNode(node) {
  const ids = [...new Set(data.edges.filter(e => e.source === node.id || e.target === node.id).flatMap(e => e.events))];
  const subtitle = node.type + (node.kb_id ? " · " + node.kb_id : "") + " · " + node.mentions + " mentions · also: " + node.aliases.join(", ");
  showEvents(node.name, subtitle, ids);
}

function showEdge(edge) {
  showEvents(byId.get(edge.source).name + " — " + byId.get(edge.target).name, edge.relations.join(", "), edge.events);
}

function applyFilters() {
  const query = document.getElementById("filter").value.trim().toLowerCase();
  const matches = node => !query || [node.name, ...node.aliases].some(n => n.toLowerCase().includes(query));
  const visible = new Set();
  for (const {edge, line} of edgeEls) {
    const inRange = eventsInRange(edge.events).length > 0;
    const hit = matches(byId.get(edge.source)) || matches(byId.get(edge.target));
    line.classList.toggle("hidden", !inRange);
    line.classList.toggle("faded", inRange && !hit);
    if (inRange && hit) { visible.add(edge.source); visible.add(edge.target); }
  }
  for (const [id, g] of nodeEls) g.classList.toggle("faded", !!query && !visible.has(id) && !matches(byId.get(id)));
}
for (const id of ["filter", "from", "to"]) document.getElementById(id).addEventListener("input", applyFilters);

// pan and zoom by rewriting the viewBox
const svg = document.getElementById("graph");
let box = {x: -50, y: -50, w: 1100, h: 1100}, drag = null;
function setBox() { svg.setAttribute("viewBox", box.x + " " + box.y + " " + box.w + " " + box.h); }
svg.addEventListener("wheel", ev => {
  ev.preventDefault();
  const factor = ev.deltaY > 0 ? 1.15 : 1 / 1.15, rect = svg.getBoundingClientRect();
  const px = box.x + (ev.clientX - rect.left) / rect.width * box.w, py = box.y + (ev.clientY - rect.top) / rect.height * box.h;
  box = {x: px - (px - box.x) * factor, y: py - (py - box.y) * factor, w: box.w * factor, h: box.h * factor};
  setBox();
}, {passive: false});
svg.addEventListener("mousedown", ev => { drag = {x: ev.clientX, y: ev.clientY, box: {...box}}; });
window.addEventListener("mouseup", () => { drag = null; });
window.addEventListener("mousemove", ev => {
  if (!drag) return;
  const rect = svg.getBoundingClientRect(), scale = Math.max(box.w / rect.width, box.h / rect.height);
  box = {...drag.box, x: drag.box.x - (ev.clientX - drag.x) * scale, y: drag.box.y - (ev.clientY - drag.y) * scale};
  setBox();
});
</script>
</body>
</html>
"""
