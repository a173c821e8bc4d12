"""Catch-all names retyped, sentence-opening common nouns read as places dropped, and a place
linked to the entry whose own name it is (pipeline/linking/retype.py)."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from pipeline.entities import doc_mentions
from pipeline.kb import KBEntry, KnowledgeBase
from pipeline.linking import link_entities

from .conftest import VOCAB, link


def _names(linked) -> list[tuple[str, str]]:
    return sorted((e.name, e.type) for e in linked.entities)


@pytest.mark.parametrize(("markup", "kept"), [
    ("Het nieuws staat op de website van huurdersvereniging [Woonbelang](MISC) .", ("Woonbelang", "ORG")),  # noun before, by its head
    ("Hij zei het tegen de krant [La Stampa](MISC) .", ("La Stampa", "ORG")),
    ("Burgemeester Seton van de gemeente [Borger-Odoorn](MISC) sprak .", ("Borger-Odoorn", "PLACE")),
    ("Bezoekers van de [Vredeskerk](MISC) zijn ontdaan .", ("Vredeskerk", "ORG")),  # the name's own compound head
    ("Hij bezocht de [Al Fath-moskee](MISC) .", ("Al Fath-moskee", "ORG")),
    ("Ze zegt de abt van de [Abdij van Berne](MISC) .", ("Abdij van Berne", "ORG")),  # its first word
    ("De [Bonte Was Podcast](MISC) groeit .", ("Bonte Was Podcast", "ORG")),
    ("Het Milanese operahuis [La Scala](MISC) stort het geld terug .", ("La Scala", "ORG")),  # a house that acts
    ("Op radiozender [FunX](MISC) werd hij gefeliciteerd .", ("FunX", "ORG")),  # by its compound head
])
def test_a_class_noun_says_what_a_catch_all_name_is(kb, markup, kept):
    _, linked = link(markup, kb)
    assert kept in _names(linked)


@pytest.mark.parametrize("markup", [
    "Vele [Amerikanen](MISC) zijn boos .",  # a people, no name
    "De [Tweede Wereldoorlog](MISC) duurde lang .",  # no class noun, unknown to the KB
    "De [Chinese](MISC) bank groeit .",  # a demonym before a class noun is no bank's name
    "De [Koerden](MISC) van de stad vieren feest .",
    "Hij zag [Titanic](MISC) in het theater .",  # a class noun after the name says nothing of it
])
def test_a_catch_all_name_nothing_types_stays_out(kb, markup):
    _, linked = link(markup, kb)
    assert linked.entities == []


@pytest.mark.parametrize(("markup", "kept"), [
    ("[Siegfried Woldhek](MISC) herinnert zich dat .", [("Siegfried Woldhek", "PERSON")]),  # a known given name
    ("[Ed Nijpels](MISC) sprak .", [("Ed Nijpels", "PERSON")]),
    ("De [Tata Steel Race](MISC) begint .", []),  # `Tata` is no given name gender-guesser knows
    ("Ze las [Anna Karenina](MISC) nog eens", [("Anna Karenina", "PERSON")]),  # the rule's known cost: a title named after a person
])
def test_a_catch_all_full_name_of_a_given_name_is_a_person(kb, markup, kept):
    _, linked = link(markup, kb)
    assert _names(linked) == kept


@pytest.mark.parametrize(("markup", "kept"), [
    ("Dat bleek bij het [NOS-debat](MISC) .", [("NOS", "ORG")]),  # a curated organisation and a thing
    ("Sylvia Borren ( [ex-D66](MISC) ) kijkt boos .", [("D66", "ORG")]),
    ("Ze sprak [Groenfront](ORG) . Sylvia Borren ( [ex-Groenfront](MISC) ) kijkt boos .", [("Groenfront", "ORG")]),  # named so in the article
    ("Sylvia Borren ( [ex-Groenfront](MISC) ) kijkt boos .", []),  # unknown to the KB and the article
    ("De [D66-senatoren](MISC) twijfelen .", [("D66", "ORG")]),
    ("Hij sprak in [Noord-Syrië](MISC) .", []),
])
def test_a_catch_all_compound_of_a_known_organisation_gives_the_organisation(kb, markup, kept):
    _, linked = link(markup, kb)
    assert [(e.name, e.type) for e in linked.entities if e.type == "ORG" or e.type == "PERSON"] == kept
    if kept and kept[0][1] == "ORG":
        assert {m.text for m in linked.entities[0].mentions} == {kept[0][0]}


@pytest.mark.parametrize(("markup", "kept"), [
    ("Hans Smits ( [ex-Schiphol](PER) ) werd benaderd .", [("Schiphol", "ORG")]),  # a curated organisation
    ("Ze sprak [Groenfront](ORG) . Sylvia Borren ( [oud-Groenfront](LOC) ) kijkt boos .", [("Groenfront", "ORG")]),  # named so in the article
])
def test_a_former_affiliation_read_as_a_person_or_place_is_the_organisation(kb, markup, kept):
    """Rule `former_affiliation`: `ex-Schiphol` typed a person is Schiphol behind a former role."""
    _, linked = link(markup, kb)
    assert [(e.name, e.type) for e in linked.entities if e.type != "PERSON" or e.name != "Hans Smits"] == kept


@pytest.mark.parametrize("markup", [
    "Sylvia Borren ( [ex-Groenfront](PER) ) kijkt boos .",  # unknown to the KB and the article
    "Dat zegt [oud-Kamerlid](PER) Jansen .",  # a title
])
def test_a_former_role_of_no_known_organisation_keeps_its_reading(kb, markup):
    _, linked = link(markup, kb)
    assert all(e.type == "PERSON" for e in linked.entities) and linked.entities


def _tagged(words: list[str], pos: list[str], ents: list[str]) -> Doc:
    return Doc(VOCAB, words=words, pos=pos, ents=ents, sent_starts=[i == 0 or words[i - 1] == "." for i in range(len(words))])


@pytest.mark.parametrize(("word", "pos", "kept"), [
    ("Luik", "NOUN", []),  # an alternate name of Liège, read by the tagger as a hatch (`Landen` of London is out of the KB)
    ("Luik", "PROPN", [("Liège", "PLACE")]),  # the tagger's proper noun: left to the KB
    ("Londen", "PROPN", [("London", "PLACE")]),  # as the bundled model tags it
    ("Londen", "NOUN", []),  # the rule's cost when the tagger errs: London's Dutch name is only an alternate spelling in the KB
    ("Amsterdam", "NOUN", [("Amsterdam", "PLACE")]),  # a place's own name
])
def test_a_sentence_opening_common_noun_that_the_kb_has_only_as_another_spelling_is_no_place(kb, word, pos, kept):
    doc = _tagged(["Dat", "kan", ".", word, "stellen", "onderzoeken", "in", "."],
                  ["PRON", "AUX", "PUNCT", pos, "VERB", "NOUN", "ADP", "PUNCT"], ["O", "O", "O", "B-LOC", "O", "O", "O", "O"])
    linked = link_entities(doc, doc_mentions(doc), kb)
    assert _names(linked) == kept


def test_a_place_not_at_a_sentence_start_is_kept_whatever_its_tag(kb):
    doc = _tagged(["Hij", "woont", "in", "Luik", "."], ["PRON", "VERB", "ADP", "NOUN", "PUNCT"], ["O", "O", "O", "B-LOC", "O"])
    assert _names(link_entities(doc, doc_mentions(doc), kb)) == [("Liège", "PLACE")]


def test_a_place_links_to_the_entry_whose_own_name_it_is():
    kb = KnowledgeBase()
    kb.add(KBEntry(key="saaba", name="Saaba", type="PLACE", kb_id="saaba", aliases=("Saba",), population=136_011))
    kb.add(KBEntry(key="saba", name="Sabá", type="PLACE", kb_id="saba", population=33_879))
    _, linked = link("Hij woont op [Saba](LOC) .", kb)
    assert [(e.name, e.kb_id) for e in linked.entities] == [("Sabá", "saba")]
    kb.add(KBEntry(key="nl", name="Netherlands", type="PLACE", kb_id="nl", aliases=("Nederland",), population=17_000_000, curated=True))
    kb.add(KBEntry(key="us-town", name="Nederland", type="PLACE", kb_id="us-town", population=17_196))
    _, linked = link("Hij woont in [Nederland](LOC) .", kb)
    assert [e.kb_id for e in linked.entities] == ["nl"]  # a curated entry's alias stays its own


@pytest.mark.parametrize(("markup", "kept"), [
    ("De [Tour](LOC) is in juli . Zijn tour duurt lang .", []),  # the article writes it lowercase: a word, not Tours
    ("De [Tours](LOC) is mooi . Zijn tour duurt lang .", [("Tours", "PLACE")]),  # the place's own name
    ("Met zijn [tour](MISC) langs bondgenoten .", []),  # a lowercase catch-all never becomes a town
    ("Hij woont in [Landen](LOC) .", [("London", "PLACE")]),  # no lowercase use, not opening a sentence: left to the KB
])
def test_a_place_the_article_also_writes_in_lowercase_is_a_word_when_the_kb_has_it_only_as_another_spelling(markup, kept):
    kb = KnowledgeBase()
    kb.add(KBEntry(key="tours", name="Tours", type="PLACE", kb_id="tours", aliases=("Tour",), population=136_000))
    kb.add(KBEntry(key="london", name="London", type="PLACE", kb_id="london", aliases=("Landen",), population=8_961_989))
    _, linked = link(markup, kb)
    assert _names(linked) == kept


@pytest.mark.parametrize(("markup", "expected"), [
    # one name typed twice by NER: a tie goes to ORG, an unknown place being NER's weakest guess
    ("Ik kocht een fiets bij [Vanmoof](ORG) . Geef mij die [Vanmoof](PER) terug .", [("Vanmoof", "ORG")]),
    ("Het vertrouwen in [SIZ](LOC) daalde . [SIZ](ORG) zoekt geld .", [("SIZ", "ORG")]),  # an acronym
    ("De zaak van [Lara Sint Jago](PER) . Haar vriendin [Sint Jago](LOC) .", [("Lara Sint Jago", "PERSON")]),  # the end of a person's name
    ("Ze kwam uit [Brekveld](LOC) . Toen zei [Brekveld](PER) . En [Brekveld](ORG) zweeg .", [("Brekveld", "ORG")]),  # a lone word: no person
    ("Ze kwam uit [Brekveld](LOC) . Het dorp [Brekveld](LOC) . Toen zei [Brekveld](PER) .", [("Brekveld", "PLACE")]),  # most of the rest
    ("Ze belde [Rebecca](LOC) . Toen zei [Rebecca](PER) .", [("Rebecca", "PERSON")]),  # a given name
    ("Zo zegt [Ledeboer Investments](PER) . Het bedrijf [Ledeboer Investments](ORG) .", [("Ledeboer Investments", "ORG")]),  # a class noun
])
def test_one_name_is_one_type_in_an_article(kb, markup, expected):
    _, linked = link(markup, kb)
    assert [(name, kind) for name, kind in _names(linked) if name in {n for n, _ in expected}] == expected


def test_a_name_the_kb_knows_may_have_two_types_in_an_article(kb):
    _, linked = link("[George Washington](PER) sprak . Toen zei [Washington](PER) . Hij reisde naar [Washington](LOC) .", kb)
    assert {("Washington", "PLACE"), ("George Washington", "PERSON")} <= set(_names(linked))


@pytest.mark.parametrize(("markup", "expected"), [
    ("De gemeente [Hengelo](PER) en de aannemer praten .", ("Hengelo", "PLACE")),  # a town the KB knows
    ("Toen besloot de gemeente [Dura Vermeer](ORG) te beboeten .", ("Dura Vermeer", "ORG")),  # unknown as a place
    ("Zo zei [Hengelo](PER) het .", ("Hengelo", "PERSON")),  # no place noun before it: other rules decide
])
def test_a_known_town_after_a_place_noun_is_a_place(kb, markup, expected):
    _, linked = link(markup, kb)
    assert expected in _names(linked)


def test_a_name_after_a_person_noun_is_a_person_and_its_genitive_is_the_name(kb):
    _, linked = link("De Iraakse jongen [Nemr](ORG) mag blijven . Ook [Nemrs](PER) ouders blijven .", kb)
    assert [(e.type, len(e.mentions)) for e in linked.entities if e.name.startswith("Nemr")] == [("PERSON", 2)]


@pytest.mark.parametrize(("markup", "expected"), [
    # every lone mention read as a body or place, the article naming the person in full once
    ("Dat zei premier [Viktor Orbán](PER) . Volgens [Orbán](ORG) is de kritiek onterecht . Dat [Orbán](ORG) zweeg .",
     [("Viktor Orbán", "PERSON", 3)]),
    ("De senator [Valentin Zavadnikov](PER) sprak . [Zavadnikov](LOC) zei ja .", [("Valentin Zavadnikov", "PERSON", 2)]),
    ("Ook [Ingrid van Engelshoven](PER) kwam . [Engelshoven](LOC) zweeg .", [("Ingrid van Engelshoven", "PERSON", 2)]),
])
def test_a_lone_word_that_ends_a_persons_full_name_is_that_person(kb, markup, expected):
    _, linked = link(markup, kb)
    assert [(e.name, e.type, len(e.mentions)) for e in linked.entities] == expected


@pytest.mark.parametrize(("markup", "kept"), [
    ("Zegt [Anneke Hofsté van Ambiq](PER) . Bij [Ambiq](ORG) werken tien mensen .", ("Ambiq", "ORG")),  # her firm, after `van`
    ("Het kabinet [Rutte III](PER) viel . Toen kwam [III](ORG) .", ("III", "ORG")),  # a regnal suffix is no surname
    ("Zegt [Iliass A](PER) . Ze gingen naar [A](LOC) .", ("A", "PLACE")),  # a letter
    ("Zegt [Jan Siz](PER) . Het vertrouwen in [SIZ](ORG) daalde .", ("SIZ", "ORG")),  # an acronym
    ("De zaak van [Mark Rutte](PER) . Ze reisde naar [Madrid](LOC) en [Rutte](LOC) .", ("Madrid", "PLACE")),  # not a tail at all
])
def test_a_lone_word_that_is_no_surname_of_the_article_keeps_its_type(kb, markup, kept):
    _, linked = link(markup, kb)
    assert kept in _names(linked)


@pytest.mark.parametrize(("markup", "expected"), [
    ("Nu maakt [Stichting Informele Zorg](PER) een doorstart .", [("Stichting Informele Zorg", "ORG")]),
    ("Dat zegt het kritische [Instagramaccount Zeikschrift](PER) .", [("Zeikschrift", "ORG")]),  # the compound is the class
])
def test_a_person_whose_first_word_is_a_class_noun_of_organisations_is_one(kb, markup, expected):
    _, linked = link(markup, kb)
    assert _names(linked) == expected


@pytest.mark.parametrize("markup", [
    "Dat zegt [Jan Bank](PER) .",  # a class noun as the surname
    "Dat zegt [Stichting](PER) .",  # one word: no name after the class
])
def test_a_person_without_a_leading_class_noun_stays_a_person(kb, markup):
    _, linked = link(markup, kb)
    assert [kind for _, kind in _names(linked)] == ["PERSON"]


@pytest.mark.parametrize(("markup", "expected"), [
    ("Dat zegt wooncorporatie [Woonpunt](PER) .", [("Woonpunt", "ORG")]),  # the class noun by its compound head
    ("Wooncorporatie [Woonpunt](PER) zegt het .", [("Woonpunt", "ORG")]),  # capitalised as the sentence's first word
])
def test_a_person_right_after_a_class_noun_of_organisations_is_one(kb, markup, expected):
    _, linked = link(markup, kb)
    assert _names(linked) == expected


@pytest.mark.parametrize("markup", [
    "Dat ontwierp architect [Frans Dingemans](PER) .",  # a person's title, no class of organisations
    "Dat zegt wooncorporatie [Jan Jansen](PER) .",  # a given name: a person's name after all
])
def test_a_person_after_a_title_or_with_a_given_name_stays_a_person(kb, markup):
    _, linked = link(markup, kb)
    assert [kind for _, kind in _names(linked)] == ["PERSON"]


def test_town_read_as_person_is_the_place_the_article_also_names(kb):
    """`de subsidieverstrekkers Almelo en Enschede` read as the person `Almelo`, the article
    naming the place `Almelo` too: a Dutch town typed a person and a place is the place."""
    _, linked = link("Toen haakten [Almelo](PER) en [Enschede](LOC) af . Hij komt uit [Almelo](LOC) .", kb)
    assert [(e.name, e.type, len(e.mentions)) for e in linked.entities if e.name == "Almelo"] == [("Almelo", "PLACE", 2)]


@pytest.mark.parametrize(("markup", "kept"), [
    ("Zegt [Frans van Houten](PER) . Toen zweeg [Houten](PER) . Hij woont in [Houten](LOC) .", "PERSON"),  # his surname
    ("Zegt [Almelo](PER) . Dat vindt [Almelo](PER) .", "PERSON"),  # typed a person only: left as it is
])
def test_a_town_that_is_a_surname_keeps_its_person_reading(kb, markup, kept):
    _, linked = link(markup, kb)
    assert kept in {e.type for e in linked.entities}


def test_a_town_abroad_is_no_town_read_as_person(kb):
    from pipeline.linking.consistency import town_read_as_person

    assert town_read_as_person("Almelo", {"PERSON", "PLACE"}, set(), kb)
    assert not town_read_as_person("Washington", {"PERSON", "PLACE"}, set(), kb)  # the city and a president


@pytest.mark.parametrize(("markup", "expected"), [
    ("Hij was een vijand van [Muammar Kadhafi](ORG) . [Kadhafi](LOC) viel . Toen zweeg [Kadhafi](LOC) .",
     [("Muammar Kadhafi", "PERSON", 3)]),
    ("Daar woont [Issei Sagawa](ORG) nog . [Sagawa](PER) bracht toen een bezoek .", [("Issei Sagawa", "PERSON", 2)]),
    # rule particle_full_name_read_as_body: the surname whole, with its particles
    ("Hij sprak met [Ursula von der Leyen](ORG) . [Von der Leyen](PER) zei het .", [("Ursula von der Leyen", "PERSON", 2)]),
])
def test_a_full_name_of_a_given_name_read_as_a_body_is_the_person_its_lone_surname_is(kb, markup, expected):
    _, linked = link(markup, kb)
    assert [(e.name, e.type, len(e.mentions)) for e in linked.entities] == expected


@pytest.mark.parametrize(("markup", "kept"), [
    ("Ze speelden in de [Johan Cruijff Arena](ORG) . [Cruijff](PER) keek toe .", ("Johan Cruijff Arena", "ORG")),  # the last word is not alone
    ("Ze zaten op het [Cornelius Haga Lyceum](ORG) . Het [Haga Lyceum](ORG) en [Lyceum](ORG) .", ("Cornelius Haga Lyceum", "ORG")),  # a class noun
    ("Hij werkt bij [Mars Ventures](ORG) . [Ventures](ORG) groeit .", ("Mars Ventures", "ORG")),  # no given name
    ("Het was [Breda Utrecht](ORG) . Hij woont in [Utrecht](LOC) .", ("Breda Utrecht", "ORG")),  # a town first, given name or not
    ("Ze zat in de [Anna van den Berg Stichting](ORG) . [Van den Berg](PER) zei het .", ("Anna van den Berg Stichting", "ORG")),  # a class noun
    ("Hij werkte bij [Jan van Leyen](ORG) . [Leyen](PER) groeit .", ("Jan van Leyen", "ORG")),  # the surname is not written alone whole
])
def test_a_body_that_opens_with_a_given_name_but_has_no_lone_surname_stays_a_body(kb, markup, kept):
    _, linked = link(markup, kb)
    assert kept in _names(linked)


@pytest.mark.parametrize(("markup", "expected"), [
    ("Schutter [Tim S.](PER) kwam . Toen deed [S.](ORG) zijn verhaal . Daarna zweeg [S.](ORG) .", [("Tim S", "PERSON", 3)]),
    ("De man [Iliass A.](PER) kwam . [A.](LOC) ontkende .", [("Iliass A", "PERSON", 2)]),
])
def test_a_suspects_surname_initial_alone_is_that_suspect(kb, markup, expected):
    _, linked = link(markup, kb)
    assert [(e.name, e.type, len(e.mentions)) for e in linked.entities] == expected


def test_a_capital_without_its_full_stop_is_no_suspects_initial(kb):
    _, linked = link("De man [Iliass A.](PER) kwam . Ze gingen naar [A](LOC) .", kb)
    assert ("A", "PLACE") in _names(linked)


@pytest.mark.parametrize(("markup", "expected"), [
    ("Hij ontvangt de betalingen van [Purus Limited](LOC) .", ("Purus Limited", "ORG")),
    ("Het fonds [Nordic Alpha Partners](PER) investeert .", ("Nordic Alpha Partners", "ORG")),
    ("Leden tekenden het manifest van [De Groep](PER) .", ("Groep", "ORG")),
    ("Het geld ging naar [Van Dijk Holding B.V.](PER) .", ("Van Dijk Holding B.V", "ORG")),
])
def test_a_name_ending_in_a_company_form_is_an_organisation(kb, markup, expected):
    """Rule `company_form_name`: `Limited`, `Partners`, `Groep`, `B.V.` end a firm's name."""
    _, linked = link(markup, kb)
    assert expected in _names(linked)


@pytest.mark.parametrize(("markup", "kept"), [
    ("[Rob Holding](PER) scoorde .", ("Rob Holding", "PERSON")),  # a given name and a surname
    ("Volgens [Holding](PER) niet .", ("Holding", "PERSON")),  # the word alone
])
def test_a_person_of_a_given_name_and_a_company_form_keeps_its_reading(kb, markup, kept):
    _, linked = link(markup, kb)
    assert kept in _names(linked)
