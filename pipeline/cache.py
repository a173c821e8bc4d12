"""The per-article extraction cache: an unchanged article is never parsed twice.

An entry's key hashes the article's content (id, title, text, publication date) with a
fingerprint of everything that shapes its extraction: the spaCy model (its meta.json: a
package's version, or for the bundled model the digest of its weights that
scripts/assemble_model.py writes), newsgraph's version, the code of the per-article
extraction (EXTRACTION_CODE) and the data it reads, and the user's alias files. Change any
of them and every key changes, so a stale entry is never read; a change to the code after
the extraction (graph, export, view, command line) keeps the cache.
Entries are written atomically; one that cannot be read is treated as missing.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from pathlib import Path

from pydantic import ValidationError

from . import __version__
from .files import atomic_write_text, describe_os_error
from .nlp import ModelChoice, model_meta
from .resources import data_dir
from .schemas import Article, Extraction

PACKAGE_DIR = Path(__file__).resolve().parent
DATA_DIR = data_dir()
# The modules and packages (all their `**/*.py`) the per-article extraction runs, from the
# parse to the `Extraction`; names not present are skipped, so a module may become a package
# of the same name. tests/test_cache.py checks every pipeline module extraction imports is here.
EXTRACTION_CODE = (
    "nlp.py", "entities.py", "entity_rules.py", "name_repair.py", "tokens.py", "names.py", "kb.py", "dates.py", "schemas.py", "extraction.py",
    "linking", "relations", "lexicon.py", "syntax.py", "quotes.py",
)
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


class ExtractionCache:
    """Extractions on disk under `folder`, one JSON file per article and fingerprint."""

    def __init__(self, folder: Path, fingerprint: str):
        self.folder = Path(folder)
        self.fingerprint = fingerprint
        self.hits = 0
        self.error: str | None = None

    def key(self, article: Article) -> str:
        content = json.dumps([self.fingerprint, article.id, article.title, article.text, article.published], ensure_ascii=False)
        return hashlib.sha256(content.encode("utf8")).hexdigest()

    def _path(self, article: Article) -> Path:
        key = self.key(article)
        return self.folder / key[:2] / f"{key}.json"

    def get(self, article: Article) -> Extraction | None:
        """The cached extraction, or None. The source path is the article's current one:
        the same text moved to another file is still a hit."""
        try:
            extraction = Extraction.model_validate_json(self._path(article).read_bytes())
        except (OSError, ValidationError, ValueError):
            return None
        self.hits += 1
        return extraction.model_copy(update={"source": article.source})

    def put(self, article: Article, extraction: Extraction) -> None:
        """Store an extraction. A cache that cannot be written (disk full, read-only) costs
        the next run its speed, not this run its result: the first error is kept in
        `error` and no more writes are tried."""
        if self.error:
            return
        path = self._path(article)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            # no fsync: an entry lost to a power cut is re-extracted, a torn one fails validation
            atomic_write_text(path, extraction.model_dump_json(), durable=False)
        except OSError as err:
            self.error = f"{self.folder}: cache not written: {describe_os_error(err)}"
