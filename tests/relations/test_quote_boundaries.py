"""Where a quote's attribution may stand (pipeline/relations/attribution.py): a colon the
tokenizer glued to a bracket, a colon the parser split from its quote at the quote mark, and
no cue taken from the sentence a quote's full stop ended."""

from __future__ import annotations

from .conftest import parsed, relations


def test_statements_a_colon_glued_to_a_bracket_still_labels_the_quote(kb):
    """`Bram van Wickeren (25): "Wij zijn fan."`: the tokenizer makes one token of `):`."""
    doc = parsed("""
        Brussee    PROPN ROOT    0 B-PER Brussee
        (          PUNCT punct   2 -     (
        25         NUM   nummod  0 -     25
        ):         PUNCT punct   2 -     ):
        '          PUNCT punct   6 -     '
        Wij        PRON  nsubj   6 -     wij
        zijn       AUX   parataxis 0 -   zijn
        fan        NOUN  obj     6 -     fan
        .          PUNCT punct   6 -     .
        '          PUNCT punct   6 -     '
    """)
    statements, _ = relations(doc, kb)
    assert statements == [("direct", "Brussee", "colon", "Wij zijn fan.", None)]


def test_statements_a_colon_split_from_its_quote_at_the_mark_labels_it(kb):
    """`Brussee: '` / `Ik kies partij.'` as two sentences: the colon before the quote mark
    still labels the quote."""
    doc = parsed("""
        Brussee    PROPN ROOT    0 B-PER Brussee
        :          PUNCT punct   0 -     :
        '          PUNCT punct   0 -     '
        Ik         PRON  nsubj   4 -     ik
        kies       VERB  ROOT    4 -     kiezen
        partij     NOUN  obj     4 -     partij
        .          PUNCT punct   4 -     .
        '          PUNCT punct   4 -     '
    """)
    statements, _ = relations(doc, kb)
    assert statements == [("direct", "Brussee", "colon", "Ik kies partij.", None)]


RUN_INTO = """
    '          PUNCT punct   2 -     '
    Dat        PRON  nsubj   2 -     dat
    klopt      VERB  ROOT    2 -     kloppen
    .          PUNCT punct   2 -     .
    '          PUNCT punct   2 -     '
    {first:<10} {pos} nsubj 6 {ent} {first}
    zei        VERB  parataxis 2 -   zeggen
    Rutte      PROPN {dep} 6 B-PER Rutte
    .          PUNCT punct   2 -     .
"""


def test_statements_a_quote_closed_by_a_full_stop_takes_no_cue_from_the_next_sentence(kb):
    """`'Dat klopt.' Brussee zei Rutte …` run on by the parser: the capitalised word after
    the full stop opens a new sentence, which is not the quote's attribution."""
    doc = parsed(RUN_INTO.format(first="Brussee", pos="PROPN", ent="B-PER", dep="obj"))
    statements, _ = relations(doc, kb)
    assert [s for s in statements if s[0] == "direct"] == []


def test_statements_a_sentence_opening_with_dat_after_the_quote_attributes_it(kb):
    """`'Dat klopt.' Dat zei Rutte.`: `Dat` refers back to the quote."""
    doc = parsed(RUN_INTO.format(first="Dat", pos="PRON", ent="-", dep="nsubj"))
    statements, _ = relations(doc, kb)
    assert [s[:3] for s in statements if s[0] == "direct"] == [("direct", "Mark Rutte", "zeggen")]


def test_statements_speech_a_quote_reports_of_someone_named_is_their_statement(kb):
    """`'Toen Kretschmann zei dat het goed was, kwam hij.'`: Kretschmann's words inside
    another speaker's quote are a statement of Kretschmann's."""
    doc = parsed("""
        '          PUNCT punct   3 -     '
        Toen       SCONJ mark    3 -     toen
        Kretschmann PROPN nsubj  3 B-PER Kretschmann
        zei        VERB  advcl   9 -     zeggen
        dat        SCONJ mark    7 -     dat
        het        PRON  nsubj   7 -     het
        goed       ADJ   ccomp   3 -     goed
        ,          PUNCT punct   3 -     ,
        kwam       VERB  conj    9 -     komen
        hij        PRON  nsubj   9 -     hij
        .          PUNCT punct   9 -     .
        '          PUNCT punct   9 -     '
    """)
    statements, _ = relations(doc, kb)
    assert [s[:3] for s in statements] == [("indirect", "Kretschmann", "zeggen")]


def test_statements_a_pronoun_in_a_labels_aside_is_no_second_speaker(kb):
    """`Brussee, die hem kende: 'Ik kies partij.'`: `hem` (someone else) does not make the
    label two people's."""
    doc = parsed("""
        Smit       PROPN nsubj   1 B-PER Smit
        kwam       VERB  ROOT    1 -     komen
        .          PUNCT punct   1 -     .
        Brussee    PROPN ROOT    3 B-PER Brussee
        ,          PUNCT punct   7 -     ,
        die        PRON  nsubj   7 -     die
        hem        PRON  obj     7 -     hem
        kende      VERB  acl:relcl 3 -   kennen
        :          PUNCT punct   3 -     :
        '          PUNCT punct   11 -    '
        Ik         PRON  nsubj   11 -    ik
        kies       VERB  parataxis 3 -   kiezen
        partij     NOUN  obj     11 -    partij
        .          PUNCT punct   11 -    .
        '          PUNCT punct   11 -    '
    """)
    statements, _ = relations(doc, kb)
    assert [s[:3] for s in statements] == [("direct", "Brussee", "colon")]


def test_statements_other_speech_verbs_inside_a_quote_stay_the_speakers_story(kb):
    """`'Kretschmann vroeg het ons.'`: no `dat` clause, no colon — the quote's own speaker's
    account, not a statement of Kretschmann's."""
    doc = parsed("""
        '          PUNCT punct   2 -     '
        Kretschmann PROPN nsubj  2 B-PER Kretschmann
        vroeg      VERB  ROOT    2 -     vragen
        het        PRON  obj     2 -     het
        ons        PRON  iobj    2 -     ons
        .          PUNCT punct   2 -     .
        '          PUNCT punct   2 -     '
    """)
    statements, _ = relations(doc, kb)
    assert statements == []


FIRST_ANSWER = """
    Brussee    PROPN nsubj   1 B-PER Brussee
    promoveert VERB  ROOT    1 -     promoveren
    .          PUNCT punct   1 -     .
    {asked:<10} {pos} ROOT 3 - {asked}
    {end:<10}  PUNCT punct   3 -     {end}
    '          PUNCT punct   6 -     '
    Prima      ADJ   ROOT    6 -     prima
    '          PUNCT punct   6 -     '
"""


def test_statements_the_first_answer_of_an_interview_is_the_introduced_persons(kb):
    """`Brussee promoveert. Waarom? 'Prima'`: before any quote, the person the article
    introduced answers the interviewer's question."""
    statements, _ = relations(parsed(FIRST_ANSWER.format(asked="Waarom", pos="ADV", end="?")), kb)
    assert [s[1:4] for s in statements] == [("Brussee", "antwoorden", "Prima")]


def test_statements_a_quote_after_narration_with_no_one_quoted_before_answers_nothing(kb):
    statements, _ = relations(parsed(FIRST_ANSWER.format(asked="Klaar", pos="ADJ", end=".")), kb)
    assert statements == []


def test_statements_an_interview_answer_is_not_given_to_a_side_character(kb):
    """`Smit lachte. Smit kwam. Brussee promoveert. Waarom? 'Prima'`: the article is about
    Smit, named more often; who answers is not clear."""
    side = """
        Smit       PROPN nsubj   1 B-PER Smit
        lachte     VERB  ROOT    1 -     lachen
        .          PUNCT punct   1 -     .
        Smit       PROPN nsubj   4 B-PER Smit
        kwam       VERB  ROOT    4 -     komen
        .          PUNCT punct   4 -     .
    """
    rows = FIRST_ANSWER.format(asked="Waarom", pos="ADV", end="?").strip().splitlines()
    shifted = []
    for row in rows:
        cols = row.split()
        cols[3] = str(int(cols[3]) + 6)
        shifted.append(" ".join(cols))
    statements, _ = relations(parsed(side + "\n".join(shifted)), kb)
    assert [s for s in statements if s[2] == "antwoorden"] == []


INTRODUCED = """
    Brussee    PROPN nsubj   1 B-PER Brussee
    lachte     VERB  ROOT    1 -     lachen
    .          PUNCT punct   1 -     .
    '          PUNCT punct   5 -     '
    {word:<10} PRON  nsubj   5 -     {word}
    wint       VERB  ROOT    5 -     winnen
    .          PUNCT punct   5 -     .
    '          PUNCT punct   5 -     '
"""


def test_statements_a_generic_je_quote_after_a_sentence_about_someone_is_theirs(kb):
    """`Brussee lachte. 'Je wint.'`: the `je` of speech, as `ik`, marks someone speaking."""
    statements, _ = relations(parsed(INTRODUCED.format(word="Je")), kb)
    assert [s[:2] for s in statements] == [("direct", "Brussee")]


def test_statements_a_third_person_quote_after_a_sentence_about_someone_stays_unattributed(kb):
    statements, _ = relations(parsed(INTRODUCED.format(word="Hij")), kb)
    assert statements == []


REPORTED = """
    Dat        PRON  obj     2 -     dat
    heeft      AUX   aux     2 -     hebben
    gezegd     VERB  ROOT    2 -     zeggen
    {speaker:<10} PROPN nsubj 2 {ent} {speaker}
    {end:<10}  PUNCT punct   2 -     {end}
    '          PUNCT punct   7 -     '
    Besloten   VERB  ROOT    7 -     besluiten
    is         AUX   aux     7 -     zijn
    het        PRON  nsubj   7 -     het
    .          PUNCT punct   7 -     .
    '          PUNCT punct   7 -     '
"""


def test_statements_a_quote_after_a_persons_report_goes_on_with_them(kb):
    """`Dat heeft Brussee gezegd. 'Besloten is het.'`"""
    statements, _ = relations(parsed(REPORTED.format(speaker="Brussee", ent="B-PER", end=".")), kb)
    assert [(s[0], s[1]) for s in statements if s[0] == "direct"] == [("direct", "Brussee")]


def test_statements_a_quote_after_a_bodys_report_or_a_question_is_not_continued(kb):
    for speaker, ent, end in (("Shell", "B-ORG", "."), ("Brussee", "B-PER", "?")):
        statements, _ = relations(parsed(REPORTED.format(speaker=speaker, ent=ent, end=end)), kb)
        assert [s for s in statements if s[0] == "direct"] == []
