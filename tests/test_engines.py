"""Where the per-article stages run: the local engine and Dask give the same graph."""

from __future__ import annotations

import os

import pytest

from pipeline.run import run

from .conftest import SAMPLES

pytestmark = pytest.mark.slow


def test_dask_local_cluster_gives_the_local_engines_graph(tmp_path):
    pytest.importorskip("distributed")
    local = run([str(SAMPLES)], tmp_path / "local", use_cache=False)
    dask = run([str(SAMPLES)], tmp_path / "dask", use_cache=False, engine="dask", processes=2)
    assert (local.articles, dask.articles) == (2, 2)
    assert (tmp_path / "dask" / "graph.json").read_bytes() == (tmp_path / "local" / "graph.json").read_bytes()
    assert dask.stage_seconds.get("spacy", 0) > 0  # stage times travel back from the workers


def test_unreachable_scheduler_is_a_clear_error(tmp_path):
    pytest.importorskip("distributed")
    from pipeline.engines import EngineError

    with pytest.raises(EngineError, match=r"cannot reach the Dask scheduler at tcp://127\.0\.0\.1:9"):
        run([str(SAMPLES)], tmp_path / "out", use_cache=False, engine="dask", scheduler="tcp://127.0.0.1:9")


def test_a_dead_worker_is_engine_lost_at_result_and_at_the_next_submission():
    from pipeline.engines import EngineLost, Workers

    # os._exit(3) as the work: the worker process dies mid-batch, as under a SIGKILL
    with Workers(os._exit, processes=2) as workers:
        future = workers.submit(3)
        with pytest.raises(EngineLost, match="a worker process died"):
            workers.result(future)
        with pytest.raises(EngineLost, match="a worker process died"):
            workers.submit(3)  # the pool refuses new work once broken: the same error, never a traceback


def test_local_dask_workers_run_without_dasks_malloc_trim_threshold():
    """Dask's nanny sets MALLOC_TRIM_THRESHOLD_=65536 in workers, which cost 1.33x the
    local engine's time; our local cluster's workers keep glibc's own (adaptive) threshold,
    and the rest of Dask's worker environment (one BLAS thread)."""
    import dask

    from pipeline.engines import dask_client

    with dask_client(None, 1) as client:
        (trim,) = client.run(lambda: os.environ.get("MALLOC_TRIM_THRESHOLD_")).values()
        (threads,) = client.run(lambda: os.environ.get("OMP_NUM_THREADS")).values()
        (tick,) = client.run(lambda: dask.config.get("distributed.admin.tick.interval")).values()
        (monitor,) = client.run(lambda: dask.config.get("distributed.admin.system-monitor.interval")).values()
        stealing = client.run_on_scheduler(lambda dask_scheduler: "stealing" in dask_scheduler.extensions)
    assert trim == os.environ.get("MALLOC_TRIM_THRESHOLD_") and threads == "1"
    assert (tick, monitor, stealing) == ("1s", "5s", False)  # fewer event-loop wake-ups beside the task
    assert _helpers() == []


def _helpers() -> list[str]:
    """This process's child processes that are multiprocessing helpers, as command lines."""
    import psutil

    found = []
    for child in psutil.Process().children(recursive=True):
        try:
            found.append(" ".join(child.cmdline()))
        except psutil.Error:  # gone meanwhile
            continue
    return [line for line in found if "multiprocessing" in line]


def test_no_helper_process_outlives_the_worker_pool():
    """Spawning workers starts multiprocessing's resource tracker, which used to outlive the
    run (its parent exited first, so it stayed a zombie until init reaped it): the pool
    now stops and reaps it, on the normal way out as on an error."""
    from pipeline.engines import process_pool

    with process_pool(1) as pool:
        assert pool.submit(os.getpid).result() != os.getpid()
        assert _helpers()  # the tracker runs while the pool does
    assert _helpers() == []
    with pytest.raises(KeyError), process_pool(1) as pool:
        pool.submit(os.getpid).result()
        raise KeyError("stop")
    assert _helpers() == []
