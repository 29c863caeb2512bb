"""Every object a synth writes, built through its cdk8s binding in the jsii kernel, comes back the
same (tests/support/bindings.py): no field the Kubernetes 1.28 API or the CRD lacks, no value of
the wrong type. The synth itself hands no object to the kernel (manifest.py says why), so this
is where that check runs: over every environment, and over values that make the kinds no
environment has (a cert-manager Certificate, a TLSRoute, a recovery's Backup, an import)."""

from __future__ import annotations

from typing import Any

import cdk8s
import pytest

from conftest import ENVIRONMENTS, render_values, rendered_env
from tests.support.bindings import binding, through_binding
from tests.test_cloudnativepg import IMPORT
from tests.test_cloudnativepg_recovery import AT, recovering
from tests.test_exposure import PASSTHROUGH

ISSUER = {"issuerRef": {"name": "ca", "kind": "ClusterIssuer"}}
VARIANTS: dict[str, dict[str, Any]] = {
    "cert-manager-passthrough": {**PASSTHROUGH, "server": {"tls": {"certManager": {"enabled": True, **ISSUER}}}},
    "cloudnativepg-recovery": recovering(AT),
    "cloudnativepg-import": IMPORT,
}


def _same_through_binding(manifests: list[dict[str, Any]]) -> None:
    chart = cdk8s.Chart(cdk8s.App(), "check")
    for document in manifests:
        assert through_binding(document, chart) == document, f"{document['kind']}/{document['metadata']['name']}"


@pytest.mark.parametrize("name", ENVIRONMENTS)
def test_every_environments_objects_come_back_the_same_through_their_bindings(name):
    _same_through_binding(rendered_env(name).manifests)


@pytest.mark.parametrize("name", sorted(VARIANTS))
def test_the_kinds_no_environment_has_come_back_the_same_too(tmp_path, name):
    _same_through_binding(render_values(tmp_path, VARIANTS[name], name).manifests)


def test_every_kind_the_chart_makes_is_checked(tmp_path):
    kinds = {(m["apiVersion"], m["kind"]) for name in ENVIRONMENTS for m in rendered_env(name).manifests}
    for name, data in VARIANTS.items():
        kinds |= {(m["apiVersion"], m["kind"]) for m in render_values(tmp_path, data, name).manifests}
    assert {kind for _, kind in kinds} >= {"Certificate", "TLSRoute", "Backup", "Cluster", "HTTPRoute", "Route"}
    for api_version, kind in kinds:
        assert binding(api_version, kind) is not None


def test_a_wrong_type_or_an_unknown_field_is_refused():
    deployment = {
        "apiVersion": "apps/v1",
        "kind": "Deployment",
        "metadata": {"name": "x"},
        "spec": {"selector": {"matchLabels": {"app": "x"}}, "template": {"spec": {"containers": []}}},
    }
    with pytest.raises(Exception, match="Unable to deserialize value as cdk8s-plus-28.k8s.KubeDeploymentProps"):
        through_binding({**deployment, "spec": {**deployment["spec"], "replicas": "two"}})
    with pytest.raises(KeyError, match=r"spec.template.spec: 'containerz' is not a field of PodSpec"):
        through_binding({**deployment, "spec": {**deployment["spec"], "template": {"spec": {"containerz": []}}}})
    monitor = {"apiVersion": "monitoring.coreos.com/v1", "kind": "ServiceMonitor", "metadata": {"name": "x"}}
    with pytest.raises(KeyError, match="'relabellings' is not a field"):
        through_binding({**monitor, "spec": {"selector": {}, "endpoints": [{"relabellings": []}]}})


def test_a_field_the_binding_writes_differently_is_seen():
    """The bindings spell `clusterIP` as `clusterIp`; the comparison sees the rename."""
    service = {"apiVersion": "v1", "kind": "Service", "metadata": {"name": "x"}, "spec": {"clusterIp": "None"}}
    assert through_binding(service)["spec"] == {"clusterIP": "None"}


def test_an_api_version_kubernetes_1_28_does_not_serve_is_refused():
    with pytest.raises(AssertionError, match="Kubernetes 1.28 serves CronJob as batch/v1"):
        binding("batch/v1beta1", "CronJob")
