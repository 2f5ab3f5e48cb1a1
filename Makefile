# Set-up and everyday commands. `make demo` and `make test` need nothing but
# Python 3.11+ and access to the package index; each creates .venv itself.

PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
OUT ?= out
# Pinned versions of every dependency (regenerate with `make lock`).
CONSTRAINTS := constraints.txt
PIP := $(BIN)/python -m pip install --quiet --disable-pip-version-check -c $(CONSTRAINTS)

.PHONY: demo test lint wheel lock clean help

help:
	@echo "make demo   build the graph of the bundled article, query it, draw it (into $(OUT)/)"
	@echo "make test   run every test: unit, CLI, doctests, notebooks, SHACL, lint"
	@echo "make wheel  build dist/*.whl with the extraction stages compiled by mypyc (faster)"
	@echo "make lock   re-pin constraints.txt from a fresh install"

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(VENV)/.core: pyproject.toml $(CONSTRAINTS) | $(BIN)/python
	$(PIP) -e .
	@touch $@

$(VENV)/.dev: pyproject.toml $(CONSTRAINTS) | $(BIN)/python
	$(PIP) -e '.[dev]'
	@touch $@ $(VENV)/.core

demo: $(VENV)/.core
	$(BIN)/defence-graph build --out $(OUT)
	$(BIN)/defence-graph validate $(OUT)/graph.ttl
	$(BIN)/defence-graph query ties --graph $(OUT)/graph.ttl
	$(BIN)/defence-graph query network-actors --graph $(OUT)/graph.ttl
	$(BIN)/defence-graph analyse --graph $(OUT)/graph.ttl
	$(BIN)/defence-graph plot --graph $(OUT)/graph.ttl --out $(OUT)/network.png
	$(BIN)/defence-graph plot --graph $(OUT)/graph.ttl --country Mozambique --out $(OUT)/ego-mozambique.png
	$(BIN)/defence-graph plot --graph $(OUT)/graph.ttl --country Russia --out $(OUT)/ego-russia.png
	$(BIN)/defence-graph plot --graph $(OUT)/graph.ttl --layout geo --out $(OUT)/geo.png
	$(BIN)/defence-graph plot --graph $(OUT)/graph.ttl --matrix type --out $(OUT)/matrix.png
	$(BIN)/defence-graph plot --graph $(OUT)/graph.ttl --out $(OUT)/network.svg
	$(BIN)/defence-graph export --graph $(OUT)/graph.ttl --out $(OUT)/network.graphml
	$(BIN)/defence-graph export --graph $(OUT)/graph.ttl --out $(OUT)/network.gexf
	@echo "demo outputs are in $(OUT)/"

test: $(VENV)/.dev
	$(BIN)/ruff check graph tests benchmarks data/gold data/gazetteer notebooks
	MPLBACKEND=Agg $(BIN)/python -m pytest

lint: $(VENV)/.dev
	$(BIN)/ruff check graph tests benchmarks data/gold data/gazetteer notebooks

# The compiled build lands beside the sources; they are removed again, because a compiled
# module left there would shadow later edits of its .py in the editable install.
wheel: $(VENV)/.dev
	HATCH_BUILD_HOOK_ENABLE_MYPYC=1 $(BIN)/python -m pip wheel --quiet --disable-pip-version-check \
		--no-deps --no-build-isolation --wheel-dir dist . ; status=$$?; \
		rm -f graph/extract/*.so ./*__mypyc*.so; exit $$status
	@ls dist/*.whl

lock:
	rm -rf .lock-venv
	$(PYTHON) -m venv .lock-venv
	.lock-venv/bin/python -m pip install --quiet -e '.[dev]'
	(echo "# Pinned versions the tests ran with (make lock regenerates this file)."; \
	 .lock-venv/bin/python -m pip freeze --all --exclude-editable | grep -v -e '^-e ' -e '^pip==') > $(CONSTRAINTS)
	rm -rf .lock-venv

clean:
	rm -rf $(VENV) $(OUT) .pytest_cache dist
