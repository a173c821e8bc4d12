"""Rule `listed_participants`: everyone a list names meets, however the parser hung the list.

Dutch news names the parties of a summit or a round table as one long list, each name with
its title and often a demonym or a portfolio: `Zondag kwamen in Brussel de Duitse
bondskanselier Angela Merkel, de Franse president Emmanuel Macron, de Italiaanse premier
Giuseppe Conte en de Spaanse premier Pedro Sánchez bijeen`, `overlegde met VVD-leider Klaas
Dijkhoff, CDA-leider Pieter Heerma, D66-leider Rob Jetten en ChristenUnie-leider Gert-Jan
Segers`, `sprak met wethouders Said Kasmi en Bert Wijbenga, korpschef Frank Paauw en
hoofdofficier Pieter Tops`. The bundled parser loses the last members of such lists (a
conjunct hung on a title, a name read as an apposition), so the list is read from the words:
from a participant the rules found, the names on either side of it joined by one comma or one
`en`, with only what describes a name between them (articles, adjectives and demonyms,
titles and other nouns, possessives, a bracketed portfolio or party: `minister Wopke Hoekstra
(Financiën), minister Eric Wiebes`), belong to the same list and so to the encounter.

A list ends at anything else: a verb, a preposition, a second comma (`Merkel, de Duitse
bondskanselier, en Macron`: an apposition first) or `, en` (a new clause), and before a name
that is the subject of another verb (`Rutte sprak met Merkel en Macron vertrok`). A place's
list mates are places, a person's or body's persons and bodies.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from ..lexicon import Lexicon
from ..linking.linked import LinkedEntities
from .evidence import entity_type_of
from .morphology import ACTOR_TYPES

_SEPARATORS = frozenset({",", "en"})
_DESCRIBING_POS = frozenset({"DET", "ADJ", "NOUN", "PRON"})
_LONGEST_GAP = 6  # words between two names of a list, brackets not counted


def list_mates(sentence: Span, participants: list[str], verbs: tuple[Token, ...], linked: LinkedEntities, lexicon: Lexicon) -> list[str]:
    """The keys of the entities listed with the participants in `sentence` (not the
    participants themselves), in text order. `verbs`: the encounter's own verb and clause
    verb, whose subjects a list may hold."""
    mentions = linked.mentions_between(sentence.start_char, sentence.end_char)
    found: list[str] = []
    for index, (_, _, key) in enumerate(mentions):
        if key in participants:
            found += [k for k in _listed_with(index, mentions, verbs, sentence.doc, linked, lexicon) if k not in participants and k not in found]
    return found


def _listed_with(index: int, mentions: list[tuple[int, int, str]], verbs: tuple[Token, ...], doc: Doc,
                 linked: LinkedEntities, lexicon: Lexicon) -> list[str]:
    """The keys of the list mention `index` stands in: the names joined to it on either side,
    up to the one after the list's last `en` (`A, B en C`; in `de abt van de Abdij van Berne,
    Denis Hendrickx` a comma alone joins an apposition, no list)."""
    kinds = ("PLACE",) if entity_type_of(linked, mentions[index][2]) == "PLACE" else ACTOR_TYPES

    def joiner(left: int, right: int) -> str | None:
        mate = mentions[left if right <= index else right]  # the name the list grows by
        if entity_type_of(linked, mate[2]) not in kinds or _subject_elsewhere(doc, mate[0], verbs):
            return None
        return _separator(doc.char_span(mentions[left][1], mentions[right][0], alignment_mode="expand"), lexicon)

    first = last = index
    before: list[str] = []  # the separators left of the mention, nearest first
    while first > 0 and (joined := joiner(first - 1, first)) is not None:
        before.append(joined)
        first -= 1
    after: list[str] = []
    while last + 1 < len(mentions) and (joined := joiner(last, last + 1)) is not None:
        after.append(joined)
        last += 1
    separators = before[::-1] + after
    if "en" not in separators:
        return []
    last = first + len(separators) - separators[::-1].index("en")  # a comma-joined tail is an apposition
    return [key for _, _, key in mentions[first:last + 1]] if index <= last else []


def _separator(gap: Span | None, lexicon: Lexicon) -> str | None:
    """Between two names of a list: its one separator outside brackets (`,` or `en`) when the
    rest are words that describe the next name (`, de Franse president`, `en minister`,
    `(Financiën), minister`); else None."""
    if gap is None:
        return None
    separators: list[str] = []
    words = depth = 0
    for token in gap:
        if token.text == "(":
            depth += 1
        elif token.text == ")":
            depth -= 1
        elif depth > 0:
            continue
        elif token.lower_ in _SEPARATORS:
            separators.append(token.lower_)
        elif token.pos_ in _DESCRIBING_POS or lexicon.is_person_title(token.text):
            words += 1
        else:
            return None
    return separators[0] if len(separators) == 1 and depth == 0 and words <= _LONGEST_GAP else None


def _subject_elsewhere(doc: Doc, start: int, verbs: tuple[Token, ...]) -> bool:
    """The name at character `start` is the subject of a verb that is not the encounter's."""
    span = doc.char_span(start, start + 1, alignment_mode="expand")
    if span is None or not len(span):
        return False
    token = span[0]
    while token.dep_ in ("flat", "appos", "compound") and token.head != token:
        token = token.head
    return token.dep_.startswith("nsubj") and token.head not in verbs
