"""The generated documents: values.schema.json and the README's configuration reference are what
the model generates now, and the schema accepts what the model accepts and flags a typo."""

from __future__ import annotations

import json

import jsonschema
import pytest
import yaml
from conftest import ROOT

from certctl_k8s import reference
from certctl_k8s.values.server import Server
from certctl_k8s.values.settings import typed_variables

HELM = ROOT.parent / "shared" / "reference" / "helm-chart"
VALUES_FILES = sorted([*ROOT.glob("environments/*.yaml"), *(HELM / "examples").glob("*.yaml"), HELM / "values.yaml",
                       *(ROOT / "tests" / "fixtures").glob("*.yaml")])


def test_the_committed_schema_is_current():
    assert (ROOT / reference.SCHEMA_FILE).read_text() == reference.schema_text(), \
        "values.schema.json is stale: run `python main.py reference`"


def test_the_readme_reference_is_current():
    readme = (ROOT / reference.README).read_text()
    assert reference.readme_text(readme) == readme, "the README's reference is stale: run `python main.py reference`"


def test_the_reference_names_every_typed_variable():
    text = reference.markdown()
    for variable, key, _ in typed_variables(Server, "server"):
        assert f"| `{key}` |" in text and f"`{variable}`" in text


def _validator() -> jsonschema.Draft202012Validator:
    schema = json.loads((ROOT / reference.SCHEMA_FILE).read_text())
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


@pytest.mark.parametrize("path", VALUES_FILES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_the_schema_accepts_every_values_file_the_model_accepts(path):
    document = next(doc for doc in yaml.safe_load_all(path.read_text()) if doc is not None)
    assert [error.message for error in _validator().iter_errors(document)] == []


@pytest.mark.parametrize("document, where", [
    ({"server": {"replicaz": 2}}, ["server"]),
    ({"server": {"issuer": {"vault": {"adress": "x"}}}}, ["server", "issuer", "vault"]),
    ({"server": {"scheduler": {"retryInterval": "5 minutes"}}}, ["server", "scheduler", "retryInterval"]),
    ({"server": {"logging": {"level": "verbose"}}}, ["server", "logging", "level"]),
])
def test_the_schema_flags_what_the_model_rejects(document, where):
    errors = list(_validator().iter_errors(document))
    assert errors and list(errors[0].absolute_path) == where
