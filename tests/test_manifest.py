"""`manifest.emit` names each construct by kind, namespace and name, so two objects that share a
name stay distinct when their kind or namespace differs (a Role per target namespace, a Service
and a Deployment of one name)."""

from __future__ import annotations

import cdk8s
import cdk8s_plus_28.k8s as k8s
import pytest

from certctl_k8s.manifest import emit


def _synth(objects: list[tuple[type[cdk8s.ApiObject], dict[str, str]]]) -> list[tuple[str, str, str]]:
    app = cdk8s.App()
    chart = cdk8s.Chart(app, "case")
    for kind, metadata in objects:
        emit(chart, kind, metadata)
    return [(m["kind"], m["metadata"].get("namespace", ""), m["metadata"]["name"]) for m in chart.to_json()]


def test_one_name_in_several_namespaces_and_kinds():
    objects = [
        (k8s.KubeConfigMap, {"name": "shared", "namespace": "team-a"}),
        (k8s.KubeConfigMap, {"name": "shared", "namespace": "team-b"}),
        (k8s.KubeServiceAccount, {"name": "shared", "namespace": "team-a"}),
        (k8s.KubeNamespace, {"name": "shared"}),
    ]
    assert _synth(objects) == [
        ("ConfigMap", "team-a", "shared"),
        ("ConfigMap", "team-b", "shared"),
        ("ServiceAccount", "team-a", "shared"),
        ("Namespace", "", "shared"),
    ]


def test_the_same_object_twice_is_refused():
    with pytest.raises(Exception, match="already a Construct with name"):
        _synth([(k8s.KubeConfigMap, {"name": "x", "namespace": "a"})] * 2)


def test_emit_keeps_every_kubernetes_type_check():
    """The props go to the jsii kernel as data, and the kernel still deserializes them into the
    typed L1 structs: a wrongly typed value is refused there, an unknown field already here."""
    spec = {"selector": {"matchLabels": {"app": "x"}}, "template": {"spec": {"containers": []}}}
    with pytest.raises(Exception, match="Unable to deserialize value as cdk8s-plus-28.k8s.KubeDeploymentProps"):
        emit(cdk8s.Chart(cdk8s.App(), "case"), k8s.KubeDeployment, {"name": "x"}, spec={**spec, "replicas": "two"})
    with pytest.raises(KeyError, match=r"spec.template.spec: 'containerz' is not a field of PodSpec"):
        bad = {**spec, "template": {"spec": {"containerz": []}}}
        emit(cdk8s.Chart(cdk8s.App(), "case"), k8s.KubeDeployment, {"name": "x"}, spec=bad)


def test_quantities_and_int_or_strings_are_written_as_given():
    app = cdk8s.App()
    chart = cdk8s.Chart(app, "case")
    limits = {"cpu": "500m", "memory": "1Gi"}
    container = {"name": "c", "image": "i", "resources": {"limits": limits}, "ports": [{"containerPort": 8443}]}
    spec = {"selector": {"matchLabels": {"app": "x"}}, "template": {"spec": {"containers": [container]}}}
    emit(chart, k8s.KubeDeployment, {"name": "x"}, spec=spec)
    emit(chart, k8s.KubePodDisruptionBudget, {"name": "x"}, spec={"maxUnavailable": 1})
    deployment, budget = chart.to_json()
    assert deployment["spec"]["template"]["spec"]["containers"][0]["resources"] == {"limits": limits}
    assert budget["spec"] == {"maxUnavailable": 1}
