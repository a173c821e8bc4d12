"""The lexicon: every word list of `data/lexicon/`, read by one reader into one frozen value.

Each list is one word or phrase a line (`#` starts a comment); `.tsv` files are tab-separated
(`meeting_triggers.tsv` with a header row). `load_lexicon(directory)` gives the `Lexicon` the
entity, linking and relation stages take as a parameter, so a test can pass a tiny one
(`Lexicon(speech_verbs=frozenset({"zeggen"}))`) and a user a directory of their own.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple, get_args

from .resources import data_dir
from .schemas import MeetingType

LEXICON_DIR = data_dir() / "lexicon"


class MeetingPhrase(NamedTuple):
    """A fixed turn of phrase of data/lexicon/meeting_phrases.tsv: `op de koffie` + `gaan`."""
    before: tuple[str, ...]  # the words before the key word, lowercase
    verbs: frozenset[str]  # the verbs that carry it
    type: MeetingType


@dataclass(frozen=True, eq=False)
class Lexicon:
    """The words the rules know, one field a file of `data/lexicon/` (named after it).
    Compared and hashed by identity (`eq=False`): the per-Doc memos key on the lexicon."""

    speech_verbs: frozenset[str] = frozenset()
    triggers: dict[tuple[str, str], MeetingType] = field(default_factory=dict)  # (lemma, POS) → meeting|call|visit
    blockers: frozenset[str] = frozenset()
    group_subjects: frozenset[str] = frozenset()
    thing_object_verbs: frozenset[str] = frozenset()
    intention_verbs: frozenset[str] = frozenset()
    request_verbs: frozenset[str] = frozenset()
    role_prepositions: frozenset[str] = frozenset()  # `is voor de klus gevraagd`: the role asked for
    demonstratives: frozenset[str] = frozenset()  # `Dat vermoeden spreekt X uit`: a fronted object's determiner
    denial_verbs: frozenset[str] = frozenset()
    company_forms: frozenset[str] = frozenset()
    inhabitant_suffixes: tuple[str, ...] = ()
    quoting_verbs: frozenset[str] = frozenset()
    standing_bodies: frozenset[str] = frozenset()
    hedges: frozenset[str] = frozenset()
    said_idioms: frozenset[str] = frozenset()
    particles: frozenset[str] = frozenset()
    strong_verbs: dict[str, str] = field(default_factory=dict)  # written form → infinitive
    institutions: frozenset[str] = frozenset()
    person_nouns: frozenset[str] = frozenset()
    compass_prefixes: frozenset[str] = frozenset()
    sentence_openers: frozenset[str] = frozenset()
    person_titles: tuple[str, ...] = ()
    role_suffixes: tuple[str, ...] = ()
    portfolios: tuple[str, ...] = ()
    partner_verbs: frozenset[str] = frozenset()
    ally_nouns: frozenset[str] = frozenset()  # `Coalitiepartner D66`: a noun for an organisation's ally before its name
    contact_verbs: frozenset[str] = frozenset()
    touring_words: frozenset[str] = frozenset()
    arrival_verbs: frozenset[str] = frozenset()
    drop_in_verbs: frozenset[str] = frozenset()
    example_markers: frozenset[str] = frozenset()
    subordinators: frozenset[str] = frozenset()
    board_nouns: frozenset[str] = frozenset()
    comitative_adverbs: frozenset[str] = frozenset()
    boarding_verbs: frozenset[str] = frozenset()
    vehicle_nouns: tuple[str, ...] = ()
    telephone_nouns: frozenset[str] = frozenset()
    receiving_verbs: frozenset[str] = frozenset()
    gathering_modifiers: frozenset[str] = frozenset()
    summit_modifiers: frozenset[str] = frozenset()
    representative_nouns: frozenset[str] = frozenset()
    media_nouns: frozenset[str] = frozenset()
    languages: frozenset[str] = frozenset()
    focus_particles: frozenset[str] = frozenset()
    modals: frozenset[str] = frozenset()
    negations: frozenset[str] = frozenset()
    occurrence_verbs: frozenset[str] = frozenset()
    presupposing_prepositions: frozenset[str] = frozenset()
    telephone_words: frozenset[str] = frozenset()
    compound_heads: dict[str, tuple[MeetingType, bool]] = field(default_factory=dict)  # head → (type, only after a hyphen)
    meeting_phrases: dict[str, tuple[MeetingPhrase, ...]] = field(default_factory=dict)  # key word → its phrases
    call_modifiers: frozenset[str] = frozenset()
    light_verbs: frozenset[str] = frozenset()
    reciprocal_verbs: frozenset[str] = frozenset()
    spokesperson_nouns: frozenset[str] = frozenset()
    role_rank_prefixes: frozenset[str] = frozenset()
    speech_prepositions: dict[str, frozenset[str]] = field(default_factory=dict)  # verb → prepositions of its content
    government_nouns: frozenset[str] = frozenset()
    report_markers: dict[str, frozenset[str]] = field(default_factory=dict)  # construction → its words (relations/reports.py)
    organisation_nouns: frozenset[str] = frozenset()
    meeting_idioms: frozenset[str] = frozenset()
    negated_speech_verbs: frozenset[str] = frozenset()
    pronominal_adverbs: frozenset[str] = frozenset()
    presence_words: frozenset[str] = frozenset()
    time_nouns: frozenset[str] = frozenset()
    words_not_abbreviations: frozenset[str] = frozenset()
    debate_places: dict[str, frozenset[str]] = field(default_factory=dict)  # "verb" / "place" → words (meetings: a debate)
    name_class_nouns: dict[str, str] = field(default_factory=dict)  # class noun → the entity type it gives a catch-all name
    municipal_executives: frozenset[str] = frozenset()
    municipal_councils: frozenset[str] = frozenset()
    predicate_idioms: frozenset[tuple[str, str]] = frozenset()  # (adjective, verb lemma)
    cue_idioms: frozenset[tuple[str, str]] = frozenset()  # (the word governed, verb lemma)
    armed_forces: frozenset[str] = frozenset()
    media_names: frozenset[str] = frozenset()  # lowercase

    def markers(self, construction: str) -> frozenset[str]:
        return self.report_markers.get(construction, frozenset())

    @functools.cached_property
    def trigger_pos(self) -> frozenset[str]:
        return frozenset(pos for _, pos in self.triggers)

    @functools.cached_property
    def title_pattern(self) -> str:
        """A regex for a lowercase token that is a person title, or a compound ending in a role."""
        singles = "|".join(re.escape(t) for t in self.person_titles if " " not in t)
        suffixes = "|".join(re.escape(s) for s in self.role_suffixes)
        alternatives = [part for part in (singles, rf"[\w-]*(?:{suffixes})" if suffixes else "") if part]
        return rf"^(?:{'|'.join(alternatives)})$" if alternatives else r"(?!x)x"

    @functools.cached_property
    def _title_regex(self) -> re.Pattern[str]:
        return re.compile(self.title_pattern)

    def is_person_title(self, word: str) -> bool:
        """`minister`, `Kamerlid`, `SGP-leider`, `energieminister`: a word naming a person's role."""
        return self._title_regex.match(word.lower()) is not None

    @functools.cached_property
    def armed_force_heads(self) -> dict[str, tuple[str, bool]]:
        """`armed_forces` as compound heads (`regeringsleger` is a `leger`)."""
        return {noun: (noun, False) for noun in self.armed_forces}

    @functools.cached_property
    def portfolio_names(self) -> frozenset[str]:
        return frozenset(p.lower() for p in self.portfolios)


def lexicon_lines(path: Path) -> Iterator[str]:
    for line in path.read_text(encoding="utf8").splitlines():
        if line.strip() and not line.startswith("#"):
            yield line.strip()


def _rows(path: Path) -> Iterator[list[str]]:
    return (line.split("\t") for line in lexicon_lines(path))


class LexiconError(ValueError):
    """A lexicon file that cannot be read as its format says."""


MEETING_TYPES: tuple[str, ...] = get_args(MeetingType)


def _table(path: Path, header: tuple[str, ...], allowed: dict[int, tuple[str, ...]] | None = None) -> Iterator[list[str]]:
    """The rows of a `.tsv` list after its header row, each checked to have the header's
    columns and, in the columns `allowed` names, one of the values it gives."""
    for row in _rows(path):
        if tuple(row) == header:
            continue
        if len(row) != len(header) or any(row[column] not in values for column, values in (allowed or {}).items()):
            wanted = ", ".join(f"{name} ({' or '.join(allowed[i])})" if allowed and i in allowed else name for i, name in enumerate(header))
            raise LexiconError(f"{path}: bad row {chr(9).join(row)!r}: want {wanted}")
        yield row


def _meeting_triggers(path: Path) -> dict[tuple[str, str], MeetingType]:
    rows = _table(path, ("lemma", "pos", "type"), {2: MEETING_TYPES})
    return {(lemma, pos): kind for lemma, pos, kind in rows}  # type: ignore[misc]  # kind checked against MeetingType


def _compound_heads(path: Path) -> dict[str, tuple[MeetingType, bool]]:
    rows = _table(path, ("head", "type", "joins"), {1: MEETING_TYPES, 2: ("open", "hyphen")})
    return {head: (kind, joins == "hyphen") for head, kind, joins in rows}  # type: ignore[misc]  # kind checked against MeetingType


def _meeting_phrases(path: Path) -> dict[str, tuple[MeetingPhrase, ...]]:
    """key word (the phrase's last) → the phrases it ends."""
    phrases: dict[str, list[MeetingPhrase]] = {}
    for phrase, verbs, kind in _table(path, ("phrase", "verbs", "type"), {2: MEETING_TYPES}):
        *before, key = phrase.split()
        phrases.setdefault(key, []).append(MeetingPhrase(tuple(before), frozenset(verbs.split("|")), kind))  # type: ignore[arg-type]  # kind checked against MeetingType
    return {key: tuple(found) for key, found in phrases.items()}


def _speech_prepositions(path: Path) -> dict[str, frozenset[str]]:
    pairs: dict[str, set[str]] = {}
    for verb, preposition in _table(path, ("verb", "preposition")):
        pairs.setdefault(verb, set()).add(preposition)
    return {verb: frozenset(prepositions) for verb, prepositions in pairs.items()}


REPORT_CONSTRUCTIONS = ("volgens", "wat_betreft", "aldus", "zoals", "naar_zeggen", "speech_noun", "stance_noun")


def _report_markers(path: Path) -> dict[str, frozenset[str]]:
    words: dict[str, set[str]] = {}
    for construction, word in _table(path, ("construction", "word"), {0: REPORT_CONSTRUCTIONS}):
        words.setdefault(construction, set()).add(word)
    return {construction: frozenset(forms) for construction, forms in words.items()}


def _kinds(path: Path, kinds: tuple[str, ...]) -> dict[str, frozenset[str]]:
    words: dict[str, set[str]] = {kind: set() for kind in kinds}
    for kind, word in _table(path, ("kind", "word"), {0: kinds}):
        words[kind].add(word)
    return {kind: frozenset(forms) for kind, forms in words.items()}


def _pairs(path: Path) -> frozenset[tuple[str, str]]:
    """Lines of two words (`beschikbaar stellen`) → (first, last) pairs."""
    return frozenset((line.split()[0], line.split()[-1]) for line in lexicon_lines(path))


@lru_cache(maxsize=4)
def load_lexicon(directory: Path = LEXICON_DIR) -> Lexicon:
    """`data/lexicon/` (or a directory laid out like it) → the `Lexicon`."""
    def words(name: str) -> frozenset[str]:
        return frozenset(lexicon_lines(directory / name))

    def ordered(name: str) -> tuple[str, ...]:
        return tuple(lexicon_lines(directory / name))

    return Lexicon(
        speech_verbs=words("speech_verbs.txt"),
        triggers=_meeting_triggers(directory / "meeting_triggers.tsv"),
        blockers=words("meeting_blockers.txt"),
        group_subjects=words("group_subjects.txt"),
        thing_object_verbs=words("thing_object_verbs.txt"),
        intention_verbs=words("intention_verbs.txt"),
        request_verbs=words("request_verbs.txt"),
        role_prepositions=words("role_prepositions.txt"),
        demonstratives=words("demonstratives.txt"),
        denial_verbs=words("denial_verbs.txt"),
        company_forms=words("company_forms.txt"),
        inhabitant_suffixes=ordered("inhabitant_suffixes.txt"),
        quoting_verbs=words("quoting_verbs.txt"),
        standing_bodies=words("standing_bodies.txt"),
        hedges=words("hedges.txt"),
        said_idioms=words("said_idioms.txt"),
        particles=words("particles.txt"),
        strong_verbs={form: infinitive for form, infinitive in _rows(directory / "strong_verbs.tsv")},
        institutions=words("institutions.txt"),
        person_nouns=words("person_nouns.txt"),
        compass_prefixes=words("compass_prefixes.txt"),
        sentence_openers=words("sentence_openers.txt"),
        person_titles=ordered("person_titles.txt"),
        role_suffixes=ordered("role_suffixes.txt"),
        portfolios=ordered("portfolios.txt"),
        partner_verbs=words("partner_verbs.txt"),
        ally_nouns=words("ally_nouns.txt"),
        contact_verbs=words("contact_verbs.txt"),
        touring_words=words("touring_words.txt"),
        arrival_verbs=words("arrival_verbs.txt"),
        drop_in_verbs=words("drop_in_verbs.txt"),
        example_markers=words("example_markers.txt"),
        subordinators=words("subordinators.txt"),
        board_nouns=words("board_nouns.txt"),
        comitative_adverbs=words("comitative_adverbs.txt"),
        boarding_verbs=words("boarding_verbs.txt"),
        vehicle_nouns=ordered("vehicle_nouns.txt"),
        telephone_nouns=words("telephone_nouns.txt"),
        receiving_verbs=words("receiving_verbs.txt"),
        gathering_modifiers=words("gathering_modifiers.txt"),
        summit_modifiers=words("summit_modifiers.txt"),
        representative_nouns=words("representative_nouns.txt"),
        media_nouns=words("media_nouns.txt"),
        languages=words("languages.txt"),
        focus_particles=words("focus_particles.txt"),
        modals=words("modals.txt"),
        negations=words("negations.txt"),
        occurrence_verbs=words("occurrence_verbs.txt"),
        presupposing_prepositions=words("presupposing_prepositions.txt"),
        telephone_words=words("telephone_words.txt"),
        compound_heads=_compound_heads(directory / "meeting_compound_heads.tsv"),
        meeting_phrases=_meeting_phrases(directory / "meeting_phrases.tsv"),
        call_modifiers=words("call_modifiers.txt"),
        light_verbs=words("light_verbs.txt"),
        reciprocal_verbs=words("reciprocal_verbs.txt"),
        spokesperson_nouns=words("spokesperson_nouns.txt"),
        role_rank_prefixes=words("role_rank_prefixes.txt"),
        speech_prepositions=_speech_prepositions(directory / "speech_verb_prepositions.tsv"),
        government_nouns=words("government_nouns.txt"),
        report_markers=_report_markers(directory / "report_markers.tsv"),
        organisation_nouns=words("organisation_nouns.txt"),
        meeting_idioms=words("meeting_idioms.txt"),
        negated_speech_verbs=words("negated_speech_verbs.txt"),
        pronominal_adverbs=words("pronominal_adverbs.txt"),
        presence_words=words("presence_words.txt"),
        time_nouns=words("time_nouns.txt"),
        words_not_abbreviations=words("words_not_abbreviations.txt"),
        debate_places=_kinds(directory / "debate_places.tsv", ("verb", "place")),
        municipal_executives=words("municipal_executives.txt"),
        municipal_councils=words("municipal_councils.txt"),
        predicate_idioms=_pairs(directory / "predicate_idioms.txt"),
        cue_idioms=_pairs(directory / "cue_idioms.txt"),
        armed_forces=words("armed_forces.txt"),
        media_names=words("media_names.txt"),
        name_class_nouns={noun: kind for noun, kind in _table(directory / "name_class_nouns.tsv", ("noun", "type"), {1: ("ORG", "PLACE")})},
    )
