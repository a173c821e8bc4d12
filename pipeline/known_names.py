"""The known-names component's tables (entity_rules.KnownNames), built once and kept in the
cache folder beside the knowledge base's compact file.

Building them reads the KB's 24k names (`KnowledgeBase.name_patterns`), hashes their tokens
and tokenizes the 1,700 that are not words of letters and hyphens: about 0.25 s a process,
the largest part of what `load_model` adds to spacy.load. A process after the first reads
them from a JSON file (no pickle) named after a sha256 of what the build reads: the KB's
sources and code (kb_store.source_digest, which covers `name_patterns`), the user's alias
files, this module, spaCy's version and the tokenizer's serialised state (its rules decide how
a name splits). Anything unexpected in the file is a `StoreError`, and the tables are built.
"""

from __future__ import annotations

import gc
import hashlib
import json
import re
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import spacy
from spacy.language import Language
from spacy.strings import hash_string  # type: ignore[attr-defined]  # a Cython function the stubs lack

from . import kb_store
from .kb import KB_DIR, default_kb
from .kb_store import StoreError
from .schemas import EntityType

FORMAT = 1
TABLE_KIND = "known-names"  # the file names in the cache folder: known-names-<sha256>.json
_PLAIN_WORD = re.compile(r"^[^\W\d_]+(?:-[^\W\d_]+)*$")  # letters and hyphens: one token as it stands


@dataclass
class NameTables:
    """`labels`: each key (`newsgraph_PERSON_strong`) with its type and strength, in the
    order the names first use them. `single_words`: a one-word name → its keys. `phrases`: a
    longer name's tokens' ORTH hashes → its key. `ambiguous`: the tokens of a longer name of
    several keys, with its keys (none in the shipped KB), for the PhraseMatcher."""

    labels: dict[str, tuple[EntityType, bool]]
    single_words: dict[str, list[str]]
    phrases: dict[tuple[int, ...], str]
    ambiguous: list[tuple[list[str], list[str]]]


def build(nlp: Language, patterns: list[tuple[str, EntityType, bool]]) -> NameTables:
    """The tables of (text, type, strong) patterns. A longer name's tokens are read without
    the tokenizer where they are words of letters and hyphens (tokens as they stand, a test
    checks): tokenizing 23k names took seconds per process."""
    labels: dict[str, tuple[EntityType, bool]] = {}
    single_words: dict[str, list[str]] = {}
    phrases: dict[tuple[int, ...], list[str]] = {}
    spelled: dict[tuple[int, ...], list[str]] = {}
    for text, kind, strong in patterns:
        key = f"newsgraph_{kind}_{'strong' if strong else 'weak'}"
        labels[key] = (kind, strong)
        if text.isalpha():
            single_words.setdefault(text, []).append(key)
        else:
            words = text.split(" ")
            tokens = words if all(_PLAIN_WORD.match(word) for word in words) else [t.text for t in nlp.make_doc(text)]
            orths = tuple(hash_string(token) for token in tokens)
            keys = phrases.setdefault(orths, [])
            if key not in keys:
                keys.append(key)
            spelled.setdefault(orths, tokens)
    return NameTables(labels, single_words, {orths: keys[0] for orths, keys in phrases.items() if len(keys) == 1},
                      [(spelled[orths], keys) for orths, keys in phrases.items() if len(keys) > 1])


def dumps(tables: NameTables) -> bytes:
    keys = list(tables.labels)
    position = {key: i for i, key in enumerate(keys)}
    flat: list[int] = []  # each phrase as its length, its hashes and its key's position
    for orths, key in tables.phrases.items():
        flat += [len(orths), *orths, position[key]]
    data = {
        "format": FORMAT,
        "labels": [[key, kind, strong] for key, (kind, strong) in tables.labels.items()],
        "words": kb_store._joined(tables.single_words),
        "word_keys": [[position[key] for key in keys] for keys in tables.single_words.values()],
        "phrases": flat,
        "ambiguous": [[tokens, keys] for tokens, keys in tables.ambiguous],
    }
    return json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf8")


def loads(blob: bytes) -> NameTables:
    collecting = gc.isenabled()
    gc.disable()  # 40k small objects in one go: see kb_store.loads
    try:
        data = json.loads(blob)
        if data.get("format") != FORMAT:
            raise StoreError(f"format {data.get('format')!r}, not {FORMAT}")
        labels = {key: (kind, strong) for key, kind, strong in data["labels"]}
        keys = list(labels)
        word_keys = data["word_keys"]
        single_words = dict(zip(kb_store._split(data["words"], len(word_keys)), [[keys[i] for i in at] for at in word_keys]))
        flat, phrases, at = data["phrases"], {}, 0
        while at < len(flat):
            length = flat[at]
            phrases[tuple(flat[at + 1:at + 1 + length])] = keys[flat[at + 1 + length]]
            at += length + 2
        ambiguous = [(list(tokens), list(names)) for tokens, names in data["ambiguous"]]
        return NameTables(labels, single_words, phrases, ambiguous)
    except (ValueError, KeyError, IndexError, TypeError, AttributeError) as err:
        raise StoreError(f"not a known-names file: {type(err).__name__}: {err}") from None
    finally:
        if collecting:
            gc.enable()


def table_digest(nlp: Language, aliases: tuple[Path, ...], kb_dir: Path = KB_DIR) -> str:
    """sha256 of what `build` over the KB of `kb_dir` and `aliases` reads (OSError when a
    source is missing)."""
    digest = hashlib.sha256(f"{FORMAT} {spacy.__version__} {kb_store.source_digest(kb_dir)}".encode())
    digest.update(Path(str(sys.modules[__name__].__file__)).read_bytes())
    for path in aliases:
        digest.update(str(path).encode() + b"\0" + Path(path).read_bytes())
    tokenizer: Any = nlp.tokenizer  # a spaCy Tokenizer, whose to_bytes the stubs do not declare
    digest.update(tokenizer.to_bytes(exclude=["vocab"]))
    return digest.hexdigest()


def cached(nlp: Language, aliases: tuple[Path, ...] = (), folder: Path | None = None) -> NameTables:
    """The tables of the shipped KB's names and `aliases`: from their file when there is one
    for exactly these sources, else built (and written for the next process)."""
    try:
        path = Path(folder or kb_store.cache_folder()) / f"{TABLE_KIND}-{table_digest(nlp, aliases)}.json"
    except OSError:
        return build(nlp, default_kb(aliases).name_patterns())  # a missing source: the build says which
    try:
        tables = loads(path.read_bytes())
    except (OSError, StoreError):
        pass
    else:
        kb_store.mark_used(path)
        return tables
    tables = build(nlp, default_kb(aliases).name_patterns())
    try:
        kb_store.write(path, dumps(tables), kind=TABLE_KIND)
    except (OSError, StoreError):
        return tables  # an unwritable cache folder only costs the next process the build
    kb_store.remove_stale(path.parent, keep=path, kind=TABLE_KIND)
    return tables
