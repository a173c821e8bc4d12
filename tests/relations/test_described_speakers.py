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
