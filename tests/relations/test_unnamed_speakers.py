"""Quotes whose attribution names a stranger (relations/unnamed.py): no one's statement, not
the quote of the person the sentences before are about."""

from __future__ import annotations

import pytest

from .conftest import parsed, relations

STRANGER = """
    Myra      PROPN nsubj     3  B-PER Myra
    de        PROPN flat      0  I-PER de
    Weerdt    PROPN flat      0  I-PER Weerdt
    vond      VERB  ROOT      3  -     vinden
    het       PRON  nsubj     3  -     het
    een       DET   det       6  -     een
    schande   NOUN  obj       3  -     schande
    .         PUNCT punct     3  -     .
    ,,        PUNCT punct     13 -     ,,
    Dit       PRON  nsubj     13 -     dit
    had       AUX   aux       13 -     hebben
    nooit     ADV   advmod    13 -     nooit
    mogen     AUX   aux       13 -     mogen
    gebeuren  VERB  ROOT      13 -     gebeuren
    ''        PUNCT punct     13 -     ''
    ,         PUNCT punct     16 -     ,
    zegt      VERB  parataxis 13 -     zeggen
    {det}     DET   det       18 -     {det}
    {noun}    NOUN  nsubj     16 -     {noun}
    {owner}
    .         PUNCT punct     13 -     .
"""
OF_A_MAN = "van ADP case 21 - van\n    een DET det 21 - een\n    man NOUN nmod 18 - man"
OF_THE_PARTY = "van ADP case 21 - van\n    de DET det 21 - de\n    partij NOUN nmod 18 - partij"


@pytest.mark.parametrize(("det", "noun", "owner"), [("de", "advocaat", OF_A_MAN), ("een", "buurvrouw", "")])
def test_a_quote_a_stranger_is_said_to_speak_is_no_ones(kb, det, noun, owner):
    """Rule `unnamed_postposed_speaker`: `'…', zegt de advocaat van een man` after a sentence
    about Myra de Weerdt is the lawyer's, not hers (and so no statement)."""
    assert relations(parsed(STRANGER.format(det=det, noun=noun, owner=owner)), kb)[0] == []


def test_a_description_of_her_own_role_may_still_be_the_person_before(kb):
    """`'…', zegt de nummer 2 van de partij`: not marked a stranger, so the quote stays hers."""
    statements = relations(parsed(STRANGER.format(det="de", noun="woordvoerster", owner=OF_THE_PARTY)), kb)[0]
    assert [speaker for _, speaker, *_ in statements] == ["Myra de Weerdt"]
