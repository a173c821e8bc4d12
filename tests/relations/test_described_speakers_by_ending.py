"""Speaking descriptions the lists do not name (pipeline/linking/descriptions.py): an agent
noun by its ending (`agent_noun_ending`: de verkeerskundige, de monteur), one after
`aldus` (`aldus_description`), and one whose person the stretch before names only through a
subject pronoun (`description_after_pronoun`)."""

from __future__ import annotations

import pytest

from .conftest import parsed, relations

STORY = """
    Anna       PROPN nsubj   2 B-PER Anna
    Smit       PROPN flat    0 I-PER Smit
    lachte     VERB  ROOT    2 -     lachen
    .          PUNCT punct   2 -     .
    '          PUNCT punct   5 -     '
    Goed       ADJ   ROOT    5 -     goed
    '          PUNCT punct   5 -     '
    ,          PUNCT punct   8 -     ,
    {cue:<10} {cuepos} parataxis 5 - {cuelemma}
    {det:<10} DET   det     10 -    {det}
    {noun:<15} {pos} {dep}   8 -     {lemma}
    .          PUNCT punct   5 -     .
"""


def story(noun="monteur", pos="NOUN", dep="obj", lemma=None, det="de", cue="zegt", cuepos="VERB", cuelemma="zeggen"):
    return parsed(STORY.format(noun=noun, pos=pos, dep=dep, lemma=lemma or noun, det=det, cue=cue, cuepos=cuepos, cuelemma=cuelemma))


@pytest.mark.parametrize("doc", [
    story(noun="monteur"),  # -eur
    story(noun="verkeerskundige", pos="ADJ", dep="xcomp", lemma="verkeerskundig"),  # tagged an adjective that modifies nothing
])
def test_statements_an_agent_noun_by_its_ending_speaks_as_the_person_named_before(kb, doc):
    statements, _ = relations(doc, kb)
    assert [s[:3] for s in statements] == [("direct", "Anna Smit", "zeggen")]


def test_statements_a_word_with_the_ending_after_het_is_no_person(kb):
    """`zegt het interieur`: a thing."""
    statements, _ = relations(story(noun="interieur", det="het"), kb)
    assert statements == []


def test_statements_a_description_after_aldus_speaks(kb):
    """`'Goed', aldus de voetballer.`: `aldus` is no verb."""
    statements, _ = relations(story(noun="voetballer", dep="nsubj", cue="aldus", cuepos="ADV", cuelemma="aldus"), kb)
    assert [s[:3] for s in statements] == [("direct", "Anna Smit", "aldus")]


CHAIN = """
    Anna       PROPN nsubj   2 B-PER Anna
    Smit       PROPN flat    0 I-PER Smit
    lachte     VERB  ROOT    2 -     lachen
    .          PUNCT punct   2 -     .
    '          PUNCT punct   5 -     '
    Goed       ADJ   ROOT    5 -     goed
    '          PUNCT punct   5 -     '
    ,          PUNCT punct   8 -     ,
    zegt       VERB  parataxis 5 -   zeggen
    {pronoun:<6} PRON nsubj  8 -     {pronoun}
    .          PUNCT punct   5 -     .
    Het        PRON  nsubj   12 -    het
    regent     VERB  ROOT    12 -    regenen
    .          PUNCT punct   12 -    .
    '          PUNCT punct   15 -    '
    Mooi       ADJ   ROOT    15 -    mooi
    '          PUNCT punct   15 -    '
    ,          PUNCT punct   18 -    ,
    zegt       VERB  parataxis 15 -  zeggen
    de         DET   det     20 -    de
    buurvrouw  NOUN  obj     18 -    buurvrouw
    .          PUNCT punct   15 -    .
"""


def test_statements_a_description_reaches_the_person_a_subject_pronoun_before_it_names(kb):
    """`Anna Smit lachte. 'Goed', zegt zij. Het regent. 'Mooi', zegt de buurvrouw.`: Anna
    Smit is three sentences back, but `zij` in reach stands for her."""
    statements, _ = relations(parsed(CHAIN.format(pronoun="zij")), kb)
    assert [s[:4] for s in statements] == [("direct", "Anna Smit", "zeggen", "Goed"), ("direct", "Anna Smit", "zeggen", "Mooi")]


def test_statements_a_pronoun_of_the_other_gender_does_not_reach_back_for_a_description(kb):
    """`… zegt hij. Het regent. 'Mooi', zegt de buurvrouw.`: `hij` is no woman's stand-in."""
    statements, _ = relations(parsed(CHAIN.format(pronoun="hij")), kb)
    assert [s for s in statements if s[3] == "Mooi"] == []


def _quote_then(cue: str, cuelemma: str, noun: str, tail: list[tuple[str, str, str, str]] = ()) -> str:
    """`Anna Smit lachte. 'Goed', <cue> de <noun> <tail>.`, the tail's words hung on the noun
    (word, POS, dep, entity)."""
    rows = ["Anna PROPN nsubj 2 B-PER Anna", "Smit PROPN flat 0 I-PER Smit", "lachte VERB ROOT 2 - lachen", ". PUNCT punct 2 - .",
            "' PUNCT punct 5 - '", "Goed ADJ ROOT 5 - goed", "' PUNCT punct 5 - '", ", PUNCT punct 8 - ,",
            f"{cue} {'ADV' if cue == 'aldus' else 'VERB'} parataxis 5 - {cuelemma}", "de DET det 10 - de", f"{noun} NOUN nsubj 8 - {noun}"]
    rows += [f"{word} {pos} {dep} 10 {ent} {word.lower()}" for word, pos, dep, ent in tail]
    return "\n".join([*rows, ". PUNCT punct 5 - ."])


@pytest.mark.parametrize("table", [
    # a relative clause introduces someone new: `aldus de ondernemer, die anoniem wil blijven`
    _quote_then("aldus", "aldus", "voetballer", [(",", "PUNCT", "punct", "-"), ("die", "PRON", "nsubj", "-"), ("zwijgt", "VERB", "acl:relcl", "-")]),
    # the name follows: `zegt de voetballer van Ajax, Jan Bos`
    _quote_then("zegt", "zeggen", "voetballer", [(",", "PUNCT", "punct", "-"), ("Jan", "PROPN", "appos", "B-PER"), ("Bos", "PROPN", "flat", "I-PER")]),
    # a spokesperson is a body's voice: `aldus de partijwoordvoerder`
    _quote_then("aldus", "aldus", "partijwoordvoerder"),
    # a title of the knowledge base's roles names a holder it knows: `zei de minister-president`
    _quote_then("zei", "zeggen", "minister-president"),
])
def test_statements_a_described_newcomer_is_not_the_person_named_before(kb, table):
    statements, _ = relations(parsed(table), kb)
    assert [s for s in statements if s[1] == "Anna Smit"] == []


NAMED_IN_REACH = """
    Piet       PROPN nsubj   2 B-PER Piet
    Bos        PROPN flat    0 I-PER Bos
    lachte     VERB  ROOT    2 -     lachen
    .          PUNCT punct   2 -     .
    '          PUNCT punct   5 -     '
    Goed       ADJ   ROOT    5 -     goed
    '          PUNCT punct   5 -     '
    ,          PUNCT punct   8 -     ,
    zegt       VERB  parataxis 5 -   zeggen
    hij        PRON  nsubj   8 -     hij
    .          PUNCT punct   5 -     .
    Jan        PROPN nsubj   13 B-PER Jan
    Smit       PROPN flat    11 I-PER Smit
    knikt      VERB  ROOT    13 -    knikken
    .          PUNCT punct   13 -    .
    '          PUNCT punct   16 -    '
    Mooi       ADJ   ROOT    16 -    mooi
    '          PUNCT punct   16 -    '
    ,          PUNCT punct   19 -    ,
    zegt       VERB  parataxis 16 -  zeggen
    de         DET   det     21 -    de
    monteur    NOUN  obj     19 -    monteur
    .          PUNCT punct   16 -    .
"""


def test_statements_a_description_with_someone_named_in_reach_does_not_reach_further(kb):
    """`Piet Bos lachte. 'Goed', zegt hij. Jan Smit knikt. 'Mooi', zegt de monteur.`: Jan Smit
    is named in reach, so `hij` does not stretch it back to Piet Bos as well."""
    statements, _ = relations(parsed(NAMED_IN_REACH), kb)
    assert [s[:4] for s in statements if s[3] == "Mooi"] == [("direct", "Jan Smit", "zeggen", "Mooi")]
