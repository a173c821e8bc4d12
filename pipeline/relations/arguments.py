"""Arguments of a meeting verb that the parser hung elsewhere or that stand for others: a
passive agent labelled a plain `door` obl, a name hung as an apposition on the day before it,
the partner or time hung on the modal that governs the infinitive, the subject of a
verb-final clause hung outside it, a name hung on the verb as an adverb, a subject the parser
lost, the examples a plural noun names, the body a board acts for. In: the verb (or
argument), the lexicon, the linked entities. Out: the tokens that head those arguments, for
parties.meeting_parties to read.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..lexicon import Lexicon
from ..linking.linked import LinkedEntities
from ..syntax import has_case, noun_phrase, plural, subject_of
from .assertion import passive
from .evidence import entity_type_of
from .morphology import apposed_subject, is_verb, name_opening_before, names_an_actor, verb_lemmas


def passive_agents(verb: Token) -> list[Token]:
    """The `door` phrase of a passive: labelled so (`werd ontvangen door Merkel`), or a plain
    `obl` the parser made of it (`Rutte werd dinsdag door Angela Merkel ontvangen in Berlijn`).
    An active verb's `door` is a path or a means (`reisde door Limburg`, `sprak door de
    telefoon`), no agent."""
    return [c for c in verb.children if c.dep_ == "obl:agent" or (c.dep_ == "obl" and has_case(c, ("door",)) and passive(verb))]


def time_adverbials(verb: Token, lexicon: Lexicon) -> list[Token]:
    """The day or week a verb's clause names (`dinsdag`, `volgende week`; data/lexicon/
    time_nouns.txt), hung on the verb, its auxiliary or its modal governor."""
    heads = [verb, *(c for c in verb.children if c.dep_.startswith("aux")), *modal_governor(verb, lexicon)]
    return [c for head in heads for c in head.children if c.dep_ in ("obl", "obj", "advmod", "nmod")
            and ((c.lemma_ or c.text).lower() in lexicon.time_nouns or c.lower_ in lexicon.time_nouns)]


def modal_governor(verb: Token, lexicon: Lexicon) -> list[Token]:
    """`Rutte gaat dinsdag met Merkel praten`, `zal volgende week Merkel ontmoeten`: the modal
    or `gaan` (data/lexicon/modals.txt) the parser made the governor of the infinitive, not
    its auxiliary, so that the infinitive's partner and time hang on it."""
    head = verb.head
    return [head] if verb.dep_ == "xcomp" and head != verb and is_verb(head) and verb_lemmas(head, lexicon) & lexicon.modals else []


def time_appositions(verb: Token, lexicon: Lexicon) -> list[Token]:
    """Name after time adverbial: a name the parser hung as an apposition on the day or week
    right before it is the verb's object: `Trump belde zaterdag Emmanuel Macron`, `Rutte zal
    volgende week Angela Merkel ontmoeten` (`zaterdag`, `week` with the name as its appos).
    A name after a place (`in Berlijn, de hoofdstad`) is not read."""
    return [a for c in time_adverbials(verb, lexicon) for a in c.children if a.dep_ == "appos" and a.pos_ == "PROPN" and a.i > c.i]


def exemplified(noun: Token, lexicon: Lexicon) -> list[Token]:
    """Rule `exemplified_members`: the names a plural noun gives as its examples are the ones
    meant: `ontmoette politici als Klaas Dijkhoff en Sybrand Buma`, `bezocht landen zoals Ghana
    en Mali` (data/lexicon/example_markers.txt; the parser hangs them as an nmod of the noun).
    A singular noun's `als` is a role (`ontving hem als gast`), and a common noun after it no
    example (`politici als gastheer`)."""
    if noun.pos_ != "NOUN" or not plural(noun):
        return []
    return [c for c in noun.children if c.dep_ == "nmod" and c.pos_ == "PROPN" and any(
        m.dep_ in ("case", "mark") and m.lower_ in lexicon.example_markers and m.i < c.i for m in c.children)]


def stranded_arguments(verb: Token, lexicon: Lexicon) -> list[Token]:
    """Rule `verb_final_clause`: a Dutch subordinate clause ends in its verb, so what stands
    between its conjunction and the verb is the clause's, wherever the parser hung it:
    `Woldhek herinnert zich hoe zijn voorzitter Nijpels samen met Winsemius bij Kok op bezoek
    ging`, parsed with `voorzitter` an object and `samen met Winsemius` an adverbial of
    `herinnert`. For a subordinate verb without a subject: the noun phrase right after the
    conjunction (its subject: its names, else its head) and the `met` phrases there (who went along);
    [] when no conjunction of data/lexicon/subordinators.txt opens the stretch, or a comma or
    another verb stands in it."""
    if verb.dep_ not in ("advcl", "ccomp", "acl:relcl") or verb.head == verb:  # wherever the parser hung the clause
        return []
    index = verb.left_edge.i - 1
    stretch: list[Token] = []
    while index >= verb.sent.start and verb.doc[index].lower_ not in lexicon.subordinators:
        token = verb.doc[index]
        if token.is_punct or token.pos_ in ("VERB", "AUX") or token in verb.subtree:
            return []
        stretch.insert(0, token)
        index -= 1
    if index < verb.sent.start:
        return []
    phrase = []
    for token in stretch:  # `zijn voorzitter Nijpels`, read from the words as the parse broke it up
        if token.pos_ not in ("DET", "PRON", "NOUN", "PROPN", "ADJ", "NUM"):
            break
        phrase.append(token)
    # the name of `zijn voorzitter Nijpels` (whose chairman he is names no party), else its noun or pronoun
    heads = [t for t in phrase if t.pos_ == "PROPN"] or [t for t in phrase if t.pos_ == "NOUN" or (t.pos_ == "PRON" and t.dep_ != "nmod:poss")]
    companions = [t for t in stretch if t.pos_ in ("NOUN", "PROPN") and has_case(t, ("met",))]
    return [*heads, *companions] if heads else []


def represented_bodies(noun: Token, linked: LinkedEntities, lexicon: Lexicon) -> list[Token]:
    """Rule `body_through_its_board`: `Het bestuur van Ajax sprak met Halsema`, `het
    schoolbestuur van het lyceum is op het matje geroepen bij de burgemeester`: a board or
    delegation (data/lexicon/board_nouns.txt, compounds by their head) acts for the
    organisation of its `van` phrase, so that organisation took part. `De familie van Sarah`
    (no board) and `het bestuur van de stichting`, naming no organisation, give none."""
    words = {(noun.lemma_ or noun.text).lower(), noun.lower_}
    if noun.pos_ != "NOUN" or not any(w == h or (w.endswith(h) and len(w) - len(h) >= 3) for w in words for h in lexicon.board_nouns):
        return []
    return [t for c in noun.children if c.dep_ == "nmod" and has_case(c, ("van",)) for t in noun_phrase(c)
            if (key := linked.key_of_token(t)) is not None and entity_type_of(linked, key) == "ORG"]


def comitative(phrase: Token, lexicon: Lexicon) -> bool:
    """`samen met Hoekstra` (data/lexicon/comitative_adverbs.txt before `met`): who went
    along, not whom they met or visited (`reisde samen met Hoekstra naar Berlijn`). A bare
    `met` may be either (`reist naar Brussel voor overleg met Juncker`) and is not read so."""
    start = phrase.left_edge.i
    return has_case(phrase, ("met",)) and start > 0 and phrase.doc[start - 1].lower_ in lexicon.comitative_adverbs


def misparsed_name_object(token: Token) -> bool:
    """A name the parser hung on the verb as a predicate or an adverb is its object: `bezocht
    hij Saoedi-Arabië` (xcomp after an inverted subject), `heeft Kim Jong-un ontmoet` (`Kim`
    an advmod, a foreign name the parser does not know). A verb's adverb is never a name; a
    day (`dinsdag`, an advmod PROPN) names no entity and so no party. The tagger may not know
    the name for one either: a word the entity stage made part of a name counts, whatever its
    tag (`… en de Noord-Koreaanse leider Kim Jong-un ontmoetten elkaar`, `Kim` an ADV and
    `Jong-un` an adjective of the verb)."""
    return token.dep_ in ("xcomp", "advmod", "amod") and (token.pos_ == "PROPN" or names_an_actor(token))


def verb_subject(verb: Token) -> Token | None:
    """The verb's subject (`syntax.subject_of`), or where the parser lost it, the apposition
    of an inverted verb it took for a noun (`morphology.apposed_subject`), or a misparsed
    name (`misparsed_name_object`) opening the sentence: the first place of a Dutch main
    clause is the subject's unless something else is put there (`Kim Jong-un arriveerde
    dinsdag in Vladivostok`, `Kim` an ADV of the verb)."""
    found = subject_of(verb) or apposed_subject(verb)
    if found is None:
        found = next((c for c in verb.children if c.i == verb.sent.start and c.i < verb.i and misparsed_name_object(c)), None) or name_opening_before(verb)
    return found
