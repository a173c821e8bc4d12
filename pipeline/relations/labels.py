"""A quote labelled by a name before its colon, as a script labels a line (`Brussee: '…'`).

In:  the tokens before the colon (the label), the linked entities.
Out: the one person or organisation the label names, or None when it is a clause, several
     people, a place or no name.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..linking.linked import LinkedEntities
from .evidence import entities_in, entity_type_of

LABEL_TITLE_REACH = 4  # tokens of title before a labelling name: `De Amerikaanse president Trump:`, `ISO - voorzitter X:`
LABEL_LENGTH = 30  # a name with its asides; a whole sentence before a colon is no label


def colon_label(label: list[Token], linked: LinkedEntities) -> str | None:
    """A name before the colon labels the quote after it, as a script labels a line:
    `Brussee: '…'`, `ISO-voorzitter Tom van den Brink: '…'`, `Bram van Wickeren (25): '…'`,
    `Borren, stellig: '…'`, `Klaas van Egmond, toen onderzoeker bij het RIVM, nu hoogleraar:
    '…'`, `Woordvoerder Ad Vonk van de ANWB: '…'`. At most a title before the name, only
    asides after it (in commas or brackets, a relative clause allowed, or `van` and the
    speaker's organisation). A clause (`Het antwoord van Getty was: '…'`), several people
    (`Rutte en Merkel: '…'`) or a place is no label."""
    lead = next((i for i, t in enumerate(label) if linked.key_of_token(t)), None)
    if lead is None:
        return surname_label(label, linked)
    if lead > LABEL_TITLE_REACH or len(label) > LABEL_LENGTH:
        return None
    if any(t.pos_ not in ("DET", "ADJ", "NOUN", "PROPN", "PUNCT") for t in label[:lead]):
        return None
    key = linked.key_of_token(label[lead])
    if key is None or entity_type_of(linked, key) not in ("PERSON", "ORG"):
        return None
    end = lead
    while end < len(label) and linked.key_of_token(label[end]) == key:
        end += 1
    aside = label[end:]
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
