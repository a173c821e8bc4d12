"""Small merged graphs built by hand, in the shape `graph.GraphBuilder` produces, for tests
of the stages after the graph (export, tables, API, view) without loading a model."""

from __future__ import annotations

import networkx as nx


def entity(graph: nx.DiGraph, key: str, name: str, type: str = "PERSON", aliases=(), mentions: int = 1, kb_id=None, doc_ids=("d1",)):
    graph.add_node(key, kind="entity", name=name, type=type, aliases=sorted({name, *aliases}), mentions=mentions, kb_id=kb_id, doc_ids=sorted(doc_ids))


def evidence(sentence: str, doc_id: str = "d1") -> list[dict]:
    return [{"doc_id": doc_id, "sentence": sentence, "start": 0, "end": len(sentence)}]


def meeting(graph: nx.DiGraph, key: str, participants, date=None, type: str = "meeting", place=None, sentence="Zij ontmoetten elkaar.", doc_id="d1"):
    graph.add_node(key, kind="meeting", type=type, date=date, evidence=evidence(sentence, doc_id))
    for participant in participants:
        graph.add_edge(participant, key, role="participant")
    if place:
        graph.add_edge(key, place, role="place")


def statement(graph: nx.DiGraph, key: str, speaker, text: str, date=None, about=(), addressee=None, type="direct", cue="zeggen", doc_id="d1"):
    graph.add_node(key, kind="statement", type=type, date=date, text=text, cue=cue, evidence=evidence(f"'{text}', zei hij.", doc_id))
    graph.add_edge(speaker, key, role="speaker")
    for target in about:
        graph.add_edge(key, target, role="about")
    if addressee:
        graph.add_edge(key, addressee, role="addressee")


def small_graph(name: str = "Vladimir Putin", articles: int = 2) -> nx.DiGraph:
    """Putin met Trump (a month), called Pompeo (a day), spoke about Trump; Merkel said
    something about nobody; Lavrov is mentioned only; Moscow is a place."""
    graph = nx.DiGraph(schema_version="1.0", model={"name": "test", "version": "0", "source": "test"}, created="2019-06-01", articles=articles)
    entity(graph, "Q7747", name, aliases=["Poetin", "Putin"], mentions=9, kb_id="Q7747", doc_ids=["d1", "d2"])
    entity(graph, "Q22686", "Donald Trump", aliases=["Trump"], mentions=4, kb_id="Q22686")
    entity(graph, "Q473239", "Mike Pompeo", aliases=["Pompeo"], mentions=2, kb_id="Q473239", doc_ids=["d2"])
    entity(graph, "Q567", "Angela Merkel", aliases=["Merkel"], mentions=3, kb_id="Q567", doc_ids=["d2"])
    entity(graph, "PERSON:Sergey Lavrov", "Sergey Lavrov", aliases=["Lavrov"], mentions=1)
    entity(graph, "geonames:524901", "Moscow", type="PLACE", aliases=["Moskou"], mentions=1, kb_id="geonames:524901")
    meeting(graph, "meeting:1", ["Q7747", "Q22686"], date="2019-05", place="geonames:524901", sentence="In mei ontmoette Poetin Trump in Moskou.")
    meeting(graph, "meeting:2", ["Q7747", "Q473239"], date="2019-05-14", type="call", sentence="Poetin belde dinsdag met Pompeo.", doc_id="d2")
    meeting(graph, "meeting:3", ["Q22686", "Q473239"], date=None, sentence="Trump en Pompeo spraken elkaar.")
    statement(graph, "statement:1", "Q7747", "Trump is een goede partner", date="2019-05-15", about=["Q22686"])
    statement(graph, "statement:2", "Q567", "Wir schaffen das", date="2019", type="indirect", cue="verklaren", doc_id="d2")
    return graph
