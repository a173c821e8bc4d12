"""Role nouns and voices learnt from the article (pipeline/linking/descriptions.py,
institutions.py): a title tagged as a name, the head of a role compound, an apposition after
the name, adjectives between article and noun, spokespeople."""

from __future__ import annotations

from datetime import date

import pytest

from spacy.tokens import Doc

from pipeline.entities import doc_mentions
from pipeline.linking import link_entities

from .conftest import VOCAB


def tagged(table: str) -> Doc:
    """One token a line: `word POS entity` (`-` for none); `.` ends a sentence."""
    rows = [line.split() for line in table.strip().splitlines() if line.strip()]
    words = [r[0] for r in rows]
    starts = [i == 0 or words[i - 1] == "." for i in range(len(words))]
    return Doc(VOCAB, words=words, pos=[r[1] for r in rows], ents=[r[2] if r[2] != "-" else "O" for r in rows], sent_starts=starts)


def mentions_of(doc: Doc, kb) -> dict[str, list[str]]:
    linked = link_entities(doc, doc_mentions(doc), kb, date(2019, 5, 14))
    return {e.name: [m.text for m in e.mentions] for e in linked.entities}


def test_roles_a_capitalised_title_tagged_as_a_name_introduces_the_role(kb):
    doc = tagged("""
        Burgemeester  PROPN -
        Femke         PROPN B-PER
        Halsema       PROPN I-PER
        kwam          VERB  -
        .             PUNCT -
        De            DET   -
        burgemeester  NOUN  -
        sprak         VERB  -
        .             PUNCT -
    """)
    assert mentions_of(doc, kb) == {"Femke Halsema": ["Femke Halsema", "De burgemeester"]}


def test_roles_the_head_of_a_role_compound_is_learnt_too(kb):
    doc = tagged("""
        onderwijswethouder NOUN -
        Marjolein     PROPN B-PER
        Moorman       PROPN I-PER
        kwam          VERB  -
        .             PUNCT -
        De            DET   -
        wethouder     NOUN  -
        sprak         VERB  -
        .             PUNCT -
    """)
    assert mentions_of(doc, kb) == {"Marjolein Moorman": ["Marjolein Moorman", "De wethouder"]}


@pytest.mark.parametrize(("title", "later"), [("parochiesecretaris", "parochiesecretaris"), ("oppositievoorman", "oppositievoorman"),
                                              ("partijvoorman", "voorman")])
def test_roles_a_compound_on_voorman_or_secretaris_is_a_role(kb, title, later):
    """`Het is parochiesecretaris Elly Visser. … Op hoge toon eist de parochiesecretaris …`,
    `oppositievoorman Guaidó … De oppositievoorman riep …`, `partijvoorman … de voorman`
    (data/lexicon/role_suffixes.txt)."""
    doc = tagged(f"""
        {title}       NOUN  -
        Elly          PROPN B-PER
        Visser        PROPN I-PER
        kwam          VERB  -
        .             PUNCT -
        De            DET   -
        {later}       NOUN  -
        sprak         VERB  -
        .             PUNCT -
    """)
    assert mentions_of(doc, kb) == {"Elly Visser": ["Elly Visser", f"De {later}"]}


def test_roles_a_former_voorman_is_not_the_voorman(kb):
    """`oud-voorman Anna Smit kwam. De voorman sprak.`: the voorman now is someone else."""
    doc = tagged("""
        oud-voorman   NOUN  -
        Anna          PROPN B-PER
        Smit          PROPN I-PER
        kwam          VERB  -
        .             PUNCT -
        De            DET   -
        voorman       NOUN  -
        sprak         VERB  -
        .             PUNCT -
    """)
    assert mentions_of(doc, kb) == {"Anna Smit": ["Anna Smit"]}


def test_roles_an_apposition_after_the_name_teaches_the_noun(kb):
    doc = tagged("""
        Johan         PROPN B-PER
        Dessing       PROPN I-PER
        ,             PUNCT -
        fractievoorzitter NOUN -
        ,             PUNCT -
        kwam          VERB  -
        .             PUNCT -
        De            DET   -
        fractievoorzitter NOUN -
        sprak         VERB  -
        .             PUNCT -
    """)
    assert mentions_of(doc, kb) == {"Johan Dessing": ["Johan Dessing", "De fractievoorzitter"]}


def test_roles_adjectives_between_article_and_noun(kb):
    doc = tagged("""
        rechter       NOUN  -
        Joaquín       PROPN B-PER
        Giménez       PROPN I-PER
        kwam          VERB  -
        .             PUNCT -
        de            DET   -
        gepensioneerde ADJ  -
        rechter       NOUN  -
        sprak         VERB  -
        .             PUNCT -
    """)
    assert mentions_of(doc, kb) == {"Joaquín Giménez": ["Joaquín Giménez", "de gepensioneerde rechter"]}


def test_roles_two_people_with_one_role_leave_the_noun_unresolved(kb):
    doc = tagged("""
        wethouder     NOUN  -
        Anna          PROPN B-PER
        Smit          PROPN I-PER
        en            CCONJ -
        wethouder     NOUN  -
        Piet          PROPN B-PER
        Bakker        PROPN I-PER
        kwamen        VERB  -
        .             PUNCT -
        De            DET   -
        wethouder     NOUN  -
        sprak         VERB  -
        .             PUNCT -
    """)
    assert all(len(texts) == 1 for texts in mentions_of(doc, kb).values())


def test_roles_a_person_noun_without_an_introduction_names_nobody(kb):
    doc = tagged("""
        Anna          PROPN B-PER
        Smit          PROPN I-PER
        kwam          VERB  -
        .             PUNCT -
        De            DET   -
        voetballer    NOUN  -
        sprak         VERB  -
        .             PUNCT -
    """)
    assert mentions_of(doc, kb) == {"Anna Smit": ["Anna Smit"]}


def test_roles_spokespeople_are_their_organisations_voice(kb):
    doc = tagged("""
        ING           PROPN B-ORG
        betaalt       VERB  -
        .             PUNCT -
        aldus         ADV   -
        de            DET   -
        ING-woordvoerder NOUN -
        .             PUNCT -
        Een           DET   -
        woordvoerder  NOUN  -
        van           ADP   -
        de            DET   -
        NS            PROPN B-ORG
        zegt          VERB  -
        .             PUNCT -
    """)
    assert mentions_of(doc, kb) == {"ING": ["ING", "de ING-woordvoerder"], "NS": ["Een woordvoerder", "NS"]}


def test_roles_a_spokesperson_of_nobody_named_is_nobody(kb):
    doc = tagged("""
        ING           PROPN B-ORG
        betaalt       VERB  -
        .             PUNCT -
        aldus         ADV   -
        de            DET   -
        woordvoerder  NOUN  -
        .             PUNCT -
        de            DET   -
        Globex-woordvoerder NOUN -
        zwijgt        VERB  -
        .             PUNCT -
    """)
    assert mentions_of(doc, kb) == {"ING": ["ING"]}


@pytest.mark.parametrize("title", ["NS-woordvoerder", "woordvoerder"])
def test_roles_a_spokesperson_with_a_name_is_that_person(kb, title):
    """Rule `named_spokesperson`: `zegt NS-woordvoerder Erik Kroeze` is Erik Kroeze speaking,
    his title no mention of the NS (a bare `de NS-woordvoerder` is: the test above)."""
    doc = tagged(f"""
        NS            PROPN B-ORG
        zweeg         VERB  -
        .             PUNCT -
        zegt          VERB  -
        {title}       NOUN  -
        Erik          PROPN B-PER
        Kroeze        PROPN I-PER
        .             PUNCT -
    """)
    mentions = mentions_of(doc, kb)
    assert mentions["Erik Kroeze"] == ["Erik Kroeze"]
    assert not any("woordvoerder" in text for text in mentions["NS"])


def test_roles_a_spokesperson_of_a_body_with_a_name_is_that_person(kb):
    """Rule `named_spokesperson`: `Woordvoerder van Milieudefensie Anne Knol is …` is Anne Knol
    speaking; `een woordvoerder van Milieudefensie` alone is Milieudefensie's voice."""
    doc = tagged("""
        Milieudefensie PROPN B-ORG
        is            AUX   -
        blij          ADJ   -
        .             PUNCT -
        Woordvoerder  NOUN  -
        van           ADP   -
        Milieudefensie PROPN B-ORG
        Anne          PROPN B-PER
        Knol          PROPN I-PER
        zwijgt        VERB  -
        .             PUNCT -
        Een           DET   -
        woordvoerder  NOUN  -
        van           ADP   -
        Milieudefensie PROPN B-ORG
        zegt          VERB  -
        .             PUNCT -
    """)
    assert mentions_of(doc, kb) == {"Milieudefensie": ["Milieudefensie", "Milieudefensie", "Een woordvoerder", "Milieudefensie"],
                                    "Anne Knol": ["Anne Knol"]}


def test_roles_a_spokesperson_compound_names_its_organisation(kb):
    """`de KLM-woordvoerder` speaks for KLM, a body the knowledge base knows, though the
    article names it nowhere else (compound_names.py gives the word its name)."""
    doc = tagged("""
        ING           PROPN B-ORG
        betaalt       VERB  -
        .             PUNCT -
        de            DET   -
        KLM-woordvoerder NOUN -
        zwijgt        VERB  -
        .             PUNCT -
    """)
    assert mentions_of(doc, kb) == {"ING": ["ING"], "KLM": ["de KLM-woordvoerder"]}


def test_roles_a_rank_prefix_makes_another_role(kb):
    """`Oriol Junqueras, oud-vicepremier, …` — a later `de premier` is someone else."""
    doc = tagged("""
        Oriol         PROPN B-PER
        Junqueras     PROPN I-PER
        ,             PUNCT -
        oud-vicepremier NOUN -
        ,             PUNCT -
        kwam          VERB  -
        .             PUNCT -
        De            DET   -
        premier       NOUN  -
        sprak         VERB  -
        .             PUNCT -
    """)
    assert mentions_of(doc, kb)["Oriol Junqueras"] == ["Oriol Junqueras"]


RIVALS = """
    rechter       NOUN  -
    Anna          PROPN B-PER
    Smit          PROPN I-PER
    kwam          VERB  -
    .             PUNCT -
    rechter       NOUN  -
    Piet          PROPN B-PER
    Bakker        PROPN I-PER
    kwam          VERB  -
    .             PUNCT -
    {quote}       PUNCT -
    De            DET   -
    rechter       NOUN  -
    sprak         VERB  -
    .             PUNCT -
    {quote}       PUNCT -
"""


def test_roles_in_the_narration_a_role_noun_means_the_latest_introduced(kb):
    doc = tagged(RIVALS.format(quote=","))
    assert mentions_of(doc, kb) == {"Anna Smit": ["Anna Smit"], "Piet Bakker": ["Piet Bakker", "De rechter"]}


def test_roles_inside_a_quote_a_role_noun_with_rivals_names_nobody(kb):
    """`'… de president …', verklaarde Poetin`: the latest introduced may be the speaker."""
    plain = tagged(RIVALS.format(quote="'"))
    spaces = [not (t.text == "'" and t.i > 10) and not (t.i + 1 < len(plain) and plain[t.i + 1].text in (".", "'")) for t in plain]
    spaces[10] = False  # the opening quote mark touches its first word
    doc = Doc(VOCAB, words=[t.text for t in plain], spaces=spaces, pos=[t.pos_ for t in plain],
              ents=[f"{t.ent_iob_}-{t.ent_type_}" if t.ent_type_ else "O" for t in plain], sent_starts=[t.is_sent_start for t in plain])
    assert "'De rechter sprak.'" in doc.text
    assert all(len(texts) == 1 for texts in mentions_of(doc, kb).values())


def test_roles_a_countrys_government_is_the_country(kb):
    """`de Amerikaanse regering waarschuwt` is the United States acting; `de Duitse ambassade`
    stays an institution of its own."""
    doc = tagged("""
        De            DET   -
        Amerikaanse   ADJ   -
        regering      NOUN  -
        waarschuwt    VERB  -
        .             PUNCT -
        De            DET   -
        Duitse        ADJ   -
        ambassade     NOUN  -
        zwijgt        VERB  -
        .             PUNCT -
    """)
    assert mentions_of(doc, kb) == {"United States": ["Amerikaanse regering"], "Duitse ambassade": ["Duitse ambassade"]}


@pytest.mark.parametrize(("title", "later"), [
    ("Klimaatwetenschapper", "wetenschapper"),
    ("Hoofdeconoom", "econoom"),
    ("Terrorisme-expert", "expert"),
    ("Jeugdcriminoloog", "criminoloog"),
])
def test_roles_an_experts_field_compound_is_a_title_that_teaches_its_head(kb, title, later):
    """role_suffixes.txt: `Klimaatwetenschapper Heleen de Coninck` (the field no part of her name)
    makes a later `de wetenschapper` her."""
    doc = tagged(f"""
        {title}       NOUN  -
        Heleen        PROPN B-PER
        Coninck       PROPN I-PER
        zweeg         VERB  -
        .             PUNCT -
        De            DET   -
        {later}       NOUN  -
        zegt          VERB  -
        .             PUNCT -
    """)
    assert mentions_of(doc, kb) == {"Heleen Coninck": ["Heleen Coninck", f"De {later}"]}
