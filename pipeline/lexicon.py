"""The lexicon: every word list of `data/lexicon/`, read by one reader into one frozen value.

Each list is one word or phrase a line (`#` starts a comment); `.tsv` files are tab-separated
(`meeting_triggers.tsv` with a header row). `load_lexicon(directory)` gives the `Lexicon` the
entity, linking and relation stages take as a parameter, so a test can pass a tiny one
(`Lexicon(speech_verbs=frozenset({"zeggen"}))`) and a user a directory of their own.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from .lexicon_files import (
    LexiconError as LexiconError,
)
from .lexicon_files import (
    MeetingPhrase,
    lexicon_lines,
    read_compound_heads,
    read_kinds,
    read_meeting_phrases,
    read_meeting_triggers,
    read_pairs,
    read_report_markers,
    read_rows,
    read_speech_prepositions,
    read_table,
)
from .resources import data_dir
from .schemas import MeetingType

__all__ = ["LEXICON_DIR", "Lexicon", "LexiconError", "MeetingPhrase", "load_lexicon"]

LEXICON_DIR = data_dir() / "lexicon"


@dataclass(frozen=True, eq=False)
class Lexicon:
    """The words the rules know, one field a file of `data/lexicon/` (named after it).
    Compared and hashed by identity (`eq=False`): the per-Doc memos key on the lexicon."""

    speech_verbs: frozenset[str] = frozenset()
    triggers: dict[tuple[str, str], MeetingType] = field(default_factory=dict)  # (lemma, POS) → meeting|call|visit
    blockers: frozenset[str] = frozenset()
    group_subjects: frozenset[str] = frozenset()
    pair_words: frozenset[str] = frozenset()
    hortative_verbs: frozenset[str] = frozenset()
    led_government_nouns: frozenset[str] = frozenset()
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
    raising_verbs: frozenset[str] = frozenset()  # `Confucius schijnt gezegd te hebben dat …`: no passive auxiliary
    topic_prepositions: frozenset[str] = frozenset()  # `zei daar … over`: the topic's preposition of a split pronominal adverb
    said_idioms: frozenset[str] = frozenset()
    particles: frozenset[str] = frozenset()
    strong_verbs: dict[str, str] = field(default_factory=dict)  # written form → infinitive
    institutions: frozenset[str] = frozenset()
    family_nouns: frozenset[str] = frozenset()
    joining_words: dict[str, frozenset[str]] = field(default_factory=dict)  # kind (besides, joins, also) → words
    courts: dict[str, tuple[str, bool, frozenset[str] | None]] = field(default_factory=dict)  # noun → (name before its town, names one alone, seats or None for any)
    person_nouns: frozenset[str] = frozenset()
    person_noun_suffixes: tuple[str, ...] = ()
    office_holder_nouns: frozenset[tuple[str, str]] = frozenset()  # (noun, the title it stands for)
    view_words: frozenset[str] = frozenset()
    compass_prefixes: frozenset[str] = frozenset()
    sentence_openers: frozenset[str] = frozenset()
    capitalised_only_at_a_start: frozenset[str] = frozenset()
    quoted_predicate_verbs: frozenset[str] = frozenset()
    person_titles: tuple[str, ...] = ()
    role_suffixes: tuple[str, ...] = ()
    portfolios: tuple[str, ...] = ()
    partner_verbs: frozenset[str] = frozenset()
    camel_case_surname_prefixes: frozenset[str] = frozenset()  # `McCain`, `DeSantis`: an inner capital of a person's name
    ally_nouns: frozenset[str] = frozenset()  # `Coalitiepartner D66`: a noun for an organisation's ally before its name
    contact_verbs: frozenset[str] = frozenset()
    touring_words: frozenset[str] = frozenset()
    arrival_verbs: frozenset[str] = frozenset()
    drop_in_verbs: frozenset[str] = frozenset()
    example_markers: frozenset[str] = frozenset()
    subordinators: frozenset[str] = frozenset()
    label_addressee_prepositions: frozenset[str] = frozenset()
    person_noun_genders: dict[str, frozenset[str]] = field(default_factory=dict)  # "m" / "f" → person nouns of that sex; "neither": endings that only look feminine
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
    debate_places: dict[str, frozenset[str]] = field(default_factory=dict)  # "verb" / "place" / "event" / "piece" → words (meetings: a debate, a written piece)
    name_class_nouns: dict[str, str] = field(default_factory=dict)  # class noun → the entity type it gives a catch-all name
    municipal_executives: frozenset[str] = frozenset()
    municipal_councils: frozenset[str] = frozenset()
    municipality_nouns: frozenset[str] = frozenset()
    predicate_idioms: frozenset[tuple[str, str]] = frozenset()  # (adjective, verb lemma)
    cue_idioms: frozenset[tuple[str, str]] = frozenset()  # (the word governed, verb lemma)
    armed_forces: frozenset[str] = frozenset()
    media_names: frozenset[str] = frozenset()  # lowercase
    pronouns: frozenset[str] = frozenset()

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
    def _is_title(self) -> Callable[[str], bool]:
        # kept per word across articles: the linking passes ask it of every distinct word of
        # every article, and the pattern (hundreds of titles, a compound's role suffix)
        # costs far more than the lookup
        pattern = re.compile(self.title_pattern)
        return lru_cache(maxsize=65536)(lambda word: pattern.match(word) is not None)

    def is_person_title(self, word: str) -> bool:
        """`minister`, `Kamerlid`, `SGP-leider`, `energieminister`: a word naming a person's role."""
        return self._is_title(word.lower())

    @functools.cached_property
    def cue_idiom_words(self) -> frozenset[str]:
        """The governed words of `cue_idioms`: a verb without one of them among its children has no idiom."""
        return frozenset(word for word, _ in self.cue_idioms)

    @functools.cached_property
    def armed_force_heads(self) -> dict[str, tuple[str, bool]]:
        """`armed_forces` as compound heads (`regeringsleger` is a `leger`)."""
        return {noun: (noun, False) for noun in self.armed_forces}

    @functools.cached_property
    def two_word_titles(self) -> frozenset[tuple[str, str]]:
        """The titles of two words (`tweede kamerlid`), as word pairs."""
        return frozenset((first, second) for first, second in (t.split() for t in self.person_titles if t.count(" ") == 1))

    @functools.cached_property
    def court_nouns(self) -> frozenset[str]:
        """The nouns of `courts`, one set for the life of the lexicon (a cache key)."""
        return frozenset(self.courts)

    @functools.cached_property
    def portfolio_names(self) -> frozenset[str]:
        return frozenset(p.lower() for p in self.portfolios)


@lru_cache(maxsize=4)
def load_lexicon(directory: Path = LEXICON_DIR) -> Lexicon:
    """`data/lexicon/` (or a directory laid out like it) → the `Lexicon`."""
    def words(name: str) -> frozenset[str]:
        return frozenset(lexicon_lines(directory / name))

    def ordered(name: str) -> tuple[str, ...]:
        return tuple(lexicon_lines(directory / name))

    return Lexicon(
        speech_verbs=words("speech_verbs.txt"),
        triggers=read_meeting_triggers(directory / "meeting_triggers.tsv"),
        blockers=words("meeting_blockers.txt"),
        group_subjects=words("group_subjects.txt"),
        pair_words=words("pair_words.txt"),
        hortative_verbs=words("hortative_verbs.txt"),
        led_government_nouns=words("led_government_nouns.txt"),
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
        raising_verbs=words("raising_verbs.txt"),
        topic_prepositions=words("topic_prepositions.txt"),
        said_idioms=words("said_idioms.txt"),
        particles=words("particles.txt"),
        strong_verbs={form: infinitive for form, infinitive in read_rows(directory / "strong_verbs.tsv")},
        institutions=words("institutions.txt"),
        family_nouns=words("family_nouns.txt"),
        joining_words=read_kinds(directory / "joining_words.tsv", ("besides", "joins", "also")),
        courts={noun: (name, alone == "yes", None if seats == "*" else frozenset(seats.split("|")))
                for noun, name, alone, seats in read_table(directory / "courts.tsv", ("noun", "name", "alone", "seats"), {2: ("yes", "no")})},
        person_nouns=words("person_nouns.txt"),
        person_noun_suffixes=ordered("person_noun_suffixes.txt"),
        office_holder_nouns=read_pairs(directory / "office_holder_nouns.txt"),
        view_words=words("view_words.txt"),
        compass_prefixes=words("compass_prefixes.txt"),
        sentence_openers=words("sentence_openers.txt"),
        capitalised_only_at_a_start=words("capitalised_only_at_a_start.txt"),
        quoted_predicate_verbs=words("quoted_predicate_verbs.txt"),
        person_titles=ordered("person_titles.txt"),
        role_suffixes=ordered("role_suffixes.txt"),
        portfolios=ordered("portfolios.txt"),
        partner_verbs=words("partner_verbs.txt"),
        ally_nouns=words("ally_nouns.txt"),
        camel_case_surname_prefixes=words("camel_case_surname_prefixes.txt"),
        contact_verbs=words("contact_verbs.txt"),
        touring_words=words("touring_words.txt"),
        arrival_verbs=words("arrival_verbs.txt"),
        drop_in_verbs=words("drop_in_verbs.txt"),
        example_markers=words("example_markers.txt"),
        subordinators=words("subordinators.txt"),
        label_addressee_prepositions=words("label_addressee_prepositions.txt"),
        person_noun_genders=read_kinds(directory / "person_noun_genders.tsv", ("m", "f", "neither")),
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
        compound_heads=read_compound_heads(directory / "meeting_compound_heads.tsv"),
        meeting_phrases=read_meeting_phrases(directory / "meeting_phrases.tsv"),
        call_modifiers=words("call_modifiers.txt"),
        light_verbs=words("light_verbs.txt"),
        reciprocal_verbs=words("reciprocal_verbs.txt"),
        spokesperson_nouns=words("spokesperson_nouns.txt"),
        role_rank_prefixes=words("role_rank_prefixes.txt"),
        speech_prepositions=read_speech_prepositions(directory / "speech_verb_prepositions.tsv"),
        government_nouns=words("government_nouns.txt"),
        report_markers=read_report_markers(directory / "report_markers.tsv"),
        organisation_nouns=words("organisation_nouns.txt"),
        meeting_idioms=words("meeting_idioms.txt"),
        negated_speech_verbs=words("negated_speech_verbs.txt"),
        pronominal_adverbs=words("pronominal_adverbs.txt"),
        presence_words=words("presence_words.txt"),
        time_nouns=words("time_nouns.txt"),
        words_not_abbreviations=words("words_not_abbreviations.txt"),
        debate_places=read_kinds(directory / "debate_places.tsv", ("verb", "place", "event", "piece")),
        municipal_executives=words("municipal_executives.txt"),
        municipal_councils=words("municipal_councils.txt"),
        municipality_nouns=words("municipality_nouns.txt"),
        predicate_idioms=read_pairs(directory / "predicate_idioms.txt"),
        cue_idioms=read_pairs(directory / "cue_idioms.txt"),
        armed_forces=words("armed_forces.txt"),
        media_names=words("media_names.txt"),
        pronouns=words("pronouns.txt"),
        name_class_nouns={noun: kind for noun, kind in read_table(directory / "name_class_nouns.tsv", ("noun", "type"), {1: ("ORG", "PLACE")})},
    )
