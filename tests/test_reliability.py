"""Bad input, faults and repeats: never a traceback, never lost or half-written output.

Property-based tests generate hostile inputs (hypothesis); fault tests kill a real run,
lock its output directory, and make its disk full or read-only.
"""

from __future__ import annotations

import errno
import json
import os
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipeline import files
from pipeline.cache import CacheEntry
from pipeline.export import load_graph
from pipeline.ingest import IngestError, IngestNotice, read_inputs
from pipeline.run import NothingRead, run
from pipeline.schemas import Article

from .conftest import REPO, SAMPLES

SUFFIXES = [".txt", ".md", ".html", ".jsonl", ".json", ""]
# Characters that break naive text handling: right-to-left marks and scripts, combining
# marks, zero-width joiners, emoji, NUL and other controls, surrogates excluded (not UTF-8).
AWKWARD = st.characters(codec="utf-8", categories=("L", "M", "N", "P", "S", "Z", "Cc", "Cf"))
HOSTILE_SNIPPETS = [
    "\u202e", "\u200f", "\u200b", "\u200d", "\ufeff", "e\u0301\u0308", "👩‍👩‍👧", "\x00", "שלום", "مرحبا",
    "<script>alert(1)</script>", "<p>", "</p>", "<div><p>kapot", "&amp;&#0;&#x110000;", "<!--", "]]>",
    "---\n", "\n---\n", "!!python/object/apply:os.system ['touch /tmp/newsgraph-pwned']", "{{", "\"\"\"", ",,", "''",
]


def hostile_text() -> st.SearchStrategy[str]:
    return st.lists(st.one_of(st.text(AWKWARD, max_size=40), st.sampled_from(HOSTILE_SNIPPETS),
                              st.sampled_from(["Poetin zei dat het goed ging.", "Rutte sprak met Merkel in Berlijn."])),
                    max_size=12).map("".join)


def front_matter() -> st.SearchStrategy[str]:
    values = st.one_of(st.text(AWKWARD, max_size=20), st.sampled_from([
        "[unclosed", "{a: 1", "&a [*a]", "!!python/object/apply:os.system ['touch /tmp/newsgraph-pwned']",
        "!!binary aGVsbG8=", "2019-13-45", "- lijst", "*undefined", "|\n  blok", "\"\\x\"",
    ]))
    return st.lists(st.tuples(st.sampled_from(["title", "date", "url", "published_at", "tags", "?"]), values), max_size=4).map(
        lambda pairs: "---\n" + "".join(f"{k}: {v}\n" for k, v in pairs) + "---\n")


def assert_one_line_errors(results, path: Path) -> None:
    for item in results:
        if isinstance(item, IngestError):
            message = str(item)
            assert message.startswith(str(path)) and "\n" not in message and "Traceback" not in message
        else:
            assert isinstance(item, Article) and item.text.strip()


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.binary(max_size=2000), suffix=st.sampled_from(SUFFIXES))
def test_ingest_random_bytes_never_raise(data, suffix):
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"input{suffix}"
        path.write_bytes(data)
        assert_one_line_errors(list(read_inputs([str(path)])), path)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(head=st.one_of(st.just(""), front_matter()), body=hostile_text(), suffix=st.sampled_from([".txt", ".md", ".html"]))
def test_ingest_hostile_documents_never_raise(head, body, suffix):
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"article{suffix}"
        path.write_text(head + body, encoding="utf8")
        assert_one_line_errors(list(read_inputs([str(path)])), path)
    assert not Path("/tmp/newsgraph-pwned").exists()  # YAML is loaded safely: no tags run code


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(lines=st.lists(st.one_of(
    st.builds(lambda i, t: json.dumps({"id": i, "text": t}), st.text(AWKWARD, min_size=1, max_size=8), hostile_text()),
    st.text(AWKWARD, max_size=60),
    st.sampled_from(['{"id": 1}', '{"text": 5}', "[]", "null", '{"id": "x", "text": "ok", "published_at": [1, 2]}']),
), max_size=8))
def test_ingest_jsonl_with_malformed_lines_keeps_the_good_ones(lines):
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "feed.jsonl"
        path.write_text("\n".join(line.replace("\n", " ") for line in lines), encoding="utf8")
        results = list(read_inputs([str(path)]))
        assert_one_line_errors(results, path)
        errors = [r for r in results if isinstance(r, IngestError)]
        assert all(e.line is None or e.line >= 1 for e in errors)


def test_yaml_alias_bomb_is_cheap(tmp_path):
    bomb = "---\na: &a [x, x, x, x, x, x, x, x, x]\n" + "".join(
        f"{chr(98 + i)}: &{chr(98 + i)} [{', '.join(['*' + chr(97 + i)] * 9)}]\n" for i in range(8)) + "title: *i\ndate: *i\n---\nTekst."
    path = tmp_path / "bomb.md"
    path.write_text(bomb)
    started = time.perf_counter()
    results = list(read_inputs([str(path)]))
    assert time.perf_counter() - started < 5
    assert_one_line_errors(results, path)


@pytest.mark.slow
@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(bodies=st.lists(st.one_of(hostile_text(), st.binary(max_size=300)), min_size=1, max_size=4))
def test_whole_run_on_hostile_inputs_reports_and_writes(bodies, nlp):
    with tempfile.TemporaryDirectory() as folder:
        inputs = Path(folder) / "in"
        inputs.mkdir()
        for index, body in enumerate(bodies):
            target = inputs / f"a{index}.txt"
            target.write_bytes(body) if isinstance(body, bytes) else target.write_text(body, encoding="utf8")
        problems = []
        try:
            summary = run([str(inputs)], Path(folder) / "out", use_cache=False, on_problem=problems.append)
        except NothingRead:  # every input failed: nothing is written (issue 21, item 2)
            assert len(problems) == len(bodies) and not (Path(folder) / "out").exists()
            return
        errors = [p for p in problems if not isinstance(p, IngestNotice)]
        assert summary.articles + summary.failed == len(bodies) == summary.articles + len(errors)
        assert all("\n" not in str(p) and str(p).startswith(str(inputs)) for p in problems)
        graph = load_graph(Path(folder) / "out" / "graph.json")
        assert graph.graph["articles"] == summary.articles


def test_unreadable_file_and_symlink_loop_in_a_directory(tmp_path):
    folder = tmp_path / "in"
    (folder / "sub").mkdir(parents=True)
    (folder / "good.txt").write_text("Poetin ontmoette Pompeo.")
    (folder / "sub" / "loop").symlink_to(folder)
    unreadable = folder / "secret.txt"
    unreadable.write_text("geheim")
    unreadable.chmod(0)
    results = list(read_inputs([str(folder)]))
    articles = [r for r in results if isinstance(r, Article)]
    assert [a.id for a in articles if a.id == "good"] == ["good"]
    if os.geteuid() != 0:  # root reads anything
        assert any(isinstance(r, IngestError) and "secret.txt" in str(r) for r in results)


def test_twenty_megabyte_article_is_chunked_with_bounded_memory(tmp_path):
    """A 20 MB single article through the whole run (with a tokenizer-only pipeline so the
    test takes seconds): it is parsed in chunks below spaCy's max_length, the run succeeds,
    and peak memory stays far below what one Doc of the whole text would need."""
    import spacy

    blank = spacy.blank("nl")
    blank.add_pipe("sentencizer")
    blank.to_disk(tmp_path / "blank")
    paragraph = (SAMPLES / "000_84c4952abb643df5.txt").read_text().split("\n", 1)[1].strip() + "\n\n"
    big = tmp_path / "big.txt"
    big.write_text((paragraph * (20_000_000 // len(paragraph) + 1))[:20_000_000])
    script = ("import json, resource, sys; from pathlib import Path; from pipeline.run import run; "
              f"s = run([{str(big)!r}], Path({str(tmp_path / 'out')!r}), model={str(tmp_path / 'blank')!r}, use_cache=False); "
              "print(json.dumps([s.articles, s.failed, s.entities, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024]))")
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, cwd=REPO, timeout=600)
    assert done.returncode == 0, done.stderr[-2000:]
    articles, failed, entities, peak_mb = json.loads(done.stdout.strip().splitlines()[-1])
    assert (articles, failed) == (1, 0) and entities > 0
    assert peak_mb < 1200, f"peak RSS {peak_mb} MB"


# ---- faults -----------------------------------------------------------------------------


def _corpus(path: Path, count: int) -> Path:
    """`count` distinct real articles: the seeds' paragraphs under new ids."""
    paragraphs = [p for seed in sorted(SAMPLES.iterdir()) for p in seed.read_text().split("\n\n") if len(p) > 80]
    with path.open("w", encoding="utf8") as out:
        for index in range(count):
            text = "\n\n".join(paragraphs[(index + k) % len(paragraphs)] for k in range(3))
            out.write(json.dumps({"id": f"art-{index}", "text": text, "published_at": "2019-05-14"}) + "\n")
    return path


def _newsgraph(*args: str) -> list[str]:
    return [sys.executable, "-c", "from pipeline.cli import main; main()", *args]


@pytest.mark.slow
def test_sigkill_mid_run_loses_nothing_and_rerun_resumes(tmp_path):
    out = tmp_path / "out"
    small = _corpus(tmp_path / "small.jsonl", 2)
    assert subprocess.run(_newsgraph("run", str(small), "--out", str(out), "-q"), cwd=REPO, timeout=300).returncode == 0
    previous = (out / "graph.json").read_bytes()
    corpus = _corpus(tmp_path / "corpus.jsonl", 60)
    process = subprocess.Popen(_newsgraph("run", str(corpus), "--out", str(out), "-q"), cwd=REPO)
    cache = out / ".cache"
    deadline = time.time() + 240
    while len(list(cache.glob("*/*.json"))) < 6 and time.time() < deadline and process.poll() is None:
        time.sleep(0.05)
    assert process.poll() is None, "the run finished before it could be killed"
    process.send_signal(signal.SIGKILL)
    process.wait()
    # graph.json is the previous complete file, the cache holds only complete entries
    assert (out / "graph.json").read_bytes() == previous
    entries = list(cache.glob("*/*.json"))
    for entry in entries:
        CacheEntry.model_validate_json(entry.read_bytes())
    done = subprocess.run(_newsgraph("run", str(corpus), "--out", str(out)), cwd=REPO, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr
    reused = int(done.stdout.split("(")[1].split(" from cache")[0])
    assert reused >= len(entries) - 2  # the two articles of the first run are not in this corpus
    assert load_graph(out / "graph.json").graph["articles"] == 60
    assert not list(out.glob(".*.tmp")) and not list(cache.glob("*/.*.tmp"))


def test_second_run_on_a_locked_output_directory_fails_clearly(tmp_path):
    from typer.testing import CliRunner

    from pipeline.cli import app

    out = tmp_path / "out"
    holder = subprocess.Popen([sys.executable, "-c", "import sys, time; from pipeline.files import output_lock\n"
                               f"with output_lock({str(out)!r}):\n    print('locked', flush=True); time.sleep(60)"],
                              cwd=REPO, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "locked"
        result = CliRunner().invoke(app, ["run", str(SAMPLES), "--out", str(out)])
        assert result.exit_code == 2
        assert f"error: {out}: another newsgraph run is writing to this directory" in result.output
        assert not (out / "graph.json").exists()
    finally:
        holder.kill()
        holder.wait()


@pytest.mark.slow
@pytest.mark.parametrize("code, message", [(errno.ENOSPC, "no space left on device"), (errno.EROFS, "not writable")])
def test_full_or_read_only_disk_is_a_clear_error_with_nothing_half_written(tmp_path, monkeypatch, code, message):
    from typer.testing import CliRunner

    from pipeline.cli import app

    out = tmp_path / "out"
    assert CliRunner().invoke(app, ["run", str(SAMPLES), "--out", str(out), "--no-cache"]).exit_code == 0
    before = {p.name: p.read_bytes() for p in out.iterdir() if p.is_file()}
    real_fsync = os.fsync

    def failing_fsync(fd):
        if Path(os.readlink(f"/proc/self/fd/{fd}")).name.endswith(".tmp"):
            raise OSError(code, os.strerror(code))
        return real_fsync(fd)

    monkeypatch.setattr(files.os, "fsync", failing_fsync)
    result = CliRunner().invoke(app, ["run", str(SAMPLES), "--out", str(out), "--no-cache"])
    assert result.exit_code == 2
    assert f"error: {out / 'graph.json'}: cannot write: {message}" in result.output
    assert {p.name: p.read_bytes() for p in out.iterdir() if p.is_file()} == before  # old files intact, no temp files


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes to read-only directories")
def test_read_only_output_directory_fails_before_any_work(tmp_path):
    from typer.testing import CliRunner

    from pipeline.cli import app

    out = tmp_path / "out"
    out.mkdir()
    out.chmod(0o555)
    result = CliRunner().invoke(app, ["run", str(SAMPLES), "--out", str(out)])
    assert result.exit_code == 2 and "cannot write to the output directory" in result.output


# ---- security ---------------------------------------------------------------------------


@pytest.mark.slow
def test_article_ids_never_become_paths(tmp_path):
    feed = tmp_path / "feed.jsonl"
    hostile_ids = ["../../escaped", "/tmp/newsgraph-escaped", "..", "a/b/c", "con:nul"]
    feed.write_text("".join(json.dumps({"id": i, "text": f"Rutte sprak met Merkel. ({n})"}) + "\n" for n, i in enumerate(hostile_ids)))
    out = tmp_path / "deep" / "out"
    summary = run([str(feed)], out)
    assert summary.articles == len(hostile_ids)
    written = {p.relative_to(tmp_path) for p in tmp_path.rglob("*") if p.is_file()}
    assert all(str(p).startswith("deep/out/") or p == Path("feed.jsonl") for p in written)
    assert not Path("/tmp/newsgraph-escaped").exists()
    assert {p.name for p in out.iterdir()} == {"graph.json", "graph.graphml", "graph.gexf", "entities.graphml", "entities.gexf",
                                              "manifest.json", ".runs", ".current", ".cache", ".newsgraph.lock"}


def test_no_pickle_or_eval_on_inputs():
    """Inputs are read with json and yaml.safe_load only; nothing in the package unpickles or evals."""
    sources = "\n".join(p.read_text() for p in (REPO / "pipeline").glob("*.py"))
    for forbidden in ("pickle.load", "yaml.load(", "eval(", "exec(", "yaml.unsafe_load", "marshal.load"):
        assert forbidden not in sources, forbidden
