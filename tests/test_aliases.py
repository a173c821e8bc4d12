"""Alias linking on hand-built Docs: no model involved, so each test checks one rule."""

from __future__ import annotations

import re
from datetime import date

import pytest
from spacy.tokens import Doc
import spacy

from pipeline.linking import link_entities
from pipeline.entities import doc_mentions

VOCAB = spacy.blank("nl").vocab
_TOKEN = re.compile(r"\[([^\]]+)\]\((\w+)\)|(\S+)")
NOUNS = {"hoogleraar", "Fransman", "president", "minister", "leider", "onderzoeker"}


def doc_from(markup: str, heads: list[int] | None = None, deps: list[str] | None = None) -> Doc:
    """`[Vladimir Poetin](PER) sprak .` → a Doc with those entities; a word after `.` starts a
    sentence; known nouns get NOUN, entity words PROPN."""
    words, ents = [], []
    for match in _TOKEN.finditer(markup):
        if match.group(1):
            parts = match.group(1).split()
            words += parts
            ents += [f"B-{match.group(2)}"] + [f"I-{match.group(2)}"] * (len(parts) - 1)
        else:
            words.append(match.group(3))
            ents.append("O")
    pos = ["PROPN" if e != "O" else "NOUN" if w in NOUNS or w.lower() in NOUNS else "PUNCT" if w in ".,:" else "X" for w, e in zip(words, ents)]
    if heads is None:
        starts = [i == 0 or words[i - 1] == "." for i in range(len(words))]
        return Doc(VOCAB, words=words, ents=ents, pos=pos, sent_starts=starts)
    return Doc(VOCAB, words=words, ents=ents, pos=pos, heads=heads, deps=deps)


def link(markup: str, kb, published: date | None = date(2019, 5, 14), **parse):
    doc = doc_from(markup, **parse)
    return doc, link_entities(doc, doc_mentions(doc), kb, published)


def entity_of(linked, doc: Doc, surface: str):
    start = doc.text.index(surface)
    key = linked.key_at(start, start + len(surface))
    return linked.by_key(key) if key else None


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


def test_aliases_apposition_teaches_the_description(kb):
    doc, linked = link("De Russische president [Vladimir Poetin](PER) kwam . Toen sprak de Russische president .", kb)
    (putin,) = linked.entities
    assert [m.text for m in putin.mentions] == ["Vladimir Poetin", "de Russische president"]


@pytest.mark.parametrize(("published", "name"), [(date(2019, 5, 14), "Donald Trump"), (date(2015, 3, 1), "Barack Obama")])
def test_aliases_role_description_resolves_on_the_article_date(kb, published, name):
    _, linked = link("Toen sprak de Amerikaanse president .", kb, published=published)
    assert [(e.name, e.mentions[0].text) for e in linked.entities] == [(name, "de Amerikaanse president")]


def test_aliases_role_with_country_after_the_title(kb):
    _, linked = link("Hij belde met de president van de [Verenigde Staten](LOC) .", kb)
    assert sorted(e.name for e in linked.entities) == ["Donald Trump", "United States"]


def test_aliases_noun_description_after_apposition(kb):
    doc, linked = link("Dat zegt hoogleraar [Remco Breuker](PER) . Volgens de hoogleraar klopt het .", kb)
    (breuker,) = linked.entities
    assert breuker.key == "PERSON:remco breuker"
    assert [m.text for m in breuker.mentions] == ["Remco Breuker", "de hoogleraar"]


def test_aliases_ambiguous_noun_description_is_not_linked(kb):
    _, linked = link("Onderzoeker [Anna de Vries](PER) en onderzoeker [Piet Jansen](PER) . Volgens de onderzoeker klopt het .", kb)
    assert all(len(e.mentions) == 1 for e in linked.entities)


def test_aliases_nationality_noun_names_the_known_national(kb):
    _, linked = link("[Emmanuel Macron](PER) kwam . De Fransman sprak .", kb)
    (macron,) = linked.entities
    assert [m.text for m in macron.mentions] == ["Emmanuel Macron", "De Fransman"]


def test_aliases_pronoun_resolves_to_the_preceding_subject(kb):
    #        0          1          2     3   4    5    6
    words = "[Poetin](PER) ontving [Kim](PER) . Hij zei ."
    doc, linked = link(words, kb, heads=[1, 1, 1, 1, 5, 5, 5], deps=["nsubj", "ROOT", "obj", "punct", "nsubj", "ROOT", "punct"])
    assert linked.key_of_token(doc[4]) == "Q7747"


def test_aliases_pronoun_without_a_person_before_it_is_unresolved(kb):
    doc, linked = link("Hij zei het . [Poetin](PER) kwam .", kb)
    assert linked.key_of_token(doc[0]) is None


def test_aliases_demonstrative_takes_the_most_recent_person(kb):
    #        0          1          2     3   4    5    6
    words = "[Poetin](PER) ontving [Kim](PER) . Die zei ."
    doc, linked = link(words, kb, heads=[1, 1, 1, 1, 5, 5, 5], deps=["nsubj", "ROOT", "obj", "punct", "nsubj", "ROOT", "punct"])
    assert linked.demonstrative_key(doc[4]) == "PERSON:kim"  # a `Hij` there would be Poetin, the subject


def test_aliases_pronouns_are_resolved_when_linking_and_do_not_depend_on_who_asks_first(kb):
    """Each pronoun's person is fixed by the linking stage: asking in reverse order, or
    twice, gives the answers asked in text order."""
    words = "[Poetin](PER) ontving [Kim](PER) . Hij zei . Hij lachte ."
    heads = [1, 1, 1, 1, 5, 5, 5, 8, 8, 8]
    deps = ["nsubj", "ROOT", "obj", "punct", "nsubj", "ROOT", "punct", "nsubj", "ROOT", "punct"]
    doc, linked = link(words, kb, heads=heads, deps=deps)
    backwards = [linked.key_of_token(doc[i]) for i in (7, 4, 7)]
    assert backwards == ["Q7747", "Q7747", "Q7747"]


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


@pytest.mark.parametrize(("markup", "expected"), [
    ("Het ministerie van [Buitenlandse Zaken](ORG) zei het . Later zei het ministerie het weer .",
     [("ministerie van Buitenlandse Zaken", ["ministerie van Buitenlandse Zaken", "het ministerie"])]),
    ("De rechtbank in [Rotterdam](LOC) oordeelde . De rechtbank sprak vrij .",
     [("rechtbank in Rotterdam", ["rechtbank in Rotterdam", "De rechtbank"])]),
    ("Het Russische ministerie van [Milieu](ORG) zweeg . Volgens het ministerie niet .",
     [("Russische ministerie van Milieu", ["Russische ministerie van Milieu", "het ministerie"])]),
    ("De regering-Trump zei het .", [("regering-Trump", ["regering-Trump"])]),
])
def test_aliases_institutions_a_phrase_makes_specific_and_bare_references_to_them(kb, markup, expected):
    _, linked = link(markup, kb)
    assert [(e.name, [m.text for m in e.mentions]) for e in linked.entities] == expected


def test_aliases_a_bare_institution_noun_with_none_named_is_nobody(kb):
    _, linked = link("Het ministerie zweeg . [Rutte](PER) sprak .", kb)
    assert [e.name for e in linked.entities] == ["Mark Rutte"]


def test_aliases_a_possessive_role_description_is_the_person_an_apposition_names(kb):
    """`zijn Franse ambtgenoot` before and after `zijn Franse ambtgenoot Le Maire`."""
    _, linked = link("[Dijsselbloem](PER) sprak met zijn Franse ambtgenoot . [Hoekstra](PER) zag zijn Franse ambtgenoot [Le Maire](PER) .", kb)
    le_maire = next(e for e in linked.entities if e.name == "Le Maire")
    assert [m.text for m in le_maire.mentions] == ["zijn Franse ambtgenoot", "Le Maire"]


def test_aliases_a_people_as_subject_is_its_country(kb):
    """`De Fransen lieten weten …` is France acting; `met de Russen` is just people."""
    doc = doc_from("De Fransen lieten het weten met de Russen .", heads=[1, 2, 2, 2, 2, 7, 7, 2, 2],
                   deps=["det", "nsubj", "ROOT", "obj", "compound:prt", "case", "det", "obl", "punct"])
    linked = link_entities(doc, doc_mentions(doc), kb)
    assert [(e.name, [m.text for m in e.mentions]) for e in linked.entities] == [("France", ["De Fransen"])]
