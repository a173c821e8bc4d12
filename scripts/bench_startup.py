"""Where a newsgraph process's start-up goes: imports, knowledge base, lexicon, model.

In:  nothing (the shipped data/kb/, data/lexicon/ and the model newsgraph resolves, or --model)
Out: JSON on stdout (`make bench` stores it under "startup" in outputs/bench.json)

Each part is timed in a fresh process, in alternating rounds, and the medians are given:
  imports         import pipeline.run (spaCy, pydantic, networkx, every stage's module)
  kb_build        the knowledge base built from data/kb/ (what every process did before)
  kb_load         the same from its compact file (pipeline/kb_store.py), as every process
                  after the first now does
  lexicon         data/lexicon/ read into the Lexicon
  spacy_load      bare spacy.load of the model
  model_load      newsgraph's load_model: spacy.load plus its own components (the KB, the
                  known-names tables of its 24k names read from their file, titled persons,
                  name repair), as every process after the first does
The KB and lexicon must load in well under a second; model_load - spacy_load is what the
newsgraph components add to what bare spaCy costs anyway.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
PARTS = ("imports", "kb_build", "kb_load", "lexicon", "spacy_load", "model_load")


def measure(part: str, model: str | None) -> float:
    """Seconds `part` takes in this (fresh) process."""
    started = time.perf_counter()
    if part == "imports":
        import pipeline.run  # noqa: F401
        return time.perf_counter() - started
    from pipeline import kb, lexicon, nlp

    choice = nlp.resolve_model(model)
    started = time.perf_counter()
    if part == "kb_build":
        kb.build_kb()
    elif part == "kb_load":
        kb.load_kb()
    elif part == "lexicon":
        lexicon.load_lexicon()
    elif part == "spacy_load":
        import spacy

        spacy.load(choice.location)
    elif part == "model_load":
        nlp.load_model(choice)
    return time.perf_counter() - started


def startup_figures(model: str | None = None, rounds: int = 5) -> dict:
    """Median seconds of each part over `rounds` fresh processes, parts alternating."""
    env = {**os.environ, "PYTHONPATH": str(REPO), "OMP_NUM_THREADS": "1", "OPENBLAS_NUM_THREADS": "1"}
    env.setdefault("NEWSGRAPH_CACHE_DIR", tempfile.mkdtemp(prefix="newsgraph-startup-"))
    extra = ["--model", model] if model else []
    _one("model_load", extra, env)  # the first process writes the KB's compact file and the known-names tables
    samples: dict[str, list[float]] = {part: [] for part in PARTS}
    for _ in range(rounds):
        for part in PARTS:
            samples[part].append(_one(part, extra, env))
    medians = {part: round(statistics.median(values), 3) for part, values in samples.items()}
    return {
        "seconds": medians,
        "rounds": rounds,
        "kb_speedup": round(medians["kb_build"] / medians["kb_load"], 1),
        "kb_and_lexicon_seconds": round(medians["kb_load"] + medians["lexicon"], 3),
        "components_seconds": round(medians["model_load"] - medians["spacy_load"], 3),
    }


def _one(part: str, extra: list[str], env: dict) -> float:
    done = subprocess.run([sys.executable, __file__, "_part", part, *extra], env=env, cwd=REPO, capture_output=True, text=True)
    if done.returncode != 0:
        raise SystemExit(f"start-up part {part} failed:\n{done.stderr[-2000:]}")
    return float(done.stdout.strip().splitlines()[-1])


def main() -> None:
    if len(sys.argv) > 2 and sys.argv[1] == "_part":
        parser = argparse.ArgumentParser()
        parser.add_argument("part", choices=PARTS)
        parser.add_argument("--model", default=None)
        args = parser.parse_args(sys.argv[2:])
        print(measure(args.part, args.model))
        return
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", default=None)
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    print(json.dumps(startup_figures(args.model, args.rounds), indent=2))


if __name__ == "__main__":
    main()
