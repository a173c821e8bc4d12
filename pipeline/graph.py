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
from collections.abc import Iterable, Iterator
from datetime import date, datetime, timezone

import networkx as nx

from .names import (
    content_words,
    given_names,
    name_parts,
    same_multiword_name,
    same_person_name,
    similar_bare_names,
    similar_neighbours,
    skeleton,
)
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


def cross_article_groups(graph: nx.DiGraph) -> list[list[str]]:
    """Entity nodes that name one entity across articles, the node to keep first.

    Articles link to the KB themselves; what is left are names the KB lacks, spelled
    differently (`Zelenski` / `Zelensky` share a key already; `Chroesjtsjov` / `Khrushchev`
    are `similar`), and bare surnames (`Breuker`) of a full name seen elsewhere (`Remco
    Breuker`), which join it when it is the only full name that fits, or clearly the most
    mentioned. A KB node is never merged away; merges stay within one type.

    Names are compared only within a block (type, first letter of the surname) and only
    with the names whose spelling is similar (`similar_neighbours`), so the cost grows
    with the number of distinct spellings, not with the square of the entities.
    """
    entities = {n: a for n, a in graph.nodes(data=True) if a["kind"] == "entity"}
    parts = {n: name_parts(a["name"]) for n, a in entities.items()}
    blocks: dict[tuple[str, str], list[str]] = defaultdict(list)
    for node in sorted(entities):
        if parts[node]:
            blocks[(entities[node]["type"], skeleton(parts[node][-1])[:1])].append(node)
    parent: dict[str, str] = {}

    def find(node: str) -> str:
        while parent.get(node, node) != node:
            node = parent[node]
        return node

    def rank(node: str) -> tuple:
        return (entities[node]["kb_id"] is None, -len(given_names(parts[node])), -len(parts[node]), -entities[node]["mentions"], node)

    for members in blocks.values():
        for a, b in _candidate_pairs(members, entities, parts):
            ra, rb = find(a), find(b)
            if ra != rb:
                keep, drop = sorted((ra, rb), key=rank)
                if entities[drop]["kb_id"] is None:
                    parent[drop] = keep
    groups: dict[str, list[str]] = defaultdict(list)
    for node in entities:
        if find(node) != node:
            groups[find(node)].append(node)
    return [[root, *sorted(members)] for root, members in sorted(groups.items())]


def _candidate_pairs(members: list[str], entities: dict[str, dict], parts: dict[str, list[str]]) -> Iterator[tuple[str, str]]:
    """(node without a KB id, node it names the same entity as) within one block, in a
    fixed order: full person names by `same_person_name`, a bare surname to the one full
    name it fits, bare names to bare names of near-identical spelling, and organisations
    and places by `same_multiword_name`."""
    position = {node: index for index, node in enumerate(members)}
    surname = {n: skeleton(parts[n][-1]) for n in members}
    people = [n for n in members if entities[n]["type"] == "PERSON"]
    full = [n for n in people if given_names(parts[n])]
    bare = [n for n in people if not given_names(parts[n])]
    by_surname, by_family, by_bare, by_words = defaultdict(list), defaultdict(list), defaultdict(list), defaultdict(list)
    for node in full:
        by_surname[surname[node]].append(node)
        by_family[skeleton(parts[node][0])].append(node)
    for node in bare:
        by_bare[skeleton(" ".join(parts[node]))].append(node)
    for node in members:
        if entities[node]["type"] != "PERSON" and (words := content_words(parts[node])):
            by_words[(len(words), skeleton(words[0])[:4])].append(node)
    like_surname = similar_neighbours(by_surname)
    like_bare = similar_neighbours(by_bare, similar_bare_names)

    for a in members:
        if entities[a]["kb_id"]:
            continue
        name = entities[a]["name"]
        if a in by_surname.get(surname[a], ()):
            near = {b for key in like_surname[surname[a]] for b in by_surname[key]} | set(by_family[skeleton(parts[a][0])])
            matches = [b for b in sorted(near, key=position.__getitem__) if b != a and same_person_name(name, entities[b]["name"])]
        elif entities[a]["type"] == "PERSON":
            if not _could_be_surname(name):
                continue
            fits = sorted((b for b in by_surname.get(surname[a], []) if _surname_fits(parts[a], parts[b])),
                          key=lambda b: (-entities[b]["mentions"], position[b]))
            clear = len(fits) == 1 or (len(fits) > 1 and entities[fits[0]]["mentions"] > 2 * entities[fits[1]]["mentions"])
            spelled_alike = {b for key in like_bare[skeleton(" ".join(parts[a]))] for b in by_bare[key]} - {a}
            matches = fits[:1] if clear else sorted(spelled_alike, key=position.__getitem__)
        else:
            words = content_words(parts[a])
            candidates = by_words.get((len(words), skeleton(words[0])[:4]), []) if words else []
            matches = [b for b in candidates if position[b] < position[a] and same_multiword_name(name, entities[b]["name"])]
        yield from ((a, b) for b in matches)


def _could_be_surname(name: str) -> bool:
    """`K`, `AA`, `HAN`: initials and acronyms that NER called a person match too much."""
    letters = [c for c in name if c.isalpha()]
    return len(letters) >= 3 and not (name.isupper() and len(letters) <= 5)


def _surname_fits(bare: list[str], full: list[str]) -> bool:
    """`Dijk` fits `Jasper van Dijk`; `Van Dijk` too, but `Van Dale` not `Dick Dale`: the
    particles a bare surname carries must be the full name's."""
    return len(bare) == 1 or bare == full[len(full) - len(bare):]


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
