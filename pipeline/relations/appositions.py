"""A speaker described first and named after a comma: `…, zegt de burgemeester van Almelo,
Arjen Gerritsen.` The description alone names nobody; the apposition does."""

from __future__ import annotations

from spacy.tokens import Span, Token

from ..linking.linked import LinkedEntities
from .evidence import entity_type_of

DESCRIPTION_POS = frozenset({"DET", "ADJ", "NOUN", "NUM"})
OWNER_PREPOSITIONS = frozenset({"van", "bij"})  # `de burgemeester van Almelo`, `een arts bij het Erasmus MC`


def _a_description(words: Span, linked: LinkedEntities) -> bool:
    """Lowercase words with a noun (`een andere passagier`, `de Amsterdamse wethouder`), the
    owner of the office in a `van`/`bij` phrase (`de burgemeester van Almelo`); no verb."""
    if not any(t.pos_ == "NOUN" and t.is_lower for t in words):
        return False
    owner = False
    for token in words:
        if token.lower_ in OWNER_PREPOSITIONS:
            owner = True
        elif not (token.pos_ in DESCRIPTION_POS and (token.is_lower or token.pos_ == "ADJ")) and not (owner and linked.key_of_token(token)):
            return False
    return True


def name_after_description(words: Span, comma: Token, linked: LinkedEntities) -> Token | None:
    """Rule `description_then_name`: the words of an inverted subject up to a comma describe
    the speaker, and the person named right after the comma is who they describe: `En ook
    dat was eng, vertelt een andere passagier, Janet Jacob.`, `…, zegt de burgemeester van
    Almelo, Arjen Gerritsen (52).` The name must close the attribution (the sentence ends, or
    a comma or an age follows): in `…, zegt de burgemeester, Rutte kwam ook` it opens a clause
    of its own, and a name after a possessive (`zegt zijn vader, Jan`) is not reached."""
    doc = comma.doc
    if not words or comma.i + 1 >= words.sent.end or not _a_description(words, linked):
        return None
    name = doc[comma.i + 1]
    key = linked.key_of_token(name)
    if key is None or entity_type_of(linked, key) != "PERSON":
        return None
    end = name.i
    while end < words.sent.end and linked.key_of_token(doc[end]) == key:
        end += 1
    rest = doc[end:words.sent.end]
    return name if not rest or rest[0].text in (",", "(") or all(t.is_punct for t in rest) else None
