"""Who joins an encounter besides the parties its own phrase names (pipeline/relations/joiners.py):
rules `besides_also` and `joined_the_encounter`, on hand-built parses as the bundled parser gives them."""

from __future__ import annotations

from .conftest import parsed, relations, who_met

# `Naast Jansen schoven ook Smit en Bakker aan bij het overleg .`
BESIDES = """
    Naast     ADP   case         1  -     naast
    Jansen    PROPN obl          2  B-PER Jansen
    schoven   VERB  ROOT         2  -     schuiven
    ook       ADV   advmod       2  -     ook
    Smit      PROPN obj          2  B-PER Smit
    en        CCONJ cc           6  -     en
    Bakker    PROPN conj         4  B-PER Bakker
    aan       ADP   compound:prt 2  -     aan
    bij       ADP   case         10 -     bij
    het       DET   det          10 -     het
    overleg   NOUN  obl          2  -     overleg
    .         PUNCT punct        2  -     .
"""


def test_the_name_besides_the_others_takes_part_too(kb):
    assert who_met(relations(parsed(BESIDES), kb)[1]) == [("meeting", ["Bakker", "Jansen", "Smit"])]


def test_without_besides_the_name_is_no_party(kb):
    doc = parsed(BESIDES.replace("Naast     ADP   case         1  -     naast", "Volgens   ADP   case         1  -     volgens"))
    assert [sorted(m[1]) for m in relations(doc, kb)[1]] == [["Bakker", "Smit"]]


# `Jansen en Smit dineren vandaag . Ook Bakker {verb} aan .` / `Ook Bakker was aanwezig .`
DINNER = """
    Jansen    PROPN nsubj        3  B-PER Jansen
    en        CCONJ cc           2  -     en
    Smit      PROPN conj         0  B-PER Smit
    dineren   VERB  ROOT         3  -     dineren
    vandaag   ADV   advmod       3  -     vandaag
    .         PUNCT punct        3  -     .
"""
# the second sentence's heads count from its own first word
JOINS = """
    {also:9} ADV   advmod       2  -     {also_lemma}
    Bakker    PROPN nsubj        2  B-PER Bakker
    schuift   VERB  ROOT         2  -     schuiven
    aan       ADP   compound:prt 2  -     aan
    .         PUNCT punct        2  -     .
"""
# the past tense, lemmatised as written (strong_verbs.tsv rebuilds `aanschuiven`)
JOINED = JOINS.replace("schuift   VERB  ROOT         2  -     schuiven", "schoof    VERB  ROOT         2  -     schoof")
# negated
NOT_JOINING = JOINS.replace("aan       ADP   compound:prt 2  -     aan", "niet      ADV   advmod       2  -     niet\n    aan       ADP   compound:prt 2  -     aan")
PRESENT = """
    {also:9} ADV   advmod       3  -     {also_lemma}
    Bakker    PROPN nsubj        3  B-PER Bakker
    was       AUX   cop          3  -     zijn
    aanwezig  ADJ   ROOT         3  -     aanwezig
    .         PUNCT punct        3  -     .
"""


def _two_sentences(first: str, second: str, also: str = "Ook"):
    second = second.format(also=also, also_lemma=also.lower())
    offset = len(first.strip().splitlines())
    rows = [line.split() for line in second.strip().splitlines()]
    shifted = "\n".join(" ".join([r[0], r[1], r[2], str(int(r[3]) + offset), *r[4:]]) for r in rows)
    return parsed(first + shifted)


def test_a_joiner_of_the_next_sentence_joins_the_encounter(kb):
    assert who_met(relations(_two_sentences(DINNER, JOINS), kb)[1]) == [("meeting", ["Bakker", "Jansen", "Smit"])]
    assert who_met(relations(_two_sentences(DINNER, PRESENT), kb)[1]) == [("meeting", ["Bakker", "Jansen", "Smit"])]


def test_a_joiner_in_the_past_tense_joins_and_a_negated_one_does_not(kb):
    assert who_met(relations(_two_sentences(DINNER, JOINED), kb)[1]) == [("meeting", ["Bakker", "Jansen", "Smit"])]
    assert who_met(relations(_two_sentences(DINNER, NOT_JOINING, also="Toen"), kb)[1]) == [("meeting", ["Jansen", "Smit"])]


def test_a_presence_without_ook_joins_nothing(kb):
    assert who_met(relations(_two_sentences(DINNER, PRESENT, also="Toen"), kb)[1]) == [("meeting", ["Jansen", "Smit"])]


def test_no_encounter_before_is_joined(kb):
    speech = DINNER.replace("dineren   VERB  ROOT         3  -     dineren", "zwijgen   VERB  ROOT         3  -     zwijgen")
    assert relations(_two_sentences(speech, PRESENT), kb)[1] == []
