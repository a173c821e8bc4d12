from __future__ import annotations

import json

import networkx as nx
import pytest
from typer.testing import CliRunner

from pipeline.cli import app

from .conftest import REPO, SAMPLES

pytestmark = pytest.mark.slow
GOLDEN = REPO / "tests" / "golden" / "samples_entities.json"
runner = CliRunner()


@pytest.fixture(scope="module")
def samples_run(tmp_path_factory):
    out = tmp_path_factory.mktemp("out")
    result = runner.invoke(app, ["run", str(SAMPLES), "--out", str(out)])
    return result, out


def test_cli_run_on_samples_succeeds_and_summarises(samples_run):
    result, out = samples_run
    assert result.exit_code == 0, result.output
    assert "2 articles read (0 from cache), 0 failed" in result.output
    assert (out / "graph.json").is_file() and (out / "graph.graphml").is_file()


def test_cli_run_samples_graph_has_the_seed_entities(samples_run):
    _, out = samples_run
    graph = nx.node_link_graph(json.loads((out / "graph.json").read_text()), edges="edges")
    entities = [attrs for _, attrs in graph.nodes(data=True) if attrs["kind"] == "entity"]
    for surface, kind in [("Poetin", "PERSON"), ("Pompeo", "PERSON"), ("Lavrov", "PERSON"), ("Sotsji", "PLACE"),
                          ("Kim Jong-un", "PERSON"), ("Khamenei", "PERSON")]:
        assert any(e["type"] == kind and surface in e["aliases"] for e in entities), f"{surface} ({kind}) missing"
    putin = next(e for e in entities if "Poetin" in e["aliases"])
    assert (putin["name"], putin["kb_id"]) == ("Vladimir Putin", "Q7747")


def test_cli_run_samples_golden_entities(samples_run, update_golden):
    """The entity nodes of the samples graph, compared with a committed golden file
    (`pytest --update-golden` rewrites it after a deliberate change)."""
    _, out = samples_run
    data = json.loads((out / "graph.json").read_text())
    entities = sorted([n["type"], n["name"], n["mentions"]] for n in data["nodes"] if n["kind"] == "entity")
    if update_golden or not GOLDEN.exists():
        GOLDEN.parent.mkdir(exist_ok=True)
        GOLDEN.write_text(json.dumps(entities, ensure_ascii=False, indent=0) + "\n")
    assert entities == json.loads(GOLDEN.read_text())


def test_cli_run_bad_input_reports_and_continues(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "good.txt").write_text("Poetin ontmoette Pompeo in Sotsji.")
    (tmp_path / "in" / "bad.txt").write_bytes(b"\xe9\xff kapot")  # not FF FE: that is the UTF-16 byte-order mark
    (tmp_path / "in" / "feed.jsonl").write_text('{"id": 1, "text": "Rutte sprak met Merkel."}\n{kapot\n')
    result = runner.invoke(app, ["run", str(tmp_path / "in"), "--out", str(tmp_path / "out")])
    assert result.exit_code == 1
    assert f"error: {tmp_path / 'in' / 'bad.txt'}: not valid UTF-8" in result.output
    assert f"error: {tmp_path / 'in' / 'feed.jsonl'}:2: malformed JSON" in result.output
    assert "2 articles read (0 from cache), 2 failed" in result.output
    assert (tmp_path / "out" / "graph.json").is_file()


def test_cli_run_unknown_model_is_a_usage_error(tmp_path):
    result = runner.invoke(app, ["run", str(SAMPLES), "--model", "nl_no_such_model", "--out", str(tmp_path)])
    assert result.exit_code == 2
    assert "nl_no_such_model" in result.output
    assert not (tmp_path / "graph.json").exists()


def test_cli_info_names_the_model():
    result = runner.invoke(app, ["info"])
    assert result.exit_code == 0
    assert "model: nl_" in result.output and "pipeline:" in result.output


@pytest.mark.parametrize("command", [[], ["run"], ["info"]])
def test_cli_help_everywhere(command):
    result = runner.invoke(app, [*command, "--help"])
    assert result.exit_code == 0 and "Usage" in result.output


def test_cli_run_two_processes_give_the_same_graph(tmp_path, samples_run):
    _, one_process = samples_run
    result = runner.invoke(app, ["run", str(SAMPLES), "--out", str(tmp_path), "--processes", "2", "--quiet"])
    assert result.exit_code == 0, result.output
    assert (tmp_path / "graph.json").read_text() == (one_process / "graph.json").read_text()


def test_cli_run_reads_jsonl_from_stdin(tmp_path):
    record = {"id": "stdin-1", "title": "Top", "text": "Premier Mark Rutte sprak dinsdag in Den Haag met president Emmanuel Macron.",
              "published_at": "2019-05-14"}
    result = runner.invoke(app, ["run", "-", "--out", str(tmp_path), "--quiet"], input=json.dumps(record) + "\n")
    assert result.exit_code == 0, result.output
    data = json.loads((tmp_path / "graph.json").read_text())
    names = {n["name"] for n in data["nodes"] if n["kind"] == "entity"}
    assert {"Mark Rutte", "Emmanuel Macron"} <= names


def test_cli_run_bad_aliases_file_is_a_usage_error(tmp_path):
    aliases = tmp_path / "aliases.yaml"
    aliases.write_text("people: [unclosed\n")
    result = runner.invoke(app, ["run", str(SAMPLES), "--aliases", str(aliases), "--out", str(tmp_path / "out")])
    assert result.exit_code == 2
    assert str(aliases) in result.output and "cannot read aliases file" in result.output
    assert not (tmp_path / "out").exists()
