"""Relation rules on hand-built parses (UD labels), so each test checks one rule, whatever
a model would make of the sentence."""

from __future__ import annotations

from datetime import date

import pytest
import spacy
from spacy.tokens import Doc

from pipeline.linking import link_entities
from pipeline.entities import doc_mentions
from pipeline.quotes import find_quotes
from pipeline.relations import extract_meetings, extract_statements
from pipeline.relations.morphology import is_verb

VOCAB = spacy.blank("nl").vocab


def parsed(table: str) -> Doc:
    """One token a line: `word POS dep head-index entity lemma` (head is absolute, 0-based;
    `-` for no entity)."""
    rows = [line.split() for line in table.strip().splitlines() if line.strip()]
    words = [r[0] for r in rows]
    spaces = [i + 1 < len(words) and words[i + 1] not in ".,:?'" and not (r[0] in ",,'" and i == 0) for i, r in enumerate(rows)]
    return Doc(VOCAB, words=words, spaces=spaces, pos=[r[1] for r in rows], deps=[r[2] for r in rows], heads=[int(r[3]) for r in rows],
               ents=[r[4] if r[4] != "-" else "O" for r in rows], lemmas=[r[5] for r in rows])


# Opening sentences several tests build on (token indices 0-3 and 0-2).
POMPEO_MET_LAVROV = """
        Pompeo     PROPN nsubj   1 B-PER Pompeo
        ontmoette  VERB  ROOT    1 -     ontmoeten
        Lavrov     PROPN obj     1 B-PER Lavrov
        .          PUNCT punct   1 -     .
"""
BRUSSEE_REACTED = """
        Brussee    PROPN nsubj   1 B-PER Brussee
        reageerde  VERB  ROOT    1 -     reageren
        .          PUNCT punct   1 -     .
"""


def relations(doc: Doc, kb, published: str = "2019-05-14"):
    linked = link_entities(doc, doc_mentions(doc), kb, date.fromisoformat(published) if len(published) == 10 else None)
    statements = extract_statements(doc, linked, "d", published)
    meetings = extract_meetings(doc, linked, "d", published, statements)
    names = {e.key: e.name for e in linked.entities}
    return ([(s.type, names[s.speaker], s.cue, s.text, names.get(s.addressee)) for s in statements],
            [(m.type, sorted(names[p] for p in m.participants), names.get(m.place), m.date) for m in meetings])


def test_relations_quote_styles_are_found():
    text = ",,Een.'' \"Twee.\" 'Drie', zei hij. “Vier” ‘Vijf’ «Zes» Pompeo's reis naar 's-Gravenhage."
    assert [q.text for q in find_quotes(text)] == ["Een.", "Twee.", "Drie", "Vier", "Vijf", "Zes"]


def test_relations_direct_quote_with_inverted_attribution_and_addressee(kb):
    doc = parsed("""
        '          PUNCT punct   1 -     '
        Goed       ADJ   ROOT    1 -     goed
        '          PUNCT punct   1 -     '
        verklaarde VERB  parataxis 1 -   verklaren
        Poetin     PROPN nsubj   3 B-PER Poetin
        aan        ADP   case    6 -     aan
        Tass       PROPN obl     3 B-ORG Tass
        .          PUNCT punct   1 -     .
    """)
    statements, _ = relations(doc, kb)
    assert statements == [("direct", "Vladimir Putin", "verklaren", "Goed", "TASS")]


def test_relations_quote_sentences_without_attribution_run_on(kb):
    doc = parsed("""
        '          PUNCT punct   1 -     '
        Goed       ADJ   ROOT    1 -     goed
        '          PUNCT punct   1 -     '
        zei        VERB  parataxis 1 -   zeggen
        Poetin     PROPN nsubj   3 B-PER Poetin
        .          PUNCT punct   1 -     .
        '          PUNCT punct   7 -     '
        Prima      ADJ   ROOT    7 -     prima
        '          PUNCT punct   7 -     '
    """)
    statements, _ = relations(doc, kb)
    assert statements == [("direct", "Vladimir Putin", "zeggen", "Goed Prima", None)]


def test_relations_indirect_speech_with_a_past_tense_the_lemmatizer_missed(kb):
    doc = parsed("""
        Pompeo        PROPN nsubj 1 B-PER Pompeo
        onderstreepte VERB  ROOT  1 -     onderstreeppen
        dat           SCONJ mark  4 -     dat
        het           PRON  nsubj 4 -     het
        werkt         VERB  ccomp 1 -     werken
        .             PUNCT punct 1 -     .
    """)
    statements, _ = relations(doc, kb)
    assert statements == [("indirect", "Mike Pompeo", "onderstrepen", "dat het werkt", None)]


def test_relations_volgens(kb):
    doc = parsed("""
        Volgens PROPN case  1 -     volgens
        Pompeo  PROPN obl   3 B-PER Pompeo
        is      AUX   cop   3 -     zijn
        goed    ADJ   ROOT  3 -     goed
        .       PUNCT punct 3 -     .
    """)
    statements, _ = relations(doc, kb)
    assert statements == [("indirect", "Mike Pompeo", "volgens", "is goed", None)]


def test_relations_colon_attribution(kb):
    doc = parsed("""
        Kaag        PROPN nsubj 1 B-PER Kaag
        antwoordt   VERB  ROOT  1 -     antwoorden
        :           PUNCT punct 1 -     :
        ,,          PUNCT punct 4 -     ,,
        Waarom      ADV   parataxis 1 - waarom
        ?           PUNCT punct 4 -     ?
        ''          PUNCT punct 4 -     ''
    """)
    statements, _ = relations(doc, kb)
    assert statements == [("direct", "Sigrid Kaag", "antwoorden", "Waarom?", None)]


def test_relations_a_turn_of_phrase_is_no_speech_act(kb):
    """`Huntelaar is op zijn zachtst gezegd verontwaardigd` (data/lexicon/said_idioms.txt),
    with the participle parsed as the root."""
    doc = parsed("""
        Huntelaar  PROPN nsubj   5 B-PER Huntelaar
        is         AUX   cop     5 -     zijn
        op         ADP   case    4 -     op
        zijn       PRON  nmod:poss 4 -   zijn
        zachtst    VERB  obl     5 -     zachtst
        gezegd     VERB  ROOT    5 -     zeggen
        verontwaardigd VERB ccomp 5 -    verontwaardigen
        .          PUNCT punct   5 -     .
    """)
    doc[5].set_morph("VerbForm=Part")
    statements, _ = relations(doc, kb)
    assert statements == []


def test_relations_a_headline_in_capitals_is_no_statement(kb):
    """`KAAG: ,,WAAROM?''`: a headline alone (ANNOTATION.md)."""
    doc = parsed("""
        KAAG        PROPN ROOT  0 B-PER KAAG
        :           PUNCT punct 0 -     :
        ,,          PUNCT punct 3 -     ,,
        WAAROM      ADV   parataxis 0 - waarom
        ?           PUNCT punct 3 -     ?
        ''          PUNCT punct 3 -     ''
    """)
    statements, _ = relations(doc, kb)
    assert statements == []


def test_relations_unnamed_speaker_is_no_statement(kb):
    doc = parsed("""
        Analisten NOUN nsubj 1 - analist
        zeggen    VERB ROOT  1 - zeggen
        dat       SCONJ mark 4 - dat
        het       PRON nsubj 4 - het
        werkt     VERB ccomp 1 - werken
    """)
    assert relations(doc, kb) == ([], [])


MEETING = """
    Poetin     PROPN nsubj 2 B-PER Poetin
    {aux}
    ontmoette  VERB  ROOT  2 -     ontmoeten
    Pompeo     PROPN obj   2 B-PER Pompeo
    dinsdag    NOUN  obl   2 -     dinsdag
    in         ADP   case  6 -     in
    Sotsji     PROPN obl   2 B-LOC Sotsji
    .          PUNCT punct 2 -     .
"""


def test_relations_verbal_meeting_with_place_and_date(kb):
    doc = parsed(MEETING.format(aux="al ADV advmod 2 - al"))
    _, meetings = relations(doc, kb)
    assert meetings == [("meeting", ["Mike Pompeo", "Vladimir Putin"], "Sochi", "2019-05-14")]


@pytest.mark.parametrize("blocker", ["niet", "nooit"])
def test_relations_negated_meeting_is_left_out(kb, blocker):
    doc = parsed(MEETING.format(aux=f"{blocker} ADV advmod 2 - {blocker}"))
    assert relations(doc, kb)[1] == []


def test_relations_nominal_meeting_with_coordinated_participants(kb):
    doc = parsed("""
        de      DET   det   1 -     de
        top     NOUN  ROOT  1 -     top
        van     ADP   case  3 -     van
        Kim     PROPN nmod  1 B-PER Kim
        en      CCONJ cc    5 -     en
        Trump   PROPN conj  3 B-PER Trump
        in      ADP   case  7 -     in
        Hanoi   PROPN nmod  1 B-LOC Hanoi
        in      ADP   case  9 -     in
        februari NOUN nmod  1 -     februari
    """)
    assert relations(doc, kb)[1] == [("meeting", ["Donald Trump", "Kim"], "Hanoi", "2019-02")]


def test_relations_meeting_with_an_unnamed_side_is_left_out(kb):
    doc = parsed("""
        Poetin    PROPN nsubj 1 B-PER Poetin
        ontmoette VERB  ROOT  1 -     ontmoeten
        vakbonden NOUN  obj   1 -     vakbond
    """)
    assert relations(doc, kb)[1] == []


def test_relations_call_and_visit(kb):
    call = parsed("""
        Poetin PROPN nsubj 1 B-PER Poetin
        belde  VERB  ROOT  1 -     bellen
        Trump  PROPN obj   1 B-PER Trump
    """)
    visit = parsed("""
        Pompeo's PROPN nmod:poss 2 B-PER Pompeo's
        eerste   ADJ   amod      2 -     eerste
        bezoek   NOUN  ROOT      2 -     bezoek
        aan      ADP   case      4 -     aan
        Rusland  PROPN nmod      2 B-LOC Rusland
    """)
    assert relations(call, kb)[1] == [("call", ["Donald Trump", "Vladimir Putin"], None, None)]
    assert relations(visit, kb)[1] == [("visit", ["Mike Pompeo", "Russia"], "Russia", None)]


def test_relations_first_person_in_a_quote_is_the_speaker(kb):
    doc = parsed("""
        '        PUNCT punct 3 -     '
        Ik       PRON  nsubj 3 -     ik
        heb      AUX   aux   3 -     hebben
        gebeld   VERB  ROOT  3 -     bellen
        met      ADP   case  5 -     met
        Trump    PROPN obl   3 B-PER Trump
        '        PUNCT punct 3 -     '
        zei      VERB  parataxis 3 - zeggen
        Poetin   PROPN nsubj 7 B-PER Poetin
    """)
    statements, meetings = relations(doc, kb)
    assert statements[0][:2] == ("direct", "Vladimir Putin")
    assert meetings == [("call", ["Donald Trump", "Vladimir Putin"], None, None)]


def test_relations_aldus_attributes_a_quote(kb):
    doc = parsed("""
        '        PUNCT punct 1 -     '
        Genoeg   ADJ   ROOT  1 -     genoeg
        '        PUNCT punct 1 -     '
        ,        PUNCT punct 1 -     ,
        aldus    ADV   advmod 5 -    aldus
        Wang     PROPN parataxis 1 B-PER Wang
        .        PUNCT punct 1 -     .
    """)
    statements, _ = relations(doc, kb)
    assert statements == [("direct", "Wang", "aldus", "Genoeg", None)]


def test_relations_first_person_quote_after_a_sentence_about_a_person(kb):
    doc = parsed("""
        Staaij   PROPN nsubj 1 B-PER Staaij
        sloeg    VERB  ROOT  1 -     slaan
        terug    ADV   compound:prt 1 - terug
        .        PUNCT punct 1 -     .
        "        PUNCT punct 6 -     "
        Ik       PRON  nsubj 6 -     ik
        verlang  VERB  ROOT  6 -     verlangen
        "        PUNCT punct 6 -     "
    """)
    statements, _ = relations(doc, kb)
    assert statements == [("direct", "Staaij", "terugslaan", "Ik verlang", None)]


def test_relations_visit_to_two_places_is_two_visits(kb):
    doc = parsed("""
        Blok       PROPN nsubj 1 B-PER Blok
        is         AUX   ROOT  1 -     zijn
        op         ADP   case  3 -     op
        bezoek     NOUN  obl   1 -     bezoek
        in         ADP   case  5 -     in
        Australië  PROPN nmod  3 B-LOC Australië
        en         CCONJ cc    7 -     en
        Maleisië   PROPN conj  5 B-LOC Maleisië
    """)
    assert sorted(relations(doc, kb)[1]) == [("visit", ["Australia", "Stef Blok"], "Australia", None),
                                              ("visit", ["Malaysia", "Stef Blok"], "Malaysia", None)]


def test_relations_op_bezoek_visitor_is_the_copulas_subject(kb):
    """`Blok is na het neerhalen van vlucht MH17 op bezoek in Australië.` with `vlucht` taken
    for a verb that `bezoek` hangs on: the visitor is still the subject beside `is`, not
    the subject the parser gave `vlucht`."""
    doc = parsed("""
        Blok       PROPN nsubj 3 B-PER Blok
        is         AUX   cop   3 -     zijn
        na         ADP   case  3 -     na
        neerhalen  VERB  ROOT  3 -     neerhalen
        van        ADP   case  5 -     van
        vlucht     VERB  nmod  3 -     vluchten
        MH17       PROPN nsubj 5 B-LOC MH17
        op         ADP   case  8 -     op
        bezoek     NOUN  obl   5 -     bezoek
        in         ADP   case  10 -    in
        Australië  PROPN nmod  8 B-LOC Australië
        .          PUNCT punct 3 -     .
    """)
    assert relations(doc, kb)[1] == [("visit", ["Australia", "Stef Blok"], "Australia", None)]


@pytest.mark.parametrize(
    "table",
    [
        # Theresa May is gewaarschuwd dat het misgaat  (passive: May is told, she does not speak)
        """
        May        PROPN nsubj:pass 2 B-PER May
        is         AUX   aux:pass   2 -     zijn
        gewaarschuwd VERB ROOT      2 -     waarschuwen
        dat        SCONJ mark       5 -     dat
        het        PRON  nsubj      5 -     het
        misgaat    VERB  ccomp      2 -     misgaan
        """,
        # Rutte wil niet zeggen dat het werkt  (modal and negated)
        """
        Rutte  PROPN nsubj 2 B-PER Rutte
        wil    AUX   aux   2 -     willen
        zeggen VERB  ROOT  2 -     zeggen
        dat    SCONJ mark  5 -     dat
        het    PRON  nsubj 5 -     het
        werkt  VERB  ccomp 2 -     werken
        """,
        # Volgens zijn woordvoerder klopt het  (a possessor is not the speaker)
        """
        Rutte       PROPN nsubj 1 B-PER Rutte
        sprak       VERB  ROOT  1 -     spreken
        .           PUNCT punct 1 -     .
        Volgens     ADP   case  5 -     volgens
        zijn        PRON  nmod:poss 5 - zijn
        woordvoerder NOUN obl   6 -     woordvoerder
        klopt       VERB  ROOT  6 -     kloppen
        het         PRON  nsubj 6 -     het
        """,
    ],
)
def test_relations_not_a_statement(kb, table):
    assert relations(parsed(table), kb)[0] == []


def test_relations_genitive_before_a_noun_trigger_takes_part_whatever_its_attachment(kb):
    # "filmpje over Xi's bezoek aan Frankrijk", with Xi's parsed as a modifier of "filmpje"
    doc = parsed("""
        filmpje   NOUN  ROOT  0 -     filmpje
        over      ADP   case  2 -     over
        Xi's      PROPN nmod  0 B-PER Xi's
        bezoek    NOUN  nmod  0 -     bezoek
        aan       ADP   case  5 -     aan
        Frankrijk PROPN nmod  3 B-LOC Frankrijk
    """)
    assert relations(doc, kb)[1] == [("visit", ["France", "Xi Jinping"], "France", None)]


def test_relations_topicalised_dat_with_inverted_subject_after_the_auxiliary(kb):
    """`Dat heeft Poetin verklaard tijdens een ontmoeting met Pompeo.`, parsed the way models
    often do: `dat` as subject, the inverted subject as the auxiliary's object. The speaker
    is the name after the finite auxiliary, the content the previous sentence, and the
    meeting's other side that speaker."""
    doc = parsed("""
        Het        PRON  nsubj   1 -     het
        gaat       VERB  ROOT    1 -     gaan
        goed       ADJ   advmod  1 -     goed
        .          PUNCT punct   1 -     .
        Dat        PRON  nsubj   5 -     dat
        heeft      VERB  ROOT    5 -     hebben
        Poetin     PROPN obj     5 B-PER Poetin
        verklaard  VERB  ccomp   5 -     verklaren
        tijdens    ADP   case    10 -    tijdens
        een        DET   det     10 -    een
        ontmoeting NOUN  obl     7 -     ontmoeting
        met        ADP   case    12 -    met
        Pompeo     PROPN nmod    10 B-PER Pompeo
        .          PUNCT punct   5 -     .
    """)
    doc[7].set_morph("VerbForm=Part")
    statements, meetings = relations(doc, kb)
    assert statements == [("indirect", "Vladimir Putin", "verklaren", "Het gaat goed.", None)]
    assert [(kind, people) for kind, people, *_ in meetings] == [("meeting", ["Mike Pompeo", "Vladimir Putin"])]


def test_relations_postposed_attribution_the_parser_hung_anywhere(kb):
    doc = parsed("""
        Het    DET   det       1 -     het
        plan   NOUN  nsubj     2 -     plan
        werkt  VERB  ROOT      2 -     werken
        goed   ADJ   advmod    2 -     goed
        ,      PUNCT punct     5 -     ,
        zei    VERB  case      6 -     zei
        Rutte  PROPN parataxis 2 B-PER Rutte
        .      PUNCT punct     2 -     .
    """)
    statements, _ = relations(doc, kb)
    assert statements == [("indirect", "Mark Rutte", "zeggen", "Het plan werkt goed", None)]


def test_relations_main_clause_after_a_subordinate_clause_reports_nothing():
    from pipeline.relations.content import postposed_report

    doc = parsed("""
        Terwijl     SCONJ mark  3 -     terwijl
        de          DET   det   2 -     de
        spanningen  NOUN  nsubj 3 -     spanning
        opliepen    VERB  obl   5 -     oplopen
        ,           PUNCT punct 5 -     ,
        waarschuwde VERB  ROOT  5 -     waarschuwen
        China       PROPN nsubj 5 B-LOC China
        .           PUNCT punct 5 -     .
    """)
    assert postposed_report(doc[5]) is None


def test_relations_negation_of_a_phrase_is_not_of_the_verb_and_strong_past_tenses_are_cues(kb):
    doc = parsed("""
        Niet         ADV   advmod       3 -     niet
        voor         ADP   case         2 -     voor
        niets        PRON  obl          3 -     niets
        riep         VERB  ROOT         3 -     riep
        Rutte        PROPN nsubj        3 B-PER Rutte
        hem          PRON  iobj         3 -     hem
        op           ADP   compound:prt 3 -     op
        de           DET   det          8 -     de
        verschillen  NOUN  obj          10 -    verschil
        te           ADP   mark         10 -    te
        overbruggen  VERB  xcomp        3 -     overbruggen
        .            PUNCT punct        3 -     .
    """)
    statements, _ = relations(doc, kb)
    assert statements == [("indirect", "Mark Rutte", "oproepen", "de verschillen te overbruggen", None)]


@pytest.mark.parametrize(("written", "infinitives"), [
    ("riep", {"roepen"}), ("opriep", {"oproepen"}), ("uitgesproken", {"uitspreken"}), ("besproken", {"bespreken"}), ("zegt", set()),
])
def test_relations_strong_verb_forms(written, infinitives):
    from pipeline.relations.morphology import strong_infinitives

    assert strong_infinitives(written) == infinitives


def test_relations_inverted_subject_comes_after_the_finite_auxiliary_and_before_dat(kb):
    """`Maandag had de Duitse ambassade gezegd dat Kriener hoopte …`, with `Maandag` taken
    for the subject: the speaker stands after `had`, never after the participle, and a
    `dat` clause ends the search (its subject is someone else)."""
    doc = parsed("""
        Maandag    PROPN nsubj   5 -     maandag
        had        AUX   aux     5 -     hebben
        de         DET   det     4 -     de
        Duitse     ADJ   amod    4 B-ORG Duits
        ambassade  NOUN  obj     5 I-ORG ambassade
        gezegd     VERB  ROOT    5 -     zeggen
        dat        SCONJ mark    8 -     dat
        Kriener    PROPN nsubj   8 B-PER Kriener
        hoopte     VERB  ccomp   5 -     hopen
        .          PUNCT punct   5 -     .
    """)
    doc[5].set_morph("VerbForm=Part")
    statements, _ = relations(doc, kb)
    assert [(speaker, cue) for _, speaker, cue, *_ in statements] == [("Duitse ambassade", "zeggen")]


def test_relations_a_nameless_subject_in_first_place_leaves_the_statement_unattributed(kb):
    """`De verdachten ontkenden dat Joëlle …`: nobody named speaks; the name after the verb
    belongs to the reported clause."""
    doc = parsed("""
        De         DET   det     1 -     de
        verdachten NOUN  nsubj   2 -     verdachte
        ontkenden  VERB  ROOT    2 -     ontkennen
        dat        SCONJ mark    5 -     dat
        Joëlle     PROPN nsubj   5 B-PER Joëlle
        loog       VERB  ccomp   2 -     liegen
        .          PUNCT punct   2 -     .
    """)
    statements, _ = relations(doc, kb)
    assert statements == []


def test_relations_volgens_makes_the_claim_someone_elses(kb):
    """`Ook heeft Slob volgens Brussee de Kamer onjuist geïnformeerd. 'Mijn cliënt is
    geschorst.'`, with `volgens Brussee` hung on the subject: Brussee claims it and speaks
    the quote that follows; Slob says nothing."""
    doc = parsed("""
        Ook          ADV   advmod  1 -     ook
        heeft        AUX   aux     8 -     hebben
        Slob         PROPN nsubj   8 B-PER Slob
        volgens      ADP   case    4 -     volgens
        Brussee      PROPN nmod    2 B-PER Brussee
        de           DET   det     6 -     de
        Kamer        PROPN obj     8 B-ORG Kamer
        onjuist      ADJ   xcomp   8 -     onjuist
        geïnformeerd VERB  ROOT    8 -     informeren
        .            PUNCT punct   8 -     .
        '            PUNCT punct   14 -    '
        Mijn         PRON  nmod:poss 12 -  mijn
        cliënt       NOUN  nsubj:pass 14 - cliënt
        is           AUX   aux:pass 14 -   zijn
        geschorst    VERB  ROOT    14 -    schorsen
        .            PUNCT punct   14 -    .
        '            PUNCT punct   14 -    '
    """)
    doc[8].set_morph("VerbForm=Part")
    statements, _ = relations(doc, kb)
    assert sorted((kind, speaker) for kind, speaker, *_ in statements) == [("direct", "Brussee"), ("indirect", "Brussee")]


def test_relations_a_pronoun_after_a_nameless_person_subject_is_theirs(kb):
    """`Jansen zag Mohammed. De docent ontkende het. 'Ik loog niet', zei hij.`: `hij` is
    the teacher, whom nobody names, so nobody named speaks."""
    doc = parsed("""
        Jansen     PROPN nsubj   1 B-PER Jansen
        zag        VERB  ROOT    1 -     zien
        Mohammed   PROPN obj     1 B-PER Mohammed
        .          PUNCT punct   1 -     .
        De         DET   det     5 -     de
        docent     NOUN  nsubj   6 -     docent
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


def test_relations_a_bare_noun_object_is_said_only_for_verbs_whose_object_is_content(kb):
    """`Poetin vertelt de anekdote.` reports nothing (data/lexicon/thing_object_verbs.txt);
    `Lavrov ontkent de beschuldigingen.` does."""
    doc = parsed("""
        Poetin     PROPN nsubj   1 B-PER Poetin
        vertelt    VERB  ROOT    1 -     vertellen
        de         DET   det     3 -     de
        anekdote   NOUN  obj     1 -     anekdote
        .          PUNCT punct   1 -     .
        Lavrov     PROPN nsubj   6 B-PER Lavrov
        ontkent    VERB  ROOT    6 -     ontkennen
        de         DET   det     8 -     de
        beschuldigingen NOUN obj 6 -     beschuldiging
        .          PUNCT punct   6 -     .
    """)
    statements, _ = relations(doc, kb)
    assert [(speaker, cue, text) for _, speaker, cue, text, _ in statements] == [("Sergey Lavrov", "ontkennen", "de beschuldigingen")]


def test_relations_a_leading_dit_before_a_colon_points_forward(kb):
    """`Dit heeft Rutte gezegd: de partij moet mee.` reports what follows the colon, not the
    previous sentence."""
    doc = parsed("""
        Het        PRON  nsubj   1 -     het
        regende    VERB  ROOT    1 -     regenen
        .          PUNCT punct   1 -     .
        Dit        PRON  obl     6 -     dit
        heeft      AUX   aux     6 -     hebben
        Rutte      PROPN nsubj   6 B-PER Rutte
        gezegd     VERB  ROOT    6 -     zeggen
        :          PUNCT punct   6 -     :
        de         DET   det     9 -     de
        partij     NOUN  nsubj   11 -    partij
        moet       AUX   aux     11 -    moeten
        mee        ADV   conj    3 -     mee
        .          PUNCT punct   6 -     .
    """)
    doc[6].set_morph("VerbForm=Part")
    statements, _ = relations(doc, kb)
    assert [(speaker, text) for _, speaker, _, text, _ in statements] == [("Mark Rutte", "de partij moet mee")]


def test_relations_a_colon_after_the_speech_verb_opens_the_content(kb):
    """`Xi heeft het gezegd: de partij moet mee.` reports what follows the colon; `om niet
    te zeggen: …` is a turn of phrase, no speech act."""
    doc = parsed("""
        Xi         PROPN nsubj   3 B-PER Xi
        heeft      AUX   aux     3 -     hebben
        het        PRON  obl     3 -     het
        gezegd     VERB  ROOT    3 -     zeggen
        :          PUNCT punct   3 -     :
        de         DET   det     6 -     de
        partij     NOUN  nsubj   8 -     partij
        moet       AUX   aux     8 -     moeten
        mee        ADV   conj    0 -     mee
        .          PUNCT punct   3 -     .
        Lavrov     PROPN nsubj   11 B-PER Lavrov
        twijfelt   VERB  ROOT    11 -    twijfelen
        ,          PUNCT punct   16 -    ,
        om         SCONJ mark    16 -    om
        niet       ADV   advmod  16 -    niet
        te         ADP   mark    16 -    te
        zeggen     VERB  advcl   11 -    zeggen
        :          PUNCT punct   16 -    :
        het        PRON  nsubj   19 -    het
        deugt      VERB  parataxis 11 -  deugen
        niet       ADV   advmod  19 -    niet
        .          PUNCT punct   11 -    .
    """)
    statements, _ = relations(doc, kb)
    assert [(speaker, text) for _, speaker, _, text, _ in statements] == [("Xi Jinping", "de partij moet mee")]


def test_relations_an_unnamed_group_subject_is_the_previous_encounter(kb):
    """`Pompeo ontmoette Lavrov. De ministers ontvingen daarna Poetin.`: the ministers are the
    two who just met, so all three met."""
    doc = parsed(POMPEO_MET_LAVROV + """
        De         DET   det     5 -     de
        ministers  NOUN  nsubj   6 -     minister
        ontvingen  VERB  ROOT    6 -     ontvangen
        daarna     ADV   advmod  6 -     daarna
        Poetin     PROPN obj     6 B-PER Poetin
        .          PUNCT punct   6 -     .
    """)
    doc[6].set_morph("Number=Plur")
    _, meetings = relations(doc, kb)
    assert [people for _, people, *_ in meetings] == [["Mike Pompeo", "Sergey Lavrov"], ["Mike Pompeo", "Sergey Lavrov", "Vladimir Putin"]]


def test_relations_a_verb_tagged_as_a_noun_still_triggers(kb):
    """`De ministers praatten Poetin bij`, with `praatten` tagged NOUN (lemma `praatt`): a
    noun with a subject of its own and no determiner is read as the verb it is; the object
    of `bijpraten` is the partner."""
    doc = parsed(POMPEO_MET_LAVROV + """
        De         DET   det     5 -     de
        ministers  NOUN  nsubj   6 -     minister
        praatten   NOUN  ROOT    6 -     praatt
        president  NOUN  nmod    6 -     president
        Poetin     PROPN obj     6 B-PER Poetin
        bij        ADP   compound:prt 6 - bij
        .          PUNCT punct   6 -     .
    """)
    _, meetings = relations(doc, kb)
    assert [people for _, people, *_ in meetings] == [["Mike Pompeo", "Sergey Lavrov"], ["Mike Pompeo", "Sergey Lavrov", "Vladimir Putin"]]


def test_relations_only_a_bare_noun_with_a_subject_reads_as_a_verb():
    verb_like = parsed("""
        ministers  NOUN  nsubj   1 -     minister
        praatten   NOUN  ROOT    1 -     praatt
    """)
    determined = parsed("""
        ministers  NOUN  nsubj   2 -     minister
        het        DET   det     2 -     het
        gesprek    NOUN  ROOT    2 -     gesprek
    """)
    predicate = parsed("""
        Poetin     PROPN nsubj   2 B-PER Poetin
        is         AUX   cop     2 -     zijn
        president  NOUN  ROOT    2 -     president
    """)
    assert is_verb(verb_like[1])
    assert not is_verb(determined[2]) and not is_verb(predicate[2]) and not is_verb(verb_like[0])


def test_relations_a_partner_hung_beside_the_noun_trigger(kb):
    """`Pompeo kwam bij het diner in gesprek met Lavrov`, `met Lavrov` hung on `diner`."""
    doc = parsed("""
        Pompeo     PROPN nsubj   1 B-PER Pompeo
        kwam       VERB  ROOT    1 -     komen
        bij        ADP   case    4 -     bij
        het        DET   det     4 -     het
        diner      NOUN  obl     1 -     diner
        in         ADP   case    6 -     in
        gesprek    NOUN  nmod    4 -     gesprek
        met        ADP   case    8 -     met
        Lavrov     PROPN nmod    4 B-PER Lavrov
        .          PUNCT punct   1 -     .
    """)
    _, meetings = relations(doc, kb)
    assert [people for _, people, *_ in meetings] == [["Mike Pompeo", "Sergey Lavrov"]]


def test_relations_a_visited_place_parsed_as_xcomp(kb):
    """`Een maand later bezocht Pompeo Rusland.`, the place an xcomp after the inverted subject."""
    doc = parsed("""
        Later      ADJ   advmod  1 -     laat
        bezocht    VERB  ROOT    1 -     bezoeken
        Pompeo     PROPN nsubj   1 B-PER Pompeo
        Rusland    PROPN xcomp   1 B-LOC Rusland
        .          PUNCT punct   1 -     .
    """)
    _, meetings = relations(doc, kb)
    assert [(kind, people) for kind, people, *_ in meetings] == [("visit", ["Mike Pompeo", "Russia"])]


def test_relations_a_title_subject_takes_the_name_the_parser_hung_elsewhere(kb):
    """`Minister van Informatie Jorge Rodríguez noemde …` (the name under `Informatie`) and
    `De leider van Iran, ayatollah Khamenei, zei …` (the apposition taken for a clause)."""
    doc = parsed("""
        Minister   NOUN  nsubj   5 -     minister
        van        ADP   case    2 -     van
        Informatie PROPN nmod    0 -     Informatie
        Jorge      PROPN flat    2 B-PER Jorge
        Rodríguez  PROPN flat    2 I-PER Rodríguez
        noemde     VERB  ROOT    5 -     noemen
        dat        PRON  obj     5 -     dat
        onzin      NOUN  xcomp   5 -     onzin
        .          PUNCT punct   5 -     .
        De         DET   det     10 -    de
        leider     NOUN  nsubj   17 -    leider
        van        ADP   case    12 -    van
        Iran       PROPN nmod    10 B-LOC Iran
        ,          PUNCT punct   14 -    ,
        ayatollah  VERB  parataxis 10 B-PER ayatollah
        Khamenei   PROPN obj     14 I-PER Khamenei
        ,          PUNCT punct   10 -    ,
        zei        VERB  ROOT    17 -    zeggen
        dat        SCONJ mark    20 -    dat
        het        PRON  nsubj   20 -    het
        klopt      VERB  ccomp   17 -    kloppen
        .          PUNCT punct   17 -    .
    """)
    statements, _ = relations(doc, kb)
    assert [speaker for _, speaker, *_ in statements] == ["Jorge Rodríguez", "Ali Khamenei"]


def test_relations_a_person_in_the_titles_van_phrase_is_not_the_speaker(kb):
    """`De advocaat van Poetin meldde dat …`: the lawyer speaks, not Poetin."""
    doc = parsed("""
        De         DET   det     1 -     de
        advocaat   NOUN  nsubj   4 -     advocaat
        van        ADP   case    3 -     van
        Poetin     PROPN nmod    1 B-PER Poetin
        meldde     VERB  ROOT    4 -     melden
        dat        SCONJ mark    7 -     dat
        het        PRON  nsubj   7 -     het
        klopt      VERB  ccomp   4 -     kloppen
        .          PUNCT punct   4 -     .
    """)
    statements, _ = relations(doc, kb)
    assert statements == []


def test_relations_particles_and_conditions(kb):
    """`zei … op de tv` with `tv` taken for a particle is still `zeggen`; a lemma with a
    particle the sentence lacks (`merkte` as `opmerken`) is not trusted; a speech verb in an
    `als` clause reports no statement."""
    doc = parsed("""
        Poetin     PROPN nsubj   1 B-PER Poetin
        zei        VERB  ROOT    1 -     zeggen
        tv         ADV   compound:prt 1 - tv
        dat        SCONJ mark    5 -     dat
        het        PRON  nsubj   5 -     het
        klopt      VERB  ccomp   1 -     kloppen
        .          PUNCT punct   1 -     .
        Lavrov     PROPN nsubj   8 B-PER Lavrov
        merkte     VERB  ROOT    8 -     opmerken
        dat        SCONJ mark    11 -    dat
        het        PRON  nsubj   11 -    het
        klopt      VERB  ccomp   8 -     kloppen
        .          PUNCT punct   8 -     .
        Als        SCONJ mark    15 -    als
        Pompeo     PROPN nsubj   15 B-PER Pompeo
        zegt       VERB  ROOT    15 -    zeggen
        dat        SCONJ mark    18 -    dat
        het        PRON  nsubj   18 -    het
        klopt      VERB  ccomp   15 -    kloppen
        .          PUNCT punct   15 -    .
    """)
    statements, _ = relations(doc, kb)
    assert [(speaker, cue) for _, speaker, cue, *_ in statements] == [("Vladimir Putin", "zeggen")]


def test_relations_a_particle_that_starts_a_fixed_expression_is_a_preposition(kb):
    """`May vraagt om meer tijd` with `om` taken for a particle of `vraagt`: not `omvragen`."""
    doc = parsed("""
        May        PROPN nsubj   1 B-PER May
        vraagt     VERB  ROOT    1 -     vragen
        om         ADP   compound:prt 1 - om
        meer       DET   fixed   2 -     veel
        tijd       NOUN  obj     1 -     tijd
        .          PUNCT punct   1 -     .
    """)
    statements, _ = relations(doc, kb)
    assert [(speaker, cue) for _, speaker, cue, *_ in statements] == [("May", "vragen")]


def test_relations_dat_parsed_as_subject_and_the_speaker_as_object(kb):
    """`Dat schrijft minister Slob.` with `Dat` as subject and `minister` as object: what
    Slob wrote is still the previous sentence, not the noun `minister`."""
    doc = parsed("""
        De         DET   det     1 -     de
        school     NOUN  nsubj   2 -     school
        faalde     VERB  ROOT    2 -     falen
        .          PUNCT punct   2 -     .
        Dat        PRON  nsubj   5 -     dat
        schrijft   VERB  ROOT    5 -     schrijven
        minister   NOUN  obj     5 -     minister
        Slob       PROPN appos   6 B-PER Slob
        .          PUNCT punct   5 -     .
    """)
    statements, _ = relations(doc, kb)
    assert [(speaker, cue) for _, speaker, cue, *_ in statements] == [("Slob", "schrijven")]


def test_relations_a_named_plural_subject_is_not_a_group_reference(kb):
    doc = parsed(POMPEO_MET_LAVROV + """
        De         DET   det     5 -     de
        kranten    NOUN  nsubj   6 -     krant
        ontvingen  VERB  ROOT    6 -     ontvangen
        Poetin     PROPN obj     6 B-PER Poetin
        .          PUNCT punct   6 -     .
    """)
    _, meetings = relations(doc, kb)
    assert [people for _, people, *_ in meetings] == [["Mike Pompeo", "Sergey Lavrov"]]


def test_relations_a_partner_the_parser_hung_on_the_verbs_object(kb):
    """`Dijsselbloem sprak diverse malen met Le Maire.`, `met Le Maire` under `malen`."""
    doc = parsed("""
        Dijsselbloem PROPN nsubj 1 B-PER Dijsselbloem
        sprak      VERB  ROOT    1 -     spreken
        diverse    ADJ   amod    3 -     divers
        malen      NOUN  obj     1 -     maal
        met        ADP   case    5 -     met
        Le         PROPN nmod    3 B-PER Le
        Maire      PROPN flat    5 I-PER Maire
        .          PUNCT punct   1 -     .
    """)
    _, meetings = relations(doc, kb)
    assert [people for _, people, *_ in meetings] == [["Dijsselbloem", "Le Maire"]]


def test_relations_laten_weten_with_weten_taken_for_a_particle(kb):
    """`De VS lieten weten dat …`, `weten` parsed as the particle of `laten`."""
    doc = parsed("""
        De         DET   det     1 -     de
        VS         PROPN nsubj   2 B-LOC VS
        lieten     VERB  ROOT    2 -     lieten
        weten      VERB  compound:prt 2 - weten
        dat        SCONJ mark    6 -     dat
        het        PRON  nsubj   6 -     het
        klopte     VERB  ccomp   2 -     kloppen
        .          PUNCT punct   2 -     .
    """)
    statements, _ = relations(doc, kb)
    assert [(speaker, cue) for _, speaker, cue, *_ in statements] == [("United States", "laten weten")]


@pytest.mark.parametrize(("obj", "lemma", "meets"), [("geld", "geld", False), ("minister", "minister", True)])
def test_relations_receiving_a_thing_is_no_meeting(kb, obj, lemma, meets):
    """`Meredith ontving geld van Singer` meets nobody; `ontving de minister van Singer` does."""
    doc = parsed(f"""
        Meredith   PROPN nsubj   1 B-PER Meredith
        ontving    VERB  ROOT    1 -     ontvangen
        {obj:10} NOUN  obj     1 -     {lemma}
        van        ADP   case    4 -     van
        Singer     PROPN nmod    2 B-PER Singer
        .          PUNCT punct   1 -     .
    """)
    _, meetings = relations(doc, kb)
    assert bool(meetings) is meets


def test_relations_a_name_and_a_colon_attribute_the_quote(kb):
    """`Brussee: 'Ik kies partij.'`"""
    doc = parsed("""
        Brussee    PROPN ROOT    0 B-PER Brussee
        :          PUNCT punct   0 -     :
        '          PUNCT punct   4 -     '
        Ik         PRON  nsubj   4 -     ik
        kies       VERB  parataxis 0 -   kiezen
        partij     NOUN  obj     4 -     partij
        .          PUNCT punct   4 -     .
        '          PUNCT punct   4 -     '
    """)
    statements, _ = relations(doc, kb)
    assert statements == [("direct", "Brussee", "colon", "Ik kies partij.", None)]


def test_relations_a_quote_that_ends_its_sentence_takes_no_cue_from_the_next(kb):
    """`Veltman lacht “leeg”. En dat hij nooit aan zijn knie denkt.`: the period after the
    quote closed the sentence; `denkt` far into the next one attributes nothing."""
    doc = parsed("""
        Veltman    PROPN nsubj   1 B-PER Veltman
        lacht      VERB  ROOT    1 -     lachen
        “          PUNCT punct   3 -     “
        leeg       ADJ   advmod  1 -     leeg
        ”          PUNCT punct   3 -     ”
        .          PUNCT punct   1 -     .
        En         CCONJ cc      12 -    en
        dat        SCONJ mark    12 -    dat
        hij        PRON  nsubj   12 -    hij
        nooit      ADV   advmod  12 -    nooit
        aan        ADP   case    11 -    aan
        knie       NOUN  obl     12 -    knie
        denkt      VERB  ROOT    12 -    denken
        .          PUNCT punct   12 -    .
    """)
    statements, _ = relations(doc, kb)
    assert statements == []


def test_relations_anaphoric_dit_through_a_laten_weten_chain(kb):
    """`Dit heeft Pompeo de Kamer laten weten.`: `Dit`, on the finite `heeft`, is what was
    let known; the inverted subject follows `heeft`, and `de Kamer` is who was told."""
    doc = parsed(BRUSSEE_REACTED + """
        Dit        PRON  nsubj   4 -     dit
        heeft      VERB  ROOT    4 -     hebben
        Pompeo     PROPN nsubj   4 B-PER Pompeo
        de         DET   det     7 -     de
        Kamer      PROPN obj     8 B-ORG Kamer
        laten      VERB  xcomp   4 -     laten
        weten      VERB  xcomp   8 -     weten
        .          PUNCT punct   4 -     .
    """)
    statements, _ = relations(doc, kb)
    assert [(speaker, cue, text) for _, speaker, cue, text, _ in statements] == [("Mike Pompeo", "laten weten", "Brussee reageerde.")]


def test_relations_colon_content_the_parser_made_the_root(kb):
    """`Zoals Pompeo zei: de top mislukte.` with `mislukte` as root: what was said starts
    after the colon, not at `Zoals`."""
    doc = parsed("""
        Zoals      SCONJ mark    2 -     zoals
        Pompeo     PROPN nsubj   2 B-PER Pompeo
        zei        VERB  advcl   6 -     zeggen
        :          PUNCT punct   6 -     :
        de         DET   det     5 -     de
        top        NOUN  nsubj   6 -     top
        mislukte   VERB  ROOT    6 -     mislukken
        .          PUNCT punct   6 -     .
    """)
    statements, _ = relations(doc, kb)
    assert statements == [("indirect", "Mike Pompeo", "zeggen", "de top mislukte", None)]


def test_relations_postposed_cue_with_its_inverted_subject_parsed_as_object(kb):
    """`De top mislukte, zegt advocaat Pompeo.`: `advocaat` taken for the object is still
    the speaker, and what was said is the clause before the comma."""
    doc = parsed("""
        De         DET   det     1 -     de
        top        NOUN  nsubj   2 -     top
        mislukte   VERB  ROOT    2 -     mislukken
        ,          PUNCT punct   4 -     ,
        zegt       VERB  parataxis 2 -   zeggen
        advocaat   NOUN  obj     4 -     advocaat
        Pompeo     PROPN appos   5 B-PER Pompeo
        .          PUNCT punct   2 -     .
    """)
    statements, _ = relations(doc, kb)
    assert [(speaker, text) for _, speaker, _, text, _ in statements] == [("Mike Pompeo", "De top mislukte")]


def test_relations_a_subject_before_the_comma_makes_no_postposed_report(kb):
    """`Pompeo, die faalde, vraagt uitstel.`: the verb after a comma has its subject before
    it, so its object is what was asked, not an inverted speaker."""
    doc = parsed("""
        Pompeo     PROPN nsubj   5 B-PER Pompeo
        ,          PUNCT punct   3 -     ,
        die        PRON  nsubj   3 -     die
        faalde     VERB  acl:relcl 0 -   falen
        ,          PUNCT punct   3 -     ,
        vraagt     VERB  ROOT    5 -     vragen
        uitstel    NOUN  obj     5 -     uitstel
        .          PUNCT punct   5 -     .
    """)
    statements, _ = relations(doc, kb)
    assert [(speaker, text) for _, speaker, _, text, _ in statements] == [("Mike Pompeo", "uitstel")]


def test_relations_apposition_speaker_when_no_subject_was_parsed(kb):
    """`De leider van Iran, ayatollah Khamenei, zei dat …` with `ayatollah` taken for a verb:
    the one person between the commas before the cue verb speaks."""
    doc = parsed("""
        De         DET   det     1 -     de
        leider     NOUN  nsubj   5 -     leider
        van        ADP   case    3 -     van
        Iran       PROPN nmod    1 B-LOC Iran
        ,          PUNCT punct   5 -     ,
        ayatollah  VERB  advcl   8 -     ayatollah
        Khamenei   PROPN nsubj   5 B-PER Khamenei
        ,          PUNCT punct   5 -     ,
        zei        VERB  ROOT    8 -     zeggen
        dat        SCONJ mark    11 -    dat
        er         ADV   advmod  11 -    er
        komt       VERB  ccomp   8 -     komen
        geen       DET   det     13 -    geen
        oorlog     NOUN  nsubj   11 -    oorlog
        .          PUNCT punct   8 -     .
    """)
    statements, _ = relations(doc, kb)
    assert [(speaker, text) for _, speaker, _, text, _ in statements] == [("Ali Khamenei", "dat er komt geen oorlog")]


def test_relations_a_fronted_adverbial_clause_is_not_what_was_said(kb):
    """`Nadat KLM vertrok, dreigde Rusland het luchtruim te sluiten.`: the threat is the
    infinitive after the verb, not the `nadat` clause."""
    doc = parsed("""
        Nadat      SCONJ mark    2 -     nadat
        KLM        PROPN nsubj   2 B-ORG KLM
        vertrok    VERB  advcl   4 -     vertrekken
        ,          PUNCT punct   2 -     ,
        dreigde    VERB  ROOT    4 -     dreigen
        Rusland    PROPN nsubj   4 B-LOC Rusland
        het        DET   det     7 -     het
        luchtruim  NOUN  obj     9 -     luchtruim
        te         ADP   mark    9 -     te
        sluiten    VERB  xcomp   4 -     sluiten
        .          PUNCT punct   4 -     .
    """)
    statements, _ = relations(doc, kb)
    assert [(speaker, text) for _, speaker, _, text, _ in statements] == [("Russia", "het luchtruim te sluiten")]


def test_relations_a_modal_taken_for_the_head_still_makes_no_statement(kb):
    """`Bang wil Pompeo zichzelf niet noemen.` parsed with `wil` as root and `niet` as xcomp."""
    doc = parsed("""
        Bang       ADJ   xcomp   1 -     bang
        wil        VERB  ROOT    1 -     willen
        Pompeo     PROPN nsubj   5 B-PER Pompeo
        zichzelf   PRON  obj     5 -     zichzelf
        niet       ADV   xcomp   5 -     niet
        noemen     VERB  xcomp   1 -     noemen
        .          PUNCT punct   1 -     .
    """)
    assert relations(doc, kb)[0] == []


def test_relations_a_speech_act_required_by_a_modal_clause_was_not_made(kb):
    """`Ook kan de EU eisen dat Pompeo belooft te zwijgen.`, with `eisen` tagged a noun: the
    promise is only demanded."""
    doc = parsed("""
        Ook        ADV   advmod  4 -     ook
        kan        AUX   aux     4 -     kunnen
        de         DET   det     3 -     de
        EU         PROPN nsubj   4 B-ORG EU
        eisen      NOUN  ROOT    4 -     eis
        dat        SCONJ mark    7 -     dat
        Pompeo     PROPN nsubj   7 B-PER Pompeo
        belooft    VERB  ccomp   4 -     beloven
        te         ADP   mark    9 -     te
        zwijgen    VERB  xcomp   7 -     zwijgen
        .          PUNCT punct   4 -     .
    """)
    assert relations(doc, kb)[0] == []


def test_relations_onder_anderen_inverted_subject_and_an_om_te_call(kb):
    """`Inmiddels hebben onder anderen acteur Pompeo al opgeroepen om hotels te boycotten.`:
    the inverted subject follows `onder anderen`; the `om … te` clause (labelled anything)
    is the call."""
    doc = parsed("""
        Inmiddels  ADV   advmod  7 -     inmiddels
        hebben     AUX   aux     7 -     hebben
        onder      ADP   case    4 -     onder
        anderen    ADJ   amod    4 -     ander
        acteur     NOUN  obl     7 -     acteur
        Pompeo     PROPN appos   4 B-PER Pompeo
        al         ADV   advmod  7 -     al
        opgeroepen VERB  ROOT    7 -     oproepen
        om         ADP   mark    11 -    om
        hotels     NOUN  obj     11 -    hotel
        te         ADP   mark    11 -    te
        boycotten  VERB  obl:agent 7 -   boycotten
        .          PUNCT punct   7 -     .
    """)
    doc[7].set_morph("VerbForm=Part")
    statements, _ = relations(doc, kb)
    assert [(speaker, text) for _, speaker, _, text, _ in statements] == [("Mike Pompeo", "om hotels te boycotten")]


def test_relations_anaphoric_object_dit_mislabelled_as_passive_subject(kb):
    """`Pompeo heeft dit aan Lavrov gemeld.` with `dit` labelled nsubj:pass: `hebben` makes
    no passive, and `dit` stands for the previous sentence."""
    doc = parsed(BRUSSEE_REACTED + """
        Pompeo     PROPN nsubj   8 B-PER Pompeo
        heeft      AUX   aux     8 -     hebben
        dit        PRON  nsubj:pass 8 -  dit
        aan        ADP   case    7 -     aan
        Lavrov     PROPN obl     8 B-PER Lavrov
        gemeld     VERB  ROOT    8 -     melden
        .          PUNCT punct   8 -     .
    """)
    doc[8].set_morph("VerbForm=Part")
    statements, _ = relations(doc, kb)
    assert statements == [("indirect", "Mike Pompeo", "melden", "Brussee reageerde.", "Sergey Lavrov")]


def test_relations_a_second_subject_of_a_meeting_verb_is_its_object(kb):
    """`Pompeo zou nog minister Lavrov ontmoeten` with both names labelled nsubj."""
    doc = parsed("""
        Pompeo     PROPN nsubj   4 B-PER Pompeo
        zou        AUX   aux     4 -     zullen
        minister   NOUN  nsubj   4 -     minister
        Lavrov     PROPN appos   2 B-PER Lavrov
        ontmoeten  VERB  ROOT    4 -     ontmoeten
        .          PUNCT punct   4 -     .
    """)
    assert [(kind, people) for kind, people, *_ in relations(doc, kb)[1]] == [("meeting", ["Mike Pompeo", "Sergey Lavrov"])]


def test_relations_the_pronoun_after_the_verb_is_the_subject_of_two(kb):
    """`Ook Merkel belt hij graag.` with both labelled nsubj: V2 put the object first, and
    `hij` (Pompeo, the previous subject) calls."""
    doc = parsed(POMPEO_MET_LAVROV + """
        Ook        ADV   advmod  5 -     ook
        Merkel     PROPN nsubj   6 B-PER Merkel
        belt       VERB  ROOT    6 -     bellen
        hij        PRON  nsubj   6 -     hij
        graag      ADV   advmod  6 -     graag
        .          PUNCT punct   6 -     .
    """)
    assert [(kind, people) for kind, people, *_ in relations(doc, kb)[1]] == [
        ("meeting", ["Mike Pompeo", "Sergey Lavrov"]), ("call", ["Angela Merkel", "Mike Pompeo"])]


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
