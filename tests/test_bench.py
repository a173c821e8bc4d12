"""`make bench`'s plan and figures (scripts/bench.py, bench_report.py), without running it."""

from __future__ import annotations

from scripts import bench, bench_report


def test_the_sides_of_each_ratio_alternate_and_only_the_first_run_fills_the_cache():
    steps = bench.plan("overhead", "corpus.jsonl", "small.jsonl", "CACHE", "new.txt", [])
    assert [name for name, _ in steps] == ["bare", "run-1", "bare-small", "run-small",
                                           "bare-again", "run-1-again", "bare-small-again", "run-small-again"]
    assert [name for name, step in steps if "CACHE" in step] == ["run-1"]
    dask = dict(bench.plan("dask", "corpus.jsonl", "small.jsonl", "CACHE", "new.txt", []))
    assert dask["dask-cluster-2"][-2:] == ("--scheduler", "CLUSTER") and "--engine" not in dask["run-2"]
    (_, rerun), (_, add_one) = bench.plan("cache", "corpus.jsonl", "small.jsonl", "CACHE", "new.txt", [])
    assert rerun[1:2] == ("corpus.jsonl",) and add_one[1:3] == ("corpus.jsonl", "new.txt") and "CACHE" in add_one


def test_ratios_compare_the_faster_sample_of_each_side_and_skip_failed_ones():
    def row(seconds, cpu):
        return {"seconds": seconds, "cpu_seconds": cpu, "articles": 10, "words": 100, "stages": {"spacy": seconds / 2}, "peak_rss_mb": 1}

    results = {"bare": row(10, 9), "bare-again": row(12, 8), "run-1": row(13, 10), "run-1-again": row(11, 10.4),
               "run-2": row(8, 12), "dask-2": {"error": "failed"}, "dask-2-again": row(9, 13)}
    found = bench_report.figures(results)
    assert found["overhead_vs_bare_nlp_pipe"] == 1.1 and found["overhead_vs_bare_nlp_pipe_cpu"] == 1.25
    assert found["dask_vs_local_2_workers"] == 1.125
    assert "dask_cluster_vs_local_2_workers" not in found and "rerun_speedup" not in found
