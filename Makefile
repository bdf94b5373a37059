# Two commands on a fresh machine:
#   make demo   install the core package, then annotate the two seed letters and print a summary
#   make test   install it with the test extras, then run the whole test suite
PYTHON ?= python3
VENV ?= .venv
BIN = $(VENV)/bin
SHARED ?= ../shared

.PHONY: setup demo test lint eval-headers eval-themes eval-sources eval-entities eval-holders simulate-labelling bench clean

setup: $(VENV)/.installed

# The core package only (spaCy, typer, scikit-learn, tqdm): all that annotating and training need.
$(VENV)/.core: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e .
	touch $@

# With the test extras (pytest, pytest-xdist, datasets, and torch and transformers for the transformer config's test).
$(VENV)/.installed: $(VENV)/.core
	$(BIN)/python -m pip install -q -e ".[test]"
	touch $@

demo: $(VENV)/.core
	$(BIN)/nlkst annotate $(SHARED)/seeds -o out/seeds.jsonl
	$(BIN)/nlkst summarize out/seeds.jsonl

# Two test processes (pytest-xdist): CI and the build machine have two cores. Each test module runs whole in one
# of them (--dist loadfile), so that a module's fixtures (a Dask cluster, a pipeline loaded by spacy.load) are
# made once. TEST_WORKERS=0 runs all in one process.
TEST_WORKERS ?= 2

test: setup lint
	$(BIN)/python -m pytest -q -n $(TEST_WORKERS) --dist loadfile

lint: setup
	$(BIN)/ruff check .

eval-headers: setup
	$(BIN)/python training/measure/evaluate_headers.py corpora/headers/headers.jsonl --shared $(SHARED)

eval-themes: setup
	$(BIN)/python training/measure/baseline_themes.py corpora/themes
	$(BIN)/nlkst evaluate corpora/themes/test_modern.jsonl
	$(BIN)/nlkst evaluate corpora/themes/test.jsonl

eval-sources: setup
	$(BIN)/python training/measure/leave_source_out.py corpora/themes

simulate-labelling: setup
	$(BIN)/python -m pip install -q -e ".[test,plots]"
	$(BIN)/python training/measure/simulate_active_learning.py corpora/themes -o docs/active-learning

eval-entities: setup
	$(BIN)/python training/measure/evaluate_entities.py corpora/entities/test.jsonl

eval-holders: setup
	$(BIN)/python training/measure/evaluate_holders.py --shared $(SHARED)

bench: setup
	$(BIN)/python training/measure/benchmark.py --shared $(SHARED)

clean:
	rm -rf $(VENV) out
