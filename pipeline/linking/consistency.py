"""Document consistency of entity types: the mentions of one name in an article get one type.

In:  the Doc, its entity mentions (after `retype`), the knowledge base and the lexicon.
Out: the same mentions, those of a name NER typed differently (or typed as a body or place
     while the article names a person with it in full) given one type.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from spacy.tokens import Doc

from ..entities import EntityMention, is_acronym
from ..kb import KnowledgeBase
from ..lexicon import Lexicon
from ..names import GENERATIONAL, NAME_PARTICLES, first_name_gender, fold, has_given_name, is_given_name
from ..schemas import EntityType
from .retype import class_noun_type

_TIE_ORDER: tuple[EntityType, ...] = ("ORG", "PLACE")  # a place the KB does not know is NER's weaker guess


def one_type_per_name(doc: Doc, mentions: Sequence[EntityMention], kb: KnowledgeBase, lexicon: Lexicon) -> list[EntityMention]:
    """Document consistency: a name the article writes several times is one thing, so the
    mentions of one name that NER typed differently (`Postbank` as ORG and as PERSON, `SIZ`
    as PLACE and ORG, `Sint Jago` as PERSON and PLACE) get one type, the first that holds:

    - the class noun's (`Ledeboer Investments` is an organisation, `class_noun_type`);
    - PERSON, when the name has a known given name or is one (`Rebecca`), is the end of a
      person's fuller name in the article (`Sint Jago` after `Lara Sint Jago`), or follows a
      person noun or title (`de Iraakse jongen Nemr`, with `Nemrs` as its genitive);
    - ORG for an acronym (`SIZ`);
    - the type most of its other mentions have, PERSON readings left out: a person is
      introduced by a full name, so a lone word NER also read as a place or body is one
      (`Breskens`, `Provinciehuis`); on a tie ORG before PLACE.

    A name the knowledge base knows is left as it is: `Washington` may be the city and the
    president in one article, and the KB-backed rules (`KnownNames`) have had their say;
    but see `town_read_as_person`."""
    mentions = full_names_read_as_bodies(doc, mentions, kb, lexicon)
    by_name: dict[str, list[EntityMention]] = {}
    for mention in mentions:
        by_name.setdefault(fold(mention.name), []).append(mention)
    for folded in [f for f in by_name if f.endswith("s") and " " not in f and f[:-1] in by_name]:
        by_name[folded[:-1]] += by_name.pop(folded)  # `Nemrs` is the genitive of `Nemr`
    person_tails = _person_name_tails(mentions)
    chosen: dict[str, EntityType] = {}
    for folded, group in by_name.items():
        types = {m.type for m in group}
        if suspect_initial(group, person_tails):
            chosen[folded] = "PERSON"
            continue
        if len(types) < 2 and not surname_of_full_name(group[0].name, types, person_tails):
            continue
        if kb.lookup(group[0].name, fuzzy=False) is not None:
            if town_read_as_person(group[0].name, types, person_tails, kb):
                chosen[folded] = "PLACE"
            continue
        chosen[folded] = _consistent_type(doc, group, folded in person_tails, lexicon)
    if not chosen:
        return list(mentions)
    kinds = {fold(m.name): kind for folded, kind in chosen.items() for m in by_name[folded]}
    return [EntityMention(m.text, m.name, kind, m.start, m.end, m.description) if (kind := kinds.get(fold(m.name), m.type)) != m.type else m
            for m in mentions]


def full_names_read_as_bodies(doc: Doc, mentions: Sequence[EntityMention], kb: KnowledgeBase, lexicon: Lexicon) -> list[EntityMention]:
    """Rule `full_name_read_as_body`: `vriend als vijand van Muammar Kadhafi` and `waar Issei
    Sagawa nog woont` read as organisations, while the article goes on with `Kadhafi`,
    `Sagawa` alone: a name of capitalised words that opens with an unambiguous given name
    and ends in a word the article also writes alone is that person, whatever NER typed
    it (its lone surname then follows it: `surname_of_full_name`). Not a name the
    knowledge base knows (`Albert Heijn`), one opening with a place (`Breda` is a given name
    too), one a class noun types (`Cornelius Haga Lyceum`), nor one whose last word is not
    written alone (`Johan Cruijff Arena` beside `Cruijff`). Its known cost: a place named
    after a person (`In Santiago Bernabéu ging het licht …` beside `Bernabéu`). Rule
    `particle_full_name_read_as_body`: a surname of particles counts whole, lowercase inside
    the full name and written alone with them (`Ursula von der Leyen` read as an organisation
    beside `Von der Leyen zei …`)."""
    alone = {fold(m.name) for m in mentions if not m.description and not has_given_name(m.name)}
    changed = []
    for mention in mentions:
        words = mention.name.split()
        surname = _surname(words)
        if mention.type in ("ORG", "PLACE") and not mention.description and len(words) > 1 and is_given_name(words[0]) \
                and all(w[:1].isupper() for w in words if w not in NAME_PARTICLES) and words[-1][:1].isupper() \
                and surname in alone and surname != fold(words[0]) \
                and kb.lookup(mention.name, fuzzy=False) is None and kb.lookup(words[0], types=["PLACE"], fuzzy=False) is None \
                and class_noun_type(doc, mention, lexicon) is None:
            mention = EntityMention(mention.text, mention.name, "PERSON", mention.start, mention.end)
        changed.append(mention)
    return changed


def _surname(words: list[str]) -> str:
    """The folded surname of a full name's words: its particles and last word when lowercase
    particles follow the given name (`von der leyen` of `Ursula von der Leyen`), else its
    last word."""
    start = next((i for i in range(1, len(words) - 1) if words[i] in NAME_PARTICLES), len(words) - 1)
    return fold(" ".join(words[start:]))


def _person_name_tails(mentions: Sequence[EntityMention]) -> set[str]:
    """The folded word sequences that end a person's name of two words or more in the
    article, the name itself excepted: `sint jago` and `jago` for `Lara Sint Jago`. Not past
    a `van` after the surname (`Anneke Hofsté van Ambiq` is the firm's Anneke Hofsté), nor a
    generational suffix alone (`III` of `Rutte III`)."""
    tails = set()
    for mention in mentions:
        words = fold(mention.name).split()
        if mention.type == "PERSON" and len(words) > 1:
            affiliation = next((i for i in range(2, len(words)) if words[i] == "van"), len(words))
            tails |= {" ".join(words[i:]) for i in range(1, affiliation) if words[i] not in GENERATIONAL}
    return tails


def surname_of_full_name(name: str, types: set[EntityType], person_tails: set[str]) -> bool:
    """Rule `surname_of_full_name`: a lone word that every mention types as a place or a body
    (`Volgens Orbán is de kritiek …` read as ORG three times, `Zavadnikov`, `Kasjin` as
    places) but that ends a person's full name in the article (`premier Viktor Orbán`) is
    that person's surname. Not a word the KB knows (`Real Madrid` … `Madrid`: the caller
    checks), a letter or an acronym (`Iliass A`, `SIZ`)."""
    folded = fold(name)
    return types != {"PERSON"} and " " not in folded and len(folded) > 2 and not is_acronym(name) and folded in person_tails


def suspect_initial(group: list[EntityMention], person_tails: set[str]) -> bool:
    """Rule `suspect_initial`: `De 21-jarige Iliass A. uit Roosendaal …` and later `A.
    ontkende …`, `Schutter Tim S.` … `deed S. opnieuw zijn verhaal`: Dutch papers name a
    suspect, a victim or a witness by given name and surname initial, then by the initial
    alone; written so, with its full stop, every time, a capital the article has as a
    person's surname initial is that person, whatever NER typed it (`S.` as an
    organisation, `A.` as a place). Not a capital without the stop (`Ze gingen naar A`)."""
    name = group[0].name
    return len(name) == 1 and name.isupper() and name.lower() in person_tails \
        and all(m.text == f"{name}." for m in group) and any(m.type != "PERSON" for m in group)


TOWN_COUNTRIES = ("NL", "BE")  # the papers' own towns, which their readers do not take for surnames


def town_read_as_person(name: str, types: set[EntityType], person_tails: set[str], kb: KnowledgeBase) -> bool:
    """Rule `town_read_as_person`: `haakten de subsidieverstrekkers Almelo en Enschede af`
    read as the person `Almelo`, where the article also has the place `Almelo`: a one-word
    Dutch or Belgian town the knowledge base knows, typed a person and a place in one
    article and ending no person's fuller name there, is the place. Not a name that ends a
    person's full name (`Frans van Houten` … `Houten`), nor one typed a person only, nor a
    town abroad (`Washington` may be the city and the president in one article)."""
    entry = kb.lookup(name, types=["PLACE"], fuzzy=False)
    return types == {"PERSON", "PLACE"} and " " not in name and fold(name) not in person_tails \
        and entry is not None and entry.country in TOWN_COUNTRIES and kb.lookup(name, fuzzy=False) == entry


def _after_person_noun(doc: Doc, mention: EntityMention, lexicon: Lexicon) -> bool:
    """`de Iraakse jongen Nemr`, `zangeres Merol`: a lowercase person noun or title right before."""
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    before = doc[span.start - 1] if span is not None and span.start > 0 else None
    return before is not None and before.is_lower and (before.text in lexicon.person_nouns or lexicon.is_person_title(before.text))


def _consistent_type(doc: Doc, group: list[EntityMention], person_tail: bool, lexicon: Lexicon) -> EntityType:
    noun_type = next((kind for m in group if (kind := class_noun_type(doc, m, lexicon)) is not None), None)
    if noun_type is not None:
        return noun_type
    name = group[0].name
    if person_tail or first_name_gender(name) or (" " not in name and is_given_name(name)) or any(_after_person_noun(doc, m, lexicon) for m in group):
        return "PERSON"
    if is_acronym(name):
        return "ORG"
    counts = Counter(m.type for m in group if m.type != "PERSON")
    return max(counts, key=lambda kind: (counts[kind], -_TIE_ORDER.index(kind) if kind in _TIE_ORDER else -len(_TIE_ORDER)))
