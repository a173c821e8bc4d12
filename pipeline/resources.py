"""Where newsgraph's data, bundled model and templates are: the one place that knows.

In an installed wheel they are package data, found through `importlib.resources`:
`pipeline/data/` (the repository's `data/` without `gold/` and `samples/`),
`pipeline/models/nl_newsgraph/` and `pipeline/templates/` (see pyproject.toml). In a
checkout or an editable install `pipeline/data` and `pipeline/models` do not exist and the
repository's top-level `data/` and `models/nl_newsgraph` are used instead.

spaCy loads a model from a directory, so these are real paths: newsgraph is installed
unpacked (as pip always does), never imported from a zip file.
"""

from __future__ import annotations

from functools import lru_cache
from importlib.resources import files
from pathlib import Path

PACKAGE = "pipeline"
MODEL_NAME = "nl_newsgraph"


@lru_cache(maxsize=1)
def package_dir() -> Path:
    """The installed `pipeline` package's directory."""
    return Path(str(files(PACKAGE)))


def checkout_dir() -> Path:
    """The repository root the package sits in, for a checkout or an editable install."""
    return package_dir().parent


def _packaged_or_checkout(packaged: Path, checkout: Path) -> Path:
    # The packaged copy wins; without either the checkout path is named in later errors
    # (`run make model to build …/models/nl_newsgraph`).
    return packaged if packaged.is_dir() else checkout


def data_dir() -> Path:
    """The data newsgraph reads: `entity_labels.json`, `kb/`, `lexicon/`."""
    return _packaged_or_checkout(package_dir() / "data", checkout_dir() / "data")


def bundled_model_dir() -> Path:
    """The bundled Dutch spaCy pipeline (models/nl_newsgraph in the repository)."""
    return _packaged_or_checkout(package_dir() / "models" / MODEL_NAME, checkout_dir() / "models" / MODEL_NAME)


def read_template(name: str) -> str:
    """A file of `pipeline/templates/`, as text exactly as stored (no newline translation)."""
    return (files(PACKAGE) / "templates" / name).read_bytes().decode("utf8")
