"""Merge and cross-article linking at archive scale, for `make bench` (or on its own).

In:  a filled extraction cache (`OUT/.cache` of a corpus run) for the merge figures;
     nothing for the linking figures (synthetic names).
Out: dicts of figures (seconds, peak RSS, KB per merged article, entity counts) that
     `bench.py` writes into outputs/bench.json; `python -m scripts.bench_merge CACHE` prints them.

Merge: every cached extraction is fed to the graph builder `factor` times, each copy under
a new article id (`id~2`, `id~3`, …), as an archive holding the same stories many times
would; then the graph is finished and its files written. Each factor runs in a fresh
subprocess, so its peak RSS is its own; `kb_per_article` is the peak above the process's
RSS before the first article, per merged article.
Linking: `cross_article_groups` over graphs of n distinct synthetic entity names (people
with and without a given name, organisations), timed at growing n.
"""

from __future__ import annotations

import json
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
MERGE_FACTORS = (1, 4, 16)
LINK_SIZES = (6_250, 25_000, 100_000)


def _rss_mb() -> float:
    with open("/proc/self/status", encoding="ascii") as status:
        line = next(line for line in status if line.startswith("VmRSS:"))
    return int(line.split()[1]) / 1024


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def cached_extractions(cache_dir: Path, factor: int) -> Iterator[dict]:
    """Each cache entry's extraction (as JSON data), `factor` times, copy c > 1 under the
    id `doc_id~c`: read one at a time, so the input never sits in memory whole."""
    paths = sorted(Path(cache_dir).glob("*/*.json"))
    for copy in range(1, factor + 1):
        for path in paths:
            data = json.loads(path.read_bytes())["extraction"]
            if copy > 1:
                data = _renamed(data, f"{data['doc_id']}~{copy}")
            yield data


def _renamed(data: dict, doc_id: str) -> dict:
    data["doc_id"] = doc_id
    for event in data.get("meetings", []) + data.get("statements", []):
        event["evidence"]["doc_id"] = doc_id
    return data


def measure_merge(cache_dir: Path, factor: int) -> dict:
    """One factor, in this process: stream, merge, write the run's files."""
    from pipeline.export import write_outputs
    from pipeline.graph import GraphBuilder
    from pipeline.schemas import Extraction, ModelInfo

    base = _rss_mb()
    started = time.perf_counter()
    builder = GraphBuilder()
    for data in cached_extractions(cache_dir, factor):
        builder.add(Extraction.model_validate(data))
    graph = builder.finish(ModelInfo(name="bench", version="0", source="bench"))
    merged = time.perf_counter()
    graph_mb = _rss_mb()
    with tempfile.TemporaryDirectory(prefix="newsgraph-bench-merge-") as out:
        write_outputs(graph, Path(out))
    done = time.perf_counter()
    kinds = {kind: 0 for kind in ("entity", "meeting", "statement")}
    for _, kind in graph.nodes(data="kind"):
        kinds[kind] += 1
    articles = graph.graph["articles"]
    peak = _peak_mb()
    return {"factor": factor, "articles": articles, "merge_seconds": round(merged - started, 2),
            "export_seconds": round(done - merged, 2), "seconds": round(done - started, 2),
            "base_rss_mb": round(base, 1), "graph_rss_mb": round(graph_mb, 1), "peak_rss_mb": round(peak, 1),
            "kb_per_article": round((peak - base) * 1024 / articles, 2), "entities": kinds["entity"],
            "meetings": kinds["meeting"], "statements": kinds["statement"]}


def synthetic_entities(n: int, seed: int = 23) -> list[tuple[str, str, str]]:
    """n distinct (key, name, type) triples: 70 % people (a fifth of them a bare surname),
    30 % organisations of two or three words, spelled from Dutch-looking syllables so that
    blocks (type, first letter of the surname) fill as they would in news; one in 25 is a
    spelling variant of an earlier name (a letter changed, doubled or dropped), so linking
    has merges to find."""
    rng = random.Random(seed)
    onsets = ["b", "d", "f", "g", "h", "j", "k", "l", "m", "n", "p", "r", "s", "t", "v", "w", "z", "br", "st", "kr", "sch", "gr",
              "bl", "dr", "fl", "fr", "gl", "kl", "pl", "pr", "sl", "sm", "sn", "sp", "tr", "vl", "vr", "zw"]
    vowels = ["a", "e", "i", "o", "u", "aa", "ee", "oo", "ij", "ui", "ou", "ie", "eu", "au"]
    codas = ["", "n", "r", "s", "k", "ns", "rt", "l", "m", "nd", "ng", "rs", "lt", "st", "cht", "ft"]

    def word(syllables: int) -> str:
        return "".join(rng.choice(onsets) + rng.choice(vowels) + rng.choice(codas) for _ in range(syllables)).capitalize()

    def variant(name: str) -> str:
        letters = list(name)
        at = rng.randrange(1, len(letters))
        edit = rng.randrange(3)
        if edit == 0 and letters[at].isalpha():
            letters[at] = rng.choice("aeiouknrst")
        elif edit == 1:
            letters.insert(at, letters[at])
        elif len(letters) > 6:
            del letters[at]
        return "".join(letters)

    seen: set[str] = set()
    out: list[tuple[str, str, str]] = []
    while len(out) < n:
        kind = rng.random()
        if out and kind < 0.04:
            _, base, type_ = rng.choice(out)
            name = variant(base)
        elif kind < 0.58:
            name, type_ = f"{word(rng.randint(1, 2))} {word(rng.randint(1, 3))}", "PERSON"
        elif kind < 0.72:
            name, type_ = word(rng.randint(2, 3)), "PERSON"
        else:
            name, type_ = " ".join(word(rng.randint(1, 3)) for _ in range(rng.randint(2, 3))), "ORG"
        key = f"{type_}:{name.lower()}"
        if key not in seen:
            seen.add(key)
            out.append((key, name, type_))
    return out


def entity_graph(entities: list[tuple[str, str, str]]):
    """A graph of entity nodes only, as `GraphBuilder.finish` hands them to linking."""
    import networkx as nx

    graph = nx.DiGraph()
    for index, (key, name, type_) in enumerate(entities):
        graph.add_node(key, kind="entity", name=name, type=type_, aliases=[name], mentions=1 + index % 5, kb_id=None, doc_ids=[f"d{index}"])
    return graph


def reference_linking(graph, neighbours=None) -> list[list[str]]:
    """`cross_article_groups` as it was before the index: every surname of a block scored
    against every other (`names.similar_neighbours`), every full name against all of the
    same first part. For the comparison only."""
    from unittest import mock

    from pipeline import crosslink, names

    with mock.patch.object(crosslink, "similar_neighbours", neighbours or names.similar_neighbours), \
            mock.patch.object(crosslink, "_korean_key", lambda parts: names.skeleton(parts[0])):
        return crosslink.cross_article_groups(graph)


def measure_linking(n: int, method: str = "index") -> dict:
    """Linking over n synthetic entities with the index or the old all-pairs search, and a
    digest of the groups it made (equal digests: the same links)."""
    import hashlib
    from unittest import mock

    from pipeline import crosslink, names
    from pipeline.crosslink import cross_article_groups

    graph = entity_graph(synthetic_entities(n))
    found = [0]
    search = crosslink.similar_neighbours if method == "index" else names.similar_neighbours

    def counted(*args):  # the similar spellings found: the work any exact method must do
        neighbours = search(*args)
        found[0] += sum(len(similar) - 1 for similar in neighbours.values())
        return neighbours

    started = time.perf_counter()
    if method == "index":
        with mock.patch.object(crosslink, "similar_neighbours", counted):
            groups = cross_article_groups(graph)
    else:
        groups = reference_linking(graph, counted)
    seconds = time.perf_counter() - started
    return {"entities": n, "method": method, "seconds": round(seconds, 2), "similar_spellings": found[0], "groups": len(groups),
            "merged": sum(len(g) - 1 for g in groups), "digest": hashlib.sha1(json.dumps(groups).encode()).hexdigest()[:12]}


def _in_subprocess(*args: str) -> dict:
    env = {**os.environ, "PYTHONPATH": str(REPO), "OMP_NUM_THREADS": "1", "OPENBLAS_NUM_THREADS": "1"}
    done = subprocess.run([sys.executable, "-m", "scripts.bench_merge", "_measure", *args], env=env, cwd=REPO,
                          capture_output=True, text=True)
    if done.returncode != 0:
        raise SystemExit(f"bench_merge {' '.join(args)} failed:\n{done.stderr[-3000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def merge_figures(cache_dir: Path, factors: tuple[int, ...] = MERGE_FACTORS) -> list[dict]:
    """The merge at each factor of the cached corpus, each in a fresh subprocess."""
    return [_in_subprocess("merge", str(cache_dir), str(factor)) for factor in factors]


def linking_figures(sizes: tuple[int, ...] = LINK_SIZES) -> list[dict]:
    """Cross-article linking at each synthetic entity count, with the index and with the
    all-pairs search it replaced, each in a fresh subprocess."""
    return [_in_subprocess("link", str(n), method) for n in sizes for method in ("index", "all-pairs")]


def summary(merge: list[dict], linking: list[dict]) -> dict:
    """The ratios the README quotes: time and memory growth against input growth."""
    first, last = merge[0], merge[-1]
    indexed = [row for row in linking if row["method"] == "index"]
    small, large = indexed[0], indexed[-1]
    pairs = {row["entities"]: row for row in linking if row["method"] == "all-pairs"}
    return {"merge_time_ratio": round(last["seconds"] / first["seconds"], 2),
            "merge_articles_ratio": round(last["articles"] / first["articles"], 2),
            "merge_kb_per_article_at_largest": last["kb_per_article"],
            "merge_marginal_kb_per_article": round((last["peak_rss_mb"] - first["peak_rss_mb"]) * 1024 / (last["articles"] - first["articles"]), 2)
            if last["articles"] > first["articles"] else None,
            "linking_time_ratio": round(large["seconds"] / max(small["seconds"], 0.01), 1),
            "linking_entities_ratio": round(large["entities"] / small["entities"], 1),
            "linking_similar_spellings_ratio": round(large["similar_spellings"] / max(small["similar_spellings"], 1), 1),
            "linking_all_pairs_time_ratio": round(pairs[large["entities"]]["seconds"] / max(pairs[small["entities"]]["seconds"], 0.01), 1),
            "linking_speedup_at_largest": round(pairs[large["entities"]]["seconds"] / max(large["seconds"], 0.01), 1),
            "linking_same_links": all(row["digest"] == pairs[row["entities"]]["digest"] for row in indexed)}


def main() -> None:
    if sys.argv[1:2] == ["_measure"]:
        kind, *rest = sys.argv[2:]
        result = measure_merge(Path(rest[0]), int(rest[1])) if kind == "merge" else measure_linking(int(rest[0]), rest[1])
        print(json.dumps(result))
        return
    cache = Path(sys.argv[1]) if len(sys.argv) > 1 else None
    merge = merge_figures(cache) if cache else []
    linking = linking_figures()
    print(json.dumps({"merge": merge, "linking": linking, **({"summary": summary(merge, linking)} if merge else {})}, indent=1))


if __name__ == "__main__":
    main()
