"""The other speakers of one attribution: the named conjuncts of a coordinated subject
(`Rutte en Merkel zeiden dat …`) or a name listed right after the speaker's (`acteur George
Clooney en zanger Elton John`). In: the cue verb, the speaker found, the linked entities.
Out: the others' keys, each of whom says it too.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..linking.linked import LinkedEntities
from ..syntax import noun_phrase, subject_of
from .evidence import entities_in, entity_type_of
from .inversion import inverted_subject


def coordinated_speakers(verb: Token, speaker: str, linked: LinkedEntities, inverted: Token | None = None) -> list[str]:
    """The others of a coordinated subject: `Rutte en Merkel zeiden dat …`, `De AIVD en de
    NCTV waarschuwen dat …` — each named conjunct (a person or organisation) says it too.
    `Rutte en zijn ministers zeiden …` adds nobody: the ministers are not named. With
    `inverted`, the subject of an attribution after its claim (`…, stellen de Democratische
    leiders Nancy Pelosi en Chuck Schumer, …`): only its conjuncts, never the claim's own
    subject the parser may have given the verb."""
    subject = inverted or subject_of(verb)
    if subject is None or not entities_in(noun_phrase(subject), linked):
        subject = inverted_subject(verb, linked)  # `hebben onder anderen George Clooney en Elton John opgeroepen`
    if subject is None:
        return []
    others: list[str] = []
    # after the claim, the attribution's own names end at its next comma: `stelt Dick Schoof,
    # directeur van de AIVD` has one speaker, whatever the parser coordinated behind the comma
    end = next((t.i for t in subject.doc[subject.i:subject.sent.end] if t.text == ","), subject.sent.end) if inverted is not None else subject.sent.end
    for conjunct in (t for t in subject.subtree if t.dep_ == "conj" and t.head.i in {s.i for s in subject.subtree} and t.i < end):
        keys = [k for k in entities_in(noun_phrase(conjunct), linked) if entity_type_of(linked, k) in ("PERSON", "ORG")]
        if keys and keys[0] != speaker and keys[0] not in others:
            others.append(keys[0])
    return others or _listed_after(subject, speaker, linked)


def _listed_after(subject: Token, speaker: str, linked: LinkedEntities) -> list[str]:
    """`acteur George Clooney en zanger Elton John` with the second name hung elsewhere: an
    `en` right after the speaker's name and, within a title's reach, one more person or
    organisation named."""
    doc = subject.doc
    end = subject.i
    while end + 1 < len(doc) and linked.key_of_token(doc[end + 1]) == speaker:
        end += 1
    if end + 2 >= len(doc) or doc[end + 1].lower_ != "en":
        return []
    for token in doc[end + 2:min(len(doc), end + 5)]:
        key = linked.key_of_token(token)
        if key and key != speaker and entity_type_of(linked, key) in ("PERSON", "ORG") and token.pos_ == "PROPN":
            return [key]
        if not (token.is_lower and token.pos_ in ("NOUN", "ADJ", "DET")):
            break
    return []
