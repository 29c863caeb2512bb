"""Every synthesized document validates strictly against Kubernetes 1.28; objects of CRD kinds
validate against their CRD's own schema."""

from __future__ import annotations



import jsonschema
import kubernetes_validate
import pytest
import yaml

from conftest import ROOT

CRDS = {
    (crd["spec"]["group"], crd["spec"]["names"]["kind"]): version["schema"]["openAPIV3Schema"]
    for path in (ROOT / "imports" / "crds").glob("*.yaml")
    for crd in [yaml.safe_load(path.read_text())]
    for version in crd["spec"]["versions"] if version.get("storage")
}


def _crd_schema(manifest):
    group = manifest["apiVersion"].split("/")[0]
    return CRDS.get((group, manifest["kind"]))


def test_every_document_validates(env):
    assert env.manifests
    for manifest in env.manifests:
        schema = _crd_schema(manifest)
        if schema is not None:
            jsonschema.validate(manifest, schema)
        else:
            kubernetes_validate.validate(manifest, "1.28.0", strict=True)


def test_crd_kinds_are_checked_against_their_schema():
    assert {kind for _, kind in CRDS} >= {"Certificate", "ServiceMonitor"}
    bad = {"apiVersion": "monitoring.coreos.com/v1", "kind": "ServiceMonitor", "metadata": {"name": "x"},
           "spec": {"endpoints": [{"scheme": "gopher"}], "selector": {}}}
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(bad, _crd_schema(bad))


def test_dist_files_are_the_rendered_documents(env):
    folder = ROOT / "dist" / env.name
    on_disk = [doc for path in sorted(folder.glob("*.yaml")) if path.name != "kustomization.yaml"
               for doc in yaml.safe_load_all(path.read_text())]
    assert sorted(map(repr, on_disk)) == sorted(map(repr, env.manifests))


def test_namespace_is_applied_first(env):
    files = sorted(p.name for p in (ROOT / "dist" / env.name).glob("*.yaml") if p.name != "kustomization.yaml")
    assert files[0].startswith("00-namespace-")
    kustomization = yaml.safe_load((ROOT / "dist" / env.name / "kustomization.yaml").read_text())
    assert kustomization["resources"] == files


