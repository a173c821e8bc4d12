"""Start-up of a newsgraph process: the model's tokenizer is read once with the acronym
rule (pipeline/nlp.py), and scripts/bench_startup.py measures each part."""

from __future__ import annotations

import os

import pytest

from .conftest import REPO, SAMPLES


def test_the_bundled_models_tokenizer_is_read_once_with_the_acronym_rule(monkeypatch):
    """Setting the rules after spacy.load compiled the ~4,600 special cases twice; read with
    them, the tokenizer is the same and `split_words_from_periods` has nothing left to do.
    The language's default tokenizer is not built first either."""
    from spacy.lang.nl import Dutch

    defaults_built = []
    monkeypatch.setattr(Dutch.Defaults, "tokenizer_exceptions", _Counting(Dutch.Defaults.tokenizer_exceptions, defaults_built))
    import spacy

    from pipeline import nlp as stage

    choice = stage.ModelChoice(str(stage.BUNDLED_MODEL), is_package=False)
    old = spacy.load(choice.location)
    stage.split_words_from_periods(old)
    set_again = []
    monkeypatch.setattr(stage, "split_words_from_periods", set_again.append)
    new = stage._load_pipeline(choice)
    assert set_again == []
    # read into an empty tokenizer, not into the language's default one built first: the same state
    assert new.tokenizer.to_bytes(exclude=["vocab"]) == old.tokenizer.to_bytes(exclude=["vocab"])
    assert new.tokenizer.rules == old.tokenizer.rules
    for attribute in ("prefix_search", "suffix_search", "infix_finditer", "token_match", "url_match"):
        assert _pattern(getattr(new.tokenizer, attribute)) == _pattern(getattr(old.tokenizer, attribute)), attribute
    texts = ["oorlog met de VS. We zien het bij ING. Zie vs. dat, o.a. in 't Gooi: https://nos.nl/x?y=1 (Rutte's 2e) 12.30 uur"]
    texts += [path.read_text(encoding="utf8") for path in sorted(SAMPLES.iterdir())]
    for text in texts:
        assert [(t.text, t.whitespace_) for t in new.tokenizer(text)] == [(t.text, t.whitespace_) for t in old.tokenizer(text)]
    assert new.pipe_names == old.pipe_names
    assert len(defaults_built) == 1  # by the plain spacy.load above only


class _Counting(dict):
    """The language's special cases, counting how often a default tokenizer reads them."""

    def __init__(self, cases: dict, reads: list):
        super().__init__(cases)
        self.reads = reads

    def items(self):  # type: ignore[override]
        self.reads.append(1)
        return super().items()


def _pattern(method) -> str | None:
    """The regex a tokenizer's `prefix_search` and the like are the bound methods of."""
    return None if method is None else method.__self__.pattern


def test_bench_startup_times_each_part_in_a_fresh_process(tmp_path):
    from scripts import bench_startup

    seconds = bench_startup._one("kb_load", [], {**os.environ, "NEWSGRAPH_CACHE_DIR": str(tmp_path), "PYTHONPATH": str(REPO)})
    assert 0 < seconds < 30
    assert list(tmp_path.glob("kb-*.json"))  # the fresh process wrote the compact file


_FAULTS_OF_LARGE_BLOCKS = """
import resource, sys
from pipeline.nlp import keep_freed_memory
kept = keep_freed_memory() if sys.argv[1] == "keep" else False
before = resource.getrusage(resource.RUSAGE_SELF).ru_minflt
for _ in range(20):
    block = bytearray(40 * 2**20)  # above glibc's largest mmap threshold of its own (32 MB)
    del block
print(kept, resource.getrusage(resource.RUSAGE_SELF).ru_minflt - before)
"""


def test_a_process_that_keeps_freed_memory_does_not_fault_a_freed_block_in_again(tmp_path):
    """The model's per-batch arrays freed and asked for again: with glibc's own settings each
    40 MB block is mapped and page-faulted anew; with `keep_freed_memory` it is reused."""
    import subprocess
    import sys

    env = {k: v for k, v in os.environ.items() if not k.startswith("MALLOC_")} | {"PYTHONPATH": str(REPO)}
    faults = {}
    for mode in ("keep", "default"):
        done = subprocess.run([sys.executable, "-c", _FAULTS_OF_LARGE_BLOCKS, mode], env=env, capture_output=True, text=True, check=True)
        kept, faults[mode] = done.stdout.split()
        if mode == "keep" and kept != "True":
            pytest.skip("not glibc: malloc's settings are its own")
    assert int(faults["keep"]) * 10 < int(faults["default"])
    done = subprocess.run([sys.executable, "-c", _FAULTS_OF_LARGE_BLOCKS, "keep"], env=env | {"MALLOC_TRIM_THRESHOLD_": "65536"},
                          capture_output=True, text=True, check=True)
    assert done.stdout.split()[0] == "False"  # the user's (or Dask's) own malloc settings stand
