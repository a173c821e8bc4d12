"""The evaluation report as one rich table: a column per split, a row per measure."""

from __future__ import annotations

from collections.abc import Callable

from rich.table import Table


def _prf(score: dict | None) -> str:
    if not score:
        return "—"
    return f"{score['precision']:.2f} / {score['recall']:.2f} / {score['f1']:.2f}  ({score['tp']}/{score['tp'] + score['fn']})"


def report_table(result: dict[str, dict]) -> Table:
    """Split name → `evaluate` report, as P / R / F1 (found / gold core items) per measure."""
    table = Table("measure (P / R / F1, found/gold)", *result)
    overall = {split: report["overall"] for split, report in result.items()}
    kinds = {group: list(dict.fromkeys(k for o in overall.values() for k in o.get(group, {})))
             for group in ("meeting_kinds", "statement_kinds", "meeting_rules", "statement_rules")}
    rows: list[tuple[str, Callable[[dict], str]]] = [("articles", lambda o: f"{o['meeting_recall']['articles'] - o['meeting_recall']['partial_articles']} full + "
                                    f"{o['meeting_recall']['partial_articles']} recall-only")]
    rows += [("meetings", lambda o: _prf(o["meetings"]))]
    rows += [(f"  {kind}", _kind_cell("meeting_kinds", kind)) for kind in kinds["meeting_kinds"]]
    rows += [(f"  by {rule} (P, right/found)", _rule_cell("meeting_rules", rule)) for rule in kinds["meeting_rules"]]
    rows += [("meeting recall incl. recall set", lambda o: f"{o['meeting_recall']['recall']:.2f}  ({o['meeting_recall']['tp']}/{o['meeting_recall']['tp'] + o['meeting_recall']['fn']})")]
    rows += [("statements", lambda o: _prf(o["statements"]))]
    rows += [(f"  {kind}", _kind_cell("statement_kinds", kind)) for kind in kinds["statement_kinds"]]
    rows += [(f"  by {rule} (P, right/found)", _rule_cell("statement_rules", rule)) for rule in kinds["statement_rules"]]
    rows += [("  content found (any speaker)", lambda o: f"{o['content']['recall']:.2f}  ({o['content']['tp']}/{o['content']['tp'] + o['content']['fn']})"
              if "content" in o else "—")]
    rows += [("clustering (P / R)", lambda o: f"{o['clustering']['precision']:.2f} / {o['clustering']['recall']:.2f}")]
    rows += [("gold entities as one node", lambda o: f"{o['entities']['recall']:.2f}  ({o['entities']['tp']}/{o['entities']['tp'] + o['entities']['fn']})"
              if "entities" in o else "—")]
    for label, cell in rows:
        table.add_row(label, *(cell(o) for o in overall.values()))
    return table


def _kind_cell(group: str, kind: str) -> Callable[[dict], str]:
    return lambda overall: _prf(overall[group].get(kind))


def _rule_cell(group: str, rule: str) -> Callable[[dict], str]:
    def cell(overall: dict) -> str:
        score = overall.get(group, {}).get(rule)
        return f"{score['precision']:.2f}  ({score['tp']}/{score['tp'] + score['fp']})" if score else "—"
    return cell
