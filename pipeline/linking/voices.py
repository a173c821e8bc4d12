"""Voices: a spokesperson (data/lexicon/spokesperson_nouns.txt) is the organisation or person
they speak for (ANNOTATION.md: `een woordvoerder van de NS zegt` → NS).
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.attrs import LOWER
from spacy.tokens import Doc, Span, Token

from ..lexicon import Lexicon
from ..names import fold
from ..quotes import Quote, inside_quote
from ..syntax import noun_phrase
from ..tokens import remembered, tokens_where
from .clusters import Cluster
from .descriptions import DETERMINERS

SUBJECT_REACH = 2  # sentences before a bare spokesperson's own that may name whom they speak for
PERSON_POSSESSIVES = frozenset({"zijn", "haar"})  # the person pronouns (pronouns.PERSON_PRONOUNS) that possess
EMPTY_SUBJECTS = frozenset({"het", "dat", "dit", "er", "wat"})  # `Het is niet duidelijk of …` names no topic


def spokespeople(doc: Doc, clusters: list[Cluster], lexicon: Lexicon, quotes: Sequence[Quote] = ()) -> list[tuple[Span, Cluster]]:
    """Voices: `een woordvoerder van de NS`, `de ING-woordvoerder`, `aldus de zegsman van
    Rutte` — a spokesperson of an organisation or person the article names is that one
    speaking: (the phrase up to the noun, with its article, the entity). A bare spokesperson
    after one of an entity (`de ING-woordvoerder … "…", laat een woordvoerder weten`) is that
    entity's again, as papers vary the phrase; before any, the organisation the story is
    about there speaks (`bare_spokesperson_of_the_subject`); with a `van` phrase naming
    nobody it stays nobody. A spokesperson with their name (`GroenLinks-woordvoerder Paul
    Smeulders: "…"`, `Woordvoerder van Milieudefensie Anne Knol`) is that person, who speaks."""
    # a town described as its municipality (`van de gemeente`) speaks too; a town's name is a place
    by_start = {m.start: c for c in clusters for m in c.mentions if c.type in ("ORG", "PERSON") or m.description}
    by_name = {fold(m.name): c for c in clusters if c.type in ("ORG", "PERSON") for m in c.mentions if not m.description}
    for name, cluster in list(by_name.items()):  # `de politie` is whose `politiewoordvoerder` speaks
        article, _, rest = name.partition(" ")
        if article in ("de", "het") and rest:
            by_name.setdefault(rest, cluster)
    nouns = lexicon.spokesperson_nouns
    portfolios = lexicon.portfolio_names
    people = {m.start for c in clusters if c.type == "PERSON" for m in c.mentions if not m.description}
    found = []
    last: Cluster | None = None  # whose spokesperson was named last
    for token in tokens_where(doc, LOWER, remembered("spokesperson", (nouns, portfolios), lambda word: (
            word in nouns or word.rsplit("-", 1)[-1] in nouns or compound_owner(word, nouns, portfolios) is not None))):
        if token.i + 1 < len(doc) and doc[token.i + 1].idx in people:
            continue  # rule `named_spokesperson`: `GroenLinks-woordvoerder Paul Smeulders` is his title: he speaks
        word = token.lower_
        owner = None
        following = doc[token.i + 1].lower_ if token.i + 1 < len(doc) else ""
        if "-" in word and word.rsplit("-", 1)[1] in nouns:
            owner = by_name.get(fold(token.text.rsplit("-", 1)[0]))
        elif word not in nouns and (first := compound_owner(word, nouns, portfolios)) is not None:
            owner = by_name.get(fold(first))
        elif word in nouns and following == "van":
            after = token.i + 2 + (token.i + 2 < len(doc) and doc[token.i + 2].lower_ in DETERMINERS)
            after += after + 1 < len(doc) and lexicon.is_person_title(doc[after].text)  # `van burgemeester Bolsius`
            # `van de wooncorporatie`: a class-noun reference starts at its article
            owner = (by_start.get(doc[after].idx) or by_start.get(doc[after - 1].idx)) if after < len(doc) else None
            if owner is not None and _name_after_body(doc, after, owner, people):
                continue  # `Woordvoerder van Milieudefensie Anne Knol is …`: she speaks (`named_spokesperson`)
        elif word in nouns and token.i > 0 and doc[token.i - 1].lower_ in ("de", "een") and "Plur" not in token.morph.get("Number", []):
            owner = last
            if owner is None and following != "namens":
                # not remembered as `last`: a later bare one follows the story, which may have moved on (`KLM … Jetblue …`)
                if (spoken_for := subject_spoken_for(token, clusters, quotes)) is not None:
                    found.append((_with_article(doc, token), spoken_for))
        last = owner or last
        if owner is not None:
            found.append((_with_article(doc, token), owner))
    return found


def _name_after_body(doc: Doc, start: int, body: Cluster, people: set[int]) -> bool:
    """A person's name right after the mention of `body` that starts at token `start`."""
    end = next((m.end for m in body.mentions if m.start in (doc[start].idx, doc[start - 1].idx)), None)
    if end is None:
        return False
    index = start
    while index < len(doc) and doc[index].idx < end:
        index += 1
    return index < len(doc) and doc[index].idx in people


def possessed_spokespeople(doc: Doc, lexicon: Lexicon) -> list[tuple[int, int, int]]:
    """Rule `possessive_spokesperson`: `Minister Cora van Nieuwenhuizen ziet niets in het
    voorstel. "…", zegt haar woordvoerder.`: a spokesperson a person pronoun possesses speaks
    for whom the pronoun refers to. (Start and end char of `haar woordvoerder`, the pronoun's
    token index), for the pronouns' resolution to name (linked.LinkedEntities.build)."""
    found = []
    for token in tokens_where(doc, LOWER, lexicon.spokesperson_nouns.__contains__):
        possessive = doc[token.i - 1] if token.i > 0 else None
        if possessive is not None and possessive.lower_ in PERSON_POSSESSIVES and "Plur" not in token.morph.get("Number", []):
            found.append((possessive.idx, token.idx + len(token.text), possessive.i))
    return found


def compound_owner(word: str, nouns: frozenset[str], portfolios: frozenset[str] = frozenset()) -> str | None:
    """Rule `compound_spokesperson`: `aldus een politiewoordvoerder`, `laat een
    kerkwoordvoerder weten`: a closed compound whose head is a spokesperson noun says whose
    voice it is in its first half (`politie`), which speaks when the article names an
    organisation or person so (`de politie`); a topic there (`asielwoordvoerder`,
    `onderwijswoordvoerder`) names nobody, nor does a portfolio (data/lexicon/portfolios.txt)
    an organisation happens to be named after (`Dienst Uitvoering Onderwijs`). The first half
    of `persvoorlichter`, itself a spokesperson noun, is no owner."""
    if word in nouns or "-" in word:
        return None
    head = next((noun for noun in nouns if word.endswith(noun) and len(word) > len(noun) + 1), None)
    return word[:-len(head)] if head and word[:-len(head)] not in portfolios else None


def _with_article(doc: Doc, noun: Token) -> Span:
    start = noun.i - 1 if noun.i > 0 and doc[noun.i - 1].lower_ in (*DETERMINERS, "een") else noun.i
    return doc[start:noun.i + 1]


def subject_spoken_for(noun: Token, clusters: list[Cluster], quotes: Sequence[Quote]) -> Cluster | None:
    """Rule `bare_spokesperson_of_the_subject`: `KLM verzet zich tegen de aanval. "We zijn geen
    partij," zegt een woordvoerder.`, `D66 had nog geen standpunt ingenomen, aldus een
    woordvoerder`, `ING heeft beterschap beloofd. Het is niet duidelijk of … "Dat kunnen we
    niet uitsluiten," laat een woordvoerder weten.`: a bare spokesperson no one was named
    for speaks for the organisation that is the main-clause subject outside quotes, in its
    own sentence before it or in the nearest of the SUBJECT_REACH sentences before that has
    one. A person or an unnamed noun there (`Rutte reageert. "…", zegt een woordvoerder`,
    `De rechter …`) is whom the story is about: the spokesperson stays nobody's."""
    doc = noun.doc
    sentence = noun.sent
    for reach in range(SUBJECT_REACH + 1):
        end = noun.i if reach == 0 else sentence.end
        subjects = [t for t in doc[sentence.start:end] if t.dep_ in ("nsubj", "nsubj:pass") and _main_clause(t.head)
                    and not inside_quote(t, quotes) and t.lower_ not in EMPTY_SUBJECTS]
        if subjects:
            owners = {id(c): c for t in noun_phrase(subjects[0]) if (c := _cluster_of(t, clusters)) is not None}
            owner = next(iter(owners.values())) if len(owners) == 1 else None
            return owner if owner is not None and owner.type == "ORG" else None
        if sentence.start == 0:
            break
        sentence = doc[sentence.start - 1].sent
    return None


def _main_clause(verb: Token) -> bool:
    """The verb heads its sentence's main clause or one joined to it without a subordinator
    (`ING heeft beterschap beloofd, laat de bank weten` parsed with `laten` as the root and the
    clause before it as its adverbial); not
    `of de BDI genoegen neemt`."""
    while verb.dep_ != "ROOT":
        if verb.dep_ not in ("conj", "parataxis", "ccomp", "advcl") or any(c.dep_ == "mark" for c in verb.children):
            return False
        verb = verb.head
    return True


def _cluster_of(token: Token, clusters: list[Cluster]) -> Cluster | None:
    """The entity a mention of the whole word names: the party inside `IS-strijders` (a part
    of the word, compound_names.py) is not who the sentence is about."""
    end = token.idx + len(token.text)
    return next((c for c in clusters if any(m.start <= token.idx and end <= m.end for m in c.mentions)), None)
