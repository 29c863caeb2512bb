# Two entry points (see README): `make synth` and `make test`. Both bootstrap .venv from
# pyproject.toml on a machine that has only Python 3.11.
PYTHON ?= python3.11
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
CHECKOV_VENV := .checkov-venv
CHECKOV_STAMP := $(CHECKOV_VENV)/.installed
CHECKOV_VERSION := 3.3.30

.PHONY: synth test check secrets bench checkov clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -e '.[dev]'
	touch $@

# checkov pins an old `packaging`, so it lives in its own virtualenv.
$(CHECKOV_STAMP):
	$(PYTHON) -m venv $(CHECKOV_VENV)
	$(CHECKOV_VENV)/bin/pip install --quiet --disable-pip-version-check checkov==$(CHECKOV_VERSION)
	touch $@

# Every synth is a fresh process, so let Python keep its bytecode (in .venv and __pycache__,
# both git-ignored) even where the environment sets PYTHONDONTWRITEBYTECODE.
unexport PYTHONDONTWRITEBYTECODE
# -O drops jsii's Python-side argument checks (typeguard on every struct). The jsii kernel still
# validates every struct it receives, and the tests run without -O. bench/benchmark.py uses
# the same flags.
SYNTH_PYFLAGS := -O

synth: $(STAMP)
	$(PY) $(SYNTH_PYFLAGS) main.py

check: $(STAMP)
	$(PY) $(SYNTH_PYFLAGS) main.py --check

test: $(STAMP) $(CHECKOV_STAMP)
	CHECKOV_BIN=$(abspath $(CHECKOV_VENV))/bin/checkov $(PY) -m pytest

secrets: $(STAMP)
	$(PY) main.py secrets

# Timings, not a test: `make bench BENCH_ARGS="--repeat 9 --skip-tests"` (see bench/benchmark.py).
bench: $(STAMP) $(CHECKOV_STAMP)
	$(PY) bench/benchmark.py $(BENCH_ARGS)

clean:
	rm -rf $(VENV) $(CHECKOV_VENV)
