"""The notebook API on the seeds' graph: DataFrames, alias lookup, entity view, projection."""

from __future__ import annotations

import pytest

from pipeline import NewsGraph, extract, load
from pipeline.api import highlight
from pipeline.run import run

from .conftest import SAMPLES

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def graph(tmp_path_factory) -> NewsGraph:
    out = tmp_path_factory.mktemp("api")
    run([str(SAMPLES)], out, use_cache=False)
    return load(out / "graph.json")


@pytest.mark.parametrize("alias", ["Putin", "Poetin", "Vladimir Poetin", "poetin", "Q7747", "de Russische president"])
def test_any_alias_finds_putin(graph, alias):
    assert graph.find(alias) == "Q7747"


def test_statements_by_speaker_alias(graph):
    by_english, by_dutch = graph.statements(speaker="Putin"), graph.statements(speaker="Poetin")
    assert len(by_english) >= 4 and by_english.equals(by_dutch)
    assert set(by_english.speaker) == {"Vladimir Putin"}
    assert {"direct", "indirect"} <= set(by_english.type)
    assert list(graph.statements(speaker="Putin", type="direct").type.unique()) == ["direct"]


def test_meetings_filtered_by_entity_type_and_date(graph):
    pompeo = graph.meetings(entity="Pompeo")
    assert any(set(p) == {"Mike Pompeo", "Sergey Lavrov"} for p in pompeo.participants)
    assert all("Mike Pompeo" in p for p in pompeo.participants)
    calls = graph.meetings(type="call")
    assert len(calls) >= 1 and set(calls.type) == {"call"}
    dated = graph.statements(start="2019-05-14", end="2019-05-14")
    assert len(dated) >= 1 and set(dated.date) == {"2019-05-14"}
    assert graph.statements(start="2030-01-01").empty


def test_entity_view(graph):
    putin = graph.entity("Putin")
    assert (putin.name, putin.kb_id, putin.type) == ("Vladimir Putin", "Q7747", "PERSON")
    assert "Poetin" in putin.aliases and putin.mentions >= 5
    assert "Donald Trump" in putin.met()
    assert len(putin.said()) >= 4
    assert "Vladimir Putin" in putin._repr_html_()
    with pytest.raises(KeyError, match="no entity called 'Nobody Atall'"):
        graph.entity("Nobody Atall")


def test_projection_weights_evidence(graph):
    projected = graph.projection()
    edge = projected.edges["Q7747", "Q22686"]  # Putin – Trump
    assert "met" in edge["relations"] and edge["weight"] >= 1 and edge["events"]
    assert all(data["weight"] >= 1 for *_, data in projected.edges(data=True))


def test_evidence_html_marks_and_escapes(graph):
    event = graph.statements(speaker="Putin").id[0]
    markup = graph.evidence_html(event)
    assert "<mark class='newsgraph-speaker'" in markup and "000_84c4952abb643df5" in markup
    assert "<table>" in graph._repr_html_()


def test_highlight_escapes_everything():
    markup = highlight("<b>Poetin</b> & co", [("Poetin", "speaker")])
    assert markup == "&lt;b&gt;<mark class='newsgraph-speaker' title='speaker'>Poetin</mark>&lt;/b&gt; &amp; co"


def test_extract_texts_in_memory():
    g = extract(["Poetin ontmoette dinsdag Pompeo in Sotsji. 'Het was een goed gesprek', zei Poetin."], published="2019-05-14")
    meetings = g.meetings(entity="Putin")
    assert list(meetings.participants[0]) == ["Mike Pompeo", "Vladimir Putin"]
    assert (meetings.place[0], meetings.date[0]) == ("Sochi", "2019-05-14")
    assert list(g.statements(speaker="Putin").text) == ["Het was een goed gesprek"]
