"""The lexicon: the word lists of `data/lexicon/`, read by one reader.

Each list is one word or phrase a line (`#` starts a comment); `.tsv` files have a header
row. `load_lexicon(directory)` gives the frozen `Lexicon` the relation stage takes as a
parameter, so tests can pass a tiny one.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
import functools
from functools import lru_cache
from pathlib import Path

from .resources import data_dir

LEXICON_DIR = data_dir() / "lexicon"


@dataclass(frozen=True)
class Lexicon:
    speech_verbs: frozenset[str]
    triggers: dict[tuple[str, str], str]
    blockers: frozenset[str]
    group_subjects: frozenset[str] = frozenset()
    thing_object_verbs: frozenset[str] = frozenset()
    said_idioms: frozenset[str] = frozenset()

    @functools.cached_property
    def trigger_pos(self) -> frozenset[str]:
        return frozenset(pos for _, pos in self.triggers)


def lexicon_lines(path: Path) -> Iterator[str]:
    for line in path.read_text(encoding="utf8").splitlines():
        if line.strip() and not line.startswith("#"):
            yield line.strip()


@lru_cache(maxsize=2)
def load_lexicon(directory: Path = LEXICON_DIR) -> Lexicon:
    triggers = {}
    for line in lexicon_lines(directory / "meeting_triggers.tsv"):
        lemma, pos, kind = line.split("\t")
        if lemma != "lemma":
            triggers[(lemma, pos)] = kind
    return Lexicon(frozenset(lexicon_lines(directory / "speech_verbs.txt")), triggers, frozenset(lexicon_lines(directory / "meeting_blockers.txt")),
                   frozenset(lexicon_lines(directory / "group_subjects.txt")), frozenset(lexicon_lines(directory / "thing_object_verbs.txt")),
                   frozenset(lexicon_lines(directory / "said_idioms.txt")))


@lru_cache(maxsize=1)
def separable_particles() -> frozenset[str]:
    return frozenset(lexicon_lines(LEXICON_DIR / "particles.txt"))


@lru_cache(maxsize=1)
def strong_verb_forms() -> dict[str, str]:
    """data/lexicon/strong_verbs.tsv: `riep` → `roepen`, `gesproken` → `spreken`."""
    rows = (line.split("\t") for line in lexicon_lines(LEXICON_DIR / "strong_verbs.tsv"))
    return {form: infinitive for form, infinitive in rows}


@lru_cache(maxsize=1)
def institution_nouns() -> frozenset[str]:
    lines = (LEXICON_DIR / "institutions.txt").read_text(encoding="utf8").splitlines()
    return frozenset(line.strip() for line in lines if line.strip() and not line.startswith("#"))


@lru_cache(maxsize=1)
def person_nouns() -> frozenset[str]:
    lines = (LEXICON_DIR / "person_nouns.txt").read_text(encoding="utf8").splitlines()
    return frozenset(line.strip() for line in lines if line.strip() and not line.startswith("#"))
