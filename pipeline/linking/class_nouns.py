"""Organisations named again by their class noun: `de inlichtingendienst AIVD … De dienst
stelt …`, `de Gezondheidsraad … De onafhankelijke adviesraad pleit …`, `het college van B en
W … vindt het college`. Dutch papers avoid repeating a name; the class noun that introduced
it (or that its name is a compound of) stands in for it.

In: the Doc, the article's clusters, the knowledge base, the lexicon (data/lexicon/organisation_nouns.txt,
name_class_nouns.tsv).
Out: (the reference phrase with its article, the organisation) pairs, for the linking stage
to add as description mentions; and the clusters with an organisation's name after its class
noun joined to it (`Club Rodenburg` … `Rodenburg`).
"""

from __future__ import annotations

from spacy.attrs import ORTH
from spacy.tokens import Doc, Span, Token

from ..compounds import compound_parts
from ..kb import KnowledgeBase
from ..lexicon import Lexicon
from ..names import fold
from ..tokens import tokens_where
from .clusters import Cluster

REFERRING = frozenset({"de", "het", "deze", "dit"})
MODIFIER_POS = frozenset({"ADJ", "ADV"})
COPULAS = frozenset({"is", "was", "blijft", "bleef", "wordt", "werd"})
BIG_PLACE = 1_000_000  # a place this big is what its name means, even as an alias (`Moskou`)
APPOSITION_REACH = 6  # `ING, de grootste Nederlandse bank,`: tokens from the comma to the noun


def class_noun_references(doc: Doc, clusters: list[Cluster], lexicon: Lexicon) -> list[tuple[Span, Cluster]]:
    """Each `de [bijv. nw.] N` whose class noun N (or its compound head) introduced an
    organisation earlier, with the latest one so introduced; none when two were introduced
    in that same sentence, or the phrase goes on into a name (`de bank ING` introduces)."""
    heads = {noun: (noun, False) for noun in lexicon.organisation_nouns}
    place_nouns = frozenset(noun for noun, kind in lexicon.name_class_nouns.items() if kind == "PLACE")
    introductions = _introductions(doc, clusters, heads, place_nouns)
    if not introductions:
        return []
    introduced = {kind for _, _, kind, _ in introductions}
    taken = [(m.start, m.end) for c in clusters for m in c.mentions]
    found = []
    for token in tokens_where(doc, ORTH, lambda word: class_of(word, heads) in introduced):
        kind = class_of(token.text, heads)
        if token.pos_ != "NOUN" or kind is None:
            continue
        opening = _opening(doc, token)
        if opening is None or _goes_on_into_a_name(doc, token):
            continue
        span = doc[opening:token.i + 1]
        if any(start < span.end_char and span.start_char < end for start, end in taken):
            continue
        before = [(i, sentence, c) for i, sentence, k, c in introductions if k == kind and i < token.i]
        if before and len({id(c) for _, s, c in before if s == before[-1][1]}) == 1:
            found.append((span, before[-1][2]))
        elif not before and (later := introduced_later(introductions, kind, clusters, token.idx)) is not None:
            found.append((span, later))
    return found


def introduced_later(introductions: list[tuple[int, int, str, Cluster]], kind: str, clusters: list[Cluster], at: int) -> Cluster | None:
    """Rule `class_noun_introduced_later`: `De woning is eigendom van Woonpunt, maar een
    woordvoerder van de wooncorporatie … Wooncorporatie Woonpunt zegt …`: a class noun
    before any introduction with it refers to the one organisation the article introduces
    with it further on (the lead names it by its name, the body says what it is), when no
    other organisation was named before it (`het RIVM … Het instituut …` is the RIVM, not
    the `Nederlands Herseninstituut` named later). Two organisations introduced with that
    noun leave it to none."""
    introduced = {id(c): c for _, _, k, c in introductions if k == kind}
    if len(introduced) != 1:
        return None
    later = next(iter(introduced.values()))
    named_before = any(c is not later and c.type == "ORG" and any(not m.description and m.start < at for m in c.mentions) for c in clusters)
    return None if named_before else later


def class_of(word: str, heads: dict[str, tuple[str, bool]]) -> str | None:
    """`bank` → bank, `Rabobank` → bank, `adviesraad` → raad, `bankier` → None."""
    lowered = word.lower()
    if lowered in heads:
        return lowered
    parts = compound_parts(lowered, heads)
    return parts[1] if parts else None


def _introductions(doc: Doc, clusters: list[Cluster], heads: dict[str, tuple[str, bool]],
                   place_nouns: frozenset[str] = frozenset()) -> list[tuple[int, int, str, Cluster]]:
    """(token, sentence start, class noun, organisation), in text order: its name's class
    (`Gezondheidsraad`, `Gemeente Hengelo`, `Raad van State`), the class noun right before
    it (`inlichtingendienst AIVD`) or in an apposition after it (`ING, de Nederlandse bank,`).
    A noun that names places (`place_nouns`: `de gemeente Hengelo`) introduces no
    organisation right after it: `besloot de gemeente Dura Vermeer een boete op te leggen`
    is the council fining the builder, not a council named Dura Vermeer."""
    found = []
    for cluster in (c for c in clusters if c.type == "ORG"):
        for mention in (m for m in cluster.mentions if not m.description):
            span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
            if span is None:
                continue
            kinds = {class_of(span[-1].text, heads), span[0].lower_ if len(span) > 1 and span[0].lower_ in heads else None}
            if span.start > 0 and doc[span.start - 1].pos_ == "NOUN" and doc[span.start - 1].lower_ not in place_nouns:
                kinds.add(class_of(doc[span.start - 1].text, heads))
            kinds.add(_apposition_class(doc, span, heads))
            kinds.add(_copula_class(doc, span, heads))
            found += [(span.start, span.sent.start, kind, cluster) for kind in kinds if kind]
    return sorted(found, key=lambda item: item[0])


def _apposition_class(doc: Doc, span: Span, heads: dict[str, tuple[str, bool]]) -> str | None:
    if span.end + 2 >= len(doc) or doc[span.end].text != "," or doc[span.end + 1].lower_ not in ("de", "het"):
        return None
    for token in doc[span.end + 2:min(len(doc), span.end + APPOSITION_REACH)]:
        if token.pos_ == "NOUN":
            return class_of(token.text, heads)
        if token.pos_ not in MODIFIER_POS and token.pos_ != "NUM":
            return None
    return None


def _copula_class(doc: Doc, span: Span, heads: dict[str, tuple[str, bool]]) -> str | None:
    """Rule `copula_class_noun`: `Met 1,3 miljoen klanten is ING de negende bank in Italië`,
    `Woonpunt is een corporatie met …`: a name with an identifying copula right before or
    after it and a class noun as its predicate (its article, numbers and adjectives between)
    says what it is. `ING is een klant van de bank` has `klant` for its predicate, no class."""
    if span.end + 2 < len(doc) and doc[span.end].lower_ in COPULAS:
        predicate = span.end + 1
    elif span.start > 0 and doc[span.start - 1].lower_ in COPULAS and span.end < len(doc):
        predicate = span.end  # `Met … is ING de negende bank`: the copula before the inverted subject
    else:
        return None
    if doc[predicate].lower_ not in ("de", "een"):
        return None
    for token in doc[predicate + 1:min(len(doc), predicate + APPOSITION_REACH)]:
        if token.pos_ == "NOUN":
            return class_of(token.text, heads)
        if token.pos_ not in MODIFIER_POS and token.pos_ != "NUM":
            return None
    return None


def _opening(doc: Doc, noun: Token) -> int | None:
    """Where `de onafhankelijke adviesraad` opens: its article, adjectives between."""
    index = noun.i - 1
    while index >= 0 and doc[index].pos_ in MODIFIER_POS and noun.i - index <= 3:
        index -= 1
    return index if index >= 0 and doc[index].lower_ in REFERRING else None


def _goes_on_into_a_name(doc: Doc, noun: Token) -> bool:
    """`de bank ING`, `het ministerie van Financiën`: the phrase names, it does not refer."""
    after = doc[noun.i + 1] if noun.i + 1 < len(doc) else None
    if after is None:
        return False
    if after.text[:1].isupper() and not after.is_sent_start:
        return True
    return after.lower_ == "van" and noun.i + 2 < len(doc) and doc[noun.i + 2].text[:1].isupper()


def join_names_after_a_class_noun(clusters: list[Cluster], kb: KnowledgeBase, lexicon: Lexicon) -> list[Cluster]:
    """Rule `class_noun_short_form`: `Club Rodenburg gaat dicht … Volgens Rodenburg …`,
    `Stichting Pandora luidt de noodklok … Volgens Pandora …`: an organisation named by a
    class noun and a name (data/lexicon/name_class_nouns.tsv, type ORG) is named again by
    the name alone, which NER may type anything (not a person by a full name), and a gazetteer may know for some place
    (`Rodenburg`, an old name of New Haven). Only when one such organisation of the article
    has that rest, and not a place the knowledge base knows by that very name or a big one
    (`Gemeente Amsterdam` … `Amsterdam`, `Universiteit Utrecht` … `Utrecht` are the city)."""
    bodies: dict[str, list[Cluster]] = {}
    for cluster in clusters:
        for name in {n for n in cluster.names if cluster.type == "ORG" and " " in n}:
            noun, rest = name.split(" ", 1)
            if lexicon.name_class_nouns.get(noun.lower()) == "ORG" and rest[:1].isupper():
                bodies.setdefault(fold(rest), []).append(cluster)
    if not bodies:
        return clusters
    for cluster in clusters:
        names = {fold(n) for n in cluster.names}
        # a person by a full name is someone (`Stichting Bakker` … `Jan Bakker`); a bare word NER
        # called a person is as likely the body
        if cluster.merged_into is not None or len(names) != 1 or (cluster.type == "PERSON" and cluster.full_names):
            continue
        (name,) = names
        fits = {id(c): c for c in bodies.get(name, []) if c is not cluster and c.merged_into is None}
        place = kb.lookup(name, types=("PLACE",), fuzzy=False)
        if len(fits) == 1 and not (place is not None and (fold(place.name) == name or place.population >= BIG_PLACE)):
            cluster.entry = None  # the body's name, not the gazetteer's place of that alias
            next(iter(fits.values())).absorb(cluster)
    return [c for c in clusters if c.merged_into is None]
