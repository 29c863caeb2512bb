"""The generated documents: values.schema.json and docs/configuration.md are what
the model generates now, and the schema accepts what the model accepts and flags a typo."""

from __future__ import annotations

import functools
import json

import jsonschema
import pytest
import yaml

from certctl_k8s import reference
from certctl_k8s.values.server import Server
from certctl_k8s.values.settings import declared
from conftest import HELM_CHART, ROOT

HELM = HELM_CHART
REFUSED_EXAMPLE = HELM / "examples" / "values-dev.yaml"  # auth type none, refused on purpose
LOADING_FILES = sorted(
    path
    for path in [
        *ROOT.glob("environments/*.yaml"),
        *(HELM / "examples").glob("*.yaml"),
        *(ROOT / "tests" / "fixtures").glob("*.yaml"),
    ]
    if path != REFUSED_EXAMPLE
)
VALUES_FILES = [*LOADING_FILES, HELM / "values.yaml"]


def test_the_committed_schema_is_current():
    assert (ROOT / reference.SCHEMA_FILE).read_text() == reference.schema_text(), (
        "values.schema.json is stale: run `python main.py reference`"
    )


def test_the_configuration_reference_is_current():
    assert (ROOT / reference.CONFIGURATION_DOC).read_text() == reference.markdown(), (
        "docs/configuration.md is stale: run `python main.py reference`"
    )


def test_the_reference_names_every_typed_variable():
    text = reference.markdown()
    for d in declared(Server, "server"):
        assert f"| `{d.key}` |" in text and f"`{d.variable}`" in text


@functools.cache
def _validator() -> jsonschema.Draft202012Validator:
    schema = json.loads((ROOT / reference.SCHEMA_FILE).read_text())
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


@pytest.mark.parametrize("path", VALUES_FILES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_the_schema_accepts_every_values_file_the_model_accepts(path):
    document = next(doc for doc in yaml.safe_load_all(path.read_text()) if doc is not None)
    assert [error.message for error in _validator().iter_errors(document)] == []


@pytest.mark.parametrize(
    "document, where",
    [
        (yaml.safe_load(REFUSED_EXAMPLE.read_text()), ["server", "auth", "type"]),
        ({"server": {"replicaz": 2}}, ["server"]),
        ({"server": {"issuer": {"vault": {"adress": "x"}}}}, ["server", "issuer", "vault"]),
        ({"server": {"scheduler": {"retryInterval": "5 minutes"}}}, ["server", "scheduler", "retryInterval"]),
        ({"server": {"logging": {"level": "verbose"}}}, ["server", "logging", "level"]),
    ],
)
def test_the_schema_flags_what_the_model_rejects(document, where):
    errors = list(_validator().iter_errors(document))
    assert errors and list(errors[0].absolute_path) == where
