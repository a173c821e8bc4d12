"""Words per second of a model against a standard spaCy efficiency pipeline for Dutch, same texts.

In:  the model to measure (a path or package, default models/nl_newsgraph), the corpus
     articles (the first --limit texts), --rounds
Out: a dict (and with --out, a key "model_vs_efficiency" merged into that JSON file):
     words/s of each pipeline per round, their medians and the ratio model / efficiency
     (with --baseline, the same for a second model, e.g. the previous bundled one).

The reference is what `spacy init config --lang nl --optimize efficiency` gives for the
bundled model's components (one tok2vec, width 96, shared by all of them, NER included),
untrained: its weights are random, but its speed is what a trained one runs at, as the
work per token does not depend on the weights. Its label sets are copied from the model
so both have output layers of the same size. The pipelines run alternately, round after
round, in one process pinned by the caller (`taskset -c 0`), so both see the same load.
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DEFAULT_ARTICLES = REPO.parent / "shared" / "corpora" / "dpg_news_2019" / "articles.jsonl"
# The bundled model's trained components, in the order `init config` knows them by.
COMPONENTS = ("morphologizer", "parser", "ner", "trainable_lemmatizer")


def efficiency_pipeline(model):
    """The untrained `init config --optimize efficiency` pipeline for `model`'s components.

    In: a loaded spaCy pipeline. Out: a new initialised pipeline, same language, same
    components and labels (the lemmatizer's edit trees are the model's)."""
    from spacy.cli.init_config import init_config
    from spacy.training import Example
    from spacy.util import load_model_from_config

    components = [name for name in COMPONENTS if name in model.pipe_names]
    config = init_config(lang=model.lang, pipeline=components, optimize="efficiency", gpu=False, pretraining=False, silent=True)
    nlp = load_model_from_config(config, auto_fill=True, validate=True)
    sample = [nlp.make_doc("Dit is een korte zin om de netwerken mee te initialiseren .")]
    examples = [Example(sample[0], sample[0].copy())]
    for name, pipe in nlp.pipeline:
        trained = model.get_pipe(name) if name in model.pipe_names else None
        if name == "trainable_lemmatizer":
            pipe.trees.from_bytes(trained.trees.to_bytes())
            pipe.cfg["labels"] = list(trained.cfg["labels"])
            pipe.model.get_ref("output_layer").set_dim("nO", len(pipe.cfg["labels"]))
            pipe.model.initialize(X=sample)
        elif name == "morphologizer":
            pipe.initialize(lambda: examples, nlp=nlp, labels={"morph": trained.label_data["morph"], "pos": trained.label_data["pos"]})
        elif name in ("parser", "ner"):
            pipe.initialize(lambda: examples, nlp=nlp, labels=trained.label_data)
        else:
            pipe.initialize(lambda: examples, nlp=nlp)
    return nlp


def texts_of(articles: Path, limit: int) -> list[str]:
    with articles.open(encoding="utf8") as lines:
        return [json.loads(line)["text"] for line, _ in zip(lines, range(limit))]


def words_per_second(nlp, texts: list[str], batch_size: int = 32) -> float:
    words = sum(len(text.split()) for text in texts)
    started = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=batch_size):
        pass
    return words / (time.perf_counter() - started)


def compare(model_name: str, articles: Path, limit: int = 300, rounds: int = 5, baseline: str | None = None) -> dict:
    """Alternate the model, its efficiency reference (and a baseline model, e.g. the previous
    bundled one) over the same texts, round after round; medians and ratios to the reference."""
    import spacy

    spacy.require_cpu()
    pipelines = {"model": spacy.load(model_name)}
    pipelines["efficiency"] = efficiency_pipeline(pipelines["model"])
    if baseline:
        pipelines["baseline"] = spacy.load(baseline)
    texts = texts_of(articles, limit)
    for nlp in pipelines.values():
        list(nlp.pipe(texts[:10]))  # warm-up
    runs: dict[str, list[float]] = {name: [] for name in pipelines}
    for _ in range(rounds):
        for name, nlp in pipelines.items():
            runs[name].append(words_per_second(nlp, texts))
    medians = {name: statistics.median(values) for name, values in runs.items()}
    result = {
        "model": model_name,
        "reference": "spacy init config --lang nl --optimize efficiency, " + ",".join(pipelines["efficiency"].pipe_names) + " (untrained)",
        "articles": len(texts),
        "words": sum(len(text.split()) for text in texts),
        "rounds": {name: [round(v) for v in values] for name, values in runs.items()},
        "model_words_per_second": round(medians["model"]),
        "efficiency_words_per_second": round(medians["efficiency"]),
        "ratio": round(medians["model"] / medians["efficiency"], 3),
    }
    if baseline:
        result.update({"baseline": baseline, "baseline_words_per_second": round(medians["baseline"]),
                       "baseline_ratio": round(medians["baseline"] / medians["efficiency"], 3)})
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", default=str(REPO / "models" / "nl_newsgraph"))
    parser.add_argument("--articles", type=Path, default=DEFAULT_ARTICLES)
    parser.add_argument("--limit", type=int, default=300)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--baseline", help="another model measured in the same rounds (e.g. the previous bundled one)")
    parser.add_argument("--out", type=Path, help="JSON file to merge the result into, under model_vs_efficiency")
    args = parser.parse_args()
    if not args.articles.is_file():
        raise SystemExit(f"error: {args.articles} not found; the comparison needs ../shared beside the repo")
    result = compare(args.model, args.articles, args.limit, args.rounds, args.baseline)
    if args.out:
        report = json.loads(args.out.read_text(encoding="utf8")) if args.out.is_file() else {}
        report["model_vs_efficiency"] = result
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_text(json.dumps(report, indent=2) + "\n", encoding="utf8")
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
