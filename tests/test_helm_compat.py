"""The fields Kubernetes will not change on an existing object must equal what the Helm chart
rendered for the same release, or `kubectl apply` over a Helm release fails (selectors) or
orphans the database volume (StatefulSet serviceName and claim template)."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import HELM_CHART, find, render_values
from tests.support import fast_yaml

HELM_MINIMAL = HELM_CHART / "rendered-minimal.yaml"
HELM_MAX = HELM_CHART / "rendered-max.yaml"


def _helm(path: Path) -> dict[tuple[str, str], dict]:
    return {(doc["kind"], doc["metadata"]["name"]): doc for doc in fast_yaml.load_all(path.read_text()) if doc}


@pytest.fixture(scope="module")
def ours(tmp_path_factory):
    # The values the reference rendering used (release and namespace `certctl`).
    return render_values(tmp_path_factory.mktemp("helm"), {"release": "certctl", "namespace": "certctl"})


@pytest.mark.parametrize(
    "kind,name", [("Deployment", "certctl-server"), ("StatefulSet", "certctl-postgres"), ("DaemonSet", "certctl-agent")]
)
def test_workload_selectors_equal_helm(ours, kind, name):
    helm = _helm(HELM_MINIMAL)[(kind, name)]
    mine = find(ours, kind, name)
    assert mine["spec"]["selector"] == helm["spec"]["selector"]
    # The template must carry the selector labels or the API server rejects the object.
    labels = mine["spec"]["template"]["metadata"]["labels"]
    assert labels.items() >= mine["spec"]["selector"]["matchLabels"].items()


def test_statefulset_identity_equals_helm(ours):
    helm = _helm(HELM_MINIMAL)[("StatefulSet", "certctl-postgres")]["spec"]
    mine = find(ours, "StatefulSet", "certctl-postgres")["spec"]
    assert mine["serviceName"] == helm["serviceName"] == "certctl-postgres"
    assert mine.get("podManagementPolicy") == helm.get("podManagementPolicy")
    assert mine["volumeClaimTemplates"] == helm["volumeClaimTemplates"]
    assert mine["volumeClaimTemplates"][0]["metadata"] == {"name": "postgres-data"}


def test_claim_template_with_storage_class_equals_helm(tmp_path):
    helm = _helm(HELM_MAX)[("StatefulSet", "certctl-postgres")]["spec"]
    mine = find(
        render_values(tmp_path, {"postgresql": {"storage": {"storageClass": "fast-ssd"}}}),
        "StatefulSet",
        "certctl-postgres",
    )["spec"]
    assert mine["volumeClaimTemplates"] == helm["volumeClaimTemplates"]


def test_postgres_data_lands_where_helm_put_it(ours):
    """Helm mounted the claim with subPath `postgres` at PGDATA's default; we mount the claim root
    and point PGDATA at the same `postgres` subdirectory, so the existing cluster is found."""
    helm = _helm(HELM_MINIMAL)[("StatefulSet", "certctl-postgres")]["spec"]["template"]["spec"]["containers"][0]
    helm_mount = next(m for m in helm["volumeMounts"] if m["name"] == "postgres-data")
    assert (helm_mount["mountPath"], helm_mount["subPath"]) == ("/var/lib/postgresql/data", "postgres")
    container = find(ours, "StatefulSet", "certctl-postgres")["spec"]["template"]["spec"]["containers"][0]
    mount = next(m for m in container["volumeMounts"] if m["name"] == "postgres-data")
    pgdata = next(e["value"] for e in container["env"] if e["name"] == "PGDATA")
    assert pgdata == f"{mount['mountPath']}/{helm_mount['subPath']}"


@pytest.mark.parametrize("kind,name", [("Service", "certctl-server"), ("Service", "certctl-postgres")])
def test_services_equal_helm(ours, kind, name):
    helm = _helm(HELM_MINIMAL)[(kind, name)]["spec"]
    mine = find(ours, kind, name)["spec"]
    assert mine["selector"] == helm["selector"]
    assert mine.get("clusterIP") == helm.get("clusterIP")
    assert [(p["port"], p["name"]) for p in mine["ports"]] == [(p["port"], p["name"]) for p in helm["ports"]]


@pytest.mark.parametrize(
    "release,override,expected",
    [
        ("certctl", {}, "certctl"),
        ("prod", {}, "prod-certctl"),
        ("my-certctl", {}, "my-certctl"),
        ("prod", {"nameOverride": "pki"}, "prod-pki"),
        ("prod", {"fullnameOverride": "x" * 40 + "-"}, "x" * 40),
    ],
)
def test_fullname_follows_helm(tmp_path, release, override, expected):
    rendered = render_values(tmp_path, {"release": release, **override})
    assert find(rendered, "Deployment")["metadata"]["name"] == f"{expected}-server"


def test_fullname_is_cut_to_63_characters_without_a_trailing_dash():
    from certctl_k8s.naming import Naming
    from certctl_k8s.values import Values

    assert Naming(Values(fullname_override="x" * 62 + "-y")).fullname == "x" * 62
    assert Naming(Values(release="a" * 60)).fullname == "a" * 60 + "-ce"
