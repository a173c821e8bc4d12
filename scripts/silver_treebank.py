"""Silver UD training data: news sentences on which two independently trained parsers agree.

In:  two or more trained UD pipelines (the seed parsers of `make model`),
     build/corpus/raw_text.jsonl (from prepare_corpora.py; only its `news` lines are parsed)
Out: a DocBin of one-sentence Docs with heads and labels only (no tags, morphology or
     lemmas: those are left missing, so the silver data trains the parser alone)

The treebank has ~70k tokens; the parser gains from more, and sentences on which parsers
with different encoders agree arc for arc are mostly right (tri-training, Zhou & Li 2005;
Søgaard & Rishøj 2010). Sentences the parsers segment differently are skipped, and so are
very short and very long ones. models/README.md has what it gained on the Alpino test set.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import spacy
from spacy.tokens import Doc, DocBin, Span

MIN_TOKENS = 4
MAX_TOKENS = 50


def news_texts(raw: Path) -> list[str]:
    lines = (json.loads(line) for line in raw.open(encoding="utf8"))
    return [line["text"] for line in lines if line.get("source") == "news"]


def arcs(sentence: Span) -> list[tuple[int, str]]:
    return [(token.head.i - sentence.start, token.dep_) for token in sentence]


def misplaced_quote(sentence: Span) -> bool:
    """An opening quote left at the end (`… Sotsji. "`) or a closing one at the start: both
    seed parsers make this segmentation slip, and silver data would teach it."""
    first, last = sentence[0], sentence[-1]
    opening_at_end = len(sentence) > 1 and last.is_quote and bool(sentence[-2].whitespace_)
    closing_at_start = first.is_quote and bool(first.whitespace_)
    return opening_at_end or closing_at_start


def agreed_sentences(parses: list[Doc]) -> list[Span]:
    """The sentences of parses[0] that every other parse segments and parses the same way."""
    by_boundaries = [{(s.start, s.end): s for s in doc.sents} for doc in parses[1:]]
    agreed = []
    for sentence in parses[0].sents:
        if not MIN_TOKENS <= len(sentence) <= MAX_TOKENS or any(t.is_space for t in sentence):
            continue
        if misplaced_quote(sentence):
            continue
        own = arcs(sentence)
        others = [sents.get((sentence.start, sentence.end)) for sents in by_boundaries]
        if all(other is not None and arcs(other) == own for other in others):
            agreed.append(sentence)
    return agreed


def silver_doc(sentence: Span) -> Doc:
    spaces = [bool(token.whitespace_) for token in sentence]
    spaces[-1] = False
    heads, deps = zip(*arcs(sentence))
    return Doc(sentence.doc.vocab, words=[token.text for token in sentence], spaces=spaces, heads=list(heads), deps=list(deps))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--models", type=Path, nargs="+", required=True)
    parser.add_argument("--raw", type=Path, default=Path("build/corpus/raw_text.jsonl"))
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args()
    if len(args.models) < 2:
        parser.error("agreement needs at least two parsers")
    texts = news_texts(args.raw)
    pipelines = [spacy.load(path, exclude=["ner", "trainable_lemmatizer"]) for path in args.models]
    streams = [nlp.pipe(texts, batch_size=64) for nlp in pipelines]
    silver, seen = [], 0
    for parses in zip(*streams):
        seen += sum(1 for _ in parses[0].sents)
        silver += [silver_doc(sentence) for sentence in agreed_sentences(list(parses))]
    args.out.parent.mkdir(parents=True, exist_ok=True)
    DocBin(docs=silver, store_user_data=False).to_disk(args.out)
    tokens = sum(len(doc) for doc in silver)
    print(f"{args.out}: {len(silver)} of {seen} sentences agreed ({tokens} tokens)")


if __name__ == "__main__":
    main()
