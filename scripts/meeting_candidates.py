"""Meeting candidates for annotation: every sentence of the development articles that a broad
word filter flags as possibly reporting an encounter (ontmoeten, gesprek, overleg, top,
bezoek, ontvangen, bellen, telefoon, spreken/praten met, lunch, diner, langsgaan, reizen naar,
...), with the sentence before and after, so an annotator reads each in context.

In: the DpgMedia2019 `articles.jsonl` and `dev_ids.txt`. Out: one Markdown file listing the
candidates article by article (and `--ids` prints just the article ids). The filter works on
word forms, not on newsgraph's output, so it cannot inherit the system's blind spots.

    python -m scripts.meeting_candidates --shared ../shared --out build/meeting_candidates.md
"""

from __future__ import annotations

import argparse
import json
import re
from pathlib import Path

# Word-form stems of the Dutch vocabulary of encounters; deliberately broad (recall first).
CANDIDATE = re.compile(
    r"\b(ontmoet\w*|ontmoeting\w*|\w*gesprek\w*|\w*overleg\w*|\w*top\b|top\w*ontmoeting\w*|"
    r"\w*bezo[ec]\w*|\w*ontv(a|i)ng\w*|ontvangst\w*|bel(t|de|den|len)\b|gebeld|opgebeld|\w*telefo\w*|"
    r"(sprak|spreekt|spreken|spraken|gesproken|praat|praten|praatte|praatten|gepraat|"
    r"overlegde|onderhandel\w*) (\w+ ){0,4}met|lunch\w*|diner\w*|dineer\w*|dineerde\w*|"
    r"langs(ge)?\w*|(reis|reist|reisde|reisden|vloog|vliegt|vlogen|afgereisd|gereisd|trok|trekt) (\w+ ){0,3}naar|"
    r"bijeen\w*|samenkomst\w*|samengekomen|video\w*|vergader\w*|werkbezoek\w*|staatsbezoek\w*|"
    r"handdruk|schudde\w*|koffie|thee|ontbijt\w*|ontvangen|onderonsje|tête-à-tête|summit)\b",
    re.IGNORECASE,
)
SENTENCE_END = re.compile(r"(?<=[.!?'\"”’])\s+(?=[A-Z\"'‘“,(])")


def sentences(text: str) -> list[str]:
    return [s for s in SENTENCE_END.split(text.replace("\n", " ")) if s.strip()]


def candidates(article: dict) -> list[tuple[int, str, str, str]]:
    """(sentence index, previous, sentence, next) for each flagged sentence of an article."""
    parts = sentences(article["text"])
    found = []
    for index, sentence in enumerate(parts):
        if CANDIDATE.search(sentence):
            before = parts[index - 1] if index else ""
            after = parts[index + 1] if index + 1 < len(parts) else ""
            found.append((index, before, sentence, after))
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=Path("../shared"))
    parser.add_argument("--out", type=Path)
    parser.add_argument("--ids", action="store_true", help="print the ids of articles with candidates")
    args = parser.parse_args()
    corpus = args.shared / "corpora" / "dpg_news_2019"
    dev_ids = set((corpus / "dev_ids.txt").read_text().split())
    lines, ids = [], []
    with open(corpus / "articles.jsonl", encoding="utf8") as handle:
        for line in handle:
            article = json.loads(line)
            if str(article["id"]) not in dev_ids:
                continue
            found = candidates(article)
            if not found:
                continue
            ids.append(str(article["id"]))
            lines.append(f"## {article['id']} — {article['title']} ({article['published_at']})\n")
            for index, before, sentence, after in found:
                lines.append(f"- [{index}] …{before[-160:]} **{sentence}** {after[:160]}…\n")
            lines.append("")
    if args.ids:
        print("\n".join(ids))
    if args.out:
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_text("\n".join(lines), encoding="utf8")


if __name__ == "__main__":
    main()
