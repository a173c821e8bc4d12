"""The miss families of scripts/statement_misses.py, each on a hand-made gold item and extraction."""

from __future__ import annotations

from pipeline.gold import GoldArticle, GoldStatement
from pipeline.quotes import find_quotes
from pipeline.schemas import ArticleEntity, ArticleStatement, Evidence, Extraction, Mention
from scripts.statement_misses import family

TEXT = "Rutte sprak in Den Haag. Hij hekelt de plannen van Kaag. 'Dit kan zo niet verder.' Kaag zei iets anders."
SENTENCES = ["Rutte sprak in Den Haag.", "Hij hekelt de plannen van Kaag.", "'Dit kan zo niet verder.'", "Kaag zei iets anders."]
GOLD = GoldArticle(doc_id="1", entities={"Mark Rutte": ["Rutte"], "Sigrid Kaag": ["Kaag"]})


def _extraction(*statements: tuple[str, str], people: tuple[str, ...] = ("Rutte", "Kaag")) -> Extraction:
    entities = [ArticleEntity(key=p, name=p, type="PERSON", mentions=[Mention(text=p, start=TEXT.index(p), end=TEXT.index(p) + len(p))]) for p in people]
    made = [ArticleStatement(type="indirect", speaker=speaker, text=text, cue="zeggen", rule="complement_clause", date_source=None,
                             evidence=Evidence(doc_id="1", sentence=text, start=0, end=1)) for speaker, text in statements]
    return Extraction(doc_id="1", source="x", entities=entities, statements=made)


def _family(key: str, speaker: str, extraction: Extraction, speech: int | None = None) -> tuple[str, str]:
    lemmas = [{"zeggen"} if i == speech else set() for i in range(len(SENTENCES))]
    return family(GoldStatement(speaker=speaker, key=key), GOLD, extraction, SENTENCES, lemmas, find_quotes(TEXT), TEXT)


def test_a_speaker_without_a_node():
    assert _family("de plannen", "Mark Rutte", _extraction(people=("Kaag",)))[0] == "speaker not a node"


def test_a_statement_given_to_someone_else():
    assert _family("de plannen", "Mark Rutte", _extraction(("Kaag", "Hij hekelt de plannen van Kaag.")))[0] == "other speaker"


def test_an_unlisted_cue_with_the_speaker_named_just_before():
    assert _family("de plannen", "Mark Rutte", _extraction()) == ("no statement, no speech verb", "named just before")


def test_a_listed_cue_whose_pattern_was_missed():
    assert _family("iets anders", "Sigrid Kaag", _extraction(), speech=3) == ("no statement, speech verb in sentence", "named in the sentence")


def test_a_quote_without_a_verb():
    assert _family("zo niet verder", "Mark Rutte", _extraction())[0] == "no statement, quote without a verb"
