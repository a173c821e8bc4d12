from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"
SAMPLES = REPO / "data" / "samples"
SEED_PUTIN = SAMPLES / "000_84c4952abb643df5.txt"
SEED_POMPEO = SAMPLES / "004_0acb126a89d1fdc7.txt"


def pytest_addoption(parser):
    parser.addoption("--update-golden", action="store_true", help="Rewrite golden files from the current output.")


def pytest_collection_modifyitems(config, items):
    if (SHARED / "corpora").is_dir():
        return
    skip = pytest.mark.skip(reason=f"{SHARED / 'corpora'} is absent")
    for item in items:
        if "needs_shared" in item.keywords:
            item.add_marker(skip)


@pytest.fixture(scope="session")
def update_golden(request) -> bool:
    return request.config.getoption("--update-golden")


@pytest.fixture(scope="session")
def model_choice():
    from pipeline.nlp import resolve_model

    return resolve_model()


@pytest.fixture(scope="session")
def nlp(model_choice):
    from pipeline.nlp import load_model

    return load_model(model_choice)


@pytest.fixture(scope="session")
def bundled_nlp():
    from pipeline.nlp import BUNDLED_MODEL, ModelChoice, load_model

    return load_model(ModelChoice(str(BUNDLED_MODEL), is_package=False))


@pytest.fixture(scope="session")
def kb():
    from pipeline.kb import default_kb

    return default_kb()
