"""Where the speaker of a cue verb stands when the parser lost it (pipeline/relations/
speakers.py): behind a lowercase title after the verb, or fronted before an aside between
commas; and where no speaker stands (an indefinite subject before the verb)."""

from __future__ import annotations

from .conftest import parsed, relations

TITLED = """
    Het        PRON  nsubj   1 -     het
    klopt      VERB  ROOT    1 -     kloppen
    ,          PUNCT punct   3 -     ,
    zei        VERB  parataxis 1 -   zeggen
    officier   NOUN  obj     3 -     officier
    van        ADP   case    6 -     van
    {owner:<10} {pos} nmod 4 {ent} {owner}
    {name:<10} PROPN appos   6 B-PER {name}
    gisteren   ADV   advmod  3 -     gisteren
    .          PUNCT punct   1 -     .
"""


def test_statements_an_inverted_speaker_behind_a_lowercase_title(kb):
    """`Het klopt, zei officier van justitie Huizenga gisteren.`: the name four tokens after
    the verb, behind its title, speaks."""
    statements, _ = relations(parsed(TITLED.format(owner="justitie", pos="NOUN", ent="-", name="Huizenga")), kb)
    assert [s[:3] for s in statements] == [("indirect", "Huizenga", "zeggen")]


def test_statements_the_owner_in_a_van_phrase_after_the_verb_is_no_speaker(kb):
    """`Het klopt, zei officier van Rutte gisteren.`: the one whose officer it is did not speak."""
    doc = parsed("""
        Het        PRON  nsubj   1 -     het
        klopt      VERB  ROOT    1 -     kloppen
        ,          PUNCT punct   3 -     ,
        zei        VERB  parataxis 1 -   zeggen
        de         DET   det     5 -     de
        advocaat   NOUN  obj     3 -     advocaat
        van        ADP   case    7 -     van
        Rutte      PROPN nmod    5 B-PER Rutte
        gisteren   ADV   advmod  3 -     gisteren
        .          PUNCT punct   1 -     .
    """)
    statements, _ = relations(doc, kb)
    assert statements == []


FRONTED = """
    Premier    NOUN  nsubj   {root} -  premier
    Rutte      PROPN appos   0 B-PER Rutte
    ,          PUNCT punct   3 -     ,
    woensdag   NOUN  appos   0 -     woensdag
    toevallig  ADJ   ROOT    4 -     toevallig
    ,          PUNCT punct   6 -     ,
    {verb:<10} VERB  parataxis 4 -   {lemma}
    de         DET   det     8 -     de
    bedreiging NOUN  nsubj   6 -     bedreiging
    {rest}
    .          PUNCT punct   4 -     .
"""


def test_statements_a_name_fronted_before_an_aside_speaks(kb):
    """`Premier Rutte, woensdag toevallig, noemde de bedreiging onacceptabel.` with the name
    hung in the aside and `de bedreiging` taken for the subject: Rutte speaks."""
    doc = parsed(FRONTED.format(root=4, verb="noemde", lemma="noemen", rest="onacceptabel ADJ xcomp 6 - onacceptabel"))
    statements, _ = relations(doc, kb)
    assert [s[:3] for s in statements] == [("indirect", "Mark Rutte", "noemen")]


def test_statements_a_clause_before_the_first_comma_fronts_no_speaker(kb):
    """`Toen Rutte, woensdag toevallig, kwam, noemde …`: a subordinate clause opens the
    sentence, and its subject is not the speaker of the main verb."""
    doc = parsed("""
        Toen       SCONJ mark    5 -     toen
        Rutte      PROPN nsubj   5 B-PER Rutte
        ,          PUNCT punct   3 -     ,
        woensdag   NOUN  obl     5 -     woensdag
        ,          PUNCT punct   3 -     ,
        kwam       VERB  advcl   7 -     komen
        ,          PUNCT punct   5 -     ,
        noemde     VERB  ROOT    7 -     noemen
        de         DET   det     9 -     de
        bedreiging NOUN  obj     7 -     bedreiging
        onacceptabel ADJ xcomp   7 -     onacceptabel
        .          PUNCT punct   7 -     .
    """)
    statements, _ = relations(doc, kb)
    assert statements == []


def test_statements_a_fronted_name_is_the_subject_not_a_postposed_report(kb):
    """`Winsemius, indertijd minister, prijst Nijpels om zijn engagement.`: not `…, prijst
    Nijpels` reporting the words before the comma; Winsemius praises (`prijzen om`)."""
    doc = parsed("""
        Winsemius  PROPN nsubj   5 B-PER Winsemius
        ,          PUNCT punct   3 -     ,
        indertijd  ADV   advmod  3 -     indertijd
        minister   NOUN  appos   0 -     minister
        ,          PUNCT punct   0 -     ,
        prijst     VERB  ROOT    5 -     prijzen
        Nijpels    PROPN iobj    5 B-PER Nijpels
        om         ADP   case    9 -     om
        zijn       PRON  nmod:poss 9 -   zijn
        engagement NOUN  obl     5 -     engagement
        .          PUNCT punct   5 -     .
    """)
    statements, _ = relations(doc, kb)
    assert [s[:4] for s in statements] == [("indirect", "Winsemius", "prijzen", "om zijn engagement")]


def test_statements_an_indefinite_subject_before_the_verb_leaves_it_without_speaker(kb):
    """`… wanneer iemand oproept om Baudet te vermoorden`: `iemand` is the subject, so the
    name after the verb is none."""
    doc = parsed("""
        Hij        PRON  nsubj   1 -     hij
        vlucht     VERB  ROOT    1 -     vluchten
        wanneer    SCONJ mark    4 -     wanneer
        iemand     PRON  nsubj   4 -     iemand
        oproept    VERB  advcl   1 -     oproepen
        om         ADP   mark    8 -     om
        Baudet     PROPN obj     8 B-PER Baudet
        te         ADP   mark    8 -     te
        vermoorden VERB  xcomp   4 -     vermoorden
        .          PUNCT punct   1 -     .
    """)
    statements, _ = relations(doc, kb)
    assert statements == []


def test_statements_a_titled_subject_keeps_its_name_past_a_relative_clause(kb):
    """`Oud-directeur van Greenpeace Borren, die met Nijpels onderhandelde, zegt dat …`: the
    person in the relative clause is someone else; the prefixed title still names Borren."""
    doc = parsed("""
        Oud-directeur NOUN nsubj 11 - oud-directeur
        van        ADP   case    2 -     van
        Greenpeace PROPN nmod    0 B-ORG Greenpeace
        Borren     PROPN flat    2 B-PER Borren
        ,          PUNCT punct   9 -     ,
        die        PRON  nsubj   9 -     die
        met        ADP   case    7 -     met
        Nijpels    PROPN obl     9 B-PER Nijpels
        lang       ADV   advmod  9 -     lang
        onderhandelde VERB acl:relcl 2 - onderhandelen
        ,          PUNCT punct   0 -     ,
        zegt       VERB  ROOT    11 -    zeggen
        dat        SCONJ mark    14 -    dat
        het        PRON  nsubj   14 -    het
        klopt      VERB  ccomp   11 -    kloppen
        .          PUNCT punct   11 -    .
    """)
    statements, _ = relations(doc, kb)
    assert [s[:3] for s in statements] == [("indirect", "Borren", "zeggen")]


def test_statements_daarvoor_and_a_coordinated_inverted_subject_report_the_sentence_before(kb):
    """`Het lyceum is gevaarlijk. Daarvoor waarschuwen de AIVD en de NCTV.`: both warn of
    what the sentence before says."""
    doc = parsed("""
        Het        DET   det     1 -     het
        lyceum     NOUN  nsubj   3 -     lyceum
        is         AUX   cop     3 -     zijn
        gevaarlijk ADJ   ROOT    3 -     gevaarlijk
        .          PUNCT punct   3 -     .
        Daarvoor   ADV   advmod  6 -     daarvoor
        waarschuwen VERB ROOT    6 -     waarschuwen
        de         DET   det     8 -     de
        AIVD       PROPN obj     6 B-ORG AIVD
        en         CCONJ cc      11 -    en
        de         DET   det     11 -    de
        NCTV       PROPN conj    8 B-ORG NCTV
        .          PUNCT punct   6 -     .
    """)
    statements, _ = relations(doc, kb)
    assert [(s[1], s[2], s[3]) for s in statements] == [("AIVD", "waarschuwen", "Het lyceum is gevaarlijk."),
                                                       ("NCTV", "waarschuwen", "Het lyceum is gevaarlijk.")]


def test_statements_a_second_name_after_en_hung_elsewhere_speaks_too(kb):
    """`Het klopt, zeiden acteur Clooney en zanger John.` with `John` hung on the verb."""
    doc = parsed("""
        Het        PRON  nsubj   1 -     het
        klopt      VERB  ROOT    1 -     kloppen
        ,          PUNCT punct   3 -     ,
        zeiden     VERB  parataxis 1 -   zeggen
        acteur     NOUN  obj     3 -     acteur
        Clooney    PROPN appos   4 B-PER Clooney
        en         CCONJ cc      8 -     en
        zanger     NOUN  obl     3 -     zanger
        John       PROPN appos   7 B-PER John
        .          PUNCT punct   1 -     .
    """)
    statements, _ = relations(doc, kb)
    assert [s[1] for s in statements] == ["Clooney", "John"]


def test_statements_a_name_fronted_in_a_second_main_clause_speaks(kb):
    """Rule `coordinated_fronted_speaker`: `Jansen lacht en Smit, de nieuwe voorzitter, zegt dat
    het klopt` with `zegt` parsed without a subject: the name after `en`, before the aside, speaks."""
    doc = parsed("""
        Jansen     PROPN nsubj   1  B-PER Jansen
        lacht      VERB  ROOT    1  -     lachen
        en         CCONJ cc      3  -     en
        Smit       PROPN conj    0  B-PER Smit
        ,          PUNCT punct   7  -     ,
        de         DET   det     7  -     de
        nieuwe     ADJ   amod    7  -     nieuw
        voorzitter NOUN  appos   3  -     voorzitter
        ,          PUNCT punct   3  -     ,
        zegt       VERB  advcl   1  -     zeggen
        dat        SCONJ mark    12 -     dat
        het        PRON  nsubj   12 -     het
        klopt      VERB  ccomp   9  -     kloppen
        .          PUNCT punct   1  -     .
    """)
    doc[9].set_morph("VerbForm=Fin")  # a finite adverbial clause keeps no subject of its head's
    statements, _ = relations(doc, kb)
    assert [s[:3] for s in statements] == [("indirect", "Smit", "zeggen")]


QUOTE_THEN_CLAUSE = """
    Jansen     PROPN nsubj   1  B-PER Jansen
    {verb:10} VERB  ROOT    1  -     {lemma}
    het        PRON  obj     1  -     het
    '          PUNCT punct   4  -     '
    onzin      NOUN  xcomp   1  -     onzin
    '          PUNCT punct   4  -     '
    en         CCONJ cc      8  -     en
    Smit       PROPN nsubj   8  B-PER Smit
    zegt       VERB  conj    1  -     zeggen
    het        PRON  obj     8  -     het
    ook        ADV   advmod  8  -     ook
    .          PUNCT punct   1  -     .
"""


def test_statements_a_cue_in_the_next_clause_is_not_the_quotes(kb):
    """`Jansen noemt het 'onzin' en Smit zegt het ook`: the cue after `en` opens a clause of its
    own; the quote is Jansen's (the cue before it), not Smit's. Also for an insult
    (`beschimpen`, speech_verbs.txt)."""
    for verb, lemma in (("noemt", "noemen"), ("beschimpt", "beschimpen")):
        statements, _ = relations(parsed(QUOTE_THEN_CLAUSE.format(verb=verb, lemma=lemma)), kb)
        assert [s[1:3] for s in statements if "onzin" in s[3]] == [("Jansen", lemma)], verb


PORTFOLIO_TITLE = """
    "            PUNCT punct     2 -     "
    Het          PRON  nsubj     2 -     het
    gaat         VERB  ROOT      2 -     gaan
    goed         ADJ   advmod    2 -     goed
    "            PUNCT punct     2 -     "
    ,            PUNCT punct     6 -     ,
    zegt         VERB  parataxis 2 -     zeggen
    {title:<12} NOUN  obj       6 -     {title}
    van          ADP   case      9 -     van
    Buitenlandse ADJ   nmod      7 -     buitenlands
    Zaken        NOUN  flat      9 -     zaak
    Stef         PROPN flat      9 B-PER Stef
    Blok         PROPN flat      11 I-PER Blok
    .            PUNCT punct     2 -     .
"""


def test_capitalised_portfolio_after_a_titles_van_belongs_to_the_title(kb):
    """`"Het gaat goed", zegt minister van Buitenlandse Zaken Stef Blok`."""
    statements = relations(parsed(PORTFOLIO_TITLE.format(title="minister")), kb)[0]
    assert [(s[0], s[1]) for s in statements] == [("direct", "Stef Blok")]


def test_capitalised_words_after_the_van_of_no_title_name_no_speaker(kb):
    """`zegt fan van Buitenlandse Zaken Stef Blok`: no title, no portfolio; nobody is found
    behind a `van` phrase of unknown capitalised words."""
    assert relations(parsed(PORTFOLIO_TITLE.format(title="fan")), kb)[0] == []


POSSESSED_TITLE = """
    Het           PRON  nsubj     3 -     het
    was           AUX   cop       3 -     zijn
    een           DET   det       3 -     een
    fout          NOUN  ROOT      3 -     fout
    ,             PUNCT punct     3 -     ,
    constateert   VERB  parataxis 3 -     constateren
    onze          PRON  nmod:poss 7 -     ons
    correspondent NOUN  obj       5 -     correspondent
    {name}
    .             PUNCT punct     3 -     .
"""


def test_possessed_title_then_name_the_name_speaks(kb):
    """`Het was een fout, constateert onze correspondent Tom Vennink.`"""
    doc = parsed(POSSESSED_TITLE.format(name="Tom PROPN appos 7 B-PER Tom\n    Vennink PROPN flat 8 I-PER Vennink"))
    assert [(s[0], s[1], s[3]) for s in relations(doc, kb)[0]] == [("indirect", "Tom Vennink", "Het was een fout")]


def test_possessed_title_without_a_name_is_nobody_named(kb):
    """`Het was een fout, constateert onze correspondent.`: the owner `onze` is no speaker."""
    doc = parsed(POSSESSED_TITLE.format(name=""))
    assert relations(doc, kb)[0] == []


TITLE_AS_VERB = """
    De               DET   det       1 -     de
    reis             NOUN  nsubj     2 -     reis
    werkt            VERB  ROOT      2 -     werken
    averechts        ADJ   advmod    2 -     averechts
    ,                PUNCT punct     5 -     ,
    zegt             VERB  parataxis 2 -     zeggen
    {title:<16} VERB  obj       5 -     {title}
    Patrik           PROPN nsubj     6 B-PER Patrik
    Sörqvist         PROPN flat      7 I-PER Sörqvist
    .                PUNCT punct     2 -     .
"""


def test_title_read_as_clause_is_the_inverted_subject(kb):
    """`De reis werkt averechts, zegt milieupsycholoog Patrik Sörqvist`, the title tagged a
    verb: Sörqvist reports the words before the comma, not `milieupsycholoog Patrik Sörqvist`."""
    statements = relations(parsed(TITLE_AS_VERB.format(title="milieupsycholoog")), kb)[0]
    assert [(s[1], s[3]) for s in statements] == [("Patrik Sörqvist", "De reis werkt averechts")]


HANDHAVING = """
    Er         ADV   advmod 4 -     er
    moet       AUX   aux    4 -     moeten
    goede      ADJ   amod   3 -     goed
    handhaving NOUN  nsubj  4 -     handhaving
    komen      VERB  advcl  6 -     komen
    ,          PUNCT punct  4 -     ,
    zegt       VERB  ROOT   6 -     zeggen
    Knaap      PROPN xcomp  6 B-PER Knaap
    .          PUNCT punct  6 -     .
"""


def test_described_subject_as_complement_is_the_inverted_speaker(kb):
    """`Er moet goede handhaving komen, zegt Knaap`, the name an xcomp: Knaap reports the
    words before the comma; his name is no content."""
    statements = relations(parsed(HANDHAVING), kb)[0]
    assert [(s[1], s[3]) for s in statements] == [("Knaap", "Er moet goede handhaving komen")]


def test_a_clause_after_the_cue_stays_its_content(kb):
    """`Knaap zei te verwachten dat het goed gaat`: an infinitive clause, no noun phrase."""
    doc = parsed("""
        Knaap      PROPN nsubj 1 -     Knaap
        zei        VERB  ROOT  1 -     zeggen
        te         ADP   mark  3 -     te
        verwachten VERB  xcomp 1 -     verwachten
        dat        SCONJ mark  7 -     dat
        het        PRON  nsubj 7 -     het
        goed       ADJ   advmod 7 -    goed
        gaat       VERB  ccomp 3 -     gaan
        .          PUNCT punct 1 -     .
    """.replace("Knaap      PROPN nsubj 1 -     Knaap", "Knaap      PROPN nsubj 1 B-PER Knaap"))
    statements = relations(doc, kb)[0]
    assert [(s[1], s[3]) for s in statements] == [("Knaap", "te verwachten dat het goed gaat")]


MET_NAME = """
    Met       ADP   case  2 -     met
    {second:<9} NOUN  fixed 0 -     {lemma}
    Salvini   PROPN obl   3 B-PER Salvini
    riep      VERB  ROOT  3 -     roepen
    de        DET   det   5 -     de
    regering  NOUN  obj   3 -     regering
    op        ADP   compound:prt 3 - op
    het       DET   det   8 -     het
    plan      NOUN  obj   10 -    plan
    te        ADP   mark  10 -    te
    schrappen VERB  xcomp 3 -     schrappen
    .         PUNCT punct 3 -     .
"""


def test_met_name_focus_the_focused_name_is_the_subject(kb):
    """`Met name Salvini riep de regering op het plan te schrappen`."""
    statements = relations(parsed(MET_NAME.format(second="name", lemma="naam")), kb)[0]
    assert [s[1] for s in statements] == ["Matteo Salvini"]


def test_a_real_met_phrase_is_no_subject(kb):
    """`Met spoed riep de regering …` (hand-built: `spoed` in the place of `name`): a `met`
    phrase of its own, nobody named speaks."""
    assert relations(parsed(MET_NAME.format(second="spoed", lemma="spoed")), kb)[0] == []


VAN_LENT = """
    De          DET   det        1 -     de
    man         NOUN  nsubj:pass 3 -     man
    werd        AUX   aux:pass   3 -     worden
    vrijgelaten VERB  ROOT       3 -     vrijlaten
    .           PUNCT punct      3 -     .
    Van         ADP   case       6 {van} van
    {name:<11} PROPN obl        7 {ent} {name}
    zegt        VERB  ROOT       7 -     zeggen
    dat         SCONJ mark       11 -    dat
    het         PRON  nsubj      11 -    het
    goed        ADJ   advmod     11 -    goed
    gaat        VERB  ccomp      7 -     gaan
    .           PUNCT punct      7 -     .
"""


def test_particle_name_as_phrase_the_name_is_the_subject(kb):
    """`Van Lent zegt dat het goed gaat`, `Van` parsed as a preposition: Van Lent speaks."""
    statements = relations(parsed(VAN_LENT.format(van="B-PER", name="Lent", ent="I-PER")), kb)[0]
    assert [(s[1], s[3]) for s in statements] == [("Van Lent", "dat het goed gaat")]


def test_a_van_phrase_outside_the_name_is_no_subject(kb):
    """`Van Rutte zegt dat …` (hand-built: `Van` outside the name): what comes from Rutte, no
    subject; nobody named speaks."""
    assert relations(parsed(VAN_LENT.format(van="-    ", name="Rutte", ent="B-PER")), kb)[0] == []


PARENTHESIS_OF_TWO = """
    Het     DET   det    1 -     het
    plan    NOUN  nsubj  3 -     plan
    ,       PUNCT punct  1 -     ,
    stellen VERB  advcl  16 -    stellen
    de      DET   det    5 -     de
    leiders NOUN  nsubj  3 -     leider
    Nancy   PROPN appos  5 B-PER Nancy
    Pelosi  PROPN flat   6 I-PER Pelosi
    en      CCONJ cc     9 -     en
    Chuck   PROPN conj   6 B-PER Chuck
    Schumer PROPN flat   9 I-PER Schumer
    van     ADP   case   13 -    van
    de      DET   det    13 -    de
    partij  NOUN  nmod   9 -     partij
    ,       PUNCT punct  3 -     ,
    is      AUX   cop    16 -    zijn
    slecht  ADJ   ROOT   16 -    slecht
    .       PUNCT punct  16 -    .
"""


def test_long_parenthesis_of_two_speakers_reports_for_both(kb):
    """`Het plan, stellen de leiders Nancy Pelosi en Chuck Schumer van de partij, is slecht`:
    ten words to the closing comma; both named speakers report the sentence around it."""
    statements = relations(parsed(PARENTHESIS_OF_TWO), kb)[0]
    assert sorted((s[1], s[3]) for s in statements) == [("Chuck Schumer", "Het plan is slecht."), ("Nancy Pelosi", "Het plan is slecht.")]


def test_a_postposed_report_has_no_co_speakers_from_its_claim(kb):
    """`Rutte en Merkel zijn het eens, zegt Macron`: the claim's subjects do not speak."""
    doc = parsed("""
        Rutte  PROPN nsubj     5 B-PER Rutte
        en     CCONJ cc        2 -     en
        Merkel PROPN conj      0 B-PER Merkel
        zijn   AUX   cop       5 -     zijn
        het    PRON  expl      5 -     het
        eens   ADV   ROOT      5 -     eens
        ,      PUNCT punct     7 -     ,
        zegt   VERB  parataxis 5 -     zeggen
        Macron PROPN nsubj     7 B-PER Macron
        .      PUNCT punct     5 -     .
    """)
    assert [s[1] for s in relations(doc, kb)[0]] == ["Emmanuel Macron"]


def test_possessed_compound_title_then_name_the_name_speaks(kb):
    """`Het was een fout, constateert onze CDA-collega Tom Vennink`: a compound with a
    capitalised first part and a lowercase head is a common noun."""
    table = POSSESSED_TITLE.replace("correspondent NOUN  obj       5 -     correspondent", "CDA-collega   NOUN  obj       5 -     CDA-collega")
    doc = parsed(table.format(name="Tom PROPN appos 7 B-PER Tom\n    Vennink PROPN flat 8 I-PER Vennink"))
    assert [s[1] for s in relations(doc, kb)[0]] == ["Tom Vennink"]


def test_an_attribution_after_its_claim_ends_its_speakers_at_a_comma(kb):
    """`Het plan is goed, stelt Schoof, directeur van de AIVD`, hand-built with `AIVD` hung
    on the name as a conjunct behind the comma: the director speaks, not also his service."""
    doc = parsed("""
        Het       DET   det       1 -     het
        plan      NOUN  nsubj     3 -     plan
        is        AUX   cop       3 -     zijn
        goed      ADJ   ROOT      3 -     goed
        ,         PUNCT punct     5 -     ,
        stelt     VERB  parataxis 3 -     stellen
        Schoof    PROPN nsubj     5 B-PER Schoof
        ,         PUNCT punct     8 -     ,
        directeur NOUN  appos     6 -     directeur
        van       ADP   case      11 -    van
        de        DET   det       11 -    de
        AIVD      PROPN conj      6 B-ORG AIVD
        .         PUNCT punct     3 -     .
    """)
    assert [s[1] for s in relations(doc, kb)[0]] == ["Schoof"]


PLATFORM_STORM = """
    Het      DET   det    1 -     het
    staat    VERB  nsubj  10 -    staan
    op       ADP   case   4 -     op
    de       DET   det    4 -     de
    pagina   NOUN  nmod   1 -     pagina
    van      ADP   case   6 -     van
    Platform PROPN nmod   4 B-ORG Platform
    Storm    PROPN flat   6 I-ORG Storm
    {sep:<8} PUNCT punct  10 -    {sep}
    dat      PRON  nsubj  10 -    dat
    zegt     VERB  ROOT   10 -    zeggen
    niet     ADV   advmod 16 -    niet
    achter   ADP   case   14 -    achter
    de       DET   det    14 -    de
    actie    NOUN  obl    16 -    actie
    te       ADP   mark   16 -    te
    zitten   VERB  xcomp  10 -    zitten
    .        PUNCT punct  10 -    .
"""


def test_relative_clause_unattached_the_body_before_the_comma_speaks(kb):
    """`Het staat op de pagina van Platform Storm, dat zegt niet achter de actie te zitten`,
    the relative clause parsed as the main one with two subjects: `dat` is Platform Storm."""
    assert [s[1] for s in relations(parsed(PLATFORM_STORM.format(sep=",")), kb)[0]] == ["Platform Storm"]


def test_a_relative_pronoun_not_after_a_comma_is_no_antecedent(kb):
    """Hand-built, a dash for the comma: `dat` names nobody, and the other subject no one either."""
    assert relations(parsed(PLATFORM_STORM.format(sep="-")), kb)[0] == []
