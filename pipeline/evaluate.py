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
from typing import get_args

import networkx as nx

from .gold import GoldArticle, GoldError, MeetingKind, StatementKind, load_splits
from .names import fold
from .schemas import Article, ArticleStatement, Extraction, MeetingRule, StatementRule

MEETING_KINDS: tuple[MeetingKind, ...] = ("meeting", "call", "visit")
STATEMENT_KINDS: tuple[StatementKind, ...] = ("direct", "indirect", "volgens")
MEETING_RULES: tuple[str, ...] = get_args(MeetingRule)
STATEMENT_RULES: tuple[str, ...] = get_args(StatementRule)


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, other: Score) -> None:
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
    """One article's scores. `meeting_kinds` and `statement_kinds` break the totals down by
    kind: recall by the gold item's kind (found, whatever kind the system gave it),
    precision by the system item's kind (right, whatever kind gold gave it).
    `meeting_rules` and `statement_rules` count the system's items by the rule that found
    them, right (tp) or wrong (fp): a rule's precision and its share of what was found."""

    doc_id: str
    meetings: Score = field(default_factory=Score)
    statements: Score = field(default_factory=Score)
    clustering: Score = field(default_factory=Score)
    entities: Score = field(default_factory=Score)
    content: Score = field(default_factory=Score)  # core gold statements whose key some statement holds, whoever its speaker
    meeting_kinds: dict[str, Score] = field(default_factory=lambda: {kind: Score() for kind in MEETING_KINDS})
    statement_kinds: dict[str, Score] = field(default_factory=lambda: {kind: Score() for kind in (*STATEMENT_KINDS, "unknown")})
    meeting_rules: dict[str, Score] = field(default_factory=lambda: {rule: Score() for rule in MEETING_RULES})
    statement_rules: dict[str, Score] = field(default_factory=lambda: {rule: Score() for rule in STATEMENT_RULES})
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


def statement_kind(statement: ArticleStatement) -> StatementKind:
    return "volgens" if statement.cue == "volgens" else statement.type


def score_article(extraction: Extraction, gold: GoldArticle) -> ArticleResult:
    """One article's extraction against its gold. A partial (meeting recall) article scores
    meeting recall only: no false alarms, no statements, no clustering."""
    result = ArticleResult(gold.doc_id)
    mapping = entity_mapping(extraction, gold)
    name = lambda key: mapping.get(key, f"<{key}>")  # noqa: E731 - an unmapped system entity never matches
    _score_meetings(extraction, gold, name, result)
    if gold.partial:
        return result
    _score_statements(extraction, gold, name, result)
    result.clustering = _clustering(extraction, gold)
    problems = _entity_problems(extraction, gold)
    result.entities = Score(tp=len(gold.entities) - len(problems), fn=len(problems))
    result.misses += [f"entity {name}: {problem}" for name, problem in problems]
    return result


def _score_meetings(extraction: Extraction, gold: GoldArticle, name, result: ArticleResult) -> None:
    system: dict[frozenset[str], str] = {}
    rules: dict[frozenset[str], str] = {}
    for meeting in extraction.meetings:
        for pair in _pairs(name(p) for p in meeting.participants):
            system.setdefault(pair, meeting.type)
            rules.setdefault(pair, meeting.rule)
    core: dict[frozenset[str], str] = {}
    for gold_meeting in (m for m in gold.meetings if not m.optional):
        for pair in _pairs(gold_meeting.participants):
            core.setdefault(pair, gold_meeting.type)
    optional = {pair for m in gold.meetings if m.optional for pair in _pairs(m.participants)} - set(core)
    found, missed = set(system) & set(core), set(core) - set(system)
    alarms = set() if gold.partial else set(system) - set(core) - optional
    result.meetings = Score(tp=len(found), fp=len(alarms), fn=len(missed))
    for pair, kind in core.items():
        result.meeting_kinds[kind].add(Score(tp=int(pair in found), fn=int(pair not in found)))
    for pair in alarms:
        result.meeting_kinds[system[pair]].fp += 1
        result.meeting_rules[rules[pair]].fp += 1
    for pair in found:
        result.meeting_rules[rules[pair]].tp += 1
    result.misses += [f"meeting ({core[p]}) {' + '.join(sorted(p))}" for p in sorted(missed, key=sorted)]
    result.false_alarms += [f"meeting ({system[p]}) {' + '.join(sorted(p))}" for p in sorted(alarms, key=sorted)]


def _score_statements(extraction: Extraction, gold: GoldArticle, name, result: ArticleResult) -> None:
    matched = _match_statements(extraction, gold, name)
    for index, item in enumerate(gold.statements):
        if item.optional:
            continue
        kind = result.statement_kinds[item.kind or "unknown"]
        if index in matched:
            result.statements.tp += 1
            kind.tp += 1
        else:
            result.statements.fn += 1
            kind.fn += 1
            result.misses.append(f"statement ({item.kind or 'unknown'}) {item.speaker}: {item.key!r}")
    held = [fold(f"{s.evidence.sentence} {s.text}") for s in extraction.statements]
    found = [any(fold(item.key) in text for text in held) for item in gold.statements if not item.optional]
    result.content = Score(tp=sum(found), fn=len(found) - sum(found))
    unmatched = [s for index, s in enumerate(extraction.statements) if index not in matched.values()]
    result.statements.fp = len(unmatched)
    for statement in unmatched:
        result.statement_kinds[statement_kind(statement)].fp += 1
        result.statement_rules[statement.rule].fp += 1
    for index, system_index in matched.items():
        if not gold.statements[index].optional:
            result.statement_rules[extraction.statements[system_index].rule].tp += 1

    result.false_alarms += [f"statement ({statement_kind(s)}) {name(s.speaker)}: {s.evidence.sentence[:80]!r}" for s in unmatched]


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


def _holders(extraction: Extraction, gold: GoldArticle) -> dict[str, set[str]]:
    """Gold entity name → the system entities that have one of its surface forms as a mention
    (or as their name)."""
    holders: dict[str, set[str]] = {}
    for name, surfaces in gold.entities.items():
        forms = {fold(form) for form in [name, *surfaces]}
        holders[name] = {e.key for e in extraction.entities if fold(e.name) in forms or any(fold(m.text) in forms for m in e.mentions)}
    return holders


def _entity_problems(extraction: Extraction, gold: GoldArticle) -> list[tuple[str, str]]:
    """Each gold entity that is not one node of its own: missed, split over several nodes,
    or sharing its node with another gold entity (the rest count as one node each)."""
    holders = _holders(extraction, gold)
    problems = []
    for name, keys in sorted(holders.items()):
        if not keys:
            problems.append((name, "not found"))
        elif len(keys) > 1:
            problems.append((name, f"split over {len(keys)} nodes"))
        elif any(other != name and keys & others for other, others in holders.items()):
            problems.append((name, "merged with another gold entity"))
    return problems


PARTS = ("meetings", "statements", "clustering", "entities", "content")


def evaluate(extractions: Iterable[Extraction], gold: dict[str, GoldArticle]) -> dict:
    """Extractions + gold → the report (JSON-ready): `overall` over the fully annotated
    articles (by part, and by kind under `meeting_kinds` / `statement_kinds`),
    `meeting_recall` over all core meeting pairs including the meeting recall set, and
    per-article scores with every miss and false alarm. Gold articles without an
    extraction count as all missed."""
    by_id = {e.doc_id: e for e in extractions}
    totals = {part: Score() for part in PARTS}
    kinds: dict[str, dict[str, Score]] = {"meeting_kinds": {k: Score() for k in MEETING_KINDS},
                                          "statement_kinds": {k: Score() for k in (*STATEMENT_KINDS, "unknown")},
                                          "meeting_rules": {r: Score() for r in MEETING_RULES},
                                          "statement_rules": {r: Score() for r in STATEMENT_RULES}}
    recall_set = Score()
    articles = []
    for doc_id, gold_article in sorted(gold.items()):
        extraction = by_id.get(doc_id, Extraction(doc_id=doc_id, source="<missing>"))
        result = score_article(extraction, gold_article)
        recall_set.add(Score(tp=result.meetings.tp, fn=result.meetings.fn))
        if not gold_article.partial:
            for part in PARTS:
                totals[part].add(getattr(result, part))
            for group, scores in kinds.items():
                for kind, score in getattr(result, group).items():
                    scores[kind].add(score)
        articles.append({"doc_id": doc_id, "partial": gold_article.partial, "topic": gold_article.topic,
                         **{part: getattr(result, part).as_dict() for part in PARTS},
                         "misses": result.misses, "false_alarms": result.false_alarms, "processed": doc_id in by_id})
    overall: dict[str, dict] = {part: score.as_dict() for part, score in totals.items()}
    for group, scores in kinds.items():
        overall[group] = {kind: score.as_dict() for kind, score in scores.items() if score.tp + score.fp + score.fn}
    overall["meeting_recall"] = {**recall_set.as_dict(), "articles": len(gold),
                                 "partial_articles": sum(g.partial for g in gold.values())}
    return {"overall": overall, "articles": articles}


def run_evaluation(gold_dir: Path, article_paths: Iterable[str], model_choice=None, failures: list | None = None) -> dict[str, dict]:
    """The one evaluation run (CLI, tests, scripts): read the gold splits of `gold_dir`,
    extract the gold articles found among `article_paths` once, score each split.
    Returns split name → `evaluate` report. Raises GoldError naming the gold articles
    that are not among the inputs. An article that fails to process is scored as found
    nothing (the system's failure is its own) and, when `failures` is given, appended to it
    (`run.ArticleFailure`) so the caller can say so: a crash must not pass for low recall."""
    from .ingest import read_inputs
    from .nlp import resolve_model
    from .run import ArticleFailure, extract_articles

    splits = load_splits(gold_dir)
    wanted = {doc_id for articles in splits.values() for doc_id in articles}
    articles = [a for a in read_inputs(list(article_paths)) if isinstance(a, Article) and a.id in wanted]
    # A gold article with events that is not among the inputs would be scored as misses:
    # the inputs' gap reported as the system's recall. (One with nothing to score, such as
    # a corpus record without text, changes no figure.)
    scored = {doc_id for gold in splits.values() for doc_id, article in gold.items()
              if any(not m.optional for m in article.meetings) or any(not s.optional for s in article.statements)}
    missing = sorted(scored - {article.id for article in articles})
    if missing:
        shown = ", ".join(missing[:10]) + (f" and {len(missing) - 10} more" if len(missing) > 10 else "")
        raise GoldError(f"{len(missing)} of {len(wanted)} gold articles are not among the inputs: {shown}")
    extractions = []
    for extraction in extract_articles(articles, model_choice or resolve_model()):
        if isinstance(extraction, ArticleFailure):
            if failures is not None:
                failures.append(extraction)
        else:
            extractions.append(extraction)
    return {name: evaluate(extractions, gold) for name, gold in splits.items()}


def write_report(report: dict, path: Path) -> None:
    from .files import atomic_write_text

    atomic_write_text(path, json.dumps(report, ensure_ascii=False, indent=1) + "\n")


__all__ = ["GoldError", "evaluate", "run_evaluation", "score_article", "write_report"]
