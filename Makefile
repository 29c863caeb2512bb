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

synth: $(STAMP)
	$(PY) main.py

check: $(STAMP)
	$(PY) main.py --check

test: $(STAMP) $(CHECKOV_STAMP)
	CHECKOV_BIN=$(abspath $(CHECKOV_VENV))/bin/checkov $(PY) -m pytest

secrets: $(STAMP)
	$(PY) main.py secrets

bench: $(STAMP)
	$(PY) bench/benchmark.py

clean:
	rm -rf $(VENV) $(CHECKOV_VENV)
