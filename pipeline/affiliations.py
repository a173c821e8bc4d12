"""Rule `affiliation_after_name`: `zegt oprichter Mark van Baal van Follow This`, `zegt
voorzitter Lennert Böhmer van Geel-Wit`, `Anneke Hofsté van Ambiq`: after a person's whole
name (a given name or an initial, then a surname that is no given name) a `van` and a
capitalised name is the body or town the person speaks for, not more of the name; the name
ends before the `van`, the rest is its own entity. Dutch writes a second surname with a hyphen
(`Van Baalen-Van der Sluis`), so `van` after a complete name opens no surname. Not after a
given name alone (`Ingrid van Engelshoven`, `Jan Peter van Dijk`: `Peter` is a given name),
nor before lowercase words (`Rutte van de partij`).

`NameRepair` (name_repair.py) cuts the person's span here and does not stretch a whole name
over such a `van`.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Span

from .names import NAME_PARTICLES, is_given_name, may_be_given_name, particles_start

_ARTICLES = ("de", "het")  # `Ger van Unen van de SP`


def whole_name(doc: Doc, start: int, end: int) -> bool:
    """Tokens `start`..`end` are a given name or initial, perhaps more given names and
    particles, and a capitalised surname that is no given name: `Mark van Baal`, `R. Derias`,
    `Lennert Böhmer`; not `Ingrid`, `Jan Peter`, `Van Dijk`."""
    if end - start < 2:
        return False
    first, surname = doc[start], doc[end - 1]
    opens = (first.is_title and may_be_given_name(first.text)) or (len(first.text) == 2 and first.text[0].isupper() and first.text[1] == ".")
    return opens and surname.text[:1].isupper() and surname.is_alpha and surname.lower_ not in NAME_PARTICLES and not is_given_name(surname.text)


def affiliation_after(doc: Doc, index: int, end: int) -> int | None:
    """Where the affiliation's name starts when token `index` is a lowercase `van` (perhaps
    with `de` or `het`) before a capitalised word inside `end`; else None."""
    if index >= end or doc[index].text != "van":
        return None
    name = index + 1
    if name < end and doc[name].text in _ARTICLES:
        name += 1
    return name if name < end and doc[name].text[:1].isupper() else None


def affiliation_cut(doc: Doc, start: int, end: int) -> tuple[int, int] | None:
    """In a person's span `start`..`end`: (where the name ends, where the affiliation's name
    starts) when the first `van` past the given name follows a whole name; else None."""
    for index in range(start + 2, end - 1):
        if doc[index].text == "van":  # only the first: a body's own `van` is no affiliation (`Federatie van Woningcorporaties`)
            name = affiliation_after(doc, index, end) if whole_name(doc, start, index) else None
            return (index, name) if name is not None else None
    return None


def split_affiliation(doc: Doc, entity: Span, person: str, label_of: Callable[[Doc, int, int], str],
                      portfolio_at: Callable[[Doc, int], bool], people: dict[int, int]) -> list[Span]:
    """A person's span over `Lennert Böhmer van Geel-Wit` → the person and the body (the
    label `label_of` gives its tokens: a town is a place); so for a surname entity over
    `Baal van Follow This` after the person `Mark van` (`people`: each token of the
    model's persons → where that person starts), whose name it ends; a person right after
    a whole name and `van` is that body (`James Bloodworth van Foreign Policy`, both read
    as persons). A portfolio after the `van` is the title's
    (`minister Wiebes van Defensie`: NameRepair drops it)."""
    before = entity.start - 1 - (entity.start > 1 and doc[entity.start - 1].text in _ARTICLES)
    if entity.label_ == person and before > 0 and doc[before].text == "van" and before - 1 in people \
            and whole_name(doc, people[before - 1], before):
        return [Span(doc, entity.start, entity.end, label=label_of(doc, entity.start, entity.end))]  # `James Bloodworth van` + `Foreign Policy`
    name_start = particles_start(doc, entity.start)
    if name_start < entity.start and name_start - 1 in people:
        name_start = people[name_start - 1]  # the person before the particles: `Mark van` + `Baal van Follow This`
    elif entity.label_ != person:
        return [entity]
    else:
        name_start = entity.start
    cut = affiliation_cut(doc, name_start, entity.end)
    if cut is None or cut[0] <= entity.start or portfolio_at(doc, cut[1]):
        return [entity]
    return [Span(doc, entity.start, cut[0], label=person), Span(doc, cut[1], entity.end, label=label_of(doc, cut[1], entity.end))]
