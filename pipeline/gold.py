"""Gold annotations in the format of `shared/ANNOTATION.md`, and the frozen split.

`data/gold/` holds two splits: `tune/`, the articles rules are designed against, and
`heldout/`, measured and reported but never used to motivate a rule (see
`data/gold/README.md`); `reserved/`, a second set kept like `heldout/`, is scored only when
named (`--gold data/gold/reserved`). A split directory holds one JSON file per article; a file marked
`partial` belongs to the meeting recall set: it lists the article's real meetings only.
"""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from pydantic import BaseModel, Field, ValidationError

TOPICS = ("foreign", "politics", "local", "business", "courts-crime", "culture", "sport",
          "interview-column", "science-health", "society")
SPLITS = ("tune", "heldout")
MeetingKind = Literal["meeting", "call", "visit"]
StatementKind = Literal["direct", "indirect", "volgens"]


class GoldMeeting(BaseModel):
    participants: list[str] = Field(min_length=2)
    type: MeetingKind = "meeting"
    place: str | None = None
    date: str | None = None
    optional: bool = False


class GoldStatement(BaseModel):
    speaker: str
    key: str = Field(min_length=1)
    kind: StatementKind | None = None
    addressee: str | None = None
    optional: bool = False


class GoldArticle(BaseModel):
    """One article's annotation. `partial`: a recall-only file of the meeting recall set, its
    meetings every real meeting of the article, its statements not annotated, so it scores
    meeting recall only."""

    doc_id: str
    topic: Literal[TOPICS] | None = None  # type: ignore[valid-type]
    partial: bool = False
    entities: dict[str, list[str]]
    meetings: list[GoldMeeting] = []
    statements: list[GoldStatement] = []


class GoldError(Exception):
    pass


def load_gold(directory: Path) -> dict[str, GoldArticle]:
    """All `*.json` gold files of one directory, by article id."""
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
        if article.doc_id in gold:
            raise GoldError(f"{path}: a second gold file for article {article.doc_id}")
        gold[article.doc_id] = article
    return gold


def load_splits(directory: Path) -> dict[str, dict[str, GoldArticle]]:
    """Split name → its gold articles. A directory with `tune/` and `heldout/` gives both; a
    directory of gold files is one split named after it. An article in two splits is an error."""
    directory = Path(directory)
    splits = {name: load_gold(directory / name) for name in SPLITS if (directory / name).is_dir()}
    if not splits:
        return {directory.name or "gold": load_gold(directory)}
    seen: dict[str, str] = {}
    for name, articles in splits.items():
        for doc_id in articles:
            if doc_id in seen:
                raise GoldError(f"{directory}: article {doc_id} is in both {seen[doc_id]} and {name}")
            seen[doc_id] = name
    return splits
