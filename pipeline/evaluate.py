"""Scoring a run against gold annotations in the format of `shared/ANNOTATION.md`.

In: gold files (one JSON per article) and the pipeline's `Extraction`s for those articles.
Out: precision, recall and F1 for meeting pairs, statements (speaker + key) and
mention clustering (pairwise), per article and overall, with every miss and false alarm.

Matching follows ANNOTATION.md: a system entity is a gold entity when one of its mentions
is one of the gold entity's surface forms; meetings score as unordered participant pairs
per article; statements match one-to-one when the speaker is the same and the key occurs
in the system's evidence sentence or content; optional gold items are neither rewarded
nor penalised.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from itertools import combinations
from pathlib import Path

import networkx as nx
from pydantic import BaseModel, Field, ValidationError

from .names import fold
from .schemas import Extraction


class GoldMeeting(BaseModel):
    participants: list[str] = Field(min_length=2)
    type: str = "meeting"
    place: str | None = None
    date: str | None = None
    optional: bool = False


class GoldStatement(BaseModel):
    speaker: str
    key: str = Field(min_length=1)
    addressee: str | None = None
    optional: bool = False


class GoldArticle(BaseModel):
    doc_id: str
    entities: dict[str, list[str]]
    meetings: list[GoldMeeting] = []
    statements: list[GoldStatement] = []


class GoldError(Exception):
    pass


def load_gold(directory: Path) -> dict[str, GoldArticle]:
    """All `*.json` gold files of a directory, by article id."""
    gold = {}
    for path in sorted(Path(directory).glob("*.json")):
        try:
            article = GoldArticle.model_validate_json(path.read_text(encoding="utf8"))
        except (ValidationError, ValueError) as err:
            raise GoldError(f"{path}: not a gold file: {str(err).splitlines()[0]}") from None
        names = set(article.entities)
        for item in [*article.meetings, *article.statements]:
            missing = set(getattr(item, "participants", [getattr(item, "speaker", "")])) - names
            if missing:
                raise GoldError(f"{path}: {sorted(missing)} used but not listed in entities")
        gold[article.doc_id] = article
    return gold


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, other: "Score") -> None:
        self.tp, self.fp, self.fn = self.tp + other.tp, self.fp + other.fp, self.fn + other.fn

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict:
        return {"tp": self.tp, "fp": self.fp, "fn": self.fn, "precision": round(self.precision, 4),
                "recall": round(self.recall, 4), "f1": round(self.f1, 4)}


@dataclass
class ArticleResult:
    doc_id: str
    meetings: Score = field(default_factory=Score)
    statements: Score = field(default_factory=Score)
    clustering: Score = field(default_factory=Score)
    misses: list[str] = field(default_factory=list)
    false_alarms: list[str] = field(default_factory=list)


def entity_mapping(extraction: Extraction, gold: GoldArticle) -> dict[str, str]:
    """System entity key → gold entity name, by the surface forms they share."""
    forms = {fold(form): name for name, surfaces in gold.entities.items() for form in [name, *surfaces]}
    mapping = {}
    for entity in extraction.entities:
        votes = Counter(forms[fold(m.text)] for m in entity.mentions if fold(m.text) in forms)
        if not votes and fold(entity.name) in forms:
            votes[forms[fold(entity.name)]] += 1
        if votes:
            mapping[entity.key] = votes.most_common(1)[0][0]
    return mapping


def _pairs(participants: Iterable[str]) -> set[frozenset[str]]:
    return {frozenset(pair) for pair in combinations(sorted(set(participants)), 2)}


def score_article(extraction: Extraction, gold: GoldArticle) -> ArticleResult:
    result = ArticleResult(gold.doc_id)
    mapping = entity_mapping(extraction, gold)
    name = lambda key: mapping.get(key, f"<{key}>")  # noqa: E731 - an unmapped system entity never matches

    system_pairs = {pair for m in extraction.meetings for pair in _pairs(name(p) for p in m.participants)}
    core = {pair for m in gold.meetings if not m.optional for pair in _pairs(m.participants)}
    optional = {pair for m in gold.meetings if m.optional for pair in _pairs(m.participants)} - core
    result.meetings = Score(tp=len(system_pairs & core), fp=len(system_pairs - core - optional), fn=len(core - system_pairs))
    result.misses += [f"meeting {' + '.join(sorted(p))}" for p in sorted(core - system_pairs, key=sorted)]
    result.false_alarms += [f"meeting {' + '.join(sorted(p))}" for p in sorted(system_pairs - core - optional, key=sorted)]

    matched = _match_statements(extraction, gold, name)
    for index, item in enumerate(gold.statements):
        if item.optional:
            continue
        if index in matched:
            result.statements.tp += 1
        else:
            result.statements.fn += 1
            result.misses.append(f"statement {item.speaker}: {item.key!r}")
    unmatched = [s for index, s in enumerate(extraction.statements) if index not in matched.values()]
    result.statements.fp = len(unmatched)
    result.false_alarms += [f"statement {name(s.speaker)}: {s.evidence.sentence[:80]!r}" for s in unmatched]

    result.clustering = _clustering(extraction, gold)
    return result


def _match_statements(extraction: Extraction, gold: GoldArticle, name) -> dict[int, int]:
    """Gold statement index → system statement index, one to one: as many core items as
    can be matched, then as many optional ones (a greedy pass lets a core item take the
    system statement an optional item needed, counting a right answer as a false alarm)."""
    graph = nx.Graph()
    core_weight = len(gold.statements) + 1
    for g, item in enumerate(gold.statements):
        key = fold(item.key)
        for s, statement in enumerate(extraction.statements):
            if name(statement.speaker) == item.speaker and (key in fold(statement.evidence.sentence) or key in fold(statement.text)):
                graph.add_edge(("gold", g), ("system", s), weight=1 if item.optional else core_weight)
    pairs = (sorted(edge) for edge in nx.max_weight_matching(graph))
    return {gold_node[1]: system_node[1] for gold_node, system_node in pairs}


def _clustering(extraction: Extraction, gold: GoldArticle) -> Score:
    """Pairwise mention clustering: mentions whose text is a gold surface form, compared
    by (system entity, gold entity) for every pair."""
    forms = {fold(form): name for name, surfaces in gold.entities.items() for form in [name, *surfaces]}
    labelled = [(entity.key, forms[fold(m.text)]) for entity in extraction.entities for m in entity.mentions if fold(m.text) in forms]
    score = Score()
    for (sys_a, gold_a), (sys_b, gold_b) in combinations(labelled, 2):
        same_system, same_gold = sys_a == sys_b, gold_a == gold_b
        score.tp += same_system and same_gold
        score.fp += same_system and not same_gold
        score.fn += same_gold and not same_system
    return score


def evaluate(extractions: Iterable[Extraction], gold: dict[str, GoldArticle]) -> dict:
    """Extractions + gold → the report (JSON-ready): overall and per-article scores, misses
    and false alarms. Gold articles without an extraction count as all missed."""
    by_id = {e.doc_id: e for e in extractions}
    totals = {"meetings": Score(), "statements": Score(), "clustering": Score()}
    articles = []
    for doc_id, gold_article in sorted(gold.items()):
        extraction = by_id.get(doc_id, Extraction(doc_id=doc_id, source="<missing>"))
        result = score_article(extraction, gold_article)
        for part in totals:
            totals[part].add(getattr(result, part))
        articles.append({"doc_id": doc_id, **{part: getattr(result, part).as_dict() for part in totals},
                         "misses": result.misses, "false_alarms": result.false_alarms, "processed": doc_id in by_id})
    return {"overall": {part: score.as_dict() for part, score in totals.items()}, "articles": articles}


def write_report(report: dict, path: Path) -> None:
    from .files import atomic_write_text

    atomic_write_text(path, json.dumps(report, ensure_ascii=False, indent=1) + "\n")
