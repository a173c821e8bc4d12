"""Score a spaCy pipeline on the held-out test sets; writes the figures the model card quotes.

In:  a model (path or package), build/corpus/{ner_test,ud_test}.spacy (from prepare_corpora.py),
     ../shared/corpora/dpg_news_2019/articles.jsonl for the speed measurement
Out: JSON on stdout or --out: NER P/R/F (overall and per label) on CoNLL-2002 ned.testb,
     UPOS / morphology / lemma accuracy and UAS / LAS on UD Alpino test, size on disk,
     words per second with nlp.pipe on one core.
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

import spacy
from spacy.tokens import DocBin
from spacy.training import Example

from pipeline.nlp import ModelChoice, load_model

# Labels of the OntoNotes scheme that correspond to CoNLL's, so nl_core_news models can be
# scored on CoNLL-2002 too (their other labels, dates and numbers, have no CoNLL counterpart).
ONTONOTES_TO_CONLL = {"PERSON": "PER", "ORG": "ORG", "GPE": "LOC", "LOC": "LOC", "FAC": "LOC",
                      "NORP": "MISC", "EVENT": "MISC", "PRODUCT": "MISC", "WORK_OF_ART": "MISC", "LANGUAGE": "MISC", "LAW": "MISC"}


def examples(nlp, path: Path) -> list[Example]:
    docs = DocBin().from_disk(path).get_docs(nlp.vocab)
    return [Example(nlp.make_doc(doc.text), doc) for doc in docs]


def score_ner(nlp, path: Path) -> dict:
    gold = examples(nlp, path)
    predicted = list(nlp.pipe((eg.predicted for eg in gold), batch_size=64))
    if not set(nlp.get_pipe("ner").labels) <= {"PER", "ORG", "LOC", "MISC"}:
        for doc in predicted:
            spans = [spacy.tokens.Span(doc, e.start, e.end, ONTONOTES_TO_CONLL[e.label_]) for e in doc.ents if e.label_ in ONTONOTES_TO_CONLL]
            doc.ents = spans
    scored = [Example(doc, eg.reference) for doc, eg in zip(predicted, gold)]
    scores = spacy.scorer.Scorer.score_spans(scored, "ents")
    return {
        "ents_p": round(scores["ents_p"], 4), "ents_r": round(scores["ents_r"], 4), "ents_f": round(scores["ents_f"], 4),
        "per_type": {label: {k: round(v, 4) for k, v in prf.items()} for label, prf in sorted(scores["ents_per_type"].items())},
    }


def score_ud(nlp, path: Path) -> dict:
    scores = nlp.evaluate(examples(nlp, path))
    keys = ["pos_acc", "morph_acc", "lemma_acc", "dep_uas", "dep_las", "sents_f"]
    return {key: round(scores[key], 4) for key in keys if scores.get(key) is not None}


def words_per_second(nlp, articles: Path, limit: int = 300) -> dict:
    texts = [json.loads(line)["text"] for line, _ in zip(articles.open(encoding="utf8"), range(limit))]
    words = sum(len(text.split()) for text in texts)
    list(nlp.pipe(texts[:10]))  # warm-up
    started = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=32):
        pass
    seconds = time.perf_counter() - started
    return {"articles": len(texts), "words": words, "seconds": round(seconds, 2), "words_per_second": round(words / seconds)}


def size_on_disk(model: str) -> float | None:
    path = Path(model)
    if not path.is_dir():
        return None
    return round(sum(f.stat().st_size for f in path.rglob("*") if f.is_file()) / 1_000_000, 1)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("model", nargs="?", default="models/nl_newsgraph")
    parser.add_argument("--corpus", type=Path, default=Path("build/corpus"))
    parser.add_argument("--articles", type=Path, default=Path("../shared/corpora/dpg_news_2019/articles.jsonl"))
    parser.add_argument("--out", type=Path)
    args = parser.parse_args()
    spacy.require_cpu()
    nlp = spacy.load(args.model)
    result = {"model": f"{nlp.meta['lang']}_{nlp.meta['name']}-{nlp.meta['version']}", "pipeline": nlp.pipe_names}
    if "ner" in nlp.pipe_names:
        result["ner_conll2002_testb"] = score_ner(nlp, args.corpus / "ner_test.spacy")
        # The same, as newsgraph runs it: plus the knowledge-base ruler and titled persons.
        newsgraph_nlp = load_model(ModelChoice(str(Path(args.model).resolve()), is_package=not Path(args.model).is_dir()))
        result["ner_conll2002_testb_newsgraph"] = score_ner(newsgraph_nlp, args.corpus / "ner_test.spacy")
    if "parser" in nlp.pipe_names:
        result["ud_alpino_test"] = score_ud(nlp, args.corpus / "ud_test.spacy")
    result["size_mb"] = size_on_disk(args.model)
    if args.articles.is_file():
        result["speed_one_core"] = words_per_second(nlp, args.articles)
    text = json.dumps(result, indent=2, ensure_ascii=False)
    if args.out:
        args.out.write_text(text + "\n", encoding="utf8")
    print(text)


if __name__ == "__main__":
    main()
