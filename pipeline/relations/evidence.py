"""The entities a relation names and the evidence it cites: entity keys of tokens, an
entity's type, the person named after an organisation, and a sentence as `Evidence` with
its character offsets.
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Span, Token

from ..linking.linked import LinkedEntities
from ..schemas import Evidence


def entities_in(tokens: Iterable[Token], linked: LinkedEntities) -> list[str]:
    keys: list[str] = []
    for token in tokens:
        key = linked.key_of_token(token)
        if key and key not in keys:
            keys.append(key)
    return keys


def entity_type_of(linked: LinkedEntities, key: str) -> str | None:
    entity = linked.by_key(key)
    return entity.type if entity else None


def person_after_body(token: Token, linked: LinkedEntities) -> Token | None:
    """Rule `title_of_a_body`: `zegt Europarlementariër voor de Partij voor de Dieren Anja
    Hazenkamp`, `zegt directeur van Greenpeace Sylvia Borren`: a person named right after the
    organisation of the title before it is the one the title describes; the organisation
    only says whose title it is."""
    key, doc = linked.key_of_token(token), token.doc
    if key is None or entity_type_of(linked, key) != "ORG":
        return None
    end = token.i
    while end < len(doc) and linked.key_of_token(doc[end]) == key:
        end += 1
    after = linked.key_of_token(doc[end]) if end < len(doc) else None
    return doc[end] if after is not None and entity_type_of(linked, after) == "PERSON" else None


def evidence_for(sentence: Span, doc_id: str) -> Evidence:
    text = sentence.text  # Doc.text joins every token on each access; the span joins only its own
    stripped = text.strip()
    start = _stripped_start(sentence.start_char, text)
    return Evidence(doc_id=doc_id, sentence=stripped, start=start, end=start + len(stripped))


def evidence_start(sentence: Span) -> int:
    """Where the evidence of `sentence` starts (`evidence_for`'s start, without the Evidence)."""
    return _stripped_start(sentence.start_char, sentence.text)


def _stripped_start(start: int, text: str) -> int:
    return start + len(text) - len(text.lstrip())
