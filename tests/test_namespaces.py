"""Shared and system namespaces: Kubernetes' own namespaces are refused, `default` only as a
namespace we do not create, and in a namespace shared with other workloads nothing of this
release selects, relabels or restricts them (the NetworkPolicy evaluator decides their flows)."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from certctl_k8s.cli import main
from certctl_k8s.naming import Naming
from conftest import load_data, render_values
from tests.support import fast_yaml
from tests.support.netpol import Address, Pod, allows

POD_SECURITY = "pod-security.kubernetes.io/"
OUTSIDE = Address("203.0.113.7")  # an address outside the cluster (TEST-NET-3)
KUBE_DNS = Pod("kube-system", {"k8s-app": "kube-dns"})


def synth(tmp_path: Path, data: dict, capsys) -> tuple[int, list[str]]:
    """`main.py --values FILE --outdir OUT` for a values dict: the exit code and stderr's lines."""
    values = tmp_path / "shared.yaml"
    values.write_text(yaml.safe_dump(data))
    code = main(["--values", str(values), "--outdir", str(tmp_path / "out"), "--quiet"])
    return code, capsys.readouterr().err.splitlines()


@pytest.mark.parametrize("create", [True, False])
@pytest.mark.parametrize("namespace", ["kube-system", "kube-public", "kube-node-lease"])
def test_kubernetes_own_namespaces_are_refused(tmp_path, capsys, namespace, create):
    code, err = synth(tmp_path, {"namespace": namespace, "createNamespace": create}, capsys)
    assert code == 2
    assert err[0] == (
        f"{tmp_path / 'shared.yaml'}: namespace: {namespace!r} is Kubernetes' own namespace (cluster components "
        "run there); choose a namespace of certctl's own"
    )
    assert len(err) == 2 and err[1].startswith("error: 1 problem(s)")
    assert not (tmp_path / "out").exists()


def test_default_is_refused_unless_we_do_not_create_it(tmp_path, capsys):
    code, err = synth(tmp_path, {"namespace": "default"}, capsys)
    assert code == 2
    assert err[0] == (
        f"{tmp_path / 'shared.yaml'}: namespace: 'default' exists in every cluster and may hold other workloads, "
        "so it is not ours to label restricted; set createNamespace: false to install into it, or choose "
        "another namespace"
    )
    code, err = synth(tmp_path, {"namespace": "default", "createNamespace": False}, capsys)
    assert code == 0, err
    written = [fast_yaml.load(p.read_text()) for p in (tmp_path / "out" / "shared").glob("*.yaml")]
    assert {m["metadata"].get("namespace") for m in written if m.get("kind") != "Kustomization"} == {"default"}
    assert "Namespace" not in {m["kind"] for m in written}


def test_pod_security_labels_only_on_a_namespace_we_create(env, tmp_path):
    labelled = [
        m["kind"] for m in env.manifests if any(k.startswith(POD_SECURITY) for k in m["metadata"].get("labels", {}))
    ]
    assert labelled == ["Namespace"]
    shared = render_values(tmp_path, {"namespace": "team-apps", "createNamespace": False})
    assert not [m for m in shared.manifests if any(k.startswith(POD_SECURITY) for k in m["metadata"].get("labels", {}))]
    assert "Namespace" not in {m["kind"] for m in shared.manifests}


def test_no_network_policy_selects_the_whole_namespace(env):
    selectors = [m["spec"]["podSelector"] for m in env.manifests if m["kind"] == "NetworkPolicy"]
    assert selectors and all(selector.get("matchLabels") for selector in selectors)


def test_other_workloads_in_the_namespace_are_untouched(env, tmp_path):
    """A pod of another application, and a pod of another certctl release, in the same namespace:
    no policy of this release applies to them, so they reach the outside, DNS and each other, and
    are reached from other namespaces; this release's own pods stay restricted."""
    [namespace] = {m["metadata"]["namespace"] for m in env.manifests if m["kind"] == "NetworkPolicy"}
    other_release = Naming(load_data(tmp_path, {"release": "other"})).selector("server")
    foreign = [Pod(namespace, {"app": "shop"}), Pod(namespace, other_release)]
    elsewhere = Pod("frontend", {"app": "web"})
    for pod in foreign:
        assert allows(env.manifests, pod, OUTSIDE, 443)
        assert allows(env.manifests, pod, KUBE_DNS, 53, "UDP")
        assert allows(env.manifests, elsewhere, pod, 8080)
        assert allows(env.manifests, pod, Pod(namespace, {"app": "cache"}), 6379)
    ours = Pod(namespace, Naming(load_data(tmp_path, {})).selector("server"))
    assert not allows(env.manifests, ours, foreign[0], 8080)
    assert not allows(env.manifests, foreign[0], ours, 9999)
