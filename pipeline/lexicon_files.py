"""How the files of `data/lexicon/` are read: one word or phrase a line (`#` starts a
comment), `.tsv` tables checked against their header row and the values a column allows.
In: a file's path. Out: its words or rows as the `Lexicon` field holds them
(pipeline/lexicon.py); a row that breaks its table's format is a `LexiconError` naming the
file and the row.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import NamedTuple, get_args

from .schemas import MeetingType


class MeetingPhrase(NamedTuple):
    """A fixed turn of phrase of data/lexicon/meeting_phrases.tsv: `op de koffie` + `gaan`."""
    before: tuple[str, ...]  # the words before the key word, lowercase
    verbs: frozenset[str]  # the verbs that carry it
    type: MeetingType


def lexicon_lines(path: Path) -> Iterator[str]:
    for line in path.read_text(encoding="utf8").splitlines():
        if line.strip() and not line.startswith("#"):
            yield line.strip()


def read_rows(path: Path) -> Iterator[list[str]]:
    return (line.split("\t") for line in lexicon_lines(path))


class LexiconError(ValueError):
    """A lexicon file that cannot be read as its format says."""


MEETING_TYPES: tuple[str, ...] = get_args(MeetingType)


def read_table(path: Path, header: tuple[str, ...], allowed: dict[int, tuple[str, ...]] | None = None) -> Iterator[list[str]]:
    """The rows of a `.tsv` list after its header row, each checked to have the header's
    columns and, in the columns `allowed` names, one of the values it gives."""
    for row in read_rows(path):
        if tuple(row) == header:
            continue
        if len(row) != len(header) or any(row[column] not in values for column, values in (allowed or {}).items()):
            wanted = ", ".join(f"{name} ({' or '.join(allowed[i])})" if allowed and i in allowed else name for i, name in enumerate(header))
            raise LexiconError(f"{path}: bad row {chr(9).join(row)!r}: want {wanted}")
        yield row


def read_meeting_triggers(path: Path) -> dict[tuple[str, str], MeetingType]:
    rows = read_table(path, ("lemma", "pos", "type"), {2: MEETING_TYPES})
    return {(lemma, pos): kind for lemma, pos, kind in rows}  # type: ignore[misc]  # kind checked against MeetingType


def read_compound_heads(path: Path) -> dict[str, tuple[MeetingType, bool]]:
    rows = read_table(path, ("head", "type", "joins"), {1: MEETING_TYPES, 2: ("open", "hyphen")})
    return {head: (kind, joins == "hyphen") for head, kind, joins in rows}  # type: ignore[misc]  # kind checked against MeetingType


def read_meeting_phrases(path: Path) -> dict[str, tuple[MeetingPhrase, ...]]:
    """key word (the phrase's last) → the phrases it ends."""
    phrases: dict[str, list[MeetingPhrase]] = {}
    for phrase, verbs, kind in read_table(path, ("phrase", "verbs", "type"), {2: MEETING_TYPES}):
        *before, key = phrase.split()
        phrases.setdefault(key, []).append(MeetingPhrase(tuple(before), frozenset(verbs.split("|")), kind))  # type: ignore[arg-type]  # kind checked against MeetingType
    return {key: tuple(found) for key, found in phrases.items()}


def read_speech_prepositions(path: Path) -> dict[str, frozenset[str]]:
    pairs: dict[str, set[str]] = {}
    for verb, preposition in read_table(path, ("verb", "preposition")):
        pairs.setdefault(verb, set()).add(preposition)
    return {verb: frozenset(prepositions) for verb, prepositions in pairs.items()}


REPORT_CONSTRUCTIONS = ("volgens", "wat_betreft", "aldus", "zoals", "naar_zeggen", "speech_noun", "stance_noun",
                        "stance_holder", "stance_preposition", "stance_adjective", "stance_whereabouts", "volgens_source")


def read_report_markers(path: Path) -> dict[str, frozenset[str]]:
    words: dict[str, set[str]] = {}
    for construction, word in read_table(path, ("construction", "word"), {0: REPORT_CONSTRUCTIONS}):
        words.setdefault(construction, set()).add(word)
    return {construction: frozenset(forms) for construction, forms in words.items()}


def read_kinds(path: Path, kinds: tuple[str, ...]) -> dict[str, frozenset[str]]:
    words: dict[str, set[str]] = {kind: set() for kind in kinds}
    for kind, word in read_table(path, ("kind", "word"), {0: kinds}):
        words[kind].add(word)
    return {kind: frozenset(forms) for kind, forms in words.items()}


def read_pairs(path: Path) -> frozenset[tuple[str, str]]:
    """Lines of two words (`beschikbaar stellen`) → (first, last) pairs."""
    return frozenset((line.split()[0], line.split()[-1]) for line in lexicon_lines(path))
