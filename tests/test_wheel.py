"""The wheel: built from the checkout, installed into a fresh venv, it runs on its own.

The wheel must carry the data (without gold/ and samples/), the bundled model and the
view's template, and the installed package must find them through importlib.resources,
from any working directory. The fresh venv borrows the project venv's dependencies by a
path in a .pth file (no download, and none of that venv's own .pth files run, so the
checkout's editable install stays out of it).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import pytest
import spacy

from pipeline import __version__
from pipeline.nlp import PREFERRED_PACKAGES

from .conftest import REPO, SAMPLES

pytestmark = pytest.mark.slow
# the checkout's command, run from the repository root so that it is this checkout's code
CHECKOUT_NEWSGRAPH = [sys.executable, "-c", "import sys; from pipeline.cli import main; sys.argv[0] = 'newsgraph'; main()"]


def _env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTHONHOME", "VIRTUAL_ENV")}
    # one `created` date for both runs, one node order for both views
    return env | {"SOURCE_DATE_EPOCH": "1557792000", "PYTHONHASHSEED": "0"}


def _run(args: list, cwd: Path) -> subprocess.CompletedProcess:
    result = subprocess.run([str(a) for a in args], cwd=cwd, env=_env(), capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, f"{args}\nstdout:\n{result.stdout}\nstderr:\n{result.stderr}"
    return result


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    dist = tmp_path_factory.mktemp("dist")
    _run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet", "--wheel-dir", dist, REPO], cwd=dist)
    (built,) = dist.glob("newsgraph-*.whl")
    return built


@pytest.fixture(scope="module")
def venv(wheel, tmp_path_factory) -> Path:
    venv = tmp_path_factory.mktemp("venv")
    _run([sys.executable, "-m", "venv", "--without-pip", venv], cwd=venv)
    python = venv / "bin" / "python"
    purelib = Path(_run([python, "-c", "import sysconfig; print(sysconfig.get_path('purelib'))"], cwd=venv).stdout.strip())
    (purelib / "project_dependencies.pth").write_text(sysconfig.get_path("purelib") + "\n")
    _run([sys.executable, "-m", "pip", "--python", python, "install", "--no-deps", "--quiet", wheel], cwd=venv)
    return venv


def test_wheel_carries_data_model_and_template_but_not_development_material(wheel):
    names = zipfile.ZipFile(wheel).namelist()
    for needed in ("pipeline/data/entity_labels.json", "pipeline/data/kb/curated.yaml", "pipeline/data/kb/places.jsonl.gz",
                   "pipeline/data/lexicon/speech_verbs.txt", "pipeline/models/nl_newsgraph/config.cfg",
                   "pipeline/models/nl_newsgraph/meta.json", "pipeline/templates/view.html", "pipeline/resources.py",
                   "pipeline/templates/vendor/graph-libs.min.js", "pipeline/templates/vendor/LICENSES.txt"):
        assert needed in names, needed
    assert not [n for n in names if n.startswith(("pipeline/data/gold/", "pipeline/data/samples/"))]
    assert {n.split("/")[0] for n in names} == {"pipeline", f"newsgraph-{__version__}.dist-info"}
    assert not [n for n in names if "__pycache__" in n]


def test_installed_package_finds_its_resources_inside_the_venv(venv, tmp_path):
    code = ("import json, pipeline, pipeline.resources as r, pipeline.nlp as n; "
            "print(json.dumps([pipeline.__file__, str(r.data_dir()), str(r.bundled_model_dir()), str(n.BUNDLED_MODEL)]))")
    found = json.loads(_run([venv / "bin" / "python", "-c", code], cwd=tmp_path).stdout)
    package = Path(found[0]).parent
    assert package.is_relative_to(venv), found
    model = package / "models" / "nl_newsgraph"
    assert [Path(p) for p in found[1:]] == [package / "data", model, model]
    assert (model / "config.cfg").is_file() and (package / "data" / "kb" / "curated.yaml").is_file()


def _nodes_and_edges(graph_json: Path) -> tuple[list, list]:
    data = json.loads(graph_json.read_text())
    return data["nodes"], data["edges"]


def test_installed_newsgraph_runs_the_samples_from_another_directory(venv, tmp_path):
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    result = _run([venv / "bin" / "newsgraph", "run", SAMPLES, "--out", "out"], cwd=elsewhere)
    assert "2 articles read (0 from cache), 0 failed" in result.stderr + result.stdout
    data = json.loads((elsewhere / "out" / "graph.json").read_text())
    if not any(spacy.util.is_package(p) for p in PREFERRED_PACKAGES):
        assert data["graph"]["model"]["source"].startswith(f"path {venv}"), data["graph"]["model"]

    nodes = {n["id"]: n for n in data["nodes"]}
    linked: dict[str, dict[str, set[str]]] = {}
    for edge in data["edges"]:
        event, other = (edge["target"], edge["source"]) if edge["role"] in ("participant", "speaker") else (edge["source"], edge["target"])
        linked.setdefault(event, {}).setdefault(edge["role"], set()).add(nodes[other]["name"])
    meetings = [(linked[n]["participant"], linked[n].get("place", set())) for n in nodes if nodes[n]["kind"] == "meeting"]
    speakers = {name for n in nodes if nodes[n]["kind"] == "statement" for name in linked[n]["speaker"]}
    # the seeds' meetings: Putin and Kim in Vladivostok, Pompeo with Lavrov and with Putin in Sochi
    assert ({"Kim Jong-un", "Vladimir Putin"}, {"Vladivostok"}) in meetings
    assert any({"Mike Pompeo", "Sergey Lavrov"} <= people and places == {"Sochi"} for people, places in meetings)
    assert any({"Mike Pompeo", "Vladimir Putin"} <= people for people, _ in meetings)
    assert {"Vladimir Putin", "Mike Pompeo", "Sergey Lavrov", "Ali Khamenei"} <= speakers

    # and the very graph the checkout makes, the model's location aside
    _run([*CHECKOUT_NEWSGRAPH, "run", SAMPLES, "--out", tmp_path / "checkout", "--no-cache"], cwd=REPO)
    assert _nodes_and_edges(elsewhere / "out" / "graph.json") == _nodes_and_edges(tmp_path / "checkout" / "graph.json")

    # the view's template ships too: the same page as the checkout's, from the same graph
    graph_json = tmp_path / "checkout" / "graph.json"
    _run([venv / "bin" / "newsgraph", "view", graph_json, "--out", "graph.html"], cwd=elsewhere)
    _run([*CHECKOUT_NEWSGRAPH, "view", graph_json, "--out", tmp_path / "checkout.html"], cwd=REPO)
    assert (elsewhere / "graph.html").read_bytes() == (tmp_path / "checkout.html").read_bytes()
