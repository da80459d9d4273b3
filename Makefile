# cpcollab: every routine task is one command here; CI runs exactly these.
PYTHON ?= python3.11
VENV ?= .venv
BIN := $(VENV)/bin
HOST ?= 127.0.0.1
PORT ?= 8000
# The demo lives in ./var/demo: a SQLite database (WAL), files, secret key.
DEMO_ENV := CPCOLLAB_DATA_DIR=$(CURDIR)/var/demo CPCOLLAB_HTTPS=0 CPCOLLAB_DEBUG=0

.PHONY: demo test lint format bench eval train messages install install-test clean help

help:
	@echo "make demo   set up and serve the demonstration at http://$(HOST):$(PORT)"
	@echo "make test   set up the test environment and run the whole suite"
	@echo "make lint   ruff check, ruff format --check, mypy, import contracts, migrations check"
	@echo "make eval   score the engine on the evaluation set, write docs/evaluation.md"
	@echo "make bench  run the benchmarks, write bench/results/"
	@echo "make train  retrain the collaboration classifier from training/labels"

$(BIN)/python:
	@command -v $(PYTHON) >/dev/null 2>&1 || { echo "Python 3.11 is needed (set PYTHON=...)"; exit 1; }
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed: $(BIN)/python pyproject.toml
	$(BIN)/pip install --quiet -e .
	@touch $@

$(VENV)/.installed-test: $(BIN)/python pyproject.toml
	$(BIN)/pip install --quiet -e ".[test]"
	@touch $@ $(VENV)/.installed

install: $(VENV)/.installed
install-test: $(VENV)/.installed-test
	@sh scripts/install-browser.sh

demo: install
	$(DEMO_ENV) $(BIN)/cpcollab migrate --no-input -v 0
	$(DEMO_ENV) $(BIN)/cpcollab load-reference
	$(DEMO_ENV) $(BIN)/cpcollab load-demo
	$(DEMO_ENV) $(BIN)/cpcollab collectstatic --no-input -v 0
	@echo "Serving on http://$(HOST):$(PORT)/  (Ctrl-C to stop)"
	$(DEMO_ENV) $(BIN)/cpcollab runserver --noreload $(HOST):$(PORT)

test: install-test
	$(BIN)/pytest $(PYTEST_ARGS)

lint: install-test
	$(BIN)/ruff check src tests scripts bench
	$(BIN)/ruff format --check src tests scripts bench
	$(BIN)/mypy src
	$(BIN)/lint-imports
	CPCOLLAB_DATA_DIR=$(CURDIR)/var/lint $(BIN)/cpcollab makemigrations --check --dry-run -v 1

format: install-test
	$(BIN)/ruff format src tests scripts bench
	$(BIN)/ruff check --fix src tests scripts bench

eval: install-test
	$(BIN)/python scripts/evaluate.py

train: install-test
	$(BIN)/python scripts/train_classifier.py

bench: install-test
	$(BIN)/python bench/run.py
	$(BIN)/python bench/letters.py

messages: install-test
	cd src/cpcollab && ../../$(BIN)/cpcollab makemessages --all --no-obsolete --no-location -i "engine/*"
	cd src/cpcollab && ../../$(BIN)/cpcollab compilemessages

clean:
	rm -rf $(VENV) var .pytest_cache .mypy_cache .ruff_cache
