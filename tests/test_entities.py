from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc, Span
from spacy.vocab import Vocab

import pipeline.entity_rules  # noqa: F401  (registers the newsgraph_* entity components)
from pipeline.entities import GRAPH_TYPES, doc_mentions, entity_type, normalise_name


@pytest.mark.parametrize(
    ("label", "kind"),
    [("PER", "PERSON"), ("PERSON", "PERSON"), ("LOC", "PLACE"), ("GPE", "PLACE"), ("FAC", "PLACE"),
     ("ORG", "ORG"), ("MISC", "OTHER"), ("NORP", "OTHER"), ("DATE", None), ("CARDINAL", None)],
)
def test_entities_label_map_covers_both_schemes(label, kind):
    assert entity_type(label) == kind


@pytest.mark.parametrize(
    ("surface", "name"),
    [("Pompeo's", "Pompeo"), ("Pompeo’s", "Pompeo"), ("'Poetin'", "Poetin"), ("Kim  Jong-un", "Kim Jong-un"), ("Lavrov,", "Lavrov"),
     ("het Witte Huis", "Witte Huis"), ("Kamerlid Sjoerd Sjoerdsma", "Sjoerd Sjoerdsma"), ("SGP-leider Kees van der Staaij", "Kees van der Staaij")],
)
def test_entities_normalise_name(surface, name):
    assert normalise_name(surface) == name


def seed_doc() -> Doc:
    words = ["Poetin", "ontving", "Kim", "Jong-un", "in", "Vladivostok", ";", "Poetin", "sprak", "met", "Tass", "en", "Russische", "media", "."]
    ents = ["B-PER", "O", "B-PER", "I-PER", "O", "B-LOC", "O", "B-PER", "O", "O", "B-ORG", "O", "B-MISC", "O", "O"]
    return Doc(Vocab(), words=words, ents=ents)


def test_entities_doc_mentions_keep_graph_types_with_offsets():
    doc = seed_doc()
    mentions = doc_mentions(doc, GRAPH_TYPES)
    assert [(m.name, m.type) for m in mentions] == [
        ("Poetin", "PERSON"), ("Kim Jong-un", "PERSON"), ("Vladivostok", "PLACE"), ("Poetin", "PERSON"), ("Tass", "ORG")]
    assert all(doc.text[m.start:m.end] == m.text for m in mentions)


def test_entities_a_portfolio_after_van_is_part_of_a_title():
    """`minister Wiebes van Economische Zaken`: the ORG NER found is the minister's title."""
    nlp = spacy.blank("nl")
    doc = nlp.make_doc("minister Wiebes van Economische Zaken en Shell")
    doc.ents = [Span(doc, 1, 2, label="PER"), Span(doc, 3, 5, label="ORG"), Span(doc, 6, 7, label="ORG")]
    assert [m.name for m in doc_mentions(doc, GRAPH_TYPES)] == ["Wiebes", "Shell"]


@pytest.fixture(scope="module")
def titled():
    nlp = spacy.blank("nl")
    nlp.add_pipe("newsgraph_titled_persons")
    return nlp


@pytest.mark.parametrize(
    ("text", "ents", "expected"),
    [
        ("Dat zegt hoogleraar Remco Breuker van de Universiteit Leiden .", [], [("Remco Breuker", "PER")]),
        ("Volgens minister Jan van Dijk klopt het .", [], [("Jan van Dijk", "PER")]),
        ("Bondskanselier Angela Merkel sprak .", [(1, 3, "MISC")], [("Angela Merkel", "PER")]),
        ("de leider Kim Jong-un reisde .", [(2, 4, "PER")], [("Kim Jong-un", "PER")]),
        ("de minister van Buitenlandse Zaken sprak .", [], []),
        # after a portfolio (data/lexicon/portfolios.txt), which is part of the title, not an organisation
        ("de minister van Cultuur Badr bin Abdullah sprak .", [(3, 4, "ORG"), (4, 7, "MISC")], [("Badr bin Abdullah", "PER")]),
        ("de minister van Cultuur Badr bin Abdullah sprak .", [(3, 4, "ORG"), (4, 6, "MISC"), (6, 7, "PER")], [("Badr bin Abdullah", "PER")]),
        ("minister van Justitie en Veiligheid Ferd Grapperhaus zei .", [(2, 7, "ORG")], [("Ferd Grapperhaus", "PER")]),
        ("het ministerie van Cultuur Nederland .", [(3, 4, "ORG")], [("Cultuur", "ORG")]),
        ("Minister van Handel Ruhsar Pekcan twitterde .", [(2, 5, "PER")], [("Ruhsar Pekcan", "PER")]),
        # the model's fragments of the name, and the title it took for a person, give way
        ("Ook PvdA-leider Lodewijk Asscher belt hij .", [(1, 2, "PER"), (2, 3, "PER"), (3, 4, "PER")], [("Lodewijk Asscher", "PER")]),
        ("Ook PvdA-leider Lodewijk Asscher belt hij .", [(1, 3, "PER"), (3, 4, "PER")], [("Lodewijk Asscher", "PER")]),
        # a person entity reaching beyond the titled name stays as the model found it
        ("premier Mark Rutte-Klaver sprak .", [(0, 3, "PER")], [("premier Mark Rutte-Klaver", "PER")]),
    ],
)
def test_entities_titled_persons(titled, text, ents, expected):
    doc = titled.make_doc(text)
    doc.ents = [Span(doc, start, end, label=label) for start, end, label in ents]
    doc = titled.get_pipe("newsgraph_titled_persons")(doc)
    assert [(e.text, e.label_) for e in doc.ents] == expected


@pytest.mark.parametrize(
    ("text", "ents", "expected"),
    [
        # a curated name replaces NER's shorter or split reading and its type
        ("Barack Obama en Michelle Obama .", [(1, 2, "ORG"), (3, 5, "PER")], [("Barack Obama", "PER"), ("Michelle Obama", "PER")]),
        # a name part of a person named earlier is that person, also where NER said MISC
        ("Paula Schot kwam . Daarna zegt Schot het .", [(0, 2, "PER"), (6, 7, "MISC")], [("Paula Schot", "PER"), ("Schot", "PER")]),
        ("Paula Schot kwam . Schot sprak .", [(0, 2, "PER")], [("Paula Schot", "PER"), ("Schot", "PER")]),
        # a weak name (a place) does not override a person
        ("Jackson sprak .", [(0, 1, "PER")], [("Jackson", "PER")]),
        ("Hij was in Sotsji .", [(3, 4, "ORG")], [("Sotsji", "LOC")]),
    ],
)
def test_entities_known_names(text, ents, expected):
    nlp = spacy.blank("nl")
    patterns = [["Barack Obama", "PERSON", True], ["Obama", "PERSON", True], ["Jackson", "PLACE", False], ["Sotsji", "PLACE", False]]
    known = nlp.add_pipe("newsgraph_known_names", config={"patterns": patterns})
    doc = nlp.make_doc(text)
    doc.ents = [Span(doc, start, end, label=label) for start, end, label in ents]
    assert [(e.text, e.label_) for e in known(doc).ents] == expected


def test_entities_known_names_match_hyphenated_and_apostrophe_names():
    nlp = spacy.blank("nl")
    patterns = [["Saint-Denis", "PLACE", False], ["Den Haag", "PLACE", False], ["Côte d'Ivoire", "PLACE", False]]
    known = nlp.add_pipe("newsgraph_known_names", config={"patterns": patterns})
    doc = known(nlp.make_doc("Van Den Haag via Saint-Denis naar Côte d'Ivoire ."))
    assert [e.text for e in doc.ents] == ["Den Haag", "Saint-Denis", "Côte d'Ivoire"]


def test_entities_plain_kb_names_are_tokens_as_they_stand(nlp, kb):
    """KnownNames builds its multi-word patterns of letters and hyphens without the
    tokenizer; this holds only while the model's tokenizer splits them the same way."""
    from pipeline.known_names import _PLAIN_WORD

    plain = [text for text, _, _ in kb.name_patterns() if not text.isalpha() and all(_PLAIN_WORD.match(w) for w in text.split(" "))]
    assert len(plain) > 1000
    assert [t for t in plain if [token.text for token in nlp.make_doc(t)] != t.split(" ")] == []


def test_tokens_where_selects_what_a_scan_would(nlp):
    from spacy.attrs import DEP, LOWER, POS

    from pipeline.tokens import token_indices

    doc = nlp("Volgens Poetin zei de president dat hij blij was. Volgens mij niet.")
    assert token_indices(doc, LOWER, "volgens".__eq__) == [t.i for t in doc if t.lower_ == "volgens"] == [0, 10]
    assert token_indices(doc, POS, {"VERB", "AUX"}.__contains__) == [t.i for t in doc if t.pos_ in ("VERB", "AUX")]
    assert token_indices(doc, DEP, lambda d: d.startswith("nsubj")) == [t.i for t in doc if t.dep_.startswith("nsubj")]
    assert token_indices(nlp.make_doc(""), LOWER, bool) == []


@pytest.mark.parametrize(("text", "expected"), [("FvD", True), ("BDO", True), ("NAVO", True), ("Rutte", False), ("Kim Jong-un", False), ("VVD-leider", False)])
def test_entities_acronyms(text, expected):
    from pipeline.entities import is_acronym

    assert is_acronym(text) is expected


def test_entities_a_place_reading_of_a_persons_surname_is_the_person():
    """`Greta Thunberg … Thunberg` with the second read as a place: her, as the knowledge base
    knows no place of that name; `George Washington … Washington` stays the city."""
    from pipeline.entity_rules import KnownNames

    nlp = spacy.blank("nl")
    known = KnownNames(nlp, [("Washington", "PLACE", False)])
    doc = nlp.make_doc("Greta Thunberg en George Washington . Thunberg in Washington .")
    doc.ents = [Span(doc, 0, 2, label="PER"), Span(doc, 3, 5, label="PER"), Span(doc, 6, 7, label="LOC"), Span(doc, 8, 9, label="LOC")]
    assert [(e.text, e.label_) for e in known(doc).ents][2:] == [("Thunberg", "PER"), ("Washington", "LOC")]


@pytest.mark.parametrize(("words", "expected"), [
    ("Ed Nijpels sprak . NIJPELS zat", ("NIJPELS", "PER")),  # the surname in capitals
    ("Merel Baldé zong . Baldés lied", ("Baldés", "PER")),  # its genitive
    ("Ed Nijpels sprak . NAVO zat", ("NAVO", "ORG")),  # capitals of no name part
    ("NIJPELS zat . Ed Nijpels sprak", ("NIJPELS", "PER")),  # before the full name too (a headline)
])
def test_entities_a_persons_name_part_in_capitals_or_as_a_genitive_is_the_person(words, expected):
    from pipeline.entity_rules import KnownNames

    nlp = spacy.blank("nl")
    doc = nlp.make_doc(words)
    full = next(i for i, t in enumerate(doc) if t.text in ("Ed", "Merel"))
    single = next(i for i, t in enumerate(doc) if t.text in ("NIJPELS", "Baldés", "NAVO"))
    doc.ents = sorted([Span(doc, full, full + 2, label="PER"), Span(doc, single, single + 1, label="ORG")], key=lambda e: e.start)
    found = {(e.text, e.label_) for e in KnownNames(nlp, [])(doc).ents}
    assert expected in found


@pytest.mark.parametrize(("words", "spans", "known", "expected"), [
    ("Hugo de Jonge sprak . De Jonge zei", [(0, 3, "PER"), (5, 7, "ORG")], [], ("De Jonge", "PER")),  # behind the particle
    ("Orbán wint . Viktor Orbán sprak", [(0, 1, "ORG"), (3, 5, "PER")], [], ("Orbán", "PER")),  # a headline before the full name
    ("Washington wint . George Washington sprak", [(0, 1, "LOC"), (3, 5, "PER")], [("Washington", "PLACE", False)],
     ("Washington", "LOC")),  # a word the knowledge base knows, before the full name: left as it is
    ("De Telegraaf schrijft . Hugo de Jonge sprak", [(0, 2, "ORG"), (4, 7, "PER")], [], ("De Telegraaf", "ORG")),  # no name part
])
def test_entities_a_persons_name_part_behind_particles_or_before_the_full_name_is_the_person(words, spans, known, expected):
    from pipeline.entity_rules import KnownNames

    nlp = spacy.blank("nl")
    doc = nlp.make_doc(words)
    doc.ents = [Span(doc, start, end, label=label) for start, end, label in spans]
    assert expected in {(e.text, e.label_) for e in KnownNames(nlp, known)(doc).ents}


@pytest.mark.parametrize(
    ("text", "ents", "expected"),
    [
        # a party's member (`'er`, data/lexicon/role_suffixes.txt) is a title of the name after it
        ("later D66'er Sebastiaan Capel , voorzitter .", [(1, 4, "ORG")], [("Sebastiaan Capel", "PER")]),
        ("Eerst VVD'er Jan Smit en", [], [("Jan Smit", "PER")]),
        # roles of data/lexicon/person_titles.txt a sentence may open with
        ("Columniste Ebru Umar wordt verguisd .", [], [("Ebru Umar", "PER")]),
        ("zegt maatschappelijk werker El Abbes Ouali .", [], [("El Abbes Ouali", "PER")]),
        ("Officier Huizenga eiste .", [], [("Huizenga", "PER")]),
        # no title: a plural member noun, or a party's name alone
        ("CDA'ers Jan en Piet stemden .", [], []),
        ("de D66 Sebastiaan Capel", [(1, 4, "ORG")], [("D66 Sebastiaan Capel", "ORG")]),
    ],
)
def test_entities_party_members_and_roles_are_titles(titled, text, ents, expected):
    doc = titled.make_doc(text)
    doc.ents = [Span(doc, start, end, label=label) for start, end, label in ents]
    doc = titled.get_pipe("newsgraph_titled_persons")(doc)
    assert [(e.text, e.label_) for e in doc.ents] == expected


@pytest.mark.parametrize(
    ("text", "ents", "expected"),
    [
        # the common word opening a sentence of an article that writes it in lowercase too
        ("Ik denk van wel . Denk eens na .", [], []),
        ("\" Denk eens na \" , zei ik , denk ik .", [], []),
        # the party: not at a sentence opening, or no lowercase use in the article
        ("De partij Denk kreeg steun . Ik denk van wel .", [], [("Denk", "ORG")]),
        ("Denk stelde Job Cohen voor .", [], [("Denk", "ORG")]),
        # the model's own entity at an opening is still the KB's
        ("Ik denk het . Denk stelde hem voor .", [(4, 5, "MISC")], [("Denk", "ORG")]),
    ],
)
def test_entities_known_names_skip_a_common_word_opening_a_sentence(text, ents, expected):
    nlp = spacy.blank("nl")
    known = nlp.add_pipe("newsgraph_known_names", config={"patterns": [["Denk", "ORG", True]]})
    doc = nlp.make_doc(text)
    doc.ents = [Span(doc, start, end, label=label) for start, end, label in ents]
    assert [(e.text, e.label_) for e in known(doc).ents] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Niemand raakte gewond, aldus de politie.", [("de politie", "ORG")]),  # data/kb/curated.yaml
    ("De politie is een onderzoek gestart.", [("De politie", "ORG")]),
    ("De Belgische politie zoekt hem.", []),  # another country's police is no alias of the Dutch one
    ("Wilders stelt op Twitter dat het klopt.", [("Wilders", "PER"), ("Twitter", "ORG")]),  # a company the model misses
])
def test_entities_known_organisations_the_model_misses(nlp, text, expected):
    assert [(e.text, e.label_) for e in nlp(text).ents if e.label_ != "MISC"] == expected


@pytest.mark.parametrize(("words", "spans", "expected"), [
    ("Ed Nijpels sprak . Goeroe Ed doet weinig", [(0, 2, "PER"), (6, 7, "ORG")], ("Ed", "PER")),  # a two-letter given name
    ("Ed Nijpels sprak . Toen Ed kwam", [(0, 2, "PER")], ("Ed", "PER")),  # untagged, after the full name
    ("Jan De Wit sprak . Toen De Wit kwam", [(0, 3, "PER")], None),  # `De` is no given name: no part of its own
])
def test_entities_a_two_letter_given_name_of_a_person_is_the_person(words, spans, expected):
    from pipeline.entity_rules import KnownNames

    nlp = spacy.blank("nl")
    doc = nlp.make_doc(words)
    doc.ents = [Span(doc, start, end, label=label) for start, end, label in spans]
    found = {(e.text, e.label_) for e in KnownNames(nlp, [])(doc).ents}
    if expected is None:
        assert not any(text == "De" for text, _ in found)
    else:
        assert expected in found


def test_known_names_of_several_tokens_are_found_by_their_hashes_without_a_phrase_matcher():
    """A name of one type is looked up from its first word; only a token sequence that
    names things of several types goes to the PhraseMatcher, whose order of keys the rules
    rely on."""
    from pipeline.entity_rules import KnownNames

    nlp = spacy.blank("nl")
    patterns = [("Den Haag", "PLACE", False), ("Den Haag Centraal", "ORG", True), ("Côte d'Ivoire", "PLACE", False),
                ("New York", "PLACE", False), ("New York", "ORG", True)]
    known = KnownNames(nlp, patterns)
    assert len(known.phrases) == 3 and len(known.matcher) == 2  # `New York` of two types
    doc = nlp.make_doc("Van Den Haag Centraal naar Den Haag , Côte d'Ivoire en New York .")
    matches = known._matches(doc)
    assert ("newsgraph_ORG_strong", 1, 4) in matches and ("newsgraph_PLACE_weak", 1, 3) in matches
    assert ("newsgraph_PLACE_weak", 5, 7) in matches and ("newsgraph_PLACE_weak", 8, 10) in matches
    assert {key for key, start, end in matches if (start, end) == (11, 13)} == {"newsgraph_ORG_strong", "newsgraph_PLACE_weak"}
    assert [e.text for e in known(doc).ents] == ["Den Haag Centraal", "Den Haag", "Côte d'Ivoire", "New York"]


@pytest.mark.parametrize(("words", "expected"), [
    ("WAT IS ER MIS ? Het is niets .", set()),  # a headline in capitals, the word written lowercase too
    ("DE STRIJD VAN IS . De strijders zwijgen .", {("IS", "ORG")}),  # no lowercase `is`: the name
    ("De strijders van IS en het is niets .", {("IS", "ORG")}),  # in running text: the name
])
def test_entities_a_known_name_in_a_run_of_capitals_is_a_word(words, expected):
    from pipeline.entity_rules import KnownNames

    nlp = spacy.blank("nl")
    doc = nlp.make_doc(words)
    found = {(e.text, e.label_) for e in KnownNames(nlp, [("IS", "ORG", True)])(doc).ents}
    assert found == expected
