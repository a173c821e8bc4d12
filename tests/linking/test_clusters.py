"""Mention clusters (pipeline/linking/clusters.py): names of one entity grouped and linked to
the knowledge base."""

from __future__ import annotations

import pytest

from .conftest import entity_of, link


def test_aliases_full_name_and_surname_are_one_kb_entity(kb):
    doc, linked = link("[Vladimir Poetin](PER) kwam . Later sprak [Poetin](PER) .", kb)
    (putin,) = linked.entities
    assert (putin.key, putin.name, putin.kb_id, len(putin.mentions)) == ("Q7747", "Vladimir Putin", "Q7747", 2)


@pytest.mark.parametrize(("dutch", "english_name"), [("Moskou", "Moscow"), ("Sotsji", "Sochi"), ("Den Haag", "The Hague"), ("Rusland", "Russia")])
def test_aliases_places_link_across_languages(kb, dutch, english_name):
    _, linked = link(f"Hij was in [{dutch}](LOC) .", kb)
    assert [e.name for e in linked.entities] == [english_name]


def test_aliases_country_short_forms_are_one_entity(kb):
    _, linked = link("De [VS](LOC) en de [Verenigde Staten](LOC) en [Amerika](LOC) .", kb)
    assert [(e.name, len(e.mentions)) for e in linked.entities] == [("United States", 3)]


def test_aliases_genitive_and_possessive_forms(kb):
    doc, linked = link("[Donald Trump](PER) en [Trumps](PER) plan . [Pompeo's](PER) reis met [Mike Pompeo](PER) .", kb)
    assert sorted((e.name, len(e.mentions)) for e in linked.entities) == [("Donald Trump", 2), ("Mike Pompeo", 2)]


def test_aliases_family_members_stay_apart(kb):
    _, linked = link("[Kim Jong-un](PER) en zijn zus [Kim Yo-jong](PER) . [Ivanka Trump](PER) en [Donald Trump](PER) .", kb)
    assert len(linked.entities) == 4


def test_aliases_bare_surname_prefers_the_kb_person_in_the_article(kb):
    doc, linked = link("[Ivanka Trump](PER) en [Donald Trump](PER) . [Trump](PER) sprak .", kb)
    assert entity_of(linked, doc, "Trump ").name == "Ivanka Trump"  # the first "Trump " is inside "Ivanka Trump"
    last = doc[-3:-2]
    assert linked.key_at(last.start_char, last.end_char) == "Q22686"


def test_aliases_given_name_joins_the_full_name(kb):
    doc, linked = link("[Ivanka Trump](PER) kwam . [Ivanka](PER) sprak .", kb)
    assert [(e.name, len(e.mentions)) for e in linked.entities] == [("Ivanka Trump", 2)]


def test_aliases_bare_family_name_joins_the_korean_full_name(kb):
    _, linked = link("[Kim Jong-un](PER) kwam . De top van [Kim](PER) .", kb)
    assert [(e.name, len(e.mentions)) for e in linked.entities] == [("Kim Jong-un", 2)]


def test_aliases_institution_is_not_its_head(kb):
    _, linked = link("[Poetin](PER) en het [Kremlin](ORG) .", kb)
    assert sorted(e.name for e in linked.entities) == ["Kremlin", "Vladimir Putin"]


def test_aliases_place_is_not_a_person(kb):
    _, linked = link("[Paris Hilton](PER) was in [Parijs](LOC) .", kb)
    assert sorted((e.name, e.type) for e in linked.entities) == [("Paris", "PLACE"), ("Paris Hilton", "PERSON")]


def test_aliases_country_mistagged_as_person_becomes_a_place(kb):
    _, linked = link("[Iran](PER) dreigt .", kb)
    assert [(e.name, e.type) for e in linked.entities] == [("Iran", "PLACE")]


@pytest.mark.parametrize(("markup", "together"), [
    ("[Forum voor Democratie](ORG) won . Volgens [FvD](ORG) klopt het .", True),  # every word's initial
    ("Het [Centraal Bureau voor de Statistiek](ORG) telt . Het [CBS](ORG) meldt het .", True),  # capitalised words only
    ("[Vrije Universiteit](ORG) groeit . De [VVD](ORG) won .", False),
    ("[Vrije Universiteit](ORG) en [Vrije Unie](ORG) . De [VU](ORG) won .", False),  # two names fit: which?
    ("Het [Rijdend Elektrisch Tram Museum](ORG) rijdt . Het [RETM](LOC) zegt het .", True),  # whatever type the model gave it
    ("[Forum voor Democratie](ORG) won . Volgens [Forum](ORG) klopt het .", True),  # a short form
    ("[Vogelopvang de Wulp](ORG) helpt . Bij [Wulp](ORG) weten ze het .", True),
    ("[Ledeboer Investments](ORG) leende . Volgens [Ledeboer](PER) klopt het .", False),  # perhaps its owner
    ("[Forum voor Democratie](ORG) en [Forum voor Vrijheid](ORG) . Volgens [Forum](ORG) klopt het .", False),
    ("Het [Ouder-Kind-Behandelcentrum](ORG) helpt . Ze woonde in het [OKB](LOC) .", True),  # a hyphenated name's parts
    ("De [PVV-fractie](ORG) stemde . De [PF](ORG) won .", False),  # one capitalised part: no initials to spell
])
def test_aliases_an_acronym_or_a_short_form_joins_the_organisation_it_names(kb, markup, together):
    _, linked = link(markup, kb)
    assert (len(linked.entities) == 1) == together


@pytest.mark.parametrize(("markup", "kept"), [
    ("Het circuit van [Zandvoort](MISC) opent .", ("Zandvoort", "PLACE")),  # a town the KB knows, whatever the model's type
    ("De [Tweede Wereldoorlog](MISC) duurde lang .", None),  # unknown to the KB, no class noun: NER's catch-all stays out
])
def test_aliases_a_catch_all_name_the_knowledge_base_knows_as_a_town_is_a_place(kb, markup, kept):
    _, linked = link(markup, kb)
    assert [(e.name, e.type) for e in linked.entities] == ([kept] if kept else [])


def test_aliases_a_surname_ending_in_s_is_no_genitive_when_the_article_has_it_in_a_full_name(kb):
    """`Zoe Adams … Adams`: her surname, not the genitive of `Adam`; `Trumps` after `Donald
    Trump` still is his."""
    doc, linked = link("[Zoe Adams](PER) sprak . [Adams](PER) zegt dat .", kb)
    assert [(e.name, len(e.mentions)) for e in linked.entities] == [("Zoe Adams", 2)]
    doc, linked = link("[Donald Trump](PER) sprak . [Trumps](PER) woorden .", kb)
    assert len(linked.entities) == 1 and len(linked.entities[0].mentions) == 2


@pytest.mark.parametrize(("text", "together"), [
    ("Zegt Deutsche Umwelthilfe (DUH) .", True),  # in brackets right after the name: its acronym in German
    ("Zegt Syrische Democratische Strijdkrachten (SDF) .", True),
    ("Zegt Deutsche Umwelthilfe (ANP) .", False),  # another first letter: a source, a party
    ("Zegt Deutsche Umwelthilfe en de DUH .", False),  # not in brackets, and no initials of the name
])
def test_aliases_an_acronym_in_brackets_after_an_organisation_is_its_acronym(kb, text, together):
    from spacy.tokens import Doc

    from pipeline.entities import doc_mentions
    from pipeline.linking import link_entities

    from .conftest import VOCAB

    words = text.replace("(", "( ").replace(")", " )").split()
    spaces = [not (w == "(" or (i + 1 < len(words) and words[i + 1] == ")")) for i, w in enumerate(words)]
    name_end = 3 if words[1] == "Deutsche" else 4
    acronym = next(i for i, w in enumerate(words) if w.isupper() and len(w) > 2)
    ents = ["O"] + ["B-ORG"] + ["I-ORG"] * (name_end - 2) + ["O"] * (len(words) - name_end)
    ents[acronym] = "B-ORG"
    doc = Doc(VOCAB, words=words, spaces=spaces, ents=ents)
    linked = link_entities(doc, doc_mentions(doc), kb)
    assert (len(linked.entities) == 1) == together


def test_a_name_broken_by_a_line_break_hyphen_is_the_word_the_article_writes_whole(kb):
    doc, linked = link("Premier [Winfried Kretsch-mann](PER) kwam . Toen zei [Kretschmann](PER) het .", kb)
    entity = entity_of(linked, doc, "Winfried Kretsch-mann")
    assert entity is entity_of(linked, doc, "Kretschmann")
    assert entity.name == "Winfried Kretschmann"
    assert {m.text for m in entity.mentions} == {"Winfried Kretsch-mann", "Kretschmann"}


@pytest.mark.parametrize("markup", [
    "Zo zei [Jean-Marie Le Pen](PER) het . Toen kwam [Marie](PER) .",  # a capital after the hyphen
    "Zo zei [Ali Ahmed-oglu](PER) het . Toen kwam de ahmedoglu .",  # written whole only as a common word
    "Zo zei [Ali Ahmed-oglu](PER) het .",  # never written whole
])
def test_a_hyphen_the_article_never_closes_up_stays(kb, markup):
    _, linked = link(markup, kb)
    assert "-" in next(e.name for e in linked.entities if e.type == "PERSON")


@pytest.mark.parametrize(("markup", "entities"), [
    ("[Ursula von der Leyen](PER) sprak . [Von der Leyens](PER) plan .", [("Ursula von der Leyen", 2)]),
    ("[Hugo de Jonge](PER) sprak . [De Jonges](PER) plan .", [("Hugo de Jonge", 2)]),
    # the surname as the article writes it in a full name is no genitive
    ("[Jan de Vries](PER) en [Anna de Vriess](PER) .", [("Jan de Vries", 1), ("Anna de Vriess", 1)]),
    # no particle surname of the article's: the word stays as written
    ("[Hugo de Jonge](PER) sprak . [De Bruins](PER) plan .", [("Hugo de Jonge", 1), ("Bruins", 1)]),
])
def test_aliases_particle_surname_genitive_is_the_surname(kb, markup, entities):
    _, linked = link(markup, kb)
    assert [(e.name, len(e.mentions)) for e in linked.entities] == entities


@pytest.mark.parametrize(("markup", "together"), [
    ("De [Conservatieve Partij](ORG) wankelt . De [Conservatieven](ORG) zijn boos .", True),
    ("De [Republikeinse Partij](ORG) wint . De [Republikeinen](ORG) juichen .", True),
    ("De [Democratische Partij](ORG) wint . De [Democraten](ORG) juichen .", True),
    ("De [Conservatieve Partij](ORG) wankelt . De [Catalanen](ORG) zijn boos .", False),  # no party of theirs
    # two bodies the members may belong to: neither
    ("De [Socialistische Partij](ORG) en de [Socialistische Bond](ORG) . De [Socialisten](ORG) juichen .", False),
])
def test_aliases_the_members_of_a_party_name_the_party(kb, markup, together):
    _, linked = link(markup, kb)
    plural = next(e for e in linked.entities if any(m.text.endswith("en") for m in e.mentions))
    assert (len(plural.mentions) > 1) == together
