"""Receiving light verbs (`kreeg bezoek van Y`, `ontving een telefoontje van Y`:
light_verbs.txt), a name the parser hung on the verb as an adverb (arguments.misparsed_name_object),
the subject of an encounter noun's relative clause parsed as a second object
(noun_parties.relative_light_verb) and a cancelling verb the parser coordinated with the noun
(denial._cancelled_beside), arguments hung on the auxiliary (parties.core_arguments) and
encounters asked for (request_verbs.txt). The parses are the bundled parser's own analyses."""

from __future__ import annotations

import pytest

from .conftest import parsed, relations, who_met

RECEIVED = """
    Burgemeester PROPN  nsubj        3   -      burgemeester
    Ahmed        PROPN  flat         0   B-PER  Ahmed
    Aboutaleb    PROPN  flat         0   I-PER  Aboutaleb
    {verb}       VERB   ROOT         3   -      {lemma}
    dinsdag      PROPN  advmod       3   -      dinsdag
    {noun}       NOUN   obj          3   -      {noun}
    van          ADP    case         7   -      van
    premier      NOUN   nmod         5   -      premier
    Mark         PROPN  appos        7   B-PER  Mark
    Rutte        PROPN  flat         8   I-PER  Rutte
    .            PUNCT  punct        3   -      .
"""


@pytest.mark.parametrize("verb,lemma,noun,kind", [("kreeg", "krijgen", "bezoek", "meeting"),
                                                  ("kreeg", "krijgen", "telefoontje", "call"),
                                                  ("ontving", "ontvangen", "telefoontje", "call")])
def test_a_received_visit_or_call_is_one_with_its_van_phrase(kb, verb, lemma, noun, kind):
    meetings = relations(parsed(RECEIVED.format(verb=verb, lemma=lemma, noun=noun)), kb)[1]
    assert who_met(meetings) == [(kind, ["Ahmed Aboutaleb", "Mark Rutte"])]


@pytest.mark.parametrize("verb,lemma,noun", [("kreeg", "krijgen", "brief"), ("kreeg", "krijgen", "steun")])
def test_receiving_a_thing_is_no_encounter(kb, verb, lemma, noun):
    assert relations(parsed(RECEIVED.format(verb=verb, lemma=lemma, noun=noun)), kb)[1] == []


ADVERB_NAME = """
    Donald       PROPN  nsubj        5   B-PER  Donald
    Trump        PROPN  flat         0   I-PER  Trump
    heeft        AUX    aux          5   -      hebben
    {first}      PROPN  advmod       5   {ent}  {first}
    {second}     ADJ    advmod       5   {ent2} {second}
    {verb}       VERB   ROOT         5   -      {lemma}
    .            PUNCT  punct        5   -      .
"""


@pytest.mark.parametrize("verb,lemma", [("ontmoet", "ontmoeten"), ("gesproken", "spreken")])
def test_a_name_parsed_as_the_verbs_adverb_was_met(kb, verb, lemma):
    doc = parsed(ADVERB_NAME.format(first="Kim", second="Jong-un", ent="B-PER", ent2="I-PER", verb=verb, lemma=lemma))
    assert who_met(relations(doc, kb)[1]) == [("meeting", ["Donald Trump", "Kim Jong-un"])]


def test_an_adverb_that_names_no_one_is_no_party(kb):
    doc = parsed(ADVERB_NAME.format(first="dinsdag", second="kort", ent="-", ent2="-", verb="gesproken", lemma="spreken"))
    assert relations(doc, kb)[1] == []


RELATIVE = """
    De           DET    det          1   -      de
    ontmoeting   NOUN   nsubj        10  -      ontmoeting
    {pronoun}    PRON   obj          8   -      {pronoun}
    Trump        PROPN  obj          8   B-PER  Trump
    en           CCONJ  cc           5   -      en
    Kim          PROPN  conj         3   B-PER  Kim
    in           ADP    case         7   -      in
    Hanoi        PROPN  obl          8   B-LOC  Hanoi
    {verb}       AUX    acl:relcl    1   -      {lemma}
    ,            PUNCT  punct        1   -      ,
    leverde      VERB   ROOT         10  -      leveren
    niets        PRON   obj          10  -      niets
    op           ADP    compound:prt 10  -      op
    .            PUNCT  punct        10  -      .
"""


def test_a_relative_clauses_second_object_is_its_subject(kb):
    meetings = relations(parsed(RELATIVE.format(pronoun="die", verb="hadden", lemma="hebben")), kb)[1]
    assert who_met(meetings) == [("meeting", ["Donald Trump", "Kim"])]


def test_a_relative_clause_without_a_light_verb_carries_no_one(kb):
    # `De ontmoeting die Trump en Kim in Hanoi zagen`: they watched it, they did not hold it
    assert relations(parsed(RELATIVE.format(pronoun="die", verb="zagen", lemma="zien")), kb)[1] == []


CANCELLED = """
    De           DET    det          1   -      de
    top          NOUN   ROOT         1   -      top
    tussen       ADP    case         3   -      tussen
    Donald       PROPN  nmod         1   B-PER  Donald
    Trump        PROPN  flat         3   I-PER  Trump
    en           CCONJ  cc           9   -      en
    Kim          PROPN  advmod       9   B-PER  Kim
    Jong-un      ADJ    advmod       9   I-PER  Jong-un
    werd         AUX    aux:pass     9   -      worden
    {verb}       VERB   conj         1   -      {lemma}
    .            PUNCT  punct        1   -      .
"""


@pytest.mark.parametrize("verb,lemma", [("afgeblazen", "afblazen"), ("geannuleerd", "annuleren")])
def test_a_cancelling_verb_coordinated_with_the_noun_cancels_it(kb, verb, lemma):
    assert relations(parsed(CANCELLED.format(verb=verb, lemma=lemma)), kb)[1] == []


def test_another_verb_coordinated_with_the_noun_cancels_nothing(kb):
    meetings = relations(parsed(CANCELLED.format(verb="gehouden", lemma="houden")), kb)[1]
    assert [m[1] for m in meetings] == [["Donald Trump", "Kim Jong-un"]]


RELATIVE_SUBJECT = """
    Mark         PROPN  nsubj        10  B-PER  Mark
    Rutte        PROPN  flat         0   I-PER  Rutte
    ,            PUNCT  punct        7   -      ,
    {pronoun}    PRON   {dep}        7   -      {pronoun}
    dinsdag      PROPN  amod         5   -      dinsdag
    Angela       PROPN  obj          7   B-PER  Angela
    Merkel       PROPN  flat         5   I-PER  Merkel
    ontmoette    VERB   {clause}     0   -      ontmoeten
    ,            PUNCT  punct        0   -      ,
    was          AUX    cop          10  -      zijn
    tevreden     ADJ    ROOT         10  -      tevreden
    .            PUNCT  punct        10  -      .
"""


def test_a_relative_pronoun_subject_is_the_noun_its_clause_hangs_on(kb):
    doc = parsed(RELATIVE_SUBJECT.format(pronoun="die", dep="nsubj", clause="acl:relcl"))
    assert who_met(relations(doc, kb)[1]) == [("meeting", ["Angela Merkel", "Mark Rutte"])]


def test_relative_clause_unattached_the_pronoun_after_the_comma_is_the_name_before_it(kb):
    """Rule `relative_clause_unattached` (syntax.relative_antecedent): `Mark Rutte, die
    dinsdag Angela Merkel ontmoette, …` parsed as a parenthetical: after a comma `die` opens
    a relative clause all the same, and stands for Rutte."""
    doc = parsed(RELATIVE_SUBJECT.format(pronoun="die", dep="nsubj", clause="parataxis"))
    assert who_met(relations(doc, kb)[1]) == [("meeting", ["Angela Merkel", "Mark Rutte"])]


def test_a_demonstrative_subject_not_after_a_comma_is_no_antecedent(kb):
    """Hand-built: the same clause with no comma before `die`: no relative clause, `die`
    stays a pronoun of its own and names nobody."""
    doc = parsed(RELATIVE_SUBJECT.format(pronoun="die", dep="nsubj", clause="parataxis").replace(
        "    ,            PUNCT  punct        7   -      ,\n", "    -            PUNCT  punct        7   -      -\n", 1))
    assert relations(doc, kb)[1] == []


SENT_DAUGHTER = """
    Trump        PROPN  nsubj        1   B-PER  Trump
    stuurt       VERB   ROOT         1   -      sturen
    zijn         PRON   nmod:poss    3   -      zijn
    dochter      NOUN   obj          1   -      dochter
    Ivanka       PROPN  appos        3   B-PER  Ivanka
    ,            PUNCT  punct        10  -      ,
    die          PRON   nsubj        10  -      die
    naar         ADP    case         8   -      naar
    Den          PROPN  obl          10  B-LOC  Den
    Haag         PROPN  flat         8   I-LOC  Haag
    afreist      VERB   acl:relcl    3   -      afreizen
    .            PUNCT  punct        1   -      .
"""


def test_the_possessor_of_a_relative_clauses_antecedent_is_no_party(kb):
    assert who_met(relations(parsed(SENT_DAUGHTER), kb)[1]) == [("visit", ["Ivanka", "The Hague"])]


ON_THE_AUXILIARY = """
    Rutte        PROPN  nsubj        1   B-PER  Rutte
    heeft        AUX    aux          4   -      hebben
    Merkel       PROPN  {dep:<12} {head} B-PER  Merkel
    gisteren     ADV    advmod       4   -      gisteren
    ontmoet      VERB   ROOT         4   -      ontmoeten
    .            PUNCT  punct        4   -      .
"""


@pytest.mark.parametrize("dep,head", [("nsubj", 4), ("obj", 1)])
def test_arguments_the_parser_hung_on_the_auxiliary_take_part(kb, dep, head):
    """`Rutte heeft Merkel gisteren ontmoet` with Rutte the subject of `heeft` and Merkel a
    second subject of the participle, or Merkel the object of `heeft`."""
    doc = parsed(ON_THE_AUXILIARY.format(dep=dep, head=head))
    assert who_met(relations(doc, kb)[1]) == [("meeting", ["Angela Merkel", "Mark Rutte"])]


IN_A_TALK = """
    Rutte        PROPN  nsubj        1   B-PER  Rutte
    heeft        AUX    aux          6   -      hebben
    {obj:<12} {pos:<6} obj          1   {ent:<6} {obj}
    in           ADP    case         5   -      in
    een          DET    det          5   -      een
    gesprek      NOUN   obl          6   -      gesprek
    gevraagd     VERB   ROOT         6   -      vragen
    om           ADP    case         8   -      om
    steun        NOUN   obl:arg      6   -      steun
    .            PUNCT  punct        6   -      .
"""


def test_the_person_asked_in_a_talk_was_in_it_whatever_the_parse_hung_them_on(kb):
    doc = parsed(IN_A_TALK.format(obj="Merkel", pos="PROPN", ent="B-PER"))
    assert who_met(relations(doc, kb)[1]) == [("meeting", ["Angela Merkel", "Mark Rutte"])]


def test_a_thing_on_the_auxiliary_takes_no_part(kb):
    assert relations(parsed(IN_A_TALK.format(obj="geld", pos="NOUN", ent="-")), kb)[1] == []


REQUESTED = """
    Het          DET    det          1   -      het
    kabinet      NOUN   nsubj        4   -      kabinet
    heeft        AUX    aux          4   -      hebben
    Rutte        PROPN  obj          4   B-PER  Rutte
    {verb:<12} VERB   ROOT         4   -      {lemma}
    Merkel       PROPN  obj          7   B-PER  Merkel
    te           ADP    mark         7   -      te
    ontmoeten    VERB   xcomp        4   -      ontmoeten
    .            PUNCT  punct        4   -      .
"""


@pytest.mark.parametrize("verb,lemma", [("gevraagd", "vragen"), ("verzocht", "verzoeken"), ("aangeraden", "aanraden")])
def test_an_encounter_someone_is_asked_to_have_is_not_reported(kb, verb, lemma):
    """`Het kabinet heeft Rutte gevraagd Merkel te ontmoeten` (request_verbs.txt): asked for,
    not held, and not the cabinet's either."""
    assert relations(parsed(REQUESTED.format(verb=verb, lemma=lemma)), kb)[1] == []


def test_an_encounter_under_a_verb_that_asks_for_nothing_is_reported(kb):
    # `Het kabinet heeft Rutte geholpen Merkel te ontmoeten`: helped, so it took place
    meetings = relations(parsed(REQUESTED.format(verb="geholpen", lemma="helpen")), kb)[1]
    assert len(meetings) == 1 and "Angela Merkel" in meetings[0][1]
