"""Issue 18's missed-name family, counted: foreign persons right after a title or function.

In:  a model (path or package), models/augment/title_probe.tsv (hand-written sentences and
     the person each names), models/augment/foreign_names.tsv (the augmentation's names)
Out: JSON on stdout: how many of the persons the model's NER finds as PER with exactly
     the written span, over all sentences and over those whose name shares no word with
     the augmentation table (the names training never saw), and the misses.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
PROBE = REPO / "models" / "augment" / "title_probe.tsv"


def read_probe(path: Path = PROBE) -> list[tuple[str, str]]:
    rows = []
    for number, line in enumerate(path.read_text(encoding="utf8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        sentence, _, name = line.partition("\t")
        if not name or name not in sentence:
            raise SystemExit(f"error: {path}:{number}: expected a sentence, a tab and a name it contains")
        rows.append((sentence, name))
    return rows


def table_words() -> set[str]:
    from scripts.augment_ner import read_traditions

    words: set[str] = set()
    for tradition in read_traditions():
        for name in tradition.given + tradition.family:
            words.update(name.split())
    return words


def probe(nlp, rows: list[tuple[str, str]]) -> dict:
    seen = table_words()
    found, unseen_total, unseen_found, misses = 0, 0, 0, []
    for doc, (_, name) in zip(nlp.pipe(sentence for sentence, _ in rows), rows):
        hit = any(ent.label_ == "PER" and ent.text == name for ent in doc.ents)
        unseen = not (set(name.split()) & seen)
        found += hit
        unseen_total += unseen
        unseen_found += hit and unseen
        if not hit:
            misses.append({"name": name, "ents": [[ent.text, ent.label_] for ent in doc.ents]})
    return {"persons": len(rows), "found": found, "unseen_names": unseen_total, "unseen_found": unseen_found, "misses": misses}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("model", nargs="?", default=str(REPO / "models" / "nl_newsgraph"))
    args = parser.parse_args()
    import spacy

    print(json.dumps(probe(spacy.load(args.model), read_probe()), indent=2, ensure_ascii=False))


if __name__ == "__main__":
    main()
