"""Speech reported in spite of the parser's slips (pipeline/relations/assertion.py,
content.py, speakers.py, appositions.py): a reported clause's `zijn` taken for the cue's
passive auxiliary, its `om` hung on the cue, its `dat` clause on the addressee, a speaker
described first and named after a comma."""

from __future__ import annotations

from .conftest import parsed, relations

BOAT = """
    De         DET   det     1 -     de
    boot       NOUN  nsubj   {verb} - boot
    is         AUX   aux:pass {verb} - zijn
    op         ADP   case    4 -     op
    weg        NOUN  obl     2 -     weg
    naar       ADP   case    6 -     naar
    Malta      PROPN obl     2 B-LOC Malta
    ,          PUNCT punct   9 -     ,
    zo         ADV   advmod  9 -     zo
    {finite}
    Salvini    PROPN nsubj   {verb} B-PER Salvini
    {others}
    gezegd     VERB  ROOT    {verb} - zeggen
    .          PUNCT punct   {verb} - .
"""


def boat(finite="heeft", others=""):
    rows = [line for line in others.splitlines() if line.strip()]
    verb = 11 + len(rows)
    line = f"{finite} {'VERB' if finite != 'is' else 'AUX'} aux {verb} - {'hebben' if finite != 'is' else 'zijn'}"
    doc = parsed(BOAT.format(verb=verb, finite=line, others=others.format(verb=verb)))
    doc[verb].set_morph("VerbForm=Part")
    return doc


def test_statements_a_perfect_with_hebben_is_active_whatever_the_parser_hung_on_it(kb):
    """`De boot is op weg naar Malta, zo heeft Salvini gezegd.`, the clause's `is` taken for a
    passive auxiliary of `gezegd`: `hebben` makes no passive (rule `perfect_with_hebben`)."""
    statements, _ = relations(boat(), kb)
    assert [(s[1], s[3]) for s in statements] == [("Matteo Salvini", "De boot is op weg naar Malta")]


def test_statements_a_participle_with_zijn_alone_stays_passive(kb):
    """`…, zo is Salvini gezegd.`: Salvini was told; nobody named speaks."""
    statements, _ = relations(boat(finite="is"), kb)
    assert statements == []


def test_statements_a_subject_after_the_finite_verb_makes_the_object_part_of_the_attribution(kb):
    """`…, zo hebben Salvini en Maltese autoriteiten gezegd.`, `autoriteiten` parsed as the
    object: the subject stands inverted after `hebben`, so the words before the comma are
    what was said, not `autoriteiten`."""
    others = """
        en         CCONJ cc      14 -    en
        Maltese    ADJ   amod    14 -    maltees
        autoriteiten NOUN obj    {verb} - autoriteit
    """
    statements, _ = relations(boat(finite="hebben", others=others), kb)
    assert [(s[1], s[3]) for s in statements] == [("Matteo Salvini", "De boot is op weg naar Malta")]


REPORTED_PURPOSE = """
    De         DET   det     1 -     de
    plannen    NOUN  nsubj:pass 3 - plan
    worden     AUX   aux:pass 3 -    worden
    gebruikt   VERB  ROOT    3 -     gebruiken
    om         ADP   mark    {mark_head} - om
    de         DET   det     6 -     de
    wegen      NOUN  obj     9 -     weg
    aan        ADP   compound:prt 9 - aan
    te         ADP   mark    9 -     te
    passen     VERB  advcl   3 -     aanpassen
    ,          PUNCT punct   11 -    ,
    meldt      VERB  {dep}   3 -     melden
    Rijkswaterstaat PROPN nsubj 11 B-ORG Rijkswaterstaat
    .          PUNCT punct   3 -     .
"""


def test_statements_om_hung_on_a_finite_cue_is_the_reported_clauses(kb):
    """`De plannen worden gebruikt om de wegen aan te passen, meldt Rijkswaterstaat.`, the
    parser hanging `om` on `meldt`: `om` opens only infinitives (rule `om_opens_an_infinitive`)."""
    doc = parsed(REPORTED_PURPOSE.format(mark_head=11, dep="advcl"))
    doc[11].set_morph("VerbForm=Fin")
    statements, _ = relations(doc, kb)
    assert [s[1] for s in statements] == ["Rijkswaterstaat"]
    assert statements[0][3].startswith("De plannen worden gebruikt om de wegen aan te passen")


def test_statements_om_on_an_infinitive_cue_still_says_nothing_was_said(kb):
    """`Rutte kwam om te melden dat het plan klaar is.`: a purpose, no speech act."""
    doc = parsed("""
        Rutte      PROPN nsubj   1 B-PER Rutte
        kwam       VERB  ROOT    1 -     komen
        om         ADP   mark    4 -     om
        te         ADP   mark    4 -     te
        melden     VERB  advcl   1 -     melden
        dat        SCONJ mark    9 -     dat
        het        DET   det     7 -     het
        plan       NOUN  nsubj   9 -     plan
        klaar      ADJ   advmod  9 -     klaar
        is         AUX   ccomp   4 -     zijn
        .          PUNCT punct   1 -     .
    """)
    doc[4].set_morph("VerbForm=Inf")
    statements, _ = relations(doc, kb)
    assert statements == []


TOLD_PARLIAMENT = """
    Ardern     PROPN nsubj   1 B-PER Ardern
    zei        VERB  ROOT    1 -     zeggen
    tegen      ADP   case    4 -     tegen
    het        DET   det     4 -     het
    parlement  NOUN  obl     1 -     parlement
    {mark:<6}  SCONJ mark    8 -     {mark}
    de         DET   det     7 -     de
    dader      NOUN  nsubj   8 -     dader
    uit        ADP   acl:relcl 4 -   uit
    is         AUX   cop     8 -     zijn
    op         ADP   case    11 -    op
    roem       NOUN  obl     8 -     roem
    .          PUNCT punct   1 -     .
"""


def test_statements_a_dat_clause_hung_on_the_addressee_is_what_was_said_whatever_heads_it(kb):
    """`Ardern zei tegen het parlement dat de dader uit is op roem.`, the clause taken for a
    relative clause on `parlement` and headed by `uit` (ADP)."""
    statements, _ = relations(parsed(TOLD_PARLIAMENT.format(mark="dat")), kb)
    assert [(s[1], s[3]) for s in statements] == [("Jacinda Ardern", "dat de dader uit is op roem")]


def test_statements_a_time_clause_after_the_addressee_is_not_what_was_said(kb):
    """`Ardern zei tegen het parlement toen de dader uit was op roem`: `toen` says when."""
    statements, _ = relations(parsed(TOLD_PARLIAMENT.format(mark="toen")), kb)
    assert statements == []


PASSENGER = """
    Dat        PRON  nsubj   2 -     dat
    was        AUX   cop     2 -     zijn
    eng        ADJ   advcl   4 -     eng
    ,          PUNCT punct   2 -     ,
    vertelt    VERB  ROOT    4 -     vertellen
    {description}
    ,          PUNCT punct   {name} -     ,
    {rest}
"""


def passenger(description, rest):
    rows = [line for line in description.splitlines() if line.strip()]
    name = 6 + len(rows)
    return parsed(PASSENGER.format(description=description, name=name, rest=rest.format(name=name)))


JANET_JACOB = """
    Janet      PROPN appos   {name_head} B-PER Janet
    Jacob      PROPN flat    {name} I-PER Jacob
    .          PUNCT punct   4 -     .
"""


def test_statements_a_speaker_described_and_then_named_after_a_comma_is_the_name(kb):
    """`Dat was eng, vertelt een andere passagier, Janet Jacob.` (rule `description_then_name`)."""
    description = """
        een        DET   det     7 -     een
        andere     ADJ   amod    7 -     ander
        passagier  NOUN  obj     4 -     passagier
    """
    statements, _ = relations(passenger(description, JANET_JACOB.replace("{name_head}", "7")), kb)
    assert [(s[1], s[3]) for s in statements] == [("Janet Jacob", "Dat was eng")]


def test_statements_an_office_and_its_owner_described_before_the_name(kb):
    """`Dat was eng, zegt de burgemeester van Almelo, Janet Jacob.`: the owner of the office
    (even tagged a person, as the NER tags towns) does not speak; the name after it does."""
    description = """
        de         DET   det     6 -     de
        burgemeester NOUN obj    4 -     burgemeester
        van        ADP   case    8 -     van
        Almelo     PROPN nmod    6 B-PER Almelo
    """
    statements, _ = relations(passenger(description, JANET_JACOB.replace("{name_head}", "6")), kb)
    assert [s[1] for s in statements] == ["Janet Jacob"]


def test_statements_a_name_that_opens_a_clause_after_the_description_speaks_not(kb):
    """`Dat was eng, vertelt de passagier, Janet Jacob kwam later.`: the name is the subject
    of a clause of its own, and the description names nobody."""
    description = """
        de         DET   det     6 -     de
        passagier  NOUN  obj     4 -     passagier
    """
    rest = """
        Janet      PROPN nsubj   10 B-PER Janet
        Jacob      PROPN flat    8 I-PER Jacob
        kwam       VERB  conj    4 -     komen
        later      ADV   advmod  10 -    later
        .          PUNCT punct   4 -     .
    """
    statements, _ = relations(passenger(description, rest), kb)
    assert [s[1] for s in statements if s[1] == "Janet Jacob"] == []


def test_statements_a_described_speaker_named_with_an_aside_after_the_name_reports_only_the_claim(kb):
    """`Dat was eng, vertelt een andere passagier, Janet Jacob, tegen de krant.`: the name and
    what follows it belong to the attribution, not to what was said."""
    description = """
        een        DET   det     7 -     een
        andere     ADJ   amod    7 -     ander
        passagier  NOUN  obj     4 -     passagier
    """
    rest = """
        Janet      PROPN appos   7 B-PER Janet
        Jacob      PROPN flat    9 I-PER Jacob
        ,          PUNCT punct   14 -    ,
        tegen      ADP   case    14 -    tegen
        de         DET   det     14 -    de
        krant      NOUN  obl     4 -     krant
        .          PUNCT punct   4 -     .
    """
    statements, _ = relations(passenger(description, rest), kb)
    assert [(s[1], s[3]) for s in statements] == [("Janet Jacob", "Dat was eng")]


def test_statements_a_subject_inverted_after_a_fronted_phrase_reports_no_phrase(kb):
    """`Na het overleg, heeft Rutte de maatregelen aangekondigd.`: the comma closes a fronted
    phrase, not a clause reported, so the subject after `heeft` inverts for the phrase."""
    doc = parsed("""
        Na         ADP   case    2 -     na
        het        DET   det     2 -     het
        overleg    NOUN  obl     8 -     overleg
        ,          PUNCT punct   2 -     ,
        heeft      AUX   aux     8 -     hebben
        Rutte      PROPN nsubj   8 B-PER Rutte
        de         DET   det     7 -     de
        maatregelen NOUN obj     8 -     maatregel
        aangekondigd VERB ROOT   8 -     aankondigen
        .          PUNCT punct   8 -     .
    """)
    doc[8].set_morph("VerbForm=Part")
    statements, _ = relations(doc, kb)
    assert [s[3] for s in statements if "overleg" in s[3]] == []
