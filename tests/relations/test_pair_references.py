"""A pair named before and referred to by `beide` or `de twee` and a plural noun
(groups.pair_reference, rule `pair_reference`; data/lexicon/pair_words.txt), and a
developer described by its occupation (data/lexicon/person_nouns.txt): `projectontwikkelaar
Jansen … De projectontwikkelaar sprak met …`."""

from __future__ import annotations

from .conftest import parsed, relations, who_met

PAIR = """
    Jansen     PROPN nsubj  3  B-PER  Jansen
    {joiner}   {jpos} {jdep} {jhead} - {joiner}
    Pietersen  PROPN conj   0  B-PER  Pietersen
    verhuizen  VERB  ROOT   3  -      verhuizen
    .          PUNCT punct  3  -      .
"""

FILLER = """
    Het        PRON  nsubj  {verb}  -  het
    regent     VERB  ROOT   {verb}  -  regenen
    .          PUNCT punct  {verb}  -  .
"""

TALK = """
    Bakker     PROPN nsubj  {verb}    B-PER  Bakker
    sprak      VERB  ROOT   {verb}    -      spreken
    met        ADP   case   {noun}    -      met
    {marker}   {mpos} {mdep} {noun}   -      {marker}
    huurders   NOUN  obl    {verb}    -      huurder
    .          PUNCT punct  {verb}    -      .
"""


def _text(joiner: str = "en", fillers: int = 1, marker: str = "beide", chain: bool = False) -> str:
    jpos, jdep, jhead = ("CCONJ", "cc", 2) if joiner == "en" else ("PUNCT", "punct", 2)
    rows = PAIR.format(joiner=joiner, jpos=jpos, jdep=jdep, jhead=jhead)
    start = 5
    for index in range(fillers):
        if chain and index == 1:  # `Beide buurmannen klagen.`: the pair referred to again
            rows += f"""
    Beide      DET   det    {start + 1}  -  beide
    buurmannen NOUN  nsubj  {start + 2}  -  buurman
    klagen     VERB  ROOT   {start + 2}  -  klagen
    .          PUNCT punct  {start + 2}  -  .
"""
            start += 4
            continue
        rows += FILLER.format(verb=start + 1)
        start += 3
    mpos, mdep = ("DET", "det") if marker == "beide" else ("NUM", "nummod")
    return rows + TALK.format(verb=start + 1, noun=start + 4, marker=marker, mpos=mpos, mdep=mdep)


def test_beide_and_a_plural_noun_is_the_pair_named_before(kb):
    assert who_met(relations(parsed(_text()), kb)[1]) == [("meeting", ["Bakker", "Jansen", "Pietersen"])]


def test_a_reference_to_the_pair_between_keeps_it_in_mind(kb):
    """Five sentences back, with `Beide buurmannen` in between."""
    assert who_met(relations(parsed(_text(fillers=4, chain=True)), kb)[1]) == [("meeting", ["Bakker", "Jansen", "Pietersen"])]


def test_a_pair_named_five_sentences_back_is_out_of_reach(kb):
    assert relations(parsed(_text(fillers=4)), kb)[1] == []


def test_a_bare_numeral_is_any_two(kb):
    """`Bakker sprak met twee huurders`: two tenants, not the pair named before."""
    assert relations(parsed(_text(marker="twee")), kb)[1] == []


def test_no_pair_in_a_coordination_of_three(kb):
    doc = parsed("""
        Jansen     PROPN nsubj  5  B-PER  Jansen
        ,          PUNCT punct  2  -      ,
        Pietersen  PROPN conj   0  B-PER  Pietersen
        en         CCONJ cc     4  -      en
        Smit       PROPN conj   0  B-PER  Smit
        verhuizen  VERB  ROOT   5  -      verhuizen
        .          PUNCT punct  5  -      .
        Bakker     PROPN nsubj  8  B-PER  Bakker
        sprak      VERB  ROOT   8  -      spreken
        met        ADP   case   11 -      met
        beide      DET   det    11 -      beide
        huurders   NOUN  obl    8  -      huurder
        .          PUNCT punct  8  -      .
    """)
    assert relations(doc, kb)[1] == []


DEVELOPER = """
    Dat        PRON  obj    1  -      dat
    zei        VERB  ROOT   1  -      zeggen
    {title}    NOUN  nsubj  1  -      {title}
    Jansen     PROPN appos  2  B-PER  Jansen
    .          PUNCT punct  1  -      .
    De         DET   det    6  -      de
    {noun}     NOUN  nsubj  7  -      {noun}
    sprak      VERB  ROOT   7  -      spreken
    met        ADP   case   9  -      met
    Bakker     PROPN obl    7  B-PER  Bakker
    .          PUNCT punct  7  -      .
"""


def test_the_developer_is_the_one_introduced_so(kb):
    doc = parsed(DEVELOPER.format(title="projectontwikkelaar", noun="projectontwikkelaar"))
    assert who_met(relations(doc, kb)[1]) == [("meeting", ["Bakker", "Jansen"])]


def test_a_developer_introduced_as_someone_else_is_not_resolved(kb):
    """`Dat zei wethouder Jansen. De projectontwikkelaar sprak met Bakker.`: the developer is not Jansen."""
    doc = parsed(DEVELOPER.format(title="wethouder", noun="projectontwikkelaar"))
    assert relations(doc, kb)[1] == []
