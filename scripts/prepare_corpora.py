"""Convert the shared corpora into spaCy DocBin files for `make model`.

In:  ../shared/corpora/{conll2002,ud_dutch,dpg_news_2019} (read-only, never copied into git)
Out: build/corpus/{ner_train,ner_dev,ner_train_dev,ner_test,ud_train,ud_dev,ud_test}.spacy
     build/corpus/raw_text.jsonl (unlabelled Dutch text: word vectors, silver treebank)

The UD split follows the corpus README: Alpino test is held out, the other three files are
training data except every tenth document, which becomes the development set.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import spacy
from spacy.tokens import DocBin
from spacy.tokens import Doc
from spacy.training.converters import conllu_to_docs
from spacy.vocab import Vocab

UD_TRAIN_FILES = ("nl_alpino-ud-dev.conllu", "nl_lassysmall-ud-dev.conllu", "nl_lassysmall-ud-test.conllu")
UD_TEST_FILE = "nl_alpino-ud-test.conllu"
DEV_EVERY = 10


def _strip_compound_marks(doc):
    """Alpino lemmas mark compound joints and separable verbs with '_' (klooster_orde,
    mee_doen); the lemmatizer should learn the written form."""
    for token in doc:
        if "_" in token.lemma_ and "_" not in token.text:
            token.lemma_ = token.lemma_.replace("_", "")
    return doc


def ud_docs(path: Path):
    text = path.read_text(encoding="utf8")
    return [_strip_compound_marks(d) for d in conllu_to_docs(text, n_sents=10, merge_subtokens=True, no_print=True)]


def ner_docs(path: Path, vocab: Vocab | None = None, n_sents: int = 10) -> list[Doc]:
    """CoNLL-2002 `word POS IOB` lines, blank line between sentences, -DOCSTART- between
    documents; n_sents sentences become one Doc. A few hundred lines lost their POS column
    in the corpus's encoding history, so the tag is always taken from the last column."""
    vocab = vocab or Vocab()
    docs: list[Doc] = []
    sentences: list[list[tuple[str, str]]] = []
    sentence: list[tuple[str, str]] = []

    def flush_doc() -> None:
        if sentences:
            words = [w for s in sentences for w, _ in s]
            tags = [t for s in sentences for _, t in s]
            starts = [i == 0 for s in sentences for i in range(len(s))]
            docs.append(Doc(vocab, words=words, ents=tags, sent_starts=starts))
            sentences.clear()

    for line in path.read_text(encoding="utf8").splitlines() + [""]:
        cols = line.split()
        if cols and cols[0] == "-DOCSTART-":
            flush_doc()
        elif cols:
            sentence.append((cols[0], cols[-1]))
        elif sentence:
            sentences.append(sentence)
            sentence = []
            if len(sentences) == n_sents:
                flush_doc()
    flush_doc()
    return docs


def save(docs, path: Path) -> None:
    DocBin(docs=docs, store_user_data=False).to_disk(path)
    print(f"{path.name}: {len(docs)} docs, {sum(len(d) for d in docs)} tokens")


def main(shared: Path, out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    corpora = shared / "corpora"
    conll = corpora / "conll2002"
    ner_train, ner_dev = ner_docs(conll / "ned.train"), ner_docs(conll / "ned.testa")
    save(ner_train, out / "ner_train.spacy")
    save(ner_dev, out / "ner_dev.spacy")
    # The shipped NER trains on train + testa for the number of steps chosen on testa
    # (models/README.md); ned.testb stays untouched for the reported score.
    save(ner_train + ner_dev, out / "ner_train_dev.spacy")
    save(ner_docs(conll / "ned.testb"), out / "ner_test.spacy")

    ud = corpora / "ud_dutch"
    train, dev = [], []
    for name in UD_TRAIN_FILES:
        for i, doc in enumerate(ud_docs(ud / name)):
            (dev if i % DEV_EVERY == 0 else train).append(doc)
    save(train, out / "ud_train.spacy")
    save(dev, out / "ud_dev.spacy")
    save(ud_docs(ud / UD_TEST_FILE), out / "ud_test.spacy")

    # Unlabelled text for the word vectors, and its news part for the silver treebank: the
    # news articles and the training sides of both corpora. The NER and UD test sets are
    # left out so the held-out scores stay honest.
    with (out / "raw_text.jsonl").open("w", encoding="utf8") as raw:

        def write(text: str, source: str) -> None:
            raw.write(json.dumps({"text": text, "source": source}, ensure_ascii=False) + "\n")

        for line in (corpora / "dpg_news_2019" / "articles.jsonl").open(encoding="utf8"):
            for paragraph in json.loads(line)["text"].split("\n"):
                if paragraph.strip():
                    write(paragraph.strip(), "news")
        for doc in ner_docs(conll / "ned.train"):
            write(doc.text, "news")
        for doc in train:
            write(doc.text, "treebank")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=Path("../shared"))
    parser.add_argument("--out", type=Path, default=Path("build/corpus"))
    args = parser.parse_args()
    if not (args.shared / "corpora").is_dir():
        raise SystemExit(f"error: {args.shared / 'corpora'} not found; `make model` needs ../shared beside the repo")
    spacy.require_cpu()
    main(args.shared, args.out)
