"""Person spans made whole (pipeline/name_repair.py), on hand-built entity spans."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from pipeline.lexicon import load_lexicon
from pipeline.name_repair import NameRepair

NLP = spacy.blank("nl")


def repaired(words: str, ents: str) -> list[tuple[str, str]]:
    """`words` space-separated; `ents` one IOB tag a word (`B-PER I-PER O`)."""
    doc = Doc(NLP.vocab, words=words.split(), ents=ents.split())
    return [(e.text, e.label_) for e in NameRepair(NLP, load_lexicon())(doc).ents]


@pytest.mark.parametrize(("words", "ents", "expected"), [
    ("Ingrid van Engelshoven zegt", "B-PER O B-PER O", [("Ingrid van Engelshoven", "PER")]),
    ("Anna van den Berg kwam", "B-PER I-PER O O O", [("Anna van den Berg", "PER")]),
    ("Jan de Vries kwam", "B-PER O O O", [("Jan de Vries", "PER")]),
    ("en Cora van Nieuwenhuizen schrijven", "O B-ORG O B-PER O", [("Cora van Nieuwenhuizen", "PER")]),  # given name mistyped
])
def test_name_repair_particle_surnames_are_kept_whole(words, ents, expected):
    assert repaired(words, ents) == expected


@pytest.mark.parametrize(("words", "ents", "expected"), [
    ("Rutte van de VVD kwam", "B-PER I-PER I-PER B-ORG O", [("Rutte", "PER"), ("VVD", "ORG")]),
    ("Willem-Alexander van Nederland kwam", "B-PER O B-LOC O", [("Willem-Alexander", "PER"), ("Nederland", "LOC")]),
    ("Rutte van de partij", "B-PER O O O", [("Rutte", "PER")]),
    ("het Ajax van Bosz won", "O B-ORG O B-PER O", [("Ajax", "ORG"), ("Bosz", "PER")]),  # the club of its coach
    ("minister Wiebes van Economische Zaken zei", "O B-PER I-PER I-PER I-PER O", [("Wiebes", "PER")]),  # the title's portfolio
    ("minister Wiebes van Defensie zei", "O B-PER O O O", [("Wiebes", "PER")]),
    ("Ajax van Erik ten Hag", "B-ORG O B-PER I-PER I-PER", [("Ajax", "ORG"), ("Erik ten Hag", "PER")]),
])
def test_name_repair_a_particle_before_another_entity_or_a_noun_is_no_surname(words, ents, expected):
    assert repaired(words, ents) == expected


def test_name_repair_cuts_a_glued_title_and_a_portfolio():
    assert repaired("zegt D66-Onderwijsminister Ingrid", "O B-PER I-PER") == [("Ingrid", "PER")]
    assert repaired("minister van Defensie Jan Pietersen", "O O B-PER I-PER I-PER") == [("Jan Pietersen", "PER")]
    assert repaired("Defensie Jan Pietersen", "B-PER I-PER I-PER") == [("Defensie Jan Pietersen", "PER")]


def test_name_repair_half_a_compound_is_no_person():
    assert repaired("zegt GroenLinks- fractievoorzitter Potjer", "O B-PER O B-PER") == [("Potjer", "PER")]


def test_name_repair_function_words_are_no_name():
    assert repaired("Van de drie kwam Rutte", "B-LOC O O O B-PER") == [("Rutte", "PER")]



TOWNS = {"Heemskerk": [("Heemskerk",)], "Rijswijk": [("Rijswijk",)], "Venray": [("Venray",)], "Houten": [("Houten",)],
         "Utrecht": [("Utrecht",)], "Bergen": [("Bergen", "op", "Zoom"), ("Bergen",)]}


def signed(words: str, ents: str) -> list[tuple[str, str]]:
    doc = Doc(NLP.vocab, words=words.split(), ents=ents.split())
    return [(e.text, e.label_) for e in NameRepair(NLP, load_lexicon(), TOWNS)(doc).ents]


@pytest.mark.parametrize(("words", "ents", "expected"), [
    ("Pim van Tol Heemskerk", "B-PER I-PER I-PER I-PER", [("Pim van Tol", "PER"), ("Heemskerk", "LOC")]),
    ("Ruud Poortier Rijswijk Volgsysteem Ik ben", "B-PER I-PER I-PER I-PER O O", [("Ruud Poortier", "PER"), ("Rijswijk", "LOC")]),
    ("Jan van de Ven Venray Handig , niet", "B-PER I-PER I-PER B-ORG I-ORG I-ORG O O",
     [("Jan van de Ven", "PER"), ("Venray", "LOC")]),  # the model's organisation after a name ending in particles
    ("Anja Kuiken Bergen op Zoom", "B-PER I-PER I-PER I-PER I-PER", [("Anja Kuiken", "PER"), ("Bergen op Zoom", "LOC")]),
])
def test_name_repair_a_letter_signature_is_split_off_its_town(words, ents, expected):
    assert signed(words, ents) == expected


@pytest.mark.parametrize(("words", "ents", "expected"), [
    ("Frans van Houten zei", "B-PER I-PER I-PER O", [("Frans van Houten", "PER")]),  # a town after a particle: a surname
    ("Piet Heemskerk zei", "B-PER I-PER O", [("Piet Heemskerk", "PER")]),  # no given name and surname before it
    ("George H.W. Heemskerk zei", "B-PER I-PER I-PER O", [("George H.W. Heemskerk", "PER")]),  # after an initial
    ("de Universiteit Utrecht zei", "O B-ORG I-ORG O", [("Universiteit Utrecht", "ORG")]),  # no person before the particle
    ("Podium Klassiek Utrecht", "B-ORG I-ORG I-ORG", [("Podium Klassiek Utrecht", "ORG")]),
])
def test_name_repair_a_town_in_a_name_is_no_signature_without_a_full_name_before_it(words, ents, expected):
    assert signed(words, ents) == expected


def test_signature_towns_are_dutch_and_belgian_towns_of_the_kb():
    from pipeline.kb import KBEntry, KnowledgeBase
    from pipeline.towns import signature_towns

    kb = KnowledgeBase()
    kb.add(KBEntry(key="1", name="Heemskerk", type="PLACE", country="NL", population=39_191))
    kb.add(KBEntry(key="2", name="Bush", type="PLACE", country="EG", population=136_441))
    kb.add(KBEntry(key="3", name="Warnsveld", type="PLACE", country="NL", population=4_000))
    kb.add(KBEntry(key="4", name="Bergen op Zoom", type="PLACE", country="NL", population=66_000))
    assert signature_towns(kb) == {"Heemskerk": [("Heemskerk",)], "Bergen": [("Bergen", "op", "Zoom")]}


@pytest.mark.parametrize(("words", "ents", "expected"), [
    ("President-commissaris Toon van Bodegom ontpopt", "B-MISC O O B-PER O", [("President-commissaris", "MISC"), ("Toon van Bodegom", "PER")]),
    ("Dat riep Willy van de Kerkhof hardop", "O O B-PER O O B-MISC O", [("Willy van de Kerkhof", "PER")]),  # a catch-all surname
    ("de directeur van Bodegom zei", "O O O B-PER O", [("Bodegom", "PER")]),  # no name before the particle
    ("De Staat van Bodegom zei", "O O O B-PER O", [("Bodegom", "PER")]),  # `Staat` is no given name
    ("Willem-Alexander van Nederland kwam", "B-PER O B-LOC O", [("Willem-Alexander", "PER"), ("Nederland", "LOC")]),
])
def test_name_repair_a_given_name_before_the_particles_of_a_surname_joins_it(words, ents, expected):
    assert repaired(words, ents) == expected


def test_name_repair_a_catch_all_after_a_surname_and_a_particle_is_no_surname():
    assert repaired("rechter Giménez de Strafkamer verliet", "O B-PER O B-MISC O") == [("Giménez", "PER"), ("Strafkamer", "MISC")]


@pytest.mark.parametrize(("words", "ents", "expected"), [
    ("Officier Huizenga eiste", "B-PER I-PER O", [("Huizenga", "PER")]),  # a title opening the sentence
    ("Eerst PvdA'er Egbert de Vries", "O B-PER I-PER O B-PER", [("Egbert de Vries", "PER")]),  # a party's member
    ("de Officier kwam", "O B-PER O", [("Officier", "PER")]),  # never past the name's last word
])
def test_name_repair_cuts_a_role_or_party_member_word_off_a_person(words, ents, expected):
    assert repaired(words, ents) == expected


@pytest.mark.parametrize(("words", "ents", "expected"), [
    ("Oud-directeur van Greenpeace Sylvia Borren zegt", "O O B-PER I-PER I-PER O", [("Sylvia Borren", "PER")]),  # the title's
    ("volgens Dijkhoff D66 niet", "O B-PER I-PER O", [("Dijkhoff", "PER"), ("D66", "ORG")]),
    ("zegt Jan Pietersen van D66 .", "O B-PER I-PER I-PER I-PER O", [("Jan Pietersen", "PER"), ("D66", "ORG")]),
    ("de fabriek van Frits Philips", "O O O B-PER I-PER", [("Frits Philips", "PER")]),  # the organisation's word as a surname
    ("met Greenpeace zelf", "O B-PER O", [("Greenpeace", "PER")]),  # no name beside it: other rules decide
    ("in AD Magazine stond", "O B-PER I-PER O", [("AD Magazine", "PER")]),  # no given name after it
])
def test_name_repair_splits_a_known_organisation_off_a_persons_name(words, ents, expected):
    doc = Doc(NLP.vocab, words=words.split(), ents=ents.split())
    repair = NameRepair(NLP, load_lexicon(), organisations=frozenset({"Greenpeace", "D66", "Philips"}))
    assert [(e.text, e.label_) for e in repair(doc).ents] == expected


def test_known_organisations_are_the_kbs_curated_one_word_names(kb):
    from pipeline.name_repair import known_organisations

    names = known_organisations(kb)
    assert {"D66", "Greenpeace", "VVD"} <= names and "Raad van State" not in names and "Poetin" not in names


@pytest.mark.parametrize(("words", "ents", "expected"), [
    ("jeugdopleiding van Heracles Almelo .", "O O B-PER I-PER O", [("Heracles Almelo", "ORG")]),  # a club of its town
    ("de brief van Jan Almelo .", "O O O B-PER I-PER O", [("Jan Almelo", "PER")]),  # a given name: a person
    ("de brief van Van Almelo .", "O O O B-PER I-PER O", [("Van Almelo", "PER")]),  # a particle surname
])
def test_name_repair_a_word_and_a_town_read_as_a_person_is_a_body_of_the_town(words, ents, expected):
    doc = Doc(NLP.vocab, words=words.split(), ents=ents.split())
    repair = NameRepair(NLP, load_lexicon(), towns={"Almelo": [("Almelo",)]})
    assert [(e.text, e.label_) for e in repair(doc).ents] == expected


@pytest.mark.parametrize(("words", "ents", "expected"), [
    ("zoals Kelsey en Garion Mulder .", "O O O B-PER I-PER O", [("Kelsey", "PER"), ("Garion Mulder", "PER")]),
    ("zoals Brussel en Garion Mulder .", "O O O B-PER I-PER O", [("Garion Mulder", "PER")]),  # no given name
    ("zoals Kelsey en Mulder .", "O O O B-PER O", [("Mulder", "PER")]),  # no full name to share
])
def test_name_repair_a_given_name_coordinated_with_a_full_name_is_a_person(words, ents, expected):
    assert repaired(words, ents) == expected


@pytest.mark.parametrize(("words", "ents", "expected"), [
    ("zei Gerardo ' Tata ' Martino", "O B-PER O B-MISC O B-ORG", [("Gerardo ' Tata ' Martino", "PER")]),
    ("zei Gerardo “ Tata ” Martino", "O B-PER O O O O", [("Gerardo “ Tata ” Martino", "PER")]),
])
def test_name_repair_a_quoted_nickname_between_a_given_name_and_a_surname_is_part_of_the_name(words, ents, expected):
    assert repaired(words, ents) == expected


@pytest.mark.parametrize(("words", "ents", "expected"), [
    ("zei Gerardo ' Tata ' zegt", "O B-PER O B-MISC O O", [("Gerardo", "PER"), ("Tata", "MISC")]),  # no surname after it
    ("zei Gerardo ' Tata ” Martino", "O B-PER O O O B-PER", [("Gerardo", "PER"), ("Martino", "PER")]),  # unpaired marks
    ("zei Heracles ' Tata ' Martino", "O B-ORG O O O B-PER", [("Heracles", "ORG"), ("Martino", "PER")]),  # no person before it
])
def test_name_repair_a_quote_not_between_a_given_name_and_a_surname_stays_outside_the_name(words, ents, expected):
    assert repaired(words, ents) == expected


def test_a_quoted_nickname_is_no_part_of_the_persons_name():
    from pipeline.entities import normalise_name

    assert normalise_name("Gerardo 'Tata' Martino") == "Gerardo Martino"
    assert normalise_name("Jan 't Hooft") == "Jan 't Hooft"  # a particle, not a nickname


@pytest.mark.parametrize(("words", "ents", "expected"), [
    ("Ofschoon Karol Mets won", "B-PER I-PER I-PER O", [("Karol Mets", "PER")]),
    ("leren Bij Boost in", "O B-PER I-PER O", [("Boost", "PER")]),
])
def test_name_repair_a_word_that_opens_a_sentence_is_cut_off_the_name(words, ents, expected):
    assert repaired(words, ents) == expected


@pytest.mark.parametrize(("words", "ents", "expected"), [
    ("Dan Brown schreef", "B-PER I-PER O", [("Dan Brown", "PER")]),  # a given name too
    ("zegt Ook", "O B-PER", [("Ook", "PER")]),  # never past the name's last word
])
def test_name_repair_a_given_name_or_a_lone_word_is_no_sentence_opener_to_cut(words, ents, expected):
    assert repaired(words, ents) == expected


@pytest.mark.parametrize(("words", "ents", "expected"), [
    # a town read as a person after a surname and `van`: the town the person is of
    ("oud-wethouder Gerrit van Woudenbergh van Almelo", "O B-PER O B-LOC O B-PER",
     [("Gerrit", "PER"), ("Woudenbergh", "LOC"), ("Almelo", "LOC")]),  # (span repair then joins `Gerrit van Woudenbergh`)
    ("wethouder Jan Pietersen van Houten zei", "O B-PER I-PER O B-PER O", [("Jan Pietersen", "PER"), ("Houten", "LOC")]),
])
def test_name_repair_town_after_surname_is_the_persons_town(words, ents, expected):
    doc = Doc(NLP.vocab, words=words.split(), ents=ents.split())
    assert [(e.text, e.label_) for e in NameRepair(NLP, load_lexicon(), {**TOWNS, "Almelo": [("Almelo",)]})(doc).ents] == expected


@pytest.mark.parametrize(("words", "ents", "expected"), [
    ("zei Jan van Houten gisteren", "O B-PER O B-PER O", [("Jan van Houten", "PER")]),  # after a given name: a surname
    ("bevestigt Dapne van Houten", "O B-PER O B-PER", [("Dapne van Houten", "PER")]),  # nothing makes `Dapne` a surname
    ("Frans van Houten zei", "B-PER I-PER I-PER O", [("Frans van Houten", "PER")]),
    ("de Raad van Houten zei", "O B-ORG O B-LOC O", [("Raad", "ORG"), ("Houten", "LOC")]),  # not read as a person: untouched
])
def test_name_repair_a_town_after_a_given_name_and_van_is_a_surname(words, ents, expected):
    assert signed(words, ents) == expected


@pytest.mark.parametrize(("words", "ents", "expected"), [
    # the model's person over the body
    ("zegt Anneke Hofsté van Ambiq .", "O B-PER I-PER I-PER I-PER O", [("Anneke Hofsté", "PER"), ("Ambiq", "ORG")]),
    ("zegt Ger van Unen van de SP .", "O B-PER I-PER I-PER I-PER I-PER I-PER O", [("Ger van Unen", "PER"), ("SP", "ORG")]),
    ("zegt R. Derias van Il Giardino .", "O B-PER I-PER I-PER I-PER I-PER O", [("R. Derias", "PER"), ("Il Giardino", "ORG")]),
    # a surname entity over the body after the given name and its particle
    ("zegt Mark van Baal van Follow This .", "O B-PER I-PER B-PER I-PER I-PER I-PER O", [("Mark van Baal", "PER"), ("Follow This", "ORG")]),
    ("zegt Wiebe van Terwisga van Re-Match .", "O B-PER O B-ORG I-ORG I-ORG O", [("Wiebe van Terwisga", "PER"), ("Re-Match", "ORG")]),
    # the particle repair does not stretch a whole name over it
    ("zegt Lennert Böhmer van Geel-Wit .", "O B-PER I-PER O B-PER O", [("Lennert Böhmer", "PER"), ("Geel-Wit", "ORG")]),
    ("weet James Bloodworth van Foreign Policy niet", "O B-PER I-PER O B-PER I-PER O", [("James Bloodworth", "PER"), ("Foreign Policy", "ORG")]),
])
def test_name_repair_a_body_after_a_whole_name_is_no_part_of_it(words, ents, expected):
    assert repaired(words, ents) == expected


@pytest.mark.parametrize(("words", "ents", "expected"), [
    ("zegt Jan Peter van Dijk .", "O B-PER I-PER I-PER I-PER O", [("Jan Peter van Dijk", "PER")]),  # `Peter` is a given name
    ("zegt Ingrid van Engelshoven .", "O B-PER O B-PER O", [("Ingrid van Engelshoven", "PER")]),
    ("zegt Willem-Alexander van Oranje .", "O B-PER I-PER I-PER O", [("Willem-Alexander van Oranje", "PER")]),  # no surname before `van`
    ("zegt Jan Smit van de partij .", "O B-PER I-PER I-PER I-PER I-PER O", [("Jan Smit van de partij", "PER")]),  # lowercase: not a name
    ("het museum van de Universiteit van Amsterdam", "O O O O B-ORG I-ORG I-ORG", [("Universiteit van Amsterdam", "ORG")]),
    ("zegt Peter van Dijk", "O B-PER O B-PER", [("Peter van Dijk", "PER")]),  # a given name alone before `van`: the surname's particle
])
def test_name_repair_a_van_that_opens_no_body_stays_in_the_name(words, ents, expected):
    assert repaired(words, ents) == expected


def test_name_repair_a_body_after_particles_of_no_person_keeps_its_name():
    """`Egbert de Vries van de Amsterdamse Federatie van Woningcorporaties`: the body's own
    `van` is no affiliation of the word before its particles."""
    words = "zegt Egbert de Vries van de Amsterdamse Federatie van Woningcorporaties ."
    ents = "O B-PER I-PER I-PER O O B-ORG I-ORG I-ORG I-ORG O"
    assert repaired(words, ents) == [("Egbert de Vries", "PER"), ("Amsterdamse Federatie van Woningcorporaties", "ORG")]


@pytest.mark.parametrize(("words", "ents", "expected"), [
    ("verklaarde NS-baas Roger van Boxtel eerder", "O B-PER I-PER I-PER I-PER O", [("Roger van Boxtel", "PER")]),
    ("zei Misdaadjournalist Peter R. de Vries", "O B-PER I-PER I-PER I-PER I-PER", [("Peter R. de Vries", "PER")]),
    ("zegt GroenLinks-raadslid Anne de Boer", "O B-PER I-PER I-PER I-PER", [("Anne de Boer", "PER")]),
    ("zegt Statenlid Anne de Boer", "O B-PER I-PER I-PER I-PER", [("Anne de Boer", "PER")]),
])
def test_name_repair_a_compound_ending_in_a_role_is_a_title_cut_off_the_name(words, ents, expected):
    assert repaired(words, ents) == expected


def test_a_party_compound_of_a_lijsttrekker_still_names_the_party(kb):
    """`lijsttrekker` is left out of role_suffixes.txt: `SGP-lijsttrekker` (MISC) keeps
    giving the party a mention, as the gold counts it."""
    from tests.linking.conftest import link

    _, linked = link("De [SGP-lijsttrekker](MISC) sprak .", kb)
    assert [(e.name, e.type) for e in linked.entities] == [("SGP", "ORG")]


@pytest.mark.parametrize(("words", "ents", "expected"), [
    ("Initiatiefnemer Lilianne Ploumen zegt", "B-PER I-PER I-PER O", [("Lilianne Ploumen", "PER")]),
    ("Mazdaverkoper Song Miao zegt", "B-PER I-PER I-PER O", [("Song Miao", "PER")]),
    ("Onderwijsministers Ingrid van Engelshoven en", "B-PER I-PER I-PER I-PER O", [("Ingrid van Engelshoven", "PER")]),
])
def test_name_repair_an_agent_noun_or_a_plural_role_opening_a_name_is_cut_off(words, ents, expected):
    assert repaired(words, ents) == expected


def test_name_repair_a_surname_that_only_contains_an_agent_noun_is_kept():
    assert repaired("Jan Nemerson zegt", "B-PER I-PER O") == [("Jan Nemerson", "PER")]


@pytest.mark.parametrize(("words", "ents", "expected"), [
    ("zegt Tweede Kamerlid Jasper van Dijk", "O B-PER I-PER I-PER I-PER I-PER", [("Jasper van Dijk", "PER")]),
    ("zegt SP-Tweede Kamerlid Jasper van Dijk", "O B-PER I-PER I-PER I-PER I-PER", [("Jasper van Dijk", "PER")]),
    ("zegt PVV-Tweede Kamerlid Geert Wilders", "O B-PER O B-PER I-PER", [("Geert Wilders", "PER")]),
])
def test_name_repair_a_title_of_two_words_is_cut_off_or_no_person(words, ents, expected):
    assert repaired(words, ents) == expected


def test_name_repair_a_name_whose_words_only_look_like_half_a_title_is_kept():
    assert repaired("zegt Tweede Jansen", "O B-PER I-PER") == [("Tweede Jansen", "PER")]


@pytest.mark.parametrize(("words", "ents"), [("' Ons areaal bos is gestegen", "O B-PER O O O O"),
                                             ("zoals met Hem is gebeurd", "O O B-PER O O")])
def test_name_repair_a_pronoun_is_no_name(words, ents):
    assert repaired(words, ents) == []


def test_name_repair_a_name_beginning_with_a_pronoun_is_kept():
    assert repaired("actiegroep Red Ons Bos verzette", "O B-ORG I-ORG I-ORG O") == [("Red Ons Bos", "ORG")]


@pytest.mark.parametrize(("words", "ents", "expected"), [
    ("zegt Europarlementariër voor de Partij voor de Dieren Anja Hazenkamp .", "O O O O B-ORG I-ORG I-ORG I-ORG I-ORG I-ORG O",
     [("Partij voor de Dieren", "ORG"), ("Anja Hazenkamp", "PER")]),
    ("de Stichting Anne Frank", "O B-ORG I-ORG I-ORG", [("Stichting Anne Frank", "ORG")]),  # no curated name before `Anne` (`Anne` alone is one)
])
def test_name_repair_splits_a_person_off_an_organisations_whole_name(words, ents, expected):
    """Rule `person_after_organisation`: the person after a curated organisation's name."""
    doc = Doc(NLP.vocab, words=words.split(), ents=ents.split())
    repair = NameRepair(NLP, load_lexicon(), organisation_names=frozenset({("Partij", "voor", "de", "Dieren"), ("Anne",)}))
    assert [(e.text, e.label_) for e in repair(doc).ents] == expected
