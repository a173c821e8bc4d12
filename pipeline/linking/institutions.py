"""Institutions and peoples as actors: `het Venezolaanse ministerie van Buitenlandse Zaken`
as one organisation, `het ministerie` after it as a reference to it, and `de Britten`
acting as their country.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from functools import lru_cache

from spacy.attrs import LOWER
from spacy.tokens import Doc, Span

from ..entities import EntityMention, entity_type
from ..kb import KBEntry, KnowledgeBase
from ..lexicon import Lexicon
from ..names import fold
from ..tokens import doc_memo, doc_text, remembered, token_indices, tokens_where
from .courts import court_name, town_adjective
from .descriptions import DETERMINERS


def find_institutions(doc: Doc, kb: KnowledgeBase, lexicon: Lexicon) -> list[tuple[EntityMention, str]]:
    """Institutions a phrase makes specific: (ORG mention, noun). The name is the phrase
    without its article.
    - a demonym before the noun: `het Russische ministerie van Milieu`, `de Duitse ambassade`;
    - a capitalised `van` phrase after it (a department's name): `het ministerie van
      Buitenlandse Zaken`;
    - `in` and a capitalised place after it: `de rechtbank in Rotterdam`;
    - a name joined to it: `regering-Trump`;
    - nothing, for a body there is one of where the news happens (data/lexicon/
      standing_bodies.txt): `Niemand raakte gewond, aldus de politie`, `Het kabinet heeft
      dit gemeld` — unless one with that noun was named before (`het Britse kabinet … het
      kabinet`), which the bare noun then refers to."""
    nouns = lexicon.institutions | lexicon.government_nouns | lexicon.court_nouns
    found = []
    specific: set[str] = set()  # nouns a demonym, name or qualifier made specific so far
    taken = -1
    test = remembered("institution", (kb, lexicon.institutions, lexicon.government_nouns, lexicon.court_nouns),
                      lambda word: fold(word) in kb.demonyms or word in nouns or _joined_institution(word, nouns) or town_adjective(word, kb))
    for token in tokens_where(doc, LOWER, test):
        if token.i <= taken:
            continue
        mention = None
        if token.lower_ in nouns or _joined_institution(token.lower_, nouns):
            if _joined_institution(token.lower_, nouns) and token.text.split("-", 1)[1][:1].isupper():
                mention = (token.i, token.i + 1, token.lower_.split("-", 1)[0])
            elif token.i > 0 and doc[token.i - 1].lower_ in DETERMINERS and token.lower_ in nouns:
                end = max(_qualifier_end(doc, token.i + 1), _portfolio_end(doc, token.i + 1, lexicon))
                # a bare `het kabinet` after `het Britse kabinet` refers to it (institution_references)
                if end > token.i + 1 or (token.lower_ in lexicon.standing_bodies and token.lower_ not in specific):
                    mention = (token.i, end, token.lower_)
        elif token.text[:1].isupper() and token.i + 1 < len(doc):
            for length in (2, 1):
                noun = doc[token.i + 1:token.i + 1 + length]
                if len(noun) == length and noun.text.lower() in nouns:
                    if fold(token.text) not in kb.demonyms and noun.text.lower() not in lexicon.courts:
                        break  # a town's adjective makes only a court specific (`de Rotterdamse rechtbank`)
                    if noun.end < len(doc) and doc[noun.end].text[:1].isupper():
                        break  # "de Nederlandse inlichtingendienst AIVD": the name that follows is the entity
                    mention = (token.i, max(noun.end, _qualifier_end(doc, noun.end, places=False), _portfolio_end(doc, noun.end, lexicon)), noun.text.lower())
                    break
        if mention:
            start, end, head = mention
            phrase = doc[start:end]
            name = court_name(phrase, head, kb, lexicon) if head in lexicon.courts else phrase.text
            if name is None:
                continue
            if end - start > 1:
                specific.add(head)
            country = _governed_country(doc, start, end, head, kb, lexicon)
            if country is not None:  # `de Amerikaanse regering` is the United States acting
                found.append((EntityMention(phrase.text, country.name, "PLACE", phrase.start_char, phrase.end_char), head))
            else:
                found.append((EntityMention(phrase.text, name, "ORG", phrase.start_char, phrase.end_char), head))
            taken = end - 1
    found += municipal_executives(doc, kb, lexicon) + municipal_councils(doc, kb, lexicon)
    return sorted(found, key=lambda item: item[0].start)


def headed_by_person(institution: EntityMention, mentions: Sequence[EntityMention]) -> bool:
    """Rule `institution_of_person`: `de regering van Pedro Sánchez`, `het kabinet van Mark
    Rutte`: a `van` phrase that is a person's name says whose the institution is, not which
    department it is (as `van Buitenlandse Zaken` does): the person is the one named there,
    and the institution gives way to them. `het ministerie van Buitenlandse Zaken` (no
    person) and `het kabinet-Rutte` (a name joined to the noun) stay institutions."""
    return any(o.type == "PERSON" and not o.description and o.end == institution.end and o.start > institution.start
               and institution.text[:o.start - institution.start].endswith(" van ") for o in mentions)


def municipal_executives(doc: Doc, kb: KnowledgeBase, lexicon: Lexicon) -> list[tuple[EntityMention, str]]:
    """A municipality's executive (data/lexicon/municipal_executives.txt): `Het college van B
    en W vindt …`, `vinden B en W`, `volgens burgemeester en wethouders`, `vindt het
    gemeentebestuur` → (ORG mention, `college`), so that a later bare `het college` refers
    to it. All are one entity, named after the municipality: the capitalised word of a `van`
    phrase after it (`aldus B en W van Vlissingen`), else the article's municipality
    (`article_municipality`: `College van B en W Apeldoorn`), so that two towns' colleges stay
    two. Not `het college` alone (a school, a university's board) nor `de burgemeester` (a person)."""
    phrases = sorted({tuple(phrase.split()) for phrase in lexicon.municipal_executives}, key=len, reverse=True)
    if not phrases:
        return []
    openings = {phrase[0] for phrase in phrases}

    def words(start: int, end: int) -> tuple[str, ...]:
        # `vinden B en W. Dat …`: the tokenizer takes the last letter and the full stop for an initial
        return tuple(t.lower_[:-1] if len(t.text) == 2 and t.text.endswith(".") else t.lower_ for t in doc[start:end])

    found = []
    index = 0  # where the next phrase may start: past the end of the one found last
    # only the words that may open a phrase (as written, or an initial's letter) are tried
    for start in token_indices(doc, LOWER, lambda word: word in openings or word[:-1] in openings):
        if start < index or words(start, start + 1)[0] not in openings:
            continue
        phrase = next((p for p in phrases if words(start, start + len(p)) == p), None)
        if phrase is None:
            continue
        index = start
        end = index + len(phrase)
        own = doc[end + 1].text if end + 1 < len(doc) and words(end, end + 1) == ("van",) and doc[end + 1].text[:1].isupper() else None
        place = own or article_municipality(doc, kb)  # asked at a college only: most articles name none
        span = doc[index:end + 2 if own and _dutch_town(own, kb) else end]  # `het college van B en W van Haaksbergen`
        text_end = span.end_char - (1 if span[-1].text.endswith(".") and len(span[-1]) == 2 else 0)
        found.append((EntityMention(doc_text(doc)[span.start_char:text_end], "College van B en W" + (f" {place}" if place else ""), "ORG",
                                    span.start_char, text_end), "college"))
        index = end
    return found


def municipal_councils(doc: Doc, kb: KnowledgeBase, lexicon: Lexicon) -> list[tuple[EntityMention, str]]:
    """Rule `municipal_council`: `schrijft zij in een brief aan de gemeenteraad`, `de
    gemeenteraad van Utrecht`, `de Amsterdamse gemeenteraad` (data/lexicon/
    municipal_councils.txt) → (ORG mention, the noun): a town's council, a body that decides
    and is written to, named after its town: the capitalised word of a `van` phrase after
    it, else a town's adjective before it (`Amsterdamse`), else the article's municipality
    (`article_municipality`): `Gemeenteraad Amsterdam`. Every one in the article without a
    town of its own is the same council. Not a plural (`de gemeenteraden van Ede en Wageningen`:
    two bodies) nor `de raad` (a council of anything: `de Raad van State`)."""
    councils = list(tokens_where(doc, LOWER, lexicon.municipal_councils))
    if not councils:
        return []
    town = article_municipality(doc, kb)
    found = []
    for token in councils:
        end = _qualifier_end(doc, token.i + 1, places=False)
        adjective = doc[token.i - 1].text if token.i > 0 and doc[token.i - 1].text[:1].isupper() and doc[token.i - 1].lower_.endswith("se") else ""
        own = doc[token.i + 2:end].text if end > token.i + 1 else _dutch_town(adjective[:-2], kb) if adjective else None
        start = token.i - 1 if own and end == token.i + 1 else token.i
        phrase = doc[start:end]
        name = "Gemeenteraad" + (f" {own or town}" if own or town else "")
        found.append((EntityMention(phrase.text, name, "ORG", phrase.start_char, phrase.end_char), token.lower_))
    return found


def towns_of_local_bodies(institutions: list[tuple[EntityMention, str]], kb: KnowledgeBase, lexicon: Lexicon) -> list[EntityMention]:
    """The town a municipal body's `van` phrase names is a place of its own too (`het college
    van B en W van Haaksbergen`, `de gemeenteraad van Utrecht`), and so is the town of a
    court's `in` or `van` phrase (`de rechtbank in Utrecht`, `het hof van Arnhem`): their
    PLACE mentions, which the body's phrase would otherwise swallow as it does a
    department's name."""
    found = []
    for mention, noun in institutions:
        if noun in lexicon.courts:
            head, joint, town = mention.text.partition(" in ") if " in " in mention.text else mention.text.partition(" van ")
            known = bool(joint) and kb.lookup(town, types=["PLACE"], fuzzy=False) is not None
        else:
            head, joint, town = mention.text.rpartition(" van ")
            known = bool(joint) and (noun == "college" or noun in lexicon.municipal_councils) and _dutch_town(town, kb) is not None
        if known:
            start = mention.start + len(head) + len(joint)
            found.append(EntityMention(town, town, "PLACE", start, start + len(town)))
    return found


def article_municipality(doc: Doc, kb: KnowledgeBase) -> str | None:
    """The town whose municipality local news is about: the article's first `gemeente X`
    (`de gemeente Apeldoorn`), else the Dutch town it names most often (the first of the most
    named), else None. Kept per Doc: the college and the council of an article ask it both."""
    memo = doc_memo(doc, "article_municipality", kb)
    if "town" not in memo:
        memo["town"] = _article_municipality(doc, kb)
    return memo["town"]


def _article_municipality(doc: Doc, kb: KnowledgeBase) -> str | None:
    words = [t.lower_ for t in doc]
    named = next((doc[i + 1].text for i in range(len(doc) - 1) if words[i] == "gemeente" and doc[i + 1].text[:1].isupper()), None)
    if named is not None:
        return named
    # a town's name inside an organisation's or a person's name is no mention of the town:
    # `Partij voor de Dieren` does not make local news of Dieren, nor `Universiteit van
    # Amsterdam` of Amsterdam (a catch-all name, `Brainport Eindhoven`, still tells the town)
    inside_a_name = {t.i for ent in doc.ents if entity_type(ent.label_) in ("ORG", "PERSON") and len(ent) > 1 for t in ent}
    counts: dict[str, int] = {}
    for token in doc:
        if token.is_title and token.is_alpha and not token.is_sent_start and token.i not in inside_a_name:
            town = _dutch_town(token.text, kb)
            if town is not None:
                counts[town] = counts.get(town, 0) + 1
    return max(counts, key=counts.__getitem__) if counts else None  # the first most named: dicts keep text order


def _dutch_town(word: str, kb: KnowledgeBase) -> str | None:
    """A Dutch town or city of the KB by `word`; not the country (`Nederland` has no council)
    nor a province."""
    entry = kb.lookup(word, types=["PLACE"], fuzzy=False) if word else None
    if entry is None or entry.country != "NL" or entry.population <= 0 or kb.countries.get("NL") == entry.key:
        return None
    return None if entry.is_subdivision else entry.name


def _governed_country(doc: Doc, start: int, end: int, noun: str, kb: KnowledgeBase, lexicon: Lexicon) -> KBEntry | None:
    """The country of `de Franse regering`, `het Venezolaanse kabinet` (data/lexicon/
    government_nouns.txt): a demonym and a government noun, nothing after them."""
    if noun not in lexicon.government_nouns or end - start != 2:
        return None
    key = kb.countries.get(kb.demonyms.get(fold(doc[start].text), ""), "")
    return kb.entries.get(key)


def _joined_institution(word: str, nouns: frozenset[str]) -> bool:
    head, _, name = word.partition("-")
    return bool(name) and head in nouns


def _portfolio_end(doc: Doc, index: int, lexicon: Lexicon) -> int:
    """Rule `coordinated_portfolio`: `het ministerie van Infrastructuur en Waterstaat`, `het
    ministerie van Onderwijs, Cultuur en Wetenschap`: a Dutch ministry is named by its
    portfolios, joined by commas and a lowercase `en` that end a plain `van` phrase; the
    longest portfolio of data/lexicon/portfolios.txt after the `van` at token `index` ends
    the institution's name (NER reads `Waterstaat` as a place of its own). `index` when
    none stands there (`het ministerie van Justitie` then ends at its capitalised words).
    Written in lowercase too (`stelt het ministerie van defensie`), as some papers do."""
    if index + 1 >= len(doc) or doc[index].lower_ != "van":
        return index
    length = next(portfolio_lengths(doc, index + 1, lexicon), None)
    return index if length is None else index + 1 + length


@lru_cache(maxsize=4)
def portfolio_words(portfolios: tuple[str, ...]) -> list[tuple[str, ...]]:
    """Each portfolio's lowercase tokens (a comma is one), the longest first."""
    return sorted({tuple(re.findall(r"\w+|[^\w\s]", p.lower())) for p in portfolios}, key=len, reverse=True)


def portfolio_lengths(doc: Doc, index: int, lexicon: Lexicon) -> Iterator[int]:
    """The lengths in tokens of the portfolios of data/lexicon/portfolios.txt that start at
    token `index`, the longest first."""
    return (len(words) for words in portfolio_words(lexicon.portfolios) if tuple(t.lower_ for t in doc[index:index + len(words)]) == words)


def _qualifier_end(doc: Doc, index: int, places: bool = True) -> int:
    """End of a capitalised `van` phrase (`van Buitenlandse Zaken`) or, with `places`, an `in`
    phrase (`in Rotterdam`) starting at token `index`; `index` when there is none."""
    if index + 1 >= len(doc) or doc[index].lower_ not in (("van", "in") if places else ("van",)) or not doc[index + 1].text[:1].isupper():
        return index
    end = index + 1
    while end < len(doc) and doc[end].text[:1].isupper() and not doc[end].is_punct:
        end += 1
    return end


def institution_references(doc: Doc, institutions: list[tuple[EntityMention, str]]) -> list[tuple[Span, str]]:
    """A bare `het ministerie`, `de rechtbank` after an institution with that noun was
    named: each (`het ministerie`, noun), to be linked to the one named."""
    first_named: dict[str, int] = {}
    for mention, noun in institutions:
        first_named.setdefault(noun, mention.start)
    named_spans = [(m.start, m.end) for m, _ in institutions]
    references = []
    for token in tokens_where(doc, LOWER, first_named.keys()):
        if token.idx <= first_named[token.lower_] or token.i == 0 or doc[token.i - 1].lower_ not in DETERMINERS:
            continue
        if not any(s <= token.idx < e for s, e in named_spans):
            references.append((doc[token.i - 1:token.i + 1], token.lower_))
    return references


def peoples_acting(doc: Doc, kb: KnowledgeBase) -> list[tuple[Span, KBEntry]]:
    """`De Fransen lieten weten …`: a people with the definite article as a clause's subject
    is its country acting (ANNOTATION.md: countries are actors). Elsewhere (`met de Russen`,
    `veel Nederlanders`) a people is just people."""
    found = []
    for token in tokens_where(doc, LOWER, lambda word: fold(word) in kb.peoples):
        if not token.dep_.startswith("nsubj") or token.i == 0 or doc[token.i - 1].lower_ != "de":
            continue
        entry = kb.entries.get(kb.countries.get(kb.peoples[fold(token.text)], ""))
        if entry is not None:
            found.append((doc[token.i - 1:token.i + 1], entry))
    return found
