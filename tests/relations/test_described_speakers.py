"""A speaker named by a description nothing else resolves (pipeline/linking/descriptions.py,
`nearby_person`): `zegt de voetballer` is the one person named in the sentences just before,
of the right gender — not when two are named there, not `zijn vader`, not a person the
knowledge base knows (their role resolves them), not someone named inside a quote."""

from __future__ import annotations

from .conftest import parsed, relations

STORY = """
    {first:<10} PROPN nsubj   {v1} {ent1} {first}
    {second}
    lachte     VERB  ROOT    {v1} -     lachen
    .          PUNCT punct   {v1} -     .
    '          PUNCT punct   {g} -     '
    Goed       ADJ   ROOT    {g} -     goed
    '          PUNCT punct   {g} -     '
    ,          PUNCT punct   {z} -     ,
    zegt       VERB  parataxis {g} - zeggen
    {det:<10} {detpos} det {n} - {det}
    {noun:<10} NOUN  obj     {z} -     {noun}
    .          PUNCT punct   {g} -     .
"""


def story(first="Huntelaar", ent1="B-PER", second="", det="de", detpos="DET", noun="voetballer"):
    extra = 1 if second else 0
    v1 = 1 + extra
    g = v1 + 3
    return parsed(STORY.format(first=first, ent1=ent1, second=second, v1=v1, g=g, z=g + 3, n=g + 5, det=det, detpos=detpos, noun=noun))


def test_statements_a_described_speaker_is_the_one_person_named_just_before(kb):
    statements, _ = relations(story(), kb)
    assert [s[:3] for s in statements if s[0] == "direct"] == [("direct", "Huntelaar", "zeggen")]


def test_statements_a_description_with_two_people_named_before_resolves_nothing(kb):
    statements, _ = relations(story(second="Smit PROPN conj 0 B-PER Smit"), kb)
    assert [s for s in statements if s[0] == "direct"] == []


def test_statements_a_possessive_description_is_someone_else(kb):
    """`"Goed", zegt zijn vader.`: not Huntelaar himself."""
    statements, _ = relations(story(det="zijn", detpos="PRON", noun="vader"), kb)
    assert [s for s in statements if s[0] == "direct"] == []


def test_statements_a_described_speaker_is_not_a_person_the_knowledge_base_knows(kb):
    """`Rutte lachte. "Goed", zegt de student.`: Rutte would be `de premier`; the student is
    someone else."""
    statements, _ = relations(story(first="Rutte", noun="student"), kb)
    assert [s for s in statements if s[0] == "direct"] == []


def test_statements_a_gendered_description_skips_a_person_of_the_other_gender(kb):
    """`Femke Smit lachte. "Goed", zegt de zakenman.`"""
    statements, _ = relations(story(first="Femke", second="Smit PROPN flat 0 I-PER Smit", noun="zakenman"), kb)
    assert [s for s in statements if s[0] == "direct"] == []


DEMONYM_STORY = """
    {first:<10} PROPN nsubj   2 B-PER {first}
    Smit       PROPN flat    0 I-PER Smit
    lachte     VERB  ROOT    2 -     lachen
    .          PUNCT punct   2 -     .
    '          PUNCT punct   5 -     '
    Goed       ADJ   ROOT    5 -     goed
    '          PUNCT punct   5 -     '
    ,          PUNCT punct   8 -     ,
    zegt       VERB  parataxis 5 - zeggen
    de         DET   det     10 -    de
    Engelse    ADJ   obj     8 -     Engels
    .          PUNCT punct   5 -     .
"""


def test_statements_a_woman_named_by_her_nationality_tagged_an_adjective_speaks(kb):
    """`Anna Smit lachte. 'Goed', zegt de Engelse.`: the tagger's adjective `Engelse` (lemma
    `Engels`, shorter than the word) heads its phrase, so it is the noun for an English woman,
    one person, not a plural."""
    statements, _ = relations(parsed(DEMONYM_STORY.format(first="Anna")), kb)
    assert [s[:3] for s in statements if s[0] == "direct"] == [("direct", "Anna Smit", "zeggen")]


def test_statements_de_engelse_is_not_a_man_named_before(kb):
    """`Jan Smit lachte. 'Goed', zegt de Engelse.`: she is someone else."""
    statements, _ = relations(parsed(DEMONYM_STORY.format(first="Jan")), kb)
    assert [s for s in statements if s[0] == "direct"] == []



MOTHER_OF = """
    Sarah      PROPN nsubj   1 B-PER Sarah
    lachte     VERB  ROOT    1 -     lachen
    .          PUNCT punct   1 -     .
    {det:<6}   {detpos:<5} {detdep:<9} 4 - {det}
    moeder     NOUN  nsubj   7 -     moeder
    {van:<6}   ADP   case    6 -     {van}
    {owner:<6} {ownerpos:<5} nmod 4 {ownerent} {owner}
    hoopt      VERB  ROOT    7 -     hopen
    op         ADP   case    9 -     op
    antwoorden NOUN  obl     7 -     antwoord
    .          PUNCT punct   7 -     .
    '          PUNCT punct   12 -    '
    Goed       ADJ   ROOT    12 -    goed
    '          PUNCT punct   12 -    '
    ,          PUNCT punct   15 -    ,
    zegt       VERB  parataxis 12 -  zeggen
    ze         PRON  nsubj   15 -    ze
    .          PUNCT punct   12 -    .
"""


def test_statements_the_mother_of_someone_named_is_nobody_named_for_the_pronoun_after_her(kb):
    """Rule `owner_names_no_one` (linking/link.py): `Sarah lachte. De moeder van Sarah hoopt
    op antwoorden. 'Goed', zegt ze.` — `ze` is the mother, whom nobody names, not Sarah."""
    doc = parsed(MOTHER_OF.format(det="De", detpos="DET", detdep="det", van="van", owner="Sarah", ownerpos="PROPN", ownerent="B-PER"))
    statements, _ = relations(doc, kb)
    assert statements == []


def test_statements_the_mother_of_someone_named_leaves_a_named_speaker_alone(kb):
    """`… 'Goed', zegt Sarah.`: the rule is about pronouns; a name speaks for itself."""
    doc = parsed(MOTHER_OF.format(det="De", detpos="DET", detdep="det", van="van", owner="Sarah", ownerpos="PROPN", ownerent="B-PER")
                 .replace("    ze         PRON  nsubj   15 -    ze", "    Sarah      PROPN nsubj   15 B-PER Sarah"))
    statements, _ = relations(doc, kb)
    assert [s[1] for s in statements] == ["Sarah"]


def test_statements_a_possessive_before_the_sentence_that_introduces_a_quote_is_not_its_speaker(kb):
    """`Sarah lachte. Haar moeder hoopt op antwoorden. 'Ik …'`: the sentence before the quote
    is about the mother; `Haar` (Sarah) is whose mother, not who speaks."""
    doc = parsed("""
        Sarah      PROPN nsubj   1 B-PER Sarah
        lachte     VERB  ROOT    1 -     lachen
        .          PUNCT punct   1 -     .
        Haar       PRON  nmod:poss 4 -   haar
        moeder     NOUN  nsubj   5 -     moeder
        hoopt      VERB  ROOT    5 -     hopen
        op         ADP   case    7 -     op
        antwoorden NOUN  obl     5 -     antwoord
        .          PUNCT punct   5 -     .
        '          PUNCT punct   11 -    '
        Ik         PRON  nsubj   11 -    ik
        wacht      VERB  ROOT    11 -    wachten
        .          PUNCT punct   11 -    .
        '          PUNCT punct   11 -    '
    """)
    statements, _ = relations(doc, kb)
    assert statements == []


def test_statements_a_possessed_thing_before_a_quote_is_about_its_owner_who_speaks(kb):
    """`Sarah lachte. Haar transformatie wekt verbazing. 'Ik wacht.'`: the sentence is about
    Sarah (a thing of hers), and the quote is hers."""
    doc = parsed("""
        Sarah      PROPN nsubj   1 B-PER Sarah
        lachte     VERB  ROOT    1 -     lachen
        .          PUNCT punct   1 -     .
        Haar       PRON  nmod:poss 4 -   haar
        transformatie NOUN nsubj 5 -     transformatie
        wekt       VERB  ROOT    5 -     wekken
        verbazing  NOUN  obj     5 -     verbazing
        .          PUNCT punct   5 -     .
        '          PUNCT punct   10 -    '
        Ik         PRON  nsubj   10 -    ik
        wacht      VERB  ROOT    10 -    wachten
        .          PUNCT punct   10 -    .
        '          PUNCT punct   10 -    '
    """)
    statements, _ = relations(doc, kb)
    assert [(s[0], s[1]) for s in statements] == [("direct", "Sarah")]


def says_it_goes_well(pronoun: str, start: int) -> str:
    """`<pronoun> zei dat het goed gaat.` as rows from token index `start` on."""
    said, goes = start + 1, start + 5
    return f"""
        {pronoun:<10} PRON  nsubj   {said} -     {pronoun.lower()}
        zei        VERB  ROOT    {said} -     zeggen
        dat        SCONJ mark    {goes} -    dat
        het        PRON  nsubj   {goes} -    het
        goed       ADJ   advmod  {goes} -    goed
        gaat       VERB  ccomp   {said} -     gaan
        .          PUNCT punct   {said} -     .
"""


def test_statements_a_title_with_a_portfolio_before_the_name_keeps_its_person_for_the_pronoun(kb):
    """`Minister van Handel Ruhsar Pekcan twitterde. Zij zei dat het goed gaat.`, the name
    parsed inside the portfolio's `van` phrase: the portfolio is no owner, `Zij` is Pekcan."""
    doc = parsed("""
        Minister   NOUN  nsubj   5 -     minister
        van        ADP   case    2 -     van
        Handel     PROPN nmod    0 -     handel
        Ruhsar     PROPN appos   2 B-PER Ruhsar
        Pekcan     PROPN flat    3 I-PER Pekcan
        twitterde  VERB  ROOT    5 -     twitteren
        .          PUNCT punct   5 -     .
    """ + says_it_goes_well("Zij", 7))
    statements, _ = relations(doc, kb)
    assert [s[1] for s in statements] == ["Ruhsar Pekcan"]


def test_statements_an_owner_phrase_subject_named_by_its_predicate_is_no_nameless_person(kb):
    """`De eigenaar van Riff is Bernd Knöller. Hij zei dat het goed gaat.`: the predicate
    names the owner, so `Hij` is Knöller, not someone nobody names."""
    doc = parsed("""
        De         DET   det     1 -     de
        eigenaar   NOUN  nsubj   5 -     eigenaar
        van        ADP   case    3 -     van
        Riff       PROPN nmod    1 B-ORG Riff
        is         AUX   cop     5 -     zijn
        Bernd      PROPN ROOT    5 B-PER Bernd
        Knöller    PROPN flat    5 I-PER Knöller
        .          PUNCT punct   5 -     .
    """ + says_it_goes_well("Hij", 8))
    statements, _ = relations(doc, kb)
    assert [s[1] for s in statements] == ["Bernd Knöller"]


def test_statements_a_subheading_does_not_count_among_the_sentences_a_pronoun_looks_back_over(kb):
    """`Rutte lachte. Het regende. Wapen 'Goed', zegt hij.`: the run-in subheading `Wapen`
    (pipeline/sentences.is_heading) is no sentence of the story, so `hij` still reaches Rutte
    two sentences back."""
    doc = parsed("""
        Rutte      PROPN nsubj   1 B-PER Rutte
        lachte     VERB  ROOT    1 -     lachen
        .          PUNCT punct   1 -     .
        Het        PRON  nsubj   4 -     het
        regende    VERB  ROOT    4 -     regenen
        .          PUNCT punct   4 -     .
        Wapen      NOUN  ROOT    6 -     wapen
        '          PUNCT punct   8 -     '
        Goed       ADJ   ROOT    8 -     goed
        '          PUNCT punct   8 -     '
        ,          PUNCT punct   11 -    ,
        zegt       VERB  parataxis 8 -   zeggen
        hij        PRON  nsubj   11 -    hij
        .          PUNCT punct   8 -     .
    """)
    from pipeline.entities import doc_mentions
    from pipeline.linking import link_entities

    linked = link_entities(doc, doc_mentions(doc), kb)
    key = linked.key_of_token(doc[12])
    assert key is not None and linked.by_key(key).name == "Mark Rutte"


SAID_AND_QUOTED = """
    Jan        PROPN nsubj   2 B-PER Jan
    Smit       PROPN flat    0 I-PER Smit
    zei        VERB  ROOT    2 -     zeggen
    dat        SCONJ mark    6 -     dat
    het        PRON  nsubj   6 -     het
    goed       ADJ   xcomp   6 -     goed
    ging       VERB  ccomp   2 -     gaan
    .          PUNCT punct   2 -     .
    '          PUNCT punct   11 -    '
    Het        PRON  nsubj   11 -    het
    was        AUX   cop     11 -    zijn
    top        NOUN  ROOT    11 -    top
    '          PUNCT punct   11 -    '
    ,          PUNCT punct   14 -    ,
    zei        VERB  parataxis 11 -  zeggen
    {pronoun:<10} PRON nsubj 14 -    {pronoun}
    .          PUNCT punct   11 -    .
"""


def test_statements_a_quote_whose_cue_has_a_pronoun_of_the_other_sex_is_not_the_reporters(kb):
    """Rule `pronoun_of_the_other_sex`: `Jan Smit zei dat het goed ging. 'Het was top', zei
    ze.`: `ze` is not Jan Smit, so the quote is not his; his own report stays."""
    statements, _ = relations(parsed(SAID_AND_QUOTED.format(pronoun="ze")), kb)
    assert [(s[0], s[1], s[3]) for s in statements] == [("indirect", "Jan Smit", "dat het goed ging")]


def test_statements_a_quote_whose_cue_has_a_pronoun_of_the_reporters_sex_is_his(kb):
    statements, _ = relations(parsed(SAID_AND_QUOTED.format(pronoun="hij")), kb)
    assert [(s[0], s[1], s[3]) for s in statements if s[0] == "direct"] == [("direct", "Jan Smit", "Het was top")]


BOSS_NAMED_AFTER_COMMA = """
    Daar      ADV   advmod    1 -     daar
    staat     VERB  ROOT      1 -     staan
    de        DET   det       3 -     de
    baas      NOUN  nsubj     1 -     baas
    van       ADP   case      6 -     van
    de        DET   det       6 -     de
    politie   NOUN  nmod      3 -     politie
    {sep:<9} PUNCT punct     8 -     {sep}
    Didier    PROPN parataxis 1 B-PER Didier
    Lallement PROPN flat      8 I-PER Lallement
    .         PUNCT punct     1 -     .
    '         PUNCT punct     13 -    '
    Goed      ADJ   ROOT      13 -    goed
    '         PUNCT punct     13 -    '
    ,         PUNCT punct     16 -    ,
    zegt      VERB  parataxis 13 -    zeggen
    hij       PRON  nsubj     16 -    hij
    .         PUNCT punct     13 -    .
"""


def test_named_after_comma_a_described_subject_named_after_its_comma_is_that_person(kb):
    """Rule `named_after_comma` (linking/link.py): `Daar staat de baas van de politie, Didier
    Lallement. 'Goed', zegt hij.`, the name hung on the verb: the boss is named, so `hij` is
    Lallement, not a nameless boss."""
    statements, _ = relations(parsed(BOSS_NAMED_AFTER_COMMA.format(sep=",")), kb)
    assert [s[1] for s in statements] == ["Didier Lallement"]


def test_named_after_a_colon_no_comma_the_boss_stays_nameless(kb):
    """`Daar staat de baas van de politie: Didier Lallement …` (hand-built, a colon): no
    apposition; the boss nobody names is the nearest subject, `hij` is his."""
    statements, _ = relations(parsed(BOSS_NAMED_AFTER_COMMA.format(sep=":")), kb)
    assert statements == []
