"""Inter-annotator agreement between two directories of gold files (`shared/ANNOTATION.md`).

For the articles annotated in both directories, B is scored against A as the evaluator
scores a run against gold (so precision and recall swap when A and B swap; F1 does not):

- Entities: the annotators may choose different canonical names, so each entity of A is
  aligned to the entity of B with which it shares the most surface forms (casefolded,
  whitespace-normalised; the canonical name counts as a form). An entity of A sharing no
  form with B never matches.
- Meetings: unordered participant pairs per article (an n-party meeting gives all its
  pairs), A's mapped through the alignment. `core`: core pairs against core pairs, an
  optional item dropped. `±opt`: as the evaluator does, a pair that is optional on one
  side is neither a hit nor a miss.
- Statements: a statement of A and one of B agree when the speakers align and their keys
  overlap or lie in the same sentence of the article (keys located in the whitespace-
  normalised text, sentences split by a small rule-based splitter). Items are matched one
  to one by a maximum matching. `core`: core items only. `±opt`: every item, the matching
  covering as many core items as it can; a core item matched to an optional one, or left
  over when it is optional, is neither rewarded nor penalised. Among the `±opt` matched
  pairs, the core/optional decision is compared (agreement and Cohen's kappa).

Every disagreement is listed per article, like `newsgraph eval` lists misses.

    python -m scripts.gold_agreement DIR_A DIR_B [--shared ../shared] [--meetings-only] [--json OUT]
"""

from __future__ import annotations

import argparse
import json
import re
from collections import Counter
from dataclasses import dataclass, field
from itertools import combinations
from pathlib import Path

import networkx as nx

from pipeline.evaluate import Score
from pipeline.gold import GoldArticle, GoldStatement, load_gold
from scripts.check_gold import article_texts

Pair = frozenset[str]


def norm(text: str) -> str:
    """Casefolded, whitespace-normalised: how surface forms are compared."""
    return " ".join(text.split()).casefold()


# --- entities -------------------------------------------------------------------------


def align_entities(a: GoldArticle, b: GoldArticle) -> dict[str, str]:
    """A's canonical name → the B entity sharing the most surface forms with it (ties: the
    same canonical name, then B's first listed). A's entities sharing none are absent."""
    b_forms = {name: {norm(name), *map(norm, forms)} for name, forms in b.entities.items()}
    mapping = {}
    for name, forms in a.entities.items():
        mine = {norm(name), *map(norm, forms)}
        best = max(b_forms, key=lambda other: (len(mine & b_forms[other]), norm(other) == norm(name)), default=None)
        if best is not None and mine & b_forms[best]:
            mapping[name] = best
    return mapping


def _renamer(mapping: dict[str, str]):
    return lambda name: mapping.get(name, f"<A:{name}>")  # an unaligned entity never matches


def entity_disagreements(a: GoldArticle, mapping: dict[str, str], statements: bool = True) -> list[tuple[str, str]]:
    """Entities of A used in a relation (a meeting, or a statement when `statements`) with no
    counterpart in B, and entities A keeps apart that B merges (aligned to one B entity)."""
    used = {p for m in a.meetings for p in m.participants} | ({s.speaker for s in a.statements} if statements else set())
    found = [("entity only in A", f"{name} (used in a relation, no shared surface form in B)")
             for name in sorted(used) if name not in mapping]
    by_target: dict[str, list[str]] = {}
    for name, target in mapping.items():
        by_target.setdefault(target, []).append(name)
    found += [("entities merged in B", f"A's {' / '.join(sorted(names))} are all B's {target}")
              for target, names in sorted(by_target.items()) if len(names) > 1 and used & set(names)]
    return found


# --- meetings -------------------------------------------------------------------------


def meeting_pairs(article: GoldArticle, rename=lambda name: name) -> tuple[dict[Pair, tuple[str, str]], dict[Pair, tuple[str, str]]]:
    """(core pair → (type, the pair in the article's own names), the same for optional-only
    pairs), participants renamed. A pair in both a core and an optional meeting is core."""
    core: dict[Pair, tuple[str, str]] = {}
    optional: dict[Pair, tuple[str, str]] = {}
    for meeting in article.meetings:
        names = sorted(set(meeting.participants))
        for x, y in combinations(names, 2):
            pair = frozenset((rename(x), rename(y)))
            if len(pair) == 2:
                (optional if meeting.optional else core).setdefault(pair, (meeting.type, f"{x} + {y}"))
    return core, {pair: value for pair, value in optional.items() if pair not in core}


@dataclass
class MeetingResult:
    core: Score = field(default_factory=Score)
    lenient: Score = field(default_factory=Score)
    disagreements: list[tuple[str, str]] = field(default_factory=list)


def compare_meetings(a: GoldArticle, b: GoldArticle, mapping: dict[str, str]) -> MeetingResult:
    a_core, a_opt = meeting_pairs(a, _renamer(mapping))
    b_core, b_opt = meeting_pairs(b)
    result = MeetingResult()
    hits = set(a_core) & set(b_core)
    result.core = Score(tp=len(hits), fn=len(set(a_core) - set(b_core)), fp=len(set(b_core) - set(a_core)))
    result.lenient = Score(tp=len(hits), fn=len(set(a_core) - set(b_core) - set(b_opt)),
                           fp=len(set(b_core) - set(a_core) - set(a_opt)))
    out = result.disagreements
    groups = [("meeting only in A", a_core, set(a_core) - set(b_core) - set(b_opt)),
              ("meeting only in B", b_core, set(b_core) - set(a_core) - set(a_opt)),
              ("meeting core in A, optional in B", a_core, set(a_core) & set(b_opt)),
              ("meeting optional in A, core in B", b_core, set(a_opt) & set(b_core)),
              ("optional meeting only in A", a_opt, set(a_opt) - set(b_core) - set(b_opt)),
              ("optional meeting only in B", b_opt, set(b_opt) - set(a_core) - set(a_opt))]
    for kind, pairs, selected in groups:
        out += [(kind, f"({pairs[p][0]}) {pairs[p][1]}") for p in sorted(selected, key=sorted)]
    a_all, b_all = {**a_opt, **a_core}, {**b_opt, **b_core}
    for pair in sorted(set(a_all) & set(b_all), key=sorted):
        if a_all[pair][0] != b_all[pair][0]:
            out.append(("meeting type differs", f"{a_all[pair][1]}: A {a_all[pair][0]}, B {b_all[pair][0]}"))
    return result


# --- sentences and keys ---------------------------------------------------------------

OPENING_QUOTES = "\"'“‘«„"
CLOSING = "\"'”’»)"
_BOUNDARY = re.compile(rf"[.!?][{re.escape(CLOSING)}]*( +)(?=[A-ZÀ-ÞĀ-Ž]|[{re.escape(OPENING_QUOTES)}]|,,)")
ABBREVIATIONS = {"mr", "dr", "drs", "ir", "ing", "prof", "mevr", "dhr", "st", "sr", "jr", "nr", "no", "blz",
                 "ca", "bijv", "vs", "gen", "lt", "kol", "mgr", "ds", "red", "mln", "mld", "resp", "etc"}


def _abbreviation(text: str, dot: int) -> bool:
    """Whether the `.` at `dot` ends an abbreviation or an initial ("mr.", "J.", "o.a.")."""
    word = text[:dot].rsplit(" ", 1)[-1].lstrip(OPENING_QUOTES + "(")
    return (word.casefold() in ABBREVIATIONS or (len(word) == 1 and word.isupper())
            or bool(re.fullmatch(r"(?:\w{1,2}\.)+\w{1,2}", word)))


def split_line(line: str) -> list[tuple[int, int]]:
    """Sentence spans of one whitespace-normalised line: a boundary is `.`, `!` or `?`
    (closing quotes may follow) then a space and an uppercase letter or a quote mark."""
    spans, start = [], 0
    for match in _BOUNDARY.finditer(line):
        if match.group(0)[0] == "." and _abbreviation(line, match.start()):
            continue
        spans.append((start, match.start(1)))
        start = match.end(1)
    spans.append((start, len(line)))
    return [(s, e) for s, e in spans if e > s]


def sentences(text: str) -> tuple[str, list[tuple[int, int]]]:
    """The whitespace-normalised text and its sentence spans. A line break (between the
    title and the text) always ends a sentence."""
    parts, spans, offset = [], [], 0
    for line in text.splitlines():
        flat = " ".join(line.split())
        if not flat:
            continue
        if parts:
            offset += 1
        spans += [(offset + s, offset + e) for s, e in split_line(flat)]
        parts.append(flat)
        offset += len(flat)
    return " ".join(parts), spans


@dataclass
class Located:
    """Where a key occurs: character spans in the normalised text, sentence indices."""

    spans: list[tuple[int, int]]
    sentences: set[int]

    @property
    def found(self) -> bool:
        return bool(self.spans)


def locate(key: str, flat: str, spans: list[tuple[int, int]]) -> Located:
    """Every occurrence of the key (exact, else casefolded) and the sentences it touches."""
    key = " ".join(key.split())
    found = _occurrences(key, flat) or (_occurrences(key.casefold(), flat.casefold()) if len(flat.casefold()) == len(flat) else [])
    touched = {i for i, (s, e) in enumerate(spans) for ks, ke in found if ks < e and s < ke}
    return Located(found, touched)


def _occurrences(needle: str, haystack: str) -> list[tuple[int, int]]:
    found, start = [], haystack.find(needle) if needle else -1
    while start >= 0:
        found.append((start, start + len(needle)))
        start = haystack.find(needle, start + 1)
    return found


def same_place(a_key: str, a: Located, b_key: str, b: Located) -> bool:
    """Keys that overlap or share a sentence; keys not in the text agree when one contains
    the other."""
    if a.found and b.found:
        return bool(a.sentences & b.sentences) or any(s < be and bs < e for s, e in a.spans for bs, be in b.spans)
    x, y = norm(a_key), norm(b_key)
    return x in y or y in x


# --- statements -----------------------------------------------------------------------


@dataclass
class StatementResult:
    core: Score = field(default_factory=Score)
    lenient: Score = field(default_factory=Score)
    decisions: Counter = field(default_factory=Counter)  # ("core"|"optional" in A, in B) → matched pairs
    disagreements: list[tuple[str, str]] = field(default_factory=list)
    matches: list[dict] = field(default_factory=list)  # the ±opt matched pairs


def _status(item: GoldStatement) -> str:
    return "optional" if item.optional else "core"


def compare_statements(a: GoldArticle, b: GoldArticle, mapping: dict[str, str], text: str | None) -> StatementResult:
    flat, spans = sentences(text) if text else ("", [])
    a_loc = [locate(s.key, flat, spans) for s in a.statements]
    b_loc = [locate(s.key, flat, spans) for s in b.statements]
    rename = _renamer(mapping)
    place = {(i, j) for i, x in enumerate(a.statements) for j, y in enumerate(b.statements)
             if same_place(x.key, a_loc[i], y.key, b_loc[j])}
    edges = [(i, j) for i, j in place if rename(a.statements[i].speaker) == b.statements[j].speaker]
    result = StatementResult()

    core_edges = [(i, j) for i, j in edges if not a.statements[i].optional and not b.statements[j].optional]
    strict = _matching(core_edges, lambda i, j: 1)
    n_core_a = sum(not s.optional for s in a.statements)
    n_core_b = sum(not s.optional for s in b.statements)
    result.core = Score(tp=len(strict), fn=n_core_a - len(strict), fp=n_core_b - len(strict))

    # ±opt: cover as many core items as possible, then match as many items as possible,
    # then prefer core-core pairs (lexicographic weights).
    big = len(a.statements) + len(b.statements) + 1
    cores = lambda i, j: (not a.statements[i].optional) + (not b.statements[j].optional)  # noqa: E731
    matched = _matching(edges, lambda i, j: cores(i, j) * big * big + big + (cores(i, j) == 2))
    both_core = sum(cores(i, j) == 2 for i, j in matched.items())
    result.lenient = Score(tp=both_core, fn=sum(not a.statements[i].optional for i in range(len(a.statements)) if i not in matched),
                           fp=sum(not b.statements[j].optional for j in range(len(b.statements)) if j not in matched.values()))
    result.decisions = Counter((_status(a.statements[i]), _status(b.statements[j])) for i, j in matched.items())
    result.matches = [{"speaker_a": a.statements[i].speaker, "speaker_b": b.statements[j].speaker,
                       "key_a": a.statements[i].key, "key_b": b.statements[j].key,
                       "a": _status(a.statements[i]), "b": _status(b.statements[j])} for i, j in sorted(matched.items())]

    def show(item: GoldStatement, where: Located) -> str:
        note = "" if where.found or not text else " [key not in the text]"
        return f"{item.speaker}: {item.key!r}{note}"

    out = result.disagreements
    for i, j in sorted(matched.items()):
        x, y = a.statements[i], b.statements[j]
        if x.optional != y.optional:
            out.append((f"statement {_status(x)} in A, {_status(y)} in B", f"{show(x, a_loc[i])} ~ B {y.key!r}"))
    left_a = [i for i in range(len(a.statements)) if i not in matched]
    left_b = [j for j in range(len(b.statements)) if j not in matched.values()]
    # Leftovers in the same place with different speakers: one disagreement, not two.
    other = _matching([(i, j) for i, j in place if i in left_a and j in left_b], lambda i, j: 1 + cores(i, j))
    for i, j in sorted(other.items()):
        x, y = a.statements[i], b.statements[j]
        out.append(("statement speaker differs", f"A {x.speaker} ({_status(x)}), B {y.speaker} ({_status(y)}): A {x.key!r} ~ B {y.key!r}"))
    for i in left_a:
        if i not in other:
            x = a.statements[i]
            out.append((f"{'optional ' if x.optional else ''}statement only in A", show(x, a_loc[i])))
    for j in left_b:
        if j not in other.values():
            y = b.statements[j]
            out.append((f"{'optional ' if y.optional else ''}statement only in B", show(y, b_loc[j])))
    return result


def _matching(edges: list[tuple[int, int]], weight) -> dict[int, int]:
    """A index → B index, a maximum-weight one-to-one matching over the edges."""
    graph = nx.Graph()
    for i, j in edges:
        graph.add_edge(("a", i), ("b", j), weight=weight(i, j))
    pairs = (sorted(edge) for edge in nx.max_weight_matching(graph))
    return {a_node[1]: b_node[1] for a_node, b_node in pairs}


# --- the comparison -------------------------------------------------------------------


def kappa(decisions: Counter) -> float | None:
    """Cohen's kappa of the core/optional decision over matched pairs (None when undefined)."""
    n = sum(decisions.values())
    if not n:
        return None
    observed = (decisions["core", "core"] + decisions["optional", "optional"]) / n
    a_core = (decisions["core", "core"] + decisions["core", "optional"]) / n
    b_core = (decisions["core", "core"] + decisions["optional", "core"]) / n
    expected = a_core * b_core + (1 - a_core) * (1 - b_core)
    return None if expected == 1 else (observed - expected) / (1 - expected)


def _decisions_dict(decisions: Counter) -> dict:
    n = sum(decisions.values())
    agree = decisions["core", "core"] + decisions["optional", "optional"]
    k = kappa(decisions)
    return {"matched": n, "both_core": decisions["core", "core"], "both_optional": decisions["optional", "optional"],
            "core_a_optional_b": decisions["core", "optional"], "optional_a_core_b": decisions["optional", "core"],
            "agreement": round(agree / n, 4) if n else None, "kappa": None if k is None else round(k, 4)}


def compare(gold_a: dict[str, GoldArticle], gold_b: dict[str, GoldArticle], texts: dict[str, str],
            meetings_only: bool = False) -> dict:
    """Two gold sets → the agreement report (JSON-ready). Statements are compared only on
    articles that neither side marks partial (a meeting recall file has no statements)."""
    common = sorted(set(gold_a) & set(gold_b))
    totals = {"meetings": Score(), "meetings_lenient": Score(), "statements": Score(), "statements_lenient": Score()}
    decisions: Counter = Counter()
    kinds: Counter = Counter()
    articles = []
    statement_articles = 0
    for doc_id in common:
        a, b = gold_a[doc_id], gold_b[doc_id]
        mapping = align_entities(a, b)
        meetings = compare_meetings(a, b, mapping)
        totals["meetings"].add(meetings.core)
        totals["meetings_lenient"].add(meetings.lenient)
        row = {"doc_id": doc_id, "meetings": meetings.core.as_dict(), "meetings_lenient": meetings.lenient.as_dict()}
        found = [*meetings.disagreements]
        if not (meetings_only or a.partial or b.partial):
            statement_articles += 1
            statements = compare_statements(a, b, mapping, texts.get(doc_id))
            totals["statements"].add(statements.core)
            totals["statements_lenient"].add(statements.lenient)
            decisions.update(statements.decisions)
            row |= {"statements": statements.core.as_dict(), "statements_lenient": statements.lenient.as_dict(),
                    "decisions": _decisions_dict(statements.decisions), "text": doc_id in texts,
                    "statement_matches": statements.matches}
            found += statements.disagreements
            found += entity_disagreements(a, mapping)
        else:
            found += entity_disagreements(a, mapping, statements=False)
        row["alignment"] = dict(sorted(mapping.items()))
        row["disagreements"] = [{"kind": kind, "item": item} for kind, item in found]
        kinds.update(kind for kind, _ in found)
        articles.append(row)
    overall = {name: score.as_dict() for name, score in totals.items()}
    if meetings_only or not statement_articles:
        overall = {name: score for name, score in overall.items() if name.startswith("meetings")}
    else:
        overall["decisions"] = _decisions_dict(decisions)
    return {"articles_compared": len(common), "statement_articles": statement_articles,
            "only_in_a": sorted(set(gold_a) - set(gold_b)), "only_in_b": sorted(set(gold_b) - set(gold_a)),
            "overall": overall, "disagreement_kinds": dict(kinds.most_common()), "articles": articles}


def _row(label: str, score: dict) -> str:
    return (f"{label:<22}{score['tp']:>5}{score['fp']:>5}{score['fn']:>5}"
            f"{score['precision']:>7.2f}{score['recall']:>7.2f}{score['f1']:>7.2f}")


def render(report: dict, a_name: str = "A", b_name: str = "B") -> str:
    """The report as a short table, per-article F1s and every disagreement."""
    lines = [f"A = {a_name}", f"B = {b_name}",
             f"articles compared: {report['articles_compared']} (statements on {report['statement_articles']}); "
             f"only in A: {len(report['only_in_a'])}, only in B: {len(report['only_in_b'])}",
             "", f"{'B against A':<22}{'tp':>5}{'fp':>5}{'fn':>5}{'P':>7}{'R':>7}{'F1':>7}"]
    labels = {"meetings": "meeting pairs, core", "meetings_lenient": "meeting pairs, ±opt",
              "statements": "statements, core", "statements_lenient": "statements, ±opt"}
    overall = report["overall"]
    lines += [_row(label, overall[name]) for name, label in labels.items() if name in overall]
    if "decisions" in overall:
        d = overall["decisions"]
        lines.append(f"core/optional decision on {d['matched']} matched statements: agreement {d['agreement']}, kappa {d['kappa']} "
                     f"(both core {d['both_core']}, both optional {d['both_optional']}, core in A only {d['core_a_optional_b']}, "
                     f"core in B only {d['optional_a_core_b']})")
    lines += ["", "per article (F1 core / ±opt):"]
    for row in report["articles"]:
        cells = [f"meetings {row['meetings']['f1']:.2f} / {row['meetings_lenient']['f1']:.2f}"]
        if "statements" in row:
            s, sl = row["statements"], row["statements_lenient"]
            cells.append(f"statements {s['f1']:.2f} / {sl['f1']:.2f} (core A {s['tp'] + s['fn']}, B {s['tp'] + s['fp']})")
        lines.append(f"  {row['doc_id']}  " + "   ".join(cells))
    if report["disagreement_kinds"]:
        lines += ["", "disagreements by kind:"]
        lines += [f"  {count:>4}  {kind}" for kind, count in report["disagreement_kinds"].items()]
        lines.append("")
        for row in report["articles"]:
            lines += [f"{row['doc_id']}: {d['kind']}: {d['item']}" for d in row["disagreements"]]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("dir_a", type=Path)
    parser.add_argument("dir_b", type=Path)
    parser.add_argument("--shared", type=Path, default=Path("../shared"))
    parser.add_argument("--samples", type=Path, default=Path("data/samples"))
    parser.add_argument("--meetings-only", action="store_true", help="Compare meetings only (e.g. against meeting recall files).")
    parser.add_argument("--json", type=Path, help="Also write the full report as JSON.")
    args = parser.parse_args(argv)
    texts = {} if args.meetings_only else article_texts(args.shared, args.samples)
    report = compare(load_gold(args.dir_a), load_gold(args.dir_b), texts, args.meetings_only)
    print(render(report, str(args.dir_a), str(args.dir_b)))
    if args.json:
        args.json.write_text(json.dumps(report, ensure_ascii=False, indent=1) + "\n", encoding="utf8")


if __name__ == "__main__":
    main()
