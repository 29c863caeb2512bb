"""Every synthesized document validates strictly against Kubernetes 1.28; objects of CRD kinds
validate against their CRD's own schema."""

from __future__ import annotations

import jsonschema
import kubernetes_validate
import pytest
import yaml

from conftest import ROOT, rendered_env
from tests.support import fast_yaml
from tests.support.validation import crd_schema, crd_schemas, validate


def test_every_document_validates(env):
    assert env.manifests
    for manifest in env.manifests:
        validate(manifest)


def test_every_custom_object_is_checked_against_its_crd(env):
    """Objects of kinds that are not Kubernetes' own (cert-manager, prometheus-operator,
    CloudNativePG, Barman Cloud) validate against the CRD copied into imports/crds/."""
    custom = [m for m in env.manifests if "." in m["apiVersion"].split("/")[0] and "k8s.io" not in m["apiVersion"]]
    for manifest in custom:
        assert crd_schema(manifest) is not None, f"{manifest['kind']} has no CRD in imports/crds/"


def test_crd_kinds_are_checked_against_their_schema():
    assert {kind for _, kind in crd_schemas()} >= {
        "Certificate",
        "ServiceMonitor",
        "PrometheusRule",
        "PodMonitor",
        "Cluster",
        "ScheduledBackup",
        "ObjectStore",
    }
    bad = {
        "apiVersion": "monitoring.coreos.com/v1",
        "kind": "ServiceMonitor",
        "metadata": {"name": "x"},
        "spec": {"endpoints": [{"scheme": "gopher"}], "selector": {}},
    }
    with pytest.raises(jsonschema.ValidationError):
        validate(bad)


def test_a_field_the_crd_does_not_declare_is_refused():
    """The API server prunes an undeclared field without a word, so a misspelt one would be lost:
    the CRD validator refuses it, where the schema does not keep unknown fields."""
    monitor = {
        "apiVersion": "monitoring.coreos.com/v1",
        "kind": "ServiceMonitor",
        "metadata": {"name": "x"},
        "spec": {"endpoints": [{"port": "https"}], "selector": {}},
    }
    validate(monitor)
    monitor["spec"]["endpoints"][0]["shceme"] = "https"
    with pytest.raises(jsonschema.ValidationError, match="shceme"):
        validate(monitor)
    cluster = {
        "apiVersion": "postgresql.cnpg.io/v1",
        "kind": "Cluster",
        "metadata": {"name": "x"},
        "spec": {"instances": 3, "storage": {"size": "1Gi"}},
    }
    validate(cluster)
    cluster["spec"]["enablePdb"] = True  # the field is enablePDB
    with pytest.raises(jsonschema.ValidationError, match="enablePdb"):
        validate(cluster)


def test_the_cached_validator_agrees_with_kubernetes_validate():
    """tests/support/validation builds each validator once; kubernetes-validate itself must
    accept what it accepts, and both must refuse an unknown field."""
    for manifest in rendered_env("prod-ha").manifests:
        if crd_schemas().get((manifest["apiVersion"].split("/")[0], manifest["kind"])) is None:
            kubernetes_validate.validate(manifest, "1.28.0", strict=True)
    deployment = next(m for m in rendered_env("default").manifests if m["kind"] == "Deployment")
    broken = {**deployment, "spec": {**deployment["spec"], "replica": 2}}
    with pytest.raises(jsonschema.ValidationError):
        validate(broken)
    with pytest.raises(kubernetes_validate.ValidationError):
        kubernetes_validate.validate(broken, "1.28.0", strict=True)


def test_dist_files_are_the_rendered_documents(env):
    folder = ROOT / "dist" / env.name
    on_disk = [
        doc
        for path in sorted(folder.glob("*.yaml"))
        if path.name != "kustomization.yaml"
        for doc in fast_yaml.load_all(path.read_text())
    ]
    assert sorted(map(repr, on_disk)) == sorted(map(repr, env.manifests))


def test_namespace_is_applied_first(env):
    files = sorted(p.name for p in (ROOT / "dist" / env.name).glob("*.yaml") if p.name != "kustomization.yaml")
    assert files[0].startswith("00-namespace-")
    kustomization = yaml.safe_load((ROOT / "dist" / env.name / "kustomization.yaml").read_text())
    assert kustomization["resources"] == files
