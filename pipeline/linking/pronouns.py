"""Person pronouns → the people they refer to, resolved once per article when it is linked.

In: the parsed `Doc`, its quotes, the person mentions (offset, entity key, is a subject)
and each entity's likely sex. Out: token index → entity key (or None) for every person
pronoun, and for every sentence-initial demonstrative `Die`, so that no later stage
resolves a pronoun itself and the answer never depends on which stage asked first.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable, Sequence

from spacy.attrs import LOWER
from spacy.tokens import Doc, Span, Token

from ..quotes import Quote, quoted_sentence
from ..sentences import is_heading
from ..tokens import doc_sentences, tokens_where

PERSON_PRONOUNS = frozenset({"hij", "zij", "ze", "hem", "haar", "zijn"})
PRONOUN_GENDER = {"hij": "m", "hem": "m", "zijn": "m", "zij": "f", "ze": "f", "haar": "f"}
SUBORDINATE_DEPS = frozenset({"ccomp", "advcl", "acl", "acl:relcl", "csubj"})
Person = tuple[int, "str | None", bool]  # char offset, entity key (None: a person nobody names), is a subject


class PronounResolver:
    """Resolves the pronouns of one Doc against its person mentions."""

    def __init__(self, doc: Doc, persons: Sequence[Person], quotes: Sequence[Quote], gender_of: Callable[[str], str | None],
                 source_markers: frozenset[str] = frozenset(), nameless_genders: dict[int, str] | None = None):
        self.doc, self.persons, self.quotes, self.gender_of = doc, persons, quotes, gender_of
        self.nameless_genders = nameless_genders or {}  # offset of a person nobody names → the sex their noun says
        self.source_markers = source_markers  # `volgens`: the pronoun after it is whose claim the sentence is
        self._subjects: dict[int, str | None] = {}  # narrated hij/zij subjects resolved so far
        # each pronoun looks back over a window of three sentences: the persons (in text
        # order) and the narrated `hij`/`zij` subjects are cut to it by bisection, not
        # scanned over the whole article for every pronoun
        self._offsets = [p[0] for p in persons]
        # with the pronouns after `volgens` (rule source_pronoun_as_subject, `_pronoun_subjects`)
        self._narrated_subjects = [t.i for t in tokens_where(doc, LOWER, {"hij", "zij", "hem", "haar"})
                                   if ((t.dep_ == "nsubj" and t.lower_ in ("hij", "zij"))
                                       or (t.lower_ in ("hem", "haar") and t.i > 0 and doc[t.i - 1].lower_ in source_markers))
                                   and not any(q.start <= t.idx < q.end for q in quotes)]

    def resolve(self, token: Token, prefer_subject: bool = True) -> str | None:
        """Most recent person mentioned as a subject within the current sentence and the
        two narrated before it (quoted sentences are the speaker's words, not the story's),
        else the most recent person mentioned there at all. A subject that is a person
        nobody names (`De docent heeft het ontkend. 'Ik …', zei hij.`) is the most recent
        subject too: the pronoun is theirs, not a named entity's. A demonstrative (`Die
        herhaalde …`) takes the most recent person whatever their role."""
        if token.lower_ in ("ze", "zij") and plural_subject(token):
            return None  # `Ze vinden het …`: a group, not the last person named
        window_start = narration_window_start(token, self.quotes)
        in_window = self.persons[bisect_left(self._offsets, window_start):bisect_left(self._offsets, token.idx)]
        before = [p for p in in_window
                  if p[1] is not None or not any(q.start <= p[0] < q.end for q in self.quotes)]  # `'Mijn cliënt …'` is the speaker's
        before = sorted(before + self._pronoun_subjects(token, window_start), key=lambda p: p[0])
        if token.dep_ != "nmod:poss":
            own_clause = clause_head(token)
            before = [p for p in before if not self._in_clause(p[0], token.sent, own_clause)]
        gender = PRONOUN_GENDER.get(token.lower_)
        if gender:  # `zegt ze` is not Laurens Ivens
            before = [p for p in before if self._of_gender(p, gender)]
        before = self._narrated_first(token, before)
        subjects = [p for p in before if p[2]] if prefer_subject else [p for p in before if p[1] is not None]
        if subjects:
            return (self._main_clause_first(token, subjects) if prefer_subject else subjects[-1])[1]
        named = [p for p in before if p[1] is not None]
        return named[-1][1] if named else None

    def owner_named_after(self, possessive: Token) -> str | None:
        """Rule `possessive_before_its_owner`: `Volgens zijn woordvoerder is Thierry Baudet
        ziek`, `Volgens haar woordvoerder heeft Ivanka Trump niets misdaan`: a possessive in the
        source phrase (`volgens`) that opens its sentence, with no one before it to refer to,
        is the person named as a subject after it in that sentence, of its gender. Asked only
        where `resolve` found no one: `Baudet bleef thuis. Volgens zijn woordvoerder …` is Baudet."""
        sentence = possessive.sent
        if possessive.i - 1 != sentence.start or self.doc[sentence.start].lower_ not in self.source_markers:
            return None
        gender = PRONOUN_GENDER.get(possessive.lower_)
        after = self.persons[bisect_left(self._offsets, possessive.idx):bisect_left(self._offsets, sentence.end_char)]
        subjects = [p for p in after if p[2] and p[1] is not None and self._of_gender(p, gender)]
        return subjects[0][1] if subjects else None

    def _of_gender(self, person: Person, gender: str | None) -> bool:
        """A person the pronoun's gender allows: whose sex is unknown or the same (a person
        nobody names by the sex their noun says, `de moeder`)."""
        if gender is None:
            return True
        known = self.nameless_genders.get(person[0]) if person[1] is None else self.gender_of(person[1])
        return known in (None, gender)

    def _main_clause_first(self, token: Token, subjects: list[Person]) -> Person:
        """Rule `main_clause_antecedent`: `Nijpels geeft commentaar, in de wetenschap dat de
        fractievoorzitter heeft meegeschreven. Hij heeft dan al gebeld met Dijkhoff.`: a
        pronoun takes the subject of an earlier sentence's main clause over a later subject of
        one of its subordinate clauses (hij is Nijpels). Within the pronoun's own sentence, and
        for a sentence without a main-clause subject, the most recent subject stands (`Pompeo
        zei dat hij …`)."""
        last = subjects[-1]
        sentence = self._token_at(last[0]).sent
        if sentence == token.sent or not _subordinate(self._token_at(last[0])):
            return last
        main = [p for p in subjects if sentence.start_char <= p[0] < sentence.end_char and not _subordinate(self._token_at(p[0]))]
        return main[-1] if main else last

    def _token_at(self, offset: int) -> Token:
        span = self.doc.char_span(offset, offset + 1, alignment_mode="expand")
        return span[0] if span is not None else self.doc[0]

    def _narrated_first(self, token: Token, before: list[Person]) -> list[Person]:
        """Rule `narrated_antecedent`: `Maar voorzitter Abdurahman Abdullah zegt dat … "Iedere
        Oeigoer in Europa kent mensen …" … "Vroeger …", vertelt hij.`: a pronoun of the
        narration refers to a person the narration names, not to one named inside a quote
        (the speaker's words are about others); only with no such person in reach may it be
        one the quote named. A pronoun inside a quote keeps every candidate."""
        if any(q.start <= token.idx < q.end for q in self.quotes):
            return before
        narrated = [p for p in before if not any(q.start <= p[0] < q.end for q in self.quotes)]
        return narrated if any(p[1] is not None for p in narrated) else before

    def _in_clause(self, offset: int, sentence: Span, clause: Token) -> bool:
        """A person named in the pronoun's own clause is not what the pronoun refers to:
        `Tijdens een ontmoeting met Pompeo zei hij …` (hij is not Pompeo), `Merkel ontmoette
        hem`. A possessive may be (`Rutte belde zijn moeder`), and so may a pronoun of a
        clause below the name's (`Pompeo zei dat hij …`)."""
        if not sentence.start_char <= offset < sentence.end_char:
            return False
        span = self.doc.char_span(offset, offset + 1, alignment_mode="expand")
        return span is not None and clause_head(span[0]) == clause

    def _pronoun_subjects(self, token: Token, window_start: int) -> list[Person]:
        """Narrated `hij`/`zij` subjects between the window's start and the token, as the
        people they resolve to: `Ook Elkem kan vertellen. Hij laat fragmenten horen. Een
        onbekende vroeg hem … Hij weigerde. '…', zegt hij.` chains back to Elkem. Rule
        `source_pronoun_as_subject`: a pronoun after `volgens` counts as one too, its sentence
        being that person's claim: `"…", zegt de onderzoekster. Dat komt volgens haar doordat
        mensen investeerden in oplossingen, zoals Zue's regentank. "…", nuanceert ze.` (ze is
        the researcher, not Zue)."""
        doc = self.doc
        found: list[Person] = []
        window = doc.char_span(window_start, token.idx, alignment_mode="expand") if token.idx > window_start else None
        if window is None:
            return found
        subjects = self._narrated_subjects
        for index in subjects[bisect_left(subjects, window.start):bisect_left(subjects, token.i)]:
            candidate = doc[index]
            if candidate.i not in self._subjects:
                self._subjects[candidate.i] = None  # a cycle guard while it resolves
                self._subjects[candidate.i] = self.resolve(candidate)
            if self._subjects[candidate.i] is not None:
                found.append((candidate.idx, self._subjects[candidate.i], True))
        return found


def resolve_pronouns(doc: Doc, resolver: PronounResolver) -> tuple[dict[int, str | None], dict[int, str | None]]:
    """(person pronoun token index → key, sentence-initial `Die` token index → key), in text
    order, so each answer may build on the pronouns before it."""
    pronouns, demonstratives = {}, {}
    for token in tokens_where(doc, LOWER, PERSON_PRONOUNS | {"die"}):
        if token.lower_ in PERSON_PRONOUNS:
            pronouns[token.i] = resolver.resolve(token)
        elif token.lower_ == "die" and token.is_sent_start:
            demonstratives[token.i] = resolver.resolve(token, prefer_subject=False)
    return pronouns, demonstratives


def clause_head(token: Token) -> Token:
    """The verb (or copular predicate) of the clause a word stands in: its nearest head that
    is a verb or has a copula, else the sentence's root."""
    current = token
    while current.head != current:
        current = current.head
        if current.pos_ in ("VERB", "AUX") or any(c.dep_ == "cop" for c in current.children):
            return current
    return current


def _subordinate(token: Token) -> bool:
    """The word stands in a subordinate clause: a complement, adverbial or relative clause
    lies between it and its sentence's root."""
    return any(head.dep_ in SUBORDINATE_DEPS for head in (token, *token.ancestors))


def plural_subject(token: Token) -> bool:
    """The pronoun is the subject of a plural verb (or of a plural auxiliary of it). Rule
    `subject_of_the_finite_verb`: a subject the parser hung on an infinitive (`Daar zeggen ze
    hem niet te kennen`, `ze` under `kennen`) agrees with the finite verb that infinitive
    hangs on (`zeggen`)."""
    if not token.dep_.startswith("nsubj"):
        return False
    heads = [token.head]
    if token.head.dep_ == "xcomp" and "Inf" in token.head.morph.get("VerbForm", []):
        heads.append(token.head.head)
    verbs = [*heads, *(c for head in heads for c in head.children if c.dep_.startswith("aux") or c.dep_ == "cop")]
    return any("Plur" in verb.morph.get("Number", []) for verb in verbs)


def narration_window_start(token: Token, quotes: Sequence[Quote], sentences: int = 2) -> int:
    """Character offset where the token's sentence and the `sentences` narrated sentences
    before it begin, skipping sentences that lie inside a quote and those of no word (a
    closing quote mark the splitter left alone) or that are a subheading (`sentences.is_heading`)."""
    # the Doc's sentences listed once: `Token.sent` walks the text to the sentence's edges
    # each time, and every pronoun asked for its own and the ones before it
    listed, starts = doc_sentences(token.doc)
    index = bisect_right(starts, token.i) - 1
    counted = 0
    while counted < sentences and index > 0:
        index -= 1
        if not quoted_sentence(listed[index], quotes) and any(t.is_alpha for t in listed[index]) and not is_heading(listed[index]):
            counted += 1
    return listed[index].start_char
