"""Stage 6, graph: per-article `Extraction`s → one merged networkx `DiGraph`.

Entities merge across articles by key; events keep all their evidence. Node and edge
attributes follow the contract in `schemas.py` (entity → event for participant and
speaker, event → entity for place, addressee and about). Ids are derived from content
only, so the same input always gives the same graph, whatever the order of articles.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterable
from datetime import date, datetime, timezone

import networkx as nx

from .schemas import ArticleEntity, Evidence, Extraction, GraphAttributes, ModelInfo


def _event_id(kind: str, *parts: object) -> str:
    digest = hashlib.sha1("\x1f".join(map(str, parts)).encode("utf8")).hexdigest()[:16]
    return f"{kind}:{digest}"


class GraphBuilder:
    """Accumulates extractions one at a time so a run never holds more than the graph."""

    def __init__(self) -> None:
        self.graph = nx.DiGraph()
        self.articles = 0

    def add(self, extraction: Extraction) -> None:
        self.articles += 1
        for entity in extraction.entities:
            self._add_entity(entity, extraction.doc_id)
        for meeting in extraction.meetings:
            node = _event_id("meeting", meeting.type, meeting.evidence.doc_id, meeting.evidence.start, *sorted(meeting.participants))
            self._add_event(node, kind="meeting", type=meeting.type, date=meeting.date, evidence=meeting.evidence)
            for participant in meeting.participants:
                self.graph.add_edge(participant, node, role="participant")
            if meeting.place:
                self.graph.add_edge(node, meeting.place, role="place")
        for statement in extraction.statements:
            node = _event_id("statement", statement.evidence.doc_id, statement.evidence.start, statement.speaker, statement.text)
            self._add_event(node, kind="statement", type=statement.type, date=statement.date, text=statement.text, cue=statement.cue, evidence=statement.evidence)
            self.graph.add_edge(statement.speaker, node, role="speaker")
            if statement.addressee:
                self.graph.add_edge(node, statement.addressee, role="addressee")
            for about in statement.about:
                self.graph.add_edge(node, about, role="about")

    def _add_entity(self, entity: ArticleEntity, doc_id: str) -> None:
        surface_forms = {m.text for m in entity.mentions}
        if entity.key in self.graph:
            node = self.graph.nodes[entity.key]
            node["aliases"] = sorted(set(node["aliases"]) | surface_forms)
            node["mentions"] += len(entity.mentions)
            node["doc_ids"] = sorted(set(node["doc_ids"]) | {doc_id})
            node["kb_id"] = node["kb_id"] or entity.kb_id
        else:
            self.graph.add_node(
                entity.key, kind="entity", name=entity.name, type=entity.type, aliases=sorted(surface_forms),
                mentions=len(entity.mentions), kb_id=entity.kb_id, doc_ids=[doc_id],
            )

    def _add_event(self, node: str, *, evidence: Evidence, **attributes) -> None:
        record = evidence.model_dump()
        if node in self.graph:
            known = self.graph.nodes[node]["evidence"]
            if record not in known:
                self.graph.nodes[node]["evidence"] = sorted([*known, record], key=lambda e: (e["doc_id"], e["start"]))
        else:
            self.graph.add_node(node, evidence=[record], **attributes)

    def finish(self, model: ModelInfo, created: date | None = None) -> nx.DiGraph:
        attributes = GraphAttributes(model=model, created=(created or run_date()).isoformat(), articles=self.articles)
        self.graph.graph.update(attributes.model_dump())
        return self.graph


def run_date() -> date:
    """Today (UTC), or the day of `SOURCE_DATE_EPOCH` when set: a date rather than a time
    so that reruns of the same input give byte-identical files."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    moment = datetime.fromtimestamp(int(epoch), timezone.utc) if epoch else datetime.now(timezone.utc)
    return moment.date()


def build_graph(extractions: Iterable[Extraction], model: ModelInfo, created: date | None = None) -> nx.DiGraph:
    """All extractions → the merged graph, with the run's metadata as graph attributes."""
    builder = GraphBuilder()
    for extraction in extractions:
        builder.add(extraction)
    return builder.finish(model, created)
