"""Silver NER data: news paragraphs annotated by a teacher NER, to distil it into a smaller one.

In:  a teacher pipeline with an ner (the previous bundled model), the DpgMedia2019 articles
     (../shared/corpora/dpg_news_2019/articles.jsonl), data/gold (its articles are left out,
     so the relation evaluation never meets text the NER was trained on), --max-words
Out: a DocBin of paragraphs, each with the teacher's entities as complete annotation
     (a token outside every entity is O), in corpus order until --max-words words.

A student on a cheaper encoder learns from CoNLL-2002 gold plus these paragraphs: more
(and more recent) names than the gold's 200k words carry, at the teacher's accuracy.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import spacy
from spacy.tokens import DocBin

REPO = Path(__file__).resolve().parent.parent


def gold_ids(gold: Path) -> set[str]:
    return {path.stem for path in gold.rglob("*.json")}


def paragraphs(articles: Path, skip: set[str], max_words: int):
    words = 0
    with articles.open(encoding="utf8") as lines:
        for number, line in enumerate(lines, 1):
            if not line.strip():
                continue
            try:
                article = json.loads(line)
            except json.JSONDecodeError as error:
                raise SystemExit(f"error: {articles}:{number}: not JSON ({error})") from None
            if str(article.get("id")) in skip:
                continue
            for paragraph in (article.get("text") or "").split("\n"):
                paragraph = paragraph.strip()
                if len(paragraph.split()) < 4:
                    continue
                yield paragraph
                words += len(paragraph.split())
                if words >= max_words:
                    return


def silver(teacher: str, articles: Path, gold: Path, out: Path, max_words: int) -> tuple[int, int]:
    """Annotate and save; (paragraphs, entities) out."""
    nlp = spacy.load(teacher, exclude=[name for name in ("morphologizer", "parser", "trainable_lemmatizer", "lemmatizer")])
    if "tok2vec" in nlp.pipe_names and not nlp.get_pipe("tok2vec").listening_components:
        nlp.remove_pipe("tok2vec")
    bin_ = DocBin(attrs=["ENT_IOB", "ENT_TYPE"], store_user_data=False)
    count = ents = 0
    for doc in nlp.pipe(paragraphs(articles, gold_ids(gold), max_words), batch_size=64):
        bin_.add(doc)
        count += 1
        ents += len(doc.ents)
    bin_.to_disk(out)
    return count, ents


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--teacher", default=str(REPO / "models" / "nl_newsgraph"))
    parser.add_argument("--articles", type=Path, default=REPO.parent / "shared" / "corpora" / "dpg_news_2019" / "articles.jsonl")
    parser.add_argument("--gold", type=Path, default=REPO / "data" / "gold")
    parser.add_argument("--max-words", type=int, default=250_000)
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args()
    spacy.require_cpu()
    paragraphs_, entities = silver(args.teacher, args.articles, args.gold, args.out, args.max_words)
    print(f"{args.out.name}: {paragraphs_} paragraphs, {entities} entities")
