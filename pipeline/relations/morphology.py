"""Verb morphology for the cue and trigger lookups: the lemma with its separable particle
(`deelde … mee` → meedelen), infinitives rebuilt from written forms where the lemmatizer
slips (`onderstreepte`, `riep` → roepen), and the speech-verb cue of a token.
"""

from __future__ import annotations

from bisect import bisect_right
from functools import lru_cache

from spacy.attrs import DEP, LOWER
from spacy.tokens import Token

from ..entities import entity_type
from ..lexicon import Lexicon
from ..syntax import VERB_POS
from ..tokens import children_where, doc_memo, doc_sentences

# `laten` of `laten weten`, also as `wetenlaten` when the parser takes `weten` for its particle
LATEN = frozenset({"laten", "wetenlaten"})
SEPARABLE_PARTICLE = frozenset({"compound:prt"})
SUBJECT = frozenset({"nsubj"})
NOMINAL_MARKS = frozenset({"det", "cop", "nmod:poss", "amod"})  # what makes a noun with a subject no verb
CLAUSE_COMPLEMENTS = frozenset({"ccomp", "advcl"})
ACTOR_TYPES = frozenset({"PERSON", "ORG"})  # the entity types that can take part or speak


def particle_of(token: Token, lexicon: Lexicon) -> str:
    """The verb's separable particle(s) as written before its infinitive: `mee` of `deelde … mee`.
    A "particle" that starts a fixed expression is a preposition: `vraagt … om meer tijd` is `vragen`."""
    return "".join(_particles(token, lexicon))


def full_lemma(token: Token, lexicon: Lexicon) -> str:
    """Lemma with a separable particle joined (`deelde … mee` → `meedelen`)."""
    return particle_of(token, lexicon) + (token.lemma_ or token.text).lower()


_LONG_VOWELS = (("aa", "a"), ("ee", "e"), ("oo", "o"), ("uu", "u"))


def verb_lemmas(token: Token, lexicon: Lexicon) -> set[str]:
    """The model's lemma, plus infinitives rebuilt from the written form: lemmatizers slip
    on past tenses (`onderstreepte`), and a cue missed is a statement lost."""
    known = doc_memo(token.doc, "verb_lemmas", lexicon)  # asked once per pass: statements, quotes, meetings
    if token.i not in known:
        known[token.i] = rebuilt_verb_lemmas(token, lexicon)
    return known[token.i]


def strong_infinitives(written: str, lexicon: Lexicon) -> set[str]:
    """Infinitives of a strong verb form, with whatever precedes the form kept as its
    particle: `riep` → roepen, `opriep` → oproepen, `uitgesproken` → uitspreken."""
    forms = lexicon.strong_verbs
    return {written[:i] + forms[written[i:]] for i in range(len(written) - 2) if written[i:] in forms}


def rebuilt_verb_lemmas(token: Token, lexicon: Lexicon) -> set[str]:
    particle = particle_of(token, lexicon)
    lemmas = set() if invented_particle(token, particle, lexicon) else {full_lemma(token, lexicon)}
    lemmas |= written_form_lemmas(token.text.lower(), particle, lexicon)
    if (bare := _without_comitative(token, particle, lexicon)) != particle:
        lemmas |= {bare + (token.lemma_ or token.text).lower()} | written_form_lemmas(token.text.lower(), bare, lexicon)
    return lemmas


def _without_comitative(token: Token, particle: str, lexicon: Lexicon) -> str:
    """Rule `comitative_particle`: `Rutte ontmoette samen met Hoekstra de bondskanselier`,
    `bracht samen met Hoekstra een bezoek aan Merkel` with `samen` parsed as the verb's particle
    (`samenontmoeten`): right before a `met` phrase it is the adverb of `samen met`
    (data/lexicon/comitative_adverbs.txt), so the verb is read without it as well; `kwamen
    samen met Merkel` keeps `samenkomen` too. The particle(s) left, as particle_of gives them."""
    doc = token.doc
    comitative = {c.lower_ for c in _particle_children(token) if c.lower_ in lexicon.comitative_adverbs
                  and c.i + 1 < len(doc) and doc[c.i + 1].lower_ == "met"}
    return "".join(p for p in _particles(token, lexicon) if p not in comitative) if comitative else particle


def _particles(token: Token, lexicon: Lexicon) -> list[str]:
    return [c.lower_ for c in _particle_children(token) if c.lower_ in lexicon.particles
            and not any(g.dep_ == "fixed" for g in c.children)]


def _particle_children(token: Token) -> list[Token]:
    return children_where(token, DEP, SEPARABLE_PARTICLE)


@lru_cache(maxsize=65536)
def written_form_lemmas(written: str, particle: str, lexicon: Lexicon) -> frozenset[str]:
    """The infinitives a written verb form may be, its separable particle before them:
    asked of every verb of every article, it depends on the spelling and the lexicon alone."""
    lemmas = {particle + infinitive for infinitive in strong_infinitives(written, lexicon)}
    forms = {written[2:] if written.startswith("ge") and len(written) >= 6 and written.endswith(("d", "t")) else written}  # geluncht → lunch-, gebeld → bel-
    # separable participles carry `ge` after the particle: bekendgemaakt, opgeroepen, toegezegd
    forms |= {written[:i] + written[i + 2:] for i in range(2, len(written) - 4) if written[i:i + 2] == "ge"}
    for text in forms:
        if text.endswith("en") and text != written:  # a strong participle without its ge is the infinitive: oproepen
            lemmas.add(particle + text)
        if text.endswith(("d", "t")) and text != written:  # a stem ending in d or t takes no second one: gemeld → melden
            lemmas.add(particle + text + "en")
        for suffix in ("den", "ten", "de", "te", "d", "t"):
            if text.endswith(suffix) and len(text) - len(suffix) >= 3:
                stem = text[: -len(suffix)]
                stem = stem[:-1] + {"f": "v", "s": "z"}.get(stem[-1], stem[-1]) if suffix in ("de", "den", "d") else stem
                variants = {stem, stem + stem[-1]}  # stelde → stellen
                if suffix in ("d", "t") and text == written:
                    # a present tense of a stem ending in d or t adds none: `praat` → praten, `ontmoet`
                    variants.add(text)
                if suffix == "t" and stem[-1] in "fs":
                    # present tense: a v or z of the infinitive is written f or s (schrijft → schrijven, prijst → prijzen)
                    variants.add(stem[:-1] + {"f": "v", "s": "z"}[stem[-1]])
                for long, short in _LONG_VOWELS:
                    for variant in list(variants):
                        if variant[-3:-1] == long:
                            variants.add(variant[:-3] + short + variant[-1])
                lemmas |= {particle + v + "en" for v in variants}
    return frozenset(lemmas)


def is_verb(token: Token) -> bool:
    """A verb, or a verb the tagger took for a noun or an adjective (`De ministers praatten
    Poetin bij`, `praatten` a NOUN; `Rutte reist volgende week naar Washington`, `reist` an
    ADJ): a noun or adjective with a subject of its own, or an inverted verb whose subject
    the parser hung as an apposition (`apposed_subject`), or one after a name opening the
    sentence that the tagger misread too (`name_opening_before`), with no determiner
    and no copula (`Rutte is blij` has one)."""
    if token.pos_ in VERB_POS:
        return True
    if token.pos_ not in ("NOUN", "ADJ") or any(not _misread_name(c) for c in children_where(token, DEP, NOMINAL_MARKS)):
        return False
    return bool(children_where(token, DEP, SUBJECT)) or apposed_subject(token) is not None or name_opening_before(token) is not None


def name_opening_before(token: Token) -> Token | None:
    """Rule `name_opening_before`: `Kim Jong-un ontmoette Poetin in Vladivostok`, tagged
    ADV ADJ ADJ: a foreign name the tagger does not know, and the verb after it read as an
    adjective with the name as its adverb. A lowercase word whose dependent before it is a
    person's or body's name opening the sentence, and which governs an object, is a verb
    and that name its subject (the first place of a Dutch main clause). `Vooral Rutte
    blije gezichten …` has no object; `de blije Rutte` a determiner."""
    if not token.is_lower or not any(c.dep_ == "obj" for c in token.children):
        return None
    return next((c for c in token.children if c.i < token.i and c.left_edge.i == token.sent.start
                 and c.dep_ in ("advmod", "amod", "xcomp") and names_an_actor(c)), None)


def names_an_actor(token: Token) -> bool:
    """A word the entity stage made part of a person's or body's name, whatever the tagger
    made of it (`Kim` an ADV, `Jong-un` an ADJ)."""
    return entity_type(token.ent_type_) in ACTOR_TYPES


def _misread_name(modifier: Token) -> bool:
    """Part of a person's or body's name the parser hung as an adjective (`… en leider Kim
    Jong-un ontmoetten elkaar`, `Jong-un` an amod of the verb): no modifier of a noun."""
    return modifier.dep_ == "amod" and names_an_actor(modifier)


def apposed_subject(token: Token) -> Token | None:
    """Rule `inverted_verb_taken_for_a_noun`: a Dutch main clause puts its finite verb second,
    so after an opening adverbial the subject follows the verb: `Dinsdag overlegden Mark Rutte
    en Angela Merkel in Brussel`, `Gisteren ontmoetten Trump en Kim elkaar`. The tagger takes
    such a past plural for a noun, and the parser the subject for its apposition. A lowercase
    root with a word before it and a name as its apposition right after it is that verb; a
    noun heading a sentence of its own names someone after it (`Premier Rutte in Brussel`:
    capitalised, first) or has a determiner (`Het overleg, Rutte en Merkel`). The subject:
    that apposition, or None."""
    if token.pos_ not in ("NOUN", "ADJ") or token.dep_ != "ROOT" or token.i == token.sent.start or not token.is_lower:
        return None
    return next((c for c in token.children if c.i == token.i + 1 and c.dep_ == "appos" and c.pos_ == "PROPN"), None)


def invented_particle(token: Token, particle: str, lexicon: Lexicon) -> bool:
    """`merkte` lemmatised as `opmerken`: a particle the lemmatizer added that neither the
    word has nor any word after it in the sentence (`roept hij Europa op`, with `op` parsed
    as a preposition, keeps `oproepen`)."""
    if particle:
        return False
    lemma, written = token.lemma_.lower(), token.lower_
    # the lemma's own prefixes looked up, not every particle tried against it
    added = {lemma[:n] for n in range(1, len(lemma) - 3) if lemma[:n] in lexicon.particles and not written.startswith(lemma[:n])}
    return bool(added) and not any(t.lower_ in added for t in token.doc[token.i + 1:token.sent.end])


def cue_lemma(token: Token, lexicon: Lexicon) -> str | None:
    """The speech verb a token is, as a lexicon lemma (`laten weten` for `liet weten`).
    Kept per Doc: the statement, passive, quote and report passes ask it of the same verbs."""
    known = doc_memo(token.doc, "cue_lemma", lexicon)
    if token.i not in known:
        known[token.i] = _cue_lemma(token, lexicon)
    return known[token.i]


def _cue_lemma(token: Token, lexicon: Lexicon) -> str | None:
    if not is_verb(token):
        return None
    lemmas = verb_lemmas(token, lexicon)
    if "weten" in lemmas and any(verb_lemmas(t, lexicon) & LATEN for t in (token.head, *token.children) if t.pos_ in VERB_POS):
        return "laten weten"
    matches = sorted(lemmas & lexicon.speech_verbs) or sorted(adverb_particle_lemmas(token, lexicon) & lexicon.speech_verbs)
    if not matches and any(c.dep_ == "advmod" and c.lower_ in lexicon.negations for c in token.children):
        matches = sorted(lemmas & lexicon.negated_speech_verbs)  # `sluit niet uit dat …`
    if not matches:
        matches = sorted(split_pronominal_lemmas(token, lexicon) & lexicon.speech_verbs)
    if matches:  # `hielden vol dat …` with `vol` parsed as an adverb is `volhouden`
        return matches[0]
    # `spreekt van een giftige ideologie`: a verb that speaks only with its preposition
    return next((lemma for lemma in sorted(lemmas & lexicon.speech_prepositions.keys()) if prepositional_content(token, lemma, lexicon)), None)


def split_pronominal_lemmas(verb: Token, lexicon: Lexicon) -> set[str]:
    """`ING wees er toen op dat …`, `Hij wees daar al op`: the preposition of a split
    pronominal adverb (`erop`, `daarop`, data/lexicon/pronominal_adverbs.txt) the parser took
    for a separable particle; the verb's lemmas without it (`wijzen`, not `opwijzen`) when it
    is the preposition the verb reports with, or the topic's (`zei daar … over`). Empty without such an adverb (`deelde mee`
    keeps `meedelen`)."""
    # near the verb, or (the inverted subject between) a few words before the particle it ends
    particles = [c.i for c in verb.children if c.dep_ == "compound:prt"]
    if not any(c.dep_ == "advmod" and c.lower_ in lexicon.pronominal_adverbs and (c.i < verb.i + 4 or any(0 < p - c.i <= 3 for p in particles))
               for c in verb.children):
        return set()
    particle = particle_of(verb, lexicon)
    bare = {lemma[len(particle):] for lemma in verb_lemmas(verb, lexicon) if particle and lemma.startswith(particle)}
    # only the preposition the verb reports with (data/lexicon/speech_verb_prepositions.tsv):
    # `vroeg er 250 euro voor` asks a price, `vragen om` would report a request; or one of
    # what any speech is about (rule `split_topic_adverb`, data/lexicon/topic_prepositions.txt):
    # `zei de gedeputeerde daar onlangs over in de Volkskrant` is `zeggen`, no `overzeggen`
    return {lemma for lemma in bare if particle in lexicon.speech_prepositions.get(lemma, ()) or particle in lexicon.topic_prepositions}


def prepositional_content(verb: Token, lemma: str, lexicon: Lexicon) -> Token | None:
    """The `op`/`voor`/`van` phrase that is what the verb reports (data/lexicon/
    speech_verb_prepositions.tsv): `wijst op voortschrijdende techniek`, `pleit voor meer
    onderzoek`, `beschuldigt de NASA van slecht management`."""
    prepositions = lexicon.speech_prepositions.get(lemma, frozenset())
    return next((c for c in verb.children if c.dep_.startswith("obl") and c.pos_ in ("NOUN", "PROPN", "PRON")
                 and any(g.dep_ == "case" and g.lower_ in prepositions for g in c.children)), None)


def adverb_particle_lemmas(verb: Token, lexicon: Lexicon) -> set[str]:
    """`kwamen dinsdag bijeen`, `kwamen samen`: a separable particle the parser took for an
    adverb, joined to the verb's lemmas all the same (`bijeenkomen`, `samenkomen`); also one
    it took for the preposition of the `dat` clause right after it (`spreken tegen dat`).
    Kept per Doc like `verb_lemmas`: the cue and the trigger passes both ask it of every verb."""
    known = doc_memo(verb.doc, "adverb_particle_lemmas", lexicon)
    if verb.i not in known:
        known[verb.i] = _adverb_particle_lemmas(verb, lexicon)
    return known[verb.i]


def _adverb_particle_lemmas(verb: Token, lexicon: Lexicon) -> set[str]:
    # `maakte dinsdag bekend` with `bekend` an adverb or an adjectival complement
    particles = [c.lower_ for c in children_where(verb, LOWER, lexicon.particles) if c.dep_ in ("advmod", "xcomp") and c.i > verb.i]
    # `spreken echter tegen dat …`: the particle hung as the case of the clause it introduces
    particles += [g.lower_ for c in children_where(verb, DEP, CLAUSE_COMPLEMENTS) for g in children_where(c, LOWER, lexicon.particles)
                  if g.dep_ == "case" and g.i > verb.i and g.i + 1 < len(verb.doc) and verb.doc[g.i + 1].lower_ in ("dat", "of")]
    particles += particle_as_case(verb, lexicon)
    return {particle + lemma for particle in particles for lemma in verb_lemmas(verb, lexicon)}


def particle_as_case(verb: Token, lexicon: Lexicon) -> list[str]:
    """Rule `particle_as_case`: `Corbyn gaf al aan een alternatief plan te komen`: a separable
    particle right after the verb (and its adverbs), parsed as the preposition of a noun in
    the verb's `te` infinitive, is the verb's. `gaf aan de minister te kennen dat …` hangs
    `aan de minister` on the verb itself, outside the infinitive."""
    doc = verb.doc
    listed, starts = doc_sentences(doc)  # `Token.sent` walks to the sentence's edges per verb
    end = listed[bisect_right(starts, verb.i) - 1].end
    i = verb.i + 1
    while i < end and doc[i].pos_ == "ADV":
        i += 1
    if i >= end:
        return []
    word = doc[i]
    if word.dep_ != "case" or word.lower_ not in lexicon.particles:
        return []
    head = word.head
    infinitives = [c for c in verb.children if c.dep_ in ("xcomp", "ccomp") and any(m.dep_ == "mark" and m.lower_ == "te" for m in c.children)]
    return [word.lower_] if any(c.left_edge.i <= head.i <= c.right_edge.i and head != verb for c in infinitives) else []
