# Two commands on a fresh machine:
#   make demo   set up, then annotate the two seed letters and print a summary
#   make test   set up, then run the whole test suite
PYTHON ?= python3
VENV ?= .venv
BIN = $(VENV)/bin
SHARED ?= ../shared

.PHONY: setup demo test lint eval-headers eval-themes eval-sources eval-entities bench clean

setup: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e ".[test]"
	touch $@

demo: setup
	mkdir -p out
	$(BIN)/nlkst annotate $(SHARED)/seeds -o out/seeds.jsonl
	$(BIN)/nlkst summarize out/seeds.jsonl

test: setup lint
	$(BIN)/python -m pytest -q

lint: setup
	$(BIN)/ruff check .

eval-headers: setup
	$(BIN)/python training/evaluate_headers.py corpora/headers/headers.jsonl --shared $(SHARED)

eval-themes: setup
	$(BIN)/python training/baseline_themes.py corpora/themes
	$(BIN)/nlkst evaluate corpora/themes/test.jsonl

eval-sources: setup
	$(BIN)/python training/leave_source_out.py corpora/themes

eval-entities: setup
	$(BIN)/python training/evaluate_entities.py corpora/entities/test.jsonl

bench: setup
	$(BIN)/python training/benchmark.py --shared $(SHARED)

clean:
	rm -rf $(VENV) out
