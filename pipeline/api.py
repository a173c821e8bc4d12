"""The notebook API: a merged graph as DataFrames, entity views and a projection.

    from pipeline import NewsGraph, extract, load
    g = load("outputs/graph.json")            # or: g = extract(["Poetin ontmoette ..."])
    g.statements(speaker="Putin")             # any alias finds the entity: Poetin, Putin, ...
    g.meetings(entity="Pompeo", start="2019-05-01", type="meeting")
    g.entity("Poetin")                        # canonical name, aliases, who they met, what they said
    g.projection()                            # entity-to-entity networkx graph, weighted
    g.articles()                              # the article table: id, title, published, url, site, author, source

In:  a graph.json (export stage) or article texts (run through the whole pipeline).
Out: pandas DataFrames, `EntityView`s and networkx graphs; HTML reprs for Jupyter.
"""

from __future__ import annotations

import html
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

import networkx as nx
import pandas as pd

from .articles import article_frame, citation_html
from .datespan import bound, within
from .entity_view import EntityView
from .export import load_graph
from .graph import build_graph
from .kb import default_kb
from .marks import highlight, mark_spans  # noqa: F401  (mark_spans: part of the API)
from .names import fold, name_parts, skeleton
from .nlp import model_info, resolve_model
from .projection import events, linked, project
from .run import ArticleFailure, extract_articles
from .schemas import Article
from .tables import frame

MEETING_COLUMNS = ["id", "type", "participants", "place", "date", "date_source", "doc_ids", "sentences", "titles"]
STATEMENT_COLUMNS = ["id", "speaker", "addressee", "about", "text", "cue", "type", "date", "date_source", "doc_ids", "sentences", "titles"]
ENTITY_COLUMNS = ["id", "name", "type", "kb_id", "mentions", "aliases", "doc_ids"]
TYPES = {"entity": ("PERSON", "ORG", "PLACE", "OTHER"), "meeting": ("meeting", "call", "visit"), "statement": ("direct", "indirect")}


def load(path: str | Path) -> NewsGraph:
    """graph.json → a NewsGraph."""
    return NewsGraph(load_graph(Path(path)))


def extract(texts: Iterable[str | Article | dict], model: str | None = None, published: str | None = None) -> NewsGraph:
    """Texts (or Articles, or `{id, title, text, published_at}` dicts; or one of them) → the
    graph the batch run would build from them, in memory. Texts get ids `text-1`, `text-2`, ...
    TypeError for anything else."""
    if isinstance(texts, (str, Article, dict)):
        texts = [texts]
    elif not isinstance(texts, Iterable) or isinstance(texts, (bytes, bytearray)):
        raise TypeError(f"extract() takes a text, an Article, a dict or an iterable of them, not {type(texts).__name__}")
    articles = [_as_article(item, index, published) for index, item in enumerate(texts, start=1)]
    choice = resolve_model(model)
    extractions = []
    for result in extract_articles(articles, choice):
        if isinstance(result, ArticleFailure):
            raise ValueError(str(result))
        extractions.append(result)
    return NewsGraph(build_graph(extractions, model_info(choice)))


def _as_article(item: str | Article | dict, index: int, published: str | None) -> Article:
    if isinstance(item, Article):
        return item
    if not isinstance(item, (str, dict)):
        raise TypeError(f"extract(): item {index} is a {type(item).__name__}; give texts (str), Articles or dicts")
    if isinstance(item, dict):
        return Article(id=str(item.get("id") or f"text-{index}"), title=item.get("title"), text=item["text"],
                       published=item.get("published_at") or item.get("published") or published, source=f"<dict {index}>",
                       url=item.get("url"), site=item.get("site"), author=item.get("author"))
    return Article(id=f"text-{index}", text=item, published=published, source=f"<text {index}>")


class NewsGraph:
    """A thin wrapper over the merged networkx DiGraph (`.graph`), answering questions."""

    def __init__(self, graph: nx.DiGraph):
        self.graph = graph
        self._articles = {row["id"]: row for row in graph.graph.get("article_table", [])}
        self._by_form: dict[str, list[str]] = {}
        for node, attrs in graph.nodes(data="kind"):
            if attrs == "entity":
                data = graph.nodes[node]
                for form in {data["name"], *data["aliases"]}:
                    self._by_form.setdefault(fold(form), []).append(node)

    # ---- finding entities -------------------------------------------------------------

    def find(self, name: str) -> str | None:
        """The entity node a name means: an exact name or alias (case and accents ignored),
        else the knowledge base's entity for that name (`Putin` → the node of Poetin),
        else the most mentioned entity whose last name part sounds the same."""
        if not isinstance(name, str):
            raise TypeError(f"an entity is named by a string (a name, alias or id), not {type(name).__name__}")
        if name in self.graph and self.graph.nodes[name].get("kind") == "entity":
            return name
        candidates = self._by_form.get(fold(name))
        if candidates:
            return max(candidates, key=self._mentions)
        entry = default_kb().lookup(name)
        if entry is not None:
            hits = [n for n, d in self.graph.nodes(data=True) if d.get("kind") == "entity" and entry.key in (n, d.get("kb_id"))]
            if hits:
                return hits[0]
        wanted = skeleton(name)
        matches = [n for n, d in self.graph.nodes(data=True)
                   if d.get("kind") == "entity" and name_parts(d["name"]) and skeleton(name_parts(d["name"])[-1]) == wanted]
        return max(matches, key=self._mentions) if matches else None

    def _mentions(self, node: str) -> tuple[int, str]:
        return self.graph.nodes[node]["mentions"], node

    def _require(self, name: str) -> str:
        node = self.find(name)
        if node is None:
            raise KeyError(f"no entity called {name!r} in this graph")
        return node

    def entity(self, name: str) -> EntityView:
        return EntityView(self, self._require(name))

    # ---- tables -----------------------------------------------------------------------

    def entities(self, type: str | None = None) -> pd.DataFrame:
        """All entities, most mentioned first; `type` one of PERSON, ORG, PLACE, OTHER."""
        _check_type(type, "entity")
        rows = [{"id": n, "name": d["name"], "type": d["type"], "kb_id": d["kb_id"], "mentions": d["mentions"],
                 "aliases": d["aliases"], "doc_ids": d["doc_ids"]}
                for n, d in self.graph.nodes(data=True) if d.get("kind") == "entity" and (type is None or d["type"] == type)]
        rows.sort(key=lambda row: (-row["mentions"], row["id"]))
        return frame(rows, ENTITY_COLUMNS)

    def articles(self, event: str | None = None) -> pd.DataFrame:
        """The article table (id, title, published, url, site, author, source), sorted by
        id; with `event`, only the articles its evidence comes from."""
        ids = sorted({e["doc_id"] for e in self.graph.nodes[event]["evidence"]}) if event else sorted(self._articles)
        return article_frame(self._articles, ids)

    def article(self, doc_id: str) -> dict:
        """One row of the article table as a dict (KeyError for an unknown id)."""
        if doc_id not in self._articles:
            raise KeyError(f"no article {doc_id!r} in this graph")
        return dict(self._articles[doc_id])

    def meetings(self, entity: str | None = None, start: str | None = None, end: str | None = None, type: str | None = None) -> pd.DataFrame:
        """All meetings, calls and visits; `entity` (any alias) as a participant, dates from
        `start` to `end` inclusive (a date is the days it covers, all of which must be in the
        range: `2019-05` is kept from 2019-05-01 to 2019-05-31, not on 2019-05-14), `type`
        meeting, call or visit.
        ValueError for an unknown type or a malformed date, TypeError for a wrong kind of value."""
        _check_type(type, "meeting")
        span = _bounds(start, end)
        node = self._require(entity) if entity else None
        rows = []
        for event, data in self._events("meeting"):
            participants = self._linked(event, "participant", incoming=True)
            if node and node not in participants:
                continue
            place = self._linked(event, "place")
            rows.append({"id": event, "type": data["type"], "participants": [self._name(p) for p in participants],
                         "place": self._name(place[0]) if place else None, "date": data["date"], "date_source": data.get("date_source"), **self._evidence_columns(data)})
        return self._filter(rows, MEETING_COLUMNS, span, type)

    def statements(self, speaker: str | None = None, about: str | None = None, entity: str | None = None,
                   start: str | None = None, end: str | None = None, type: str | None = None) -> pd.DataFrame:
        """All statements; `speaker`, `about` (content is about them or addressed to them) and
        `entity` (either) by any alias; dates from `start` to `end` as for `meetings`; `type`
        direct or indirect."""
        _check_type(type, "statement")
        span = _bounds(start, end)
        wanted = {k: self._require(v) for k, v in (("speaker", speaker), ("about", about), ("entity", entity)) if v}
        rows = []
        for event, data in self._events("statement"):
            speakers = self._linked(event, "speaker", incoming=True)
            addressees, abouts = self._linked(event, "addressee"), self._linked(event, "about")
            involved = set(speakers) | set(addressees) | set(abouts)
            if ("speaker" in wanted and wanted["speaker"] not in speakers) or ("entity" in wanted and wanted["entity"] not in involved) \
                    or ("about" in wanted and wanted["about"] not in set(abouts) | set(addressees)):
                continue
            rows.append({"id": event, "speaker": self._name(speakers[0]) if speakers else None,
                         "addressee": self._name(addressees[0]) if addressees else None, "about": [self._name(a) for a in abouts],
                         "text": data["text"], "cue": data["cue"], "type": data["type"], "date": data["date"], "date_source": data.get("date_source"), **self._evidence_columns(data)})
        return self._filter(rows, STATEMENT_COLUMNS, span, type)

    def projection(self) -> nx.Graph:
        """Entity-to-entity graph (every entity, isolated ones too): `met` edges between
        meeting participants and `spoke_about` edges from a speaker to the entities their
        statements address or are about; each edge's `weight` is its evidence count
        (sentences), `weights` per relation, `events` the event ids (see `projection`)."""
        return project(self.graph)

    def evidence_html(self, event: str) -> str:
        """An event's evidence sentences with the entities involved and the quote marked."""
        data, marks = self.graph.nodes[event], self.evidence_marks(event)
        items = "".join(f"<li>{highlight(e['sentence'], marks)} <small>({citation_html(self._articles, e['doc_id'])})</small></li>" for e in data["evidence"])
        return f"<ul class='newsgraph-evidence'>{items}</ul>"

    def evidence_marks(self, event: str) -> list[tuple[str, str]]:
        """The phrases to mark in an event's evidence: (form, label) with label `speaker`,
        `participant`, `other` (addressee, about, place) or `quote`."""
        data = self.graph.nodes[event]
        people = self._linked(event, "speaker", incoming=True) + self._linked(event, "participant", incoming=True)
        others = self._linked(event, "addressee") + self._linked(event, "about") + self._linked(event, "place")
        marks = [(form, "speaker" if data["kind"] == "statement" else "participant") for n in people for form in self._forms(n)]
        marks += [(form, "other") for n in others for form in self._forms(n)]
        if data["kind"] == "statement":
            marks.append((data["text"], "quote"))
        return marks

    # ---- helpers ----------------------------------------------------------------------

    def _events(self, kind: str) -> list[tuple[str, dict]]:
        return events(self.graph, kind)

    def _linked(self, event: str, role: str, incoming: bool = False) -> list[str]:
        return linked(self.graph, event, role, incoming)

    def _name(self, node: str) -> str:
        return self.graph.nodes[node]["name"]

    def _forms(self, node: str) -> list[str]:
        """An entity's name and aliases, longest first, equal lengths alphabetically: which of
        two overlapping forms is marked must not follow set (hash) order."""
        data = self.graph.nodes[node]
        return sorted({data["name"], *data["aliases"]}, key=lambda form: (-len(form), form))

    def _evidence_columns(self, data: dict) -> dict:
        doc_ids = sorted({e["doc_id"] for e in data["evidence"]})
        return {"doc_ids": doc_ids, "sentences": [e["sentence"] for e in data["evidence"]],
                "titles": [self._articles.get(doc_id, {}).get("title") for doc_id in doc_ids]}

    @staticmethod
    def _filter(rows: list[dict], columns: list[str], span: tuple, type: str | None) -> pd.DataFrame:
        start, end = span
        kept = [row for row in rows if (not type or row["type"] == type) and within(row["date"], start, end)]
        return frame(kept, columns)

    def __len__(self) -> int:
        return self.graph.number_of_nodes()

    def __repr__(self) -> str:
        kinds = Counter(kind for _, kind in self.graph.nodes(data="kind"))
        return f"<NewsGraph: {self.graph.graph.get('articles', 0)} articles, {kinds['entity']} entities, {kinds['meeting']} meetings, {kinds['statement']} statements>"

    def _repr_html_(self) -> str:
        top = self.entities().head(10)
        rows = "".join(f"<tr><td>{html.escape(r.name)}</td><td>{r.type}</td><td>{r.mentions}</td></tr>" for r in top.itertuples())
        return (f"<div><b>{html.escape(repr(self))}</b><table><thead><tr><th>entity</th><th>type</th><th>mentions</th></tr>"
                f"</thead><tbody>{rows}</tbody></table></div>")


def _check_type(value: str | None, kind: str) -> None:
    if value is None:
        return
    if not isinstance(value, str):
        raise TypeError(f"type must be a string, one of {', '.join(TYPES[kind])}; not {value!r}")
    if value not in TYPES[kind]:
        raise ValueError(f"unknown {kind} type {value!r}; choose one of {', '.join(TYPES[kind])}")


def _bounds(start, end) -> tuple:
    first, last = bound(start, "start"), bound(end, "end")
    if first and last and first[0] > last[1]:
        raise ValueError(f"start {start!r} is after end {end!r}")
    return first, last
