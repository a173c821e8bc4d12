"""NER training-data augmentation: CoNLL-2002 documents whose person names are non-Dutch.

In:  a DocBin of NER training documents (build/corpus/ner_train*.spacy), the name table
     models/augment/foreign_names.tsv, a seed
Out: a DocBin with the originals and, for every document with a PER entity, one copy in
     which each person is renamed with a name of one naming tradition (`Verhofstadt` →
     `Park Jin`, `premier Guy Verhofstadt` → `premier William Ruto`).

CoNLL-2002 is Belgian news from 2000: its titled persons are mostly Flemish, and the NER
learnt that a title is followed by a Dutch-looking name. The copies keep every title,
function and annotation of the original sentence and change only the name, so the
annotation conventions (title O, portfolio ORG, demonym MISC) stay the corpus's own.
Within a document one person keeps one new name: a surname mention of someone named in
full earlier becomes the new family name.
"""

from __future__ import annotations

import argparse
import random
from dataclasses import dataclass
from pathlib import Path

import spacy
from spacy.tokens import Doc, DocBin

REPO = Path(__file__).resolve().parent.parent
NAMES = REPO / "models" / "augment" / "foreign_names.tsv"


@dataclass(frozen=True)
class Tradition:
    family_first: bool
    given: tuple[str, ...]
    family: tuple[str, ...]

    def draw(self, rng: random.Random) -> tuple[str, str]:
        """A (full name, short form) pair: the short form is the family name."""
        given, family = rng.choice(self.given), rng.choice(self.family)
        return (f"{family} {given}" if self.family_first else f"{given} {family}"), family


def read_traditions(path: Path = NAMES) -> list[Tradition]:
    """The rows of the name table; a malformed row stops with its line number."""
    traditions = []
    for number, line in enumerate(path.read_text(encoding="utf8").splitlines(), 1):
        if not line.strip() or line.startswith("#") or line.startswith("tradition\t"):
            continue
        cols = line.split("\t")
        if len(cols) != 4 or cols[1] not in ("given-family", "family-given"):
            raise SystemExit(f"error: {path}:{number}: expected tradition, order, given, family")
        traditions.append(Tradition(cols[1] == "family-given", tuple(cols[2].split(",")), tuple(cols[3].split(","))))
    return traditions


def renamed(doc: Doc, traditions: list[Tradition], rng: random.Random, tokenize) -> Doc | None:
    """A copy of `doc` with every PER entity renamed, or None when it has none."""
    people = [ent for ent in doc.ents if ent.label_ == "PER"]
    if not people:
        return None
    new_names: dict[str, str] = {}
    short_forms: dict[str, str] = {}  # an original surname → the new family name
    for ent in people:
        if ent.text in new_names:
            continue
        if len(ent) == 1 and ent.text in short_forms:
            new_names[ent.text] = short_forms[ent.text]
            continue
        full, short = rng.choice(traditions).draw(rng)
        new_names[ent.text] = full if len(ent) > 1 else short
        if len(ent) > 1:
            short_forms[ent[-1].text] = short
    words: list[str] = []
    tags: list[str] = []
    starts: list[bool] = []
    people_at = {ent.start: ent for ent in people}
    i = 0
    while i < len(doc):
        ent = people_at.get(i)
        if ent is None:
            token = doc[i]
            words.append(token.text)
            tags.append(f"{token.ent_iob_}-{token.ent_type_}" if token.ent_iob_ in ("B", "I") else "O")
            starts.append(bool(token.is_sent_start))
            i += 1
            continue
        name = [t.text for t in tokenize(new_names[ent.text])]
        words += name
        tags += ["B-PER"] + ["I-PER"] * (len(name) - 1)
        starts += [bool(doc[i].is_sent_start)] + [False] * (len(name) - 1)
        i = ent.end
    return Doc(doc.vocab, words=words, ents=tags, sent_starts=starts)


def augment(source: Path, out: Path, seed: int = 0, names: Path = NAMES) -> tuple[int, int]:
    """Write the originals plus their renamed copies; (originals, copies) out."""
    nlp = spacy.blank("nl")
    rng = random.Random(seed)
    traditions = read_traditions(names)
    docs = list(DocBin().from_disk(source).get_docs(nlp.vocab))
    copies = [copy for doc in docs if (copy := renamed(doc, traditions, rng, nlp.tokenizer)) is not None]
    DocBin(docs=docs + copies, store_user_data=False).to_disk(out)
    return len(docs), len(copies)


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("source", type=Path)
    parser.add_argument("out", type=Path)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    originals, copies = augment(args.source, args.out, args.seed)
    print(f"{args.out.name}: {originals} documents + {copies} renamed copies")
