"""`make bench`: where newsgraph's time goes, measured against bare spaCy in the same run.

In:  ../shared/corpora/dpg_news_2019/articles.jsonl (or --articles), the model newsgraph
     resolves (or --model); --only picks groups (default all)
Out: tables on stdout (scripts/bench_report.py) and outputs/bench.json

Every measurement runs in a fresh subprocess and counts from that process's start (imports,
model and KB load included), so peak RSS is that configuration's own and no run warms
another's caches. It records wall seconds and CPU seconds (the process and its ended
children: pool and local Dask workers). Groups:
  overhead  bare (spacy.load + nlp.pipe, batch size as newsgraph's) against newsgraph run,
            1 process, on the corpus (run-1 fills the cache) and on its first --small
            articles (bare-small, run-small)
  dask      local processes against the Dask engine at 2 workers: a local cluster
            (dask-2) and a scheduler and two workers started as processes of their own,
            as on a cluster (dask-cluster-2; their CPU is added to the run's); also small
  cache     rerun (served from run-1's cache) and add-one (the input plus one article)
  startup   imports, KB build vs its compact file, lexicon, model (scripts/bench_startup.py)
  scale     the merge at 1x/4x/16x the cached corpus and cross-article linking over growing
            synthetic entity counts (scripts/bench_merge.py)
  grouped   the merge as grouped Dask operations over synthetic partitions, beside the
            in-memory merge (scripts/grouped_merge.py, docs/archive-scale.md)
  model     the model against spaCy's efficiency pipeline for Dutch, words/s on the first
            300 articles, pinned to one core (scripts/bench_model.py)
BLAS is pinned to one thread in every subprocess so "1 process" means one core. The two
sides of each ratio run in alternating rounds, twice, and the faster sample of each side
counts; on a machine shared with other work, wall time varies far more than that (two
identical 2-process runs of 300 articles took 55 s and 69 s on 2026-12-01), so the CPU
ratios are given beside the wall-time ones.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DEFAULT_ARTICLES = REPO.parent / "shared" / "corpora" / "dpg_news_2019" / "articles.jsonl"
ONE_THREAD = {"OMP_NUM_THREADS": "1", "OPENBLAS_NUM_THREADS": "1", "MKL_NUM_THREADS": "1"}


def peak_rss_mb() -> float:
    """This process's peak RSS, or its largest child's when that is larger (pool workers)."""
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return round(max(own, children) / 1024, 1)


def since_start() -> float:
    """Seconds since this process started: a measurement counts its imports too."""
    import psutil

    return time.time() - psutil.Process().create_time()


def cpu_seconds() -> float:
    """CPU time of this process and of its children that ended (pool and Dask workers):
    what the work cost, much less disturbed by other load on the machine than wall time."""
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return round(own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime, 2)


def measure_bare(articles: Path, model: str | None, limit: int | None) -> dict:
    import spacy

    from pipeline.nlp import resolve_model
    from pipeline.run import BATCH_SIZE

    texts = [json.loads(line)["text"] for line in articles.open(encoding="utf8") if line.strip()][:limit]
    nlp = spacy.load(resolve_model(model).location)
    words = 0
    for doc in nlp.pipe(texts, batch_size=BATCH_SIZE):
        words += sum(not t.is_space for t in doc)
    return {"seconds": since_start(), "cpu_seconds": cpu_seconds(), "articles": len(texts), "words": words,
            "peak_rss_mb": peak_rss_mb()}


def measure_run(inputs: list[str], model: str | None, processes: int, cache_dir: str | None, limit: int | None,
                engine: str = "local", scheduler: str | None = None) -> dict:
    from pipeline.run import run

    if limit:
        source = Path(inputs[0])
        trimmed = Path(tempfile.mkdtemp()) / source.name
        with source.open(encoding="utf8") as lines:
            trimmed.write_text("".join(line for _, line in zip(range(limit), lines)), encoding="utf8")
        inputs = [str(trimmed), *inputs[1:]]
    out = Path(tempfile.mkdtemp(prefix="newsgraph-bench-"))
    summary = run(inputs, out, model=model, processes=processes, cache_dir=Path(cache_dir) if cache_dir else None,
                  use_cache=cache_dir is not None, engine=engine, scheduler=scheduler)
    seconds, cpu = since_start(), cpu_seconds()
    shutil.rmtree(out)
    return {"seconds": seconds, "cpu_seconds": cpu, "articles": summary.articles, "cached": summary.cached, "failed": summary.failed,
            "stages": {k: round(v, 3) for k, v in summary.stage_seconds.items()}, "peak_rss_mb": peak_rss_mb(),
            "entities": summary.entities, "meetings": summary.meetings, "statements": summary.statements}


def in_subprocess(*args: str) -> dict:
    from scripts.bench_cluster import run_in_group

    done = run_in_group([sys.executable, __file__, "_measure", *args], env={**os.environ, **ONE_THREAD, "PYTHONPATH": str(REPO)})
    if done.returncode != 0:
        raise SystemExit(f"measurement {' '.join(args)} failed:\n{done.stderr[-3000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def one_new_article(folder: Path) -> Path:
    """An article the corpus does not have: a seed, so the text is real Dutch news."""
    seed = next(p for p in sorted((REPO / "data" / "samples").iterdir()) if p.is_file())
    target = folder / seed.name
    shutil.copy(seed, target)
    return target


# Measurements in alternating rounds: each ratio compares the faster of two samples of
# both sides, taken one after the other, so a slow minute of the machine hits both.
PAIRS = {
    "overhead": (("bare", "run-1"), ("bare-small", "run-small")),
    "dask": (("run-2", "dask-2", "dask-cluster-2"), ("run-2-small", "dask-2-small")),
}
GROUPS = ("overhead", "dask", "cache", "startup", "scale", "grouped", "model")


def plan(group: str, corpus: str, small: str, cache: str, new_article: str, model: list[str]) -> list[tuple[str, tuple]]:
    """(name, measurement arguments) of one group, in the order they run. CLUSTER stands
    for the address of a scheduler-and-workers pair started for the group."""
    def run(source: str, processes: int, *extra: str) -> tuple:
        return ("run", source, "--processes", str(processes), *extra, *model)

    cached = ("--cache-dir", cache)
    if group == "cache":
        return [("rerun", run(corpus, 1, *cached)), ("add-one", ("run", corpus, new_article, "--processes", "1", *cached, *model))]
    configs = {
        "bare": ("bare", corpus, *model), "bare-small": ("bare", small, *model),
        "run-1": run(corpus, 1), "run-small": run(small, 1),
        "run-2": run(corpus, 2), "dask-2": run(corpus, 2, "--engine", "dask"),
        "dask-cluster-2": run(corpus, 2, "--engine", "dask", "--scheduler", "CLUSTER"),
        "run-2-small": run(small, 2), "dask-2-small": run(small, 2, "--engine", "dask"),
    }
    steps = [(name + again, configs[name]) for again in ("", "-again") for names in PAIRS[group] for name in names]
    # the first run-1 fills the cache that the cache and scale groups read
    return [(name, run(corpus, 1, *cached) if name == "run-1" else step) for name, step in steps]


def main() -> None:
    parser = argparse.ArgumentParser(description="newsgraph benchmark")
    parser.add_argument("--articles", type=Path, default=DEFAULT_ARTICLES)
    parser.add_argument("--model", default=None)
    parser.add_argument("--small", type=int, default=300, help="articles of the small input (the first N of --articles)")
    parser.add_argument("--only", default=",".join(GROUPS), help=f"comma-separated groups of {', '.join(GROUPS)}")
    parser.add_argument("--out", type=Path, default=REPO / "outputs" / "bench.json")
    args = parser.parse_args()
    sys.path.insert(0, str(REPO))
    from scripts import bench_cluster

    bench_cluster.stop_on_signals()
    groups = [g for g in args.only.split(",") if g]
    if unknown := set(groups) - set(GROUPS):
        raise SystemExit(f"error: unknown group(s) {', '.join(sorted(unknown))}; choose from {', '.join(GROUPS)}")
    if not args.articles.is_file():
        raise SystemExit(f"error: {args.articles} not found; `make bench` needs ../shared beside the repo")
    work = Path(tempfile.mkdtemp(prefix="newsgraph-bench-"))
    try:
        measure_all(args, groups, work)
    except bench_cluster.Stopped as stopped:  # every process group was ended on the way out
        raise SystemExit(128 + stopped.args[0]) from None
    finally:
        shutil.rmtree(work, ignore_errors=True)


def measure_all(args: argparse.Namespace, groups: list[str], work: Path) -> None:
    from scripts import bench_cluster, bench_report, bench_startup

    model = ["--model", args.model] if args.model else []
    cache, small = str(work / "cache"), work / "small" / args.articles.name
    small.parent.mkdir()
    with args.articles.open(encoding="utf8") as lines:
        small.write_text("".join(line for _, line in zip(range(args.small), lines)), encoding="utf8")
    # the knowledge base's compact file, as every run after a user's first one finds it
    subprocess.run([sys.executable, "-c", "from pipeline.kb import default_kb; default_kb()"], cwd=REPO, check=True,
                   env={**os.environ, "PYTHONPATH": str(REPO)})
    report: dict = {"date": date.today().isoformat(), "command": f"make bench (groups {', '.join(groups)})",
                    "machine": {"cpus": os.cpu_count(), "python": sys.version.split()[0]}, "measurements": {}}
    results = report["measurements"]
    for group in ("overhead", "dask", "cache"):
        if group in groups:
            steps = plan(group, str(args.articles), str(small), cache, str(one_new_article(work)), model)
            for name, step in steps:
                print(f"… {name}", file=sys.stderr, flush=True)
                with bench_cluster.cluster_if_needed(step, workers=2) as cluster:
                    before = cluster.cpu_seconds() if cluster else 0.0
                    try:
                        results[name] = in_subprocess(*(cluster.address if a == "CLUSTER" else a for a in step))
                    except SystemExit as failed:  # recorded; the ratios it belongs to are left out
                        results[name] = {"error": str(failed)[-2000:]}
                        continue
                    if cluster:  # the workers' CPU is the cluster's, not the run's process tree
                        results[name]["cpu_seconds"] = round(results[name]["cpu_seconds"] + cluster.cpu_seconds() - before, 2)
    report["figures"] = bench_report.figures(results)
    sections = {"startup": ("startup", lambda: bench_startup.startup_figures(args.model)),
                "scale": ("scale", lambda: scale_figures(Path(cache))),
                "grouped": ("grouped_merge", grouped_figures),
                "model": ("model_vs_efficiency", lambda: model_vs_efficiency(args.articles, args.model))}
    for group, (section, measure_section) in sections.items():
        if group not in groups:
            continue
        if group == "scale" and not Path(cache).is_dir():
            report[section] = {"error": "needs the overhead group's run-1, which fills the cache it merges"}
            continue
        print(f"… {group}", file=sys.stderr, flush=True)
        try:
            report[section] = measure_section()
        except SystemExit as failed:  # one failed section costs only itself: the others are kept
            report[section] = {"error": str(failed)[-2000:]}
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(report, indent=2) + "\n", encoding="utf8")
    bench_report.print_report(report)


def model_vs_efficiency(articles: Path, model: str | None) -> dict:
    """scripts/bench_model.py in a subprocess pinned to one core (`taskset -c 0` where the
    machine has it), so the model and the efficiency pipeline share that core's load."""
    from pipeline.nlp import resolve_model
    from scripts import bench_cluster

    print("… model vs efficiency pipeline", file=sys.stderr, flush=True)
    command = [sys.executable, str(REPO / "scripts" / "bench_model.py"), "--articles", str(articles),
               "--model", resolve_model(model).location]
    if shutil.which("taskset"):
        command = ["taskset", "-c", "0", *command]
    done = bench_cluster.run_in_group(command, env={**os.environ, **ONE_THREAD, "PYTHONPATH": str(REPO)})
    if done.returncode != 0:
        raise SystemExit(f"model vs efficiency failed:\n{done.stderr[-3000:]}")
    return json.loads(done.stdout)


def scale_figures(cache: Path) -> dict:
    """The merge at 1x/4x/16x the cached corpus and linking at growing entity counts."""
    sys.path.insert(0, str(REPO))
    from scripts.bench_merge import linking_figures, merge_figures, summary

    merge, linking = merge_figures(cache), linking_figures()
    return {"merge": merge, "linking": linking, "summary": summary(merge, linking)}


def grouped_figures(sizes: tuple[int, ...] = (5_592, 22_368)) -> dict:
    """scripts/grouped_merge.py at 4x and 16x the corpus's article count, synthetic
    partitions, on two local Dask workers, beside the in-memory merge of the same input."""
    from scripts import bench_cluster

    done = bench_cluster.run_in_group([sys.executable, "-m", "scripts.grouped_merge", "--articles", *map(str, sizes)],
                                      env={**os.environ, **ONE_THREAD, "PYTHONPATH": str(REPO)})
    if done.returncode != 0:
        raise SystemExit(f"grouped merge failed:\n{done.stderr[-3000:]}")
    return json.loads(done.stdout)


def measure() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("kind", choices=["bare", "run"])
    parser.add_argument("inputs", nargs="+")
    parser.add_argument("--model", default=None)
    parser.add_argument("--processes", type=int, default=1)
    parser.add_argument("--cache-dir", default=None)
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--engine", default="local")
    parser.add_argument("--scheduler", default=None)
    args = parser.parse_args(sys.argv[2:])
    if args.kind == "bare":
        result = measure_bare(Path(args.inputs[0]), args.model, args.limit)
    else:
        result = measure_run(args.inputs, args.model, args.processes, args.cache_dir, args.limit, args.engine, args.scheduler)
    print(json.dumps(result))


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "_measure":
        measure()
    else:
        main()
