"""Entity spans around names repaired (pipeline/span_repair.SpanRepair), on hand-built entity
spans and the knowledge base; and the titles a person's span is cut free of."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from pipeline.span_repair import SpanRepair
from pipeline.kb import default_kb
from pipeline.lexicon import load_lexicon
from pipeline.name_repair import NameRepair

NLP = spacy.blank("nl")
_POS = {"de": "DET", "het": "DET", "een": "DET", "op": "ADP", "in": "ADP", "met": "ADP", "tegen": "ADP", "vanaf": "ADP",
        "zegt": "VERB", "zei": "VERB", "won": "VERB", "speelde": "VERB", "ging": "VERB", "krijgt": "VERB", "nieuwe": "ADJ"}


def repaired(words: str, ents: str) -> list[tuple[str, str]]:
    """`words` space-separated (`\\n` a line break); `ents` one IOB tag a word; the first word opens the sentence."""
    tokens = words.split(" ")
    spaces = [not (i + 1 < len(tokens) and tokens[i + 1] == "\\n") for i in range(len(tokens))]
    pos = [_POS.get(t, "NOUN" if t.isalpha() and t.islower() else "PROPN") for t in tokens]
    doc = Doc(NLP.vocab, words=tokens, spaces=spaces, ents=ents.split(), pos=pos, sent_starts=[i == 0 for i in range(len(tokens))])
    doc = NameRepair(NLP, load_lexicon())(doc)
    return [(e.text, e.label_) for e in SpanRepair(NLP, load_lexicon(), default_kb())(doc).ents]


@pytest.mark.parametrize(("words", "ents", "expected"), [
    ("zegt Tweede Kamerlid Vera Bergkamp", "O B-PER I-PER B-PER I-PER", [("Vera Bergkamp", "PER")]),
    ("zegt Burgemeester Wethouder", "O B-PER I-PER", []),
    ("Meneer Huyskens van de Bovag", "B-PER I-PER O O B-ORG", [("Huyskens", "PER"), ("Bovag", "ORG")]),  # a title cut off
    ("Pastoor Prasing wil dat niet", "B-PER I-PER O O O", [("Prasing", "PER")]),
])
def test_a_person_that_is_all_title_is_no_one(words, ents, expected):
    assert repaired(words, ents) == expected


def test_a_person_whose_name_holds_a_title_word_is_kept():
    assert repaired("zegt Jan de Koning", "O B-PER I-PER I-PER") == [("Jan de Koning", "PER")]


@pytest.mark.parametrize(("words", "ents", "expected"), [
    ("Volgens emeritus hoogleraar Gebiedsontwikkeling Friso de Zeeuw", "O O O B-PER I-PER I-PER I-PER", [("Friso de Zeeuw", "PER")]),
    ("reageerde minister van Gezondheidszorg Agnès Buzyn", "O O O B-PER I-PER I-PER", [("Agnès Buzyn", "PER")]),
])
def test_a_titles_field_before_a_given_name_is_cut_off(words, ents, expected):
    assert repaired(words, ents) == expected


@pytest.mark.parametrize(("words", "ents"), [
    ("Zo zei Gebiedsontwikkeling Friso de Zeeuw", "O O B-PER I-PER I-PER I-PER"),  # no title before it
    ("zegt voorzitter Abdurahman Abdullah Khan", "O O B-PER I-PER I-PER"),  # the first word may be a given name
    ("zegt hoogleraar Gebiedsontwikkeling Zeeuw Smit", "O O B-PER I-PER I-PER"),  # no given name after it
])
def test_a_name_not_after_a_title_or_before_a_given_name_keeps_its_first_word(words, ents):
    assert repaired(words, ents) == [(" ".join(words.split()[2:]), "PER")]


@pytest.mark.parametrize(("words", "ents", "expected"), [
    ("een ontmoeting op sportcomplex De Toekomst", "O O O O O B-LOC", [("De Toekomst", "LOC")]),
    ("in het kasteel Het Nijenhuis", "O O O O B-LOC", [("Het Nijenhuis", "LOC")]),
])
def test_a_capitalised_article_inside_a_sentence_is_part_of_the_name(words, ents, expected):
    assert repaired(words, ents) == expected


@pytest.mark.parametrize(("words", "ents", "expected"), [
    ("De Toekomst van Europa", "O B-LOC O B-LOC", [("Toekomst", "LOC"), ("Europa", "LOC")]),  # a sentence's opening
    ("zei hij : De Telegraaf", "O O O O B-ORG", [("Telegraaf", "ORG")]),  # after a colon
    ("volgens minister De Jonge", "O O O B-PER", [("Jonge", "PER")]),  # a person's particle is the person repair's
    ("een interview met Het Parool", "O O O O B-ORG", [("Parool", "ORG")]),  # no class noun introduces it
    ("krijgt een nieuwe eigenaar De ECB ging", "O O O O O B-ORG O", [("ECB", "ORG")]),  # a headline run on
])
def test_a_sentence_opening_article_stays_outside_the_name(words, ents, expected):
    assert repaired(words, ents) == expected


@pytest.mark.parametrize(("words", "ents", "expected"), [
    ("gevangenissen in Noord-Syrië zitten", "O O O O", [("Noord-Syrië", "LOC")]),
    ("in Oost-Oekraïne vochten", "O B-PER O", [("Oost-Oekraïne", "LOC")]),
    ("de Noord-Hollandse boeren", "O O O", []),  # no place after the hyphen
    ("in Oost-Knollendam woont", "O O O", []),  # unknown to the knowledge base
    ("de Noord-Syrië Coalitie", "O B-ORG I-ORG", [("Noord-Syrië Coalitie", "ORG")]),  # inside a longer name
])
def test_a_compass_point_joined_to_a_known_place_is_a_place(words, ents, expected):
    assert repaired(words, ents) == expected


@pytest.mark.parametrize(("words", "ents", "expected"), [
    ("met het Amsterdam Medisch Centrum", "O O B-LOC B-ORG I-ORG", [("Amsterdam Medisch Centrum", "ORG")]),
    ("tegen de South China Morning Post", "O O B-LOC I-LOC B-ORG I-ORG", [("South China Morning Post", "ORG")]),
])
def test_a_place_right_before_an_organisation_is_the_first_word_of_its_name(words, ents, expected):
    assert repaired(words, ents) == expected


@pytest.mark.parametrize(("words", "ents", "expected"), [
    ("speelde in Amsterdam Ajax", "O O B-LOC B-ORG", [("Amsterdam", "LOC"), ("Ajax", "ORG")]),  # a body the KB knows
    ("bedrijven . Brussel De Morgen", "O O B-LOC B-ORG I-ORG", [("Brussel", "LOC"), ("De Morgen", "ORG")]),  # a dateline
    ("op Columbus Ned 2", "O B-LOC B-ORG I-ORG", [("Columbus", "LOC"), ("Ned 2", "ORG")]),  # a number
    ("Jan Smit Amsterdam \\n Medisch Centrum", "B-PER I-PER B-LOC O B-ORG I-ORG",
     [("Jan Smit", "PER"), ("Amsterdam", "LOC"), ("Medisch Centrum", "ORG")]),  # a line break between
])
def test_a_place_before_a_known_or_separate_organisation_stays_a_place(words, ents, expected):
    assert repaired(words, ents) == expected


@pytest.mark.parametrize(("words", "ents", "expected"), [
    ("Ger van Unen woont in Baalhoek", "O O B-ORG O O B-LOC", [("Ger van Unen", "PER"), ("Baalhoek", "LOC")]),
    ("zegt Emma van Meijeren", "O B-PER O B-LOC", [("Emma van Meijeren", "PER")]),
    ("zegt Jan van der Kolk", "O O O O B-MISC", [("Jan van der Kolk", "PER")]),
])
def test_a_given_name_and_particles_make_the_word_after_them_a_surname(words, ents, expected):
    assert repaired(words, ents) == expected


@pytest.mark.parametrize(("words", "ents", "expected"), [
    ("zegt Willem-Alexander van Nederland", "O B-PER O B-LOC", [("Willem-Alexander", "PER"), ("Nederland", "LOC")]),  # known
    ("de Staat van Meijeren", "O O O B-LOC", [("Meijeren", "LOC")]),  # no given name
    ("Van de Meijeren kwam", "O O B-LOC O", [("Meijeren", "LOC")]),  # a function word
    ("zegt Jan van Meijeren Holding", "O O O B-ORG I-ORG", [("Meijeren Holding", "ORG")]),  # a name of more words
])
def test_a_known_name_or_one_after_no_given_name_keeps_its_type(words, ents, expected):
    assert repaired(words, ents) == expected


@pytest.mark.parametrize(("words", "ents", "expected"), [
    ("volgens I&O Research PVV-kiezers", "O B-ORG I-ORG I-ORG", [("I&O Research", "ORG")]),
    ("volgens PVV-kiezers", "O B-ORG", [("PVV-kiezers", "ORG")]),  # the compound alone
    ("het Studio Brussel-programma", "O B-MISC I-MISC", [("Studio Brussel-programma", "MISC")]),  # a place's compound
    ("in het Zuid Noord-Holland", "O O B-LOC I-LOC", [("Zuid Noord-Holland", "LOC")]),  # a capitalised head
    ("volgens Jan Smit PVV-kiezer", "O B-PER I-PER I-PER", [("Jan Smit PVV-kiezer", "PER")]),  # persons are the person repair's
])
def test_a_known_names_compound_is_cut_off_the_name_before_it(words, ents, expected):
    assert repaired(words, ents) == expected


@pytest.mark.parametrize(("words", "ents", "expected"), [
    ("het Klimaatakkoord voor elkaar moeten boksen", "O B-MISC I-MISC I-MISC I-MISC I-MISC", [("Klimaatakkoord", "MISC")]),
    ("De Partij voor de Dieren brengen een motie", "O B-ORG I-ORG I-ORG I-ORG I-ORG I-ORG O", [("Partij voor de Dieren", "ORG")]),
    ("zegt de Raad in de persoon van", "O O B-ORG I-ORG I-ORG I-ORG I-ORG", [("Raad", "ORG")]),
])
def test_lowercase_words_after_a_names_last_capitalised_word_are_cut_off(words, ents, expected):
    assert repaired(words, ents) == expected


@pytest.mark.parametrize(("words", "ents"), [
    ("De Partij voor de Dieren wil dat", "O B-ORG I-ORG I-ORG I-ORG O O"),  # ends in a capitalised word
    ("zegt het ministerie van volksgezondheid", "O O B-ORG I-ORG I-ORG"),  # no capitalised word at all
    ("luisteren naar Radio 538", "O O B-ORG I-ORG"),  # a number ends it
    ("zegt Kim Jong-un", "O B-PER I-PER"),  # one token: `Jong-un` has its capital
])
def test_a_name_ending_in_a_capitalised_word_or_number_keeps_its_span(words, ents):
    tokens, tags = words.split(" "), ents.split()
    start = tags.index(next(t for t in tags if t != "O"))
    end = max(i for i, t in enumerate(tags) if t != "O") + 1
    assert repaired(words, ents) == [(" ".join(tokens[start:end]), tags[start][2:])]


@pytest.mark.parametrize(("words", "ents", "expected"), [
    ("concludeerde het Joint Investigation Team ( JIT ) eerder", "O O O O O O B-ORG O O",
     [("Joint Investigation Team", "ORG"), ("JIT", "ORG")]),
    ("meldt het Centraal Bureau voor de Statistiek ( CBS )", "O O O O O O O O B-ORG O",
     [("Centraal Bureau voor de Statistiek", "ORG"), ("CBS", "ORG")]),
    ("het Joint Investigation Team ( JIT ) eerder", "O B-MISC I-MISC I-MISC O B-ORG O O",  # the model's MISC retyped
     [("Joint Investigation Team", "ORG"), ("JIT", "ORG")]),
])
def test_expanded_acronym_names_the_words_it_abbreviates(words, ents, expected):
    assert repaired(words, ents) == expected


@pytest.mark.parametrize(("words", "ents"), [
    ("zegt de Partij van de Arbeid ( CBS )", "O O O O O O O B-ORG O"),  # initials spell PvdA, not CBS
    ("zegt de voorzitter ( CBS )", "O O O O B-ORG O"),  # no capitalised words before it
])
def test_an_acronym_after_other_words_expands_nothing(words, ents):
    assert repaired(words, ents) == [("CBS", "ORG")]


def test_an_acronym_read_as_a_person_expands_to_an_organisation():
    """`gevoeld door American Airlines (AA)`, `AA` tagged a person: people are not abbreviated."""
    assert repaired("gevoeld door American Airlines ( AA )", "O O B-MISC I-MISC O B-PER O")[0] == ("American Airlines", "ORG")
