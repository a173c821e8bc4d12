"""The evaluator's matching rules, on hand-made extractions and gold."""

from __future__ import annotations

from pipeline.evaluate import GoldArticle, score_article
from pipeline.schemas import ArticleEntity, ArticleStatement, Evidence, Extraction, Mention

SENTENCE = "Ook heeft Slob volgens Brussee de Kamer onjuist geïnformeerd."


def statement(text: str, sentence: str = SENTENCE) -> ArticleStatement:
    return ArticleStatement(type="direct", speaker="PERSON:brussee", text=text, cue="zeggen",
                            evidence=Evidence(doc_id="d", sentence=sentence, start=0, end=len(sentence)))


def extraction(*statements: ArticleStatement) -> Extraction:
    brussee = ArticleEntity(key="PERSON:brussee", name="Brussee", type="PERSON", mentions=[Mention(text="Brussee", start=23, end=30)])
    return Extraction(doc_id="d", source="t", entities=[brussee], statements=list(statements))


def gold(*items: tuple[str, bool]) -> GoldArticle:
    return GoldArticle(doc_id="d", entities={"Wilco Brussee": ["Brussee"]},
                       statements=[{"speaker": "Wilco Brussee", "key": key, "optional": optional} for key, optional in items])


def test_statements_match_one_to_one_so_that_an_optional_item_keeps_its_own_answer():
    """Both system statements carry the core key (in the sentence); only the first has the
    optional one. A greedy pass gives the core item the first and leaves the second a false
    alarm: a maximal matching scores one hit and no false alarm."""
    result = score_article(extraction(statement("van een time-out is geen sprake"), statement("onjuist geïnformeerd")),
                           gold(("onjuist geïnformeerd", False), ("van een time-out is geen sprake", True)))
    assert (result.statements.tp, result.statements.fp, result.statements.fn) == (1, 0, 0)


def test_statements_an_unmatched_core_item_is_a_miss_and_a_spare_statement_a_false_alarm():
    result = score_article(extraction(statement("iets anders", sentence="Brussee zei iets anders.")),
                           gold(("onjuist geïnformeerd", False)))
    assert (result.statements.tp, result.statements.fp, result.statements.fn) == (0, 1, 1)
    assert result.misses == ["statement Wilco Brussee: 'onjuist geïnformeerd'"]
