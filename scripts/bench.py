"""`make bench`: where newsgraph's time goes, measured against bare spaCy in the same run.

In:  ../shared/corpora/dpg_news_2019/articles.jsonl (or --articles), the model newsgraph
     resolves (or --model)
Out: a table on stdout and outputs/bench.json

Every measurement runs in a fresh subprocess, so peak RSS is that configuration's own and
no run warms another's caches. All of them use the same model on the same articles:
  bare          spacy.load + nlp.pipe over the texts (batch size as newsgraph's), n_process 1
  run-1         newsgraph run, 1 process, empty cache (fills it): total time, time per stage
  run-2         the same with 2 processes (no cache), twice: the faster counts
  run-small     the first --small articles, 1 process, no cache: memory growth with input size
  rerun         run-1's command again on the unchanged input: served from the cache
  add-one       the input plus one new article: only that article is parsed
  merge         run-1's cache merged at 1x/4x/16x the corpus, and cross-article linking
                over growing synthetic entity counts (scripts/bench_merge.py)
  model         the model against spaCy's efficiency pipeline for Dutch, words/s on the
                first 300 articles, pinned to one core (scripts/bench_model.py)
BLAS is pinned to one thread in every subprocess so "1 process" means one core. Run to run,
this machine varies by about 5 % (one 2-process run of 2026-11-30 took 104 s, the next two
88 s), so bare, run-1 and run-2 are each measured twice and the ratios compare the faster of
each pair.
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


def measure_bare(articles: Path, model: str | None, limit: int | None) -> dict:
    import spacy

    from pipeline.nlp import resolve_model
    from pipeline.run import BATCH_SIZE

    texts = [json.loads(line)["text"] for line in articles.open(encoding="utf8") if line.strip()][:limit]
    started = time.perf_counter()
    nlp = spacy.load(resolve_model(model).location)
    words = 0
    for doc in nlp.pipe(texts, batch_size=BATCH_SIZE):
        words += sum(not t.is_space for t in doc)
    return {"seconds": time.perf_counter() - started, "articles": len(texts), "words": words, "peak_rss_mb": peak_rss_mb()}


def measure_run(inputs: list[str], model: str | None, processes: int, cache_dir: str | None, limit: int | None) -> dict:
    from pipeline.run import run

    if limit:
        source = Path(inputs[0])
        trimmed = Path(tempfile.mkdtemp()) / source.name
        with source.open(encoding="utf8") as lines:
            trimmed.write_text("".join(line for _, line in zip(range(limit), lines)), encoding="utf8")
        inputs = [str(trimmed), *inputs[1:]]
    out = Path(tempfile.mkdtemp(prefix="newsgraph-bench-"))
    started = time.perf_counter()
    summary = run(inputs, out, model=model, processes=processes, cache_dir=Path(cache_dir) if cache_dir else None,
                  use_cache=cache_dir is not None)
    seconds = time.perf_counter() - started
    shutil.rmtree(out)
    return {"seconds": seconds, "articles": summary.articles, "cached": summary.cached, "failed": summary.failed,
            "stages": {k: round(v, 3) for k, v in summary.stage_seconds.items()}, "peak_rss_mb": peak_rss_mb(),
            "entities": summary.entities, "meetings": summary.meetings, "statements": summary.statements}


def in_subprocess(*args: str) -> dict:
    env = {**os.environ, **ONE_THREAD, "PYTHONPATH": str(REPO)}
    done = subprocess.run([sys.executable, __file__, "_measure", *args], env=env, cwd=REPO,
                          capture_output=True, text=True)
    if done.returncode != 0:
        raise SystemExit(f"measurement {' '.join(args)} failed:\n{done.stderr[-3000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def one_new_article(folder: Path) -> Path:
    """An article the corpus does not have: a seed, so the text is real Dutch news."""
    seed = next(p for p in sorted((REPO / "data" / "samples").iterdir()) if p.is_file())
    target = folder / seed.name
    shutil.copy(seed, target)
    return target


def main() -> None:
    parser = argparse.ArgumentParser(description="newsgraph benchmark")
    parser.add_argument("--articles", type=Path, default=DEFAULT_ARTICLES)
    parser.add_argument("--model", default=None)
    parser.add_argument("--small", type=int, default=300, help="article count for the memory-growth comparison")
    parser.add_argument("--out", type=Path, default=REPO / "outputs" / "bench.json")
    args = parser.parse_args()
    if not args.articles.is_file():
        raise SystemExit(f"error: {args.articles} not found; `make bench` needs ../shared beside the repo")
    model = ["--model", args.model] if args.model else []
    work = Path(tempfile.mkdtemp(prefix="newsgraph-bench-"))
    cache = str(work / "cache")
    corpus = str(args.articles)

    steps = {
        "bare": ("bare", corpus, *model),
        "run-1": ("run", corpus, "--processes", "1", "--cache-dir", cache, *model),
        "bare-again": ("bare", corpus, *model),
        "run-1-again": ("run", corpus, "--processes", "1", *model),
        "run-2": ("run", corpus, "--processes", "2", *model),
        "run-2-again": ("run", corpus, "--processes", "2", *model),
        "run-small": ("run", corpus, "--processes", "1", "--limit", str(args.small), *model),
        "rerun": ("run", corpus, "--processes", "1", "--cache-dir", cache, *model),
        "add-one": ("run", corpus, str(one_new_article(work)), "--processes", "1", "--cache-dir", cache, *model),
    }
    results = {}
    for name, step in steps.items():
        print(f"… {name}", file=sys.stderr, flush=True)
        results[name] = in_subprocess(*step)
    print("… merge and linking at scale", file=sys.stderr, flush=True)
    scale = scale_figures(Path(cache))
    shutil.rmtree(work)

    bare = min(results["bare"], results["bare-again"], key=lambda r: r["seconds"])
    one = min(results["run-1"], results["run-1-again"], key=lambda r: r["seconds"])
    two = min(results["run-2"], results["run-2-again"], key=lambda r: r["seconds"])
    report = {
        "date": date.today().isoformat(),
        "command": "make bench",
        "machine": {"cpus": os.cpu_count(), "python": sys.version.split()[0]},
        "articles": one["articles"],
        "words": bare["words"],
        "measurements": results,
        "figures": {
            "articles_per_second": round(one["articles"] / one["seconds"], 2),
            "words_per_second": round(bare["words"] / one["seconds"]),
            "bare_words_per_second": round(bare["words"] / bare["seconds"]),
            "overhead_vs_bare_nlp_pipe": round(one["seconds"] / bare["seconds"], 3),
            "speedup_2_processes": round(one["seconds"] / two["seconds"], 2),
            "peak_rss_ratio_full_vs_small": round(one["peak_rss_mb"] / results["run-small"]["peak_rss_mb"], 3),
            "rerun_speedup": round(results["run-1"]["seconds"] / results["rerun"]["seconds"], 1),
            "add_one_processed": results["add-one"]["articles"] - results["add-one"]["cached"],
            "stage_share": {k: round(v / one["seconds"], 4) for k, v in one["stages"].items()},
        },
        "scale": scale,
    }
    report["model_vs_efficiency"] = model_vs_efficiency(args.articles, args.model)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(report, indent=2) + "\n", encoding="utf8")
    print_table(report)


def model_vs_efficiency(articles: Path, model: str | None) -> dict:
    """scripts/bench_model.py in a subprocess pinned to one core (`taskset -c 0` where the
    machine has it), so the model and the efficiency pipeline share that core's load."""
    from pipeline.nlp import resolve_model

    print("… model vs efficiency pipeline", file=sys.stderr, flush=True)
    command = [sys.executable, str(REPO / "scripts" / "bench_model.py"), "--articles", str(articles),
               "--model", resolve_model(model).location]
    if shutil.which("taskset"):
        command = ["taskset", "-c", "0", *command]
    done = subprocess.run(command, env={**os.environ, **ONE_THREAD, "PYTHONPATH": str(REPO)}, cwd=REPO,
                          capture_output=True, text=True)
    if done.returncode != 0:
        raise SystemExit(f"model vs efficiency failed:\n{done.stderr[-3000:]}")
    return json.loads(done.stdout)


def print_table(report: dict) -> None:
    from rich.console import Console
    from rich.table import Table

    m, f = report["measurements"], report["figures"]
    table = Table("measurement", "articles", "seconds", "articles/s", "peak RSS MB", "from cache", title=f"newsgraph bench {report['date']}")
    for name, row in m.items():
        table.add_row(name, str(row["articles"]), f"{row['seconds']:.1f}", f"{row['articles'] / row['seconds']:.2f}",
                      f"{row['peak_rss_mb']:.0f}", str(row.get("cached", "")))
    best = min(("run-1", "run-1-again"), key=lambda name: m[name]["seconds"])
    stages = Table(f"stage ({best})", "seconds", "share of total", title="time per stage")
    for stage, seconds in m[best]["stages"].items():
        stages.add_row(stage, f"{seconds:.2f}", f"{f['stage_share'][stage]:.1%}")
    console = Console()
    console.print(table, stages)
    print_scale(report["scale"], console)
    console.print(
        f"overhead vs bare nlp.pipe: {f['overhead_vs_bare_nlp_pipe']:.3f}×   2 processes: {f['speedup_2_processes']:.2f}×   "
        f"RSS full/small: {f['peak_rss_ratio_full_vs_small']:.3f}   rerun: {f['rerun_speedup']:.0f}× faster   "
        f"add one: {f['add_one_processed']} article(s) parsed"
    )
    speed = report["model_vs_efficiency"]
    console.print(f"model {speed['model_words_per_second']:,} words/s vs efficiency pipeline "
                  f"{speed['efficiency_words_per_second']:,} words/s (one core): {speed['ratio']:.2f}×")


def scale_figures(cache: Path) -> dict:
    """The merge at 1x/4x/16x the cached corpus and linking at growing entity counts."""
    sys.path.insert(0, str(REPO))
    from scripts.bench_merge import linking_figures, merge_figures, summary

    merge, linking = merge_figures(cache), linking_figures()
    return {"merge": merge, "linking": linking, "summary": summary(merge, linking)}


def print_scale(scale: dict, console) -> None:
    from rich.table import Table

    merge = Table("merge", "articles", "seconds", "export s", "peak RSS MB", "KB/article", "meetings", "statements", title="merge at scale")
    for row in scale["merge"]:
        merge.add_row(f"{row['factor']}x", f"{row['articles']:,}", f"{row['seconds']:.1f}", f"{row['export_seconds']:.1f}",
                      f"{row['peak_rss_mb']:.0f}", f"{row['kb_per_article']:.1f}", str(row["meetings"]), str(row["statements"]))
    linking = Table("entities", "method", "seconds", "similar spellings", "merged", "links", title="cross-article linking")
    for row in scale["linking"]:
        linking.add_row(f"{row['entities']:,}", row["method"], f"{row['seconds']:.2f}", f"{row['similar_spellings']:,}", str(row["merged"]),
                        row["digest"])
    console.print(merge, linking, scale["summary"])


def measure() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("kind", choices=["bare", "run"])
    parser.add_argument("inputs", nargs="+")
    parser.add_argument("--model", default=None)
    parser.add_argument("--processes", type=int, default=1)
    parser.add_argument("--cache-dir", default=None)
    parser.add_argument("--limit", type=int, default=None)
    args = parser.parse_args(sys.argv[2:])
    if args.kind == "bare":
        result = measure_bare(Path(args.inputs[0]), args.model, args.limit)
    else:
        result = measure_run(args.inputs, args.model, args.processes, args.cache_dir, args.limit)
    print(json.dumps(result))


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "_measure":
        measure()
    else:
        main()
