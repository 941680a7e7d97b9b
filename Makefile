# Every target builds its own environment in .venv with the stock python3.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin

.PHONY: run test bench screenshots clean

# `make run` and `make test` may start at once on a fresh clone. Where flock(1)
# exists, each step that writes .venv holds a lock, so the second waits for the
# first instead of building the same environment over it.
LOCKED := $(shell command -v flock >/dev/null 2>&1 && echo flock .venv.lock)

$(BIN)/python:
	$(LOCKED) sh -c 'test -x $(BIN)/python || { $(PYTHON) -m venv $(VENV) && \
		$(BIN)/python -m pip install --quiet --upgrade pip; }'

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(LOCKED) $(BIN)/python -m pip install --quiet -e .
	touch $@

$(VENV)/.installed-test: pyproject.toml | $(BIN)/python
	$(LOCKED) $(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(VENV)/.installed $@

run: $(VENV)/.installed
	$(BIN)/careerclimb $(ARGS)

# One test process more than there are cores: each Pilot test spends part of its
# time waiting for the app to go idle, and the extra process keeps the cores busy.
TEST_WORKERS := $(shell $(PYTHON) -c 'import os; print((os.cpu_count() or 1) + 1)')

test: $(VENV)/.installed-test
	$(BIN)/python -m pytest -n $(TEST_WORKERS) $(PYTEST_ARGS)

# One table of figures against their yardsticks, and JSON in benchmarks/results/.
# jrnl, the peer, gets its own environment (benchmarks/.venv-jrnl) on the first run.
bench: $(VENV)/.installed-test
	$(BIN)/python -m benchmarks.run --python3 $(PYTHON) $(BENCH_ARGS)

screenshots: $(VENV)/.installed-test
	$(BIN)/python tools/screenshots.py

clean:
	rm -rf $(VENV) .venv.lock build *.egg-info
