# Every target builds its own environment in .venv with the stock python3.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin

.PHONY: run test bench screenshots clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(VENV)/.installed-test: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(VENV)/.installed $@

run: $(VENV)/.installed
	$(BIN)/careerclimb $(ARGS)

test: $(VENV)/.installed-test
	$(BIN)/python -m pytest -n auto $(PYTEST_ARGS)

# One table of figures against their yardsticks, and JSON in benchmarks/results/.
# jrnl, the peer, gets its own environment (benchmarks/.venv-jrnl) on the first run.
bench: $(VENV)/.installed-test
	$(BIN)/python -m benchmarks.run --python3 $(PYTHON) $(BENCH_ARGS)

screenshots: $(VENV)/.installed-test
	$(BIN)/python tools/screenshots.py

clean:
	rm -rf $(VENV) build *.egg-info
