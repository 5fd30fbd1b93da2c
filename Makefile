# policy-graph: `make run` sets everything up and builds the graph; `make test` runs every check.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: install run build view test lint typecheck bench clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

install: $(STAMP)  ## create .venv and install the package with its development tools

build: install     ## build data/triples.ttl from data/sources/ (validated)
	$(BIN)/policy-graph build data/sources -o data/triples.ttl

view: install      ## render data/view.html from data/triples.ttl
	$(BIN)/policy-graph view -g data/triples.ttl -o data/view.html

run: build view    ## set up, build the graph, validate it and render the view

lint: install
	$(BIN)/ruff check src tests benchmarks tools

typecheck: install
	$(BIN)/mypy

test: lint typecheck  ## ruff, mypy and the whole pytest suite
	$(BIN)/python -m pytest

bench: install     ## benchmarks (ratios measured in the same run; JSON results in benchmarks/results-*.json)
	$(BIN)/python benchmarks/run.py
	$(BIN)/python benchmarks/bench_ingest.py --n 100,1000
	$(BIN)/python benchmarks/bench_query.py
	$(BIN)/python benchmarks/bench_query.py --big --repeats 3 --output benchmarks/results-query-big.json
	$(BIN)/python benchmarks/bench_analysis.py
	$(BIN)/python benchmarks/bench_view.py --sizes 1000 5000
	$(BIN)/python benchmarks/bench_scale.py

clean:
	rm -rf $(VENV) build dist .pytest_cache .mypy_cache .ruff_cache
