"""The per-article extraction cache: an unchanged article is never parsed twice.

An entry's key hashes the article's content (id, title, text, publication date) with a
fingerprint of everything that shapes its extraction: the spaCy model (its meta.json: a
package's version, or for the bundled model the digest of its weights that
scripts/assemble_model.py writes), newsgraph's version, the code of the per-article
extraction (EXTRACTION_CODE) and the data it reads, and the user's alias files. Change any
of them and every key changes, so a stale entry is never read; a change to the code after
the extraction (graph, export, view, command line) keeps the cache.
Each entry carries the key it was written under and its article's id, both checked when
it is read: an entry that is damaged or belongs to another article (copied, restored to the
wrong place) is reported, and the article is extracted again. Entries are written
atomically; several runs may share one cache folder.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Sequence
from pathlib import Path

from pydantic import BaseModel, ValidationError

from . import __version__
from .files import atomic_write_text, describe_os_error, remove_abandoned_temp_files
from .nlp import ModelChoice, model_meta
from .resources import data_dir
from .schemas import Article, Extraction

PACKAGE_DIR = Path(__file__).resolve().parent
DATA_DIR = data_dir()
# The modules and packages (all their `**/*.py`) the per-article extraction runs, from the
# parse to the `Extraction`; names not present are skipped, so a module may become a package
# of the same name. tests/test_cache.py checks every pipeline module extraction imports is here.
EXTRACTION_CODE = (
    "nlp.py", "entities.py", "entity_rules.py", "name_repair.py", "towns.py", "affiliations.py", "tokens.py", "names.py", "kb.py", "kb_store.py", "dates.py", "schemas.py", "extraction.py",
    "linking", "relations", "lexicon.py", "lexicon_files.py", "syntax.py", "quotes.py", "compounds.py", "known_names.py", "sentences.py", "span_repair.py",
)
# Part of every key: a new entry layout never reads (or reports) entries in the old one.
ENTRY_FORMAT = 2
# What the extraction reads; gold and samples are data too but never shape an extraction.
FINGERPRINTED_DATA = ("entity_labels.json", "kb", "lexicon")


def _hash_files(digest, paths: Sequence[Path], root: Path) -> None:
    for path in sorted(paths):
        digest.update(str(path.relative_to(root) if path.is_relative_to(root) else path).encode())
        digest.update(path.read_bytes())


def _files(path: Path, pattern: str) -> list[Path]:
    """`path` itself if it is a file, the files under it matching `pattern` if a folder."""
    if path.is_dir():
        return [p for p in path.rglob(pattern) if p.is_file() and "__pycache__" not in p.parts]
    return [path] if path.is_file() else []


def extraction_code_files() -> list[Path]:
    """The source files of EXTRACTION_CODE that exist, sorted."""
    return sorted(p for name in EXTRACTION_CODE for p in _files(PACKAGE_DIR / name, "*.py"))


def fingerprint(choice: ModelChoice, aliases: Sequence[Path] = ()) -> str:
    """A digest of the model, newsgraph's version, the extraction's code and data, and the
    alias files."""
    digest = hashlib.sha256(__version__.encode())
    digest.update(json.dumps(model_meta(choice), sort_keys=True).encode())
    _hash_files(digest, extraction_code_files(), PACKAGE_DIR)
    for name in FINGERPRINTED_DATA:
        _hash_files(digest, _files(DATA_DIR / name, "*"), DATA_DIR)
    _hash_files(digest, [Path(p) for p in aliases], DATA_DIR)
    return digest.hexdigest()


class CacheEntry(BaseModel):
    """One file of the cache: the extraction and what it was written for."""

    key: str
    doc_id: str
    extraction: Extraction


class ExtractionCache:
    """Extractions on disk under `folder`, one JSON file per article and fingerprint.
    Entries that had to be rejected are described, one line each, to `on_problem`."""

    def __init__(self, folder: Path, fingerprint: str, on_problem: Callable[[str], None] = lambda message: None):
        self.folder = Path(folder)
        self.fingerprint = fingerprint
        self.on_problem = on_problem
        self.hits = 0
        self.error: str | None = None

    def key(self, article: Article) -> str:
        content = json.dumps([ENTRY_FORMAT, self.fingerprint, article.id, article.title, article.text, article.published],
                             ensure_ascii=False)
        return hashlib.sha256(content.encode("utf8")).hexdigest()

    def _path(self, key: str) -> Path:
        return self.folder / key[:2] / f"{key}.json"

    def get(self, article: Article) -> Extraction | None:
        """The cached extraction, or None (missing, or rejected and reported). The source
        path is the article's current one: the same text moved to another file is a hit."""
        key = self.key(article)
        path = self._path(key)
        try:
            entry = CacheEntry.model_validate_json(path.read_bytes())
        except FileNotFoundError:
            return None
        except OSError as err:
            why = f"unreadable ({describe_os_error(err)})"
        except (ValidationError, ValueError):
            why = "damaged"
        else:
            if entry.key == key and entry.doc_id == article.id == entry.extraction.doc_id:
                self.hits += 1
                return entry.extraction.model_copy(update={"source": article.source})
            why = f"written for another article ({entry.doc_id!r}), not for {article.id!r}"
        self.on_problem(f"{path}: cache entry {why}; extracted again")
        return None

    def remove_abandoned_temp_files(self) -> int:
        """Delete temporary entries left by killed runs, never those of a run still writing
        into this (possibly shared) folder."""
        return remove_abandoned_temp_files(self.folder, depth=1)

    def put(self, article: Article, extraction: Extraction) -> None:
        """Store an extraction. A cache that cannot be written (disk full, read-only) costs
        the next run its speed, not this run its result: the first error is kept in
        `error` and no more writes are tried."""
        if self.error:
            return
        key = self.key(article)
        path = self._path(key)
        entry = CacheEntry(key=key, doc_id=article.id, extraction=extraction)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            # no fsync: an entry lost to a power cut is re-extracted, a torn one fails validation
            atomic_write_text(path, entry.model_dump_json(), durable=False)
        except OSError as err:
            self.error = f"{self.folder}: cache not written: {describe_os_error(err)}"
