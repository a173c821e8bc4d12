"""Export: Gephi-ready GraphML and GEXF (labels, timeline dates, the projection), XML that
every reader accepts whatever the text holds, and the run's files published as one unit."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import networkx as nx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipeline import gephi
from pipeline.export import graph_json, load_graph, output_files, write_outputs
from pipeline.projection import project

from .graphs import entity, meeting, small_graph, statement

REPO = Path(__file__).resolve().parents[1]
PUBLIC = ["graph.json", "graph.graphml", "graph.gexf", "entities.graphml", "entities.gexf", "manifest.json"]


def test_graphml_has_a_label_on_every_node_and_loads_back():
    graph = small_graph()
    back = nx.read_graphml(io.BytesIO(gephi.graphml_bytes(graph)))
    assert set(back) == set(graph)
    labels = nx.get_node_attributes(back, "label")
    assert set(labels) == set(graph)
    assert labels["Q7747"] == "Vladimir Putin"
    assert labels["meeting:1"] == "meeting 2019-05: Donald Trump, Vladimir Putin"
    assert labels["statement:1"] == "Vladimir Putin: Trump is een goede partner"
    assert (back.nodes["meeting:1"]["date_start"], back.nodes["meeting:1"]["date_end"]) == ("2019-05-01", "2019-05-31")
    assert "date_start" not in back.nodes["meeting:3"]


def test_gexf_dates_are_gephi_timeline_intervals():
    markup = gephi.gexf_bytes(small_graph())
    root = ET.fromstring(markup)
    ns = {"g": "http://www.gexf.net/1.2draft"}
    graph_element = root.find("g:graph", ns)
    assert graph_element.get("mode") == "dynamic" and graph_element.get("timeformat") == "date"
    nodes = {n.get("id"): n for n in graph_element.iter("{http://www.gexf.net/1.2draft}node")}
    assert (nodes["meeting:1"].get("start"), nodes["meeting:1"].get("end")) == ("2019-05-01", "2019-05-31")
    assert nodes["statement:2"].get("start") == "2019-01-01" and nodes["statement:2"].get("end") == "2019-12-31"
    assert nodes["Q7747"].get("start") is None and nodes["Q7747"].get("label") == "Vladimir Putin"
    back = nx.read_gexf(io.BytesIO(markup))
    assert back.number_of_nodes() == small_graph().number_of_nodes() and back.number_of_edges() == small_graph().number_of_edges()


def test_projection_is_exported_with_relation_weights_and_spells():
    graph = small_graph()
    projected = project(graph)
    assert set(projected) == {n for n, k in graph.nodes(data="kind") if k == "entity"}  # isolated entities too
    back = nx.read_graphml(io.BytesIO(gephi.graphml_bytes(projected)))
    edge = back.edges["Q22686", "Q7747"]
    assert (edge["weight_met"], edge["weight_spoke_about"], edge["weight"]) == (1, 1, 2)
    assert back.nodes["Q567"]["label"] == "Angela Merkel" and back.degree("Q567") == 0
    gexf = nx.read_gexf(io.BytesIO(gephi.gexf_bytes(projected)))
    assert gexf.number_of_edges() == projected.number_of_edges()
    spells = ET.fromstring(gephi.gexf_bytes(projected)).iter("{http://www.gexf.net/1.2draft}spell")
    assert {(s.get("start"), s.get("end")) for s in spells} >= {("2019-05-01", "2019-05-31"), ("2019-05-15", "2019-05-15")}


# ---- XML validity whatever the text holds (issue 21, items 3 and 6) ------------------------

UNSAFE = ["\x00", "\x01", "\x08", "\x0b", "\x0c", "\x1b", "\x7f", "\ud800", "\ufffe", "\uffff", "\U0010ffff"]
hostile_text = st.lists(st.one_of(st.sampled_from(UNSAFE), st.text(max_size=5)), min_size=1, max_size=6).map("".join)


def _hostile_graph(name: str, alias: str, text: str, key: str) -> nx.DiGraph:
    graph = nx.DiGraph(**small_graph().graph)
    entity(graph, key, name, aliases=[alias])
    entity(graph, "B", "Bob")
    meeting(graph, "m1", [key, "B"], date="2019-05", sentence=text)
    statement(graph, "s1", key, text, about=["B"])
    return graph


def _readers(markup: bytes, reader) -> None:
    from lxml import etree

    ET.fromstring(markup)
    etree.fromstring(markup)
    reader(io.BytesIO(markup))


@pytest.mark.parametrize("writer", ["lxml", "xml.etree"])
@settings(max_examples=int(os.environ.get("NEWSGRAPH_XML_EXAMPLES", "150")), deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(name=hostile_text, alias=hostile_text, text=hostile_text, key=hostile_text)
def test_control_characters_anywhere_give_xml_every_reader_accepts(monkeypatch, writer, name, alias, text, key):
    if writer == "xml.etree":  # networkx's ElementTree writer, what runs where lxml is not installed
        monkeypatch.setattr(gephi, "_LXML", False)
        monkeypatch.setattr(gephi.nx, "write_graphml", nx.readwrite.graphml.write_graphml_xml)
    graph = _hostile_graph(name, alias, text, key if key != "B" else "B2")
    for subject in (graph, project(graph)):
        _readers(gephi.graphml_bytes(subject), nx.read_graphml)
        _readers(gephi.gexf_bytes(subject), nx.read_gexf)
    back = nx.read_graphml(io.BytesIO(gephi.graphml_bytes(graph)))
    assert back.number_of_nodes() == graph.number_of_nodes() and back.number_of_edges() == graph.number_of_edges()


def test_a_control_character_in_an_article_still_writes_every_output(tmp_path):
    graph = _hostile_graph("Eve\x01", "E\x0bve\x00", "Zij\x1b sprak\ufffe.", "E\x0c")
    written = write_outputs(graph, tmp_path)
    assert [p.name for p in written] == PUBLIC
    names = {n["id"]: n.get("name") for n in json.loads((tmp_path / "graph.json").read_text())["nodes"]}
    assert names["E\x0c"] == "Eve\x01"  # graph.json keeps the text
    assert nx.read_graphml(tmp_path / "graph.graphml").nodes["E\ufffd"]["name"] == "Eve\ufffd"


@pytest.mark.slow
def test_a_run_over_text_with_control_characters_exits_0_with_readable_xml(tmp_path):
    from lxml import etree
    from typer.testing import CliRunner

    from pipeline.cli import app

    feed = tmp_path / "feed.jsonl"
    feed.write_text(json.dumps({"id": "c1", "text": "Poetin\x01 ontmoette\x0b Pompeo in Sotsji.\x1b 'Goed\ufffe gesprek', zei Poetin\x00."}) + "\n")
    result = CliRunner().invoke(app, ["run", str(feed), "--out", str(tmp_path / "out"), "--no-cache"])
    assert result.exit_code == 0, result.output
    for name in ("graph.graphml", "graph.gexf", "entities.graphml", "entities.gexf"):
        etree.parse(str(tmp_path / "out" / name))
        ET.parse(tmp_path / "out" / name)
    assert nx.read_graphml(tmp_path / "out" / "graph.graphml").number_of_nodes() == load_graph(tmp_path / "out" / "graph.json").number_of_nodes()


# ---- one run's files are one unit (issue 21, item 8) --------------------------------------

KILLER = r"""
import os, signal, sys
sys.path.insert(0, sys.argv[1])
from tests.graphs import small_graph
from pipeline.export import write_outputs
limit, calls = int(sys.argv[3]), [0]
def counted(function):
    def call(*args, **kwargs):
        calls[0] += 1
        if calls[0] == limit:
            os.kill(os.getpid(), signal.SIGKILL)
        return function(*args, **kwargs)
    return call
for name in ("replace", "rename", "symlink", "link", "unlink", "rmdir", "mkdir", "fsync", "fchmod"):
    setattr(os, name, counted(getattr(os, name)))
write_outputs(small_graph(name="Vladimir Poetin (new)", articles=3), sys.argv[2])
print("finished after", calls[0], "calls")
"""


def _state(out: Path) -> dict[str, bytes]:
    return {name: (out / name).read_bytes() for name in PUBLIC[:2]}


@pytest.mark.slow
@pytest.mark.parametrize("before", ["published", "plain files of an older version"])
def test_a_kill_between_any_two_writes_never_mixes_old_and_new_outputs(tmp_path, before):
    old_graph, new_graph = small_graph(), small_graph(name="Vladimir Poetin (new)", articles=3)
    old = {name: data for name, data in output_files(old_graph).items() if name in PUBLIC[:2]}
    new = {name: data for name, data in output_files(new_graph).items() if name in PUBLIC[:2]}
    script = tmp_path / "killer.py"
    script.write_text(KILLER)
    limit, finished = 0, False
    while not finished:
        limit += 1
        out = tmp_path / f"out{limit}"
        if before == "published":
            write_outputs(old_graph, out)
        else:
            out.mkdir()
            for name, data in old.items():
                (out / name).write_bytes(data)
        done = subprocess.run([sys.executable, str(script), str(REPO), str(out), str(limit)], capture_output=True, text=True, timeout=60)
        finished = done.returncode == 0
        assert finished or done.returncode == -9, done.stderr
        assert _state(out) in (old, new), f"mixed outputs after a kill at write {limit}"
        if finished:
            assert _state(out) == new and "finished" in done.stdout
    # after the last kill a normal run publishes the new set and removes the killed runs' folders
    write_outputs(new_graph, out)
    assert _state(out) == new and len(list((out / ".runs").iterdir())) == 1
    assert load_graph(out / "graph.json").graph["articles"] == 3
    assert limit > 10  # the kill landed between every pair of file-system calls


def test_a_file_system_without_symlinks_is_one_clear_error_and_nothing_is_left(tmp_path, monkeypatch):
    from pipeline import publish
    from pipeline.files import OutputError

    write_outputs(small_graph(), tmp_path)
    before = {name: (tmp_path / name).read_bytes() for name in PUBLIC}

    def refuse(*args, **kwargs):
        raise OSError(1, "Operation not permitted")

    monkeypatch.setattr(publish.os, "symlink", refuse)
    with pytest.raises(OutputError, match="cannot publish the outputs: not writable"):
        write_outputs(small_graph(name="Vladimir Poetin (new)"), tmp_path)
    assert {name: (tmp_path / name).read_bytes() for name in PUBLIC} == before
    assert len(list((tmp_path / ".runs").iterdir())) == 1


def test_manifest_lists_every_file_with_its_hash(tmp_path):
    import hashlib

    write_outputs(small_graph(), tmp_path)
    listing = json.loads((tmp_path / "manifest.json").read_text())
    assert sorted(listing["files"]) == sorted(PUBLIC[:-1])
    for name, entry in listing["files"].items():
        assert hashlib.sha256((tmp_path / name).read_bytes()).hexdigest() == entry["sha256"]
    assert graph_json(small_graph()).encode() == (tmp_path / "graph.json").read_bytes()


def _archive_like_graph(articles: int = 3000) -> nx.DiGraph:
    from .graphs import entity, meeting

    graph = small_graph(articles=articles)
    graph.graph["schema_version"] = "1.1"
    graph.graph["article_table"] = [{"id": f"d{i}", "title": f"Kop {i} " * 5, "published": "2019-05-14", "url": None, "site": None,
                                     "author": None, "source": f"feed.jsonl:{i}"} for i in range(1, articles + 1)]
    for i in range(articles):
        entity(graph, f"PERSON:p{i}", f"Persoon {i}", doc_ids=[f"d{i + 1}"])
        meeting(graph, f"meeting:x{i}", ["Q7747", f"PERSON:p{i}"], sentence=f"Poetin ontmoette Persoon {i} in Moskou. " * 3, doc_id=f"d{i + 1}")
    return graph


def test_graph_json_is_written_piece_by_piece_never_whole():
    """Peak memory of an archive's export is the graph, not the graph plus its JSON text."""
    import os
    import tracemalloc

    from pipeline.export import write_graph_json

    graph = _archive_like_graph()
    size = len(graph_json(graph).encode())
    tracemalloc.start()
    with open(os.devnull, "wb") as sink:
        write_graph_json(graph, sink)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    # the sorted node and edge lists and the article ids are all it holds: no text of the whole
    assert size > 2_000_000 and peak < size / 3, (size, peak)


def test_the_run_files_are_written_one_after_the_other(tmp_path, monkeypatch):
    """Each file is produced while it is written, never all of them first (`output_files`)."""
    from pipeline import export

    monkeypatch.setattr(export, "output_files", lambda graph: pytest.fail("write_outputs built every file in memory"))
    written = []
    writers = export.output_writers(small_graph())
    monkeypatch.setattr(export, "output_writers", lambda graph: {
        name: (lambda out, name=name, write=write: (written.append(name), write(out))) for name, write in writers.items()})
    write_outputs(small_graph(), tmp_path)
    assert written == PUBLIC[:-1]
    listing = json.loads((tmp_path / "manifest.json").read_text())["files"]
    assert all(listing[name]["bytes"] == (tmp_path / name).stat().st_size for name in PUBLIC[:-1])
