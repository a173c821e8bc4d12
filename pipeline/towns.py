"""Dutch and Belgian towns inside the person spans the model made: where a reader's letter's
signature ends (`Pim van Tol Heemskerk`) and which town a person is of (`Gerrit van
Woudenbergh van Almelo`). A part of the name repair (`name_repair.py`): `Doc` + entity spans
→ spans with the towns split off as places."""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Doc, Span

from .kb import KnowledgeBase
from .names import NAME_PARTICLES, may_be_given_name

SIGNATURE_TOWN = 5_000  # letter writers sign with their town; smaller places are too often surnames too
SIGNATURE_COUNTRIES = ("NL", "BE")  # the papers' readers; `Bush` is a town in Egypt


def signature_towns(kb: KnowledgeBase) -> dict[str, list[tuple[str, ...]]]:
    """First word → the words of each Dutch or Belgian town of SIGNATURE_TOWN people or more
    the KB knows (by its own name), longest first: what a letter's signature ends in."""
    towns: dict[str, list[tuple[str, ...]]] = {}
    for entry in kb.entries.values():
        if entry.type == "PLACE" and entry.country in SIGNATURE_COUNTRIES and entry.population >= SIGNATURE_TOWN:
            words = tuple(entry.name.split())
            towns.setdefault(words[0], []).append(words)
    return {first: sorted(set(names), key=len, reverse=True) for first, names in towns.items()}


class Towns:
    """The towns of `signature_towns` (first word → their words, longest first) found in a Doc."""

    def __init__(self, by_first_word: dict[str, list[tuple[str, ...]]], person: str, place: str):
        self.by_first_word = by_first_word
        self.person = person
        self.place = place

    def length_at(self, doc: Doc, index: int) -> int:
        """How many tokens a town the signatures may end in takes from `index`; 0 for none."""
        for words in self.by_first_word.get(doc[index].text, ()):
            if tuple(t.text for t in doc[index:index + len(words)]) == words:
                return len(words)
        return 0

    def split_signatures(self, doc: Doc, entities: Iterable[Span]) -> list[Span]:
        """`Pim van Tol Heemskerk`, `Ruud Poortier Rijswijk Volgsysteem` (the next letter's
        headline run on): a person's name that goes on past a given name and a surname into a
        Dutch or Belgian town is cut there, the town becomes a place and what follows it is
        dropped. The same for an entity right after a person's name the model ended in a
        particle (`Jan van de` + `Ven Venray Handig`), whose first word is then the surname
        the particle repair takes (`de Universiteit Utrecht` is left alone). A town right
        after a particle is a surname (`Frans van Houten`), and so is one after an initial
        (`George H.W. Bush`)."""
        entities = list(entities)
        if not self.by_first_word:
            return entities
        out: list[Span] = []
        ends_in_particle = {e.end for e in entities if e.label_ == self.person and len(e) > 1 and e[-1].lower_ in NAME_PARTICLES}
        for entity in entities:
            after_particle = entity.start in ends_in_particle
            first = entity.start + (1 if after_particle else 2)
            if entity.label_ != self.person and not after_particle:
                out.append(entity)
                continue
            cut = next(((i, n) for i in range(first, entity.end) if (n := self.length_at(doc, i))
                        and doc[i - 1].is_title and doc[i - 1].is_alpha and len(doc[i - 1]) > 1 and doc[i - 1].lower_ not in NAME_PARTICLES), None)
            if cut is None:
                out.append(entity)
                continue
            index, length = cut
            if entity.label_ == self.person and not after_particle:
                out.append(Span(doc, entity.start, index, label=self.person))
            out.append(Span(doc, index, index + length, label=self.place))
        return out

    def after_surname(self, doc: Doc, entity: Span) -> bool:
        """Rule `town_after_surname`: `oud-wethouder Gerrit van Woudenbergh van Almelo` with
        `Almelo` read as a person: a Dutch or Belgian town read as a one-word person after
        `van` and a surname (a capitalised word that is no given name, after a given name or a
        particle) is the town the person is of. After a given name it is a surname (`Jan van
        Almelo`, `Frans van Houten`), and after a word with nothing before it that makes it a
        surname too (`bevestigt Dapne van Roosendaal`)."""
        before = entity.start - 2
        if not (entity.label_ == self.person and len(entity) == 1 and before >= 1 and self.length_at(doc, entity.start) == 1):
            return False
        surname, prior = doc[before], doc[before - 1]
        return doc[before + 1].text == "van" and surname.is_title and surname.is_alpha and not may_be_given_name(surname.text) \
            and ((prior.is_lower and prior.lower_ in NAME_PARTICLES) or (prior.is_title and may_be_given_name(prior.text)))
