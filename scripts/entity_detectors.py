"""The heuristic detectors of scripts/entity_errors.py: each takes an article's extraction
(or a graph node's names) and the `Context`, and yields one line per error it sees,
`kind: detail`. Their docstrings say what they count; tests/test_entity_errors.py checks each.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache

from pipeline.entities import normalise_name
from pipeline.kb import KnowledgeBase
from pipeline.lexicon import Lexicon
from pipeline.names import FUNCTION_WORDS, NAME_PARTICLES, content_words, fold, given_names, name_parts, skeleton
from pipeline.schemas import ArticleEntity, Extraction

_WORD = re.compile(r"[^\W\d_][\w'’.-]*|\S")
_CAPITALISED = re.compile(r"^[A-ZÀ-Þ][a-zà-ÿ'’-]")
_SUFFIXES = {"jr": "jr", "junior": "jr", "sr": "sr", "senior": "sr", "ii": "ii", "iii": "iii"}


@dataclass(frozen=True)
class Context:
    """What the detectors read: the article texts, the KB, the lexicon, and the lowercase
    words the texts use at least twice (a capitalised name whose lowercase form they use is
    a word; one use may be a lowercased headline)."""

    texts: dict[str, str]
    kb: KnowledgeBase
    lexicon: Lexicon
    words: frozenset[str]


def names_of(entity: ArticleEntity) -> list[str]:
    """The entity's own name and its mentions' names, descriptions (lowercase) left out."""
    forms = {entity.name} | {normalise_name(m.text) for m in entity.mentions if m.text[:1].isupper()}
    return sorted(f for f in forms if f)


def _tokens(text: str) -> list[tuple[str, int]]:
    return [(m.group(), m.start()) for m in _WORD.finditer(text)]


def _covered(entities: list[ArticleEntity], kinds: Iterable[str]) -> list[tuple[int, int]]:
    wanted = set(kinds)
    return [(m.start, m.end) for e in entities if e.type in wanted for m in e.mentions]


def _inside(offset: int, spans: list[tuple[int, int]]) -> bool:
    return any(start <= offset < end for start, end in spans)


def missed_titled_names(extraction: Extraction, context: Context) -> Iterator[str]:
    """A capitalised name right after a lowercase person title (`president William Ruto`,
    `minister van Buitenlandse Zaken Park Jin`, a portfolio skipped) that no PERSON mention
    covers: `typed X` when another type's mention covers it, else `missed`."""
    text = context.texts[extraction.doc_id]
    tokens = _tokens(text)
    people = _covered(extraction.entities, ["PERSON"])
    others = _covered(extraction.entities, ["ORG", "PLACE"])
    portfolios = sorted((p.lower().split() for p in context.lexicon.portfolios), key=len, reverse=True)
    for index, (word, _) in enumerate(tokens):
        if not word.islower() or not context.lexicon.is_person_title(word):
            continue
        at = index + 1
        if at < len(tokens) and tokens[at][0] == "van":
            words = [w.lower() for w, _ in tokens[at + 1:at + 5]]
            length = next((len(p) for p in portfolios if words[:len(p)] == p), 0)
            at = at + 1 + length if length else len(tokens)
        end = at
        while end < len(tokens) and _CAPITALISED.match(tokens[end][0]):
            end += 1
        if end == at or end - at > 4:
            continue
        start = tokens[at][1]
        if not _inside(start, people):
            name = " ".join(w for w, _ in tokens[at:end])
            yield f"{'typed other' if _inside(start, others) else 'missed'}: {word} {name}"


def wrong_types(extraction: Extraction, context: Context) -> Iterator[str]:
    """A place or organisation that is a person: its one-word name is a part of a person's
    full name in the same article (`Thunberg` after `Greta Thunberg`), or the KB's curated
    person (`Mark Rutte` as ORG); and an entity of function words only (`Van`, `De`)."""
    parts = {p for e in extraction.entities if e.type == "PERSON" for n in names_of(e) if len(name_parts(n)) > 1
             for p in name_parts(n) if p not in NAME_PARTICLES and len(p) > 2}
    for entity in extraction.entities:
        if name_parts(entity.name) and all(w in FUNCTION_WORDS for w in name_parts(entity.name)):
            yield f"function word as {entity.type}: {entity.name}"
        elif entity.type in ("ORG", "PLACE"):
            known = context.kb.lookup(entity.name, types=["PERSON"], fuzzy=False)
            if known is not None and known.curated:
                yield f"known person as {entity.type}: {entity.name}"
            elif len(name_parts(entity.name)) == 1 and fold(entity.name) in parts:
                yield f"person's name part as {entity.type}: {entity.name}"


def wrong_spans(extraction: Extraction, context: Context) -> Iterator[str]:
    """A person's name that holds a portfolio (`Defensie Jan Pietersen`), a party or other
    known organisation (`Jan Pietersen van D66`, `Denk Schiedam`), a town after a full name
    (`Pim van Tol Heemskerk`), a common word before a name (`Succes Thierry`, `Syriëganger
    Yago R`), or ends in a particle (`Anna van`); and a non-person right after a given name
    and particles (`Ursula von der` + `Leyen`)."""
    text = context.texts[extraction.doc_id]
    portfolios = {p.lower() for p in context.lexicon.portfolios}
    for entity in extraction.entities:
        for mention in entity.mentions:
            if not mention.text[:1].isupper():
                continue
            name = normalise_name(mention.text)
            words = name.split()
            if entity.type != "PERSON":
                before = text[max(0, mention.start - 40):mention.start].split()
                particles = 0
                while particles < min(len(before), 3) and before[-1 - particles] in NAME_PARTICLES:
                    particles += 1
                first = before[-1 - particles] if len(before) > particles else ""
                if particles and _CAPITALISED.match(first) and given_name(first) and first.lower() not in context.words:
                    yield f"surname as {entity.type}: {' '.join(before[-1 - particles:])} {name}"
                continue
            if len(words) < 2:
                continue
            lowered = name.lower()
            if any(re.search(rf"\b{re.escape(p)}\b", lowered) for p in portfolios):
                yield f"portfolio: {name}"
            elif any(_organisation(w, context.kb) for w in words) and not (len(words) == 2 and given_name(words[0])):
                yield f"organisation: {name}"  # not `Frits Philips`: a given name and a surname the company shares
            elif len(words) >= 3 and _CAPITALISED.match(words[-2]) and "." not in words[-2] and _town(words[-1], context.kb):
                yield f"town: {name}"
            elif words[0].lower() not in NAME_PARTICLES and not given_name(words[0]) \
                    and (words[0].lower() in context.words or context.lexicon.is_person_title(words[0])):
                yield f"common word: {name}"
            elif words[-1].lower() in NAME_PARTICLES:
                yield f"particle at end: {name}"


@lru_cache(maxsize=65536)
def given_name(word: str) -> bool:
    """A first name in gender-guesser's lists (`Ursula`, `Bas`, `Kim`), not `Succes`."""
    import gender_guesser.detector

    return _detector(gender_guesser.detector).get_gender(word) != "unknown"


@lru_cache(maxsize=1)
def _detector(module):
    return module.Detector(case_sensitive=False)


def _organisation(word: str, kb: KnowledgeBase) -> bool:
    """A curated organisation's name as the KB writes it: `AD` (the paper), not `Ad` (Heskes)."""
    entry = kb.lookup(word, types=["ORG"], fuzzy=False)
    return entry is not None and entry.curated and word in entry.names


def _town(word: str, kb: KnowledgeBase) -> bool:
    entry = kb.lookup(word, types=["PLACE"], fuzzy=False)
    return entry is not None and entry.population >= 5_000


def split_nodes(extraction: Extraction, context: Context) -> Iterator[str]:
    """Two entities of one article, one a person's full name and the other one word of it
    (its surname or given name: `Greta Thunberg` and `Thunberg`), or an organisation's full
    name and its acronym (`Forum voor Democratie` and `FvD`): one entity as two nodes."""
    people = [(e, n) for e in extraction.entities if e.type == "PERSON" for n in names_of(e) if given_names(name_parts(n))]
    organisations = [(e, n) for e in extraction.entities if e.type == "ORG" for n in names_of(e) if len(content_words(name_parts(n))) > 1]
    seen: set[tuple[str, str]] = set()
    for entity in extraction.entities:
        names = names_of(entity)
        if any(len(name_parts(n)) > 1 for n in names):
            continue
        for name in names:
            folded = skeleton(name)
            for full, full_name in people:
                parts = [skeleton(p) for p in name_parts(full_name) if p not in NAME_PARTICLES]
                if full is not entity and folded in (parts[0], parts[-1]) and (full.key, entity.key) not in seen:
                    seen.add((full.key, entity.key))
                    yield f"person's name part as {entity.type}: {full_name} + {name}"
            initials = name.lower()
            for full, full_name in organisations:
                words = [w for w in full_name.replace("-", " ").split() if w[:1].isalpha()]
                spelled = {"".join(w[0] for w in words).lower(), "".join(w[0] for w in words if w[:1].isupper()).lower()}
                if full is not entity and name.isupper() and initials in spelled and (full.key, entity.key) not in seen:
                    seen.add((full.key, entity.key))
                    yield f"acronym as {entity.type}: {full_name} + {name}"


ArticleNames = list[tuple[str, str, str]]  # (doc id, entity name, entity type)


def false_merges(node: str, names: ArticleNames, context: Context) -> Iterator[str]:
    """One graph node holding two names, from articles that never use both, that name
    different entities: people (each name's first word a known given name or an initial)
    whose given names or stated middle initials conflict (`George W. Bush` / `George H. W.
    Bush`, `A. Jansen` / `B. Jansen`) or whose generational suffixes differ (`jr.` / `sr.`,
    `Rutte II` / `Rutte III`); an organisation holding a name whose words are a strict part of
    another's (`Hogeschool` / `Hogeschool Utrecht`); a KB place holding a form that is not its
    name and is a common word of the texts or another KB place's name (`London` holding `Landen`).
    A curated KB entry's names are one by the curators' word, so its node is never counted."""
    docs: dict[tuple[str, str], set[str]] = defaultdict(set)
    spelled: dict[str, set[str]] = defaultdict(set)  # folded name → the docs using it in any spelling
    for doc, name, kind in names:
        docs[(name, kind)].add(doc)
        spelled[fold(name)].add(doc)
    distinct = sorted(docs)
    kinds = {kind for _, kind in distinct}
    entry = context.kb.entries.get(node)
    if entry is not None and entry.curated:
        return  # the KB's curators say these names are one
    for index, (a, _) in enumerate(distinct):
        for b, _ in distinct[index + 1:]:
            if spelled[fold(a)] & spelled[fold(b)]:
                continue  # joined inside an article (in some spelling): not a cross-article merge
            if kinds == {"PERSON"} and _people_conflict(a, b):
                yield f"person: {a} / {b}"
            elif kinds == {"ORG"} and _part_of(a, b):
                yield f"organisation: {a} / {b}"
    if entry is not None and entry.type == "PLACE":
        for name, _ in distinct:
            folded = fold(name)
            if folded == fold(entry.name) or not name[:1].isupper():
                continue
            if folded in context.words or any(k != node for k in context.kb.by_name.get(folded, ())):
                yield f"place: {name} in {entry.name}"


def _words(name: str) -> list[str]:
    """A name's words folded one by one, hyphenated ones kept whole (`ocasiocortez`)."""
    return [fold(w).replace(" ", "") for w in name.split() if fold(w)]


def _people_conflict(a: str, b: str) -> bool:
    pa, pb = _words(a), _words(b)
    suffix_a = {_SUFFIXES[p] for p in pa if p in _SUFFIXES}
    suffix_b = {_SUFFIXES[p] for p in pb if p in _SUFFIXES}
    if suffix_a != suffix_b:
        return True
    ga, gb = given_names([p for p in pa if p not in _SUFFIXES]), given_names([p for p in pb if p not in _SUFFIXES])
    if not ga or not gb or not all(len(g[0]) == 1 or given_name(g[0]) for g in (ga, gb)):
        return False
    if ga[0][0] != gb[0][0]:
        return True
    middle_a, middle_b = {p for p in ga[1:] if len(p) == 1}, {p for p in gb[1:] if len(p) == 1}
    return bool(middle_a and middle_b and middle_a != middle_b)


def _part_of(a: str, b: str) -> bool:
    wa, wb = set(content_words(name_parts(a))), set(content_words(name_parts(b)))
    return bool(wa) and bool(wb) and wa != wb and (wa < wb or wb < wa)


