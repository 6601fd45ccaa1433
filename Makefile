# Two commands do everything on a fresh machine: `make run` and `make test`.
# Both create .venv and install requirements.txt when needed.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
PORT ?= 8000
DATA ?= ../shared/data
GAZETTEER_DB ?= data/gazetteer.db
export GAZETTEER_DB
ONNX_STAMP := models/ner-onnx/.built
FAST_ONNX_STAMP := models/ner-fast-onnx/.built
# The accurate model's language specialists (models/ner-uk, ...): their int8 built with it.
SPECIALISTS := $(wildcard models/ner-??/model.safetensors)

.PHONY: run test test-all model model-fast model-specialists gazetteer onnx bench bench-http lint clean system-deps calibration translit-model

# PyICU (rigour's country data) compiles against ICU: it needs libicu-dev, pkg-config and g++.
$(VENV)/.installed: requirements.txt requirements-dev.txt requirements-spark.txt
	@pkg-config --exists icu-uc 2>/dev/null || { [ "$$(id -u)" = 0 ] && apt-get update -q && \
	  apt-get install -y -q libicu-dev pkg-config g++; } || echo "NOTE: install libicu-dev, pkg-config and g++ to build PyICU"
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q -r requirements-dev.txt
	touch $@

# The default gazetteer: seeds/ plus the packaged world countries and cities.
# Rebuilt only when its inputs change.
$(GAZETTEER_DB): $(VENV)/.installed seeds/gazetteer.jsonl seeds/demonyms.tsv seeds/country_names.tsv seeds/country_variants.tsv seeds/region_names.tsv seeds/region_aliases.tsv seeds/city_names.tsv seeds/nsi/organizations.jsonl $(wildcard service/gazetteer/*.py) service/text/normalize.py
	$(PY) -m service gazetteer build --db $@

gazetteer: $(GAZETTEER_DB)

# The int8 model (the default NER_BACKEND) is built before gunicorn starts: built in the
# master at preload it would cost the first start ~20 s and leave the export's ~1.9 GB peak
# in the process the workers fork from.
run: $(VENV)/.installed $(GAZETTEER_DB) $(ONNX_STAMP)
	PORT=$(PORT) ./scripts/serve

# Browser tests need Debian's chromium; Spark tests need a JRE. Install them when missing
# (as root, from the Debian registry); the tests skip with the reason printed otherwise.
system-deps:
	@command -v chromium >/dev/null 2>&1 || { [ "$$(id -u)" = 0 ] && \
	  apt-get update -q && apt-get install -y -q chromium chromium-driver; } || \
	  echo "NOTE: chromium not installed; the demo page browser tests will be skipped"
	@command -v java >/dev/null 2>&1 || { [ "$$(id -u)" = 0 ] && \
	  apt-get update -q && apt-get install -y -q openjdk-17-jre-headless; } || \
	  echo "NOTE: no Java runtime; the Spark test will be skipped"

# tests/unit needs no model; tests/integration runs the shipped model in process;
# tests/e2e starts real gunicorn, Chromium and Spark. Training (marked slow) stays out.
test: $(VENV)/.installed $(GAZETTEER_DB) $(ONNX_STAMP) $(FAST_ONNX_STAMP) system-deps
	$(PY) -m pytest -q -m "not slow" tests/unit tests/integration tests/e2e

test-all: $(VENV)/.installed $(GAZETTEER_DB) $(ONNX_STAMP) $(FAST_ONNX_STAMP)
	$(PY) -m pytest -q tests

# Reproduces models/ner from the shared corpora: four stages (broad, focus, polish, extend),
# about 3.7 h on 2 cores, checkpointed; `make model MODEL_ARGS=--resume` continues an
# interrupted run. Then `make onnx` rebuilds the int8 model from it.
MODEL_ARGS ?=
model: $(VENV)/.installed
	set -o pipefail; $(PY) models/train_ner.py --data $(DATA) $(MODEL_ARGS) 2>&1 | tee -a models/train.log

# Distils models/ner-fast from models/ner (issue 18): a 4-layer student on the teacher's soft
# labels plus the gold tags of the same corpora, 9,000 steps from teacher layers, then a second
# and a third pass of 5,000 steps each from the student before (lr 5e-5, another shuffle each);
# about 2.5 h on a quiet 2-core machine, checkpointed into models/checkpoints/;
# `make model-fast MODEL_FAST_ARGS=--resume` continues an interrupted run (--threads 1 while
# other training runs).
MODEL_FAST_ARGS ?=
FAST_PASS1 = models/checkpoints/ner-fast-pass1
FAST_PASS2 = models/checkpoints/ner-fast-pass2
model-fast: $(VENV)/.installed
	set -o pipefail; $(PY) models/distill_ner.py --data $(DATA) --out $(FAST_PASS1) $(MODEL_FAST_ARGS) \
	  2>&1 | tee -a models/distill.log
	set -o pipefail; $(PY) models/distill_ner.py --data $(DATA) --init $(FAST_PASS1) --out $(FAST_PASS2) \
	  --steps 5000 --lr 5e-5 --seed 14 $(MODEL_FAST_ARGS) 2>&1 | tee -a models/distill2.log
	set -o pipefail; $(PY) models/distill_ner.py --data $(DATA) --init $(FAST_PASS2) --steps 5000 --lr 5e-5 \
	  --seed 15 $(MODEL_FAST_ARGS) 2>&1 | tee -a models/distill3.log

# Trains the accurate model's language specialists (models/ner-uk, ner-tr, ner-ru, ner-ar): its
# upper layers again on each language's corpora over its frozen lower ones (the recipes in
# specialize_ner.py), on 2 cores about 20 min for Ukrainian, 95 for Turkish, 22 for Russian,
# 26 for Arabic;
# `make model-specialists SPECIALIST_LANGS=tr SPECIALIST_ARGS=--resume` continues one.
SPECIALIST_LANGS ?= uk tr ru ar
SPECIALIST_ARGS ?=
model-specialists: $(VENV)/.installed
	set -o pipefail; for lang in $(SPECIALIST_LANGS); do \
	  $(PY) models/specialize_ner.py $$lang --data $(DATA) $(SPECIALIST_ARGS) 2>&1 | tee -a models/specialize-$$lang.log \
	  || exit 1; done

# Refits models/linker/calibration.json (the link probability) on the tune half of the
# linking dev set; then `python -m service.dev eval-linking --split report` reports it.
calibration: $(VENV)/.installed $(GAZETTEER_DB) $(ONNX_STAMP)
	$(PY) -m service.dev calibrate --fit

# Retrains models/translit (the learned Arabic/Latin transliteration scorer) by EM on the
# ANETAC train pairs: about a minute on 2 cores.
translit-model: $(VENV)/.installed
	$(PY) -m service.dev translit-train --data $(DATA)

# The int8 ONNX variants (NER_BACKEND=onnx-int8, the default) of both models, built once into
# models/ner-onnx/ and models/ner-fast-onnx/.
onnx: $(ONNX_STAMP) $(FAST_ONNX_STAMP)

$(FAST_ONNX_STAMP): $(VENV)/.installed models/ner-fast/model.safetensors models/ner-fast/config.json service/ner/onnx_int8.py
	NER_MODEL=fast $(PY) -m service build-onnx
	touch $@

$(ONNX_STAMP): $(VENV)/.installed models/ner/model.safetensors models/ner/config.json service/ner/onnx_int8.py \
	  $(SPECIALISTS)
	$(PY) -m service build-onnx
	touch $@

bench: $(VENV)/.installed $(GAZETTEER_DB)
	$(PY) -m service.dev bench --data $(DATA) --out docs/benchmarks.md

bench-http: $(VENV)/.installed $(GAZETTEER_DB) $(ONNX_STAMP) $(FAST_ONNX_STAMP)
	@command -v hey >/dev/null 2>&1 || { [ "$$(id -u)" = 0 ] && apt-get update -q && apt-get install -y -q hey; } || \
	  { echo "bench-http needs hey (Debian package 'hey')"; exit 1; }
	NER_BACKEND=torch $(PY) -m service.dev bench-http --duration 30 --concurrency 4 --record docs/benchmarks.md
	NER_BACKEND=torch $(PY) -m service.dev bench-http --duration 30 --concurrency 1 --paragraphs 2 --record docs/benchmarks.md
	$(PY) -m service.dev bench-http --duration 30 --concurrency 1 --paragraphs 2 --record docs/benchmarks.md
	$(PY) -m service.dev bench-http --duration 30 --concurrency 1 --record docs/benchmarks.md
	$(PY) -m service.dev bench-http --duration 30 --concurrency 4 --soak-seconds 600 --soak-factor 3 --record docs/benchmarks.md
	NER_MODEL=fast $(PY) -m service.dev bench-http --duration 30 --concurrency 1 --record docs/benchmarks.md
	NER_MODEL=fast $(PY) -m service.dev bench-http --duration 30 --concurrency 4 --record docs/benchmarks.md

# Rules in pyproject.toml ([tool.ruff]).
lint: $(VENV)/.installed
	$(VENV)/bin/hadolint Dockerfile
	$(VENV)/bin/ruff check service tests models scripts gunicorn.conf.py

clean:
	rm -rf data/ .pytest_cache
