"""`manifest.emit` lists an object on its component under an id made of its kind, namespace and
name, so two objects that share a name stay distinct when their kind or namespace differs (a Role per target
namespace, a Service and a Deployment of one name); its document is what cdk8s wrote for a
binding's object; and a cdk8s app that holds our chart synthesizes the same objects."""

from __future__ import annotations

from typing import Any

import cdk8s
import pytest
import yaml

from certctl_k8s.chart import CertctlChart
from certctl_k8s.manifest import CONFIG_MAP, DEPLOYMENT, NAMESPACE, SERVICE_ACCOUNT, Kind, documents, emit
from conftest import environment_values, rendered_env


def _documents(objects: list[tuple[Kind, dict[str, Any]]]) -> list[dict[str, Any]]:
    chart = cdk8s.Chart(cdk8s.App(), "case")
    for kind, metadata in objects:
        emit(chart, kind, metadata)
    return documents(chart)


def test_one_name_in_several_namespaces_and_kinds():
    objects = [
        (CONFIG_MAP, {"name": "shared", "namespace": "team-a"}),
        (CONFIG_MAP, {"name": "shared", "namespace": "team-b"}),
        (SERVICE_ACCOUNT, {"name": "shared", "namespace": "team-a"}),
        (NAMESPACE, {"name": "shared"}),
    ]
    assert [(m["kind"], m["metadata"].get("namespace", ""), m["metadata"]["name"]) for m in _documents(objects)] == [
        ("ConfigMap", "team-a", "shared"),
        ("ConfigMap", "team-b", "shared"),
        ("ServiceAccount", "team-a", "shared"),
        ("Namespace", "", "shared"),
    ]


def test_the_same_object_twice_is_refused():
    with pytest.raises(ValueError, match="There is already an object named 'ConfigMap-a-x' in case"):
        _documents([(CONFIG_MAP, {"name": "x", "namespace": "a"})] * 2)


def test_the_document_reads_as_cdk8s_wrote_it():
    """apiVersion, kind and metadata first, the rest with keys sorted at every level; an unset
    field (None) and an empty metadata field are left out."""
    chart = cdk8s.Chart(cdk8s.App(), "case")
    spec = {"template": {"spec": {"containers": [{"name": "c", "image": "i", "args": None}]}}, "replicas": 1}
    document = emit(
        chart, DEPLOYMENT, {"name": "x", "labels": {"b": "2", "a": "1"}, "annotations": {}}, spec=spec
    ).document
    assert list(document) == ["apiVersion", "kind", "metadata", "spec"]
    assert document["metadata"] == {"labels": {"a": "1", "b": "2"}, "name": "x"}
    assert list(document["metadata"]["labels"]) == ["a", "b"]
    assert list(document["spec"]) == ["replicas", "template"]
    assert document["spec"]["template"]["spec"]["containers"] == [{"image": "i", "name": "c"}]


def test_a_cdk8s_app_holding_the_chart_synthesizes_the_same_objects():
    """cdk8s asks the chart for its objects through jsii (`Chart.toJson`), which reaches our
    `to_json`: an app that composes this chart with its own gets every object."""
    app = cdk8s.App()
    CertctlChart(app, "dev", environment_values("dev"))
    assert list(yaml.safe_load_all(app.synth_yaml())) == rendered_env("dev").manifests
