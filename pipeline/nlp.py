"""Stage 2, nlp: which spaCy pipeline to use, loading it, and running it over articles.

Resolution order, in this one place: an explicit `--model NAME|PATH`; else spaCy's
`nl_core_news_lg`, `_md`, `_sm` when installed; else the Dutch pipeline bundled in
`models/nl_newsgraph` (trained here, see models/README.md; in a wheel it is package data,
see pipeline/resources.py). Nothing is downloaded.
"""

from __future__ import annotations

import ctypes
import functools
import os
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import spacy
import srsly
from spacy.language import Language
from spacy.tokenizer import Tokenizer

from .entity_rules import add_entity_components
from .lexicon import load_lexicon
from .resources import bundled_model_dir
from .schemas import ModelInfo
from .sentences import mark_paragraphs  # noqa: F401  # registers the newsgraph_paragraphs component

BUNDLED_MODEL = bundled_model_dir()
PREFERRED_PACKAGES = ("nl_core_news_lg", "nl_core_news_md", "nl_core_news_sm")

# Long articles are split into paragraph chunks well below spaCy's own limit so memory
# stays bounded; the parser's cost grows with sentence length, not document length.
MAX_CHUNK_CHARS = 100_000


class ModelNotFound(Exception):
    pass


@dataclass(frozen=True)
class ModelChoice:
    """A resolved spaCy pipeline: `location` is a package name or a directory."""

    location: str
    is_package: bool

    def describe(self) -> str:
        return f"package {self.location}" if self.is_package else f"path {self.location}"


def resolve_model(requested: str | None = None) -> ModelChoice:
    """The spaCy pipeline to use: `requested` (a package name or a path) if given, else the
    best installed nl_core_news package, else the bundled model."""
    if requested:
        path = Path(requested).expanduser()
        if path.is_dir():
            return ModelChoice(str(path.resolve()), is_package=False)
        if spacy.util.is_package(requested):
            return ModelChoice(requested, is_package=True)
        raise ModelNotFound(f"model {requested!r} is neither an installed spaCy package nor a directory")
    for package in PREFERRED_PACKAGES:
        if spacy.util.is_package(package):
            return ModelChoice(package, is_package=True)
    if (BUNDLED_MODEL / "config.cfg").is_file():
        return ModelChoice(str(BUNDLED_MODEL), is_package=False)
    raise ModelNotFound(f"no Dutch spaCy model: install nl_core_news_lg or run `make model` to build {BUNDLED_MODEL}")


# spaCy's Dutch tokenizer keeps capitalised variants of abbreviations whole (`VS.` from `vs.`,
# `ING.`, `RTL.`), so `… met de VS. We …` ran two sentences together for the parser; and it
# lists everyday words as abbreviations (`al.`, `top.`, data/lexicon/words_not_abbreviations.txt),
# so `Dat zei ik al.` ended in a word the parser did not know.
_ACRONYM_AND_PERIOD = re.compile(r"[A-Z]{2,5}\.")


def split_words_from_periods(nlp: Language) -> None:
    """Tokenizer → tokenizer that splits an all-capitals word, or an everyday word spaCy took
    for an abbreviation, from the period after it."""
    tokenizer: Any = nlp.tokenizer  # a spaCy Tokenizer, whose `rules` the stubs do not declare
    rules = tokenizer.rules or {}
    kept = _without_false_abbreviations(rules)
    if len(kept) < len(rules):
        tokenizer.rules = kept


@functools.lru_cache(maxsize=1)
def _words_with_a_period() -> frozenset[str]:
    words = load_lexicon().words_not_abbreviations
    return frozenset(f"{form}." for word in words for form in (word, word.capitalize()))


def _without_false_abbreviations(rules: dict) -> dict:
    words = _words_with_a_period()
    return {form: tokens for form, tokens in rules.items() if not _ACRONYM_AND_PERIOD.fullmatch(form) and form not in words}


TOKENIZER_TO_BE_READ = "newsgraph.tokenizer_to_be_read.v1"


@spacy.registry.tokenizers(TOKENIZER_TO_BE_READ)
def _tokenizer_to_be_read() -> Callable[[Language], Tokenizer]:
    """A tokenizer without rules, for a pipeline whose stored tokenizer is read into it right
    after loading: spacy.load would first build the language's default tokenizer (its special
    cases compiled, 0.25 s CPU a process) only for the stored one to replace it."""
    def make(nlp: Language) -> Tokenizer:
        return Tokenizer(nlp.vocab)
    return make


def _load_pipeline(choice: ModelChoice) -> Language:
    """spacy.load with `split_words_from_periods`. For a pipeline in a directory its tokenizer is
    read once, with those rules, into an empty one (`_tokenizer_to_be_read`): setting a loaded
    tokenizer's rules compiles its ~4,600 special cases a second time (0.16 s a process)."""
    stored = Path(choice.location) / "tokenizer"
    if choice.is_package or not stored.is_file():
        nlp = spacy.load(choice.location)
        split_words_from_periods(nlp)
        return nlp
    nlp = spacy.load(choice.location, exclude=["tokenizer"], config={"nlp": {"tokenizer": {"@tokenizers": TOKENIZER_TO_BE_READ}}})
    data = srsly.msgpack_loads(stored.read_bytes())
    if isinstance(data.get("exceptions"), dict):
        data["exceptions"] = _without_false_abbreviations(data["exceptions"])
    tokenizer: Any = nlp.tokenizer
    tokenizer.from_bytes(srsly.msgpack_dumps(data), exclude=["vocab"])
    return nlp


# glibc's malloc returns freed memory at the heap's top to the system beyond 128 KB and serves
# large blocks by mmap (from 128 KB, rising to at most 32 MB with use): the model's arrays of
# each batch, freed and asked for again around the Python stages, were page-faulted in anew
# (a 300-article run: 340k minor page faults against bare spaCy's 90k, 1.7 s more system CPU).
M_TRIM_THRESHOLD, M_MMAP_THRESHOLD = -1, -3  # mallopt's parameter numbers (malloc.h)
KEPT_FREE_BYTES = 512 * 2**20
MMAP_FROM_BYTES = 64 * 2**20
_MALLOC_SETTINGS = ("MALLOC_TRIM_THRESHOLD_", "MALLOC_MMAP_THRESHOLD_", "MALLOC_TOP_PAD_", "MALLOC_MMAP_MAX_")


@functools.lru_cache(maxsize=1)
def keep_freed_memory() -> bool:
    """Let this process keep up to KEPT_FREE_BYTES of freed memory for its next allocations
    and take blocks below MMAP_FROM_BYTES from its heap; True when glibc took the settings.
    Not where malloc's own variables are set (by the user, or by a `dask worker`'s nanny:
    newsgraph's local Dask cluster drops its MALLOC_TRIM_THRESHOLD_), nor with another C
    library (no `mallopt`, or one that ignores it)."""
    if any(name in os.environ for name in _MALLOC_SETTINGS):
        return False
    try:
        mallopt = ctypes.CDLL(None).mallopt
    except (OSError, AttributeError):
        return False
    return bool(mallopt(M_MMAP_THRESHOLD, MMAP_FROM_BYTES)) and bool(mallopt(M_TRIM_THRESHOLD, KEPT_FREE_BYTES))


@functools.lru_cache(maxsize=4)
def load_model(choice: ModelChoice, aliases: tuple[Path, ...] = ()) -> Language:
    """Load once per process, with newsgraph's components: paragraph boundaries before the
    parser, and after NER the knowledge base's names and persons behind titles. The process
    that loads a model parses with it: it keeps its freed memory (`keep_freed_memory`)."""
    keep_freed_memory()
    nlp = _load_pipeline(choice)
    if "parser" in nlp.pipe_names and "newsgraph_paragraphs" not in nlp.pipe_names:
        nlp.add_pipe("newsgraph_paragraphs", before="parser")
    add_entity_components(nlp, aliases)
    return nlp


def model_meta(choice: ModelChoice) -> dict:
    """The pipeline's meta.json, read without loading the pipeline."""
    folder = spacy.util.get_package_path(choice.location) if choice.is_package else Path(choice.location)
    return spacy.util.load_meta(folder / "meta.json")


def model_info(choice: ModelChoice) -> ModelInfo:
    meta = model_meta(choice)
    return ModelInfo(name=f"{meta.get('lang', 'nl')}_{meta.get('name', 'unknown')}", version=meta.get("version", "0"), source=choice.describe())


def chunk_text(text: str, limit: int = MAX_CHUNK_CHARS) -> list[tuple[int, str]]:
    """Split text into (offset, chunk) pieces of at most `limit` characters, at paragraph
    breaks where possible, else at sentence ends or spaces."""
    if len(text) <= limit:
        return [(0, text)]
    pieces: list[tuple[int, str]] = []
    start = 0
    while start < len(text):
        end = min(start + limit, len(text))
        if end < len(text):
            window = text[start:end]
            for separator in ("\n\n", "\n", ". ", " "):
                cut = window.rfind(separator)
                if cut > limit // 4:
                    end = start + cut + len(separator)
                    break
        pieces.append((start, text[start:end]))
        start = end
    return pieces
