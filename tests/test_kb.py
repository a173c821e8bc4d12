"""The knowledge base (pipeline/kb.py): a user aliases file extends it; GeoNames alternates that
name something else are dropped."""

from __future__ import annotations

import pytest


def test_aliases_user_aliases_file_extends_the_kb(tmp_path):
    from pipeline.kb import KnowledgeBaseError, load_kb

    aliases = tmp_path / "mine.yaml"
    aliases.write_text("people:\n  - name: Remco Breuker\n    aliases: [Breuker, prof. Breuker]\nplaces:\n  Moscow: [Moskva-stad]\n")
    kb = load_kb(extra=[aliases])
    assert kb.lookup("prof. Breuker").name == "Remco Breuker"
    assert kb.lookup("Moskva-stad").name == "Moscow"
    aliases.write_text("places:\n  Nergenshuizen aan Zee: [Nergens]\n")
    with pytest.raises(KnowledgeBaseError, match="Nergenshuizen"):
        load_kb(extra=[aliases])


@pytest.mark.parametrize(("alternate", "city", "kept"), [
    ("Stalin", "Donetsk", False),  # a curated person's name
    ("Victoria", "Hong Kong", False),  # another place's own name
    ("Landen", "London", False),  # a given name, not spelled like the city
    ("Franklin", "Columbus", False),
    ("Tokio", "Tokyo", True),  # a close spelling stays, given name or not
    ("Odessa", "Odesa", True),  # … and though a town in Texas has it as its own name
    ("Riyad", "Riyadh", True),
    ("Luik", "Liège", True),  # a far spelling that collides with nothing
    ("Moskou", "Moscow", True),
])
def test_kb_geonames_alternates_that_name_something_else_are_dropped(alternate, city, kept):
    from pipeline.kb import foreign_alternate_kept

    taken = {"stalin", "joseph stalin", "victoria", "odessa", "columbus"}
    assert foreign_alternate_kept(alternate, city, taken) is kept


def test_kb_the_shipped_kb_links_no_collision_to_a_city(kb):
    assert kb.lookup("Stalin").type == "PERSON"  # not Donetsk
    assert kb.lookup("Landen", types=["PLACE"], fuzzy=False).name == "Landen"  # the Belgian town, not London
    assert kb.lookup("Franklin", types=["PLACE"]).name != "Columbus"
    assert [kb.lookup(n).name for n in ("Tokio", "Odessa", "Luik", "Londen")] == ["Tokyo", "Odesa", "Liège", "London"]


def test_kb_an_unquoted_country_code_is_a_string_not_a_yaml_boolean(tmp_path):
    from pipeline.kb import load_kb

    aliases = tmp_path / "mine.yaml"
    aliases.write_text("people:\n  - name: Erna Solberg\n    nationality: NO\n    aliases: [Solberg]\n"
                       "    roles:\n      - [premier, NO, 2013-10-16, null]\n")
    entry = load_kb(extra=[aliases]).lookup("Solberg")
    assert (entry.nationality, entry.roles[0].holder_of) == ("NO", "NO")
    assert load_kb().lookup("Jens Stoltenberg").nationality == "NO"  # data/kb/curated.yaml


@pytest.mark.parametrize("value", ["true", "Noorwegen", "12", "[NO]"])
def test_kb_a_nationality_that_is_no_country_code_is_rejected_naming_the_file(tmp_path, value):
    from pipeline.kb import KnowledgeBaseError, load_kb

    aliases = tmp_path / "mine.yaml"
    aliases.write_text(f"people:\n  - name: Erna Solberg\n    nationality: {value}\n")
    with pytest.raises(KnowledgeBaseError, match=r"mine\.yaml: bad people entry .*Erna Solberg.*ISO country code"):
        load_kb(extra=[aliases])


@pytest.mark.parametrize(("markup", "expected"), [
    ("Volgens minister [Grapperhaus](PER) niet .", "Ferdinand Grapperhaus"),  # a 2019 minister by surname
    ("Burgemeester [Halsema](PER) zweeg .", "Femke Halsema"),
    ("Zegt [Hugo de Jonge](PER) .", "Hugo de Jonge"),
])
def test_kb_dutch_politicians_of_2019_are_known_by_their_surname(kb, markup, expected):
    from tests.linking.conftest import link

    _, linked = link(markup, kb)
    assert [e.name for e in linked.entities] == [expected]


@pytest.mark.parametrize("markup", [
    "Volgens trainer [De Jonge](PER) niet .",  # a surname many bear gives no one minister
    "Zegt [Pieter Hoekstra](PER) .",
])
def test_kb_a_common_surname_is_no_politician(kb, markup):
    from tests.linking.conftest import link

    _, linked = link(markup, kb)
    assert [e.kb_id for e in linked.entities] == [None] and "Wopke" not in linked.entities[0].name and "Hugo" not in linked.entities[0].name


@pytest.mark.parametrize(("markup", "name", "kind"), [
    ("De [Belastingdienst](MISC) onderzoekt de zaak .", "Belastingdienst", "ORG"),  # the catch-all kept by the KB
    ("[Staatsbosbeheer](LOC) beheert het bos .", "Staatsbosbeheer", "ORG"),  # an agency NER took for a place
    ("Het [RVO](ORG) keert de subsidie uit .", "Rijksdienst voor Ondernemend Nederland", "ORG"),  # an abbreviation
    ("De [Europese Raad](ORG) besloot .", "European Council", "ORG"),  # an international body by its Dutch name
])
def test_kb_dutch_agencies_and_european_bodies_are_organisations_by_any_of_their_names(kb, markup, name, kind):
    from tests.linking.conftest import link

    _, linked = link(markup, kb)
    assert [(e.name, e.type) for e in linked.entities] == [(name, kind)]


@pytest.mark.parametrize(("name", "expected", "country"), [
    ("Noord-Brabant", "North Brabant", "NL"),  # a province (data/kb/regions.tsv)
    ("Brabant", "North Brabant", "NL"),
    ("Limburg", "Limburg", "NL"),  # the Dutch province; the Belgian one is `Belgisch Limburg`
    ("Belgisch Limburg", "Limburg (Belgium)", "BE"),
    ("Vlaanderen", "Flanders", "BE"),
    ("Utrecht", "Utrecht", "NL"),  # the city, not the province named like it
    ("Warnsveld", "Warnsveld", "NL"),  # a Dutch village of under 15,000 people
    ("Schiermonnikoog", "Schiermonnikoog", "NL"),
])
def test_kb_dutch_and_belgian_provinces_and_villages_are_places(kb, name, expected, country):
    entry = kb.lookup(name, types=["PLACE"], fuzzy=False)
    assert (entry.name, entry.country) == (expected, country)
    assert entry.is_subdivision == (expected not in ("Utrecht", "Warnsveld", "Schiermonnikoog"))


@pytest.mark.parametrize(("markup", "name"), [
    ("Volgens [Von der Leyen](PER) kan het .", "Ursula von der Leyen"),  # a particle surname, whole
    ("[Thunberg](PER) sprak in Davos .", "Greta Thunberg"),
    ("Zegt [Loekasjenko](PER) .", "Alexander Lukashenko"),  # the Dutch transliteration
    ("[Orbán](PER) wil dat niet .", "Viktor Orbán"),
])
def test_kb_foreign_leaders_of_2019_are_known_by_their_dutch_spellings_and_surnames(kb, markup, name):
    from tests.linking.conftest import link

    _, linked = link(markup, kb)
    assert [e.name for e in linked.entities] == [name]


def test_kb_a_head_of_government_is_found_by_the_office_on_the_article_date(kb):
    from datetime import date

    entry = kb.role_holder("premier", "ES", date(2019, 5, 14))
    assert entry is not None and entry.name == "Pedro Sánchez"
    assert kb.role_holder("premier", "BE", date(2019, 5, 14)).name == "Charles Michel"
    assert kb.role_holder("premier", "BE", date(2019, 12, 1)).name == "Sophie Wilmès"
