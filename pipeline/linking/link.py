"""`link_entities`: the linking stage from mentions to `LinkedEntities`, step by step as
the package docstring lists them.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from datetime import date

from spacy.attrs import ORTH
from spacy.tokens import Doc, Span, Token

from ..entities import EntityMention
from ..kb import KBEntry, KnowledgeBase
from ..lexicon import Lexicon, load_lexicon
from ..names import fold, has_given_name, name_parts
from ..quotes import Quote, find_quotes
from ..schemas import ArticleEntity, EntityType
from ..syntax import NAME_DEPS, POSSESSIVES, has_case, reachable
from ..tokens import distinct_values, doc_text
from .class_nouns import class_noun_references, join_names_after_a_class_noun
from .clusters import Cluster, cluster_by_name, cluster_people, join_members_to_their_party, join_organisation_names, link_to_kb, merge_same_keys, new_cluster, strip_genitive, to_entity
from .common_words import drop_inhabitant_nouns, drop_sentence_opening_words
from .compound_names import names_in_compounds
from .consistency import one_type_per_name
from .descriptions import DETERMINERS, Description, description_target, find_descriptions
from .families import with_families
from .genders import noun_gender
from .governments import government_heads
from .headings import drop_subheadings
from .institutions import find_institutions, headed_by_person, institution_references, peoples_acting, towns_of_local_bodies
from .linked import LinkedEntities
from .municipalities import municipality_references
from .offices import office_holder, offices_of
from .portfolios import drop_bracketed_portfolios, drop_coordinated_portfolios
from .retype import ally_noun_before_organisation, class_noun_persons, company_form_names, drop_common_word_places, former_affiliations, places_after_place_nouns, retype_other
from .roles import drop_mentions_inside_titles, role_keys
from .shapes import camel_case_companies, names_behind_origin_adjectives, names_through_a_coordinated_compound, names_with_a_lowercase_last_word
from .subjects import subjects_of_verbs
from .voices import possessed_spokespeople, spokespeople


def link_entities(doc: Doc, mentions: Sequence[EntityMention], kb: KnowledgeBase, published: date | None = None,
                  quotes: Sequence[Quote] | None = None, lexicon: Lexicon | None = None) -> LinkedEntities:
    """The linking stage: the Doc, its entity mentions and quotes (found from its text when
    not given), the knowledge base, the publication day and the lexicon (data/lexicon/ when
    not given) → its linked entities."""
    lexicon = lexicon or load_lexicon()
    quotes = find_quotes(doc_text(doc)) if quotes is None else quotes
    mentions = ally_noun_before_organisation(doc, class_noun_persons(doc, rejoin_line_break_hyphens(doc, mentions), lexicon), lexicon)
    mentions = drop_bracketed_portfolios(doc, camel_case_companies(company_form_names(mentions, lexicon), kb, lexicon), lexicon)
    mentions = names_behind_origin_adjectives(doc, drop_coordinated_portfolios(doc, mentions, lexicon), kb)
    mentions = names_with_a_lowercase_last_word(doc, names_through_a_coordinated_compound(doc, mentions, kb, lexicon))
    mentions = drop_common_word_places(doc, retype_other(doc, former_affiliations(drop_subheadings(doc, mentions, kb), kb, lexicon), kb, lexicon), kb)
    mentions, word_parts = names_in_compounds(doc, mentions, kb, lexicon)
    mentions = drop_inhabitant_nouns(drop_sentence_opening_words(doc, mentions, kb), kb, lexicon)
    mentions = with_families(doc, one_type_per_name(doc, places_after_place_nouns(doc, mentions, kb, lexicon), kb, lexicon), lexicon)
    # An institution swallows the names inside it (`Buitenlandse Zaken` in `het Venezolaanse
    # ministerie van Buitenlandse Zaken`) but gives way to a name it would cut, and to the
    # person who heads it (`de regering van Pedro Sánchez`).
    institutions = [(m, noun) for m, noun in find_institutions(doc, kb, lexicon)
                    if all(m.start <= o.start and o.end <= m.end for o in mentions if o.start < m.end and m.start < o.end)
                    and not headed_by_person(m, mentions)]
    inside = {id(o) for m, _ in institutions for o in mentions if m.start <= o.start and o.end <= m.end}
    mentions = sorted([*(o for o in mentions if id(o) not in inside), *(m for m, _ in institutions),
                       *towns_of_local_bodies(institutions, kb, lexicon), *word_parts], key=lambda m: m.start)
    person_names = {part for m in mentions if m.type == "PERSON" for part in (fold(m.name), *name_parts(m.name))}
    surnames = frozenset(name_parts(m.name)[-1] for m in mentions if m.type == "PERSON" and has_given_name(m.name))  # not `Von der Leyens`
    mentions = [
        EntityMention(m.text, strip_genitive(m.name, person_names, kb, surnames), m.type, m.start, m.end) if m.type == "PERSON" else m
        for m in mentions
    ]
    clusters = cluster_people([m for m in mentions if m.type == "PERSON"], kb)
    clusters += cluster_by_name([m for m in mentions if m.type == "ORG"], "ORG")
    clusters += cluster_by_name([m for m in mentions if m.type == "PLACE"], "PLACE")
    clusters = join_members_to_their_party(join_organisation_names(clusters, kb, doc_text(doc)), lexicon)
    for cluster in clusters:
        link_to_kb(cluster, kb)
    clusters = join_names_after_a_class_noun(clusters, kb, lexicon)
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
            _add_description(target, span, "ORG")
    standalone: list[Description] = []
    descriptions = find_descriptions(doc, kb, lexicon)
    drop_mentions_inside_titles(clusters, doc, descriptions)
    openings: dict[int, int] = {}  # a standalone description's start → where its phrase opens (its article)
    introductions: dict[object, list[tuple[int, int, Cluster]]] = {}  # key → (token, sentence start, entity) in text order
    for description in descriptions:
        apposition = _mention_after(mentions, doc, description.end, lexicon)
        named = apposition if apposition and apposition.start in cluster_of_start else _mention_before(mentions, doc, description.start)
        opening = _determiner_before(doc, description.start)
        if named is not None and named.start in cluster_of_start:
            for key in role_keys(description, lexicon):
                introductions.setdefault(key, []).append((description.start, doc[description.start].sent.start, cluster_of_start[named.start]))
        elif opening is not None:
            standalone.append(description)
            openings[description.start] = opening
    for head in government_heads(doc, mentions, cluster_of_start, lexicon):
        for title in (phrase for phrase, role in kb.titles.items() if role == "premier"):
            introductions[title] = sorted([*introductions.get(title, []), head], key=lambda introduction: introduction[0])
    for description in standalone:
        quoted = any(q.start <= doc[description.start].idx < q.end for q in quotes)
        own_keys = (description.role, description.noun, description.nationality and ("nationality", description.nationality), *offices_of(description, lexicon))
        here = {**local, **{key: _introduced(introductions[key], description.start, quoted) for key in own_keys if key in introductions}}
        found = office_holder(description, here, lexicon) or description_target(description, clusters, here, kb, published, doc[description.start].idx, quoted)
        if found is None:
            continue
        if isinstance(found, KBEntry):
            target = by_entry.get(found.key) or next((c for c in clusters if c.entry == found), None) or new_cluster(found, clusters, by_entry)
        else:
            target = found
        _add_description(target, doc[openings[description.start]:description.end], target.type)

    for span, town in municipality_references(doc, mentions, lexicon):
        if (municipality := cluster_of_start.get(town.start)) is not None:
            _add_description(municipality, span, municipality.type)

    # after the class nouns: `een woordvoerder van de wooncorporatie` speaks for the one it names
    for span, organisation in class_noun_references(doc, clusters, lexicon):
        _add_description(organisation, span, "ORG")

    for span, voice_of in spokespeople(doc, clusters, lexicon, quotes):
        _add_description(voice_of, span, voice_of.type)

    for span, entry in peoples_acting(doc, kb):
        target = by_entry.get(entry.key) or new_cluster(entry, clusters, by_entry)
        _add_description(target, span, target.type)

    part_of_word = frozenset((m.start, m.end) for m in word_parts)
    for cluster in clusters if part_of_word else ():  # `de ING-woordvoerder` speaks for ING: the word's own part adds nothing
        cluster.mentions = [m for m in cluster.mentions if (m.start, m.end) not in part_of_word
                            or not any(o is not m and o.start <= m.start and m.end <= o.end for o in cluster.mentions)]
    clusters = [c for c in clusters if c.mentions]
    entities = [to_entity(c) for c in sorted(clusters, key=lambda c: c.mentions[0].start)]
    subject_heads = subjects_of_verbs(doc, lexicon)
    # a subject and the name parts hanging on it (`SGP-fractieleider Jacques Rozendaal`)
    subjects = {t.idx for head in subject_heads for t in reachable(head, NAME_DEPS.__contains__)}
    return LinkedEntities.build(doc, merge_same_keys(entities), quotes, subjects, _nameless_persons(subject_heads, entities, lexicon, part_of_word),
                                possessed_spokespeople(doc, lexicon), lexicon.markers("volgens"), part_of_word)


def _mention_after(mentions: Sequence[EntityMention], doc: Doc, token_end: int, lexicon: Lexicon) -> EntityMention | None:
    """A person mention right after token `token_end`, perhaps behind a comma and a
    lowercase title (`de opperste leider van Iran, ayatollah Khamenei`): an apposition."""
    starts = {m.start: m for m in mentions if m.type == "PERSON"}
    for index in range(token_end, min(token_end + 3, len(doc))):
        if doc[index].idx in starts:
            return starts[doc[index].idx]
        if not (doc[index].text == "," or (doc[index].is_lower and lexicon.is_person_title(doc[index].text))):
            return None
    return None


_LINE_BREAK_HYPHEN = re.compile(r"\b([A-ZÀ-Þ][a-zà-ÿ]+)-([a-zà-ÿ]+)\b")


def rejoin_line_break_hyphens(doc: Doc, mentions: Sequence[EntityMention]) -> list[EntityMention]:
    """Rule `line_break_hyphen`: `minister-president Winfried Kretsch-mann` (a word broken at
    a line's end in print, its hyphen kept in the text) beside `Kretschmann` later: a name
    word broken by a hyphen before a lowercase part is the unbroken word when the article
    writes that word whole, so both are one name (the mention's text stays as written).
    `Jean-Marie` (a capital after the hyphen) and a hyphenated word the article never writes
    whole (`Ahmed-oglu`) are left alone."""
    broken = [m for m in mentions if "-" in m.name and _LINE_BREAK_HYPHEN.search(m.name)]
    if not broken:
        return list(mentions)
    words = {text for text in distinct_values(doc, ORTH) if "-" not in text and text[:1].isupper()}
    joined = {id(m): _LINE_BREAK_HYPHEN.sub(lambda w: w[1] + w[2] if w[1] + w[2] in words else w[0], m.name) for m in broken}
    return [EntityMention(m.text, joined[id(m)], m.type, m.start, m.end, m.description) if joined.get(id(m), m.name) != m.name else m
            for m in mentions]


def _add_description(target: Cluster, span: Span, kind: EntityType) -> None:
    """A phrase that names the entity without being its name (`de minister`, `de ING-woordvoerder`)
    becomes one of its mentions, in text order."""
    target.mentions.append(EntityMention(span.text, span.text, kind, span.start_char, span.end_char, description=True))
    target.mentions.sort(key=lambda m: m.start)


def _introduced(introductions: list[tuple[int, int, Cluster]], at: int, quoted: bool) -> Cluster | None:
    """Who a role noun at token `at` means, of those the article introduced with it
    (`rechter Giménez`, `Marchena, de rechter,`): in the narration, the latest introduced
    before it, as papers write (`… zegt de gepensioneerde rechter` after `rechter Giménez`),
    none when two were introduced in that same sentence; inside a quote, whose speaker may be
    the latest (`'… de president …', verklaarde Poetin`), and before any introduction, only
    the one entity all introductions name."""
    before = [i for i in introductions if i[0] < at]
    if not before or quoted:
        return introductions[0][2] if len({id(c) for *_, c in introductions}) == 1 else None
    _, sentence, latest = before[-1]
    rivals = {id(c) for _, s, c in before if s == sentence}
    return latest if len(rivals) == 1 else None


def _mention_before(mentions: Sequence[EntityMention], doc: Doc, token_start: int) -> EntityMention | None:
    """Apposition after a name: `Johan Dessing, FvD-fractievoorzitter in Noord-Holland,` and
    `Rutte, de premier,` — the person mention that ends right before the comma that opens the
    description (and its article); or an identifying copula: `Donee Odegard is de moeder van
    Sarah`, `Jansen is sinds 2010 burgemeester` with the description right after `is`."""
    index = token_start - 1
    if index >= 0 and doc[index].lower_ in DETERMINERS | {"een"}:
        index -= 1
    if index < 1 or not (doc[index].text == "," or _copula(doc[index])):
        return None
    ends = {m.end: m for m in mentions if m.type == "PERSON"}
    previous = doc[index - 1]
    named = ends.get(previous.idx + len(previous.text))
    if named is not None and _copula(doc[index]):
        # `Donee Odegard is de moeder van Sarah`: the name opens its clause; after `Volgens
        # Rutte is de minister …` the name belongs to the preposition
        first = doc.char_span(named.start, named.end, alignment_mode="expand")
        if first is None or (first.start > first.sent.start and doc[first.start - 1].pos_ == "ADP"):
            return None
    return named


def _copula(token: Token) -> bool:
    """`is`, `was`, `werd` as the copula of an identifying predicate (`X is de moeder van Y`)."""
    return token.lower_ in ("is", "was", "werd", "wordt") and token.pos_ in ("AUX", "VERB")


def _determiner_before(doc: Doc, token_start: int) -> int | None:
    """Where a standalone description opens: the article or possessive right before it, or
    before its adjectives (`de gepensioneerde rechter`, `de Amsterdamse burgemeester`)."""
    index = token_start - 1
    while index > 0 and index > token_start - 3 and (doc[index].pos_ == "ADJ" or "Part" in doc[index].morph.get("VerbForm", [])):
        index -= 1  # `de afgezwaaide rechter`: participles modify as adjectives do
    return index if index >= 0 and doc[index].lower_ in DETERMINERS | POSSESSIVES else None


def _nameless_persons(subjects: list[Token], entities: list[ArticleEntity], lexicon: Lexicon,
                      part_of_word: frozenset[tuple[int, int]]) -> list[tuple[int, str | None]]:
    """Offsets of the subjects that are a person with no name in sight: a singular person
    noun (`De docent`, `Een woordvoerder`) whose phrase mentions no entity (the party in
    `De PvdA-wethouder` names the party, not the person). Rule `owner_names_no_one`: the
    entity of a `van` phrase is whose relative or lawyer the person is, not their name: `De
    moeder van Sarah hoopt … ,,…'', zegt ze.` is the mother speaking, nobody named (but `De
    eigenaar van Riff is Bernd Knöller` names him in the predicate, and `de baas van de
    politie, Didier Lallement` after a comma). Each
    with the sex its noun says (`descriptions.noun_gender`), which a pronoun must agree with:
    in `Toen de moeder van Hamid overleed, merkte hij …` `hij` is not the mother."""
    nouns = lexicon.person_nouns
    covered = sorted((m.start, m.end) for e in entities for m in e.mentions if (m.start, m.end) not in part_of_word)
    starts = [start for start, _ in covered]

    def mentions_in(first: int, last: int) -> bool:
        index = bisect.bisect_left(starts, first)
        return (index < len(covered) and covered[index][0] < last) or (index > 0 and covered[index - 1][1] > first)

    nameless = []
    for subject in subjects:
        if subject.pos_ != "NOUN" or not (subject.lower_ in nouns or lexicon.is_person_title(subject.lower_)):
            continue
        # the owner is the name the `van` phrase opens with; in `minister van Handel Ruhsar
        # Pekcan` the portfolio names no one and the name after it is the minister's
        owners = {t.i for c in subject.children if c.dep_ == "nmod" and has_case(c, ("van",)) and mentions_in(c.idx, c.idx + len(c))
                  for t in c.subtree}
        named_by_predicate = any(c.dep_ == "cop" for c in subject.head.children) and mentions_in(subject.head.idx, subject.head.idx + len(subject.head))
        # rule `named_after_comma`: `staat de nieuwe baas van de Parijse politie, Didier
        # Lallement: hij …`, the name hung elsewhere by the parser, names the person
        after = subject.doc[subject.right_edge.i + 2] if subject.right_edge.i + 2 < len(subject.doc) else None
        named_after_comma = after is not None and subject.doc[after.i - 1].text == "," and after.pos_ == "PROPN" and mentions_in(after.idx, after.idx + len(after))
        if not named_by_predicate and not named_after_comma and not any(mentions_in(t.idx, t.idx + len(t)) for t in subject.subtree if t.i not in owners):
            nameless.append((subject.idx, noun_gender(subject.lower_, lexicon)))
    return nameless
