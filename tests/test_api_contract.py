"""The notebook API's answers on a hand-built graph (no model): partial dates as intervals,
clear errors for wrong arguments, one missing-value convention."""

from __future__ import annotations

import json
from datetime import date

import pytest

from pipeline import api
from pipeline.api import NewsGraph, load
from pipeline.export import write_outputs

from .graphs import small_graph


@pytest.fixture
def graph() -> NewsGraph:
    return NewsGraph(small_graph())


def test_a_month_date_is_inside_that_months_day_range(graph):
    may = graph.meetings(start="2019-05-01", end="2019-05-31")
    assert set(may.id) == {"meeting:1", "meeting:2"}  # meeting:1 is dated 2019-05
    assert set(graph.meetings(start="2019-05").id) == {"meeting:1", "meeting:2"}  # a month as a bound: from its first day
    assert set(graph.meetings(start="2019-05-14", end="2019-05-14").id) == {"meeting:2"}  # 2019-05 may be another day
    assert set(graph.meetings(start="2019-05-02").id) == {"meeting:2"}
    assert set(graph.meetings(end="2019-04").id) == set()
    assert set(graph.statements(start="2019", end="2019").id) == {"statement:1", "statement:2"}
    assert set(graph.statements(start="2019-06", end="2019-12").id) == set()  # dated 2019: not all inside
    assert set(graph.statements(start=date(2019, 5, 15), end=date(2019, 5, 15)).id) == {"statement:1"}
    assert "meeting:3" in set(graph.meetings().id)  # undated: only without a date filter


@pytest.mark.parametrize("call, message", [
    (lambda g: g.meetings(type="meating"), "unknown meeting type 'meating'; choose one of meeting, call, visit"),
    (lambda g: g.statements(type="meeting"), "unknown statement type 'meeting'; choose one of direct, indirect"),
    (lambda g: g.entities(type="person"), "unknown entity type 'person'; choose one of PERSON, ORG, PLACE, OTHER"),
    (lambda g: g.meetings(start="14 mei 2019"), "start: not a date: '14 mei 2019'"),
    (lambda g: g.statements(end="2019-02-30"), "end: not a date: '2019-02-30' (no such day)"),
    (lambda g: g.meetings(start="2019-06", end="2019-05"), "start '2019-06' is after end '2019-05'"),
])
def test_unknown_values_raise_value_error_naming_the_accepted_ones(graph, call, message):
    with pytest.raises(ValueError) as raised:
        call(graph)
    assert message in str(raised.value)


@pytest.mark.parametrize("call", [lambda g: g.meetings(start=20190501), lambda g: g.statements(type=1),
                                  lambda g: g.meetings(entity=7747), lambda g: api.extract(42)])
def test_wrong_argument_types_raise_type_error(graph, call):
    with pytest.raises(TypeError):
        call(graph)


def test_extract_takes_one_string_as_one_text(monkeypatch):
    seen = []

    def fake_extract_articles(articles, choice):
        seen.extend(articles)
        return iter(())

    monkeypatch.setattr(api, "extract_articles", fake_extract_articles)
    monkeypatch.setattr(api, "resolve_model", lambda model: None)
    monkeypatch.setattr(api, "model_info", lambda choice: {"name": "test", "version": "0", "source": "test"})
    api.extract("Rutte belde met Merkel.")
    assert [a.text for a in seen] == ["Rutte belde met Merkel."]  # one article, not 23 one-character ones


def test_missing_values_are_none_after_load_as_in_memory(graph, tmp_path):
    write_outputs(graph.graph, tmp_path)
    loaded = load(tmp_path / "graph.json")
    for frames in ((graph.meetings(), loaded.meetings()), (graph.statements(), loaded.statements()), (graph.entities(), loaded.entities())):
        for frame in frames:
            cells = [value for column in frame.columns for value in frame[column]]
            assert not any(isinstance(value, float) for value in cells), "NaN where the graph has None"
        assert frames[0].to_dict("records") == frames[1].to_dict("records")
    meetings = loaded.meetings().set_index("id")
    assert meetings.loc["meeting:3", "date"] is None and meetings.loc["meeting:2", "place"] is None
    assert json.loads(loaded.meetings().to_json())  # serialisable as it is
