"""Check gold files against the article texts they annotate, before they are used.

A gold file can parse and still be useless: a statement key that is not verbatim in the
article never matches, a surface form that the text never uses never maps a system entity.
This reports, one line each, file by file: format errors (`load_gold`), keys not found in
the article's text, keys that span a sentence boundary, surface forms not in the text,
meetings without a type from ANNOTATION.md, and a missing topic. Exit 1 when any error.

    python -m scripts.check_gold data/gold/tune data/gold/heldout --shared ../shared
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from pipeline.gold import GoldError, load_gold

MEETING_TYPES = {"meeting", "call", "visit"}


def article_texts(shared: Path, samples: Path) -> dict[str, str]:
    """Article id → title and text, from the corpus and the bundled samples."""
    texts = {}
    corpus = shared / "corpora" / "dpg_news_2019" / "articles.jsonl"
    if corpus.exists():
        with open(corpus, encoding="utf8") as handle:
            for line in handle:
                record = json.loads(line)
                texts[str(record["id"])] = f"{record['title']}\n{record['text']}"
    for path in samples.glob("*.txt"):
        texts[path.stem] = path.read_text(encoding="utf8")
    return texts


def problems(directory: Path, texts: dict[str, str]) -> list[str]:
    try:
        gold = load_gold(directory)
    except GoldError as err:
        return [str(err)]
    found = []
    for doc_id, article in gold.items():
        where = f"{directory}/{doc_id}.json"
        text = texts.get(doc_id)
        if text is None:
            found.append(f"{where}: no article with this id")
            continue
        flat = " ".join(text.split())
        if article.topic is None:
            found.append(f"{where}: no topic")
        for statement in article.statements:
            key = " ".join(statement.key.split())
            if key not in flat:
                found.append(f"{where}: key not verbatim in the article: {statement.key!r}")
            elif any(mark in key.rstrip(".!?") for mark in (". ", "? ", "! ")):
                found.append(f"{where}: key spans sentences: {statement.key!r}")
        for name, forms in article.entities.items():
            for form in forms:
                if " ".join(form.split()).casefold() not in flat.casefold():
                    found.append(f"{where}: surface form of {name!r} not in the text: {form!r}")
        for meeting in article.meetings:
            if meeting.type not in MEETING_TYPES:
                found.append(f"{where}: meeting type {meeting.type!r} is not one of {sorted(MEETING_TYPES)}")
        if article.partial and article.statements:
            found.append(f"{where}: a partial (meeting recall) file annotates no statements")
    return found


def gold_directories_and_texts(description: str) -> tuple[list[Path], dict[str, str]]:
    """The command line the gold scripts share: gold directories, `--shared`, `--samples`
    → (the directories, article id → text)."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("directories", nargs="+", type=Path)
    parser.add_argument("--shared", type=Path, default=Path("../shared"))
    parser.add_argument("--samples", type=Path, default=Path("data/samples"))
    args = parser.parse_args()
    return args.directories, article_texts(args.shared, args.samples)


def main() -> None:
    directories, texts = gold_directories_and_texts(__doc__.splitlines()[0])
    found = [line for directory in directories for line in problems(directory, texts)]
    print("\n".join(found) if found else "gold files OK")
    sys.exit(1 if found else 0)


if __name__ == "__main__":
    main()
