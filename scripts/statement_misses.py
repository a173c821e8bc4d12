"""Why gold statements are missed: counts of miss families per gold split (issue #19).

    python -m scripts.statement_misses --gold data/gold --articles ARTICLES... [--show tune]

In:  a gold directory and the article files holding its articles, processed by the current
     code (the extraction cache answers what is unchanged).
Out: per split, each missed core statement counted under one family, and under the
     speaker's place in the text; `--show SPLIT` also lists that split's misses (use it on
     `tune` only: held-out and reserved items are measured, never read).

Families, first that applies:
- `speaker not a node`: no system entity has one of the gold speaker's surface forms;
- `other speaker`: a statement holds the key, but it is given to someone else;
- `no statement, speech verb in sentence`: no statement holds the key, and the key's
  sentence has a verb of `speech_verbs.txt`: the attribution pattern was not recognised;
- `no statement, quote without a verb`: the key stands in quotation marks in a sentence with
  no speech verb (a run-on quote, an introduced quote, a quote with a colon label);
- `no statement, no speech verb`: the cue is a word or phrase outside the lexicon.
The speaker's place: named in the key's sentence, in one of the three sentences before it,
or not named nearby (a pronoun or description stands for them).
"""

from __future__ import annotations

import argparse
from collections import Counter

from pipeline.evaluate import _match_statements, entity_mapping
from pipeline.gold import GoldArticle, GoldStatement, load_splits
from pipeline.ingest import read_inputs
from pipeline.lexicon import Lexicon, load_lexicon
from pipeline.names import fold
from pipeline.nlp import load_model, resolve_model
from pipeline.quotes import Quote, find_quotes
from pipeline.run import ArticleFailure, extract_articles
from pipeline.schemas import Article, Extraction


def _sentence_of(key: str, sentences: list[str]) -> int | None:
    folded = fold(key)
    return next((i for i, sentence in enumerate(sentences) if folded in fold(sentence)), None)


def _in_quotes(key: str, text: str, quotes: list[Quote]) -> bool:
    start = fold(text).find(fold(key))
    return start >= 0 and any(q.start <= start < q.end for q in quotes)


def family(item: GoldStatement, gold: GoldArticle, extraction: Extraction, sentences: list[str],
           speech_lemmas: list[set[str]], quotes: list[Quote], text: str) -> tuple[str, str]:
    """(miss family, speaker's place) of a missed gold statement."""
    forms = {fold(form) for form in [item.speaker, *gold.entities.get(item.speaker, [])]}
    key = fold(item.key)
    index = _sentence_of(item.key, sentences)
    if index is None:
        place = "key not in one sentence"
    elif any(form in fold(sentences[index]) for form in forms):
        place = "named in the sentence"
    elif any(form in fold(sentence) for sentence in sentences[max(0, index - 3):index] for form in forms):
        place = "named just before"
    else:
        place = "not named nearby"
    if not any(fold(e.name) in forms or any(fold(m.text) in forms for m in e.mentions) for e in extraction.entities):
        return "speaker not a node", place
    if any(key in fold(f"{s.evidence.sentence} {s.text}") for s in extraction.statements):
        return "other speaker", place
    if index is not None and speech_lemmas[index]:
        return "no statement, speech verb in sentence", place
    if _in_quotes(item.key, text, quotes):
        return "no statement, quote without a verb", place
    return "no statement, no speech verb", place


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", required=True)
    parser.add_argument("--articles", nargs="+", required=True)
    parser.add_argument("--show", default="", help="a split whose misses are listed (tune only)")
    args = parser.parse_args()
    splits = load_splits(args.gold)
    wanted = {doc_id for split in splits.values() for doc_id in split}
    articles = {a.id: a for a in read_inputs(args.articles) if isinstance(a, Article) and a.id in wanted}
    choice = resolve_model()
    extractions = {e.doc_id: e for e in extract_articles(list(articles.values()), choice) if not isinstance(e, ArticleFailure)}
    nlp, lexicon = load_model(choice), load_lexicon()
    for name, split in splits.items():
        families: Counter[str] = Counter()
        places: Counter[tuple[str, str]] = Counter()
        for doc_id, gold in sorted(split.items()):
            if doc_id not in extractions:
                continue
            missed = _missed(gold, extractions[doc_id])
            if not missed:
                continue
            doc = nlp(articles[doc_id].text)
            sentences = [s.text for s in doc.sents]
            lemmas = [_speech_lemmas(s, lexicon) for s in doc.sents]
            for item in missed:
                found = family(item, gold, extractions[doc_id], sentences, lemmas, find_quotes(doc.text), doc.text)
                families[found[0]] += 1
                places[found] += 1
                if args.show == name:
                    print(f"{name} {doc_id} [{found[0]} / {found[1]}] {item.kind} {item.speaker}: {item.key!r}")
        total = sum(families.values())
        print(f"\n{name}: {total} missed core statements")
        for label, count in families.most_common():
            by_place = ", ".join(f"{place} {n}" for (fam, place), n in sorted(places.items()) if fam == label)
            print(f"  {count:4d}  {label}  ({by_place})")


def _speech_lemmas(sentence, lexicon: Lexicon) -> set[str]:
    return {t.lemma_.lower() for t in sentence if t.pos_ in {"VERB", "AUX"}} & lexicon.speech_verbs


def _missed(gold: GoldArticle, extraction: Extraction) -> list[GoldStatement]:
    mapping = entity_mapping(extraction, gold)
    matched = _match_statements(extraction, gold, lambda key: mapping.get(key, f"<{key}>"))
    return [item for index, item in enumerate(gold.statements) if not item.optional and index not in matched]


if __name__ == "__main__":
    main()
