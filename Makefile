# Two entry points (see README): `make synth` and `make test`. Both bootstrap .venv from
# pyproject.toml, with every transitive version pinned by constraints.txt, on a machine that has
# only Python 3.11.
PYTHON ?= python3.11
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
CHECKOV_VENV := .checkov-venv
CHECKOV_STAMP := $(CHECKOV_VENV)/.installed
S3_VENV := .s3-venv
S3_STAMP := $(S3_VENV)/.installed
# The S3 drills' programs: the AWS CLI, moto's S3 API server, and Barman Cloud at the release the
# Barman Cloud plugin 0.14's sidecar ships (containers/sidecar-requirements.in).
S3_PACKAGES := awscli==1.46.3 'moto[server]==5.2.6' 'barman[cloud]==3.19.1'
PIP_FLAGS := --quiet --disable-pip-version-check
SCRIPTS := constructs/certctl_k8s/scripts/*.sh tools/*.sh

.PHONY: synth test lint check secrets bench checkov system-packages certctl kube-tools imports lock clean

$(STAMP): pyproject.toml constraints.txt
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install $(PIP_FLAGS) -c constraints.txt -e '.[dev]'
	touch $@

# checkov pins an old `packaging`, so it lives in its own virtualenv, with its own pins.
$(CHECKOV_STAMP): checkov-constraints.txt
	$(PYTHON) -m venv $(CHECKOV_VENV)
	$(CHECKOV_VENV)/bin/pip install $(PIP_FLAGS) -c checkov-constraints.txt checkov
	touch $@

# The AWS CLI, moto and Barman Cloud pin botocore each their own way, so they share a virtualenv of
# their own, away from .venv. Its programs run as the pod harness's users and as the PostgreSQL
# server's (archive_command), so its interpreter is Debian's, which every user can read (a Python
# under a private home cannot be). Barman's psycopg2 builds from source against libpq-dev.
# tools/system-packages.sh installs python3-venv, python3-dev, libpq-dev and gcc.
S3_PYTHON ?= /usr/bin/python3
$(S3_STAMP): s3-constraints.txt
	$(S3_PYTHON) -m venv $(S3_VENV)
	$(S3_VENV)/bin/pip install $(PIP_FLAGS) -c s3-constraints.txt $(S3_PACKAGES)
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

# certctl's server and agent for the end-to-end tests, built once per machine into .cache/ (see
# docs/developing.md); the tests say why when they cannot be built.
certctl: $(STAMP)
	$(PY) -m tests.support.certctl_build

# kube-apiserver and kubectl for the apply tests, built once per machine into .cache/kube/ (needs
# Go; tests/support/kube_tools.py). When that cannot be done, the tests that need them fail with
# the reason, so the other tests still run.
kube-tools: $(STAMP)
	-$(PY) -m tests.support.kube_tools

# Two pytest workers (files stay whole on one worker, so the checkov and rendering fixtures run
# once per file); `pytest -m "not checkov"` skips the slowest file in a quick loop.
test: $(STAMP) $(CHECKOV_STAMP) system-packages $(S3_STAMP) certctl kube-tools lint
	CHECKOV_BIN=$(abspath $(CHECKOV_VENV))/bin/checkov S3_TOOLS_BIN=$(abspath $(S3_VENV))/bin \
	  $(PY) -m pytest -n 2 --dist loadfile

secrets: $(STAMP)
	$(PY) main.py secrets

# Timings, not a test: `make bench BENCH_ARGS="--repeat 9 --skip-tests"` (see bench/README.md).
bench: $(STAMP) $(CHECKOV_STAMP)
	$(PY) bench/benchmark.py $(BENCH_ARGS)

# The CRD bindings in imports/, regenerated from cdk8s.yaml's list (review the diff). A group of
# several kinds is imported from one file, imports/groups/<group>.yaml (git-ignored), joined here
# from imports/crds/<group>_*.yaml, so that its kinds share one module (see cdk8s.yaml). Needs
# Node's npx and the npm registry.
CDK8S_CLI := cdk8s-cli@2.207.60
CRD_GROUP_FILES := $(shell sed -n 's|^ *- *\(imports/groups/[^ ]*\.yaml\)$$|\1|p' cdk8s.yaml)

imports: $(CRD_GROUP_FILES)
	npx --yes $(CDK8S_CLI) import

# Each CRD file as it was released, one YAML document after another.
.SECONDEXPANSION:
imports/groups/%.yaml: $$(wildcard imports/crds/$$*_*.yaml)
	$(if $^,,$(error no imports/crds/$*_*.yaml for $@))
	@mkdir -p $(@D)
	awk 'FNR == 1 && $$0 != "---" { print "---" } { print }' $^ > $@

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
	rm -rf .lock-venv && $(S3_PYTHON) -m venv .lock-venv
	.lock-venv/bin/pip install $(PIP_FLAGS) $(S3_PACKAGES)
	{ echo "# Every package .s3-venv installs, pinned (make lock): the AWS CLI, moto's S3 server and Barman Cloud"; \
	  .lock-venv/bin/pip freeze; } > s3-constraints.txt
	rm -rf .lock-venv

clean:
	rm -rf $(VENV) $(CHECKOV_VENV) $(S3_VENV)
