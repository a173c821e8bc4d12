"""Stage 4, aliases: entity mentions of one article → the article's linked entities.

In: the parsed `Doc`, its `EntityMention`s, the knowledge base and the publication date.
Out: `LinkedEntities`: one `ArticleEntity` per real entity (canonical name, `kb_id`, every
mention with offsets) and a way to ask which entity a token refers to, pronouns included.

Within an article, in this order:
1. role descriptions and appositions are read (`de Russische president Vladimir Poetin`
   teaches that `de Russische president` is Poetin here; `hoogleraar Remco Breuker` that
   `de hoogleraar` is Breuker);
2. person names cluster: full names by `names.same_person_name`, then short forms join the
   most prominent full name they fit (`Poetin` → `Vladimir Poetin`, `Ivanka` → `Ivanka Trump`,
   `Trumps` → `Trump`); organisations and places cluster by folded name;
3. each cluster is linked to the knowledge base (`Moskou` = `Moscow`, `VS` = `Verenigde
   Staten`), clusters that reach the same entry merge, and the KB's type wins over NER's;
4. standalone descriptions (`de Russische president`, `de hoogleraar`, `de Fransman`) become
   mentions of the entity they name on the article's date.

Across articles an entity is identified by its `key`: the KB key when linked, else its type
and name skeleton, so `Zelenski` and `Zelensky` meet in the graph.
"""

from __future__ import annotations

import bisect
import functools
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from pathlib import Path

from spacy.attrs import DEP, LOWER
from spacy.tokens import Doc, Span, Token

from .entities import EntityMention, is_person_title
from .kb import KBEntry, KnowledgeBase
from .names import first_name_gender, fold, has_given_name, name_parts, same_person_name, skeleton
from .schemas import ArticleEntity, EntityType, Mention
from .tokens import token_indices, tokens_where

LEXICON_DIR = Path(__file__).resolve().parent.parent / "data" / "lexicon"
PERSON_PRONOUNS = frozenset({"hij", "zij", "ze", "hem", "haar", "zijn"})
SUBJECT_PRONOUNS = frozenset({"hij", "zij", "ze"})
DETERMINERS = frozenset({"de", "het", "die", "deze"})
# `zijn Franse ambtgenoot`: a role relative to someone, which an apposition elsewhere in the
# article (`zijn Franse ambtgenoot Le Maire`) names
POSSESSIVES = frozenset({"zijn", "haar", "hun"})
BIG_CITY = 100_000
PRONOUN_GENDER = {"hij": "m", "hem": "m", "zijn": "m", "zij": "f", "ze": "f", "haar": "f"}
QUOTES_KEY = "newsgraph_quotes"  # where the relation stage keeps a Doc's quotes in `Doc.user_data`


@dataclass
class Cluster:
    type: EntityType
    mentions: list[EntityMention] = field(default_factory=list)
    entry: KBEntry | None = None
    merged_into: "Cluster | None" = None

    def root(self) -> "Cluster":
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

    def absorb(self, other: "Cluster") -> None:
        if other is self:
            return
        self.mentions.extend(other.mentions)
        self.mentions.sort(key=lambda m: m.start)
        self.entry = self.entry or other.entry
        self.type = self.entry.type if self.entry else self.type
        other.mentions = []
        other.merged_into = self


@dataclass
class LinkedEntities:
    """The linked entities of one article, and which entity each mention span belongs to."""

    entities: list[ArticleEntity]
    _starts: list[int]
    _spans: list[tuple[int, int, str]]
    # (char offset, key, is a subject) of person mentions, and (offset, None, True) of the
    # subjects that are a person nobody names (`De docent`)
    _persons: list[tuple[int, str | None, bool]]

    @classmethod
    def build(cls, entities: list[ArticleEntity], subject_offsets: set[int], nameless_subjects: Sequence[int] = ()) -> "LinkedEntities":
        spans = sorted((m.start, m.end, e.key) for e in entities for m in e.mentions)
        persons = [(m.start, e.key, m.start in subject_offsets) for e in entities if e.type == "PERSON" for m in e.mentions]
        persons = sorted(persons + [(offset, None, True) for offset in nameless_subjects], key=lambda p: p[0])
        return cls(entities, [s for s, _, _ in spans], spans, persons)

    def by_key(self, key: str) -> ArticleEntity | None:
        return self._by_key.get(key)

    @functools.cached_property
    def _by_key(self) -> dict[str, ArticleEntity]:
        first: dict[str, ArticleEntity] = {}
        for entity in self.entities:
            first.setdefault(entity.key, entity)
        return first

    def key_at(self, start: int, end: int) -> str | None:
        """The entity whose mention overlaps the character range [start, end)."""
        index = bisect.bisect_right(self._starts, end - 1) - 1
        while index >= 0:
            span_start, span_end, key = self._spans[index]
            if span_end > start:
                return key
            if span_end <= start and start - span_start > 200:
                break
            index -= 1
        return None

    def key_of_token(self, token: Token) -> str | None:
        """The entity a token refers to: a mention covering it, or for a person pronoun
        the most plausible preceding person."""
        key = self.key_at(token.idx, token.idx + len(token.text))
        if key is None and token.lower_ in PERSON_PRONOUNS:
            return self.resolve_pronoun(token)
        return key

    def resolve_pronoun(self, token: Token, prefer_subject: bool = True) -> str | None:
        """Most recent person mentioned as a subject within the current sentence and the
        two narrated before it (quoted sentences are the speaker's words, not the story's),
        else the most recent person mentioned there at all. A subject that is a person
        nobody names (`De docent heeft het ontkend. 'Ik …', zei hij.`) is the most recent
        subject too: the pronoun is theirs, not a named entity's. A demonstrative (`Die
        herhaalde …`) takes the most recent person whatever their role."""
        if token.lower_ in ("ze", "zij") and _plural_subject(token):
            return None  # `Ze vinden het …`: a group, not the last person named
        window_start = _narration_window_start(token)
        quotes = token.doc.user_data.get(QUOTES_KEY, ())
        before = [p for p in self._persons if window_start <= p[0] < token.idx
                  and (p[1] is not None or not any(q.start <= p[0] < q.end for q in quotes))]  # `'Mijn cliënt …'` is the speaker's
        before = sorted(before + self._pronoun_subjects(token, window_start, quotes), key=lambda p: p[0])
        gender = PRONOUN_GENDER.get(token.lower_)
        if gender:  # `zegt ze` is not Laurens Ivens
            before = [p for p in before if p[1] is None or self._gender(p[1]) in (None, gender)]
        subjects = [p for p in before if p[2]] if prefer_subject else [p for p in before if p[1] is not None]
        if subjects:
            return subjects[-1][1]
        named = [p for p in before if p[1] is not None]
        return named[-1][1] if named else None

    def _gender(self, key: str) -> str | None:
        entity = self.by_key(key)
        return first_name_gender(entity.name) if entity is not None else None

    def _pronoun_subjects(self, token: Token, window_start: int, quotes: Sequence) -> list[tuple[int, str | None, bool]]:
        """Narrated `hij`/`zij` subjects between the window's start and the token, as the
        people they resolve to: `Ook Elkem kan vertellen. Hij laat fragmenten horen. Een
        onbekende vroeg hem … Hij weigerde. '…', zegt hij.` chains back to Elkem."""
        doc = token.doc
        resolved = doc.user_data.setdefault("newsgraph_pronoun_subjects", {})
        found = []
        for candidate in doc[doc.char_span(window_start, token.idx, alignment_mode="expand").start:token.i] if token.idx > window_start else ():
            if candidate.dep_ != "nsubj" or candidate.lower_ not in ("hij", "zij") or any(q.start <= candidate.idx < q.end for q in quotes):
                continue
            if candidate.i not in resolved:
                resolved[candidate.i] = None  # a cycle guard while it resolves
                resolved[candidate.i] = self.resolve_pronoun(candidate)
            if resolved[candidate.i] is not None:
                found.append((candidate.idx, resolved[candidate.i], True))
        return found


def _plural_subject(token: Token) -> bool:
    """The pronoun is the subject of a plural verb (or of a plural auxiliary of it)."""
    if not token.dep_.startswith("nsubj"):
        return False
    verbs = [token.head, *(c for c in token.head.children if c.dep_.startswith("aux") or c.dep_ == "cop")]
    return any("Plur" in verb.morph.get("Number") for verb in verbs)


def _narration_window_start(token: Token, sentences: int = 2) -> int:
    """Character offset where the token's sentence and the `sentences` narrated sentences
    before it begin, skipping sentences that lie inside a quote (once the relation stage
    has found the quotes)."""
    doc = token.doc
    quotes = doc.user_data.get(QUOTES_KEY, ())
    sentence = token.sent
    counted = 0
    while counted < sentences and sentence.start > 0:
        sentence = doc[sentence.start - 1].sent
        if not _quoted(sentence, quotes):
            counted += 1
    return sentence.start_char


def _quoted(sentence: Span, quotes: Sequence) -> bool:
    """The sentence's words all lie inside one quote."""
    words = [t for t in sentence if t.is_alpha]
    return bool(words) and any(q.start <= words[0].idx and words[-1].idx < q.end for q in quotes)


# ---- descriptions -------------------------------------------------------------------------


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


def find_descriptions(doc: Doc, kb: KnowledgeBase) -> list[Description]:
    """Role, noun and nationality descriptions, left to right, not overlapping."""
    found: list[Description] = []
    end = 0
    # where a description can start: a demonym, a title's first word, a person title
    starts = token_indices(doc, LOWER, lambda word: fold(word) in kb.demonyms or fold(word) in kb.title_first_words or is_person_title(word))
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
            elif token.pos_ == "NOUN" and is_person_title(token.text):
                description = Description(index, index + 1, noun=(token.lemma_ or token.text).lower())
        if description:
            found.append(description)
            end = description.end
    return found


@lru_cache(maxsize=1)
def institution_nouns() -> frozenset[str]:
    lines = (LEXICON_DIR / "institutions.txt").read_text(encoding="utf8").splitlines()
    return frozenset(line.strip() for line in lines if line.strip() and not line.startswith("#"))


def find_institutions(doc: Doc, kb: KnowledgeBase) -> list[tuple[EntityMention, str]]:
    """Institutions a phrase makes specific: (ORG mention, noun). The name is the phrase
    without its article.
    - a demonym before the noun: `het Russische ministerie van Milieu`, `de Duitse ambassade`;
    - a capitalised `van` phrase after it (a department's name): `het ministerie van
      Buitenlandse Zaken`;
    - `in` and a capitalised place after it: `de rechtbank in Rotterdam`;
    - a name joined to it: `regering-Trump`."""
    nouns = institution_nouns()
    found = []
    taken = -1
    for token in tokens_where(doc, LOWER, lambda word: fold(word) in kb.demonyms or word in nouns or _joined_institution(word, nouns)):
        if token.i <= taken:
            continue
        mention = None
        if token.lower_ in nouns or _joined_institution(token.lower_, nouns):
            if _joined_institution(token.lower_, nouns) and token.text.split("-", 1)[1][:1].isupper():
                mention = (token.i, token.i + 1, token.lower_.split("-", 1)[0])
            elif token.i > 0 and doc[token.i - 1].lower_ in DETERMINERS and token.lower_ in nouns:
                end = _qualifier_end(doc, token.i + 1)
                if end > token.i + 1:
                    mention = (token.i, end, token.lower_)
        elif token.text[:1].isupper() and token.i + 1 < len(doc):
            for length in (2, 1):
                noun = doc[token.i + 1:token.i + 1 + length]
                if len(noun) == length and noun.text.lower() in nouns:
                    if noun.end < len(doc) and doc[noun.end].text[:1].isupper():
                        break  # "de Nederlandse inlichtingendienst AIVD": the name that follows is the entity
                    mention = (token.i, max(noun.end, _qualifier_end(doc, noun.end, places=False)), noun.text.lower())
                    break
        if mention:
            start, end, noun = mention
            span = doc[start:end]
            found.append((EntityMention(span.text, span.text, "ORG", span.start_char, span.end_char), noun))
            taken = end - 1
    return found


def _joined_institution(word: str, nouns: frozenset[str]) -> bool:
    head, _, name = word.partition("-")
    return bool(name) and head in nouns


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
    for token in tokens_where(doc, LOWER, first_named.__contains__):
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


# ---- clustering ---------------------------------------------------------------------------


def _strip_genitive(name: str, seen: set[str], kb: KnowledgeBase) -> str:
    """`Trumps`, `Kims` → `Trump`, `Kim` when the bare form is a name (or part of one) seen
    in the article or known to the KB."""
    if name.endswith("s") and " " not in name:
        bare = fold(name[:-1])
        if bare in seen or bare in kb.by_name:
            return name[:-1]
    return name


def _cluster_people(mentions: list[EntityMention], kb: KnowledgeBase) -> list[Cluster]:
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
        target = _short_form_target(mention.name, clusters, kb)
        if target is None:
            target = next((c for c in clusters if not c.full_names and skeleton(c.names[0]) == skeleton(mention.name)), None)
        if target is None:
            target = Cluster("PERSON")
            clusters.append(target)
        target.mentions.append(mention)
    for cluster in clusters:
        cluster.mentions.sort(key=lambda m: m.start)
    return clusters


def _short_form_target(name: str, clusters: list[Cluster], kb: KnowledgeBase) -> Cluster | None:
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


def _cluster_by_name(mentions: list[EntityMention], kind: EntityType) -> list[Cluster]:
    clusters: dict[str, Cluster] = {}
    for mention in mentions:
        clusters.setdefault(fold(mention.name), Cluster(kind)).mentions.append(mention)
    return list(clusters.values())


def _link_to_kb(cluster: Cluster, kb: KnowledgeBase) -> None:
    """Find the cluster's KB entry, trying its longest names first. A person cluster links to
    a person (`Paris Hilton` is not `Paris`), unless its only name is a country or a big
    city and no person has it (NER calls `Iran` a person now and then); any NER type may
    link to a curated person or organisation, whose type then wins (`Tass` as a person)."""
    names = sorted(set(cluster.names), key=lambda n: -len(n))
    for name in names:
        allowed = ["PERSON"] if cluster.type == "PERSON" else None
        entry = kb.lookup(name, types=allowed, fuzzy=cluster.type == "PERSON")
        if entry and (entry.curated or entry.type == cluster.type or (entry.type == "PLACE" and cluster.type == "ORG")):
            cluster.entry, cluster.type = entry, entry.type
            return
    if cluster.type == "PERSON" and not cluster.full_names:
        place = kb.lookup(names[0], types=["PLACE"], fuzzy=False)
        if place and (place.population >= BIG_CITY or kb.countries.get(place.country or "") == place.key):
            cluster.entry, cluster.type = place, "PLACE"


def _description_target(description: Description, clusters: list[Cluster], local: dict, kb: KnowledgeBase,
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


def _mention_after(mentions: Sequence[EntityMention], doc: Doc, token_end: int) -> EntityMention | None:
    """A person mention right after token `token_end`, perhaps behind a comma and a
    lowercase title (`de opperste leider van Iran, ayatollah Khamenei`): an apposition."""
    starts = {m.start: m for m in mentions if m.type == "PERSON"}
    for index in range(token_end, min(token_end + 3, len(doc))):
        if doc[index].idx in starts:
            return starts[doc[index].idx]
        if not (doc[index].text == "," or (doc[index].is_lower and is_person_title(doc[index].text))):
            return None
    return None


def link_entities(doc: Doc, mentions: Sequence[EntityMention], kb: KnowledgeBase, published: date | None = None) -> LinkedEntities:
    """The alias stage: mentions of one article → its linked entities."""
    mentions = _retype_other(mentions, kb)
    # An institution swallows the names inside it (`Buitenlandse Zaken` in `het Venezolaanse
    # ministerie van Buitenlandse Zaken`) but gives way to a name it would cut.
    institutions = [(m, noun) for m, noun in find_institutions(doc, kb)
                    if all(m.start <= o.start and o.end <= m.end for o in mentions if o.start < m.end and m.start < o.end)]
    inside = {id(o) for m, _ in institutions for o in mentions if m.start <= o.start and o.end <= m.end}
    mentions = sorted([*(o for o in mentions if id(o) not in inside), *(m for m, _ in institutions)], key=lambda m: m.start)
    person_names = {part for m in mentions if m.type == "PERSON" for part in (fold(m.name), *name_parts(m.name))}
    mentions = [
        EntityMention(m.text, _strip_genitive(m.name, person_names, kb), m.type, m.start, m.end) if m.type == "PERSON" else m
        for m in mentions
    ]
    clusters = _cluster_people([m for m in mentions if m.type == "PERSON"], kb)
    clusters += _cluster_by_name([m for m in mentions if m.type == "ORG"], "ORG")
    clusters += _cluster_by_name([m for m in mentions if m.type == "PLACE"], "PLACE")
    for cluster in clusters:
        _link_to_kb(cluster, kb)
    by_entry: dict[str, Cluster] = {}
    for cluster in clusters:
        if cluster.entry:
            by_entry.setdefault(cluster.entry.key, cluster).absorb(cluster)
    clusters = [c for c in clusters if c.merged_into is None]

    cluster_of_start = {m.start: c for c in clusters for m in c.mentions}
    local: dict = {}
    for mention, noun in institutions:
        target = cluster_of_start.get(mention.start)
        local[noun] = target if local.get(noun, target) is target else None
    for span, noun in institution_references(doc, institutions):
        target = local.get(noun)
        if target is not None:
            target.mentions.append(EntityMention(span.text, span.text, "ORG", span.start_char, span.end_char, description=True))
            target.mentions.sort(key=lambda m: m.start)
    standalone: list[Description] = []
    descriptions = find_descriptions(doc, kb)
    _drop_mentions_inside_titles(clusters, doc, descriptions)
    for description in descriptions:
        apposition = _mention_after(mentions, doc, description.end)
        if apposition and apposition.start in cluster_of_start:
            target = cluster_of_start[apposition.start]
            for key in (description.role, description.noun, description.nationality and ("nationality", description.nationality)):
                if key:
                    local[key] = target if local.get(key, target) is target else None
        elif description.start > 0 and doc[description.start - 1].lower_ in DETERMINERS | POSSESSIVES:
            standalone.append(description)
    for description in standalone:
        target = _description_target(description, clusters, local, kb, published)
        if target is None:
            continue
        if isinstance(target, KBEntry):
            target = by_entry.get(target.key) or next((c for c in clusters if c.entry == target), None) or _new_cluster(target, clusters, by_entry)
        span = doc[description.start - 1:description.end]
        target.mentions.append(EntityMention(span.text, span.text, target.type, span.start_char, span.end_char, description=True))
        target.mentions.sort(key=lambda m: m.start)

    for span, entry in peoples_acting(doc, kb):
        target = by_entry.get(entry.key) or _new_cluster(entry, clusters, by_entry)
        target.mentions.append(EntityMention(span.text, span.text, target.type, span.start_char, span.end_char, description=True))
        target.mentions.sort(key=lambda m: m.start)

    clusters = [c for c in clusters if c.mentions]
    entities = [_to_entity(c) for c in sorted(clusters, key=lambda c: c.mentions[0].start)]
    # a subject and the name parts hanging on it (`SGP-fractieleider Jacques Rozendaal`)
    subject_heads = [t for t in tokens_where(doc, DEP, lambda dep: dep.startswith("nsubj"))
                     if own_subject([c for c in t.head.children if c.dep_.startswith("nsubj")]) == t]
    subject_heads += [t for t in tokens_where(doc, DEP, ("obj", "iobj").__contains__) if _inverted_subject_as_object(t)]
    subjects = {t.idx for head in subject_heads for t in reachable(head, NAME_DEPS.__contains__)}
    return LinkedEntities.build(_merge_same_keys(entities), subjects, _nameless_persons(subject_heads, entities))


PERSONAL_PRONOUNS = frozenset({"ik", "jij", "je", "u", "hij", "zij", "ze", "wij", "we", "jullie"})


def own_subject(subjects: list[Token]) -> Token | None:
    """The subject among the ones a parser gave one verb: the personal pronoun right after the
    verb when there are several (`Ook PvdA-leider Asscher belt hij graag`: V2 inversion put
    the object first), else the first."""
    if len(subjects) > 1:
        for subject in subjects:
            if subject.lower_ in PERSONAL_PRONOUNS and subject.i == subject.head.i + 1:
                return subject
    return subjects[0] if subjects else None


def _inverted_subject_as_object(token: Token) -> bool:
    """`In een toespraak heeft Guaidó de uitzetting veroordeeld` with `Guaidó` labelled an
    object: a name right after the finite auxiliary of a verb that has no subject is its
    subject."""
    if token.pos_ != "PROPN" or token.i == 0:
        return False
    auxiliary, verb = token.doc[token.i - 1], token.head
    return auxiliary.dep_ == "aux" and auxiliary.head == verb and not any(c.dep_.startswith("nsubj") for c in verb.children)


def _nameless_persons(subjects: list[Token], entities: list[ArticleEntity]) -> list[int]:
    """Offsets of the subjects that are a person with no name in sight: a singular person
    noun (`De docent`, `Een woordvoerder`) whose phrase mentions no entity."""
    nouns = person_nouns()
    covered = sorted((m.start, m.end) for e in entities for m in e.mentions)
    starts = [start for start, _ in covered]

    def mentions_in(first: int, last: int) -> bool:
        index = bisect.bisect_left(starts, first)
        return (index < len(covered) and covered[index][0] < last) or (index > 0 and covered[index - 1][1] > first)

    nameless = []
    for subject in subjects:
        if subject.pos_ != "NOUN" or not (subject.lower_ in nouns or is_person_title(subject.lower_)):
            continue
        phrase = subject.doc[subject.left_edge.i:subject.right_edge.i + 1]
        if not mentions_in(phrase.start_char, phrase.end_char):
            nameless.append(subject.idx)
    return nameless


@lru_cache(maxsize=1)
def person_nouns() -> frozenset[str]:
    lines = (LEXICON_DIR / "person_nouns.txt").read_text(encoding="utf8").splitlines()
    return frozenset(line.strip() for line in lines if line.strip() and not line.startswith("#"))


def _drop_mentions_inside_titles(clusters: list[Cluster], doc: Doc, descriptions: list[Description]) -> None:
    """`Buitenlandse Zaken` in `minister van Buitenlandse Zaken` is part of a title, not an
    organisation mentioned."""
    titles = [(doc[d.start].idx, doc[d.end - 1].idx + len(doc[d.end - 1])) for d in descriptions if d.role or (d.noun and " " in d.noun)]
    for cluster in clusters:
        if cluster.type == "ORG":
            cluster.mentions = [m for m in cluster.mentions if not any(s <= m.start and m.end <= e for s, e in titles)]


def _retype_other(mentions: Sequence[EntityMention], kb: KnowledgeBase) -> list[EntityMention]:
    """NER's catch-all (MISC, NORP, ...) keeps only names the KB knows as a curated person or
    organisation or a country (`Ivanka Trump` tagged MISC); other OTHER mentions are dropped."""
    kept = []
    for mention in mentions:
        if mention.type != "OTHER":
            kept.append(mention)
            continue
        entry = kb.lookup(mention.name, fuzzy=False)
        if entry and (entry.curated or kb.countries.get(entry.country or "") == entry.key):
            kept.append(EntityMention(mention.text, mention.name, entry.type, mention.start, mention.end))
    return kept


def reachable(token: Token, follow) -> list[Token]:
    """The token and every descendant reached through dependencies `follow(dep)` accepts, in
    text order: the one tree walk the alias and relation stages share."""
    tokens, stack = [], [token]
    while stack:
        current = stack.pop()
        tokens.append(current)
        stack.extend(c for c in current.children if follow(c.dep_))
    return sorted(tokens, key=lambda t: t.i)


NAME_DEPS = frozenset({"appos", "flat", "flat:name", "compound"})


def _new_cluster(entry: KBEntry, clusters: list[Cluster], by_entry: dict[str, Cluster]) -> Cluster:
    cluster = Cluster(entry.type, entry=entry)
    clusters.append(cluster)
    by_entry[entry.key] = cluster
    return cluster


def _to_entity(cluster: Cluster) -> ArticleEntity:
    return ArticleEntity(
        key=cluster.key, name=cluster.canonical, type=cluster.type, kb_id=cluster.entry.kb_id if cluster.entry else None,
        mentions=[Mention(text=m.text, start=m.start, end=m.end) for m in cluster.mentions],
    )


def _merge_same_keys(entities: list[ArticleEntity]) -> list[ArticleEntity]:
    """Two clusters can end with one key (same skeleton, different spelling)."""
    merged: dict[str, ArticleEntity] = {}
    for entity in entities:
        if entity.key in merged:
            first = merged[entity.key]
            merged[entity.key] = first.model_copy(update={"mentions": sorted(first.mentions + entity.mentions, key=lambda m: m.start)})
        else:
            merged[entity.key] = entity
    return list(merged.values())
