"""The bundled Dutch pipeline: a smoke test always, the model card's floors with ../shared."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from pipeline.nlp import BUNDLED_MODEL, ModelChoice, resolve_model
from scripts.assemble_model import weights_digest

from .conftest import REPO, SHARED

# The targets (models/scores.json: NER F1 0.797, UPOS 0.935, LAS 0.754).
NER_F1_FLOOR = 0.78
UPOS_FLOOR = 0.93
LAS_FLOOR = 0.75


def test_model_resolution_prefers_an_explicit_path():
    assert resolve_model(str(BUNDLED_MODEL)) == ModelChoice(str(BUNDLED_MODEL), is_package=False)


@pytest.mark.slow
def test_model_bundled_finds_poetin_and_sotsji(bundled_nlp):
    doc = bundled_nlp("Dat heeft Poetin dinsdag verklaard tijdens een ontmoeting in Sotsji met de Amerikaanse minister van Buitenlandse Zaken Mike Pompeo.")
    ents = {ent.text: ent.label_ for ent in doc.ents}
    assert ents.get("Poetin") == "PER"
    assert ents.get("Sotsji") == "LOC"
    assert {"tok2vec", "morphologizer", "parser", "trainable_lemmatizer", "ner"} <= set(bundled_nlp.pipe_names)
    verb = next(t for t in doc if t.text == "verklaard")
    assert verb.pos_ == "VERB" and verb.lemma_ == "verklaren"


@pytest.mark.slow
@pytest.mark.needs_shared
def test_model_quality_floors(tmp_path):
    """Held-out NER F1 on CoNLL-2002 ned.testb and UPOS/LAS on UD Alpino test."""
    corpus = tmp_path / "corpus"
    subprocess.run([sys.executable, "scripts/prepare_corpora.py", "--shared", str(SHARED), "--out", str(corpus)], cwd=REPO, check=True, capture_output=True)
    out = tmp_path / "scores.json"
    subprocess.run([sys.executable, "scripts/evaluate_model.py", str(BUNDLED_MODEL), "--corpus", str(corpus),
                    "--articles", "/nonexistent", "--out", str(out)], cwd=REPO, check=True, capture_output=True)
    scores = json.loads(out.read_text())
    assert scores["ner_conll2002_testb"]["ents_f"] >= NER_F1_FLOOR
    assert scores["ud_alpino_test"]["pos_acc"] >= UPOS_FLOOR
    assert scores["ud_alpino_test"]["dep_las"] >= LAS_FLOOR
    assert scores["size_mb"] <= 40
    committed = json.loads((REPO / "models" / "scores.json").read_text())
    assert scores["ner_conll2002_testb"]["ents_f"] == committed["ner_conll2002_testb"]["ents_f"], "model card figures are stale: run `make model-eval`"


def test_model_tokenizer_splits_an_acronym_from_its_sentence_end():
    """`… met de VS. We …`: spaCy's Dutch exceptions kept `VS.` whole (as from `vs.`)."""
    import spacy

    from pipeline.nlp import split_words_from_periods

    nlp = spacy.blank("nl")
    split_words_from_periods(nlp)
    assert [t.text for t in nlp("oorlog met de VS. We zien het bij ING. Zie vs. dat")] == [
        "oorlog", "met", "de", "VS", ".", "We", "zien", "het", "bij", "ING", ".", "Zie", "vs.", "dat"]


def test_model_tokenizer_splits_an_everyday_word_from_its_sentence_end():
    """`Dat zei ik al.`, `… van de top.`: spaCy's Dutch exceptions list `al.` and `top.` as
    abbreviations; news abbreviations (`red.`, `max.` before a number) stay whole."""
    import spacy

    from pipeline.nlp import split_words_from_periods

    nlp = spacy.blank("nl")
    assert "top." in [t.text for t in nlp("de top. Top. Dat")]  # the exception this undoes
    split_words_from_periods(nlp)
    assert [t.text for t in nlp("Dat zei ik al. Hij schudde de hand. Top. Max. 3 (red.)")] == [
        "Dat", "zei", "ik", "al", ".", "Hij", "schudde", "de", "hand", ".", "Top", ".", "Max.", "3", "(", "red.", ")"]


def test_model_sentences_start_only_after_an_end_mark_a_quote_or_a_paragraph_break():
    """newsgraph_paragraphs presets the boundaries the parser must respect."""
    import spacy

    nlp = spacy.blank("nl")
    nlp.add_pipe("newsgraph_paragraphs")
    doc = nlp("Lisitsyn van het WNF (WFF) Rusland bevestigt het. 'Ja', zei hij. Hij ging.\nKop zonder punt\nTekst")
    # after a newline, and an opening quote after a full stop: a start
    assert [t.text for t in doc if t.is_sent_start] == ["Lisitsyn", "'", "Kop", "Tekst"]
    assert doc[7].text == "Rusland" and doc[7].is_sent_start is False  # after `)`: never
    assert doc[12].text == "Ja" and doc[12].is_sent_start is False  # the quote's first word: not apart from it
    assert doc[18].text == "Hij" and doc[18].is_sent_start is None  # after `.`: the parser decides


def test_model_a_subheading_run_into_the_next_sentence_ends_before_it():
    """Rules `subheading_run_in` and a closing quote glued to its full stop
    (pipeline/sentences.py): `… zijn." Bedrog Een woordvoerder zegt …` is three sentences."""
    import spacy

    nlp = spacy.blank("nl")
    nlp.add_pipe("newsgraph_paragraphs")
    doc = nlp('Hij zei: "Ik kom." Bedrog Een woordvoerder zegt het. Opgelucht De speaker lachte.')
    starts = [t.text for t in doc if t.is_sent_start]
    assert starts == ["Hij", "Bedrog", "Een", "Opgelucht", "De"]
    assert doc[7].text == '"' and doc[7].is_sent_start is False  # the closing quote stays with its sentence


def test_model_a_capitalised_name_after_a_sentence_opener_is_no_subheading():
    """`Volgens De Telegraaf …` (a capital after the article), `Volgens Van der Laan …` (a
    surname's particle), `Volgens de krant …` (no capital): no sentence starts inside them."""
    import spacy

    nlp = spacy.blank("nl")
    nlp.add_pipe("newsgraph_paragraphs")
    for text in ("Het regent. Volgens De Telegraaf komt er zon.", "Het regent. Volgens Van der Laan komt er zon.",
                 "Het regent. Volgens de krant komt er zon."):
        doc = nlp(text)
        assert not doc[5].is_sent_start, text


def test_model_meta_carries_the_digest_of_its_weights():
    """The extraction cache keys on meta.json, so a retrained model must not keep the old one."""
    meta = json.loads((BUNDLED_MODEL / "meta.json").read_text())
    assert meta["weights_sha256"] == weights_digest(BUNDLED_MODEL)
