"""Reports of one event across articles: the meeting merge (order- and count-independent)
and identical statements of several articles as one statement with an evidence list."""

from __future__ import annotations

import itertools
import random
from datetime import date

import pytest

from pipeline.api import NewsGraph
from pipeline.event_merge import clusters, compatible
from pipeline.export import graph_json
from pipeline.graph import build_graph
from pipeline.schemas import ArticleEntity, ArticleMeeting, ArticleStatement, Evidence, Extraction, ModelInfo
from pipeline.tables import tables
from pipeline.view import view_data

MODEL = ModelInfo(name="nl_test", version="0.0", source="path /tmp/model")
CREATED = date(2026, 1, 2)
SENTENCE = "Poetin ontmoette Pompeo."
PLACES = {"PLACE:Sotsji": "Sotsji", "PLACE:Moskou": "Moskou"}


def _entity(key: str, name: str, type: str = "PERSON") -> ArticleEntity:
    return ArticleEntity(key=key, name=name, type=type, mentions=[{"text": name, "start": 0, "end": len(name)}])


def meeting_report(doc_id: str, day: str | None, place: str | None, source: str = "text") -> Extraction:
    evidence = Evidence(doc_id=doc_id, sentence=SENTENCE, start=0, end=len(SENTENCE))
    entities = [_entity("PERSON:Poetin", "Poetin"), _entity("PERSON:Pompeo", "Pompeo")]
    entities += [_entity(place, PLACES[place], "PLACE")] if place else []
    meeting = ArticleMeeting(type="meeting", participants=["PERSON:Poetin", "PERSON:Pompeo"], place=place, date=day,
                             date_source=source if day else None, rule="trigger_verb", evidence=evidence)
    return Extraction(doc_id=doc_id, source=doc_id, published="2019-05-20", entities=entities, meetings=[meeting],
                      title=f"Title {doc_id}", url=f"https://news.example/{doc_id}")


SIGNATURES = [("2019-05-14", "text", "PLACE:Sotsji"), (None, None, None), ("2019-05-14", "text", "PLACE:Moskou"),
              ("2019-05-15", "text", None), ("2019-05", "text", "PLACE:Sotsji"), ("2019-05-13", "text", "PLACE:Sotsji"),
              ("2019-05-16", "text", "PLACE:Sotsji"), ("2019", "text", None), ("2019-06-01", "text", None), (None, None, "PLACE:Moskou"),
              ("2019-05-20", "published", None), ("2019-05-14", "published", "PLACE:Sotsji"), ("2019-06-02", "published", None)]


def _meetings(graph) -> list[tuple]:
    """Each meeting as what it says, without its id: date, place, evidence articles."""
    out = []
    for node, attrs in graph.nodes(data=True):
        if attrs["kind"] == "meeting":
            place = [v for _, v, role in graph.out_edges(node, data="role") if role == "place"]
            out.append((attrs["date"], attrs["date_source"], tuple(place), tuple(sorted({e["doc_id"].split("~")[0] for e in attrs["evidence"]}))))
    return sorted(out, key=repr)


def test_meeting_merge_is_independent_of_input_order():
    reports = [meeting_report(f"doc{index:02d}", day, place, source) for index, (day, source, place) in enumerate(SIGNATURES)]
    expected = graph_json(build_graph(reports, MODEL, CREATED))
    for seed in range(12):
        shuffled = random.Random(seed).sample(reports, len(reports))
        assert graph_json(build_graph(shuffled, MODEL, CREATED)) == expected


@pytest.mark.parametrize("copies", [2, 4, 16])
def test_meeting_merge_is_the_same_for_duplicated_input(copies):
    """Copies under new article ids (the archive benchmark's input) change the ids the
    merge sees, never which reports are one meeting."""
    reports = [meeting_report(f"doc{index:02d}", day, place, source) for index, (day, source, place) in enumerate(SIGNATURES)]
    once = _meetings(build_graph(reports, MODEL, CREATED))
    duplicated = [meeting_report(f"doc{index:02d}~{copy}", day, place, source) for copy in range(copies)
                  for index, (day, source, place) in enumerate(SIGNATURES)]
    assert _meetings(build_graph(duplicated, MODEL, CREATED)) == once


def test_meetings_clusters_are_cliques_and_vague_reports_never_glue_two_meetings():
    placed = clusters(SIGNATURES)
    for a, b in itertools.combinations(SIGNATURES, 2):
        if placed[a] == placed[b]:
            assert compatible(a, b), (a, b)
    assert placed[("2019-05-14", "text", "PLACE:Sotsji")] != placed[("2019-05-14", "text", "PLACE:Moskou")]
    # fits both the Sotsji and the Moskou meeting of 14 May: which one it reports is unknown
    assert sum(placed[(None, None, None)] == cluster for cluster in placed.values()) == 1
    assert placed[("2019-05-13", "text", "PLACE:Sotsji")] == placed[("2019-05-14", "text", "PLACE:Sotsji")]
    # May in Sotsji fits the 13th-14th, the 16th and the placeless 15th: alone too
    assert sum(placed[("2019-05", "text", "PLACE:Sotsji")] == cluster for cluster in placed.values()) == 1
    pair = [("2019-05", "text", "PLACE:Sotsji"), ("2019-05-14", "text", "PLACE:Sotsji")]
    assert clusters(pair) == dict.fromkeys(pair, 0)
    # a publication date only bounds from above: published on the 20th fits the 14th to the 16th
    assert compatible(("2019-05-14", "text", None), ("2019-05-20", "published", None))
    assert not compatible(("2019-05-20", "text", None), ("2019-05-14", "published", None))


def test_clusters_do_not_depend_on_the_order_of_signatures():
    expected = clusters(SIGNATURES)
    groups = lambda placed: sorted(sorted(map(repr, (s for s in placed if placed[s] == c))) for c in set(placed.values()))  # noqa: E731
    for permutation in itertools.islice(itertools.permutations(SIGNATURES), 0, 5000, 97):
        assert groups(clusters(permutation)) == groups(expected)


def statement_report(doc_id: str, text: str, speaker: str = "PERSON:Poetin", day: str | None = "2019-05-14", start: int = 0,
                     about: tuple[str, ...] = ()) -> Extraction:
    sentence = f"'{text}', zei Poetin."
    entities = [_entity("PERSON:Poetin", "Poetin"), _entity("PERSON:Lavrov", "Lavrov"), _entity("PERSON:Pompeo", "Pompeo")]
    statement = ArticleStatement(type="direct", speaker=speaker, text=text, cue="zeggen", date=day, date_source="text" if day else None,
                                 rule="quote_cue_after", about=list(about),
                                 evidence=Evidence(doc_id=doc_id, sentence=sentence, start=start, end=start + len(sentence)))
    return Extraction(doc_id=doc_id, source=doc_id, published=day, entities=entities, statements=[statement], title=f"Krant {doc_id}",
                      url=f"https://news.example/{doc_id}")


def _statements(graph) -> list[dict]:
    return [attrs for _, attrs in sorted(graph.nodes(data=True)) if attrs["kind"] == "statement"]


def test_a_wire_story_in_several_papers_is_one_statement_with_every_article_as_evidence():
    copies = [statement_report("ad", "Het was een goed gesprek", about=("PERSON:Pompeo",)),
              statement_report("nu", "Het was een goed gesprek.", start=40),
              statement_report("volkskrant", "het was een góed gesprek", day="2019-05-15", about=("PERSON:Lavrov",))]
    graph = build_graph(copies, MODEL, CREATED)
    (statement,) = _statements(graph)
    assert [e["doc_id"] for e in statement["evidence"]] == ["ad", "nu", "volkskrant"]
    assert statement["date"] == "2019-05-14"
    (node,) = [n for n, kind in graph.nodes(data="kind") if kind == "statement"]
    assert sorted(v for _, v, role in graph.out_edges(node, data="role") if role == "about") == ["PERSON:Lavrov", "PERSON:Pompeo"]
    # each article stays traceable: title, date and link per evidence item, in the API, tables and view
    frame = NewsGraph(graph).statements(speaker="Poetin")
    assert list(frame.doc_ids[0]) == ["ad", "nu", "volkskrant"] and list(frame.titles[0]) == ["Krant ad", "Krant nu", "Krant volkskrant"]
    table = tables(graph)
    assert len(table["statements"]) == 1 and list(table["statements"].doc_ids[0]) == ["ad", "nu", "volkskrant"]
    assert sorted(table["evidence"].doc_id) == ["ad", "nu", "volkskrant"]
    assert list(table["articles"].statements) == [1, 1, 1]
    cited = view_data(NewsGraph(graph))["events"][node]["evidence"]
    assert [(e["title"], e["published"], e["url"]) for e in cited] == [
        ("Krant ad", "2019-05-14", "https://news.example/ad"), ("Krant nu", "2019-05-14", "https://news.example/nu"),
        ("Krant volkskrant", "2019-05-15", "https://news.example/volkskrant")]


@pytest.mark.parametrize(
    ("second", "merged"),
    [
        (statement_report("b", "Het was een goed gesprek", speaker="PERSON:Lavrov"), False),
        (statement_report("b", "Het was een slecht gesprek"), False),
        (statement_report("b", "Het was een goed gesprek", day="2019-09-01"), False),
        (statement_report("b", "Het was een goed gesprek", day=None), True),
        (statement_report("b", "HET WAS EEN GOED GESPREK!"), True),
    ],
)
def test_statements_merge_only_with_the_same_speaker_content_and_a_compatible_date(second, merged):
    graph = build_graph([statement_report("a", "Het was een goed gesprek"), second], MODEL, CREATED)
    assert len(_statements(graph)) == (1 if merged else 2)


def test_statement_merge_is_the_same_for_shuffled_and_duplicated_input():
    reports = [statement_report(f"d{i}", text, day=day) for i, (text, day) in enumerate(
        itertools.product(["Ja", "Nee", "Misschien later."], ["2019-05-14", "2019-05-15", "2019-05-17", None, "2019-05"]))]
    expected = graph_json(build_graph(reports, MODEL, CREATED))
    assert graph_json(build_graph(reports[::-1], MODEL, CREATED)) == expected
    twice = build_graph(reports + [statement_report(f"d{i}~2", s.statements[0].text, day=s.statements[0].date)
                                   for i, s in enumerate(reports)], MODEL, CREATED)
    assert len(_statements(twice)) == len(_statements(build_graph(reports, MODEL, CREATED)))
