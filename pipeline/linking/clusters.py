"""Mention clusters: names of one real entity grouped (`Vladimir Poetin`, `Poetin`,
`Poetins`), linked to the knowledge base, and turned into `ArticleEntity`s.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from ..entities import EntityMention
from ..kb import KBEntry, KnowledgeBase
from ..lexicon import Lexicon
from ..names import FUNCTION_WORDS, NAME_PARTICLES, fold, has_given_name, name_parts, same_person_name, skeleton
from ..schemas import ArticleEntity, EntityType, Mention
from .families import is_family_name
from .retype import own_name_first

BIG_CITY = 100_000


@dataclass
class Cluster:
    type: EntityType
    mentions: list[EntityMention] = field(default_factory=list)
    entry: KBEntry | None = None
    merged_into: Cluster | None = None

    def root(self) -> Cluster:
        cluster = self
        while cluster.merged_into is not None:
            cluster = cluster.merged_into
        return cluster

    @property
    def names(self) -> list[str]:
        return [m.name for m in self.mentions if not m.description]

    @property
    def full_names(self) -> list[str]:
        return [n for n in self.names if (has_given_name(n) if self.type == "PERSON" else len(name_parts(n)) > 1)]

    @property
    def canonical(self) -> str:
        if self.entry:
            return self.entry.name
        names = self.full_names or self.names or [m.name for m in self.mentions]
        counts = Counter(names)
        return max(names, key=lambda n: (len(name_parts(n)), counts[n], -names.index(n)))

    @property
    def key(self) -> str:
        return self.entry.key if self.entry else f"{self.type}:{skeleton(self.canonical)}"

    def absorb(self, other: Cluster) -> None:
        if other is self:
            return
        self.mentions.extend(other.mentions)
        self.mentions.sort(key=lambda m: m.start)
        self.entry = self.entry or other.entry
        self.type = self.entry.type if self.entry else self.type
        other.mentions = []
        other.merged_into = self


def strip_genitive(name: str, seen: set[str], kb: KnowledgeBase, surnames: frozenset[str] = frozenset()) -> str:
    """`Trumps`, `Kims` → `Trump`, `Kim` when the bare form is a name (or part of one) seen
    in the article or known to the KB; never a word the article uses as the last word of a
    full name (`Adams` after `Zoe Adams` is no genitive of `Adam`). Rule
    `particle_surname_genitive`: a surname behind its particles takes the genitive on its
    last word (`Von der Leyens benoeming`, `De Jonges plan` after `Ursula von der Leyen`,
    `Hugo de Jonge`), that word then read the same way."""
    parts = name.split(" ")
    if not all(fold(p) in NAME_PARTICLES for p in parts[:-1]):
        return name  # `Jan Pieters`: a full name's last word is its surname, as written
    last = parts[-1]
    if last.endswith("s") and fold(last) not in surnames:
        bare = fold(last[:-1])
        if bare in seen or (len(parts) == 1 and bare in kb.by_name):
            return name[:-1]
    return name


def cluster_people(mentions: list[EntityMention], kb: KnowledgeBase) -> list[Cluster]:
    clusters: list[Cluster] = []
    singles: list[EntityMention] = []
    for mention in mentions:
        if has_given_name(mention.name):
            target = next((c for c in clusters if any(same_person_name(mention.name, n) for n in c.full_names)), None)
            if target is None:
                target = Cluster("PERSON")
                clusters.append(target)
            target.mentions.append(mention)
        else:
            singles.append(mention)
    for mention in singles:
        target = short_form_target(mention.name, clusters, kb)
        if target is None:
            target = next((c for c in clusters if not c.full_names and skeleton(c.names[0]) == skeleton(mention.name)), None)
        if target is None:
            target = Cluster("PERSON")
            clusters.append(target)
        target.mentions.append(mention)
    for cluster in clusters:
        cluster.mentions.sort(key=lambda m: m.start)
    return clusters


def short_form_target(name: str, clusters: list[Cluster], kb: KnowledgeBase) -> Cluster | None:
    """The full-name cluster a bare surname (`Poetin`, `Van Dijk`) or given name (`Ivanka`)
    belongs to; if several fit, the one the KB names for this short form, else the most
    mentioned."""
    key = skeleton(name_parts(name)[-1]) if name_parts(name) else skeleton(name)
    candidates = [c for c in clusters if c.full_names and any(key in (skeleton(parts[-1]), skeleton(parts[0]))
                                                              for parts in (name_parts(n) for n in c.full_names))]
    if len(candidates) > 1:
        known = kb.lookup(name, types=["PERSON"], fuzzy=False)
        preferred = [c for c in candidates if known and any(kb.lookup(n, types=["PERSON"]) == known for n in c.full_names)]
        candidates = preferred or sorted(candidates, key=lambda c: -len(c.mentions))
    return candidates[0] if candidates else None


def cluster_by_name(mentions: list[EntityMention], kind: EntityType) -> list[Cluster]:
    clusters: dict[str, Cluster] = {}
    for mention in mentions:
        clusters.setdefault(fold(mention.name), Cluster(kind)).mentions.append(mention)
    return list(clusters.values())


def join_organisation_names(clusters: list[Cluster], kb: KnowledgeBase, text: str = "") -> list[Cluster]:
    """An organisation's acronym and its short form in one article are that organisation:
    `Forum voor Democratie` … `FvD` … `Forum`, `Centraal Bureau voor de Statistiek` … `CBS`,
    `Rijdend Elektrisch Tram Museum` … `RETM` (whatever type the model gave the acronym),
    `Ouder-Kind-Behandelcentrum` … `OKB` (its parts' initials: `_of_words`),
    `Vogelopvang de Wulp` … `De Wulp`. An acronym (two to six letters, at least two capitals)
    must spell the initials of every word of one multiword name, or of its capitalised words
    only, or stand in brackets right after that name in `text` (the article's) and begin with
    its first letter (`Deutsche Umwelthilfe (DUH)`, `Syrische Democratische Strijdkrachten
    (SDF)`: initials of another language); a short form must be a capitalised word of exactly one such name, typed as an
    organisation, and no place or person the knowledge base knows (`Milan` of `AC Milan` is a
    city too; `Ledeboer` of `Ledeboer Investments` may be its owner). `VVD` beside `Vrije
    Universiteit` stays apart, and so do `Blokker` and `de familie Blokker` (a family is no
organisation its surname is short for)."""
    full = [c for c in clusters if c.type == "ORG" and any(_of_words(n) for n in c.names) and not any(is_family_name(n) for n in c.names)]
    spelled: dict[str, list[Cluster]] = {}
    worded: dict[str, list[Cluster]] = {}
    for cluster in full:
        for name in {n for m in cluster.mentions if not m.description for n in (m.name, m.text) if _of_words(n)}:
            for initials in _initials(name):
                spelled.setdefault(initials, []).append(cluster)
            for word in {fold(w) for w in name.split() if w[:1].isupper() and len(w) >= 3 and fold(w) not in FUNCTION_WORDS}:
                worded.setdefault(word, []).append(cluster)
        for mention in cluster.mentions:
            bracketed = None if mention.description else _bracketed_acronym(text, mention.end, mention.name)
            if bracketed:
                spelled.setdefault(bracketed, []).append(cluster)
    for cluster in clusters:
        names = set(cluster.names)
        if not names or cluster in full or cluster.merged_into is not None:
            continue
        if all(_acronym(n) for n in names):
            index, keys = spelled, {n.lower() for n in names}
        elif cluster.type == "ORG" and all(len(n.split()) == 1 for n in names) and not any(kb.lookup(n, types=("PLACE", "PERSON"), fuzzy=False) for n in names):
            index, keys = worded, {fold(n) for n in names}
        else:
            continue
        candidates = {id(c): c for key in keys for c in index.get(key, []) if c.merged_into is None}
        if len(candidates) == 1:
            (named,) = candidates.values()
            named.absorb(cluster)
    return [c for c in clusters if c.merged_into is None]


def join_members_to_their_party(clusters: list[Cluster], lexicon: Lexicon) -> list[Cluster]:
    """Rule `members_name_their_party`: `de Conservatieve Partij` … `de Conservatieven`,
    `Democratische Partij` … `de Democraten`, `Republikeinse Partij` … `de Republikeinen`:
    the plural noun of the adjective that opens a body's name of two words, the second a
    class noun of organisations (`partij`, `bond`), is that body's members, and papers
    write it for the body. Only when one body of the article fits, and only for a name of
    its own (`Catalanen` beside no `Catalaanse Partij` stays apart)."""
    bodies: dict[str, list[Cluster]] = {}
    for cluster in clusters:
        for name in {n for n in cluster.names if cluster.type == "ORG"}:
            words = name.split()
            if len(words) == 2 and lexicon.name_class_nouns.get(words[1].lower()) == "ORG" and fold(words[0]).endswith("e"):
                bodies.setdefault(fold(words[0])[:-1], []).append(cluster)
    for cluster in clusters:
        names = {fold(n) for n in cluster.names}
        if cluster.type != "ORG" or len(names) != 1 or cluster.merged_into is not None:
            continue
        (plural,) = names
        stem = plural[:-2] if plural.endswith("en") and " " not in plural else ""
        fits = {id(c): c for adjective in (stem, stem + "s", stem + "isch") if stem for c in bodies.get(adjective, []) if c is not cluster}
        if len(fits) == 1:
            next(iter(fits.values())).absorb(cluster)
    return [c for c in clusters if c.merged_into is None]


def _bracketed_acronym(text: str, end: int, name: str) -> str | None:
    """The acronym (lowercase) in brackets right after a name that ends at `end`, when it
    begins with the name's first letter: `Deutsche Umwelthilfe (DUH)` → `duh`."""
    if text[end:end + 2] != " (":
        return None
    close = text.find(")", end + 2, end + 10)
    acronym = text[end + 2:close] if close > 0 else ""
    return acronym.lower() if _acronym(acronym) and acronym[0] == name[:1].upper() else None


def _of_words(name: str) -> bool:
    """A name of several words, or of capitalised parts joined by hyphens, whose initials an
    acronym may spell: `Centraal Bureau voor de Statistiek`, `Ouder-Kind-Behandelcentrum`
    (`OKB`); not `PVV-fractie` (one capitalised part)."""
    return len(name.split()) > 1 or sum(part[:1].isupper() for part in name.split("-")) > 1


def _acronym(name: str) -> bool:
    return " " not in name and 2 <= len(name) <= 6 and name.isalpha() and sum(c.isupper() for c in name) >= 2


def _initials(name: str) -> set[str]:
    words = [w for w in name.replace("-", " ").split() if w[:1].isalpha()]
    capitalised = [w for w in words if w[:1].isupper()]
    return {"".join(w[0] for w in words).lower(), "".join(w[0] for w in capitalised).lower()}


def link_to_kb(cluster: Cluster, kb: KnowledgeBase) -> None:
    """Find the cluster's KB entry, trying its longest names first. A person cluster links to
    a person (`Paris Hilton` is not `Paris`), unless its only name is a country or a big
    city and no person has it (NER calls `Iran` a person now and then); any NER type may
    link to a curated person or organisation, whose type then wins (`Tass` as a person). A
    place links to the place whose own name it is before one that has it as an alternate
    spelling (`Saba` is Sabá, not Saaba: `retype.own_name_first`)."""
    names = sorted(set(cluster.names), key=lambda n: -len(n))
    for name in names:
        allowed = ["PERSON"] if cluster.type == "PERSON" else None
        own = own_name_first(name, kb) if cluster.type == "PLACE" else None
        entry = kb.entries[own] if own else kb.lookup(name, types=allowed, fuzzy=cluster.type == "PERSON")
        if entry and (entry.curated or entry.type == cluster.type or (entry.type == "PLACE" and cluster.type == "ORG")):
            cluster.entry, cluster.type = entry, entry.type
            return
    if cluster.type == "PERSON" and not cluster.full_names:
        place = kb.lookup(names[0], types=["PLACE"], fuzzy=False)
        if place and (place.population >= BIG_CITY or kb.countries.get(place.country or "") == place.key):
            cluster.entry, cluster.type = place, "PLACE"


def new_cluster(entry: KBEntry, clusters: list[Cluster], by_entry: dict[str, Cluster]) -> Cluster:
    cluster = Cluster(entry.type, entry=entry)
    clusters.append(cluster)
    by_entry[entry.key] = cluster
    return cluster


def to_entity(cluster: Cluster) -> ArticleEntity:
    return ArticleEntity(
        key=cluster.key, name=cluster.canonical, type=cluster.type, kb_id=cluster.entry.kb_id if cluster.entry else None,
        mentions=[Mention(text=m.text, start=m.start, end=m.end) for m in cluster.mentions],
    )


def merge_same_keys(entities: list[ArticleEntity]) -> list[ArticleEntity]:
    """Two clusters can end with one key (same skeleton, different spelling)."""
    merged: dict[str, ArticleEntity] = {}
    for entity in entities:
        if entity.key in merged:
            first = merged[entity.key]
            merged[entity.key] = first.model_copy(update={"mentions": sorted(first.mentions + entity.mentions, key=lambda m: m.start)})
        else:
            merged[entity.key] = entity
    return list(merged.values())
