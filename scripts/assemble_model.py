"""Join the two trained pipelines into the bundled model `models/nl_newsgraph`.

In:  build/ud/model-best (tok2vec, morphologizer, parser, trainable_lemmatizer)
     build/ner/model-last (tok2vec, ner), or any pipeline with an ner
Out: models/nl_newsgraph, loadable with spacy.load(path), no network needed.
     With --extract-ud DIR instead: the UD part of a bundled model (all but its ner),
     so a new NER can be trained and joined to the shipped UD components (`make model-ner`).

An NER trained on its own encoder gets its own copy of it (`replace_listeners`), so each
task keeps the encoder it was trained with. An NER trained on the UD pipeline's tok2vec,
frozen (the same weights in both pipelines), keeps listening to it: one encoder runs.
"""

from __future__ import annotations

import argparse
import hashlib
import shutil
from pathlib import Path

import spacy
import srsly

VECTOR_ROWS = 15_000

META = {
    "name": "newsgraph",
    "version": "1.0.0",
    "description": "Dutch news pipeline for newsgraph: tokenizer, morphologizer (UPOS + features), UD dependency parser, "
    "edit-tree lemmatizer (UD Dutch Alpino + LassySmall) and NER (CoNLL-2002 Dutch: PER, LOC, ORG, MISC).",
    "author": "newsgraph",
    "license": "CC BY-SA 4.0 (trained on UD Dutch, CC BY-SA 4.0, and CoNLL-2002 Dutch)",
    "sources": [
        {"name": "UD_Dutch-Alpino", "url": "https://universaldependencies.org/treebanks/nl_alpino/", "license": "CC BY-SA 4.0"},
        {"name": "UD_Dutch-LassySmall", "url": "https://universaldependencies.org/treebanks/nl_lassysmall/", "license": "CC BY-SA 4.0"},
        {"name": "CoNLL-2002 Dutch NER", "url": "https://www.clips.uantwerpen.be/conll2002/ner/", "license": "research use"},
        {"name": "DpgMedia2019 (unlabelled text: word vectors, silver parser sentences)", "url": "https://arxiv.org/abs/1908.02322"},
    ],
}


def assemble(ud_path: Path, ner_path: Path, out: Path, vector_rows: int = VECTOR_ROWS) -> None:
    nlp = spacy.load(ud_path)
    ner_nlp = spacy.load(ner_path)
    if "tok2vec" in ner_nlp.pipe_names and "ner" in ner_nlp.get_pipe("tok2vec").listening_components \
            and not shares_encoder(nlp, ner_nlp):
        ner_nlp.replace_listeners("tok2vec", "ner", ["model.tok2vec"])
    # Before the parser: NER was trained on unsegmented text, and predicted sentence ends
    # would otherwise cut entities in two.
    nlp.add_pipe("ner", source=ner_nlp, before="parser")
    if vector_rows and nlp.vocab.vectors.shape[0] > vector_rows:
        # Fit the size budget: dropped words map to their nearest kept vector.
        nlp.vocab.prune_vectors(vector_rows)
    nlp.meta.update(META)
    nlp.meta.pop("performance", None)
    if out.exists():
        shutil.rmtree(out)
    nlp.to_disk(out)
    # newsgraph's extraction cache keys on meta.json, which must therefore change with the weights
    nlp.meta["weights_sha256"] = weights_digest(out)
    srsly.write_json(out / "meta.json", nlp.meta)
    print(f"{out}: {', '.join(nlp.pipe_names)}, weights {nlp.meta['weights_sha256'][:12]}")


def extract_ud(model: Path, out: Path) -> None:
    """Save `model` without its ner: the UD components, vocabulary and vectors as they are."""
    nlp = spacy.load(model)
    if "ner" in nlp.pipe_names:
        nlp.remove_pipe("ner")
    if out.exists():
        shutil.rmtree(out)
    nlp.to_disk(out)
    print(f"{out}: {', '.join(nlp.pipe_names)}")


def shares_encoder(ud_nlp, ner_nlp) -> bool:
    """True when the NER pipeline's tok2vec is the UD pipeline's (trained frozen on it)."""
    return ud_nlp.get_pipe("tok2vec").model.to_bytes() == ner_nlp.get_pipe("tok2vec").model.to_bytes()


def weights_digest(folder: Path) -> str:
    """SHA-256 over every file of a saved pipeline but meta.json, in path order."""
    digest = hashlib.sha256()
    for path in sorted(p for p in folder.rglob("*") if p.is_file() and p.name != "meta.json"):
        digest.update(path.relative_to(folder).as_posix().encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--ud", type=Path, default=Path("build/ud/model-best"))
    parser.add_argument("--ner", type=Path, default=Path("build/ner/model-last"))
    parser.add_argument("--out", type=Path, default=Path("models/nl_newsgraph"))
    parser.add_argument("--extract-ud", type=Path, metavar="DIR", help="save the UD part of --out's model to DIR and stop")
    args = parser.parse_args()
    if args.extract_ud:
        extract_ud(args.out, args.extract_ud)
    else:
        assemble(args.ud, args.ner, args.out)
