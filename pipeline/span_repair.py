"""`SpanRepair` (the component `newsgraph_span_repair`, the last after the NER, after the
person repair of `name_repair.py`): entity spans the model cut, stretched or missed around
a name, repaired, one method per rule, `Doc` → `Doc` with `doc.ents` repaired:
- `lowercase_tail`: lowercase words the model ran on into after a name's last capitalised
  word are cut off (`het Klimaatakkoord voor elkaar moeten boksen`);
- `title_only_person`: a person that is all title (`zegt Tweede Kamerlid Vera Bergkamp`
  read as `Tweede Kamerlid` + `Vera Bergkamp`) is dropped;
- `field_before_given_name`: a title's field glued to the name it introduces is cut off
  (`hoogleraar Gebiedsontwikkeling Friso de Zeeuw`, `minister van Gezondheidszorg Agnès Buzyn`);
- `capitalised_article`: a capitalised `De` or `Het` inside a sentence is part of the
  name after it (`op sportcomplex De Toekomst`, not the place `Toekomst`);
- `compass_place`: a compass point joined to a known place is a place (`in Noord-Syrië`,
  `Oost-Oekraïne`), whatever the model made of it;
- `particle_surname_mistyped`: a given name, particles and a word read as a body or place
  are a person (`Ger van Unen`, not the organisation `Unen`);
- `known_compound_tail`: a known name's compound is cut off the name before it (`I&O
  Research PVV-kiezers`);
- `expanded_acronym`: the words an acronym in brackets abbreviates are a name of the
  acronym's type (`het Joint Investigation Team (JIT)`, `Centraal Bureau voor de Statistiek (CBS)`);
- `place_before_organisation`: a place directly followed by an organisation's name is the
  first word of that name (`het Amsterdam Medisch Centrum`, `de South China Morning Post`).

Words in data/lexicon/ (person_titles.txt, compass_prefixes.txt).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from spacy.attrs import ORTH
from spacy.language import Language
from spacy.tokens import Doc, Span

from .entities import model_label
from .lexicon import Lexicon, load_lexicon
from .names import FUNCTION_WORDS, NAME_PARTICLES, is_given_name, may_be_given_name, particles_start
from .timing import timed
from .tokens import tokens_where

if TYPE_CHECKING:
    from .kb import KnowledgeBase

_SENTENCE_ENDS = frozenset({".", "!", "?", ":", "\"", "'", "“", "”", "‘", "’", "„", ",,", "(", "-", "–", "•"})
_ARTICLES = frozenset({"De", "Het"})
_COMPASS_WORD = re.compile(r"^([A-Z][a-z]+)-([A-ZÀ-Þ][\w'’-]+)$")


def _hyphenated(text: str) -> bool:
    return "-" in text


class SpanRepair:
    def __init__(self, nlp: Language, lexicon: Lexicon, kb: KnowledgeBase):
        self.person = model_label(nlp, "PERSON")
        self.place = model_label(nlp, "PLACE")
        self.org = model_label(nlp, "ORG")
        self.other = model_label(nlp, "OTHER")
        self.lexicon = lexicon
        self.kb = kb
        self.titles = frozenset(lexicon.person_titles)
        self.compass = lexicon.compass_prefixes

    @timed("entities")
    def __call__(self, doc: Doc) -> Doc:
        entities = [self.lowercase_tail(doc, e) for e in doc.ents]
        entities = [e for e in entities if not self.title_only_person(e)]
        entities = [self.field_before_given_name(doc, e) for e in entities]
        entities = [self.capitalised_article(doc, e) for e in entities]
        entities = self.particle_surname_mistyped(doc, entities)
        entities = [self.known_compound_tail(doc, e) for e in entities]
        entities = self.place_before_organisation(doc, entities)
        entities = self.compass_place(doc, entities)
        entities = self.expanded_acronym(doc, entities)
        if entities != list(doc.ents):
            doc.ents = sorted(entities, key=lambda e: e.start)
        return doc

    def lowercase_tail(self, doc: Doc, entity: Span) -> Span:
        """Rule `lowercase_tail`: `het Klimaatakkoord voor elkaar moeten boksen`, `De Partij
        voor de Dieren brengen een …`, `Raad in de persoon van`: a Dutch name ends in a
        capitalised word or a number, so lowercase words and punctuation the model ran on
        into after the last one are cut off. `Partij voor de Dieren`, `Radio 538` end where
        they should; an entity without a capitalised word (`ministerie van volksgezondheid`)
        and a name the knowledge base knows as written are left alone."""
        end = entity.end
        while end > entity.start and (doc[end - 1].is_lower or doc[end - 1].is_punct):
            end -= 1
        if end == entity.end or not any(t.text[:1].isupper() for t in doc[entity.start:end]):
            return entity
        if self.kb.lookup(entity.text, fuzzy=False) is not None:
            return entity
        return Span(doc, entity.start, end, label=entity.label_)

    def title_only_person(self, entity: Span) -> bool:
        """Rule `title_only_person`: `zegt Tweede Kamerlid Vera Bergkamp` read as the person
        `Tweede Kamerlid` beside `Vera Bergkamp`: a person entity that is a title as a whole
        (`Tweede Kamerlid`: person_titles.txt) or word by word (`Burgemeester Wethouder`) is
        no one. `Jan de Koning` (a given name, a particle) is kept."""
        if entity.label_ != self.person:
            return False
        return entity.text.lower() in self.titles or all(self.lexicon.is_person_title(t.text) for t in entity)

    def field_before_given_name(self, doc: Doc, entity: Span) -> Span:
        """Rule `field_before_given_name`: `emeritus hoogleraar Gebiedsontwikkeling Friso de
        Zeeuw`, `minister van Gezondheidszorg Agnès Buzyn`: after a title (or a title and
        `van`), a capitalised word that is no given name, before a word that is one, is the
        title's field or portfolio, not the person's name: it is cut off. Not without a title
        before it (`Abdurahman Abdullah`), nor when the second word is no given name
        (`hoogleraar Van Dam`, `minister Kasjin Oleg` stays as it is)."""
        if entity.label_ != self.person or len(entity) < 3 or entity.start == 0:
            return entity
        before = doc[entity.start - 1]
        titled = self.lexicon.is_person_title(before.text) or (
            before.lower_ == "van" and entity.start >= 2 and self.lexicon.is_person_title(doc[entity.start - 2].text))
        first, second = entity[0], entity[1]
        if titled and first.is_title and first.lower_ not in NAME_PARTICLES and not may_be_given_name(first.text) and is_given_name(second.text):
            return Span(doc, entity.start + 1, entity.end, label=entity.label_)
        return entity

    def capitalised_article(self, doc: Doc, entity: Span) -> Span:
        """Rule `capitalised_article`: `een ontmoeting op sportcomplex De Toekomst` read as the
        place `Toekomst`: inside a sentence a capitalised `De` or `Het` belongs to the name
        after it, which then is an organisation or place written with its article. Not at a
        sentence's opening (`De Toekomst van Europa`, after a quote or colon too), and not
        before a person, whose `De` the person repair has already judged (`De Jonge`)."""
        index = entity.start - 1
        if entity.label_ == self.person or index < 1 or doc[index].text not in _ARTICLES:
            return entity
        if doc[index].is_sent_start or doc[index - 1].text in _SENTENCE_ENDS or "\n" in doc[index - 1].whitespace_ + doc[index - 1].text:
            return entity
        noun, opening = doc[index - 1], doc[index - 2] if index >= 2 else None
        if not (noun.is_lower and noun.is_alpha and noun.pos_ == "NOUN" and opening is not None and opening.pos_ in ("DET", "ADP")):
            return entity  # `een nieuwe eigenaar De ECB`: a headline run on, its article the next sentence's
        return Span(doc, index, entity.end, label=entity.label_)

    def particle_surname_mistyped(self, doc: Doc, entities: list[Span]) -> list[Span]:
        """Rule `particle_surname_mistyped`: `Ger van Unen (59) woont in Baalhoek` read as the
        organisation `Unen`, `Emma van Meijeren` as the person `Emma` and the place `Meijeren`:
        a one-word body or place right after lowercase particles, and before them a
        capitalised given name (untagged, or a person of that one word), is that person's
        surname; the person is the whole name. Not a name the knowledge base knows
        (`Willem-Alexander van Nederland`, `Rutte van de VVD`), nor after a word that is no
        given name (`Staat van Meijeren`) or a function word (`Van` opening a sentence)."""
        owner = {i: e for e in entities for i in range(e.start, e.end)}
        dropped: set[int] = set()
        out = []
        for entity in entities:
            index = particles_start(doc, entity.start)
            given = index - 1
            before = owner.get(given)
            if entity.label_ != self.person and len(entity) == 1 and index < entity.start and given >= 0 \
                    and (before is None or (before.label_ == self.person and len(before) == 1)) \
                    and doc[given].is_title and doc[given].lower_ not in FUNCTION_WORDS and entity[0].is_title \
                    and may_be_given_name(doc[given].text) and self.kb.lookup(entity.text, fuzzy=False) is None:
                if before is not None:
                    dropped.add(id(before))
                entity = Span(doc, given, entity.end, label=self.person)
            out.append(entity)
        return [e for e in out if id(e) not in dropped]

    def known_compound_tail(self, doc: Doc, entity: Span) -> Span:
        """Rule `known_compound_tail`: `volgens I&O Research PVV-kiezers` read as one
        organisation: a last word that compounds a name the knowledge base knows with a
        lowercase head (`PVV-kiezers`, `VVD-fractie`) is no part of the name before it, which
        is cut there. A name of that word alone (`PVV-kiezers`), a compound with a capitalised
        head (`Noord-Holland`), one of a place or person (`Studio Brussel-programma`, `Jeff
        Buckley-herdenkingsdag`) and one whose name goes on from the word before (`Vlaams
        Blok-tekst`) stay."""
        last = entity[-1].text
        if len(entity) < 2 or entity.label_ == self.person or "-" not in last:
            return entity
        known, _, head = last.partition("-")
        if head[:1].islower() and known[:1].isupper() and self.kb.lookup(known, types=["ORG"], fuzzy=False) is not None \
                and self.kb.lookup(f"{entity[-2].text} {known}", fuzzy=False) is None:
            return Span(doc, entity.start, entity.end - 1, label=entity.label_)
        return entity

    def place_before_organisation(self, doc: Doc, entities: list[Span]) -> list[Span]:
        """Rule `place_before_organisation`: `het Amsterdam Medisch Centrum` read as the place
        `Amsterdam` + the organisation `Medisch Centrum`, `de South China Morning Post`, `vanaf
        Rotterdam The Hague Airport`: a place followed, one space between, by an organisation
        the knowledge base does not know is the first word of that organisation's name, after
        an article or preposition. Not before a known one (`Amsterdam Ajax`), one with its own
        article or a number (a dateline: `Brussel De Morgen`, `Columbus Ned 2`), nor across a
        line break (a signature's town above a headline)."""
        out: list[Span] = []
        for entity in entities:
            previous = out[-1] if out else None
            if previous is not None and previous.label_ == self.place and entity.label_ == self.org and previous.end == entity.start \
                    and doc[previous.end - 1].whitespace_ == " " and entity[0].is_title and entity[0].text not in _ARTICLES \
                    and all(t.is_alpha for t in entity) and previous.start > 0 and doc[previous.start - 1].pos_ in ("DET", "ADP") \
                    and self.kb.lookup(entity.text, fuzzy=False) is None:
                out[-1] = Span(doc, previous.start, entity.end, label=self.org)
                continue
            out.append(entity)
        return out

    def compass_place(self, doc: Doc, entities: list[Span]) -> list[Span]:
        """Rule `compass_place`: `gevangenissen in Noord-Syrië` (untagged), `Oost-Oekraïne` read
        as a person: one word of a compass point (compass_prefixes.txt), a hyphen and a place
        the knowledge base knows is a place. `Noord-Holland` and the like the KB knows whole
        have been found by the known-name rule; `Noord-Hollandse` (no place after the hyphen)
        and `Oost-Knollendam` (unknown) are left alone."""
        taken = {e.start: e for e in entities if len(e) == 1}
        inside = {i for e in entities if len(e) > 1 for i in range(e.start, e.end)}
        out = [e for e in entities]
        for token in tokens_where(doc, ORTH, _hyphenated):  # a few words a Doc, not a Token for each
            match = _COMPASS_WORD.match(token.text)
            if match is None or match.group(1).lower() not in self.compass or token.i in inside:
                continue
            if self.kb.lookup(match.group(2), types=["PLACE"], fuzzy=False) is None:
                continue
            current = taken.get(token.i)
            if current is not None and current.label_ == self.place:
                continue
            out = [e for e in out if e is not current] + [Span(doc, token.i, token.i + 1, label=self.place)]
        return out

    def expanded_acronym(self, doc: Doc, entities: list[Span]) -> list[Span]:
        """Rule `expanded_acronym`: `concludeerde het Joint Investigation Team (JIT)`, `het
        Centraal Bureau voor de Statistiek (CBS)`, `Forum voor Democratie (FvD)`: an acronym
        in brackets (`names.is_acronym`-like: two to six letters, two capitals or more) right
        after capitalised words whose initials spell it — with the lowercase function words
        between them, whose initials may count (`FvD`) or not (`CBS`) — names those words as
        an entity of the acronym's type. Words the model already tagged within them are
        replaced (the model's MISC `Joint Investigation Team` is retyped); an entity reaching
        outside them is left alone, and so are words whose initials spell something else
        (`de Partij (CBS)`)."""
        out = list(entities)
        for acronym in entities:
            start = acronym.start
            if len(acronym) != 1 or start < 2 or acronym.end >= len(doc) or doc[start - 1].text != "(" or doc[acronym.end].text != ")":
                continue
            letters = acronym.text
            if not (2 <= len(letters) <= 6 and letters.isalpha() and sum(c.isupper() for c in letters) >= 2):
                continue
            begin = _spelled_by_initials(doc, start - 1, letters.lower())
            if begin is None:
                continue
            inside = [e for e in out if e.start < start - 1 and begin < e.end]
            if any(e.start < begin for e in inside) or any(e.start == begin and e.end == start - 1 and e.label_ != self.other for e in inside):
                continue
            label = self.org if acronym.label_ == self.person else acronym.label_  # people are not abbreviated (`AA` read as a person)
            out = [e for e in out if e not in inside] + [Span(doc, begin, start - 1, label=label)]
        return out


def _spelled_by_initials(doc: Doc, bracket: int, letters: str) -> int | None:
    """The start of the run of words before `bracket` whose initials spell `letters`: those
    of its capitalised words, or of all its words; it opens with a capitalised word and
    holds only capitalised words and lowercase function words."""
    index = bracket
    while index > 0 and bracket - index < 2 * len(letters) + 2:
        word = doc[index - 1]
        if not (word.is_alpha or "-" in word.text) or not (word.text[:1].isupper() or word.lower_ in FUNCTION_WORDS):
            break
        index -= 1
        words = doc[index:bracket]
        if words[0].text[:1].isupper():
            capitalised = "".join(t.text[0] for t in words if t.text[:1].isupper()).lower()
            every = "".join(t.text[0] for t in words).lower()
            if letters in (capitalised, every):
                return index
    return None


@Language.factory("newsgraph_span_repair", requires=["doc.ents"], assigns=["doc.ents"])
def make_span_repair(nlp: Language, name: str) -> SpanRepair:
    from .kb import default_kb  # the knowledge base imports nothing of this module's; read once per process

    return SpanRepair(nlp, load_lexicon(), default_kb())
