"""Stage 6, graph: per-article `Extraction`s → one merged networkx `DiGraph`.

Entities merge across articles by key; events keep all their evidence. Node and edge
attributes follow the contract in `schemas.py` (entity → event for participant and
speaker, event → entity for place, addressee and about). Ids are derived from content
only, so the same input always gives the same graph, whatever the order of articles.
"""

from __future__ import annotations

import hashlib
import os
from collections import Counter, defaultdict
from collections.abc import Iterable
from datetime import date, datetime, timezone

import networkx as nx

from .crosslink import cross_article_groups
from .names import name_parts
from .schemas import ArticleEntity, ArticleRecord, Evidence, Extraction, GraphAttributes, ModelInfo


def _event_id(kind: str, *parts: object) -> str:
    digest = hashlib.sha1("\x1f".join(map(str, parts)).encode("utf8")).hexdigest()[:16]
    return f"{kind}:{digest}"


class GraphBuilder:
    """Accumulates extractions one at a time so a run never holds more than the graph."""

    def __init__(self) -> None:
        self.graph = nx.DiGraph()
        self.articles = 0
        self._names: dict[str, Counter[str]] = defaultdict(Counter)
        self._article_table: dict[str, ArticleRecord] = {}

    def add(self, extraction: Extraction) -> None:
        self.articles += 1
        self._article_table[extraction.doc_id] = ArticleRecord(
            id=extraction.doc_id, title=extraction.title, published=extraction.published, url=extraction.url,
            site=extraction.site, author=extraction.author, source=extraction.source)
        for entity in extraction.entities:
            self._add_entity(entity, extraction.doc_id)
        for meeting in extraction.meetings:
            node = _event_id("meeting", meeting.type, meeting.evidence.doc_id, meeting.evidence.start, *sorted(meeting.participants))
            self._add_event(node, kind="meeting", type=meeting.type, date=meeting.date, date_source=meeting.date_source, evidence=meeting.evidence)
            for participant in meeting.participants:
                self.graph.add_edge(participant, node, role="participant")
            if meeting.place:
                self.graph.add_edge(node, meeting.place, role="place")
        for statement in extraction.statements:
            node = _event_id("statement", statement.evidence.doc_id, statement.evidence.start, statement.speaker, statement.text)
            self._add_event(node, kind="statement", type=statement.type, date=statement.date, date_source=statement.date_source,
                            text=statement.text, cue=statement.cue, evidence=statement.evidence)
            self.graph.add_edge(statement.speaker, node, role="speaker")
            if statement.addressee:
                self.graph.add_edge(node, statement.addressee, role="addressee")
            for about in statement.about:
                self.graph.add_edge(node, about, role="about")

    def _add_entity(self, entity: ArticleEntity, doc_id: str) -> None:
        surface_forms = {m.text for m in entity.mentions}
        self._names[entity.key][entity.name] += len(entity.mentions)
        if entity.key in self.graph:
            node = self.graph.nodes[entity.key]
            node["aliases"] |= surface_forms  # sets while building, sorted lists from `finish` on
            node["mentions"] += len(entity.mentions)
            node["doc_ids"].add(doc_id)
            node["kb_id"] = node["kb_id"] or entity.kb_id
        else:
            self.graph.add_node(
                entity.key, kind="entity", name=entity.name, type=entity.type, aliases=surface_forms,
                mentions=len(entity.mentions), kb_id=entity.kb_id, doc_ids={doc_id},
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
        """Link entities across articles, settle names, and attach the run's metadata."""
        for attrs in self.graph.nodes.values():
            if attrs["kind"] == "entity":
                attrs["aliases"], attrs["doc_ids"] = sorted(attrs["aliases"]), sorted(attrs["doc_ids"])
        for node, names in self._names.items():
            if node in self.graph and not self.graph.nodes[node]["kb_id"]:
                self.graph.nodes[node]["name"] = max(names, key=lambda n: (len(name_parts(n)), names[n], n))
        for group in cross_article_groups(self.graph):
            self._contract(group)
        for group in same_meeting_groups(self.graph):
            self._merge_events(group)
        attributes = GraphAttributes(model=model, created=(created or run_date()).isoformat(), articles=self.articles,
                                     article_table=[self._article_table[doc_id] for doc_id in sorted(self._article_table)])
        self.graph.graph.update(attributes.model_dump())
        return self.graph


    def _contract(self, group: list[str]) -> None:
        """Merge entity nodes that name one entity: the first of `group` survives."""
        keep, *others = group
        node = self.graph.nodes[keep]
        for other in others:
            attrs = self.graph.nodes[other]
            node["aliases"] = sorted(set(node["aliases"]) | set(attrs["aliases"]))
            node["mentions"] += attrs["mentions"]
            node["doc_ids"] = sorted(set(node["doc_ids"]) | set(attrs["doc_ids"]))
            for _, event, data in list(self.graph.out_edges(other, data=True)):
                self.graph.add_edge(keep, event, **data)
            for event, _, data in list(self.graph.in_edges(other, data=True)):
                self.graph.add_edge(event, keep, **data)
            self.graph.remove_node(other)


    def _merge_events(self, group: list[str]) -> None:
        """One encounter reported several times: the first node keeps all the evidence."""
        keep, *others = group
        node = self.graph.nodes[keep]
        for other in others:
            attrs = self.graph.nodes[other]
            node["evidence"] = sorted({(e["doc_id"], e["start"]): e for e in node["evidence"] + attrs["evidence"]}.values(),
                                      key=lambda e: (e["doc_id"], e["start"]))
            node["date"], node["date_source"] = max((node["date"], node["date_source"]), (attrs["date"], attrs["date_source"]), key=_date_rank)
            for _, target, data in list(self.graph.out_edges(other, data=True)):
                self.graph.add_edge(keep, target, **data)
            self.graph.remove_node(other)


def _date_rank(dated: tuple[str | None, str | None]) -> tuple[bool, int]:
    """A date the text states beats the publication date; a day beats a month."""
    when, source = dated
    return source == "text", len(when or "")


def _dates_compatible(a: dict, b: dict) -> bool:
    """Two reports can be one encounter: dates the texts state lie within a day (or one is a
    month the other falls in); a publication date only bounds the encounter from above."""
    stated = [x["date"] for x in (a, b) if x["date"] and x.get("date_source") != "published"]
    published = [x["date"] for x in (a, b) if x["date"] and x.get("date_source") == "published"]
    if len(stated) == 2 and not _close(*stated):
        return False
    return not any(not _close(day, bound) and day[:len(bound)] > bound[:len(day)] for day in stated for bound in published)


def _close(a: str, b: str) -> bool:
    if a.startswith(b) or b.startswith(a):
        return True
    if len(a) == len(b) == 10:
        return abs((date.fromisoformat(a) - date.fromisoformat(b)).days) <= 1
    return False


def same_meeting_groups(graph: nx.DiGraph) -> list[list[str]]:
    """Meeting nodes that report one encounter: same type and participants, dates within a
    day (or unknown, or one a month the other falls in), and the same place or none."""
    by_parties: dict[tuple, list[str]] = defaultdict(list)
    for node, attrs in sorted(graph.nodes(data=True)):
        if attrs["kind"] == "meeting":
            parties = tuple(sorted(u for u, _, role in graph.in_edges(node, data="role") if role == "participant"))
            by_parties[(attrs["type"], parties)].append(node)
    groups = []
    for members in by_parties.values():
        merged: list[list[str]] = []
        for node in members:
            place = _place_of(graph, node)
            for group in merged:
                head = group[0]
                other_place = _place_of(graph, head)
                if _dates_compatible(graph.nodes[node], graph.nodes[head]) and (place is None or other_place is None or place == other_place):
                    group.append(node)
                    break
            else:
                merged.append([node])
        groups += [g for g in merged if len(g) > 1]
    return groups


def _place_of(graph: nx.DiGraph, node: str) -> str | None:
    return next((v for _, v, role in graph.out_edges(node, data="role") if role == "place"), None)


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
