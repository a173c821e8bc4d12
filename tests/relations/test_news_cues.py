"""Cue verbs and turns of phrase news reports speech with, found outside the lexicon on
fresh articles (data/lexicon/speech_verbs.txt, cue_idioms.txt): `hint erop dat`, `kreunt
dat`, `redeneerde dat`, `smaalde`, `betitelde hem als`, `maakt duidelijk dat`, `durft de
stelling aan dat`."""

from __future__ import annotations

import pytest

from .conftest import parsed, relations

CLAUSE_CUE = """
    Rutte      PROPN nsubj   1 B-PER Rutte
    {verb:<10} VERB  ROOT    1 -     {lemma}
    dat        SCONJ mark    4 -     dat
    hij        PRON  nsubj   4 -     hij
    wint       VERB  ccomp   1 -     winnen
    .          PUNCT punct   1 -     .
"""


@pytest.mark.parametrize(("verb", "lemma", "cue"), [
    ("hint", "hint", "hinten"), ("kreunt", "kreunt", "kreunen"), ("redeneerde", "redeneerde", "redeneren"),
    ("smaalde", "smaalen", "smalen"), ("betitelde", "betitelde", "betitelen"),
])
def test_statements_news_speech_verbs_report_their_clause(kb, verb, lemma, cue):
    """The lemmatizer leaves these verbs as written (`hint`, `redeneerde`) or misspells them
    (`smaalen`): the infinitive rebuilt from the form is the lexicon's."""
    assert relations(parsed(CLAUSE_CUE.format(verb=verb, lemma=lemma)), kb)[0] == [("indirect", "Mark Rutte", cue, "dat hij wint", None)]


def test_statements_kreunen_of_pain_says_nothing(kb):
    """`Rutte kreunt van de pijn`: the verb's other sense has no clause, so no content."""
    doc = parsed("""
        Rutte      PROPN nsubj   1 B-PER Rutte
        kreunt     VERB  ROOT    1 -     kreunt
        van        ADP   case    4 -     van
        de         DET   det     4 -     de
        pijn       NOUN  obl     1 -     pijn
        .          PUNCT punct   1 -     .
    """)
    assert relations(doc, kb)[0] == []


IDIOM = """
    Rutte      PROPN nsubj   1 B-PER Rutte
    maakt      VERB  ROOT    1 -     uitmaken
    {word:<10} ADJ   advmod  1 -     {word}
    dat        SCONJ mark    5 -     dat
    hij        PRON  nsubj   5 -     hij
    wint       VERB  ccomp   1 -     winnen
    .          PUNCT punct   1 -     .
"""


def test_statements_duidelijk_maken_reports_its_clause_and_zeker_maken_ensures(kb):
    """`Advocaat Janssen maakt duidelijk dat het proces …` states it (the lemmatizer's
    `uitmaken` notwithstanding); `maakt zeker dat …` ensures something, no speech act."""
    assert relations(parsed(IDIOM.format(word="duidelijk")), kb)[0] == [("indirect", "Mark Rutte", "duidelijk maken", "dat hij wint", None)]
    assert relations(parsed(IDIOM.format(word="zeker")), kb)[0] == []


DURFT = """
    Rutte      PROPN nsubj   1 B-PER Rutte
    durft      VERB  ROOT    1 -     durft
    de         DET   det     3 -     de
    {noun:<10} NOUN  obj     1 -     {noun}
    aan        ADP   compound:prt 1 - aan
    dat        SCONJ mark    7 -     dat
    hij        PRON  nsubj   7 -     hij
    wint       VERB  ccomp   1 -     winnen
    .          PUNCT punct   1 -     .
"""


def test_statements_de_stelling_aandurven_states_the_clause(kb):
    """`Hij durft de stelling aan dat het beeld is ontstaan van …` claims the clause; `durft
    de uitdaging aan` is courage, not speech."""
    assert relations(parsed(DURFT.format(noun="stelling")), kb)[0] == [("indirect", "Mark Rutte", "stelling aandurven", "dat hij wint", None)]
    assert relations(parsed(DURFT.format(noun="uitdaging")), kb)[0] == []


VOLGENS_QUOTE = """
    Volgens    ADP   case    1 -     volgens
    Rutte      PROPN obl     2 B-PER Rutte
    maakte     VERB  ROOT    2 -     maken
    dit        PRON  nsubj   2 -     dit
    duidelijk  ADJ   advmod  2 -     duidelijk
    dat        SCONJ mark    10 -    dat
    China      PROPN nsubj   10 B-LOC China
    ,,         PUNCT punct   10 -    ,,
    de         DET   det     9 -     de
    eerste     ADJ   obj     10 -    eerst
    {verb:<10} VERB  ccomp   2 -     {verb}
    ''         PUNCT punct   10 -    ''
    .          PUNCT punct   2 -     .
"""


def test_statements_a_quote_given_to_the_volgens_speaker_is_the_sentences_one_statement(kb):
    """`Volgens vicepresident Pence maakte dit duidelijk dat China 'het meest vooraanstaande
    land wil zijn'`: the quote goes to Pence through `volgens`, and the `volgens` report of
    the same sentence is that attribution again, not a second statement."""
    statements = relations(parsed(VOLGENS_QUOTE.format(verb="wil")), kb)[0]
    assert [(s[0], s[1], s[2]) for s in statements] == [("indirect", "Mark Rutte", "duidelijk maken")]


RAISED = """
    Rutte      PROPN nsubj   2 B-PER Rutte
    schijnt    VERB  aux:pass 2 -    schijnen
    gezegd     VERB  ROOT    2 -     zeggen
    te         ADP   mark    4 -     te
    {perfect:<10} {pos:<5} xcomp 2 - {perfect}
    dat        SCONJ mark    7 -     dat
    het        PRON  nsubj   7 -     het
    valt       VERB  ccomp   2 -     vallen
    .          PUNCT punct   2 -     .
"""


def test_statements_schijnt_gezegd_te_hebben_reports_the_subjects_speech(kb):
    """Rule `raised_perfect`: `Confucius schijnt al gezegd te hebben dat …`, the raising verb
    parsed as a passive auxiliary; the content leaves the perfect's `te hebben` out. With
    `te zijn` it is a passive, and no statement of the subject's."""
    assert relations(parsed(RAISED.format(perfect="hebben", pos="VERB")), kb)[0] == [("indirect", "Mark Rutte", "zeggen", "dat het valt", None)]
    assert relations(parsed(RAISED.format(perfect="zijn", pos="AUX")), kb)[0] == []


GAF_AAN = """
    Rutte      PROPN nsubj   1 B-PER Rutte
    gaf        VERB  ROOT    1 -     geven
    al         ADV   advmod  1 -     al
    aan        ADP   case    5 -     aan
    een        DET   det     5 -     een
    plan       NOUN  {dep:<6} {head} - plan
    {rest}
    .          PUNCT punct   1 -     .
"""


def test_statements_gaf_aan_with_the_particle_parsed_as_a_preposition_reports_the_infinitive(kb):
    """Rule `particle_as_case`: `Corbyn gaf al aan een alternatief brexitplan te komen`, `aan`
    parsed as the case of a noun in the `te` infinitive, is `aangeven`; `gaf al aan een
    vriend een plan` (no infinitive) gives, and says nothing."""
    for label in ("xcomp", "ccomp"):
        infinitive = GAF_AAN.format(dep="obj", head=7, rest=f"te ADP mark 7 - te\n indienen VERB {label} 1 - indienen")
        assert relations(parsed(infinitive), kb)[0] == [("indirect", "Mark Rutte", "aangeven", "aan een plan te indienen", None)]
    assert relations(parsed(GAF_AAN.format(dep="obl", head=1, rest="")), kb)[0] == []


ALDUS_NO_VERB = """
    De         DET   det     1 -     de
    familie    NOUN  {dep:<6} {head} - familie
    acht       NUM   case    3 -     acht
    straf      NOUN  obl     4 -     straf
    passender  ADJ   {root:<6} {phead} - passender
    ,          PUNCT punct   7 -     ,
    aldus      ADV   case    7 -     aldus
    Rutte      PROPN parataxis 4 B-PER Rutte
    .          PUNCT punct   4 -     .
"""


def test_reports_aldus_after_a_clause_whose_verb_was_tagged_otherwise(kb):
    """Rule `clause_without_a_verb`: `Maar de familie acht een celstraf passender, aldus
    Korver`, `acht` tagged a numeral: a subject with its predicate is a clause all the same.
    `De familie, straf passender, aldus Rutte` (no subject of a predicate) claims nothing."""
    assert relations(parsed(ALDUS_NO_VERB.format(dep="nsubj", head=4, root="ROOT", phead=4)), kb)[0] == [
        ("indirect", "Mark Rutte", "aldus", "De familie acht straf passender", None)]
    assert relations(parsed(ALDUS_NO_VERB.format(dep="appos", head=4, root="ROOT", phead=4).replace("familie    NOUN  appos", "familie    NOUN  obl  ")), kb)[0] == []


def test_attribution_a_label_may_name_the_speakers_organisation_after_van(kb):
    """Rule `label_with_organisation`: `Woordvoerder Ad Vonk van de ANWB: '…'`; with a verb
    (`Brussee van de ANWB vond:`) the words before the colon are a clause, no label."""
    from .test_attribution import labelled

    label = """Woordvoerder NOUN ROOT 0 - woordvoerder
        Brussee PROPN appos 0 B-PER Brussee
        van ADP case 3 - van
        ANWB PROPN nmod 0 B-ORG ANWB"""
    assert [(s[0], s[1], s[2]) for s in relations(parsed(labelled(label)), kb)[0]] == [("direct", "Brussee", "colon")]
    assert relations(parsed(labelled(label + "\n        vond VERB acl 3 - vinden")), kb)[0] == []


SAID_ABOUT_IT = """
    ,,         PUNCT punct   2 -     ,,
    Het        PRON  nsubj   2 -     het
    klopt      VERB  ROOT    2 -     kloppen
    ''         PUNCT punct   2 -     ''
    ,          PUNCT punct   5 -     ,
    zei        VERB  parataxis 2 -   zeggen
    de         DET   det     8 -     de
    Drentse    ADJ   nsubj   5 -     Drents
    {title:<12} VERB obl     5 -     {title}
    Rutte      PROPN appos   8 B-PER Rutte
    daar       ADV   advmod  5 -     daar
    onlangs    ADV   advmod  5 -     onlangs
    {particle:<10} ADP compound:prt 5 - {particle}
    .          PUNCT punct   2 -     .
"""


def test_statements_zei_daar_over_with_a_title_tagged_a_verb(kb):
    """`'Het is een sergeantenrol: …', zei de Drentse gedeputeerde Tjibbe Stelpstra daar
    onlangs over in de Volkskrant`: rule `split_topic_adverb` (data/lexicon/
    topic_prepositions.txt) reads `daar … over` as the split `daarover`, the verb `zeggen`,
    not `overzeggen`; rule `title_tagged_otherwise` takes `gedeputeerde`, tagged a
    participle, for the title before the inverted subject."""
    assert relations(parsed(SAID_ABOUT_IT.format(title="gedeputeerde", particle="over")), kb)[0] == [
        ("direct", "Mark Rutte", "zeggen", "Het klopt", None)]


@pytest.mark.parametrize(("title", "particle"), [("gedeputeerde", "op"), ("gepensioneerde", "over")])
def test_statements_another_particle_or_a_word_no_title_gives_no_speaker(kb, title, particle):
    """`zei daar … op` keeps `opzeggen` (to cancel); after `gepensioneerde`, no title, the name is
    no inverted subject."""
    assert relations(parsed(SAID_ABOUT_IT.format(title=title, particle=particle)), kb)[0] == []


TITLE_OF_A_BODY = """
    ,,         PUNCT punct   2 -     ,,
    Het        PRON  nsubj   2 -     het
    klopt      VERB  ROOT    2 -     kloppen
    ''         PUNCT punct   2 -     ''
    ,          PUNCT punct   5 -     ,
    zegt       VERB  parataxis 2 -   zeggen
    Europarlementariër NOUN obj 5 - europarlementariër
    voor       ADP   case    9 -     voor
    de         DET   det     9 -     de
    VVD        PROPN nmod    6 B-ORG VVD
    {name}
    .          PUNCT punct   2 -     .
"""


def test_statements_the_person_after_the_body_of_a_title_speaks(kb):
    """Rule `title_of_a_body`: `'…,' zegt Europarlementariër voor de Partij voor de Dieren Anja
    Hazenkamp`: the person after the organisation is the one the title describes; with no
    one after it (`zegt Europarlementariër voor de VVD`) the body is no inverted subject."""
    assert relations(parsed(TITLE_OF_A_BODY.format(name="Rutte PROPN flat 9 B-PER Rutte")), kb)[0] == [
        ("direct", "Mark Rutte", "zeggen", "Het klopt", None)]
    assert relations(parsed(TITLE_OF_A_BODY.format(name="")), kb)[0] == []


SURNAME_LABEL = """
    Rutte      PROPN nsubj   1 B-PER Rutte
    kwam       VERB  ROOT    1 -     komen
    .          PUNCT punct   1 -     .
    {label:<10} PROPN ROOT   3 -     {label}
    :          PUNCT punct   3 -     :
    '          PUNCT punct   7 -     '
    Ik         PRON  nsubj   7 -     ik
    kies       VERB  parataxis 3 -   kiezen
    partij     NOUN  obj     7 -     partij
    .          PUNCT punct   7 -     .
    '          PUNCT punct   7 -     '
"""


def test_attribution_a_surname_the_model_missed_labels_the_quote(kb):
    """Rule `surname_label`: `Hazenkamp: "Mensen die …"` with `Hazenkamp` untagged: the last
    word of one person's name in the article labels the quote; `Conclusie:` names nobody."""
    assert [(s[0], s[1], s[2]) for s in relations(parsed(SURNAME_LABEL.format(label="Rutte")), kb)[0]] == [("direct", "Mark Rutte", "colon")]
    assert relations(parsed(SURNAME_LABEL.format(label="Conclusie")), kb)[0] == []


VOLGENS_SOURCE = """
    Volgens    ADP   case    2 -     volgens
    de         DET   det     2 -     de
    {noun:<10} NOUN  obl     6 -     {noun}
    van        ADP   case    4 -     van
    VVD        PROPN nmod    2 B-ORG VVD
    is         AUX   cop     6 -     zijn
    goed       ADJ   ROOT    6 -     goed
    .          PUNCT punct   6 -     .
"""


def test_reports_volgens_a_source_of_someone_is_theirs(kb):
    """Rule `volgens_source`: `volgens de website van NederlandElektrisch …` is NederlandElektrisch's
    claim; `volgens de plannen van de VVD` (no source noun) states no claim of the VVD's."""
    assert relations(parsed(VOLGENS_SOURCE.format(noun="website")), kb)[0] == [("indirect", "VVD", "volgens", "is goed", None)]
    assert relations(parsed(VOLGENS_SOURCE.format(noun="plannen")), kb)[0] == []


POSTPOSED_THEN = """
    Het        PRON  nsubj   1 -     het
    klopt      VERB  ROOT    1 -     kloppen
    echt       ADV   advmod  1 -     echt
    wel        ADV   advmod  1 -     wel
    ,          PUNCT punct   5 -     ,
    zei        VERB  parataxis 1 -   zeggen
    Rutte      PROPN nsubj   5 B-PER Rutte
    {mark:<10} SCONJ mark    9 -     {mark}
    hij        PRON  nsubj   9 -     hij
    kwam       VERB  {dep:<6} 5 -    komen
    .          PUNCT punct   1 -     .
"""


@pytest.mark.parametrize("dep", ["ccomp", "advcl"])
def test_statements_a_time_clause_after_a_postposed_cue_is_no_content(kb, dep):
    """Rule `clause_after_postposed_cue`: `Nee, hij moest er niet aan denken …, zei hij toen hij
    op de kant werd gehesen`: the `toen` clause says when; what was said is before the comma.
    A `dat` clause there is still what was said."""
    assert relations(parsed(POSTPOSED_THEN.format(mark="toen", dep=dep)), kb)[0] == [("indirect", "Mark Rutte", "zeggen", "Het klopt echt wel", None)]
    assert relations(parsed(POSTPOSED_THEN.format(mark="dat", dep=dep)), kb)[0] == [("indirect", "Mark Rutte", "zeggen", "dat hij kwam", None)]


def test_statements_als_after_a_postposed_verb_is_no_time_clause(kb):
    """`De meeste westerse landen, waaronder Nederland, erkennen Guaidó als het staatshoofd`:
    `als` (no subordinator of data/lexicon/subordinators.txt) gives a capacity; the words
    before the comma are no report."""
    assert relations(parsed(POSTPOSED_THEN.format(mark="als", dep="ccomp")), kb)[0] == []


FIELD_OF_A_TITLE = """
    Het        PRON  nsubj   1 -     het
    klopt      VERB  ROOT    1 -     kloppen
    echt       ADV   advmod  1 -     echt
    wel        ADV   advmod  1 -     wel
    ,          PUNCT punct   5 -     ,
    zegt       VERB  parataxis 1 -   zeggen
    ook        ADV   advmod  5 -     ook
    {title:<12} NOUN advmod  8 -     {title}
    gezondheidsrecht VERB xcomp 5 -  gezondheidsrecht
    Rutte      PROPN nsubj   8 B-PER Rutte
    .          PUNCT punct   1 -     .
"""


def test_statements_the_field_of_a_title_tagged_a_verb_leads_to_the_inverted_subject(kb):
    """Rule `title_tagged_otherwise`: `…, zegt ook hoogleraar gezondheidsrecht Martin Buijsen`:
    the lowercase word after a title (data/lexicon/person_titles.txt) is its field, whatever
    its tag; after a word that is no title (`fietser`) it ends the walk."""
    assert [s[1] for s in relations(parsed(FIELD_OF_A_TITLE.format(title="hoogleraar")), kb)[0]] == ["Mark Rutte"]
    assert relations(parsed(FIELD_OF_A_TITLE.format(title="fietser")), kb)[0] == []
