"""`main.py diff`'s refusal claims confirmed by a real kube-apiserver (v1.34, on etcd; the
session's `kube`, tests/support/kube_cluster.py): for each pair of synthesized versions, every
changed object goes through the refusal helper (tests/support/refusal.py), which applies its older
version, then its newer one, server-side, as the README applies. Each object `diff` says the API
server refuses is refused, with the field and reason it names; every other changed object is
accepted. Claims of the CloudNativePG operator's webhook need the operator and are left to
test_diff.py."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml

from certctl_k8s.review.compare import EnvironmentDiff, compare
from certctl_k8s.review.immutable import API_SERVER
from certctl_k8s.review.objects import ObjectKey, key_of
from conftest import merged, render_values
from tests.support.kube_apply import install_crds
from tests.support.kube_cluster import Cluster
from tests.support.refusal import refusal

pytestmark = pytest.mark.realserver

BASE: dict[str, Any] = {"backup": {"enabled": True, "sink": "pvc", "pvc": {"create": True}}}


def _objects(files: dict[str, str]) -> dict[ObjectKey, dict[str, Any]]:
    return {
        key_of(doc): doc
        for name, text in files.items()
        if name != "kustomization.yaml"
        for doc in yaml.safe_load_all(text)
        if doc
    }


def confirm(kube: Cluster, old: dict[str, str], new: dict[str, str]) -> EnvironmentDiff:
    """Each changed object, its old version then its new one: the API server refuses exactly the
    objects the diff's API-server claims name, each with the claimed field and reason."""
    diff = compare("case", old, new)
    before, after = _objects(old), _objects(new)
    install_crds(kube, [*before.values(), *after.values()])
    claims = [r for r in diff.refused if r.by == API_SERVER]
    for changed in diff.changed:
        outcome = refusal(kube, before[changed.key], after[changed.key])
        claimed = [r for r in claims if (r.kind, r.name) == (changed.key.kind, changed.key.name)]
        if not claimed:
            assert not outcome.refused, f"{changed.key}: refused, yet the diff claims nothing: {outcome.message}"
            continue
        assert outcome.refused, f"{changed.key}: accepted, yet the diff claims {claimed}"
        for claim in claimed:
            # A StatefulSet's refusal names the whole spec; the diff names the field that changed.
            field = "spec" if claim.kind == "StatefulSet" else claim.path
            assert f"{field}: " in outcome.message and claim.reason in outcome.message, (claim, outcome.message)
    return diff


def rendered(tmp_path: Path, name: str, data: dict[str, Any]) -> dict[str, str]:
    (tmp_path / name).mkdir()
    return render_values(tmp_path / name, data, name="case").files


@pytest.mark.parametrize(
    ("namespace", "before", "after", "claims"),
    [
        (
            "selectors",
            {"fullnameOverride": "certctl"},
            {"fullnameOverride": "certctl", "release": "renamed"},
            {("Deployment", "spec.selector"), ("DaemonSet", "spec.selector"), ("StatefulSet", "spec.selector")},
        ),
        ("volume", {}, {"postgresql": {"storage": {"size": "5Gi"}}}, {("StatefulSet", "spec.volumeClaimTemplates")}),
        (
            "claim",
            {},
            {"backup": {"pvc": {"size": "5Gi"}}},
            {("PersistentVolumeClaim", "spec.resources.requests.storage")},
        ),
        ("rollout", {"server": {"replicas": 2}}, {"server": {"replicas": 3, "image": {"tag": "v2.1.8"}}}, set()),
    ],
)
def test_the_api_server_refuses_what_diff_says_and_nothing_else(kube, tmp_path, namespace, before, after, claims):
    old = rendered(tmp_path, "before", merged(BASE, {"namespace": f"diff-{namespace}"}, before))
    new = rendered(tmp_path, "after", merged(BASE, {"namespace": f"diff-{namespace}"}, after))
    diff = confirm(kube, old, new)
    assert {(r.kind, r.path) for r in diff.refused} == claims
    assert diff.changed  # the pair changes something the API server judged


def _namespace(name: str) -> str:
    return yaml.safe_dump({"apiVersion": "v1", "kind": "Namespace", "metadata": {"name": name}})


def _pair(namespace: str, manifest: dict[str, Any], edit: Callable[[dict[str, Any]], None]) -> tuple[dict, dict]:
    """Two versions of one object (the second edited), each beside its Namespace."""
    manifest["metadata"]["namespace"] = namespace
    changed = yaml.safe_load(yaml.safe_dump(manifest))
    edit(changed)
    ns = {"00-namespace.yaml": _namespace(namespace)}
    return {**ns, "01-object.yaml": yaml.safe_dump(manifest)}, {**ns, "01-object.yaml": yaml.safe_dump(changed)}


def _service(tmp_path: Path) -> dict[str, Any]:
    return yaml.safe_load(rendered(tmp_path, "service", BASE)["08-service-certctl-server.yaml"])


@pytest.mark.parametrize(
    ("case", "claim"),
    [
        ("headless", ("Service", "spec.clusterIPs[0]")),
        ("role-binding", ("RoleBinding", "roleRef")),
        ("immutable-config", ("ConfigMap", "data")),
        ("crd-rule", ("ScheduledBackup", "spec.cluster")),
    ],
)
def test_the_other_refusals_on_edited_objects(kube, tmp_path, case, claim):
    """Refusals no values change produces today, on one object edited by hand."""
    manifests: dict[str, tuple[dict[str, Any], Callable[[dict[str, Any]], None]]] = {
        "headless": (_service(tmp_path), lambda m: m["spec"].update(clusterIP="None")),
        "role-binding": (
            {
                "apiVersion": "rbac.authorization.k8s.io/v1",
                "kind": "RoleBinding",
                "metadata": {"name": "reader"},
                "roleRef": {"apiGroup": "rbac.authorization.k8s.io", "kind": "ClusterRole", "name": "view"},
                "subjects": [{"kind": "ServiceAccount", "name": "default", "namespace": case}],
            },
            lambda m: m["roleRef"].update(name="edit"),
        ),
        "immutable-config": (
            {
                "apiVersion": "v1",
                "kind": "ConfigMap",
                "metadata": {"name": "frozen"},
                "immutable": True,
                "data": {"a": "1"},
            },
            lambda m: m["data"].update(a="2"),
        ),
        "crd-rule": (
            {
                "apiVersion": "postgresql.cnpg.io/v1",
                "kind": "ScheduledBackup",
                "metadata": {"name": "nightly"},
                "spec": {"schedule": "0 30 2 * * *", "cluster": {"name": "one"}},
            },
            lambda m: m["spec"]["cluster"].update(name="two"),
        ),
    }
    old, new = _pair(f"diff-{case}", *manifests[case])
    diff = confirm(kube, old, new)
    assert [(r.kind, r.path) for r in diff.refused] == [claim]
