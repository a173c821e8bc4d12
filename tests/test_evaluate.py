"""The evaluator's matching rules, on hand-made extractions and gold."""

from __future__ import annotations

import pytest

from pipeline.evaluate import evaluate, score_article
from pipeline.gold import GoldArticle, GoldError, load_splits
from pipeline.schemas import ArticleEntity, ArticleMeeting, ArticleStatement, Evidence, Extraction, Mention

SENTENCE = "Ook heeft Slob volgens Brussee de Kamer onjuist geïnformeerd."


def statement(text: str, sentence: str = SENTENCE) -> ArticleStatement:
    return ArticleStatement(type="direct", speaker="PERSON:brussee", text=text, cue="zeggen", rule="quote_cue_after",
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
    assert result.misses == ["statement (unknown) Wilco Brussee: 'onjuist geïnformeerd'"]


def meeting_extraction(*pairs: tuple[str, str, str]) -> Extraction:
    people = {"a": "Annie", "b": "Bert", "c": "Carla"}
    entities = [ArticleEntity(key=f"PERSON:{k}", name=v, type="PERSON", mentions=[Mention(text=v, start=0, end=len(v))]) for k, v in people.items()]
    evidence = Evidence(doc_id="d", sentence="s", start=0, end=1)
    meetings = [ArticleMeeting(type=kind, participants=[f"PERSON:{x}", f"PERSON:{y}"], rule="trigger_verb", evidence=evidence) for x, y, kind in pairs]
    return Extraction(doc_id="d", source="t", entities=entities, meetings=meetings)


def meeting_gold(*pairs: tuple[str, str, str], partial: bool = False) -> GoldArticle:
    return GoldArticle(doc_id="d", partial=partial, entities={n: [n] for n in ("Annie", "Bert", "Carla")},
                       meetings=[{"participants": [x, y], "type": kind} for x, y, kind in pairs])


def test_evaluate_meeting_kinds_recall_by_gold_kind_precision_by_system_kind():
    """A call the system typed as a meeting is found (recall of `call`); the false pair is
    charged to the kind the system gave it."""
    result = score_article(meeting_extraction(("a", "b", "meeting"), ("a", "c", "visit")), meeting_gold(("Annie", "Bert", "call")))
    assert (result.meeting_kinds["call"].tp, result.meeting_kinds["call"].fn) == (1, 0)
    assert result.meeting_kinds["visit"].fp == 1 and result.meeting_kinds["meeting"].fp == 0


def test_evaluate_counts_each_found_item_under_the_rule_that_found_it():
    meetings = meeting_extraction(("a", "b", "meeting"), ("a", "c", "meeting"))
    meetings = meetings.model_copy(update={"meetings": [meetings.meetings[0], meetings.meetings[1].model_copy(update={"rule": "event_noun"})]})
    result = score_article(meetings, meeting_gold(("Annie", "Bert", "meeting")))
    assert (result.meeting_rules["trigger_verb"].tp, result.meeting_rules["trigger_verb"].fp) == (1, 0)
    assert (result.meeting_rules["event_noun"].tp, result.meeting_rules["event_noun"].fp) == (0, 1)
    said = score_article(extraction(statement("onjuist geïnformeerd"), statement("iets anders", sentence="Brussee zei iets anders.").model_copy(
        update={"rule": "complement_clause"})), gold(("onjuist geïnformeerd", False)))
    assert (said.statement_rules["quote_cue_after"].tp, said.statement_rules["complement_clause"].fp) == (1, 1)


def test_evaluate_a_partial_article_scores_meeting_recall_only():
    result = score_article(meeting_extraction(("a", "c", "meeting")), meeting_gold(("Annie", "Bert", "meeting"), partial=True))
    assert (result.meetings.tp, result.meetings.fp, result.meetings.fn) == (0, 0, 1)
    assert result.false_alarms == []


def test_evaluate_overall_leaves_partial_articles_to_meeting_recall():
    full = meeting_gold(("Annie", "Bert", "meeting"))
    partial = meeting_gold(("Annie", "Carla", "meeting"), partial=True).model_copy(update={"doc_id": "p"})
    report = evaluate([meeting_extraction(("a", "b", "meeting"))], {"d": full, "p": partial})
    assert report["overall"]["meetings"]["recall"] == 1.0
    assert (report["overall"]["meeting_recall"]["tp"], report["overall"]["meeting_recall"]["fn"]) == (1, 1)


def test_gold_splits_may_not_share_an_article(tmp_path):
    for split in ("tune", "heldout"):
        (tmp_path / split).mkdir()
        (tmp_path / split / "1.json").write_text('{"doc_id": "1", "entities": {}}')
    with pytest.raises(GoldError, match="both"):
        load_splits(tmp_path)


def test_gold_a_flat_directory_is_one_split(tmp_path):
    (tmp_path / "1.json").write_text('{"doc_id": "1", "entities": {}}')
    assert list(load_splits(tmp_path)) == [tmp_path.name]


def test_evaluate_a_gold_entity_counts_as_one_node_only_when_found_whole_and_alone():
    people = [ArticleEntity(key="PERSON:brussee", name="Brussee", type="PERSON", mentions=[Mention(text="Brussee", start=23, end=30)]),
              ArticleEntity(key="PERSON:wilco", name="Wilco", type="PERSON", mentions=[Mention(text="Wilco", start=0, end=5)])]
    split = Extraction(doc_id="d", source="t", entities=people)
    gold_article = GoldArticle(doc_id="d", entities={"Wilco Brussee": ["Brussee", "Wilco"], "Arie Slob": ["Slob"]})
    result = score_article(split, gold_article)
    assert (result.entities.tp, result.entities.fn) == (0, 2)
    assert sorted(m for m in result.misses if m.startswith("entity")) == ["entity Arie Slob: not found", "entity Wilco Brussee: split over 2 nodes"]
    whole = Extraction(doc_id="d", source="t", entities=[people[0].model_copy(update={"mentions": people[0].mentions + people[1].mentions})])
    assert score_article(whole, gold_article).entities.tp == 1


def test_statements_content_found_counts_a_key_held_by_any_statement_whoever_speaks():
    """The content measure asks whether the pipeline found what was said at all: a key in a
    statement given to another speaker counts, a key no statement holds does not, an
    optional item is not counted."""
    other = statement("onjuist geïnformeerd").model_copy(update={"speaker": "PERSON:slob"})
    result = score_article(extraction(other), gold(("onjuist geïnformeerd", False), ("iets anders", False), ("een time-out", True)))
    assert (result.content.tp, result.content.fn) == (1, 1)
    assert (result.statements.tp, result.statements.fn) == (0, 2)
