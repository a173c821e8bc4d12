"""`make bench`'s figures and table: ratios from the measurements of scripts/bench.py.

In:  the measurements (name → seconds, articles, stages, peak RSS) and the report's other
     sections (startup, scale, grouped_merge, model_vs_efficiency), whichever were run
Out: `figures(measurements)` → the derived ratios; `print_report(report)` → tables on stdout
"""

from __future__ import annotations


def best(results: dict, name: str) -> dict | None:
    """The faster of a measurement and its `-again` repetition (None if neither ran)."""
    samples = [results[key] for key in (name, f"{name}-again") if "seconds" in results.get(key, {})]
    return min(samples, key=lambda r: r["seconds"]) if samples else None


def ratio(results: dict, slower: str, faster: str, digits: int = 3) -> float | None:
    a, b = best(results, slower), best(results, faster)
    return round(a["seconds"] / b["seconds"], digits) if a and b else None


def cpu_ratio(results: dict, slower: str, faster: str) -> float | None:
    """The same comparison in CPU seconds (each side's smaller sample)."""
    def least(name: str) -> float | None:
        samples = [results[key]["cpu_seconds"] for key in (name, f"{name}-again") if "cpu_seconds" in results.get(key, {})]
        return min(samples) if samples else None

    a, b = least(slower), least(faster)
    return round(a / b, 3) if a and b else None


def figures(results: dict) -> dict:
    """Each ratio compares the faster sample of each side (see scripts/bench.py); the
    `_cpu` ones compare CPU seconds, which other load on the machine disturbs far less."""
    found: dict = {
        "overhead_vs_bare_nlp_pipe": ratio(results, "run-1", "bare"),
        "overhead_vs_bare_nlp_pipe_small": ratio(results, "run-small", "bare-small"),
        "speedup_2_processes": ratio(results, "run-1", "run-2", 2),
        "dask_vs_local_2_workers": ratio(results, "dask-2", "run-2"),
        "dask_cluster_vs_local_2_workers": ratio(results, "dask-cluster-2", "run-2"),
        "dask_vs_local_2_workers_small": ratio(results, "dask-2-small", "run-2-small"),
    }
    for key, (slower, faster) in {"overhead_vs_bare_nlp_pipe_cpu": ("run-1", "bare"), "overhead_vs_bare_nlp_pipe_small_cpu": ("run-small", "bare-small"),
                                  "dask_vs_local_2_workers_cpu": ("dask-2", "run-2"), "dask_cluster_vs_local_2_workers_cpu": ("dask-cluster-2", "run-2"),
                                  "dask_vs_local_2_workers_small_cpu": ("dask-2-small", "run-2-small")}.items():
        found[key] = cpu_ratio(results, slower, faster)
    one, bare = best(results, "run-1"), best(results, "bare")
    if one and bare:
        found |= {
            "articles": one["articles"], "words": bare["words"],
            "articles_per_second": round(one["articles"] / one["seconds"], 2),
            "words_per_second": round(bare["words"] / one["seconds"]),
            "bare_words_per_second": round(bare["words"] / bare["seconds"]),
            "stage_share": {k: round(v / one["seconds"], 4) for k, v in one["stages"].items()},
        }
        if "seconds" in results.get("run-small", {}):
            found["peak_rss_ratio_full_vs_small"] = round(one["peak_rss_mb"] / results["run-small"]["peak_rss_mb"], 3)
    if "seconds" in results.get("rerun", {}) and "seconds" in results.get("run-1", {}):
        found["rerun_speedup"] = round(results["run-1"]["seconds"] / results["rerun"]["seconds"], 1)
    if "seconds" in results.get("add-one", {}):
        found["add_one_processed"] = results["add-one"]["articles"] - results["add-one"]["cached"]
    return {key: value for key, value in found.items() if value is not None}


def print_report(report: dict) -> None:
    from rich.console import Console
    from rich.table import Table

    console = Console()
    for section, value in report.items():
        if isinstance(value, dict) and "error" in value:
            console.print(f"[red]{section} failed:[/red] {value['error']}")
    m, f = report["measurements"], report["figures"]
    if m:
        table = Table("measurement", "articles", "seconds", "CPU s", "articles/s", "peak RSS MB", "from cache", title=f"newsgraph bench {report['date']}")
        for name, row in m.items():
            if "error" in row:
                table.add_row(name, "failed", row["error"].splitlines()[0][:60], "", "", "", "")
                continue
            table.add_row(name, str(row["articles"]), f"{row['seconds']:.1f}", f"{row.get('cpu_seconds', 0):.1f}",
                          f"{row['articles'] / row['seconds']:.2f}", f"{row['peak_rss_mb']:.0f}", str(row.get("cached", "")))
        console.print(table)
    if "stage_share" in f:
        stages = Table("stage (faster run-1)", "share of total", title="time per stage")
        for stage, share in f["stage_share"].items():
            stages.add_row(stage, f"{share:.1%}")
        console.print(stages)
    ratios = Table("figure", "value", title="ratios (faster sample of each side)")
    for key, value in f.items():
        if isinstance(value, float):
            ratios.add_row(key, f"{value:.3f}")
    console.print(ratios)
    if "startup" in report and "error" not in report["startup"]:
        startup = report["startup"]
        parts = Table("start-up part", "seconds (median)", title=f"start-up, fresh processes, {startup['rounds']} rounds")
        for part, seconds in startup["seconds"].items():
            parts.add_row(part, f"{seconds:.3f}")
        console.print(parts, f"knowledge base {startup['kb_speedup']}x faster from its compact file; "
                             f"KB + lexicon {startup['kb_and_lexicon_seconds']:.3f} s; components {startup['components_seconds']:.3f} s")
    if "scale" in report and "error" not in report["scale"]:
        print_scale(report["scale"], console)
    if "grouped_merge" in report and "error" not in report["grouped_merge"]:
        grouped = Table("articles", "partitions", "seconds", "peak RSS MB", "entities", "meetings", "statements", title="grouped merge over partitions")
        for row in report["grouped_merge"]["runs"]:
            grouped.add_row(f"{row['articles']:,}", str(row["partitions"]), f"{row['seconds']:.1f}", f"{row['peak_rss_mb']:.0f}",
                            f"{row['entities']:,}", f"{row['meetings']:,}", f"{row['statements']:,}")
        console.print(grouped)
    if "model_vs_efficiency" in report and "error" not in report["model_vs_efficiency"]:
        speed = report["model_vs_efficiency"]
        console.print(f"model {speed['model_words_per_second']:,} words/s vs efficiency pipeline "
                      f"{speed['efficiency_words_per_second']:,} words/s (one core): {speed['ratio']:.2f}×")


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
