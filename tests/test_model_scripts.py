"""The model recipe's scripts: NER data augmentation, the efficiency reference, assembly."""

from __future__ import annotations

import random

import pytest
import spacy
from spacy.tokens import Doc

from scripts.augment_ner import NAMES, Tradition, read_traditions, renamed

KOREAN = Tradition(family_first=True, given=("Jin",), family=("Park",))
KENYAN = Tradition(family_first=False, given=("William",), family=("Ruto",))


def conll_doc(nlp):
    words = ["Premier", "Guy", "Verhofstadt", "sprak", "met", "minister", "van", "Justitie", "Marc", "Verwilghen", ".",
             "Verhofstadt", "kwam", "uit", "Gent", "."]
    tags = ["O", "B-PER", "I-PER", "O", "O", "O", "O", "B-ORG", "B-PER", "I-PER", "O", "B-PER", "O", "O", "B-LOC", "O"]
    starts = [True] + [False] * 10 + [True] + [False] * 4
    return Doc(nlp.vocab, words=words, ents=tags, sent_starts=starts)


def test_augment_renames_people_and_keeps_everything_else():
    nlp = spacy.blank("nl")
    doc = conll_doc(nlp)
    copy = renamed(doc, [KOREAN, KENYAN], random.Random(1), nlp.tokenizer)
    people = [ent.text for ent in copy.ents if ent.label_ == "PER"]
    assert set(people) <= {"Park Jin", "William Ruto", "Park", "Ruto"}
    assert len(people) == 3 and people[0] != "Guy Verhofstadt"
    # the surname mention of the first person becomes the new family name of that person
    assert people[2] == ("Park" if people[0] == "Park Jin" else "Ruto")
    # titles, portfolios and places keep their words and labels
    assert [(e.text, e.label_) for e in copy.ents if e.label_ != "PER"] == [("Justitie", "ORG"), ("Gent", "LOC")]
    assert copy[0].text == "Premier" and copy[0].ent_iob_ == "O"
    assert [t.text for t in copy if t.is_sent_start] == ["Premier", people[2]]


def test_augment_skips_a_document_without_people():
    nlp = spacy.blank("nl")
    doc = Doc(nlp.vocab, words=["In", "Gent", "regent", "het"], ents=["O", "B-LOC", "O", "O"])
    assert renamed(doc, [KENYAN], random.Random(0), nlp.tokenizer) is None


def test_augment_name_table_reads_and_a_bad_row_names_its_line(tmp_path):
    traditions = read_traditions(NAMES)
    assert len(traditions) >= 20 and any(t.family_first for t in traditions)
    bad = tmp_path / "names.tsv"
    bad.write_text("# comment\ntradition\torder\tgiven\tfamily\nkorean\tsideways\tJin\tPark\n", encoding="utf8")
    with pytest.raises(SystemExit, match=r"names.tsv:3:"):
        read_traditions(bad)


@pytest.mark.slow
def test_efficiency_reference_has_the_models_components_and_labels(bundled_nlp):
    from scripts.bench_model import efficiency_pipeline

    reference = efficiency_pipeline(bundled_nlp)
    trained = [name for name in bundled_nlp.pipe_names if name in ("morphologizer", "parser", "ner", "trainable_lemmatizer")]
    assert sorted(reference.pipe_names) == sorted(["tok2vec", *trained])
    assert reference.get_pipe("ner").labels == bundled_nlp.get_pipe("ner").labels
    assert reference.get_pipe("parser").labels == bundled_nlp.get_pipe("parser").labels
    assert reference.config["components"]["tok2vec"]["model"]["encode"]["width"] == 96
    doc = reference("De Keniaanse president William Ruto sprak in Nairobi.")
    assert len(doc) == 9 and all(t.lemma_ for t in doc)


def test_assembly_keeps_a_listener_only_on_the_same_encoder():
    from scripts.assemble_model import shares_encoder

    def pipeline(seed: int):
        nlp = spacy.blank("nl")
        nlp.add_pipe("tok2vec")
        nlp.add_pipe("ner").add_label("PER")
        spacy.util.fix_random_seed(seed)
        nlp.initialize()
        return nlp

    one, same, other = pipeline(0), pipeline(0), pipeline(1)
    assert shares_encoder(one, same)
    assert not shares_encoder(one, other)
