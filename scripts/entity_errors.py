"""Counts of the entity error families of issue #18 on a run of articles (heuristic detectors).

    python -m scripts.entity_errors ARTICLES.jsonl [--limit 300] [--processes 2] [--examples 5] [--json OUT]

In:  articles (any input `newsgraph run` reads; the first `--limit` of them), processed by the
     current code; or `--extractions FILE`, extractions saved earlier with `--save FILE`.
Out: per family, a count, the count of each kind, and a few examples of each kind, printed
     (and written as JSON with `--json`).

Every detector (scripts/entity_detectors.py) is a heuristic over the article text and the
extracted entities, not gold: it over- and under-counts, but the same way before and after a
change, so it tells whether a family shrinks. Each one's docstring says what it counts;
`tests/test_entity_errors.py` checks each on examples.
"""

from __future__ import annotations

import argparse
import json
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

import networkx as nx

from pipeline.crosslink import cross_article_groups
from pipeline.kb import default_kb
from pipeline.lexicon import load_lexicon
from pipeline.schemas import Article, Extraction
from scripts.entity_detectors import (
    ArticleNames,
    Context,
    false_merges,
    missed_titled_names,
    names_of,
    split_nodes,
    wrong_spans,
    wrong_types,
)

ARTICLE_FAMILIES: dict[str, Callable[[Extraction, Context], Iterator[str]]] = {
    "missed or mistyped titled names": missed_titled_names,
    "wrong type": wrong_types,
    "wrong span": wrong_spans,
    "split nodes": split_nodes,
}


def merged_names(extractions: list[Extraction]) -> dict[str, ArticleNames]:
    """Graph entity node → the (doc id, name, type) of every article entity in it, keyed
    and linked across articles as the graph builder does (`GraphBuilder.finish`)."""
    graph = nx.DiGraph()
    members: dict[str, ArticleNames] = defaultdict(list)
    for extraction in extractions:
        for entity in extraction.entities:
            members[entity.key] += [(extraction.doc_id, name, entity.type) for name in names_of(entity)]
            if entity.key not in graph:
                graph.add_node(entity.key, kind="entity", name=entity.name, type=entity.type, kb_id=entity.kb_id, mentions=0)
            graph.nodes[entity.key]["mentions"] += len(entity.mentions)
    for keep, *others in cross_article_groups(graph):
        for other in others:
            members[keep] += members.pop(other)
    return members


def count(extractions: list[Extraction], context: Context, examples: int = 5) -> dict[str, dict]:
    """Family → {count, by kind (the text before a colon), examples}."""
    found: dict[str, list[str]] = {family: [] for family in [*ARTICLE_FAMILIES, "false merges across articles"]}
    for extraction in extractions:
        for family, detector in ARTICLE_FAMILIES.items():
            found[family] += [f"{extraction.doc_id}: {hit}" for hit in detector(extraction, context)]
    for node, names in sorted(merged_names(extractions).items()):
        found["false merges across articles"] += list(false_merges(node, names, context))
    report = {}
    for family, hits in found.items():
        shown: Counter[str] = Counter()
        kept = []
        for hit, kind in zip(hits, map(_kind, hits)):
            shown[kind] += 1
            if shown[kind] <= examples:
                kept.append(hit)
        report[family] = {"count": len(hits), "by kind": dict(sorted(Counter(map(_kind, hits)).items())), "examples": kept}
    return report


def _kind(hit: str) -> str:
    """`doc: kind: detail` (an article's) or `kind: detail` (a merge's) → kind."""
    parts = hit.split(": ", 2)
    return parts[-2] if len(parts) == 3 else parts[0]


def _extract(path: str, limit: int, processes: int) -> tuple[list[Extraction], dict[str, str]]:
    import pipeline.api  # noqa: F401  (pipeline.run imports the API's modules first)
    from pipeline.ingest import read_inputs
    from pipeline.nlp import resolve_model
    from pipeline.run import extract_articles

    articles: list[Article] = []
    for item in read_inputs([path]):
        if isinstance(item, Article):
            articles.append(item)
            if len(articles) == limit:
                break
    extractions = [e for e in extract_articles(articles, resolve_model(None), processes) if isinstance(e, Extraction)]
    return extractions, {a.id: a.text for a in articles}


def common_words(texts: Iterable[str]) -> frozenset[str]:
    counts = Counter(w for text in texts for w in re.findall(r"\b[^\W\d_]+\b", text) if w.islower())
    return frozenset(w for w, n in counts.items() if n >= 2)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("articles", nargs="?")
    parser.add_argument("--limit", type=int, default=300)
    parser.add_argument("--processes", type=int, default=1)
    parser.add_argument("--examples", type=int, default=5)
    parser.add_argument("--extractions", help="read extractions (and texts) saved with --save instead of extracting")
    parser.add_argument("--save", help="save the extractions and texts here")
    parser.add_argument("--json", help="write the counts here")
    args = parser.parse_args(argv)
    if args.extractions:
        saved = json.loads(Path(args.extractions).read_text(encoding="utf8"))
        extractions, texts = [Extraction.model_validate(e) for e in saved["extractions"]], saved["texts"]
    elif args.articles:
        extractions, texts = _extract(args.articles, args.limit, args.processes)
    else:
        parser.error("give ARTICLES or --extractions")
    if args.save:
        Path(args.save).write_text(json.dumps({"extractions": [e.model_dump(mode="json") for e in extractions], "texts": texts}), encoding="utf8")
    context = Context(texts, default_kb(), load_lexicon(), common_words(texts.values()))
    report = count(extractions, context, args.examples)
    for family, figures in report.items():
        print(f"{family}: {figures['count']}  {figures['by kind']}")
        for example in figures["examples"]:
            print(f"    {example}")
    if args.json:
        Path(args.json).write_text(json.dumps(report, ensure_ascii=False, indent=1), encoding="utf8")


if __name__ == "__main__":
    main()
