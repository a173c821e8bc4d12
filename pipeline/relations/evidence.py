"""The entities a relation names and the evidence it cites: entity keys of tokens, an
entity's type, and a sentence as `Evidence` with its character offsets.
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


def evidence_for(sentence: Span, doc_id: str) -> Evidence:
    start = sentence.start_char
    text = sentence.text  # Doc.text joins every token on each access; the span joins only its own
    stripped = text.strip()
    start += len(text) - len(text.lstrip())
    return Evidence(doc_id=doc_id, sentence=stripped, start=start, end=start + len(stripped))
