"""What was said: the complement of a speech verb (a dat-clause, an object clause, a colon
quote, an anaphoric `Dat` standing for the sentence before), the span it covers, and the
postposed report (`…, zegt advocaat Nair.`).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from ..lexicon import Lexicon
from ..linking.subjects import fronted_object_before_person
from ..syntax import VERB_POS
from .cues import idiom_cue
from .inversion import finite_candidates, title_taken_for_a_clause
from .morphology import LATEN, cue_lemma, prepositional_content, verb_lemmas
from .postposed import adverbial_subordinator

CLAUSE_DEPS = ("ccomp", "xcomp", "obj", "parataxis", "advcl")
ANAPHORIC_CONTENT = frozenset({"dat", "dit"})


def complement_of(verb: Token, lexicon: Lexicon) -> list[Token]:
    """What the speech verb reports: its clausal or object dependents, or else a `dat`/`of`
    clause after it that the parser hung elsewhere in its phrase (`zegt op zijn website dat …`)."""
    complement = [c for c in verb.children if (c.dep_ in CLAUSE_DEPS and not _particle_complement(c, verb, lexicon) and not _no_content(c)
                                               and not title_taken_for_a_clause(c, verb, lexicon)) or om_te_clause(c) or question_as_conjunct(c)]
    complement = [c for c in _without_idiom_word(complement, verb, lexicon) if not main_clause_after_subordinate(c, verb)]
    if (clause := clause_on_a_noun(verb)) is not None and all(c.dep_ == "obj" and c.pos_ in ("NOUN", "PROPN") for c in complement):
        return [clause]  # `vertelde de Volkskrant dat …`: the noun is who was told
    if any(c.i > verb.i and c.pos_ != "PRON" for c in complement):
        # `Toen hij terugkwam, zei hij dat …`: a clause fronted as an adverbial is not what was said
        complement = [c for c in complement if not (c.dep_ == "advcl" and c.i < verb.i and c.pos_ in VERB_POS)]
    # `Omdat … zoek waren en Harbers vreesde …`, `zodra een VVD'er minister is, heeft de ANWB
    # niets te vrezen`: a fronted clause with a subordinator of its own (no `dat`/`of`) is an
    # adverbial; so is one after a postposed cue (rule `clause_after_postposed_cue`: `Nee, hij
    # moest er niet aan denken …, zei hij toen hij op de kant werd gehesen`)
    postposed = verb.i > verb.sent.start and verb.doc[verb.i - 1].text == ","
    complement = [c for c in complement if not (c.dep_ == "advcl" and c.i < verb.i and _subordinator(c) not in (None, "dat", "of"))
                  and not (postposed and c.i > verb.i and c.dep_ in ("advcl", "ccomp") and adverbial_subordinator(_subordinator(c), lexicon))]
    if not complement and verb.dep_ in ("xcomp", "compound:prt") and verb_lemmas(verb.head, lexicon) & LATEN:
        # "…, laat hij weten", "lieten weten dat …": the clause hangs on `laten`; a noun
        # object of `laten` is who was told (`liet de Provinciale Staten weten`)
        complement = [c for c in verb.head.children if c.dep_ in CLAUSE_DEPS and c != verb
                      and not (c.dep_ == "obj" and c.pos_ in ("NOUN", "PROPN"))]
    if complement and all(c.dep_ == "obj" and c.i > verb.i for c in complement):
        # `Dat schrijft minister Slob`, the inverted subject parsed as object and `Dat` as
        # subject: what was written is still what `Dat` stands for
        return anaphoric_content(verb, lexicon) or complement
    if complement:
        return complement
    # whatever heads the clause: `zei tegen het parlement dat de dader uit is op beruchtheid`
    # (`uit`, the clause taken for a relative clause on `parlement`)
    following = [t for t in verb.subtree if t.i > verb.i and not t.is_punct
                 and any(c.dep_ == "mark" and c.lower_ in ("dat", "of") for c in t.children)][:1]
    lemmas = sorted(verb_lemmas(verb, lexicon) & lexicon.speech_prepositions.keys())
    prepositional = [p for lemma in lemmas if (p := prepositional_content(verb, lemma, lexicon)) is not None][:1]
    return following or prepositional or after_colon(verb) or anaphoric_content(verb, lexicon)


def _subordinator(clause: Token) -> str | None:
    return next((c.lower_ for c in clause.children if c.dep_ == "mark" and c.pos_ == "SCONJ"), None)


def main_clause_after_subordinate(token: Token, verb: Token) -> bool:
    """Rule `main_clause_after_subordinate`: `Omdat de kinderen zoek waren en Harbers vreesde
    voor hun veiligheid, gebruikte hij zijn bevoegdheid`: in a sentence that opens with a
    subordinator, the clause after the comma that closes it is the main clause, whatever
    the parser hung it on; not what the cue verb before the comma reports. `Rutte zei,
    hij wist het` (no subordinator) keeps its parataxis."""
    doc, sentence = verb.doc, verb.sent
    if token.dep_ != "parataxis" or token.i < verb.i or sentence[0].pos_ != "SCONJ":
        return False
    return any(t.text == "," for t in doc[verb.i + 1:token.left_edge.i + 1])


def question_as_conjunct(token: Token) -> bool:
    """Rule `question_as_conjunct`: `vraagt zich af of de economie groeit`, `twijfelt eraan of
    …`: an indirect question the parser made a conjunct of the verb, its `of` the
    coordinator; it opens with `of` and has a subject of its own. `zegt het en gaat weg` is a
    second verb of the same subject."""
    return (token.dep_ == "conj" and token.pos_ in VERB_POS and token.left_edge.lower_ == "of" and token.left_edge.dep_ == "cc"
            and any(c.dep_.startswith("nsubj") for c in token.children))


def clause_on_a_noun(verb: Token) -> Token | None:
    """Rule `clause_on_a_noun`: `vertelde de Volkskrant dat de economie groeit`, `zegt in een
    interview met de Volkskrant dat …`: a `dat` clause after the verb that the parser hung
    on a noun as a relative clause, though `dat` cannot relativise that noun (a common-gender
    or plural noun takes `die`) and the clause has a subject of its own. `het rapport dat de
    minister las` (a neuter noun) and `de krant, dat …` (after a comma) are left alone."""
    doc = verb.doc
    for clause in verb.subtree:
        noun = clause.head
        if not clause.dep_.startswith("acl") or noun.i <= verb.i or noun.pos_ != "NOUN" or clause.left_edge.lower_ != "dat":
            continue
        opener = clause.left_edge
        common = "Com" in noun.morph.get("Gender", []) or "Plur" in noun.morph.get("Number", [])
        own_subject = any(c.dep_.startswith("nsubj") and c != opener for c in clause.children)
        if common and own_subject and opener.i > 0 and doc[opener.i - 1].text != "," and opener.i > noun.i:
            return clause
    return None


def _particle_complement(token: Token, verb: Token, lexicon: Lexicon) -> bool:
    """`maakte dinsdag bekend`: a separable particle parsed as the verb's complement is part
    of the verb (`bekendmaken`), not what was said. Rule `adverb_on_the_particle`: so it is
    when the parser hung the verb's adverbs on it (`Dat maakte de politie gisteren bekend`,
    `gisteren` under `bekend`); a negation there negates the verb (assertion.py)."""
    return (token.dep_ == "xcomp" and token.i > verb.i and token.lower_ in lexicon.particles
            and all(c.dep_ == "advmod" and c.pos_ == "ADV" for c in token.children))


def _without_idiom_word(complement: list[Token], verb: Token, lexicon: Lexicon) -> list[Token]:
    """`houdt er rekening mee dat …`: the noun of a speech idiom (`rekening`) is part of the
    cue, not what was said; the clause beside it is. Alone it is content only with words of
    its own (`breekt een lans voor meer huizen`, `doet dezelfde oproep`); a bare `houdt
    rekening` reports nothing."""
    idiom = idiom_cue(verb, lexicon)
    word = [c for c in complement if idiom is not None and c.lower_ == idiom.split()[0]]
    rest = [c for c in complement if c not in word]
    return rest or [c for c in word if any(g.dep_ != "punct" for g in c.children)]


def _no_content(token: Token) -> bool:
    """Dependents that cannot be what was said, whatever their label: a capacity or
    condition (`hebben Guaidó erkend als interim-president`, `zei hij, als het misgaat, …`)
    and a lone subordinator the parser hung on the verb (`het moment dat ze begint te
    schrijven`, `dat` as the object of `schrijven`). `hoopt dat als de maatregel sneuvelt,
    het stelsel …` is a `dat` clause, its `als` the parser's."""
    marks = {c.lower_ for c in token.children if c.dep_ in ("mark", "case")}
    if "als" in marks and not marks & {"dat", "of"}:
        return True
    if token.dep_ == "xcomp" and token.lemma_ == "hebben" and all(c.dep_ == "mark" for c in token.children):
        return True  # `schijnt gezegd te hebben dat …`: the perfect's `te hebben`, not what was said
    return token.pos_ == "SCONJ" and not list(token.children) and token.i != token.sent.start


def om_te_clause(token: Token) -> bool:
    """`riep op om hotels te boycotten`: an `om … te` infinitive, whatever label the parser gave it."""
    marks = {c.lower_ for c in token.children if c.dep_ == "mark"}
    return token.pos_ == "VERB" and {"om", "te"} <= marks


def content_span_of(verb: Token, complement: list[Token]) -> Span:
    """The words the complement spans. A complement after the verb starts after it even when
    the parser made it the verb's governor (`Zoals X zei: de meeste … zijn …`, where the
    clause after the colon is the sentence root and its subtree the whole sentence)."""
    start = min(t.i for c in complement for t in c.subtree)
    end = max(t.i for c in complement for t in c.subtree) + 1
    if all(c.i > verb.i for c in complement) and start < verb.i:
        words = [t.i for t in verb.doc[verb.i + 1:end] if not t.is_punct]
        if words:
            start, end = words[0], words[-1] + 1
    while start < end - 1 and verb.doc[start].is_punct and not verb.doc[start].is_quote:
        start += 1  # `Dat wil niet zeggen, verzekert hij, dat …`: the clause's comma
    if start < end - 1 and verb.doc[start].dep_ == "case" and verb.doc[start + 1].lower_ in ("dat", "of"):
        start += 1  # `spreken tegen dat …`: the verb's particle, hung on its clause
    return verb.doc[start:end]


def anaphoric_content(verb: Token, lexicon: Lexicon) -> list[Token]:
    """`Dat heeft Poetin verklaard.`, `Dit heeft Smits … laten weten.`, `Daarvoor waarschuwt de
    AIVD.`: a sentence-initial `dat`/`dit`, or `daar` joined to a preposition a speech verb
    reports with (data/lexicon/speech_verb_prepositions.tsv), that the verb, or a verb of its
    chain (`laten`, the finite `hebben`), governs stands for what the previous sentence said
    (its root)."""
    sentence = verb.sent
    if sentence.start == 0:
        return []
    governors = finite_candidates(verb)
    # `Daarvoor waarschuwen de AIVD en de NCTV`: `daar` + the preposition the verb reports with
    first = sentence[0].lower_
    pronominal = first.startswith("daar") and any(first == "daar" + p for ps in lexicon.speech_prepositions.values() for p in ps)
    opening = (first in ANAPHORIC_CONTENT or pronominal) and sentence[0].head in governors
    # `Dat vermoeden spreekt officier van justitie Emi Verhoeven-Ivankovic uit`: `Dat` + noun fronted as the object
    opening = opening or (first in ANAPHORIC_CONTENT and sentence[0].head.head in governors
                          and any(c.dep_ == "obj" and fronted_object_before_person(c, lexicon) for c in verb.children))
    # `Het kabinet heeft dit aan de Kamer gemeld`: the pronoun as object (or, mislabelled, as passive subject)
    as_object = any(c.lower_ in ANAPHORIC_CONTENT and c.pos_ == "PRON" and c.dep_ in ("obj", "nsubj:pass") for c in verb.children)
    return [verb.doc[sentence.start - 1].sent.root] if opening or as_object else []


def names_a_thing(complement: list[Token], verb: Token, lexicon: Lexicon) -> bool:
    """`vertelt de anekdote`, `schreef het verkiezingsprogramma`, `vreest het ergste`: for some speech verbs a
    bare noun object is the topic or the thing made, not what was said
    (data/lexicon/thing_object_verbs.txt); so for an idiom listed there (`weet zeker de weg`,
    where `weet zeker dat …` states a conviction)."""
    # `vreest het ergste`: the parser may cut the noun phrase to its determiner; `heeft niets te vrezen`
    return (all(c.dep_ == "obj" and (c.pos_ in ("NOUN", "PROPN", "DET") or c.lower_ in ("niets", "iets", "alles")) for c in complement)
            and (cue_lemma(verb, lexicon) or idiom_cue(verb, lexicon)) in lexicon.thing_object_verbs)


def states_an_intention(complement: list[Token], verb: Token, lexicon: Lexicon) -> bool:
    """`hoopt FvD met de gesprekken te kunnen beginnen`, `Daar hoopt hij te zitten`: a stance
    verb of data/lexicon/intention_verbs.txt whose only complement is a `te` infinitive
    states what the subject means to do, not a claim (`hoopt dat …` still reports)."""
    if not verb_lemmas(verb, lexicon) & lexicon.intention_verbs:
        return False
    # `Daar hoopt hij straks ook te zitten`, `straks` taken for a verb with the infinitive under it
    chain = [*complement, *(x for c in complement for x in c.children if x.dep_ == "xcomp" and x.pos_ in VERB_POS)]
    marks = [{m.lower_ for m in c.children if m.dep_ == "mark"} for c in chain]
    # a `want …` clause the parser hung beside the infinitive changes nothing
    return any("te" in m for m in marks) and not any(m & {"dat", "of"} for m in marks)


def after_colon(verb: Token) -> list[Token]:
    """`Xi heeft het vaak tegen zijn partijgenoten gezegd: als de communisten …`: a colon
    right after the speech verb opens what was said, the clause(s) up to the sentence end."""
    doc, sentence = verb.doc, verb.sent
    if verb.i + 2 >= sentence.end or doc[verb.i + 1].text != ":":
        return []
    span = doc[verb.i + 2:sentence.end]
    if not any(t.is_alpha for t in span):
        return []  # `zegt: '` with the quote in the next sentence: the quote rules take it
    return [t for t in span if not t.is_punct and (not span.start <= t.head.i < span.end or t.head == t)]
