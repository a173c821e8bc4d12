"""A quote labelled by a name before its colon, as a script labels a line (`Brussee: '…'`).

In:  the tokens before the colon (the label), the linked entities.
Out: the one person or organisation the label names, or None when it is a clause, several
     people, a place or no name.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..lexicon import Lexicon
from ..linking.linked import LinkedEntities
from .evidence import entities_in, entity_type_of

LABEL_TITLE_REACH = 4  # tokens of title before a labelling name: `De Amerikaanse president Trump:`, `ISO - voorzitter X:`
LABEL_LENGTH = 30  # a name with its asides; a whole sentence before a colon is no label


def colon_label(label: list[Token], linked: LinkedEntities, lexicon: Lexicon) -> str | None:
    """A name before the colon labels the quote after it, as a script labels a line:
    `Brussee: '…'`, `ISO-voorzitter Tom van den Brink: '…'`, `Bram van Wickeren (25): '…'`,
    `Borren, stellig: '…'`, `Klaas van Egmond, toen onderzoeker bij het RIVM, nu hoogleraar:
    '…'`, `Woordvoerder Ad Vonk van de ANWB: '…'`. At most a title before the name, only
    asides after it (in commas or brackets, a relative clause allowed, or `van` and the
    speaker's organisation). A clause (`Het antwoord van Getty was: '…'`), several people
    (`Rutte en Merkel: '…'`) or a place is no label."""
    named = _labelling_name(label, linked)
    if named is None:
        return surname_label(label, linked)
    lead, end = named
    if lead > LABEL_TITLE_REACH or len(label) > LABEL_LENGTH:
        return None
    if any(t.pos_ not in ("DET", "ADJ", "NOUN", "PROPN", "PUNCT") for t in label[:lead]):
        return None
    key = linked.key_of_token(label[lead])
    if key is None or entity_type_of(linked, key) not in ("PERSON", "ORG"):
        return None
    aside = label[end:]
    if (addressed := _addressee_in(aside, linked, lexicon)) is not None:
        return key if addressed != key else None
    # rule `label_with_organisation`: `Woordvoerder Ad Vonk van de ANWB: '…'`, the speaker's
    # organisation after the name, with no verb (`Vonk van de ANWB zei:` is a clause)
    of_organisation = bool(aside) and aside[0].lower_ == "van" and not any(t.pos_ in ("VERB", "AUX") for t in aside)
    if aside and aside[0].text not in (",", "(") and not of_organisation:
        return None
    # `Siegfried Woldhek, de oud-directeur, die hem meemaakte als voorzitter:` — a pronoun in the aside is no second person named
    if any(entity_type_of(linked, k) == "PERSON" for k in entities_in((t for t in aside if t.pos_ != "PRON"), linked) if k != key):
        return None
    if any(t.pos_ in ("VERB", "AUX") for t in label[:end]):
        return None
    return key


def _addressee_in(aside: list[Token], linked: LinkedEntities, lexicon: Lexicon) -> str | None:
    """Rule `label_with_addressee`: `CDA-leider Sybrand Buma tegen Marijnissen: ,,Ik roep u
    op …''`, `Rutte aan de Kamer: '…'`: right after the labelling name, a preposition of
    data/lexicon/label_addressee_prepositions.txt and one named addressee (a title before it
    allowed) and nothing more; the line is the first name's, said to the second. `Rutte
    tegen Wilders en Baudet:` (two addressees) or `Rutte tegen de plannen van Wilders:` (a
    thing opposed) label no line."""
    if len(aside) < 2 or aside[0].lower_ not in lexicon.label_addressee_prepositions:
        return None
    keys = entities_in(aside[1:], linked)
    lead = next((t for t in aside[1:] if linked.key_of_token(t)), None)
    if len(keys) != 1 or lead is None or entity_type_of(linked, keys[0]) not in ("PERSON", "ORG"):
        return None
    before, after = aside[1:lead.i - aside[0].i], [t for t in aside if t.i > lead.i and linked.key_of_token(t) != keys[0]]
    if after or any(t.pos_ not in ("DET", "ADJ", "NOUN") for t in before):
        return None
    return keys[0]


def label_addressee(colon: Token, linked: LinkedEntities, lexicon: Lexicon) -> str | None:
    """Whom a labelled quote is addressed to (rule `label_with_addressee`): the one
    addressee named before the colon, if the label has one."""
    label = [t for t in colon.sent if t.i < colon.i]
    named = _labelling_name(label, linked)
    return _addressee_in(label[named[1]:], linked, lexicon) if named is not None else None


def _labelling_name(label: list[Token], linked: LinkedEntities) -> tuple[int, int] | None:
    """Where the first name of a label starts and ends (indices into `label`): `CDA-leider
    Sybrand Buma tegen Marijnissen` → the tokens of `Sybrand Buma`; None with no name."""
    lead = next((i for i, t in enumerate(label) if linked.key_of_token(t)), None)
    if lead is None:
        return None
    key, end = linked.key_of_token(label[lead]), lead
    while end < len(label) and linked.key_of_token(label[end]) == key:
        end += 1
    return lead, end


def surname_label(label: list[Token], linked: LinkedEntities) -> str | None:
    """Rule `surname_label`: `Hazenkamp: "Mensen die iets willen doen …"`, the model missing the
    surname that opens the paragraph: a lone capitalised word before the colon that ends the
    name of exactly one person of the article labels the quote as that person. `Conclusie:
    '…'` ends nobody's name."""
    words = [t for t in label if not t.is_punct]
    if len(words) != 1 or not words[0].is_title:
        return None
    people = {e.key for e in linked.entities if e.type == "PERSON" and len(e.name.split()) > 1 and e.name.split()[-1] == words[0].text}
    return people.pop() if len(people) == 1 else None
