"""Pronouns (pipeline/linking/pronouns.py), resolved when linking: on hand-built Docs, and
through the statements whose speaker they are."""

from __future__ import annotations

import pytest

from pipeline.linking.pronouns import narration_window_start

from ..relations.conftest import BRUSSEE_REACTED, parsed, relations, who_met
from .conftest import doc_from, link


def test_aliases_pronoun_resolves_to_the_preceding_subject(kb):
    #        0          1          2     3   4    5    6
    words = "[Poetin](PER) ontving [Kim](PER) . Hij zei ."
    doc, linked = link(words, kb, heads=[1, 1, 1, 1, 5, 5, 5], deps=["nsubj", "ROOT", "obj", "punct", "nsubj", "ROOT", "punct"])
    assert linked.key_of_token(doc[4]) == "Q7747"


def test_aliases_pronoun_without_a_person_before_it_is_unresolved(kb):
    doc, linked = link("Hij zei het . [Poetin](PER) kwam .", kb)
    assert linked.key_of_token(doc[0]) is None


def test_aliases_demonstrative_takes_the_most_recent_person(kb):
    #        0          1          2     3   4    5    6
    words = "[Poetin](PER) ontving [Kim](PER) . Die zei ."
    doc, linked = link(words, kb, heads=[1, 1, 1, 1, 5, 5, 5], deps=["nsubj", "ROOT", "obj", "punct", "nsubj", "ROOT", "punct"])
    assert linked.demonstrative_key(doc[4]) == "PERSON:kim"  # a `Hij` there would be Poetin, the subject


def test_aliases_pronouns_are_resolved_when_linking_and_do_not_depend_on_who_asks_first(kb):
    """Each pronoun's person is fixed by the linking stage: asking in reverse order, or
    twice, gives the answers asked in text order."""
    words = "[Poetin](PER) ontving [Kim](PER) . Hij zei . Hij lachte ."
    heads = [1, 1, 1, 1, 5, 5, 5, 8, 8, 8]
    deps = ["nsubj", "ROOT", "obj", "punct", "nsubj", "ROOT", "punct", "nsubj", "ROOT", "punct"]
    doc, linked = link(words, kb, heads=heads, deps=deps)
    backwards = [linked.key_of_token(doc[i]) for i in (7, 4, 7)]
    assert backwards == ["Q7747", "Q7747", "Q7747"]


@pytest.mark.parametrize("noun", ["docent", "burgemeester", "minister"])
def test_relations_a_pronoun_after_a_nameless_person_subject_is_theirs(kb, noun):
    """`Jansen zag Mohammed. De docent ontkende het. 'Ik loog niet', zei hij.`: `hij` is
    the teacher, whom nobody names, so nobody named speaks. `De burgemeester`, `De minister`
    may be a man: their -ster says no sex (data/lexicon/person_noun_genders.tsv, `neither`)."""
    doc = parsed(f"""
        Jansen     PROPN nsubj   1 B-PER Jansen
        zag        VERB  ROOT    1 -     zien
        Mohammed   PROPN obj     1 B-PER Mohammed
        .          PUNCT punct   1 -     .
        De         DET   det     5 -     de
        {noun:<10} NOUN  nsubj   6 -     {noun}
        ontkende   VERB  ROOT    6 -     ontkennen
        het        PRON  obj     6 -     het
        .          PUNCT punct   6 -     .
        '          PUNCT punct   11 -    '
        Ik         PRON  nsubj   11 -    ik
        loog       VERB  ROOT    11 -    liegen
        niet       ADV   advmod  11 -    niet
        '          PUNCT punct   11 -    '
        ,          PUNCT punct   15 -    ,
        zei        VERB  parataxis 11 -  zeggen
        hij        PRON  nsubj   15 -    hij
        .          PUNCT punct   11 -    .
    """)
    statements, _ = relations(doc, kb)
    assert statements == []


def test_relations_a_pronoun_looks_back_past_quoted_sentences(kb):
    """`Brussee reageerde. 'Het was fout. Het was dom.' Volgens hem faalde de school.`: the
    quoted sentences are Brussee's words, the narration's last person is still Brussee."""
    doc = parsed(BRUSSEE_REACTED + """
        '          PUNCT punct   5 -     '
        Het        PRON  nsubj   5 -     het
        was        AUX   ROOT    5 -     zijn
        fout       ADJ   xcomp   5 -     fout
        .          PUNCT punct   5 -     .
        Het        PRON  nsubj   9 -     het
        was        AUX   ROOT    9 -     zijn
        dom        ADJ   xcomp   9 -     dom
        .          PUNCT punct   9 -     .
        '          PUNCT punct   9 -     '
        Volgens    ADP   case    14 -    volgens
        hem        PRON  obl     15 -    hem
        faalde     VERB  ROOT    15 -    falen
        de         DET   det     17 -    de
        school     NOUN  nsubj   15 -    school
        .          PUNCT punct   15 -    .
    """)
    statements, _ = relations(doc, kb)
    assert ("indirect", "Brussee", "volgens", "faalde de school", None) in statements


def test_relations_a_pronoun_chains_through_earlier_pronoun_subjects(kb):
    """`Brussee reageerde. Hij belde. Het was laat en donker. Hij weigerde. Hij zei dat het
    klopt.`: the last `hij` is Brussee through the `hij`s before it, though Brussee himself
    lies outside the window of two narrated sentences."""
    doc = parsed(BRUSSEE_REACTED + """
        Hij        PRON  nsubj   4 -     hij
        belde      VERB  ROOT    4 -     bellen
        .          PUNCT punct   4 -     .
        Het        PRON  nsubj   7 -     het
        was        AUX   cop     8 -     zijn
        laat       ADJ   ROOT    8 -     laat
        en         CCONJ cc      10 -    en
        donker     ADJ   conj    8 -     donker
        .          PUNCT punct   8 -     .
        Hij        PRON  nsubj   13 -    hij
        weigerde   VERB  ROOT    13 -    weigeren
        .          PUNCT punct   13 -    .
        Hij        PRON  nsubj   16 -    hij
        zei        VERB  ROOT    16 -    zeggen
        dat        SCONJ mark    19 -    dat
        het        PRON  nsubj   19 -    het
        klopt      VERB  ccomp   16 -    kloppen
        .          PUNCT punct   16 -    .
    """)
    statements, _ = relations(doc, kb)
    assert [(speaker, cue) for _, speaker, cue, *_ in statements] == [("Brussee", "zeggen")]


def test_relations_a_pronoun_skips_a_person_of_the_other_sex(kb):
    """`Sharon Gesthuizen sprak. Emile Roemer knikte. Ze zei dat het klopt.`: `ze` is the
    woman, though the man was the last subject."""
    doc = parsed("""
        Sharon     PROPN nsubj   2 B-PER Sharon
        Gesthuizen PROPN flat    0 I-PER Gesthuizen
        sprak      VERB  ROOT    2 -     spreken
        .          PUNCT punct   2 -     .
        Emile      PROPN nsubj   6 B-PER Emile
        Roemer     PROPN flat    4 I-PER Roemer
        knikte     VERB  ROOT    6 -     knikken
        .          PUNCT punct   6 -     .
        Ze         PRON  nsubj   9 -     ze
        zei        VERB  ROOT    9 -     zeggen
        dat        SCONJ mark    12 -    dat
        het        PRON  nsubj   12 -    het
        klopt      VERB  ccomp   9 -     kloppen
        .          PUNCT punct   9 -     .
    """)
    statements, _ = relations(doc, kb)
    assert [speaker for _, speaker, *_ in statements] == ["Sharon Gesthuizen"]


def test_relations_plural_ze_and_possessive_subjects_name_no_speaker(kb):
    """`Brussee reageerde. Ze zeggen dat het klopt.` (a plural verb: a group) and
    `waarin zijn moeder hem vraagt …` (a possessive the parser took for the subject)."""
    doc = parsed(BRUSSEE_REACTED + """
        Ze         PRON  nsubj   4 -     ze
        zeggen     VERB  ROOT    4 -     zeggen
        dat        SCONJ mark    7 -     dat
        het        PRON  nsubj   7 -     het
        klopt      VERB  ccomp   4 -     kloppen
        .          PUNCT punct   4 -     .
        Zijn       PRON  nsubj   12 -    zijn
        moeder     NOUN  advmod  12 -    moeder
        hem        PRON  obj     12 -    hem
        vraagt     VERB  ROOT    12 -    vragen
        dat        SCONJ mark    15 -    dat
        het        PRON  nsubj   15 -    het
        klopt      VERB  ccomp   12 -    kloppen
        .          PUNCT punct   12 -    .
    """)
    doc[4].set_morph("Number=Plur")
    statements, _ = relations(doc, kb)
    assert statements == []


def test_relations_a_name_after_the_auxiliary_labelled_object_is_the_subject_a_pronoun_takes(kb):
    """`In Rome heeft Pompeo Lavrov ontvangen. Hij zei dat het klopt.` with `Pompeo` labelled
    iobj: he is still the subject `Hij` refers to, not the last name, Lavrov."""
    doc = parsed("""
        In         ADP   case    1 -     in
        Rome       PROPN obl     5 B-LOC Rome
        heeft      AUX   aux     5 -     hebben
        Pompeo     PROPN iobj    5 B-PER Pompeo
        Lavrov     PROPN obj     5 B-PER Lavrov
        ontvangen  VERB  ROOT    5 -     ontvangen
        .          PUNCT punct   5 -     .
        Hij        PRON  nsubj   8 -     hij
        zei        VERB  ROOT    8 -     zeggen
        dat        SCONJ mark    11 -    dat
        het        PRON  nsubj   11 -    het
        klopt      VERB  ccomp   8 -     kloppen
        .          PUNCT punct   8 -     .
    """)
    assert [(speaker, cue) for _, speaker, cue, *_ in relations(doc, kb)[0]] == [("Mike Pompeo", "zeggen")]


BRUSSEE_QUOTES_KIM = BRUSSEE_REACTED + """
        '          PUNCT punct   6 -     '
        {quoted}
        kent       VERB  ROOT    6 -     kennen
        het        PRON  obj     6 -     het
        .          PUNCT punct   6 -     .
        '          PUNCT punct   6 -     '
        Volgens    ADP   case    11 -    volgens
        hem        PRON  obl     12 -    hem
        faalde     VERB  ROOT    12 -    falen
        de         DET   det     14 -    de
        school     NOUN  nsubj   12 -    school
        .          PUNCT punct   12 -    .
"""


def test_relations_a_narrated_pronoun_takes_the_narrated_person_not_one_named_in_a_quote(kb):
    """`Brussee reageerde. 'Ieder Kim kent het.' Volgens hem faalde de school.`: the subject
    named inside the quote is the speaker's topic; `hem` in the narration is Brussee."""
    doc = parsed(BRUSSEE_QUOTES_KIM.format(quoted="Ieder DET det 5 - ieder\n Kim PROPN nsubj 6 B-PER Kim"))
    statements, _ = relations(doc, kb)
    assert [(speaker, cue) for _, speaker, cue, *_ in statements if cue == "volgens"] == [("Brussee", "volgens")]


def test_relations_a_narrated_pronoun_may_take_one_named_in_a_quote_when_the_narration_names_nobody(kb):
    """`De school reageerde. 'Kim kent het.' Volgens hem …`: nobody in the narration, so the
    person the quote named is the one in reach."""
    doc = parsed("""
        School     NOUN  nsubj   1 -     school
        reageerde  VERB  ROOT    1 -     reageren
        .          PUNCT punct   1 -     .
    """ + BRUSSEE_QUOTES_KIM.split("punct   1 -     .", 1)[1].format(quoted="Het DET det 5 - het\n Kim PROPN nsubj 6 B-PER Kim"))
    statements, _ = relations(doc, kb)
    assert [(speaker, cue) for _, speaker, cue, *_ in statements if cue == "volgens"] == [("Kim", "volgens")]


def test_aliases_a_pronoun_takes_the_main_clause_subject_over_a_later_subordinate_one(kb):
    """`Poetin zei dat Kim kwam. Hij lachte.`: hij is Poetin, the subject of the main clause
    before, not Kim of its `dat` clause (rule main_clause_antecedent)."""
    words = "[Poetin](PER) zei dat [Kim](PER) kwam . Hij lachte ."
    heads = [1, 1, 4, 4, 1, 1, 7, 7, 7]
    deps = ["nsubj", "ROOT", "mark", "nsubj", "ccomp", "punct", "nsubj", "ROOT", "punct"]
    doc, linked = link(words, kb, heads=heads, deps=deps)
    assert linked.key_of_token(doc[6]) == "Q7747"


def test_aliases_a_subordinate_subject_stands_without_a_main_clause_one(kb):
    """`Toen Kim kwam, lachte het publiek. Hij zei …`: no person is the main clause's subject,
    so hij is Kim; `Poetin kwam en Kim lachte. Hij zei …`: a coordinated main clause's subject
    is the most recent one, Kim."""
    words = "Toen [Kim](PER) kwam , lachte het publiek . Hij zei ."
    heads = [2, 2, 4, 4, 4, 6, 4, 4, 9, 9, 9]
    deps = ["mark", "nsubj", "advcl", "punct", "ROOT", "det", "nsubj", "punct", "nsubj", "ROOT", "punct"]
    doc, linked = link(words, kb, heads=heads, deps=deps)
    assert linked.key_of_token(doc[8]) == "PERSON:kim"
    words = "[Poetin](PER) kwam en [Kim](PER) lachte . Hij zei ."
    heads = [1, 1, 4, 4, 1, 1, 7, 7, 7]
    deps = ["nsubj", "ROOT", "cc", "nsubj", "conj", "punct", "nsubj", "ROOT", "punct"]
    doc, linked = link(words, kb, heads=heads, deps=deps)
    assert linked.key_of_token(doc[6]) == "PERSON:kim"



FILM = """
    {opening}
    werd      AUX   aux:pass   {v}  -      worden
    {name}
    bekend    ADJ   ROOT       {v}  -      bekend
    door      ADP   case       {f}  -      door
    de        DET   det        {f}  -      de
    film      NOUN  obl:agent  {v}  -      film
    van       ADP   case       {h}  -      van
    Hofman    PROPN nmod       {f}  B-PER  Hofman
    ,         PUNCT punct      {m}  -      ,
    waarin    ADV   advmod     {m}  -      waarin
    hij       PRON  nsubj      {m}  -      hij
    Buma      PROPN obj        {m}  B-PER  Buma
    ontmoette VERB  acl:relcl  {f}  -      ontmoeten
    .         PUNCT punct      {v}  -      .
"""


def _film(opening: str, name: str) -> str:
    offset = int(bool(opening)) + int(bool(name))
    v, f, h = 1 + offset, 4 + offset, 6 + offset
    return FILM.format(opening=opening, name=name, v=v, f=f, h=h, m=f + 7)


def test_relations_a_name_opening_its_sentence_labelled_adverb_is_the_subject_a_pronoun_takes(kb):
    """`Nemr werd bekend door de film van Hofman, waarin hij Buma ontmoette` with `Nemr`
    labelled an adverb: the name right before the finite auxiliary of a clause without a
    subject is its subject, so hij is Nemr, not Hofman (rule fronted_subject)."""
    doc = parsed(_film("Nemr PROPN advmod 2 B-PER Nemr", ""))
    assert who_met(relations(doc, kb)[1]) == [("meeting", ["Buma", "Nemr"])]


def test_relations_a_name_after_the_verb_labelled_adverb_is_no_fronted_subject(kb):
    """`Toen werd Nemr bekend door de film van Hofman, waarin hij …`: no name opens the
    sentence, so no subject is read off the adverb and hij is the most recent person named."""
    doc = parsed(_film("Toen ADV advmod 3 - toen", "Nemr PROPN advmod 3 B-PER Nemr"))
    assert who_met(relations(doc, kb)[1]) == [("meeting", ["Buma", "Hofman"])]


def test_pronouns_a_sentence_of_no_word_is_no_narrated_sentence():
    """A closing quote mark the splitter left alone (`' .`) does not use up the narration
    window: two narrated sentences before `Hij` still reach `Jan lachte`."""
    doc = doc_from("Jan lachte . ' . Het regent . Hij zegt .")
    assert narration_window_start(doc[8], []) == 0
