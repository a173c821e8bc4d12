"""The per-article extraction cache: an unchanged article is never parsed twice.

An entry's key hashes the article's content (id, title, text, publication date) with a
fingerprint of everything that shapes its extraction: the spaCy model (its meta.json: a
package's version, or for the bundled model the digest of its weights that
scripts/assemble_model.py writes), newsgraph's code and data files, and the user's
alias files. Change any of them and every key changes, so a stale entry is never read.
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
# What the extraction reads; gold and samples are data too but never shape an extraction.
FINGERPRINTED_DATA = ("entity_labels.json", "kb", "lexicon")


def _hash_files(digest, paths: Sequence[Path]) -> None:
    for path in sorted(paths):
        digest.update(str(path.relative_to(PACKAGE_DIR.parent) if path.is_relative_to(PACKAGE_DIR.parent) else path).encode())
        digest.update(path.read_bytes())


def fingerprint(choice: ModelChoice, aliases: Sequence[Path] = ()) -> str:
    """A digest of the model, newsgraph's version, code and data, and the alias files."""
    digest = hashlib.sha256(__version__.encode())
    digest.update(json.dumps(model_meta(choice), sort_keys=True).encode())
    _hash_files(digest, list(PACKAGE_DIR.glob("*.py")))
    for name in FINGERPRINTED_DATA:
        path = DATA_DIR / name
        _hash_files(digest, [p for p in path.rglob("*") if p.is_file()] if path.is_dir() else [path])
    _hash_files(digest, [Path(p) for p in aliases])
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
