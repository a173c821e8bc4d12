"""Person spans the model cut or stretched, made whole: a spaCy component after the NER and
the project's own entity rules (`entity_rules.py`). `Doc` → `Doc` with `doc.ents` repaired;
the entity, linking and relation stages see only the repaired spans.

- particle surnames kept whole: `Ingrid van Engelshoven` (read as `Ingrid` + `Engelshoven`),
  `Toon van Bodegom` (read as `Bodegom` only), `Willy van de Kerkhof` (+ `Kerkhof` as MISC),
  `Anna van den Berg` (read as `Anna van`), `Cora van Nieuwenhuizen` (read as the
  organisation `Cora` + the person `Nieuwenhuizen`);
- a party or title glued to the name cut off: `D66-Onderwijsminister Ingrid …`,
  `minister van Defensie Jan Pietersen` read as `Defensie Jan Pietersen`; a portfolio after
  the name is no particle surname (`minister Wiebes van Economische Zaken`);
- particles left dangling at a name's end cut off: `Rutte van de` before `VVD`;
- a word that is no given name and a town read as a person is a body (`Heracles Almelo`);
  after such a word and `van` it is a place (`Gerrit van Woudenbergh van Almelo`);
- a given name coordinated with a full name is a person too (`Kelsey en Garion Mulder`);
- a known organisation at the end of a name split off (`Dijkhoff D66`), and at its start,
  part of the title before it, cut off (`Oud-directeur van Greenpeace Sylvia Borren`); a
  person after an organisation's whole name read as part of it split off (`Partij voor de
  Dieren Anja Hazenkamp`);
- an entity of function words only dropped (`Van` opening a sentence, read as a place);
- a compound's first half read as a person (`GroenLinks- fractievoorzitter`, written with a
  space after the hyphen) is no person;
- a nickname in quotes between a given name and a surname is part of the name
  (`Gerardo 'Tata' Martino`);
- a body after a whole name cut off (`Mark van Baal van Follow This`: `affiliations.py`);
- a letter's signature split off its town (`Pim van Tol Heemskerk` → `Pim van Tol` + the
  place `Heemskerk`, `Jan van de` + `Ven Venray Handig` → `Jan van de Ven` + `Venray`) and
  a town after a surname and `van` the person's town (both in `towns.py`).
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

from .affiliations import affiliation_after, split_affiliation, whole_name
from .entities import model_label
from .kb import KnowledgeBase, default_kb
from .lexicon import Lexicon, load_lexicon
from .names import FUNCTION_WORDS, NAME_PARTICLES, first_name_gender, is_given_name, may_be_given_name, particles_end, particles_start
from .timing import timed
from .towns import Towns, signature_towns

_QUOTE_PAIRS = {"'": "'", "‘": "’", "’": "’", '"': '"', "“": "”", "„": "”"}  # opening mark → its closing mark


def known_organisations(kb: KnowledgeBase) -> frozenset[str]:
    """The one-word names of the KB's curated organisations, as written (`D66`, `Greenpeace`)."""
    return frozenset(name for entry in kb.entries.values() if entry.curated and entry.type == "ORG"
                     for name in entry.names if " " not in name and name[:1].isupper())


def known_organisation_names(kb: KnowledgeBase) -> frozenset[tuple[str, ...]]:
    """The words of every name of the KB's curated organisations (`Partij voor de Dieren`)."""
    return frozenset(tuple(name.split()) for entry in kb.entries.values() if entry.curated and entry.type == "ORG"
                     for name in entry.names if name[:1].isupper())


class NameRepair:
    def __init__(self, nlp: Language, lexicon: Lexicon, towns: dict[str, list[tuple[str, ...]]] | None = None,
                 organisations: frozenset[str] = frozenset(), organisation_names: frozenset[tuple[str, ...]] = frozenset()):
        self.person = model_label(nlp, "PERSON")
        self.place = model_label(nlp, "PLACE")
        self.other = model_label(nlp, "OTHER")
        self.org = model_label(nlp, "ORG")
        self.towns = Towns(towns or {}, self.person, self.place)
        self.organisations = organisations
        self.organisation_names = organisation_names
        self.lexicon = lexicon
        self.portfolios = [p.split() for p in lexicon.portfolio_names]
        self.portfolio_reach = max(map(len, self.portfolios), default=0)

    @timed("entities")
    def __call__(self, doc: Doc) -> Doc:
        entities = [e for e in self.towns.split_signatures(doc, doc.ents) if not self._fragment(e)]
        entities = [part for e in entities for part in self._split_organisation(doc, e)]
        people = {i: e.start for e in entities if e.label_ == self.person for i in range(e.start, e.end)}
        entities = [part for e in entities for part in split_affiliation(doc, e, self.person, self._affiliation_label, self._portfolio_at, people)]
        repaired: list[Span] = []
        index = 0
        ordered = sorted(entities, key=lambda e: e.start)
        while index < len(ordered):
            entity = ordered[index]
            index += 1
            if self.towns.after_surname(doc, entity):
                repaired.append(Span(doc, entity.start, entity.end, label=self.place))
                continue
            if entity.label_ != self.person and not self._given_name_mistyped(doc, entity, ordered[index:]):
                repaired.append(entity)
                continue
            start, end = self._without_prefix(doc, entity), entity.end
            start = self._given_name_before(doc, start, end, repaired)
            surname_end = self._particle_surname_end(doc, start, end, ordered[index:])
            if surname_end > end:
                index += sum(1 for e in ordered[index:] if e.start < surname_end)  # the surname's own entity is absorbed
                end = surname_end
            end = next((i for i in range(start + 1, end) if doc[i].lower_ == "van" and self._portfolio_at(doc, i + 1)), end)
            while end - 1 > start and doc[end - 1].lower_ in NAME_PARTICLES:
                end -= 1  # `Rutte van de` + `VVD`: particles before another entity are no part of the name
            repaired.append(entity if (start, end) == (entity.start, entity.end) else Span(doc, start, end, label=self.person))
        repaired = self._quoted_nicknames(doc, sorted(repaired + self._coordinated_given_names(doc, repaired), key=lambda e: e.start))
        if repaired != list(doc.ents):
            doc.ents = repaired
        return doc

    def _coordinated_given_names(self, doc: Doc, entities: list[Span]) -> list[Span]:
        """`Kelsey en Garion Mulder`, `Jan en Marie de Vries`: an untagged given name joined by
        `en` to a person's full name shares its surname, so it is a person too (named by the
        given name alone: who shares which surname is the reader's inference)."""
        taken = {i for e in entities for i in range(e.start, e.end)}
        found = []
        for entity in entities:
            given = entity.start - 2
            if entity.label_ != self.person or len(entity) < 2 or given < 0 or given in taken or doc[given + 1].lower_ != "en":
                continue
            if doc[given].is_title and may_be_given_name(doc[given].text):
                found.append(Span(doc, given, given + 1, label=self.person))
        return found

    def _quoted_nicknames(self, doc: Doc, entities: list[Span]) -> list[Span]:
        """Rule `quoted_nickname`: `zei Gerardo 'Tata' Martino` read as the person `Gerardo`, a
        catch-all `Tata` and the organisation `Martino`: a nickname in quotes between a
        person's given name and a capitalised word is part of one name, the surname after it.
        Not after a name of more words (`Rutte 'Teflon' Mark`?), nor with a lowercase word
        after the quote (`Gerardo 'Tata' zei`), nor with different quote marks."""
        out: list[Span] = []
        skip_to = 0
        for entity in entities:
            if entity.start < skip_to:
                continue
            end = entity.end
            if entity.label_ == self.person and len(entity) == 1 and end + 3 < len(doc) and doc[end].text in _QUOTE_PAIRS \
                    and doc[end + 2].text == _QUOTE_PAIRS[doc[end].text] and doc[end + 1].is_title and doc[end + 3].is_title \
                    and doc[end + 3].is_alpha and may_be_given_name(entity.text):
                entity, skip_to = Span(doc, entity.start, end + 4, label=self.person), end + 4
            out.append(entity)
        return out

    def _split_organisation(self, doc: Doc, entity: Span) -> list[Span]:
        """`Dijkhoff D66`, `Jan Pietersen van D66`: a curated organisation's one-word name at the
        end of a person's name is that organisation, beside the person; not when the rest is
        one given name, whose surname the word is (`Frits Philips`). Before a given name it is
        cut off and no entity (`Oud-directeur van Greenpeace Sylvia Borren`): it belongs to
        the title, as a portfolio does (`minister van Defensie Jan Pietersen`), and an
        organisation beside the person would be read as the one who acts. Before another word
        it stays (`AD Magazine`). A word that is no given name before a Dutch or Belgian town
        is a body of that town, no person (`Heracles Almelo`, `Sparta Rotterdam`)."""
        if entity.label_ == self.org:
            return self._person_after_organisation(doc, entity)
        if entity.label_ != self.person or len(entity) < 2:
            return [entity]
        if self.towns.length_at(doc, entity.start + 1) == len(entity) - 1 and entity[0].is_title \
                and entity[0].lower_ not in NAME_PARTICLES and not may_be_given_name(entity[0].text):
            return [Span(doc, entity.start, entity.end, label=self.org)]  # `Heracles Almelo`: a club of its town
        if entity[0].text in self.organisations and is_given_name(entity[1].text):
            return [Span(doc, entity.start + 1, entity.end, label=self.person)]
        if entity[-1].text in self.organisations and not (len(entity) == 2 and is_given_name(entity[0].text)):
            return [Span(doc, entity.start, entity.end - 1, label=self.person), Span(doc, entity.end - 1, entity.end, label=self.org)]
        return [entity]

    def _person_after_organisation(self, doc: Doc, entity: Span) -> list[Span]:
        """Rule `person_after_organisation`: `zegt Europarlementariër voor de Partij voor de
        Dieren Anja Hazenkamp` read as one organisation: a curated organisation's whole name
        followed by a given name and a surname is that organisation and the person. `Stichting
        Anne Frank` (no curated name before `Anne`) stays whole."""
        words = tuple(t.text for t in entity)
        cut = max((n for n in range(1, len(words) - 1) if words[:n] in self.organisation_names), default=0)
        rest = entity[cut:]
        if not cut or not is_given_name(rest[0].text) or not rest[-1].is_title:
            return [entity]
        return [Span(doc, entity.start, entity.start + cut, label=self.org), Span(doc, rest.start, rest.end, label=self.person)]

    def _affiliation_label(self, doc: Doc, start: int, end: int) -> str:
        return self.place if self.towns.length_at(doc, start) == end - start else self.org  # `Melanie Goudsblom van Alkmaar`

    def _catch_all_surname(self, doc: Doc, start: int, end: int, following: Span) -> bool:
        """`Willy van de` + `Kerkhof` (MISC): a one-word catch-all after a lone given name and
        its particles is a surname the model did not know; after a surname it is not
        (`rechter Giménez de Strafkamer`)."""
        given = [t for t in doc[start:end] if t.lower_ not in NAME_PARTICLES]
        return following.label_ == self.other and len(following) == 1 and len(given) == 1 \
            and first_name_gender(f"{given[0].text} {following.text}") is not None

    def _given_name_before(self, doc: Doc, start: int, end: int, done: list[Span]) -> int:
        """`Toon van` + `Bodegom`: a one-word surname after particles, and before them an
        untagged capitalised word that gender-guesser knows as a given name, is that
        person's full name; `de directeur van Bodegom` (no name before the particle) and
        `Staat van` + `Bodegom` (no given name) stay as they are."""
        if end - start != 1:
            return start
        index = particles_start(doc, start)
        given = index - 1
        if index == start or given < 0 or not doc[given].is_title or any(e.start <= given < e.end for e in done):
            return start
        return given if first_name_gender(f"{doc[given].text} {doc[start].text}") else start

    def _fragment(self, entity: Span) -> bool:
        """`GroenLinks-` of `GroenLinks- fractievoorzitter`, `PVV-Tweede` of `PVV-Tweede
        Kamerlid`: half a compound or of a title is no person, nor is a pronoun (`Ons`,
        `Hem`; data/lexicon/pronouns.txt); a sentence-initial `Van` or `De` read as a place
        or person is no name at all."""
        if entity.label_ == self.person and len(entity) == 1 and (entity.text.endswith("-") or self._two_word_title(entity.doc, entity.start)):
            return True  # `PVV-Tweede` of `PVV-Tweede Kamerlid Geert Wilders`
        if len(entity) == 1 and entity[0].lower_ in self.lexicon.pronouns:
            return True  # rule `pronoun_entity`: `'Ons areaal bos is gestegen'`, `zoals met Hem`
        return all(t.lower_ in FUNCTION_WORDS for t in entity)

    def _given_name_mistyped(self, doc: Doc, entity: Span, later: list[Span]) -> bool:
        """`Cora` (read as an organisation) + `van` + `Nieuwenhuizen` (a person): a one-word
        name right before particles and a one-word person surname is that person's given
        name, whatever type the model gave it. `het Ajax van Ten Hag` (after an article),
        `Willem-Alexander van Nederland` (a place after the particle) and `Gerrit van
        Woudenbergh van Almelo` (a surname before a town read as a person: `town_after_surname`)
        are no such name."""
        if len(entity) != 1 or (entity.start > 0 and doc[entity.start - 1].lower_ in ("de", "het", "een")):
            return False
        index = particles_end(doc, entity.end)
        surname = next((e for e in later if e.start == index), None)
        return index > entity.end and surname is not None and surname.label_ == self.person and len(surname) == 1 \
            and not self.towns.after_surname(doc, surname)

    def _without_prefix(self, doc: Doc, entity: Span) -> int:
        """Where the name starts once a glued title (`D66-Onderwijsminister`), a title, a
        portfolio at its front (`Defensie Jan Pietersen` after `minister van`) or a word that
        opens a sentence (rule `sentence_opener`: `Ofschoon Karol Mets`, sentence_openers.txt)
        is cut off; never past the name's last word."""
        start = entity.start
        while start < entity.end - 1:
            word = doc[start].lower_
            if start + 2 < entity.end and self._two_word_title(doc, start):
                start += 2  # `Tweede Kamerlid Jasper van Dijk`, `SP-Tweede Kamerlid Jasper van Dijk`
                continue
            after_title_van = start == entity.start and start >= 2 and doc[start - 1].lower_ == "van" and self.lexicon.is_person_title(doc[start - 2].text)
            if self.lexicon.is_person_title(word) or word in self.lexicon.sentence_openers or (after_title_van and word in self.lexicon.portfolio_names):
                start += 1
            else:
                break
        return start

    def _two_word_title(self, doc: Doc, index: int) -> bool:
        """Rule `two_word_title`: the words at `index` are a title of two words, the first
        perhaps after a party's hyphen (`Tweede Kamerlid`, `SP-Tweede Kamerlid`,
        `PVV-Eerste Kamerlid`; person_titles.txt)."""
        return index + 1 < len(doc) and (doc[index].lower_.rsplit("-", 1)[-1], doc[index + 1].lower_) in self.lexicon.two_word_titles

    def _particle_surname_end(self, doc: Doc, start: int, end: int, later: list[Span]) -> int:
        """`Ingrid` + `van Engelshoven`, `Anna van` + `den Berg`: particles after the name (or
        ending it) and a capitalised surname after them belong to the person, unless that
        word is another kind of entity (`Rutte van de VVD`, `Willem-Alexander van Nederland`)."""
        index = particles_end(doc, end)
        ends_in_particle = doc[end - 1].lower_ in NAME_PARTICLES and end - 1 > start
        if (index == end and not ends_in_particle) or index >= len(doc):
            return end
        if whole_name(doc, start, end) and affiliation_after(doc, end, len(doc)) is not None:
            return end  # `Lennert Böhmer` + `van Geel-Wit`: the body the person speaks for
        surname = doc[index]
        if not (surname.text[:1].isupper() and surname.text[1:2].islower()) or self._portfolio_at(doc, index):
            return end  # `minister Wiebes van Economische Zaken`: the portfolio is the title's
        following = next((e for e in later if e.start == index), None)
        if following is not None and following.label_ != self.person and not self._catch_all_surname(doc, start, end, following):
            return end
        if following is not None and self.towns.after_surname(doc, following):
            return end
        if any(e.start < index < e.end for e in later):
            return end
        return following.end if following is not None else index + 1


    def _portfolio_at(self, doc: Doc, index: int) -> bool:
        words = [t.lower_ for t in doc[index:index + self.portfolio_reach]]
        return any(words[:len(portfolio)] == portfolio for portfolio in self.portfolios)


@Language.factory("newsgraph_name_repair", requires=["doc.ents"], assigns=["doc.ents"])
def make_name_repair(nlp: Language, name: str) -> NameRepair:
    kb = default_kb()
    return NameRepair(nlp, load_lexicon(), signature_towns(kb), known_organisations(kb), known_organisation_names(kb))
