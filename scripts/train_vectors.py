"""Train static word vectors on the unlabelled Dutch text, for the NER tok2vec.

In:  build/corpus/raw_text.jsonl (from prepare_corpora.py)
Out: build/vectors.txt (word2vec text format; `spacy init vectors` turns it into a table)

Tokenised with the same spaCy Dutch tokenizer the pipeline uses, so the table's keys are
the pipeline's tokens. Single-threaded with a fixed seed: the same corpus gives the same table.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import spacy
from gensim.models import Word2Vec


def sentences(path: Path):
    tokenizer = spacy.blank("nl").tokenizer
    for line in path.open(encoding="utf8"):
        doc = tokenizer(json.loads(line)["text"])
        yield [token.text for token in doc if not token.is_space]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--raw", type=Path, default=Path("build/corpus/raw_text.jsonl"))
    parser.add_argument("--out", type=Path, default=Path("build/vectors.txt"))
    parser.add_argument("--dim", type=int, default=100)
    args = parser.parse_args()
    corpus = list(sentences(args.raw))
    model = Word2Vec(corpus, vector_size=args.dim, window=5, min_count=3, sg=1, negative=10, epochs=10, workers=1, seed=0)
    model.wv.save_word2vec_format(str(args.out))
    print(f"{args.out}: {len(model.wv)} words x {args.dim}")


if __name__ == "__main__":
    main()
