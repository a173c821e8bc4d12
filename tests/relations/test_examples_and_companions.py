"""The names a plural argument gives as examples (arguments.exemplified, rule
`exemplified_members`): `ontmoette politici als Dijkhoff en Buma` met each of them; the
subject and companions of a verb-final clause hung outside it (arguments.stranded_arguments,
rule `verb_final_clause`); the body a board acts for (arguments.represented_bodies, rule
`body_through_its_board`); the person a plural `ze` names, put with a group the sentence
before (groups.accompanied_subject); `samen met`, read as a particle by the parser, for who
went along (morphology, arguments.comitative, rule `comitative_particle`). The parses are the bundled parser's own analyses of these sentences."""

from __future__ import annotations

from .conftest import parsed, relations, who_met

EXAMPLES = """
    Rutte     PROPN nsubj  1  B-PER  Rutte
    {verb}    VERB  ROOT   1  -      {lemma}
    {noun}    NOUN  obj    1  -      {noun_lemma}
    {marker}  SCONJ mark   4  -      {marker}
    {first}   PROPN nmod   2  {ent}  {first}
    en        CCONJ cc     6  -      en
    {second}  PROPN conj   4  {ent}  {second}
    .         PUNCT punct  1  -      .
"""


def test_the_examples_of_a_plural_object_were_met_each_on_their_own(kb):
    doc = parsed(EXAMPLES.format(verb="ontmoette", lemma="ontmoeten", noun="politici", noun_lemma="politicus", marker="als",
                                 first="Merkel", second="Macron", ent="B-PER"))
    assert who_met(relations(doc, kb)[1]) == [("meeting", ["Angela Merkel", "Mark Rutte"]), ("meeting", ["Emmanuel Macron", "Mark Rutte"])]


def test_the_example_places_of_a_plural_object_were_visited(kb):
    doc = parsed(EXAMPLES.format(verb="bezocht", lemma="bezoeken", noun="landen", noun_lemma="land", marker="zoals",
                                 first="Ghana", second="Mali", ent="B-LOC"))
    assert who_met(relations(doc, kb)[1]) == [("visit", ["Ghana", "Mark Rutte"]), ("visit", ["Mali", "Mark Rutte"])]


def test_a_singular_noun_gives_no_examples(kb):
    """`Rutte ontving een prijs als Merkel`: a singular noun's `als` compares; what Rutte
    received is a thing, so nobody was met."""
    doc = parsed("""
        Rutte   PROPN nsubj  1  B-PER  Rutte
        ontving VERB  ROOT   1  -      ontvangen
        een     DET   det    3  -      een
        prijs   NOUN  obj    1  -      prijs
        als     SCONJ mark   5  -      als
        Merkel  PROPN nmod   3  B-PER  Merkel
        .       PUNCT punct  1  -      .
    """)
    assert relations(doc, kb)[1] == []


def test_names_coordinated_as_the_object_stay_one_meeting(kb):
    doc = parsed("""
        Rutte     PROPN nsubj  1  B-PER  Rutte
        ontmoette VERB  ROOT   1  -      ontmoeten
        Merkel    PROPN obj    1  B-PER  Merkel
        en        CCONJ cc     4  -      en
        Macron    PROPN conj   2  B-PER  Macron
        .         PUNCT punct  1  -      .
    """)
    assert who_met(relations(doc, kb)[1]) == [("meeting", ["Angela Merkel", "Emmanuel Macron", "Mark Rutte"])]


VERB_FINAL = """
    Woldhek    PROPN nsubj      1   B-PER  Woldhek
    herinnert  VERB  ROOT       1   -      herinneren
    zich       PRON  expl:pv    1   -      zich
    hoe        ADV   advmod     1   -      hoe
    {opening}
    bij        ADP   case       {k} -      bij
    Kok        PROPN obl        {v} B-PER  Kok
    op         ADP   case       {b} -      op
    bezoek     NOUN  obl        {v} -      bezoek
    ging       VERB  advcl      1   -      gaan
    .          PUNCT punct      1   -      .
"""


def _verb_final(opening: str) -> list:
    start = 4 + len(opening.strip().splitlines())
    doc = parsed(VERB_FINAL.format(opening=opening, k=start + 1, b=start + 3, v=start + 4))
    doc[start + 4].set_morph("VerbForm=Fin")  # a finite adverbial clause has a subject of its own
    return doc


def test_the_noun_phrase_after_the_conjunction_of_a_verb_final_clause_is_its_subject(kb):
    """`Woldhek herinnert zich hoe zijn voorzitter Nijpels samen met Winsemius bij Kok op
    bezoek ging`, the bundled parser's analysis with `voorzitter` an object and `samen met
    Winsemius` an adverbial of `herinnert`: Nijpels and Winsemius visited Kok; Woldhek, whose
    chairman Nijpels was, did not (rule verb_final_clause)."""
    doc = _verb_final("""
        zijn       PRON  nmod:poss  5   -      zijn
        voorzitter NOUN  obj        1   -      voorzitter
        Nijpels    PROPN appos      5   B-PER  Nijpels
        samen      ADV   advcl      1   -      samen
        met        ADP   case       9   -      met
        Winsemius  PROPN obl:arg    7   B-PER  Winsemius
    """)
    assert who_met(relations(doc, kb)[1]) == [("meeting", ["Kok", "Nijpels", "Winsemius"])]


def test_a_verb_final_clause_without_a_noun_phrase_after_its_conjunction_takes_no_subject(kb):
    """`hoe er in de jaren negentig bij Kok op bezoek werd gegaan`: no noun phrase opens the
    clause, so none of the words before its verb is made its subject, and Kok alone is no meeting."""
    doc = _verb_final("""
        er         ADV   advmod     1   -      er
        in         ADP   case       8   -      in
        de         DET   det        8   -      de
        jaren      NOUN  obl        1   -      jaar
    """)
    assert relations(doc, kb)[1] == []


BOARD = """
    {det}      DET   det     1  -      {det}
    {noun}     NOUN  nsubj   4  -      {noun}
    van        ADP   case    3  -      van
    {owner}    PROPN nmod    1  {ent}  {owner}
    sprak      VERB  ROOT    4  -      spreken
    gisteren   ADV   advmod  4  -      gisteren
    met        ADP   case    7  -      met
    Halsema    PROPN obl:arg 4  B-PER  Halsema
    .          PUNCT punct   4  -      .
"""


def test_a_board_as_the_subject_meets_for_its_organisation(kb):
    """`Het (school)bestuur van Ajax sprak gisteren met Halsema`: the board acts for Ajax, so
    Ajax met Halsema (rule body_through_its_board), its compounds by their head."""
    for noun in ("bestuur", "clubbestuur"):
        doc = parsed(BOARD.format(det="Het", noun=noun, owner="Ajax", ent="B-ORG"))
        assert who_met(relations(doc, kb)[1]) == [("meeting", ["Ajax", "Femke Halsema"])]


def test_a_family_as_the_subject_is_no_body_of_the_person_it_belongs_to(kb):
    """`De familie van Sarah sprak met Halsema`: a family is no board and Sarah took no part;
    its subject names nobody, so the meeting is one-sided."""
    doc = parsed(BOARD.format(det="De", noun="familie", owner="Sarah", ent="B-PER"))
    assert relations(doc, kb)[1] == []


ACCOMPANIED = """
    Odegard     PROPN nsubj   6   B-PER  Odegard
    is          AUX   cop     6   -      zijn
    met         ADP   case    4   -      met
    {adjective} ADJ   amod    4   -      {adjective}
    {noun}      NOUN  nmod    6   -      {lemma}
    in          ADP   case    6   -      in
    Washington  PROPN ROOT    6   B-LOC  Washington
    .           PUNCT punct   6   -      .
    Ze          PRON  nsubj   9   -      ze
    spreken     VERB  ROOT    9   -      spreken
    met         ADP   case    11  -      met
    Rutherford  PROPN obl:arg 9   B-PER  Rutherford
    .           PUNCT punct   9   -      .
"""


def _accompanied(kb, adjective: str, noun: str, lemma: str) -> list:
    doc = parsed(ACCOMPANIED.format(adjective=adjective, noun=noun, lemma=lemma))
    doc[9].set_morph("Number=Plur")  # `spreken`: the plural `ze` of a group
    return who_met(relations(doc, kb)[1])


def test_a_person_with_a_group_the_sentence_before_is_the_named_one_of_a_plural_ze(kb):
    """`Odegard is met andere visahouders in Washington. Ze spreken met Rutherford.`: Odegard and
    the visa holders speak with Rutherford; of them only Odegard is named (rule accompanied_subject)."""
    assert _accompanied(kb, "andere", "visahouders", "visahouder") == [("meeting", ["Odegard", "Rutherford"])]


def test_a_person_with_no_group_the_sentence_before_is_no_plural_ze(kb):
    """`Odegard is met verlof in Washington. Ze spreken met Rutherford.`: no group is with Odegard,
    so who `ze` are is not said and the meeting is one-sided."""
    assert _accompanied(kb, "lang", "verlof", "verlof") == []


def test_samen_before_met_is_no_particle_and_who_went_along_took_part(kb):
    """`Rutte ontmoette dinsdag samen met Hoekstra Merkel`, parsed with `samen` the particle of
    `samenontmoeten`: before `met` it is the adverb of `samen met`, so the verb is `ontmoeten`
    and Hoekstra was there too (rule comitative_particle)."""
    doc = parsed("""
        Rutte     PROPN nsubj        1  B-PER  Rutte
        ontmoette VERB  ROOT         1  -      ontmoeten
        dinsdag   PROPN advmod       1  -      dinsdag
        samen     ADV   compound:prt 1  -      samen
        met       ADP   case         5  -      met
        Hoekstra  PROPN obl:arg      1  B-PER  Hoekstra
        Merkel    PROPN obj          1  B-PER  Merkel
        .         PUNCT punct        1  -      .
    """)
    assert who_met(relations(doc, kb)[1]) == [("meeting", ["Angela Merkel", "Hoekstra", "Mark Rutte"])]


def test_who_travelled_along_visits_the_place_and_meets_no_one(kb):
    """`Rutte reisde samen met Hoekstra naar Berlijn`: both visit Berlin; travelling together
    is no meeting between them."""
    doc = parsed("""
        Rutte     PROPN nsubj        1  B-PER  Rutte
        reisde    VERB  ROOT         1  -      reizen
        samen     ADV   compound:prt 1  -      samen
        met       ADP   case         4  -      met
        Hoekstra  PROPN obl          1  B-PER  Hoekstra
        naar      ADP   case         6  -      naar
        Berlijn   PROPN obl          1  B-LOC  Berlijn
        .         PUNCT punct        1  -      .
    """)
    assert who_met(relations(doc, kb)[1]) == [("visit", ["Berlin", "Hoekstra", "Mark Rutte"])]


def test_samen_as_the_particle_of_a_collective_verb_stays(kb):
    """`Rutte en Merkel kwamen dinsdag samen`: no `met` after it, `samen` is the particle of
    `samenkomen`, a meeting."""
    doc = parsed("""
        Rutte     PROPN nsubj        3  B-PER  Rutte
        en        CCONJ cc           2  -      en
        Merkel    PROPN conj         0  B-PER  Merkel
        kwamen    VERB  ROOT         3  -      komen
        dinsdag   PROPN advmod       3  -      dinsdag
        samen     ADV   compound:prt 3  -      samen
        .         PUNCT punct        3  -      .
    """)
    assert who_met(relations(doc, kb)[1]) == [("meeting", ["Angela Merkel", "Mark Rutte"])]
