"""UD-tree helpers the linking and relation stages share: subjects, the perfect auxiliary,
noun phrases, a phrase without its nested clauses, and the closed-class words (pronouns,
possessives) the rules read the tree with.
"""

from __future__ import annotations

from spacy.tokens import Token

SUBJECT_DEPS = ("nsubj", "nsubj:pass", "csubj")
NP_DEPS = frozenset({"flat", "flat:name", "appos", "compound", "amod", "det", "conj", "cc", "nmod:poss", "nummod", "fixed"})
NAME_DEPS = frozenset({"appos", "flat", "flat:name", "compound"})
CLAUSE_BOUNDARIES = frozenset({"acl", "acl:relcl", "advcl", "ccomp", "parataxis", "csubj"})
VERB_POS = frozenset({"VERB", "AUX"})
VERB_OR_NOUN = VERB_POS | {"NOUN"}
PERSONAL_PRONOUNS = frozenset({"ik", "jij", "je", "u", "hij", "zij", "ze", "wij", "we", "jullie"})
# `zijn Franse ambtgenoot`: a role relative to someone, which an apposition elsewhere in the
# article (`zijn Franse ambtgenoot Le Maire`) names
POSSESSIVES = frozenset({"zijn", "haar", "hun"})
RELATIVE_PRONOUNS = frozenset({"die", "dat"})


def reachable(token: Token, follow) -> list[Token]:
    """The token and every descendant reached through dependencies `follow(dep)` accepts, in
    text order: the one tree walk the alias and relation stages share."""
    tokens, stack = [], [token]
    while stack:
        current = stack.pop()
        tokens.append(current)
        stack.extend(c for c in current.children if follow(c.dep_))
    return sorted(tokens, key=lambda t: t.i)


def own_subject(subjects: list[Token]) -> Token | None:
    """The subject among the ones a parser gave one verb: the personal pronoun right after the
    verb when there are several (`Ook PvdA-leider Asscher belt hij graag`: V2 inversion put
    the object first), else the first."""
    if len(subjects) > 1:
        for subject in subjects:
            if subject.lower_ in PERSONAL_PRONOUNS and subject.i == subject.head.i + 1:
                return subject
        # `… van protestbeweging Platform Storm, dat zegt …`: the antecedent's phrase made a
        # second subject; the relative pronoun after the comma is the clause's own
        relative = next((s for s in subjects if _relative_after_comma(s)), None)
        if relative is not None:
            return relative
    return subjects[0] if subjects else None


def subject_of(verb: Token) -> Token | None:
    """The verb's subject, inherited through coordination and `laten weten`-style chains."""
    for _ in range(4):
        candidates = [verb, *(c for c in verb.children if c.dep_.startswith("aux"))]  # parsers hang subjects on auxiliaries too
        subject = own_subject([c for head in candidates for c in head.children if c.dep_ in SUBJECT_DEPS])
        if subject is not None:
            return subject
        # a clause without a subject of its own shares its head's: coordination, control,
        # participial and infinitival clauses (and auxiliaries the parser made heads), and
        # `weten` of `lieten … weten` taken for a particle
        # a finite adverbial clause (`… hoe zijn voorzitter … op bezoek ging`) has a subject of
        # its own even where the parser lost it: it is not its head's
        if verb.dep_ == "advcl" and "Fin" in verb.morph.get("VerbForm", []):
            return None
        if verb.dep_ in ("conj", "xcomp", "advcl", "compound:prt") and verb.head != verb:
            verb = verb.head
        else:
            return None
    return None


def relative_antecedent(subject: Token, verb: Token) -> Token:
    """`Rutte, die dinsdag Merkel ontmoette, was tevreden`, `Hamid, die zei dat …`: the
    relative pronoun subject of a relative clause stands for the noun the clause hangs on.
    Any other subject is itself."""
    if subject.lower_ in RELATIVE_PRONOUNS and verb.dep_.startswith("acl") and verb.head != verb:
        return verb.head
    if _relative_after_comma(subject) and subject.i >= 2:
        # rule `relative_clause_unattached`: the parser made the relative clause a main one
        # (`Platform Storm, dat zegt niet achter de actie te zitten`): the pronoun stands for
        # the word before its comma
        return subject.doc[subject.i - 2]
    return subject


def _relative_after_comma(subject: Token) -> bool:
    return subject.lower_ in RELATIVE_PRONOUNS and subject.pos_ == "PRON" and subject.i > 0 and subject.doc[subject.i - 1].text == ","


def perfect_auxiliary(verb: Token) -> Token | None:
    """The finite `hebben` of a perfect tense (`heeft … gezegd`), whether the parser made it
    the participle's aux or, as in inverted clauses, its head."""
    if "Part" not in verb.morph.get("VerbForm", []):
        return None
    auxiliary = next((c for c in verb.children if c.dep_ == "aux" and c.lemma_ == "hebben"), None)
    if auxiliary is None and verb.head.lemma_ == "hebben" and verb.head.i < verb.i and verb.dep_ in ("ccomp", "xcomp", "advcl", "obj"):
        auxiliary = verb.head
    return auxiliary


def noun_phrase(token: Token) -> list[Token]:
    """The token with its name parts, modifiers and coordinated members."""
    return reachable(token, NP_DEPS.__contains__)


def clause_phrase(token: Token) -> list[Token]:
    """The token's subtree without nested clauses: `de mislukte top van Kim en de
    Amerikaanse president Donald Trump in Hanoi`, not a relative clause hanging off it."""
    return reachable(token, lambda dep: dep not in CLAUSE_BOUNDARIES)


def plural(token: Token) -> bool:
    """Plural by its morphology, or by a lemma other than the word where the tagger left the
    number out (`politici` → `politicus`, `visahouders` → `visahouder`)."""
    return "Plur" in token.morph.get("Number", []) or (token.lemma_ or token.lower_).lower() != token.lower_


def has_case(token: Token, words: tuple[str, ...]) -> bool:
    return any(c.dep_ in ("case", "mark") and c.lower_ in words for c in token.children)
