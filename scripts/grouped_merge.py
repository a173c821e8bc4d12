"""The merge as grouped Dask operations over partitioned extractions, never one in-memory
graph: the prototype of docs/archive-scale.md, measured against `GraphBuilder`.

In:  a folder of partitions (scripts/synthetic_extractions.py; lines {"seq", "extraction"})
Out: `grouped_merge(folder, out)` → OUT/nodes-*.jsonl and OUT/edges-*.jsonl, one record a
     line (the graph's nodes with their attributes; edges as source, target, role), and the
     counts; `python -m scripts.grouped_merge --articles N` builds synthetic partitions,
     merges them on a local Dask cluster and prints time and peak memory as JSON, beside
     the in-memory merge of the same input.

Each step is a map over partitions or a group-by whose groups are independent, and each
group is merged by the in-memory merge's own code (pipeline/graph.py, crosslink.py):
  1. entity rows grouped by entity key → one entity record (names counted, first kb_id);
  2. entity records grouped by linking block (type, first letter of the surname skeleton)
     → `cross_article_groups` on that block alone → contracted entities and alias pairs;
  3. the alias pairs, the only thing gathered in one place (one pair per merged-away entity);
  4. meeting and statement reports grouped by their exact key → one report; reports grouped
     by (type, aliased parties) or (aliased speaker, content) → clusters → event nodes.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def _rows(record: dict) -> list[tuple]:
    """One article → ("entity" | "meeting" | "statement", exact key, row) tuples."""
    from pipeline.graph import _content_key, _event_id

    seq, x = record["seq"], record["extraction"]
    doc_id, out = x["doc_id"], []
    for pos, e in enumerate(x["entities"]):
        out.append(("entity", e["key"], ((seq, pos), e["name"], e["type"], e["kb_id"], [m["text"] for m in e["mentions"]], doc_id)))
    for pos, m in enumerate(x["meetings"]):
        parties, ev = tuple(sorted(m["participants"])), m["evidence"]
        node = _event_id("meeting", m["type"], ev["doc_id"], ev["start"], *parties)
        key = (m["type"], parties, m["date"], m["date_source"], m["place"])
        out.append(("meeting", key, ((seq, pos), node, (), (), (ev["doc_id"], ev["start"], ev["end"], ev["sentence"]))))
    for pos, s in enumerate(x["statements"]):
        ev = s["evidence"]
        node = _event_id("statement", ev["doc_id"], ev["start"], s["speaker"], s["text"])
        targets = ((("addressee", s["addressee"]),) if s["addressee"] else ()) + tuple(("about", a) for a in s["about"])
        key = (s["speaker"], _content_key(s["text"]), s["date"], s["date_source"])
        out.append(("statement", key, ((seq, pos), node, (s["type"], s["text"], s["cue"]), targets,
                                       (ev["doc_id"], ev["start"], ev["end"], ev["sentence"]))))
    return out


def _entity(group: tuple) -> tuple[str, dict]:
    """All rows of one entity key → its node, as GraphBuilder.add and finish make it."""
    from pipeline.graph import display_name

    key, rows = group
    rows = sorted(rows)
    names: Counter[str] = Counter()
    for _, name, _, _, mentions, _ in rows:
        names[name] += len(mentions)
    kb_id = next((row[3] for row in rows if row[3]), None)
    return key, {"kind": "entity", "name": display_name(rows[0][1], kb_id, names), "type": rows[0][2], "aliases": sorted({t for row in rows for t in row[4]}),
                 "mentions": sum(len(row[4]) for row in rows), "kb_id": kb_id, "doc_ids": sorted({row[5] for row in rows})}


def _block(node: tuple[str, dict]):
    from pipeline.names import name_parts, skeleton

    parts = name_parts(node[1]["name"])
    return (node[1]["type"], skeleton(parts[-1])[:1]) if parts else ("", "")


def _link(group: tuple) -> list[tuple]:
    """One linking block → ("node", key, attrs) for the entities left and ("alias", other,
    keep) for the ones merged away, as GraphBuilder.finish contracts them."""
    import networkx as nx

    from pipeline.graph import contract_cross_article

    _, nodes = group
    graph = nx.DiGraph()
    for key, attrs in sorted(nodes, key=lambda node: node[0]):
        graph.add_node(key, **attrs)
    aliases = [("alias", other, keep) for other, keep in contract_cross_article(graph).items()]
    return aliases + [("node", key, attrs) for key, attrs in graph.nodes(data=True)]


def _report(group: tuple):
    """All reports of one exact key → (first seen, the merge's _Report of them)."""
    from pipeline.graph import _Report

    key, rows = group
    rows = sorted(rows, key=lambda row: row[0])
    first = min(rows, key=lambda row: (row[1], row[0]))
    report = _Report(first[1], first[2], tuple(dict.fromkeys(t for row in rows for t in row[3])))
    report.evidence = [row[4] for row in rows]
    return rows[0][0], key, report


def _event_group(kind: str):
    def same(item: tuple, alias: dict) -> tuple:
        key = item[1]
        if kind == "meeting":
            return ("meeting", key[0], tuple(sorted({alias.get(p, p) for p in key[1]})))
        return ("statement", alias.get(key[0], key[0]), key[1])
    return same


def _events(group: tuple, alias: dict) -> list[dict]:
    """The reports of one (type, parties) or (speaker, content) group → node and edge
    records, by pipeline/graph.py's own `_add_meetings` / `_add_statements`."""
    import networkx as nx

    from pipeline.graph import _add_meetings, _add_statements

    (kind, *_), items = group
    table = {key: report for _, key, report in sorted(items, key=lambda item: item[0])}
    graph = nx.DiGraph()
    (_add_meetings if kind == "meeting" else _add_statements)(graph, table, alias)
    return [{"node": n, **a} for n, a in graph.nodes(data=True) if a] + [{"edge": [u, v, d["role"]]} for u, v, d in graph.edges(data=True)]


def grouped_merge(folder: Path, out: Path) -> dict:
    """The partitions of `folder` merged by grouped Dask bag operations into `out`, on the
    current Dask scheduler (a distributed Client when one is active)."""
    import dask
    import dask.bag as db

    rows = db.read_text(sorted(str(p) for p in folder.glob("part-*.jsonl"))).map(json.loads).map(_rows).flatten()

    def of(kind: str):
        return rows.filter(lambda row, kind=kind: row[0] == kind).map(lambda row: (row[1], row[2]))

    entities = of("entity").groupby(lambda row: row[0], shuffle="tasks").map(lambda g: (g[0], [row[1] for row in g[1]])).map(_entity)
    linked = entities.groupby(_block, shuffle="tasks").map(_link).flatten()
    alias = dict(linked.filter(lambda item: item[0] == "alias").map(lambda item: (item[1], item[2])).compute())
    alias_value = dask.delayed(alias, traverse=False)
    outputs = [linked.filter(lambda item: item[0] == "node").map(lambda item: {"node": item[1], **item[2]})]
    for kind in ("meeting", "statement"):
        reports = of(kind).groupby(lambda row: row[0], shuffle="tasks").map(lambda g: (g[0], [row[1] for row in g[1]])).map(_report)
        keyed = reports.map(lambda item, alias, kind=kind: (_event_group(kind)(item, alias), item), alias_value)
        grouped = keyed.groupby(lambda pair: pair[0], shuffle="tasks").map(lambda g: (g[0], [pair[1] for pair in g[1]]))
        outputs.append(grouped.map(_events, alias_value).flatten())
    out.mkdir(parents=True, exist_ok=True)
    records = db.concat(outputs).map(lambda r: json.dumps(r, ensure_ascii=False, sort_keys=True))
    records.to_textfiles(str(out / "graph-*.jsonl"))
    return {"aliases": len(alias), **counts(out)}


def counts(out: Path) -> dict:
    found: Counter[str] = Counter()
    for path in out.glob("graph-*.jsonl"):
        for line in path.open(encoding="utf8"):
            record = json.loads(line)
            found["edges" if "edge" in record else record["kind"]] += 1
    return {"entities": found["entity"], "meetings": found["meeting"], "statements": found["statement"], "edges": found["edges"]}


def in_memory(folder: Path):
    """The same partitions through GraphBuilder, articles in input order: the graph."""
    from pipeline.graph import GraphBuilder
    from pipeline.schemas import Extraction, ModelInfo

    builder = GraphBuilder()
    lines = (json.loads(line) for path in sorted(folder.glob("part-*.jsonl")) for line in path.open(encoding="utf8"))
    for record in sorted(lines, key=lambda r: r["seq"]):
        builder.add(Extraction.model_validate(record["extraction"]))
    return builder.finish(ModelInfo(name="synthetic", version="0", source="synthetic"))


def records_of_graph(graph) -> tuple[dict, set]:
    nodes = {n: json.loads(json.dumps(a, sort_keys=True)) for n, a in graph.nodes(data=True)}
    return nodes, {(u, v, d["role"]) for u, v, d in graph.edges(data=True)}


def records_of_output(out: Path) -> tuple[dict, set]:
    nodes, edges = {}, set()
    for path in out.glob("graph-*.jsonl"):
        for line in path.open(encoding="utf8"):
            record = json.loads(line)
            if "edge" in record:
                edges.add(tuple(record["edge"]))
            else:
                nodes[record.pop("node")] = record
    return nodes, edges


def _peak_mb(who: int = resource.RUSAGE_SELF) -> float:
    return resource.getrusage(who).ru_maxrss / 1024


def measure(articles: int, partitions: int, workers: int, scheduler: str | None = None) -> dict:
    """Synthetic partitions of `articles`, the grouped merge on `workers` local Dask
    workers or the cluster at `scheduler` (time, each process's peak RSS; the folders must
    be visible to the workers), and the in-memory merge in a subprocess."""
    from contextlib import nullcontext

    from distributed import Client, LocalCluster

    sys.path.insert(0, str(REPO))
    from scripts.synthetic_extractions import extractions, write_partitions

    os.environ["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO), os.environ.get("PYTHONPATH")]))  # for the workers
    work = Path(tempfile.mkdtemp(prefix="newsgraph-grouped-"))
    write_partitions(work / "in", extractions(articles), partitions, articles)
    local = nullcontext(scheduler) if scheduler else LocalCluster(n_workers=workers, threads_per_worker=1, dashboard_address=None, memory_limit=0)
    with local as cluster, Client(cluster) as client:
        started = time.perf_counter()
        result = grouped_merge(work / "in", work / "out")
        seconds = time.perf_counter() - started
        worker_peaks = sorted(client.run(_peak_mb).values())
    done = subprocess.run([sys.executable, "-m", "scripts.grouped_merge", "_in_memory", str(work / "in")], cwd=REPO, capture_output=True,
                          text=True, env={**os.environ, "PYTHONPATH": str(REPO)})
    if done.returncode:
        raise SystemExit(f"in-memory merge failed:\n{done.stderr[-2000:]}")
    subprocess.run(["rm", "-rf", str(work)], check=False)
    return {"articles": articles, "partitions": partitions, "workers": workers, "seconds": round(seconds, 2),
            "peak_rss_mb": round(max([*worker_peaks, _peak_mb()]), 1), "worker_peak_rss_mb": [round(p, 1) for p in worker_peaks],
            "client_peak_rss_mb": round(_peak_mb(), 1), **result, "in_memory": json.loads(done.stdout)}


def _measure_in_memory(folder: Path) -> dict:
    started = time.perf_counter()
    graph = in_memory(folder)
    kinds = Counter(kind for _, kind in graph.nodes(data="kind"))
    return {"seconds": round(time.perf_counter() - started, 2), "peak_rss_mb": round(_peak_mb(), 1), "entities": kinds["entity"],
            "meetings": kinds["meeting"], "statements": kinds["statement"], "edges": graph.number_of_edges()}


def main() -> None:
    if len(sys.argv) > 2 and sys.argv[1] == "_in_memory":
        print(json.dumps(_measure_in_memory(Path(sys.argv[2]))))
        return
    parser = argparse.ArgumentParser(description="grouped merge over synthetic partitioned extractions")
    parser.add_argument("--articles", type=int, nargs="+", default=[20_000, 80_000])
    parser.add_argument("--partitions", type=int, default=16)
    parser.add_argument("--workers", type=int, default=2, help="local Dask workers (without --scheduler)")
    parser.add_argument("--scheduler", default=None, help="a Dask scheduler's address instead of a local cluster")
    args = parser.parse_args()
    print(json.dumps({"runs": [measure(n, args.partitions, args.workers, args.scheduler) for n in args.articles]}, indent=2))


if __name__ == "__main__":
    main()
