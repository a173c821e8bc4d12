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


SPAWNS_A_SLEEPER = """
import subprocess, sys
sleeper = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(120)"])
print(sleeper.pid, flush=True)
"""


def _gone(pid: int, within: float = 10.0) -> bool:
    import time

    import psutil

    deadline = time.monotonic() + within
    while time.monotonic() < deadline:
        try:
            if psutil.Process(pid).status() == psutil.STATUS_ZOMBIE:
                return True
        except psutil.NoSuchProcess:
            return True
        time.sleep(0.1)
    return False


def test_a_measurement_ends_the_processes_it_started_though_it_exited_without_them():
    import os
    import sys
    import time

    from scripts.bench_cluster import run_in_group

    started = time.monotonic()
    done = run_in_group([sys.executable, "-c", SPAWNS_A_SLEEPER], env=dict(os.environ))
    assert time.monotonic() - started < 30  # not held up by the sleeper's copy of its output
    assert done.returncode == 0 and _gone(int(done.stdout.split()[0]))


def test_sigterm_to_the_benchmark_ends_its_measurement_and_what_that_started(tmp_path):
    import os
    import signal
    import subprocess
    import sys
    import time

    pids = tmp_path / "pids"
    measurement = SPAWNS_A_SLEEPER.replace("print(sleeper.pid, flush=True)", f"open({str(pids)!r}, 'w').write(f'{{os.getpid()}} {{sleeper.pid}}'); time.sleep(120)")
    bench = (f"import os, sys; sys.path.insert(0, {os.getcwd()!r}); from scripts import bench_cluster; bench_cluster.stop_on_signals()\n"
             f"bench_cluster.run_in_group([sys.executable, '-c', {('import os, time' + measurement)!r}], env=dict(os.environ))")
    outer = subprocess.Popen([sys.executable, "-c", bench])
    deadline = time.monotonic() + 30
    while not (pids.exists() and len(pids.read_text().split()) == 2) and time.monotonic() < deadline:
        time.sleep(0.1)
    child, sleeper = map(int, pids.read_text().split())
    outer.send_signal(signal.SIGTERM)
    outer.wait(40)
    assert _gone(child) and _gone(sleeper)
