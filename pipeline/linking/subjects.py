"""The subjects of a Doc's verbs as the linking stage reads them: the parser's own, and the
ones it mislabelled (a name after a finite auxiliary taken for an object, a name opening its
sentence taken for an adverb, a person after a fronted demonstrative object).

In:  a parsed Doc and the lexicon (demonstratives.txt, person nouns and titles).
Out: the subject tokens (`subjects_of_verbs`); the rules one by one for the relation stage.
"""

from __future__ import annotations

from spacy.attrs import DEP
from spacy.tokens import Doc, Token

from ..lexicon import Lexicon
from ..syntax import NAME_DEPS, own_subject
from ..tokens import children_where, distinct_values, tokens_where


def subjects_of_verbs(doc: Doc, lexicon: Lexicon) -> list[Token]:
    """Each verb's subject, read from one pass over the Doc, not from each verb's children,
    with the parser's mislabelled subjects added."""
    subject_deps = frozenset(dep for dep in distinct_values(doc, DEP) if dep.startswith("nsubj"))
    heads = [t for t in tokens_where(doc, DEP, subject_deps) if own_subject(children_where(t.head, DEP, subject_deps)) == t]
    heads += [t for t in tokens_where(doc, DEP, {"obj", "iobj"}) if inverted_subject_as_object(t)]
    heads += [t for t in tokens_where(doc, DEP, {"advmod"}) if fronted_subject_as_adverb(t)]
    heads += [name for t in tokens_where(doc, DEP, {"obj"}) if (name := fronted_object_before_person(t, lexicon)) is not None]
    return heads


def inverted_subject_as_object(token: Token) -> bool:
    """`In een toespraak heeft Guaidó de uitzetting veroordeeld` with `Guaidó` labelled an
    object: a name right after the finite auxiliary of a verb that has no subject is its
    subject."""
    if token.pos_ != "PROPN" or token.i == 0:
        return False
    auxiliary, verb = token.doc[token.i - 1], token.head
    return auxiliary.dep_ == "aux" and auxiliary.head == verb and not any(c.dep_.startswith("nsubj") for c in verb.children)


def fronted_object_before_person(token: Token, lexicon: Lexicon) -> Token | None:
    """Rule `fronted_object_before_person`: `Dat vermoeden spreekt ook officier van justitie
    Emi Verhoeven-Ivankovic uit`, `Die mening deelt minister Slob`, with the fronted phrase
    labelled the subject and the person the object: a sentence opening with a demonstrative
    (data/lexicon/demonstratives.txt) and a noun that names no one, whose verb has a person's
    name (or a title with the name in apposition) as object, has that person as subject; the
    fronted phrase is the object (`Dat` refers back). The name's token is returned. `Die
    minister kent Rutte` fronts a person noun, `Dat plan steunt de vriend van Rutte` has no
    name in apposition, `Dat plan steunt de Kamer` no person: left as parsed."""
    verb = token.head
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.pos_ != "NOUN" or subject.ent_type_ or subject.i != subject.sent.start + 1 or token.i < verb.i:
        return None
    opener = subject.sent[0]
    if opener.lower_ not in lexicon.demonstratives or opener.head != subject or subject.lower_ in lexicon.person_nouns or lexicon.is_person_title(subject.lower_):
        return None
    if token.ent_type_ == "PER":
        return token
    return next((t for t in token.subtree if t.ent_type_ == "PER" and t.dep_ in NAME_DEPS and t.head.ent_type_ != "PER"), None)


def fronted_subject_as_adverb(token: Token) -> bool:
    """Rule `fronted_subject`: `Nemr werd bekend door de documentaire van Tim Hofman, waarin
    hij …` with `Nemr` labelled an adverb: a name opening its sentence right before the finite
    auxiliary or verb of a clause that has no subject is that clause's subject (a name is no
    adverb). `Gisteren werd Rutte …` opens with no name; `Rutte zei dat …` has its subject."""
    if token.pos_ != "PROPN" or not token.is_sent_start or token.i + 1 >= len(token.doc):
        return False
    verb, finite = token.head, token.doc[token.i + 1]
    return (finite.pos_ in ("AUX", "VERB") and finite in (verb, *verb.children)
            and not any(c.dep_.startswith("nsubj") for c in verb.children))
