"""Stage 6, graph: per-article `Extraction`s → one merged networkx `DiGraph`.

Entities merge across articles by key, then by name (`crosslink`); the reports of one
event (a meeting's, or identical statements of several articles) become one node with all
their evidence (`event_merge`). Node and edge attributes follow the contract in
`schemas.py` (entity → event for participant and speaker, event → entity for place,
addressee and about). Ids are derived from content only, so the same input always gives
the same graph, whatever the order of articles.
"""

from __future__ import annotations

import hashlib
import os
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from datetime import date, datetime, timezone

import networkx as nx

from .crosslink import cross_article_groups
from .event_merge import best_date, clusters
from .names import fold, name_parts
from .schemas import ArticleEntity, ArticleRecord, Evidence, Extraction, GraphAttributes, ModelInfo


def _event_id(kind: str, *parts: object) -> str:
    digest = hashlib.sha1("\x1f".join(map(str, parts)).encode("utf8")).hexdigest()[:16]
    return f"{kind}:{digest}"


def _content_key(text: str) -> bytes:
    """A statement's content, normalised (`fold`: case, accents, punctuation) and hashed:
    12 bytes per statement instead of its text; `fold`'s cache is bypassed, quotes are
    nearly all distinct."""
    return hashlib.blake2b(fold.__wrapped__(text).encode("utf8"), digest_size=12).digest()


class _Entity:
    __slots__ = ("aliases", "doc_ids", "kb_id", "mentions", "name", "names", "type")

    def __init__(self, entity: ArticleEntity) -> None:
        self.name, self.names, self.type, self.kb_id = entity.name, Counter[str](), entity.type, entity.kb_id
        self.aliases: set[str] = set()
        self.doc_ids: set[str] = set()
        self.mentions = 0


class _Report:
    """The reports of one event seen so far with the same parties, content and signature:
    the smallest node id among them, that report's own attributes (a statement's type, text
    and cue), evidence as (doc_id, start, end, sentence) tuples, and the out-edges."""

    __slots__ = ("attributes", "evidence", "id", "targets")

    def __init__(self, node: str, attributes: tuple, targets: tuple) -> None:
        self.id, self.attributes, self.targets = node, attributes, targets
        self.evidence: list[tuple[str, int, int, str]] = []


def display_name(kb_name: str, kb_id: str | None, names: Counter[str]) -> str:
    """The name an entity node shows: its knowledge-base name, else the fullest of the names
    its articles used (most name parts, then most mentions)."""
    return kb_name if kb_id else max(names, key=lambda n: (len(name_parts(n)), names[n], n))


def contract_cross_article(graph: nx.DiGraph) -> dict[str, str]:
    """Merge each group of `cross_article_groups` into its first entity node (aliases,
    mentions, articles), in place → {merged-away key: kept key}."""
    alias: dict[str, str] = {}
    for keep, *others in cross_article_groups(graph):
        node = graph.nodes[keep]
        for other in others:
            attrs = graph.nodes[other]
            node["aliases"] = sorted(set(node["aliases"]) | set(attrs["aliases"]))
            node["mentions"] += attrs["mentions"]
            node["doc_ids"] = sorted(set(node["doc_ids"]) | set(attrs["doc_ids"]))
            graph.remove_node(other)
            alias[other] = keep
    return alias


class GraphBuilder:
    """Accumulates extractions one at a time into compact records (no per-article node:
    the reports of one event share one record, sentences and names are stored once);
    `finish` builds the networkx graph. Memory grows with the distinct events, entities
    and evidence items, not with the articles' text."""

    def __init__(self) -> None:
        self.articles = 0
        self._article_table: dict[str, tuple] = {}
        self._entities: dict[str, _Entity] = {}
        self._meetings: dict[tuple, _Report] = {}  # (type, participants, date, date source, place) → report
        self._statements: dict[tuple, _Report] = {}  # (speaker, content key, date, date source) → report
        self._strings: dict[str, str] = {}  # one object per distinct sentence, name or doc_id

    def _one(self, text: str) -> str:
        return self._strings.setdefault(text, text)

    def add(self, extraction: Extraction) -> None:
        self.articles += 1
        doc_id = self._one(extraction.doc_id)
        self._article_table[doc_id] = (extraction.title, extraction.published, extraction.url, extraction.site,
                                       extraction.author, extraction.source)
        for entity in extraction.entities:
            record = self._entities.get(entity.key) or self._entities.setdefault(entity.key, _Entity(entity))
            record.names[self._one(entity.name)] += len(entity.mentions)
            record.aliases.update(self._one(m.text) for m in entity.mentions)
            record.mentions += len(entity.mentions)
            record.doc_ids.add(doc_id)
            record.kb_id = record.kb_id or entity.kb_id
        for meeting in extraction.meetings:
            parties = tuple(sorted(meeting.participants))
            node = _event_id("meeting", meeting.type, meeting.evidence.doc_id, meeting.evidence.start, *parties)
            self._report(self._meetings, (meeting.type, parties, meeting.date, meeting.date_source, meeting.place), node, (), (),
                         meeting.evidence)
        for statement in extraction.statements:
            node = _event_id("statement", statement.evidence.doc_id, statement.evidence.start, statement.speaker, statement.text)
            targets = ((("addressee", statement.addressee),) if statement.addressee else ()) + tuple(("about", a) for a in statement.about)
            key = (statement.speaker, _content_key(statement.text), statement.date, statement.date_source)
            self._report(self._statements, key, node, (statement.type, self._one(statement.text), statement.cue), targets,
                         statement.evidence)

    def _report(self, table: dict[tuple, _Report], key: tuple, node: str, attributes: tuple, targets: tuple, evidence: Evidence) -> None:
        report = table.get(key)
        if report is None:
            report = table[key] = _Report(node, attributes, targets)
        elif node < report.id:
            report.id, report.attributes = node, attributes
        if targets and not set(targets) <= set(report.targets):
            report.targets = tuple(dict.fromkeys(report.targets + targets))
        report.evidence.append((self._one(evidence.doc_id), evidence.start, evidence.end, self._one(evidence.sentence)))

    def finish(self, model: ModelInfo, created: date | None = None) -> nx.DiGraph:
        """Link entities across articles, merge the reports of one event, and return the
        graph with the run's metadata as graph attributes."""
        graph = nx.DiGraph()
        for key in sorted(self._entities):
            entity = self._entities[key]
            graph.add_node(key, kind="entity", name=display_name(entity.name, entity.kb_id, entity.names), type=entity.type,
                           aliases=sorted(entity.aliases), mentions=entity.mentions, kb_id=entity.kb_id, doc_ids=sorted(entity.doc_ids))
        self._entities.clear()
        alias = contract_cross_article(graph)
        _add_meetings(graph, self._meetings, alias)
        _add_statements(graph, self._statements, alias)
        self._meetings, self._statements, self._strings = {}, {}, {}
        attributes = GraphAttributes(model=model, created=(created or run_date()).isoformat(), articles=self.articles, article_table=[]).model_dump()
        attributes["article_table"] = [ArticleRecord(id=doc_id, title=title, published=published, url=url, site=site, author=author,
                                                     source=source).model_dump()
                                       for doc_id, (title, published, url, site, author, source) in sorted(self._article_table.items())]
        self._article_table = {}
        graph.graph.update(attributes)
        return graph


def _merged(reports: list[_Report]) -> tuple[_Report, list[dict]]:
    """The report whose id the event keeps, and the evidence of all, one item per
    (article, offset), sorted."""
    first = min(reports, key=lambda report: report.id)
    items = {(doc_id, start): (doc_id, start, end, sentence) for report in reports for doc_id, start, end, sentence in report.evidence}
    evidence = [{"doc_id": doc_id, "sentence": sentence, "start": start, "end": end} for doc_id, start, end, sentence in sorted(items.values())]
    return first, evidence


def _events(table: dict[tuple, _Report], group_of) -> Iterator[list[tuple[tuple, _Report]]]:
    """The table's (key, report) pairs in groups of one event: `group_of(key)` → (what must
    be equal, signature); within each such group, one event per `reports.clusters` cluster."""
    grouped: dict[tuple, list[tuple]] = defaultdict(list)
    for key in table:
        same, signature = group_of(key)
        grouped[same].append((signature, key))
    for same in sorted(grouped, key=repr):
        members = grouped[same]
        cluster_of = clusters(signature for signature, _ in members)
        by_cluster: dict[int, list[tuple[tuple, _Report]]] = defaultdict(list)
        for signature, key in members:
            by_cluster[cluster_of[signature]].append((key, table[key]))
        yield from by_cluster.values()


def _add_meetings(graph: nx.DiGraph, table: dict[tuple, _Report], alias: dict[str, str]) -> None:
    def group_of(key: tuple) -> tuple:
        kind, parties, day, source, place = key
        return (kind, tuple(sorted({alias.get(p, p) for p in parties}))), (day, source, alias.get(place, place) if place else None)

    for event in _events(table, group_of):
        first, evidence = _merged([report for _, report in event])
        (kind, parties), _ = group_of(event[0][0])
        day, source = best_date(key[2:4] for key, _ in event)
        graph.add_node(first.id, evidence=evidence, kind="meeting", type=kind, date=day, date_source=source)
        for participant in parties:
            graph.add_edge(participant, first.id, role="participant")
        for place in sorted({alias.get(key[4], key[4]) for key, _ in event if key[4]})[:1]:
            graph.add_edge(first.id, place, role="place")


def _add_statements(graph: nx.DiGraph, table: dict[tuple, _Report], alias: dict[str, str]) -> None:
    def group_of(key: tuple) -> tuple:
        speaker, content, day, source = key
        return (alias.get(speaker, speaker), content), (day, source, None)

    for event in _events(table, group_of):
        first, evidence = _merged([report for _, report in event])
        kind, text, cue = first.attributes
        day, source = best_date(key[2:4] for key, _ in event)
        graph.add_node(first.id, evidence=evidence, kind="statement", type=kind, date=day, date_source=source, text=text, cue=cue)
        (speaker, _), _ = group_of(event[0][0])
        graph.add_edge(speaker, first.id, role="speaker")
        for role, target in (target for _, report in sorted(event, key=lambda item: item[1].id) for target in report.targets):
            graph.add_edge(first.id, alias.get(target, target), role=role)


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
