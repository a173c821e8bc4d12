"""Role descriptions: `de Russische president`, `de hoogleraar`, `de Fransman` found in the
text, learnt from appositions in the article, and resolved to the entity they name on the
article's date.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from spacy.attrs import LOWER
from spacy.tokens import Doc, Token

from ..kb import KBEntry, KnowledgeBase
from ..lexicon import Lexicon
from ..names import fold
from ..tokens import token_indices
from .clusters import Cluster

DETERMINERS = frozenset({"de", "het", "die", "deze"})


@dataclass(frozen=True)
class Description:
    """`de Russische president` → role ("president", "RU"); `de hoogleraar` → noun "hoogleraar";
    `de Fransman` → nationality "FR"."""

    start: int  # token index
    end: int
    role: tuple[str, str] | None = None
    noun: str | None = None
    nationality: str | None = None


def _match_title(doc: Doc, start: int, kb: KnowledgeBase) -> tuple[str, int] | None:
    """Longest title phrase of titles.yaml starting at token `start`: (role, end)."""
    if start >= len(doc) or fold(doc[start].text) not in kb.title_first_words:
        return None
    for length in range(min(6, len(doc) - start), 0, -1):
        if doc[start + length - 1].is_punct:
            continue
        role = kb.titles.get(fold(doc[start:start + length].text))
        if role:
            return role, start + length
    return None


def _country_after(doc: Doc, index: int, kb: KnowledgeBase) -> tuple[str, int] | None:
    """`van Rusland`, `van de VS` after a title: (country code, end)."""
    if index >= len(doc) or doc[index].lower_ != "van":
        return None
    first = index + 1 + (index + 1 < len(doc) and doc[index + 1].lower_ == "de")
    for length in range(min(4, len(doc) - first), 0, -1):
        if doc[first + length - 1].is_punct:
            continue
        country = kb.country_of(doc[first:first + length].text)
        if country:
            return country, first + length
    return None


def find_descriptions(doc: Doc, kb: KnowledgeBase, lexicon: Lexicon) -> list[Description]:
    """Role, noun and nationality descriptions, left to right, not overlapping."""
    found: list[Description] = []
    end = 0
    # where a description can start: a demonym, a title's first word, a person title
    starts = token_indices(doc, LOWER, lambda word: fold(word) in kb.demonyms or fold(word) in kb.title_first_words or lexicon.is_person_title(word)
                           or word in lexicon.person_nouns)
    for index in starts:
        if index < end:
            continue
        token = doc[index]
        description = None
        country = kb.demonyms.get(fold(token.text)) if token.text[:1].isupper() else None
        if country:
            title = _match_title(doc, index + 1, kb)
            if title:
                description = Description(index, title[1], role=(title[0], country), noun=fold(doc[index + 1:title[1]].text))
            elif token.pos_ in ("NOUN", "PROPN") and not token.text.lower().endswith("e") and token.i > 0 and doc[token.i - 1].lower_ in DETERMINERS:
                description = Description(index, index + 1, nationality=country)
        elif token.is_lower or (token.is_sent_start and token.text[1:].islower()):
            title = _match_title(doc, index, kb)
            if title:
                country_after = _country_after(doc, title[1], kb)
                if country_after:
                    description = Description(index, country_after[1], role=(title[0], country_after[0]))
                else:
                    description = Description(index, title[1], noun=fold(doc[index:title[1]].text))
            elif token.pos_ == "NOUN" and lexicon.is_person_title(token.text):
                description = Description(index, index + 1, noun=(token.lemma_ or token.text).lower())
            elif person_noun(token, lexicon):
                description = Description(index, index + 1, noun=token.lower_)
        if description is None and not country and _title_tagged_as_name(token, lexicon):
            description = Description(index, index + 1, noun=token.lower_)
        if description:
            found.append(description)
            end = description.end
    return found


def _title_tagged_as_name(token: Token, lexicon: Lexicon) -> bool:
    """`Burgemeester Femke Halsema`, `Premier Rutte`: a capitalised title the tagger took for
    part of the name, right before the person entity it introduces."""
    following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    return (token.pos_ == "PROPN" and lexicon.is_person_title(token.text) and following is not None
            and following.ent_iob_ == "B" and following.ent_type_ in ("PER", "PERSON"))


def person_noun(token: Token, lexicon: Lexicon) -> bool:
    """`de voetballer`, `de verdachte`: a singular noun for a person (data/lexicon/person_nouns.txt)."""
    return token.pos_ == "NOUN" and token.lower_ in lexicon.person_nouns and "Plur" not in token.morph.get("Number", [])


def role_keys(description: Description, lexicon: Lexicon) -> list:
    """What a description teaches the article about its entity: its role, its noun and the
    head of a role compound (`onderwijswethouder Marjolein Moorman` makes a later `de
    wethouder` Moorman, but an `oud-vicepremier` is no `premier`: data/lexicon/
    role_rank_prefixes.txt), its nationality."""
    keys: list = [description.role, description.noun]
    noun = description.noun
    if noun and " " not in noun:
        for suffix in (s for s in lexicon.role_suffixes if noun.endswith(s) and noun != s):
            modifier = noun[: -len(suffix)].rstrip("-")
            if not any(modifier.endswith(prefix) for prefix in lexicon.role_rank_prefixes):
                keys.append(suffix)
            break
    keys.append(description.nationality and ("nationality", description.nationality))
    return [key for key in keys if key]


def description_target(description: Description, clusters: list[Cluster], local: dict, kb: KnowledgeBase,
                        published: date | None) -> Cluster | KBEntry | None:
    if description.role:
        if description.role in local:
            return local[description.role]
        return kb.role_holder(*description.role, published)
    if description.noun:
        return local.get(description.noun)
    if description.nationality:
        matches = [c for c in clusters if c.type == "PERSON" and c.entry and c.entry.nationality == description.nationality]
        matches += [c for key, c in local.items() if key == ("nationality", description.nationality) and c not in matches]
        return matches[0] if len(matches) == 1 else None
    return None


def drop_mentions_inside_titles(clusters: list[Cluster], doc: Doc, descriptions: list[Description]) -> None:
    """`Buitenlandse Zaken` in `minister van Buitenlandse Zaken` is part of a title, not an
    organisation mentioned."""
    titles = [(doc[d.start].idx, doc[d.end - 1].idx + len(doc[d.end - 1])) for d in descriptions if d.role or (d.noun and " " in d.noun)]
    for cluster in clusters:
        if cluster.type == "ORG":
            cluster.mentions = [m for m in cluster.mentions if not any(s <= m.start and m.end <= e for s, e in titles)]
