"""Who speaks when the cue verb's subject does not: a passive's `door` agent
(pipeline/relations/passives.py), the one a medium quotes (`citeren`), nobody when a quote is a
word named in a `zoals` clause; and an intention (`hoopt … te`) that is no claim."""

from __future__ import annotations

from .conftest import parsed, relations

PASSIVE = """
    Het        DET   det     1 -     het
    bestuur    NOUN  nsubj   {verb} - bestuur
    is         AUX   {aux}   {verb} - zijn
    {door:<10} ADP   case    4 -     {door}
    Halsema    PROPN {agent} {verb} B-PER Halsema
    en         CCONJ cc      6 -     en
    Moorman    PROPN conj    4 B-PER Moorman
    {negation}
    verzocht   VERB  ROOT    {verb} - verzoeken
    om         ADP   mark    {stap} - om
    op         ADP   compound:prt {stap} - op
    te         ADP   mark    {stap} - te
    stappen    VERB  advcl   {verb} - stappen
    .          PUNCT punct   {verb} - .
"""


def passive(door="door", agent="obl:agent", aux="aux:pass", negated=False):
    verb = 8 if negated else 7
    negation = f"niet ADV advmod {verb} - niet" if negated else ""
    return parsed(PASSIVE.format(verb=verb, stap=verb + 4, door=door, agent=agent, aux=aux, negation=negation))


def test_statements_the_agent_of_a_passive_speech_verb_speaks(kb):
    """`Het bestuur is door Halsema en Moorman verzocht om op te stappen`: both asked."""
    statements, _ = relations(passive(), kb)
    assert [(s[0], s[1], s[2], s[3]) for s in statements] == [
        ("indirect", "Femke Halsema", "verzoeken", "om op te stappen"), ("indirect", "Moorman", "verzoeken", "om op te stappen")]


def test_statements_a_passive_whose_auxiliary_was_taken_for_a_copula_still_has_its_agent(kb):
    statements, _ = relations(passive(aux="cop"), kb)
    assert [s[1] for s in statements] == ["Femke Halsema", "Moorman"]


def test_statements_a_negated_passive_reports_nothing(kb):
    """`Het bestuur is door Halsema en Moorman niet verzocht …`: no request was made."""
    statements, _ = relations(passive(negated=True), kb)
    assert statements == []


def test_statements_an_active_verbs_door_phrase_is_no_agent(kb):
    """`Hij zei door de telefoon dat …`: `door` names the channel, not who spoke."""
    doc = parsed("""
        Rutte      PROPN nsubj   1 B-PER Rutte
        zei        VERB  ROOT    1 -     zeggen
        door       ADP   case    4 -     door
        de         DET   det     4 -     de
        Kamer      PROPN obl     1 B-ORG Kamer
        dat        SCONJ mark    7 -     dat
        het        PRON  nsubj   7 -     het
        klopt      VERB  ccomp   1 -     kloppen
        .          PUNCT punct   1 -     .
    """)
    statements, _ = relations(doc, kb)
    assert [s[1] for s in statements] == ["Mark Rutte"]


QUOTED = """
    '          PUNCT punct   1 -     '
    Klaar      ADJ   ROOT    1 -     klaar
    '          PUNCT punct   1 -     '
    ,          PUNCT punct   4 -     ,
    citeerde   VERB  parataxis 1 -   citeren
    persbureau NOUN  nsubj   4 -     persbureau
    Tass       PROPN appos   5 B-ORG Tass
    {quoted}
    .          PUNCT punct   1 -     .
"""


def test_statements_a_quoted_one_speaks_not_the_medium_that_quotes(kb):
    """`'Klaar', citeerde persbureau Tass gouverneur Brussee.`: Brussee's words."""
    doc = parsed(QUOTED.format(quoted="gouverneur NOUN obj 4 - gouverneur\n    Brussee PROPN appos 7 B-PER Brussee"))
    statements, _ = relations(doc, kb)
    assert [s[:3] for s in statements] == [("direct", "Brussee", "citeren")]


def test_statements_a_medium_quoting_nobody_named_gives_no_speaker(kb):
    doc = parsed(QUOTED.format(quoted="een NOUN det 8 - een\n    ingewijde NOUN obj 4 - ingewijde"))
    statements, _ = relations(doc, kb)
    assert statements == []


def test_statements_a_word_named_in_a_zoals_clause_is_no_quote_of_the_namer(kb):
    """`Brussee gebruikt, zoals hij het noemt, 'marketingfoto's'.`: the quote is a name."""
    doc = parsed("""
        Brussee    PROPN nsubj   1 B-PER Brussee
        gebruikt   VERB  ROOT    1 -     gebruiken
        ,          PUNCT punct   6 -     ,
        zoals      SCONJ mark    6 -     zoals
        hij        PRON  nsubj   6 -     hij
        het        PRON  obj     6 -     het
        noemt      VERB  advcl   1 -     noemen
        ,          PUNCT punct   6 -     ,
        '          PUNCT punct   9 -     '
        foto's     NOUN  obj     1 -     foto
        '          PUNCT punct   9 -     '
        .          PUNCT punct   1 -     .
    """)
    statements, _ = relations(doc, kb)
    assert [s for s in statements if s[0] == "direct"] == []


HOPE = """
    Brussee    PROPN nsubj   1 B-PER Brussee
    hoopt      VERB  ROOT    1 -     hopen
    {clause}
    .          PUNCT punct   1 -     .
"""


def test_statements_hoping_to_do_something_is_no_claim(kb):
    """`Brussee hoopt morgen te beginnen.`: an intention."""
    doc = parsed(HOPE.format(clause="morgen ADV advmod 4 - morgen\n    te ADP mark 4 - te\n    beginnen VERB xcomp 1 - beginnen"))
    statements, _ = relations(doc, kb)
    assert statements == []


def test_statements_hoping_that_something_happens_still_reports(kb):
    doc = parsed(HOPE.format(clause="dat SCONJ mark 4 - dat\n    het PRON nsubj 4 - het\n    lukt VERB ccomp 1 - lukken"))
    statements, _ = relations(doc, kb)
    assert [s[:3] for s in statements] == [("indirect", "Brussee", "hopen")]
