# Two entry points (see README): `make synth` and `make test`. Both bootstrap .venv from
# pyproject.toml, with every transitive version pinned by constraints.txt, on a machine that has
# only Python 3.11.
PYTHON ?= python3.11
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
CHECKOV_VENV := .checkov-venv
CHECKOV_STAMP := $(CHECKOV_VENV)/.installed
PIP_FLAGS := --quiet --disable-pip-version-check
SCRIPTS := constructs/certctl_k8s/scripts/*.sh tools/*.sh

.PHONY: synth test lint check secrets bench checkov system-packages kube-tools lock clean

$(STAMP): pyproject.toml constraints.txt
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install $(PIP_FLAGS) -c constraints.txt -e '.[dev]'
	touch $@

# checkov pins an old `packaging`, so it lives in its own virtualenv, with its own pins.
$(CHECKOV_STAMP): checkov-constraints.txt
	$(PYTHON) -m venv $(CHECKOV_VENV)
	$(CHECKOV_VENV)/bin/pip install $(PIP_FLAGS) -c checkov-constraints.txt checkov
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

# ruff (lint and format), mypy, and ShellCheck over the scripts that run in pods.
lint: $(STAMP)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/mypy
	@if command -v shellcheck >/dev/null; then shellcheck --external-sources $(SCRIPTS) && echo "shellcheck: clean"; \
	else echo "shellcheck not installed: scripts not checked (tools/system-packages.sh installs it)"; fi

# The Debian packages some tests run (BusyBox, curl, Perl, PostgreSQL, promtool, ShellCheck): installed when
# this runs as root with apt-get, reported otherwise.
system-packages:
	@sh tools/system-packages.sh

# kube-apiserver and kubectl for the apply tests, built once per machine into .cache/kube/ (needs
# Go; tests/support/kube_tools.py). When that cannot be done, the tests that need them fail with
# the reason, so the other tests still run.
kube-tools: $(STAMP)
	-$(PY) -m tests.support.kube_tools

# Two pytest workers (files stay whole on one worker, so the checkov and rendering fixtures run
# once per file); `pytest -m "not checkov"` skips the slowest file in a quick loop.
test: $(STAMP) $(CHECKOV_STAMP) system-packages kube-tools lint
	CHECKOV_BIN=$(abspath $(CHECKOV_VENV))/bin/checkov $(PY) -m pytest -n 2 --dist loadfile

secrets: $(STAMP)
	$(PY) main.py secrets

# Timings, not a test: `make bench BENCH_ARGS="--repeat 9 --skip-tests"` (see bench/README.md).
bench: $(STAMP) $(CHECKOV_STAMP)
	$(PY) bench/benchmark.py $(BENCH_ARGS)

# Re-pin every transitive version after changing pyproject.toml's dependencies (review the diff).
lock:
	rm -rf .lock-venv && $(PYTHON) -m venv .lock-venv
	.lock-venv/bin/pip install $(PIP_FLAGS) -e '.[dev]'
	{ echo "# Every package .venv installs, pinned (make lock); pip install -c constraints.txt"; \
	  .lock-venv/bin/pip freeze --exclude-editable | grep -v '^-e '; } > constraints.txt
	rm -rf .lock-venv && $(PYTHON) -m venv .lock-venv
	.lock-venv/bin/pip install $(PIP_FLAGS) checkov==3.3.30
	{ echo "# Every package .checkov-venv installs, pinned (make lock)"; \
	  .lock-venv/bin/pip freeze; } > checkov-constraints.txt
	rm -rf .lock-venv

clean:
	rm -rf $(VENV) $(CHECKOV_VENV)
