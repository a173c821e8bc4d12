"""Entity rules after the model's NER, as spaCy components: `Doc` (with the model's
entities) → `Doc` whose `doc.ents` also hold the names the knowledge base knows
(`newsgraph_known_names`) and the persons behind a title (`newsgraph_titled_persons`).
The entity stage (`entities.doc_mentions`) reads the entities these leave.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

import numpy
from spacy.attrs import LOWER, ORTH
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.strings import hash_string  # type: ignore[attr-defined]  # a Cython function the stubs lack
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from . import known_names
from .entities import model_label
from .known_names import NameTables
from .lexicon import Lexicon, load_lexicon
from .name_repair import NameRepair  # noqa: F401  (registers the newsgraph_name_repair factory)
from .names import NAME_PARTICLES, is_given_name, load_given_names
from .schemas import EntityType
from .span_repair import SpanRepair  # noqa: F401  (registers the newsgraph_span_repair factory)
from .timing import timed
from .tokens import in_capitals, token_indices

GRAPH_AND_OTHER: tuple[EntityType, ...] = ("ORG", "OTHER", "PERSON", "PLACE")  # sorted, as the labels were always made
MAX_LEADING_PARTICLES = 2  # `De Jonge`, `Van der Laan`


class TitledPersons:
    """Doc → Doc where a capitalised name right after a person title (`hoogleraar Remco
    Breuker`, `Bondskanselier Angela Merkel`, `minister van Cultuur Badr bin Abdullah`) is a
    person entity, whatever NER made of it: news introduces most people this way, and a model
    trained on 2000-era text misses many."""

    def __init__(self, nlp: Language, name: str, lexicon: Lexicon):
        self.label = model_label(nlp, "PERSON")
        # Titles are found by one lookup per distinct lowercase word (cached across Docs), not
        # by a Matcher's regex test per token, which cost more than all the rest of the stage.
        self.is_title = lru_cache(maxsize=65536)(lexicon.is_person_title)
        self.portfolios: dict[int, set[tuple[str, ...]]] = {}
        for portfolio in lexicon.portfolios:
            words = tuple(word.lower() for word in re.findall(r"\w+|[^\w\s]", portfolio))
            self.portfolios.setdefault(len(words), set()).add(words)

    @timed("entities")
    def __call__(self, doc: Doc) -> Doc:
        """A person entity the model found that reaches beyond the titled name is kept as it
        is (`Kim Jong-un`); other entities overlapping the name give way to it, the model's
        fragments of it too (`Lodewijk` + `Asscher`), and so does a title it took for a
        person (`PvdA-leider`) and a portfolio it took for an organisation (`Cultuur`)."""
        people = [e for e in doc.ents if e.label_ == self.label]
        title_starts = token_indices(doc, LOWER, self.is_title)
        title_of = {(start + 1, end): start for start in title_starts for end in _titled_name_ends(doc, start)}
        for start in (t for t in title_starts if t + 1 < len(doc) and doc[t + 1].lower_ == "van"):
            end = start + 2
            name_start = self._after_portfolio(doc, end)
            if name_start is not None:
                name_end = _name_end(doc, name_start)
                if name_end > name_start:
                    title_of[(name_start, name_end)] = start
        spans = [Span(doc, start, end, label=self.label) for start, end in title_of]
        spans = [s for s in filter_spans(spans)
                 if self._may_replace(s, title_of[(s.start, s.end)], [p for p in people if p.start < s.end and s.start < p.end])]
        if spans:
            titles = {title_of[(s.start, s.end)] for s in spans}
            portfolio_ranges = [(title_of[(s.start, s.end)] + 1, s.start) for s in spans]
            kept = [e for e in doc.ents if not any(e.start < s.end and s.start < e.end for s in spans)
                    and not (e.label_ == self.label and len(e) == 1 and e.start in titles)
                    and not any(start <= e.start and e.end <= end for start, end in portfolio_ranges)]
            doc.ents = sorted(kept + spans, key=lambda e: e.start)
        return doc

    def _after_portfolio(self, doc: Doc, index: int) -> int | None:
        """Where the name starts when a portfolio begins at token `index`, the longest first."""
        for length in sorted(self.portfolios, reverse=True):
            words = tuple(t.lower_ for t in doc[index:index + length])
            if words in self.portfolios[length]:
                return index + length
        return None

    @staticmethod
    def _may_replace(name: Span, title: int, people: list[Span]) -> bool:
        """The model's person entities a titled name overlaps are fragments of it when they
        lie inside it (or reach back into the portfolio, `Handel Ruhsar Pekcan`, or the title,
        `PvdA-leider Lodewijk` + `Asscher`), and the name has no particle or follows a portfolio:
        `minister Wiebes van Economische Zaken` would become a person `Wiebes van Economische`,
        `minister van Cultuur Badr bin Abdullah` is one."""
        if not people:
            return True
        inside = all((title < p.start and p.end <= name.end) or (title == p.start and p.end < name.end) for p in people)
        after_portfolio = name.start > title + 1  # `minister van Cultuur Badr bin Abdullah`
        return inside and (after_portfolio or not any(t.lower_ in NAME_PARTICLES for t in name))


_CAPITALISED = re.compile(r"^[A-ZÀ-Þ][a-zà-ÿ'’]")


def _titled_name_ends(doc: Doc, title: int) -> list[int]:
    """Where a name after the title at token `title` may end: after each of the capitalised
    words that follow it (`Remco Breuker`, `Recep Tayyip Erdogan`), and after a capitalised
    word, particles and a capitalised word (`Jan van Dijk`, `Ursula von der Leyen`): every
    ending, as a Matcher with `*` and `+` finds them; the longest wins later."""
    first = title + 1
    if first >= len(doc) or not _CAPITALISED.match(doc[first].text):
        return []
    ends = []
    end = first + 1
    while end <= len(doc):
        ends.append(end)
        if end == len(doc) or not _CAPITALISED.match(doc[end].text):
            break
        end += 1
    index = first + 1
    while index < len(doc) and doc[index].lower_ in NAME_PARTICLES:
        index += 1
        if index < len(doc) and _CAPITALISED.match(doc[index].text):
            ends.append(index + 1)
    return sorted(set(ends))


def _name_end(doc: Doc, start: int) -> int:
    """End of a capitalised name from token `start` (particles inside: `Badr bin Abdullah`);
    `start` when no capitalised word stands there."""
    end = start
    while end < len(doc):
        if _CAPITALISED.match(doc[end].text):
            end += 1
            continue
        following = end
        while following < len(doc) and doc[following].lower_ in NAME_PARTICLES:
            following += 1
        if end > start and following > end and following < len(doc) and _CAPITALISED.match(doc[following].text):
            end = following + 1
            continue
        break
    return end


@Language.factory("newsgraph_titled_persons", requires=["doc.ents"], assigns=["doc.ents"])
def make_titled_persons(nlp: Language, name: str) -> TitledPersons:
    return TitledPersons(nlp, name, load_lexicon())


class KnownNames:
    """Doc → Doc with the names the knowledge base knows as entities of the KB's type, and
    the parts of a person's name the article already gave as that person.

    A strong name (a curated person or organisation) the model missed is added; one it cut
    short or split (`Trump` in `Ivanka Trump`, `Recep Tayyip` + `Erdogan`) is replaced by the
    whole name; one it typed differently (`Obama` as ORG) gets the KB's type. A weak name (a
    country or big city) only fills gaps and retypes entities that are not persons
    (`Sotsji` as ORG). A longer entity of the model's that contains a name is left alone.
    A one-word name the model did not tag that opens a sentence, and that the article also
    writes in lowercase, is that common word (`Denk eens na` beside `ik denk`, `Trouw blijven`
    beside `trouw`), not the party or the paper."""

    def __init__(self, nlp: Language, patterns: list[tuple[str, EntityType, bool]] | NameTables):
        label_of = {kind: model_label(nlp, kind) for kind in GRAPH_AND_OTHER}
        self.person, self.place = label_of["PERSON"], label_of["PLACE"]
        # Most names are one word: a dict lookup per token finds those. A name of several
        # tokens is looked up by its tokens' ORTH hashes from each occurrence of its first
        # word (building a Doc of each for a PhraseMatcher cost 0.2-0.4 s per process).
        # Only a token sequence that is a name of several types goes to the PhraseMatcher,
        # which gives its keys in the order the rules below have always seen them (none in
        # the shipped knowledge base; a user's aliases may add some).
        tables = patterns if isinstance(patterns, NameTables) else known_names.build(nlp, patterns)
        self.labels: dict[str, tuple[str, bool]] = {key: (label_of[kind], strong) for key, (kind, strong) in tables.labels.items()}
        self.single_words = tables.single_words
        self.matcher = PhraseMatcher(nlp.vocab)
        for tokens, keys in tables.ambiguous:
            for key in keys:
                self.matcher.add(key, [Doc(nlp.vocab, words=tokens)])
        self.phrases = tables.phrases
        self.phrase_lengths: dict[int, set[int]] = {}
        for orths in self.phrases:
            self.phrase_lengths.setdefault(orths[0], set()).add(len(orths))
        self.phrase_first_hashes = numpy.array(sorted(self.phrase_lengths), dtype="uint64")
        # the words' hashes, as `Doc.to_array(ORTH)` gives them: one vectorised test a Doc
        self.single_word_hashes = numpy.array(sorted({hash_string(word) for word in self.single_words}), dtype="uint64")

    def _matches(self, doc: Doc) -> list[tuple[str, int, int]]:
        matches = [(doc.vocab.strings[key], start, end) for key, start, end in self.matcher(doc)] if len(self.matcher) else []
        column = doc.to_array(ORTH).astype("uint64")
        if len(doc) and len(self.phrase_first_hashes):
            orths = column.tolist()
            for i in _indices_in(column, self.phrase_first_hashes):
                for length in self.phrase_lengths[orths[i]]:
                    key = self.phrases.get(tuple(orths[i:i + length]))
                    if key is not None:
                        matches.append((key, i, i + length))
        found = _indices_in(column, self.single_word_hashes) if len(doc) and len(self.single_word_hashes) else []
        matches += [(key, i, i + 1) for i in found for key in self.single_words[doc[i].text]]
        return sorted(matches, key=lambda m: (m[1] - m[2], m[1]))

    @timed("entities")
    def __call__(self, doc: Doc) -> Doc:
        entities = list(doc.ents)
        lowercase: set[str] | None = None  # the article's lowercase words, read once and only when needed
        for key, start, end in self._matches(doc):
            label, strong = self.labels[key]
            span = Span(doc, start, end, label=label)
            overlapping = [e for e in entities if e.start < end and start < e.end]
            if not overlapping and end - start == 1 and (opens_sentence(doc, start) or in_capitals(doc, start)):
                lowercase = _lowercase_words(doc) if lowercase is None else lowercase
                if doc[start].lower_ in lowercase:
                    # `Denk eens na` beside `ik denk`: a common word opening a sentence, not the
                    # party; `WAT IS ER MIS` beside `is`: a headline's word, not Islamic State
                    continue
            inside = all(start <= e.start and e.end <= end for e in overlapping)
            if not overlapping or (inside and (strong or all(e.label_ != self.person for e in overlapping))):
                entities = [e for e in entities if e not in overlapping] + [span]
        doc.ents = sorted(self._name_parts(doc, entities), key=lambda e: e.start)
        return doc

    def _known_place(self, word: str) -> bool:
        return any(self.labels[key][0] == self.place for key in self.single_words.get(word, ()))

    def _name_parts(self, doc: Doc, entities: list[Span]) -> list[Span]:
        """`Ivanka` after `Ivanka Trump`, `Ed` after `Ed Nijpels`: a lone capitalised word that
        is part of a person's full name in the article is that person, also in capitals (`NIJPELS` after `Ed
        Nijpels`), as a genitive (`Baldés` after `Merel Baldé`) and behind the particles of
        the name (`De Jonge` after `Hugo de Jonge`, read as an organisation). An entity the
        model gave another type may come before the full name (a headline's `Orbán` before
        `Viktor Orbán`) unless the knowledge base knows the word; an untagged word must come
        after it."""
        parts: dict[str, int] = {}
        for entity in entities:
            if entity.label_ == self.person and len(entity) > 1:
                for token in entity:
                    # two letters only as a given name opening the name: `Ed` of `Ed Nijpels`, never `De`
                    if token.is_title and (len(token) > 2 or (token.i == entity.start and is_given_name(token.text))):
                        parts.setdefault(token.text, entity.end)
        # a one-word ORG/MISC reading of such a name part gives way too (`zegt Schot` as MISC),
        # and a PLACE reading unless the knowledge base knows the word as a place (`Thunberg`
        # after `Greta Thunberg` is her; `Washington` after `George Washington` may be the city)
        retyped = [e for e in entities if e.label_ != self.person and (part := self._person_part(e, parts)) is not None
                   and (parts[part] <= e.start or part not in self.single_words)
                   and (e.label_ != self.place or not self._known_place(part))]
        entities = [e for e in entities if e not in retyped] + [Span(doc, e.start, e.end, label=self.person) for e in retyped]
        taken = {i for e in entities for i in range(e.start, e.end)}
        added = [Span(doc, i, i + 1, label=self.person) for i in token_indices(doc, ORTH, parts.keys())
                 if i not in taken and parts[doc[i].text] <= i] if parts else []
        return entities + added

    @staticmethod
    def _person_part(entity: Span, parts: dict[str, int]) -> str | None:
        """The name part an entity of one word, perhaps behind particles (`De Jonge`), is."""
        if len(entity) > 1 + MAX_LEADING_PARTICLES or any(t.lower_ not in NAME_PARTICLES for t in entity[:-1]):
            return None
        return _part_of(entity[-1], parts)


_SENTENCE_ENDS = frozenset({".", "!", "?", ":", "\"", "'", "“", "”", "‘", "’", "„", ",,", "(", "-", "–"})


def opens_sentence(doc: Doc, index: int) -> bool:
    """Token `index` opens the text, a sentence or a quote (sentences are not yet split
    when the entity rules run)."""
    return index == 0 or doc[index - 1].text in _SENTENCE_ENDS or "\n" in doc[index - 1].text_with_ws


def _lowercase_words(doc: Doc) -> set[str]:
    strings = doc.vocab.strings
    return {text for value in numpy.unique(doc.to_array(ORTH).astype("uint64")) if (text := strings[int(value)]).islower()}


def _indices_in(column: numpy.ndarray, ordered: numpy.ndarray) -> list[int]:
    """Positions of `column` whose value is in the sorted array `ordered` (a binary search
    each: `numpy.isin` would sort the 23k known words again for every Doc)."""
    at = numpy.searchsorted(ordered, column).clip(max=len(ordered) - 1)
    return numpy.flatnonzero(ordered[at] == column).tolist()


def _part_of(token: Token, parts: dict[str, int]) -> str | None:
    """The name part a one-word entity is: itself, its title-cased capitals (`NIJPELS`), or
    its genitive's stem (`Baldés`, `Nijpels'`); None for other words."""
    text = token.text
    forms = [text, text.title() if token.is_upper and len(text) > 2 else "", text[:-1] if text.endswith(("s", "'")) else "",
             text[:-2] if text.endswith(("'s", "’s")) else ""]
    return next((form for form in forms if form in parts), None)


@Language.factory("newsgraph_known_names", default_config={"patterns": None, "aliases": []}, requires=["doc.ents"], assigns=["doc.ents"])
def make_known_names(nlp: Language, name: str, patterns: list[list] | None, aliases: list[str]) -> KnownNames:
    """`patterns` as [text, type, strong] triples, or by default the knowledge base's names
    (with the user's alias files): read here rather than passed in the config, whose
    validation of 23k patterns cost seconds per process. Their tables are built once and
    then read from the cache folder (pipeline/known_names.py)."""
    if patterns is None:
        return KnownNames(nlp, known_names.cached(nlp, tuple(Path(a) for a in aliases)))
    return KnownNames(nlp, [(text, kind, bool(strong)) for text, kind, strong in patterns])


def add_entity_components(nlp: Language, aliases: tuple[Path, ...] = ()) -> None:
    """After the model's NER: the names the knowledge base knows, persons behind titles, then
    person spans repaired (pipeline/name_repair.py), then the spans around names
    (`span_repair.SpanRepair`)."""
    if "ner" not in nlp.pipe_names or "newsgraph_known_names" in nlp.pipe_names:
        return
    load_given_names()  # a resource of the entity stages, loaded with the model like the knowledge base
    nlp.add_pipe("newsgraph_known_names", after="ner", config={"aliases": [str(p) for p in aliases]})
    nlp.add_pipe("newsgraph_titled_persons", after="newsgraph_known_names")
    nlp.add_pipe("newsgraph_name_repair", after="newsgraph_titled_persons")
    nlp.add_pipe("newsgraph_span_repair", after="newsgraph_name_repair")
