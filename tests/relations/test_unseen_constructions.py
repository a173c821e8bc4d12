"""Meeting constructions of unseen news the bundled parser misreads: a passive agent parsed
as a plain `door` obl (parties.passive_agents) and a name hung as an apposition on the time
adverbial before it (parties.time_appositions). The parses are the bundled parser's own
analyses of the coverage sentences (tests/relations/test_meeting_coverage.py)."""

from __future__ import annotations

import pytest

from .conftest import parsed, relations, who_met

PASSIVE_DOOR = """
    Mark         PROPN  {subject}    7   B-PER  Mark
    Rutte        PROPN  flat         0   I-PER  Rutte
    {aux}        AUX    {auxdep}     7   -      {auxlemma}
    dinsdag      PROPN  advmod       7   -      dinsdag
    door         ADP    case         5   -      door
    Angela       PROPN  obl          7   B-PER  Angela
    Merkel       PROPN  flat         5   I-PER  Merkel
    {verb}       VERB   ROOT         7   -      {lemma}
    in           ADP    case         9   -      in
    Berlijn      PROPN  obl          7   B-LOC  Berlijn
    .            PUNCT  punct        7   -      .
"""


@pytest.mark.parametrize("verb,lemma,kind", [("ontvangen", "ontvangen", "meeting"), ("gebeld", "bellen", "call")])
def test_a_passive_agent_parsed_as_a_door_phrase_took_part(kb, verb, lemma, kind):
    doc = parsed(PASSIVE_DOOR.format(subject="nsubj:pass", aux="werd", auxdep="aux:pass", auxlemma="worden", verb=verb, lemma=lemma))
    assert who_met(relations(doc, kb)[1]) == [(kind, ["Angela Merkel", "Mark Rutte"])]


def test_an_active_verbs_door_phrase_is_no_agent(kb):
    """`Rutte heeft dinsdag door Merkel gebeld` (an active `hebben`, its subject no passive
    one): the `door` phrase names no one called."""
    doc = parsed(PASSIVE_DOOR.format(subject="nsubj", aux="heeft", auxdep="aux", auxlemma="hebben", verb="gebeld", lemma="bellen"))
    assert relations(doc, kb)[1] == []


TIME_APPOSITION = """
    Donald       PROPN  nsubj        2   B-PER  Donald
    Trump        PROPN  flat         0   I-PER  Trump
    {verb}       VERB   ROOT         2   -      {lemma}
    {time}       {pos}  obl          2   -      {time}
    Emmanuel     PROPN  appos        3   B-PER  Emmanuel
    Macron       PROPN  flat         4   I-PER  Macron
    .            PUNCT  punct        2   -      .
"""


@pytest.mark.parametrize("verb,lemma,kind", [("belde", "bellen", "call"), ("ontmoette", "ontmoeten", "meeting"),
                                             ("sprak", "spreken", "meeting")])
def test_a_name_hung_on_the_time_adverbial_before_it_was_met(kb, verb, lemma, kind):
    doc = parsed(TIME_APPOSITION.format(verb=verb, lemma=lemma, time="zaterdag", pos="PROPN"))
    assert who_met(relations(doc, kb)[1]) == [(kind, ["Donald Trump", "Emmanuel Macron"])]


def test_a_name_in_apposition_to_another_noun_is_not_met(kb):
    """`Trump belde de president, Emmanuel Macron` has its object read as such; `Trump belde
    vanuit het paleis Emmanuel Macron` with the name hung on a place noun is left alone."""
    doc = parsed(TIME_APPOSITION.format(verb="belde", lemma="bellen", time="paleis", pos="NOUN"))
    assert relations(doc, kb)[1] == []


MODAL_GOVERNOR = """
    Mark         PROPN  nsubj        2   B-PER  Mark
    Rutte        PROPN  flat         0   I-PER  Rutte
    {modal}      VERB   ROOT         2   -      {lemma}
    dinsdag      PROPN  compound:prt 2   -      dinsdag
    met          ADP    case         5   -      met
    Angela       PROPN  obl:arg      2   B-PER  Angela
    Merkel       PROPN  flat         5   I-PER  Merkel
    praten       VERB   xcomp        2   -      praten
    .            PUNCT  punct        2   -      .
"""


def test_a_partner_hung_on_the_modal_governor_is_the_infinitives(kb):
    """`Rutte gaat dinsdag met Merkel praten`, `met Merkel` on `gaat` (parties.modal_governor)."""
    doc = parsed(MODAL_GOVERNOR.format(modal="gaat", lemma="gaan"))
    assert who_met(relations(doc, kb)[1]) == [("meeting", ["Angela Merkel", "Mark Rutte"])]


def test_a_wish_parsed_as_the_meeting_verbs_governor_is_no_meeting(kb):
    """`Halsema wil met Aboutaleb praten`: `willen` the parser made the governing verb still
    wishes (denial.denied), as it does as an auxiliary."""
    doc = parsed("""
        Femke        PROPN  nsubj        2   B-PER  Femke
        Halsema      PROPN  flat         0   I-PER  Halsema
        wil          VERB   ROOT         2   -      willen
        met          ADP    case         4   -      met
        Ahmed        PROPN  obl          6   B-PER  Ahmed
        Aboutaleb    PROPN  flat         4   I-PER  Aboutaleb
        praten       VERB   xcomp        2   -      praten
        .            PUNCT  punct        2   -      .
    """)
    assert relations(doc, kb)[1] == []


def test_a_name_on_the_time_of_the_modal_governor_was_met(kb):
    """`Rutte gaat volgende week Merkel ontmoeten`, `Merkel` an apposition of `week`, which
    hangs on `gaat`."""
    doc = parsed("""
        Mark         PROPN  nsubj        2   B-PER  Mark
        Rutte        PROPN  flat         0   I-PER  Rutte
        gaat         VERB   ROOT         2   -      gaan
        volgende     VERB   amod         4   -      volgen
        week         NOUN   obl          2   -      week
        Angela       PROPN  appos        4   B-PER  Angela
        Merkel       PROPN  flat         5   I-PER  Merkel
        ontmoeten    VERB   xcomp        2   -      ontmoeten
        .            PUNCT  punct        2   -      .
    """)
    assert who_met(relations(doc, kb)[1]) == [("meeting", ["Angela Merkel", "Mark Rutte"])]


VISIT_OWNER = """
    Het          DET    det          1   -      het
    bezoek       NOUN   nsubj        7   -      bezoek
    van          ADP    case         3   -      van
    Emmanuel     PROPN  nmod         1   B-PER  Emmanuel
    Macron       PROPN  flat         3   I-PER  Macron
    {prep}       ADP    case         6   -      {prep}
    Duitsland    PROPN  nmod         3   B-LOC  Duitsland
    duurde       VERB   ROOT         7   -      duren
    twee         NUM    nummod       9   -      twee
    dagen        NOUN   obj          7   -      dag
    .            PUNCT  punct        7   -      .
"""


def test_a_visits_target_hung_on_the_visitors_name_is_the_visits(kb):
    """`Het bezoek van Macron aan Duitsland`, `aan Duitsland` on `Macron` (noun_parties.partner_phrases)."""
    meetings = relations(parsed(VISIT_OWNER.format(prep="aan")), kb)[1]
    assert who_met(meetings) == [("visit", ["Emmanuel Macron", "Germany"])]


def test_a_place_beside_the_visitors_name_is_no_target(kb):
    """`Het bezoek van Macron uit Duitsland`: where the visitor comes from is not visited."""
    assert relations(parsed(VISIT_OWNER.format(prep="uit")), kb)[1] == []


CONDITION = """
    {opener}     {pos}  {dep}        1   -      {lemma}
    Femke        PROPN  nsubj        5   B-PER  Femke
    Halsema      PROPN  flat         1   I-PER  Halsema
    Ahmed        PROPN  conj         1   B-PER  Ahmed
    Aboutaleb    PROPN  flat         1   I-PER  Aboutaleb
    ontmoet      VERB   advcl        10  -      ontmoeten
    ,            PUNCT  punct        5   -      ,
    zal          AUX    aux          10  -      zullen
    ze           PRON   nsubj        10  -      ze
    hem          PRON   obj          10  -      hem
    feliciteren  VERB   ROOT         10  -      feliciteren
    .            PUNCT  punct        10  -      .
"""


def test_a_condition_opening_the_clause_is_the_clauses_wherever_it_hangs(kb):
    """`Als Halsema Aboutaleb ontmoet, zal ze hem feliciteren`, `Als` on the subject (denial._conditional_opening)."""
    assert relations(parsed(CONDITION.format(opener="Als", pos="SCONJ", dep="mark", lemma="als")), kb)[1] == []


def test_a_clause_opened_by_a_time_conjunction_keeps_its_meeting(kb):
    """`Nadat Halsema Aboutaleb ontmoet, …`: done, not a condition."""
    meetings = relations(parsed(CONDITION.format(opener="Nadat", pos="SCONJ", dep="mark", lemma="nadat")), kb)[1]
    assert who_met(meetings) == [("meeting", ["Ahmed Aboutaleb", "Femke Halsema"])]


@pytest.mark.parametrize("verb,lemma,blocked", [("afgelast", "afgelast", True), ("gepland", "gepland", False)])
def test_a_called_off_encounter_is_no_meeting(kb, verb, lemma, blocked):
    """`De ontmoeting tussen Halsema en Aboutaleb is afgelast` (meeting_blockers.txt), the
    participle left as written; `is gepland` keeps it."""
    doc = parsed(f"""
        De           DET    det          1   -      de
        ontmoeting   NOUN   nsubj:pass   9   -      ontmoeting
        tussen       ADP    case         3   -      tussen
        Femke        PROPN  nmod         1   B-PER  Femke
        Halsema      PROPN  flat         3   I-PER  Halsema
        en           CCONJ  cc           6   -      en
        Ahmed        PROPN  conj         3   B-PER  Ahmed
        Aboutaleb    PROPN  flat         6   I-PER  Aboutaleb
        is           AUX    aux:pass     9   -      zijn
        {verb}       VERB   ROOT         9   -      {lemma}
        .            PUNCT  punct        9   -      .
    """)
    assert (relations(doc, kb)[1] == []) == blocked


@pytest.mark.parametrize("verb,lemma,meets", [("zit", "zitten", True), ("ligt", "liggen", False)])
def test_sitting_om_tafel_without_its_article_is_a_meeting(kb, verb, lemma, meets):
    """`Halsema zit dinsdag met Aboutaleb om tafel` (meeting_phrases.tsv, `om` parsed as the
    verb's particle); `het plan ligt om tafel` is no phrase of `liggen`."""
    doc = parsed(f"""
        Femke        PROPN  nsubj        2   B-PER  Femke
        Halsema      PROPN  flat         0   I-PER  Halsema
        {verb}       VERB   ROOT         2   -      {lemma}
        dinsdag      PROPN  obl          2   -      dinsdag
        met          ADP    case         5   -      met
        Ahmed        PROPN  obl          2   B-PER  Ahmed
        Aboutaleb    PROPN  flat         5   I-PER  Aboutaleb
        om           ADP    compound:prt 2   -      om
        tafel        ADV    advmod       2   -      tafel
        .            PUNCT  punct        2   -      .
    """)
    assert bool(relations(doc, kb)[1]) == meets


@pytest.mark.parametrize("particle,meets", [("bijeen", True), ("terug", False)])
def test_coming_together_takes_the_names_coordinated_before_it(kb, particle, meets):
    """`Trump en Kim Jong-un kwamen donderdag bijeen in Hanoi`, the coordination broken up
    (partner_verbs.txt: bijeenkomen); `kwamen terug` is no encounter."""
    doc = parsed(f"""
        Donald       PROPN  ROOT         0   B-PER  Donald
        Trump        PROPN  flat         0   I-PER  Trump
        en           CCONJ  cc           5   -      en
        Kim          PROPN  advmod       5   B-PER  Kim
        Jong-un      ADJ    xcomp        5   I-PER  Jong-un
        kwamen       VERB   conj         0   -      kwamen
        donderdag    PROPN  obl          5   -      donderdag
        {particle}   ADV    compound:prt 5   -      {particle}
        in           ADP    case         9   -      in
        Hanoi        PROPN  obl          5   B-LOC  Hanoi
        .            PUNCT  punct        0   -      .
    """)
    assert [m[1] for m in relations(doc, kb)[1]] == ([["Donald Trump", "Kim Jong-un"]] if meets else [])


GROUP_IN_SENTENCE = """
    Mark         PROPN  nsubj        5   B-PER  Mark
    Rutte        PROPN  flat         0   I-PER  Rutte
    {conj}       CCONJ  cc           3   -      {conj}
    Angela       PROPN  conj         0   B-PER  Angela
    Merkel       PROPN  flat         3   I-PER  Merkel
    kwamen       VERB   ROOT         5   -      komen
    dinsdag      PROPN  advmod       5   -      dinsdag
    aan          ADP    compound:prt 5   -      aan
    in           ADP    case         9   -      in
    Brussel      PROPN  obl          5   B-LOC  Brussel
    ,            PUNCT  punct        16  -      ,
    waar         ADV    advmod       16  -      waar
    de           DET    det          13  -      de
    twee         NUM    nsubj        16  -      twee
    met          ADP    case         15  -      met
    Macron       PROPN  obl          16  B-PER  Macron
    spraken      VERB   acl:relcl    9   -      spreken
    .            PUNCT  punct        5   -      .
"""


def test_a_group_subject_is_the_pair_named_earlier_in_its_own_sentence(kb):
    """`Rutte en Merkel kwamen aan in Brussel, waar de twee met Macron spraken` (groups.group_antecedent)."""
    meetings = relations(parsed(GROUP_IN_SENTENCE.format(conj="en")), kb)[1]
    assert ("meeting", ["Angela Merkel", "Emmanuel Macron", "Mark Rutte"]) in who_met(meetings)


def test_a_group_subject_after_one_name_in_its_sentence_is_nobody(kb):
    """`Rutte kwam aan in Brussel, waar de twee met Macron spraken`: one name makes no group."""
    doc = parsed("""
        Rutte        PROPN  nsubj        1   B-PER  Rutte
        kwam         VERB   ROOT         1   -      komen
        aan          ADP    compound:prt 1   -      aan
        in           ADP    case         4   -      in
        Brussel      PROPN  obl          1   B-LOC  Brussel
        ,            PUNCT  punct        11  -      ,
        waar         ADV    advmod       11  -      waar
        de           DET    det          8   -      de
        twee         NUM    nsubj        11  -      twee
        met          ADP    case         10  -      met
        Macron       PROPN  obl          11  B-PER  Macron
        spraken      VERB   acl:relcl    4   -      spreken
        .            PUNCT  punct        1   -      .
    """)
    assert not [m for m in relations(doc, kb)[1] if m[0] == "meeting"]


@pytest.mark.parametrize("name,ent,meets", [("NRC", "B-ORG", False), ("Shell", "B-ORG", True)])
def test_a_body_whose_name_ends_in_a_medium_noun_is_interviewed_not_met(kb, name, ent, meets):
    """`Rutte zei in een gesprek met NRC …` (NRC Handelsblad; bystanders.named_medium), not `met Shell`."""
    doc = parsed(f"""
        Mark         PROPN  nsubj        2   B-PER  Mark
        Rutte        PROPN  flat         0   I-PER  Rutte
        sprak        VERB   ROOT         2   -      spreken
        dinsdag      PROPN  advmod       2   -      dinsdag
        met          ADP    case         5   -      met
        {name}       PROPN  obl          2   {ent}  {name}
        .            PUNCT  punct        2   -      .
    """)
    assert bool(relations(doc, kb)[1]) == meets


@pytest.mark.parametrize("count,pos,dep,visits", [("duizenden", "NUM", "nummod", False), ("veel", "DET", "det", False),
                                                  ("de", "DET", "det", True)])
def test_a_people_counted_out_is_a_crowd_not_a_visitor(kb, count, pos, dep, visits):
    """`Elk voorjaar trekken duizenden Australiërs naar Turkije` (bystanders.counted): so many
    people, no named actor; `de Australiërs` may be the country acting."""
    doc = parsed(f"""
        {count}      {pos}  {dep}        1   -      {count}
        Australiërs  PROPN  nsubj        2   B-ORG  Australiër
        trekken      VERB   ROOT         2   -      trekken
        naar         ADP    case         4   -      naar
        Turkije      PROPN  obl          2   B-LOC  Turkije
        .            PUNCT  punct        2   -      .
    """)
    assert bool(relations(doc, kb)[1]) == visits


@pytest.mark.parametrize("word,ent,meets", [("Fries", "B-PER", False), ("Hofstra", "B-PER", True)])
def test_a_language_spoken_is_no_one_spoken_to(kb, word, ent, meets):
    """`Groningen sprak Fries`, `Fries` a person to the tagger (languages.txt); `Jansen sprak Hofstra` met him."""
    doc = parsed(f"""
        Jansen       PROPN  nsubj        1   B-PER  Jansen
        sprak        VERB   ROOT         1   -      spreken
        {word}       NOUN   obj          1   {ent}  {word}
        .            PUNCT  punct        1   -      .
    """)
    assert bool(relations(doc, kb)[1]) == meets
