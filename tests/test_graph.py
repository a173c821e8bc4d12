from __future__ import annotations

import json
from datetime import date

import networkx as nx
import pytest

from pipeline.export import graph_json, load_graph, write_outputs
from pipeline.graph import build_graph
from pipeline.schemas import (ArticleEntity, ArticleMeeting, ArticleStatement, Evidence, Extraction, GraphDocument,
                              Mention, ModelInfo)
from scripts.write_schema import SCHEMA_PATH, graph_schema_text

MODEL = ModelInfo(name="nl_test", version="0.0", source="path /tmp/model")
TEXT = "Poetin ontmoette Pompeo in Sotsji. 'Het was goed', zei Poetin."


def putin(doc_id: str = "a") -> ArticleEntity:
    return ArticleEntity(key="PERSON:Poetin", name="Poetin", type="PERSON", mentions=[Mention(text="Poetin", start=0, end=6)])


def extraction(doc_id: str = "a") -> Extraction:
    evidence = Evidence(doc_id=doc_id, sentence=TEXT[:34], start=0, end=34)
    quote = Evidence(doc_id=doc_id, sentence=TEXT[35:], start=35, end=len(TEXT))
    return Extraction(
        doc_id=doc_id, source=f"{doc_id}.txt", published="2019-05-14",
        entities=[
            putin(doc_id),
            ArticleEntity(key="PERSON:Pompeo", name="Pompeo", type="PERSON", mentions=[Mention(text="Pompeo", start=17, end=23)]),
            ArticleEntity(key="PLACE:Sotsji", name="Sotsji", type="PLACE", mentions=[Mention(text="Sotsji", start=27, end=33)]),
        ],
        meetings=[ArticleMeeting(type="meeting", participants=["PERSON:Poetin", "PERSON:Pompeo"], place="PLACE:Sotsji", date="2019-05-14", rule="trigger_verb", evidence=evidence)],
        statements=[ArticleStatement(type="direct", speaker="PERSON:Poetin", text="Het was goed", cue="zeggen", date="2019-05-14", rule="quote_cue_after", evidence=quote)],
    )


def test_graph_merges_entities_across_articles():
    graph = build_graph([extraction("a"), extraction("b")], MODEL, created=date(2026, 1, 2))
    node = graph.nodes["PERSON:Poetin"]
    assert node["mentions"] == 2 and node["doc_ids"] == ["a", "b"] and node["aliases"] == ["Poetin"]
    assert graph.graph["created"] == "2026-01-02" and graph.graph["schema_version"] == "1.2"
    assert [row["id"] for row in graph.graph["article_table"]] == ["a", "b"]
    (meeting,) = [attrs for _, attrs in graph.nodes(data=True) if attrs["kind"] == "meeting"]
    assert [e["doc_id"] for e in meeting["evidence"]] == ["a", "b"]


def test_graph_edge_directions_follow_the_contract():
    graph = build_graph([extraction()], MODEL)
    roles = {(graph.nodes[u]["kind"], graph.nodes[v]["kind"], d["role"]) for u, v, d in graph.edges(data=True)}
    assert roles == {("entity", "meeting", "participant"), ("meeting", "entity", "place"), ("entity", "statement", "speaker")}


def test_graph_same_event_twice_keeps_one_evidence():
    graph = build_graph([extraction("a"), extraction("a")], MODEL)
    events = [attrs for _, attrs in graph.nodes(data=True) if attrs["kind"] != "entity"]
    assert len(events) == 2
    assert all(len(attrs["evidence"]) == 1 for attrs in events)


def test_export_round_trips_through_node_link_data(tmp_path):
    graph = build_graph([extraction("a"), extraction("b")], MODEL)
    paths = write_outputs(graph, tmp_path)
    assert [p.name for p in paths] == ["graph.json", "graph.graphml", "graph.gexf", "entities.graphml", "entities.gexf", "manifest.json"]
    data = json.loads((tmp_path / "graph.json").read_text())
    back = nx.node_link_graph(data, edges="edges")
    assert nx.utils.graphs_equal(back, graph)
    assert nx.utils.graphs_equal(load_graph(tmp_path / "graph.json"), graph)
    graphml = nx.read_graphml(tmp_path / "graph.graphml")
    assert set(graphml.nodes) == set(graph.nodes)
    assert json.loads(graphml.nodes["PERSON:Poetin"]["aliases"]) == ["Poetin"]
    assert not list(tmp_path.glob(".*.tmp"))


def test_export_is_byte_identical_whatever_the_article_order():
    created = date(2026, 1, 2)
    forward = build_graph([extraction("a"), extraction("b")], MODEL, created)
    backward = build_graph([extraction("b"), extraction("a")], MODEL, created)
    assert graph_json(forward) == graph_json(backward)


def test_export_rejects_a_graph_that_breaks_the_contract():
    graph = build_graph([extraction()], MODEL)
    graph.nodes["PERSON:Poetin"]["type"] = "ANIMAL"
    with pytest.raises(ValueError):
        graph_json(graph)


def test_schema_file_is_generated_from_the_models():
    assert SCHEMA_PATH.read_text() == graph_schema_text(), "run `make schema` and commit schema/graph.schema.json"
    assert GraphDocument.model_json_schema()["properties"]["nodes"]["items"]["discriminator"]["propertyName"] == "kind"


def entity(key: str, name: str, type: str, mentions: int = 1, kb_id: str | None = None) -> ArticleEntity:
    return ArticleEntity(key=key, name=name, type=type, kb_id=kb_id, mentions=[Mention(text=name, start=i, end=i + 1) for i in range(mentions)])


def person(key: str, name: str, mentions: int = 1, kb_id: str | None = None) -> ArticleEntity:
    return entity(key, name, "PERSON", mentions, kb_id)


def only_entities(doc_id: str, *entities: ArticleEntity) -> Extraction:
    return Extraction(doc_id=doc_id, source=doc_id, entities=list(entities))


@pytest.mark.parametrize(
    ("first", "second", "merged"),
    [
        (person("PERSON:remco breuker", "Remco Breuker"), person("PERSON:breuker", "Breuker"), True),
        (person("PERSON:chrushchov", "Nikita Chroesjtsjov"), person("PERSON:chrushchev", "Nikita Khrushchev"), True),
        (person("PERSON:chrushchov", "Chroesjtsjov"), person("PERSON:chrushchev", "Khrushchev"), True),
        (person("PERSON:olena zelenska", "Olena Zelenska"), person("PERSON:volodimir zelenski", "Volodymyr Zelenski"), False),
        (person("PERSON:kim io iong", "Kim Yo-jong"), person("PERSON:kim iong un", "Kim Jong-un"), False),
        (person("PERSON:anna breuker", "Anna Breuker"), person("PERSON:remco breuker", "Remco Breuker"), False),
        (person("PERSON:van dik", "Van Dijk"), person("PERSON:iasper van dik", "Jasper van Dijk"), True),
        (person("PERSON:van dale", "Van Dale"), person("PERSON:dick dale", "Dick Dale"), False),
        (person("PERSON:michael", "Michael"), person("PERSON:michel", "Michel"), False),
        (person("PERSON:han", "HAN"), person("PERSON:feri de han", "Ferry de Haan"), False),
        (person("PERSON:k", "K"), person("PERSON:marvan k", "Marwan K"), False),
        (entity("ORG:europes parlement", "Europees Parlement", "ORG"), entity("ORG:europese parlement", "Europese Parlement", "ORG"), True),
        (entity("ORG:telegraf", "Telegraaf", "ORG"), entity("ORG:telegram", "Telegram", "ORG"), False),
    ],
)
def test_graph_links_names_across_articles(first, second, merged):
    graph = build_graph([only_entities("a", first), only_entities("b", second)], MODEL)
    people = [attrs for _, attrs in graph.nodes(data=True) if attrs["kind"] == "entity"]
    assert (len(people) == 1) is merged
    if merged:
        assert people[0]["doc_ids"] == ["a", "b"] and people[0]["mentions"] == 2


def test_graph_bare_surname_with_particles_and_two_full_names_stays_apart():
    graph = build_graph([only_entities("a", person("PERSON:bart van dik", "Bart van Dijk")),
                         only_entities("b", person("PERSON:iasper van dik", "Jasper van Dijk")),
                         only_entities("c", person("PERSON:van dik", "Van Dijk"))], MODEL)
    assert sum(1 for _, kind in graph.nodes(data="kind") if kind == "entity") == 3


def test_graph_bare_surname_with_two_full_names_stays_apart():
    graph = build_graph([only_entities("a", person("PERSON:anna breuker", "Anna Breuker"), person("PERSON:remco breuker", "Remco Breuker")),
                         only_entities("b", person("PERSON:breuker", "Breuker"))], MODEL)
    assert sum(1 for _, kind in graph.nodes(data="kind") if kind == "entity") == 3


def test_graph_kb_nodes_are_kept_and_absorb_variants():
    graph = build_graph([only_entities("a", person("Q3874799", "Volodymyr Zelensky", kb_id="Q3874799")),
                         only_entities("b", person("PERSON:volodimir zelenskii", "Wolodymyr Zelenskii"))], MODEL)
    assert list(graph.nodes) == ["Q3874799"]
    assert graph.nodes["Q3874799"]["name"] == "Volodymyr Zelensky"


def test_graph_cross_article_linking_is_order_independent():
    extractions = [only_entities("a", person("PERSON:remco breuker", "Remco Breuker", 2)), only_entities("b", person("PERSON:breuker", "Breuker")),
                   only_entities("c", person("PERSON:breuker", "Breuker"))]
    created = date(2026, 1, 2)
    assert graph_json(build_graph(extractions, MODEL, created)) == graph_json(build_graph(extractions[::-1], MODEL, created))


def meeting_in(doc_id: str, start: int, meeting_date: str | None, place: str | None = "PLACE:Sotsji", source: str | None = "text") -> Extraction:
    base = extraction(doc_id)
    evidence = Evidence(doc_id=doc_id, sentence=TEXT[:34], start=start, end=start + 34)
    meeting = ArticleMeeting(type="meeting", participants=["PERSON:Poetin", "PERSON:Pompeo"], place=place, date=meeting_date,
                             date_source=source if meeting_date else None, rule="trigger_verb", evidence=evidence)
    places = [ArticleEntity(key=place, name=place[6:], type="PLACE", mentions=[Mention(text=place[6:], start=27, end=33)])] if place else []
    return base.model_copy(update={"meetings": [meeting], "statements": [], "entities": base.entities[:2] + places})


@pytest.mark.parametrize(
    ("first", "second", "merged"),
    [
        (("2019-05-14", "PLACE:Sotsji"), ("2019-05-14", "PLACE:Sotsji"), True),
        (("2019-05-14", "PLACE:Sotsji"), ("2019-05-15", None), True),
        (("2019-05", "PLACE:Sotsji"), ("2019-05-14", "PLACE:Sotsji"), True),
        ((None, None), ("2019-05-14", "PLACE:Sotsji"), True),
        (("2019-05-14", "PLACE:Sotsji"), ("2019-05-20", "PLACE:Sotsji"), False),
        (("2019-05-14", "PLACE:Sotsji"), ("2019-05-14", "PLACE:Moskou"), False),
    ],
)
def test_graph_same_meeting_across_articles_is_one_node(first, second, merged):
    graph = build_graph([meeting_in("a", 0, *first), meeting_in("b", 0, *second)], MODEL)
    meetings = [attrs for _, attrs in graph.nodes(data=True) if attrs["kind"] == "meeting"]
    assert len(meetings) == (1 if merged else 2)
    if merged:
        assert [e["doc_id"] for e in meetings[0]["evidence"]] == ["a", "b"]


@pytest.mark.parametrize(
    ("first", "second", "merged"),
    [
        (("2019-05-14", "text"), ("2019-05-20", "published"), True),  # reported six days later, undated in the text
        (("2019-05-20", "text"), ("2019-05-14", "published"), False),  # published before that encounter took place
        (("2019-05-15", "text"), ("2019-05-14", "published"), True),  # a day of slack: the night, time zones
        (("2019-05-14", "published"), ("2019-05-30", "published"), True),  # two upper bounds say nothing against it
    ],
)
def test_a_publication_date_only_bounds_the_encounter_from_above(first, second, merged):
    (day_a, source_a), (day_b, source_b) = first, second
    graph = build_graph([meeting_in("a", 0, day_a, source=source_a), meeting_in("b", 0, day_b, source=source_b)], MODEL)
    meetings = [attrs for _, attrs in graph.nodes(data=True) if attrs["kind"] == "meeting"]
    assert len(meetings) == (1 if merged else 2)
    if merged and "text" in (source_a, source_b):
        stated = day_a if source_a == "text" else day_b
        assert (meetings[0]["date"], meetings[0]["date_source"]) == (stated, "text")  # what the text says wins
