"""Mentions retyped or dropped before clustering, by the knowledge base and the article itself.

In:  the Doc, its entity mentions (NER types mapped to PERSON / ORG / PLACE / OTHER), the
     knowledge base and the lexicon (`name_class_nouns`).
Out: the mentions to cluster: a catch-all (OTHER) mention kept with the type the KB or the
     article gives it, or dropped; a sentence-opening common noun read as a place dropped;
     a known town after `de gemeente` a place. (The mentions of one name are given one type
     by `consistency.one_type_per_name`.)
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy
from spacy.attrs import ORTH
from spacy.tokens import Doc

from ..entities import EntityMention
from ..kb import KnowledgeBase
from ..lexicon import Lexicon
from ..names import FUNCTION_WORDS, first_name_gender, fold, is_given_name, may_be_given_name
from ..schemas import EntityType

MISC_PLACE_POPULATION = 5_000  # a town; smaller GeoNames entries share their names with too much else
_COMPOUND_PREFIXES = ("ex-", "oud-")  # `ex-Greenpeace`: the organisation behind a former role


def retype_other(doc: Doc, mentions: Sequence[EntityMention], kb: KnowledgeBase, lexicon: Lexicon) -> list[EntityMention]:
    """NER's catch-all (MISC, NORP, ...) keeps a name when something says what it is, tried in
    this order; other OTHER mentions are dropped (`Amerikanen`, `Zuid-Koreaanse`):

    - the KB knows it as a curated person or organisation, a country, or a town of at least
      MISC_PLACE_POPULATION people (`Ivanka Trump`, `Zandvoort`, `Amstelveen`);
    - a class noun says it (`class_noun_type`: `huurdersvereniging Woonbelang`, `Vredeskerk`);
    - it is a full name of a known given name and capitalised words (`Siegfried Woldhek`);
      these two never for a demonym or a people (`Chinese`, `Koerden`);
    - it is a compound of a known organisation and a role or thing (`VVD-fractieleider`,
      `NOS-debat`, `ex-Greenpeace`): the organisation's part becomes its mention.
    """
    organisations = {fold(m.name) for m in mentions if m.type == "ORG" and not m.description}
    kept = []
    for mention in mentions:
        if mention.type != "OTHER":
            kept.append(mention)
            continue
        folded = fold(mention.name)
        kind = _kb_type(mention.name, kb)
        if kind is None and folded not in kb.demonyms and folded not in kb.peoples:  # `Chinese`, `Koerden`: no names
            kind = class_noun_type(doc, mention, lexicon) or _full_name_type(mention.name)
        if kind is not None:
            kept.append(EntityMention(mention.text, mention.name, kind, mention.start, mention.end))
        elif not _before_person(mention, mentions) and (part := organisation_in_compound(mention, kb, organisations, lexicon)) is not None:
            kept.append(part)
    return kept


def former_affiliations(mentions: Sequence[EntityMention], kb: KnowledgeBase, lexicon: Lexicon) -> list[EntityMention]:
    """Rule `former_affiliation`: `Hans Smits (ex-Schiphol en Rabo)`, `Sylvia Borren
    (oud-Greenpeace)` with the compound read as a person or a place: `ex-` or `oud-` before
    an organisation the KB knows as a curated one, or the article names as one, is that
    organisation behind a former role (`organisation_in_compound`), whatever type NER gave
    the word. Not a title (`oud-Kamerlid`, `ex-minister`), nor a word of no known body
    (`ex-Feyenoorder`): those keep their reading."""
    organisations = {fold(m.name) for m in mentions if m.type == "ORG" and not m.description}
    return [part if m.type in ("PERSON", "PLACE") and not m.description and m.text.lower().startswith(_COMPOUND_PREFIXES)
            and (part := organisation_in_compound(m, kb, organisations, lexicon)) is not None else m for m in mentions]


def _before_person(mention: EntityMention, mentions: Sequence[EntityMention]) -> bool:
    """`AIVD-baas Dick Schoof`, `PVV-voorman Geert Wilders`: a compound right before a person
    is that person's title, whatever its noun."""
    return any(m.type == "PERSON" and 0 <= m.start - mention.end <= 1 for m in mentions)


def _kb_type(name: str, kb: KnowledgeBase) -> EntityType | None:
    """A town only by a capitalised name: `tour` (MISC) is no alternate spelling of Tours."""
    entry = kb.lookup(name, fuzzy=False)
    if entry and (entry.curated or kb.countries.get(entry.country or "") == entry.key
                  or (entry.type == "PLACE" and entry.population >= MISC_PLACE_POPULATION and name[:1].isupper())):
        return entry.type
    return None


def class_noun_type(doc: Doc, mention: EntityMention, lexicon: Lexicon) -> EntityType | None:
    """The type a class noun of `lexicon.name_class_nouns` gives a name: the noun right before
    it (`huurdersvereniging Woonbelang`, `de krant La Stampa`, `de gemeente Borger-Odoorn`),
    or the name's own first word (`Abdij van Berne`) or last word or its compound head
    (`RMIT Universiteit`, `Vredeskerk`, `Al Fath-moskee`). A compound counts by its head, of
    at least four letters: `huurdersvereniging` is a `vereniging`, `Amerikanen` nothing."""
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    words = mention.name.split()
    candidates = [words[0].lower(), words[-1].lower().rsplit("-", 1)[-1]] if words else []
    if span is not None and span.start > 0 and doc[span.start - 1].is_lower:
        candidates.insert(0, doc[span.start - 1].lower_)
    for word in candidates:
        kind = _head_type(word, lexicon)
        if kind is not None:
            return kind
    return None


def class_noun_persons(doc: Doc, mentions: Sequence[EntityMention], lexicon: Lexicon) -> list[EntityMention]:
    """Rule `class_noun_person`: `Na een roerige periode maakt Stichting Informele Zorg (SIZ)
    Twente een doorstart` read as a person, `het Instagramaccount Zeikschrift` too: a person of
    two words or more whose first word is a capitalised class noun of organisations
    (name_class_nouns.tsv) is an organisation; a compound of one (`Instagramaccount`) is
    the class, cut off the name it introduces. A given name is no class noun (`Kerk` may be
    one's surname, never the first word of a person's name read this way)."""
    kept = []
    for mention in mentions:
        words = mention.name.split()
        head = words[0] if mention.type == "PERSON" and len(words) > 1 and not mention.description else ""
        if mention.type == "PERSON" and _after_class_noun(doc, mention, lexicon):
            kept.append(EntityMention(mention.text, mention.name, "ORG", mention.start, mention.end))
            continue
        if not head[:1].isupper() or _head_type(head.lower(), lexicon) != "ORG" or may_be_given_name(head):
            kept.append(mention)
            continue
        span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if head.lower() in lexicon.name_class_nouns or span is None or len(span) < 2:
            kept.append(EntityMention(mention.text, mention.name, "ORG", mention.start, mention.end))
            continue
        rest = span[1:]
        kept.append(EntityMention(rest.text, " ".join(words[1:]), "ORG", rest.start_char, rest.end_char))
    return kept


def company_form_names(mentions: Sequence[EntityMention], lexicon: Lexicon) -> list[EntityMention]:
    """Rule `company_form_name`: `ontvangt de betalingen van Purus Limited` read as a place,
    `Nordic Alpha Partners`, `het manifest van De Groep` as persons: a name of two words or
    more (its article counted: `De Groep`) whose last word is a company's form (data/lexicon/company_forms.txt: `Limited`,
    `B.V.`, `Holding`, `Partners`) is an organisation. Not a person's name of a known given
    name and that word (`Rob Holding` plays football), nor the word alone (`Holding`)."""
    kept = []
    for mention in mentions:
        words = mention.name.split()
        if mention.type in ("PERSON", "PLACE") and not mention.description and len(mention.text.split()) > 1 and words[0][:1].isupper() \
                and words[-1].replace(".", "").lower() in lexicon.company_forms \
                and not (mention.type == "PERSON" and len(words) == 2 and is_given_name(words[0])):
            mention = EntityMention(mention.text, mention.name, "ORG", mention.start, mention.end)
        kept.append(mention)
    return kept


def ally_noun_before_organisation(doc: Doc, mentions: Sequence[EntityMention], lexicon: Lexicon) -> list[EntityMention]:
    """Rule `ally_noun_before_organisation`: `Coalitiepartner D66 noemt de waarschuwing
    ,,zorgwekkend''` with `Coalitiepartner` read as a person and D66 as an organisation after
    it: a one-word person that opens its sentence, is a noun for an ally (data/lexicon/
    ally_nouns.txt, by its compound head) and stands right before an organisation is that
    organisation's title, no one of its own. A name (`Jansen D66`) or a person the article
    names elsewhere stays."""
    organisations = {m.start for m in mentions if m.type == "ORG"}
    kept = []
    for mention in mentions:
        span = doc.char_span(mention.start, mention.end, alignment_mode="expand") if mention.type == "PERSON" else None
        if (span is not None and len(span) == 1 and span[0].is_sent_start and span.end < len(doc) and doc[span.end].idx in organisations
                and mention.text[1:].islower() and any(mention.text.lower().endswith(noun) for noun in lexicon.ally_nouns)
                and not may_be_given_name(mention.text) and sum(fold(m.name) == fold(mention.name) for m in mentions) == 1):
            continue
        kept.append(mention)
    return kept


def _after_class_noun(doc: Doc, mention: EntityMention, lexicon: Lexicon) -> bool:
    """Rule `class_noun_before_person`: `Wooncorporatie Woonpunt zegt …`, `de
    huurdersvereniging Woonbelang` with the name read as a person: a name right after a
    common noun (lowercase, or capitalised only as the sentence's first word) whose class
    is an organisation's (name_class_nouns.tsv, by its compound head) is that organisation.
    A person's title before a name (`architect Frans Dingemans`, `partijleider Jansen`)
    names no class of organisations, and a name that opens with a given name stays a
    person's (`de fractie Jan Jansen`, `bij de club Frenkie de Jong`)."""
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None or span.start == 0 or may_be_given_name(mention.name.split()[0]):
        return False
    noun = doc[span.start - 1]
    common = noun.is_lower or bool(noun.is_sent_start and noun.text[1:].islower())
    return noun.pos_ == "NOUN" and common and _head_type(noun.lower_, lexicon) == "ORG"


def _head_type(word: str, lexicon: Lexicon) -> EntityType | None:
    nouns = lexicon.name_class_nouns
    if word in nouns:
        return nouns[word]  # type: ignore[return-value]  # checked against ORG/PLACE when read
    for noun, kind in nouns.items():
        if len(noun) >= 4 and word.endswith(noun) and len(word) > len(noun) + 2:
            return kind  # type: ignore[return-value]
    return None


def _full_name_type(name: str) -> EntityType | None:
    """`Siegfried Woldhek`: two to four capitalised words, the first a given name that
    gender-guesser knows as male or female (`Kim`, `Van` and `Tata` are unknown to it)."""
    words = name.split()
    if 2 <= len(words) <= 4 and all(w[:1].isupper() or w in FUNCTION_WORDS for w in words) and words[-1][:1].isupper():
        return "PERSON" if first_name_gender(name) else None
    return None


def organisation_in_compound(mention: EntityMention, kb: KnowledgeBase, organisations: set[str], lexicon: Lexicon) -> EntityMention | None:
    """`VVD-fractieleider` → `VVD`, `NOS-debat` → `NOS`, `La Scala-voorman` → `La Scala`,
    `ex-Greenpeace` → `Greenpeace`: a catch-all compound of an organisation and a lowercase
    word (or behind `ex-`/`oud-`) gives the organisation a mention of its own, when the KB
    knows it as a curated organisation or the article names it as one. `D66-senatoren` gives
    `D66`; `Zuid-Koreaanse` and `Noord-Syrië` give nothing, and neither does a person's title
    (`VVD-fractieleider`, `AIVD-directeur`; any compound right before a person's name,
    `AIVD-baas Dick Schoof`): the person is who acts there, and an organisation beside them
    would be read as the speaker (compound_names.py mentions those organisations as a part
    of the word that refers to no one)."""
    text = mention.text
    lowered = text.lower()
    if lexicon.is_person_title(lowered):
        return None
    prefix = next((p for p in _COMPOUND_PREFIXES if lowered.startswith(p)), None)
    if prefix is not None:
        start, part = len(prefix), text[len(prefix):]
    elif "-" in text and text.rsplit("-", 1)[1][:1].islower():
        start, part = 0, text.rsplit("-", 1)[0]
    else:
        return None
    if not part[:1].isupper():
        return None
    entry = kb.lookup(part, types=["ORG"], fuzzy=False)
    if not ((entry is not None and entry.curated) or fold(part) in organisations):
        return None
    return EntityMention(part, part, "ORG", mention.start + start, mention.start + start + len(part))


def drop_common_word_places(doc: Doc, mentions: Sequence[EntityMention], kb: KnowledgeBase) -> list[EntityMention]:
    """`Landen stellen …`, `De Tour is in juli`: a one-word place that is a common word is no
    place when the KB knows the word only as another spelling of a place (`Landen`, an
    alternate name of London; `Tour`, one of Tours), not as the own name of a place or a
    curated one's (`Londen`, `Amsterdam`, `Nederland` stay). A common word: the tagger
    reads it as a common noun (not PROPN) where it opens a sentence, or the article also
    writes it in lowercase (`de landen`, `zijn tour`)."""
    kept = []
    lowercase: set[str] | None = None  # the article's lowercase words, read once and only when needed
    for mention in mentions:
        if mention.type == "PLACE" and " " not in mention.name and _only_alternate_spelling(mention.name, kb):
            if lowercase is None:
                lowercase = lowercase_words(doc)
            if _common_word(doc, mention, lowercase):
                continue
        kept.append(mention)
    return kept


def lowercase_words(doc: Doc) -> set[str]:
    """The article's words written in lowercase, read from one column."""
    strings = doc.vocab.strings
    return {text for value in numpy.unique(doc.to_array(ORTH).astype("uint64")) if (text := strings[int(value)]).islower()}


def _common_word(doc: Doc, mention: EntityMention, lowercase: set[str]) -> bool:
    if mention.name.lower() in lowercase:
        return True
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    return span is not None and len(span) == 1 and bool(span[0].is_sent_start) and span[0].pos_ not in ("PROPN", "")


def _only_alternate_spelling(name: str, kb: KnowledgeBase) -> bool:
    folded = fold(name)
    entries = [kb.entries[key] for key in kb.by_name.get(folded, ())]
    return any(e.type == "PLACE" for e in entries) and not any(e.curated or fold(e.name) == folded for e in entries)


def own_name_first(name: str, kb: KnowledgeBase) -> str | None:
    """The key of the place whose own name `name` is, when the KB's best entry for it only
    has it as an alternate spelling and is not curated: `Saba` is Sabá, not Saaba; `New
    Delhi` is New Delhi, not Delhi. None when the best entry is fine (`Nederland`, a curated
    alias of the Netherlands; `Londen`)."""
    folded = fold(name)
    entries = [kb.entries[key] for key in kb.by_name.get(folded, ()) if kb.entries[key].type == "PLACE"]
    best = kb.lookup(name, types=["PLACE"], fuzzy=False)
    if best is None or best.curated or fold(best.name) == folded:
        return None
    own = sorted((e for e in entries if fold(e.name) == folded), key=lambda e: (-e.population, e.key))
    return own[0].key if own else None


def places_after_place_nouns(doc: Doc, mentions: Sequence[EntityMention], kb: KnowledgeBase, lexicon: Lexicon) -> list[EntityMention]:
    """`De gemeente Hengelo`, `de stad Almelo`: a person or organisation mention right after a
    lowercase noun that names places (data/lexicon/name_class_nouns.tsv) is a place when the
    KB knows its name as one; NER reads a town at a sentence opening as a person now and then.
    `de gemeente Dura Vermeer` (a builder the council fines) is not one."""
    place_nouns = {noun for noun, kind in lexicon.name_class_nouns.items() if kind == "PLACE"}
    kept = []
    for mention in mentions:
        if mention.type in ("PERSON", "ORG") and not mention.description:
            span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
            before = doc[span.start - 1] if span is not None and span.start > 0 else None
            if before is not None and before.is_lower and before.text in place_nouns and kb.lookup(mention.name, types=["PLACE"], fuzzy=False):
                mention = EntityMention(mention.text, mention.name, "PLACE", mention.start, mention.end)
        kept.append(mention)
    return kept
