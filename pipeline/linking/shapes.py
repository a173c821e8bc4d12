"""Mentions judged by the shape of their name: a company writes its name in camel case
(`AccorHotels`, `WomenInc`, `PostNL`), which NER, trained on older text, takes for a
catch-all or a person; a capitalised adjective of origin before a name the article writes
alone (`de Koerdische SDF`) is no part of that name; a name whose last word the article
also writes in lowercase (`de RAI vereniging` beside `de RAI Vereniging`) is that name; a
name whose first half ends in a hyphen goes on through `en`/`of` (`de Nederlandse Voedsel-
en Warenautoriteit`).

In:  the Doc, the entity mentions, the knowledge base and the lexicon
     (camel_case_surname_prefixes.txt).
Out: the same mentions, a camel-cased one-word name of a catch-all or a person an
     organisation, a name behind an adjective of origin named without it, a name cut
     before its lowercase last word made whole, the two halves of a coordinated compound
     one name.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from spacy.tokens import Doc, Token

from ..entities import EntityMention, normalise_name
from ..kb import KnowledgeBase
from ..lexicon import Lexicon
from ..names import may_be_given_name
from ..schemas import EntityType
from ..tokens import doc_text, token_starting_at
from .retype import lowercase_words

_INNER_CAPITAL = re.compile(r"[a-zà-ÿ](?=[A-ZÀ-Þ])")
_LETTERS = re.compile(r"^[A-ZÀ-Þ][^\W\d_]+$")
_ORIGIN_ADJECTIVE = re.compile(r"^[A-ZÀ-Þ][^\W\d_]+(?:-[A-ZÀ-Þ][^\W\d_]+)?(?:se|sche) (?=[A-ZÀ-Þ])")


def camel_case_companies(mentions: Sequence[EntityMention], kb: KnowledgeBase, lexicon: Lexicon) -> list[EntityMention]:
    """Rule `camel_case_company`: `Toen bleek dat AccorHotels belangstelling had getoond`,
    `Volgens berekeningen van WomenInc`, `nog te gebeuren met PostNL` read as catch-alls (and
    dropped), `ArcheoHotspot` too: a one-word name of letters, capitalised, with a capital
    right after a lowercase letter inside it, is an organisation's name (a person's or a
    place's is not written so), when NER read it as a catch-all or a person. Not a name the
    knowledge base knows (it types those), a surname or given name with an inner capital
    after its prefix (`McCain`, `DeSantis`, `LeBron`), a known given name, nor a known
    name with a lowercase ending (`GroenLinksers`, the party's voters)."""
    kept = []
    for mention in mentions:
        if mention.type in ("OTHER", "PERSON") and not mention.description and camel_cased(mention.name, lexicon) \
                and not may_be_given_name(mention.name) and kb.lookup(mention.name, fuzzy=False) is None \
                and not _known_name_with_ending(mention.name, kb):
            mention = EntityMention(mention.text, mention.name, "ORG", mention.start, mention.end)
        kept.append(mention)
    return kept


def camel_cased(name: str, lexicon: Lexicon) -> bool:
    """`AccorHotels`, `PostNL`, `FvOv`: one capitalised word of letters with an inner capital
    after a lowercase letter, not after a surname's prefix (`McCain`, `DeSantis`)."""
    inner = _INNER_CAPITAL.search(name) if _LETTERS.match(name) else None
    return inner is not None and name[:inner.end()].lower() not in lexicon.camel_case_surname_prefixes


def _known_name_with_ending(name: str, kb: KnowledgeBase) -> bool:
    """`GroenLinksers`: a name the KB knows (`GroenLinks`) and a lowercase ending."""
    return any(name[cut:].islower() and kb.lookup(name[:cut], fuzzy=False) is not None for cut in range(len(name) - 1, 2, -1))


def names_behind_origin_adjectives(doc: Doc, mentions: Sequence[EntityMention], kb: KnowledgeBase) -> list[EntityMention]:
    """Rule `origin_adjective_before_name`: `de Koerdische SDF` beside `de Syrische
    Democratische Strijdkrachten (SDF)`, `in het Zuid-Hollandse Meerkerk` beside `Meerkerk`:
    a capitalised adjective of a people, country or region (ending in `-se`, `-sche`) is
    written before a name to say where it is from; when the article also names the thing
    without it, that is the name (two nodes had been made). The surface keeps the
    adjective. Not a name the knowledge base knows whole (`Europese Commissie` beside
    `Commissie`), nor one whose rest the article does not write alone (`Europese
    Volkspartij`), a lowercase rest (`de Rotterdamse gemeenteraad`), nor a rest the article
    also writes in lowercase, a common noun (`De Nederlandsche Bank` beside `Bank` and `de
    bank`)."""
    alone = {m.name for m in mentions if not m.description}
    lowercase: set[str] | None = None  # read only when a name has such an adjective
    kept = []
    for mention in mentions:
        adjective = _ORIGIN_ADJECTIVE.match(mention.name) if not mention.description else None
        rest = mention.name[adjective.end():] if adjective is not None else ""
        if rest in alone and kb.lookup(mention.name, fuzzy=False) is None \
                and rest.lower() not in (lowercase := lowercase_words(doc) if lowercase is None else lowercase):
            mention = EntityMention(mention.text, rest, mention.type, mention.start, mention.end)
        kept.append(mention)
    return kept


def names_with_a_lowercase_last_word(doc: Doc, mentions: Sequence[EntityMention]) -> list[EntityMention]:
    """Rule `lowercase_last_word`: `De RAI Vereniging weet het zeker … Daarvoor pleit de RAI
    vereniging`, `het Openbaar Ministerie … het Openbaar ministerie`: news writes the class
    noun that ends a body's name now capitalised, now not; NER reads the lowercase one as a
    name without it (`RAI`), a second node. When the article names `X Vereniging`, a mention
    `X` right before the word `vereniging` is a mention of `X Vereniging`. Not when the
    article has no such longer name (`de RAI vereniging` alone stays `RAI`), nor for the
    capitalised word itself (`RAI Amsterdam` is another name)."""
    longer = {m.name.lower(): m for m in mentions if not m.description and " " in m.name and m.name.split()[-1][:1].isupper()}
    if not longer:
        return list(mentions)
    kept = []
    for mention in mentions:
        following = _token_after(doc, mention.end)
        if following is not None and following.is_lower and not mention.description \
                and (whole := longer.get(f"{mention.name} {following.text}".lower())) is not None:
            end = following.idx + len(following.text)
            mention = EntityMention(doc_text(doc)[mention.start:end], whole.name, whole.type, mention.start, end)
        kept.append(mention)
    return kept


def _token_after(doc: Doc, end: int) -> Token | None:
    """The token after the character offset `end`, across one space."""
    return token_starting_at(doc, end + 1) if doc_text(doc)[end:end + 1] == " " else None


_COORDINATED_TAIL = re.compile(r" (?:en|of) ")
_LOWERCASE_TAIL = re.compile(r"-[a-zà-ÿ]")


def names_through_a_coordinated_compound(doc: Doc, mentions: Sequence[EntityMention], kb: KnowledgeBase,
                                         lexicon: Lexicon) -> list[EntityMention]:
    """Rule `hyphen_coordinated_name`: `Volgens de Nederlandse Voedsel- en Warenautoriteit`,
    `De Land- en Tuinbouworganisatie Nederland`, `De Stichting Bloembollen- en Boomkwekerij`:
    Dutch leaves out the shared head of two coordinated compounds, marking the gap with a
    hyphen; NER stops at the hyphen (`Nederlandse Voedsel-`) and reads the rest as a second
    name (the person `Warenautoriteit`). A name whose last word ends in a hyphen, followed by
    `en`/`of` and a name, is one name, a body's unless a half is a place. Not a compass
    point (`Noord- en Zuid-Korea` are two countries; compass_prefixes.txt), nor two names
    sharing a common noun (`CDA- en VVD-senatoren`, `YouTube- en Facebookfilmpjes`,
    `Memel- en Narva-eiland`): the first half a name the knowledge base knows, or the second
    a name with a lowercase compound tail."""
    text = doc_text(doc)
    merged: list[EntityMention] = []
    for mention in mentions:
        previous = merged[-1] if merged else None
        if previous is not None and previous.text.endswith("-") and not previous.description and not mention.description \
                and _COORDINATED_TAIL.fullmatch(text[previous.end:mention.start]) \
                and previous.text.split()[-1].rstrip("-").lower() not in lexicon.compass_prefixes \
                and kb.lookup(previous.text.rstrip("-"), fuzzy=False) is None and not _LOWERCASE_TAIL.search(mention.text):
            whole = text[previous.start:mention.end]
            kind: EntityType = "ORG" if "ORG" in (previous.type, mention.type) or "PLACE" not in (previous.type, mention.type) else "PLACE"
            merged[-1] = EntityMention(whole, normalise_name(whole, lexicon), kind, previous.start, mention.end)
            continue
        merged.append(mention)
    return merged
