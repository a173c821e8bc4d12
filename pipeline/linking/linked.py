"""The linking stage's output: an article's entities, and which entity a token refers to."""

from __future__ import annotations

import bisect
import functools
from collections.abc import Sequence
from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from ..names import first_name_gender
from ..quotes import Quote
from ..schemas import ArticleEntity, Mention
from .pronouns import PERSON_PRONOUNS, PronounResolver, resolve_pronouns


@dataclass
class LinkedEntities:
    """The linked entities of one article, its quotes, which entity each mention span
    belongs to and whom each person pronoun refers to (resolved when built)."""

    entities: list[ArticleEntity]
    quotes: list[Quote]
    _starts: list[int]
    _spans: list[tuple[int, int, str]]
    _pronouns: dict[int, str | None] = field(default_factory=dict)
    _demonstratives: dict[int, str | None] = field(default_factory=dict)

    @classmethod
    def build(cls, doc: Doc, entities: list[ArticleEntity], quotes: Sequence[Quote], subject_offsets: set[int],
              nameless_subjects: Sequence[tuple[int, str | None]] = (), possessed: Sequence[tuple[int, int, int]] = (),
              source_markers: frozenset[str] = frozenset(), part_of_word: frozenset[tuple[int, int]] = frozenset()) -> LinkedEntities:
        """`subject_offsets`: char offsets of the person mentions that are a subject;
        `nameless_subjects`: offsets of subjects that are a person nobody names (`De docent`),
        each with the sex its noun says (`de moeder`: `f`) or None;
        `possessed`: phrases a person pronoun possesses that are its referent speaking (`haar
        woordvoerder`: start, end, the pronoun's token index), mentions of whom it resolves to;
        `source_markers`: the words after which a pronoun is whose claim its sentence is (`volgens`);
        `part_of_word`: (start, end) of the mentions inside a word that names something else
        (`VVD` in `VVD-fractieleider`: compound_names.py), which refer to no token and are no
        person a pronoun may refer to."""
        spans = sorted((m.start, m.end, e.key) for e in entities for m in e.mentions if (m.start, m.end) not in part_of_word)
        linked = cls(entities, list(quotes), [s for s, _, _ in spans], spans)
        persons: list[tuple[int, str | None, bool]] = [(m.start, e.key, m.start in subject_offsets) for e in entities if e.type == "PERSON"
                                                       for m in e.mentions if (m.start, m.end) not in part_of_word]
        persons = sorted(persons + [(offset, None, True) for offset, _ in nameless_subjects], key=lambda p: p[0])
        nameless_genders = {offset: gender for offset, gender in nameless_subjects if gender is not None}
        resolver = PronounResolver(doc, persons, quotes, linked.gender_of, source_markers, nameless_genders)
        linked._pronouns, linked._demonstratives = resolve_pronouns(doc, resolver)
        voices = [(start, end, key) for start, end, pronoun in possessed
                  if (key := linked._pronouns.get(pronoun) or resolver.owner_named_after(doc[pronoun])) is not None]
        if not voices:
            return linked
        text = doc.text
        entities = [e.model_copy(update={"mentions": sorted([*e.mentions, *(Mention(text=text[s:t], start=s, end=t) for s, t, k in voices if k == e.key)],
                                                            key=lambda m: m.start)}) for e in entities]
        spans = sorted([*spans, *voices])
        return cls(entities, list(quotes), [s for s, _, _ in spans], spans, linked._pronouns, linked._demonstratives)

    def by_key(self, key: str) -> ArticleEntity | None:
        return self._by_key.get(key)

    @functools.cached_property
    def _by_key(self) -> dict[str, ArticleEntity]:
        first: dict[str, ArticleEntity] = {}
        for entity in self.entities:
            first.setdefault(entity.key, entity)
        return first

    def key_at(self, start: int, end: int) -> str | None:
        """The entity whose mention overlaps the character range [start, end)."""
        index = bisect.bisect_right(self._starts, end - 1) - 1
        while index >= 0:
            span_start, span_end, key = self._spans[index]
            if span_end > start:
                return key
            if span_end <= start and start - span_start > 200:
                break
            index -= 1
        return None

    def mentions_between(self, start: int, end: int) -> list[tuple[int, int, str]]:
        """(start, end, key) of the mentions that start in the character range [start, end),
        in text order; a mention inside an earlier one is left out."""
        found: list[tuple[int, int, str]] = []
        for index in range(bisect.bisect_left(self._starts, start), bisect.bisect_left(self._starts, end)):
            span = self._spans[index]
            if not found or span[0] >= found[-1][1]:
                found.append(span)
        return found

    def mention_lead(self, token: Token) -> Token:
        """The first word of the mention covering `token` (`Forum` for `Democratie` of `Forum
        voor Democratie`), or the token itself outside a mention: a parser often hangs a name's
        later words elsewhere in the phrase, its first stands where the name does."""
        index = bisect.bisect_right(self._starts, token.idx) - 1
        while index >= 0:
            span_start, span_end, _ = self._spans[index]
            if span_start <= token.idx < span_end:
                lead = token.doc.char_span(span_start, span_start + 1, alignment_mode="expand")
                return lead[0] if lead is not None and len(lead) else token
            if token.idx - span_start > 200:
                break
            index -= 1
        return token

    def key_of_token(self, token: Token) -> str | None:
        """The entity a token refers to: a mention covering it, or for a person pronoun
        the most plausible preceding person."""
        key = self.key_at(token.idx, token.idx + len(token.text))
        if key is None and token.lower_ in PERSON_PRONOUNS:
            return self._pronouns.get(token.i)
        return key

    def demonstrative_key(self, token: Token) -> str | None:
        """The person a sentence-initial `Die` (`Die herhaalde dat …`) refers to: the most
        recent person named, whatever their role."""
        return self._demonstratives.get(token.i)

    def gender_of(self, key: str) -> str | None:
        """`m` / `f` as the entity's first name says (`Jan Smit`: `m`), else None."""
        entity = self.by_key(key)
        return first_name_gender(entity.name) if entity is not None else None
