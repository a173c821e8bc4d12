"""Who spoke (pipeline/relations/speakers.py): `volgens X`, inverted subjects, titled names,
appositions, a first-person pronoun inside a quote."""

from __future__ import annotations

from .conftest import parsed, relations


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


def test_relations_unnamed_speaker_is_no_statement(kb):
    doc = parsed("""
        Analisten NOUN nsubj 1 - analist
        zeggen    VERB ROOT  1 - zeggen
        dat       SCONJ mark 4 - dat
        het       PRON nsubj 4 - het
        werkt     VERB ccomp 1 - werken
    """)
    assert relations(doc, kb) == ([], [])


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


COORDINATED = """
    Rutte      PROPN nsubj 3 B-PER Rutte
    en         CCONJ cc    2 -     en
    {other}
    zeiden     VERB  ROOT  3 -     zeggen
    dat        SCONJ mark  6 -     dat
    het        PRON  nsubj 6 -     het
    klopt      VERB  ccomp 3 -     kloppen
    .          PUNCT punct 3 -     .
"""


def test_relations_each_named_conjunct_of_the_subject_says_it(kb):
    statements, _ = relations(parsed(COORDINATED.format(other="Merkel PROPN conj 0 B-PER Merkel")), kb)
    assert sorted(s[1] for s in statements) == ["Angela Merkel", "Mark Rutte"]
    assert {s[3] for s in statements} == {"dat het klopt"}


def test_relations_an_unnamed_conjunct_adds_no_speaker(kb):
    statements, _ = relations(parsed(COORDINATED.format(other="ministers NOUN conj 0 - minister")), kb)
    assert [s[1] for s in statements] == ["Mark Rutte"]


PLURAL_PRONOUN = """
    De         DET   det    1 -     de
    {subject}  PROPN nsubj  2 {ent} {subject}
    {verb}     VERB  ROOT   2 -     {verb_lemma}
    het        PRON  obj    2 -     het
    .          PUNCT punct  2 -     .
    Zij        PRON  nsubj  6 -     zij
    zeggen     VERB  ROOT   6 -     zeggen
    dat        SCONJ mark   9 -     dat
    het        PRON  nsubj  9 -     het
    klopt      VERB  ccomp  6 -     kloppen
    .          PUNCT punct  6 -     .
"""


def _plural(doc):
    for i in (2, 6):  # the verbs' number, as the tagger gives it
        doc[i].set_morph("Number=Plur" if doc[i].text.endswith("en") else "Number=Sing")
    return doc


def test_speakers_plural_zij_after_a_plural_organisation_subject_is_it(kb):
    doc = _plural(parsed(PLURAL_PRONOUN.format(subject="SDF", ent="B-ORG", verb="ontkennen", verb_lemma="ontkennen")))
    assert ("indirect", "SDF", "zeggen", "dat het klopt", None) in relations(doc, kb)[0]


def test_speakers_plural_zij_after_a_singular_or_person_subject_stays_unnamed(kb):
    singular = _plural(parsed(PLURAL_PRONOUN.format(subject="SDF", ent="B-ORG", verb="ontkent", verb_lemma="ontkennen")))
    person = _plural(parsed(PLURAL_PRONOUN.format(subject="Rutte", ent="B-PER", verb="ontkennen", verb_lemma="ontkennen")))
    assert [s for s in relations(singular, kb)[0] if s[2] == "zeggen"] == []
    assert [s for s in relations(person, kb)[0] if s[2] == "zeggen"] == []


IDENTIFIED = """
    {first}    {first_pos} {first_dep} {first_head} {first_ent} {first}
    Odegard    PROPN {name_dep} 2 {name_ent} Odegard
    is         AUX   cop    4 -     zijn
    de         DET   det    4 -     de
    moeder     NOUN  ROOT   4 -     moeder
    van        ADP   case   6 -     van
    Sarah      PROPN nmod   4 B-PER Sarah
    .          PUNCT punct  4 -     .
    De         DET   det    9 -     de
    moeder     NOUN  nsubj  10 -    moeder
    zegt       VERB  ROOT   10 -    zeggen
    dat        SCONJ mark   13 -    dat
    het        PRON  nsubj  13 -    het
    klopt      VERB  ccomp  10 -    kloppen
    .          PUNCT punct  10 -    .
"""


def test_speakers_an_identifying_copula_teaches_the_description(kb):
    doc = parsed(IDENTIFIED.format(first="Donee", first_pos="PROPN", first_dep="nsubj", first_head=4, first_ent="B-PER", name_dep="flat", name_ent="I-PER"))
    assert relations(doc, kb)[0] == [("indirect", "Donee Odegard", "zeggen", "dat het klopt", None)]


def test_speakers_a_name_after_a_preposition_before_the_copula_is_not_identified(kb):
    # `Volgens Odegard is de moeder van Sarah …`: the name belongs to `volgens`
    doc = parsed(IDENTIFIED.format(first="Volgens", first_pos="ADP", first_dep="case", first_head=1, first_ent="-", name_dep="obl", name_ent="B-PER"))
    assert ("indirect", "Odegard", "zeggen", "dat het klopt", None) not in relations(doc, kb)[0]


RELATIVE_SPEAKER = """
    Shell      PROPN nsubj     8 B-ORG Shell
    ,          PUNCT punct     3 -     ,
    {pronoun:<10} PRON  nsubj     3 -     {pronoun}
    zei        VERB  acl:relcl 0 -     zeggen
    dat        SCONJ mark      6 -     dat
    het        PRON  nsubj     6 -     het
    stopt      VERB  ccomp     3 -     stoppen
    ,          PUNCT punct     3 -     ,
    groeit     VERB  ROOT      8 -     groeien
    .          PUNCT punct     8 -     .
"""


def test_relations_a_relative_pronoun_speaker_is_the_noun_its_clause_hangs_on(kb):
    """`Shell, dat zei dat het stopt, groeit`, as `Hamid, die zei dat …`: the relative `dat` of a
    het-noun speaks for its antecedent as `die` does (syntax.relative_antecedent)."""
    for pronoun in ("die", "dat"):
        statements, _ = relations(parsed(RELATIVE_SPEAKER.format(pronoun=pronoun)), kb)
        assert [(s[1], s[2]) for s in statements] == [("Shell", "zeggen")]


MEMBERS = """
    {noun}    NOUN  nsubj   5 -     {lemma}
    van       ADP   case    3 -     van
    de        DET   det     3 -     de
    {group:9} NOUN  nmod    0 -     {group}
    Smit      PROPN appos   3 B-PER Smit
    {verb}    VERB  ROOT    5 -     {verb_lemma}
    dat       SCONJ mark    8 -     dat
    het       PRON  nsubj   8 -     het
    klopt     VERB  ccomp   5 -     kloppen
    .         PUNCT punct   5 -     .
"""


def test_relations_a_plural_title_with_a_van_phrase_is_members_of_a_group_not_the_one_named(kb):
    """`Leden van de familie Smit zeiden dat …`: members of the family speak, no one named;
    with `lid` a role suffix (`FvD-lid`), the title subject took the name inside."""
    doc = parsed(MEMBERS.format(noun="Leden", lemma="lid", group="familie", verb="zeiden", verb_lemma="zeggen"))
    doc[0].set_morph("Number=Plur")
    assert relations(doc, kb)[0] == []


def test_relations_a_singular_title_with_the_name_in_its_phrase_is_that_person(kb):
    """A singular title keeps its reading, the one person named in its phrase (as `Minister
    van Informatie Jorge Rodríguez noemde …`): `Directeur van de heer Smit zei …`."""
    doc = parsed(MEMBERS.format(noun="Directeur", lemma="directeur", group="heer", verb="zei", verb_lemma="zeggen"))
    assert [speaker for _, speaker, *_ in relations(doc, kb)[0]] == ["Smit"]


REPROACH = """
    De       DET   det        1 -     de
    kerk     NOUN  nsubj      2 -     kerk
    sluit    VERB  ROOT       2 -     sluiten
    .        PUNCT punct      2 -     .
    Dat      PRON  det        5 -     dat
    verwijt  VERB  xcomp      8 -     verwijten
    {aux}    AUX   aux:pass   8 -     {aux_lemma}
    Shell    PROPN nsubj:pass 8 B-ORG Shell
    gemaakt  VERB  ROOT       8 -     maken
    .        PUNCT punct      8 -     .
"""


def test_relations_the_subject_of_a_passive_above_the_cue_does_not_speak(kb):
    """Rule `inherited_passive_subject`: `Dat verwijt werd Shell gemaakt`: reproached, not reproaching."""
    assert relations(parsed(REPROACH.format(aux="werd", aux_lemma="worden")), kb)[0] == []


def test_relations_a_perfect_with_zijn_the_parser_took_for_a_passive_keeps_its_speaker(kb):
    """`is Shell … tegemoetgekomen door aan te kondigen …`: `zijn` makes no passive."""
    statements = relations(parsed(REPROACH.format(aux="is", aux_lemma="zijn")), kb)[0]
    assert [speaker for _, speaker, *_ in statements] == ["Shell"]
