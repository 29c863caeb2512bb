"""`main.py diff`'s refusal claims confirmed by a real kube-apiserver (v1.34, on etcd): for each
pair of synthesized versions, the older one is applied (server-side, as the README applies), then
every changed object of the newer one. Each object `diff` says the API server refuses is refused,
with the field and reason it names; every other changed object is accepted. Claims of the
CloudNativePG operator's webhook need the operator and are left to test_diff.py.

The binaries come from KUBE_APISERVER_BIN, KUBECTL_BIN and ETCD_BIN (else the PATH); a missing
one fails the module with what to install."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa

from certctl_k8s.review.compare import EnvironmentDiff, compare
from certctl_k8s.review.immutable import API_SERVER
from certctl_k8s.review.objects import key_of
from conftest import ROOT, merged, render_values

pytestmark = pytest.mark.realserver

BASE: dict[str, Any] = {"backup": {"enabled": True, "sink": "pvc", "pvc": {"create": True}}}
TOKEN = "diff-admin-token"
READY_WITHIN = 90  # seconds for etcd and the API server to answer
Kubectl = Callable[..., subprocess.CompletedProcess[str]]


def _binary(variable: str, name: str, install: str) -> str:
    found = os.environ.get(variable) or shutil.which(name)
    if not found or not Path(found).is_file():
        pytest.fail(f"{name} not found: {install}, or set {variable}", pytrace=False)
    return found


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _wait(ready: Callable[[], bool], what: str, logs: Path) -> None:
    deadline = time.monotonic() + READY_WITHIN
    while time.monotonic() < deadline:
        if ready():
            return
        time.sleep(0.5)
    pytest.fail(f"{what} not ready within {READY_WITHIN}s; its log: {logs.read_text()[-2000:]}", pytrace=False)


def _service_account_keys(folder: Path) -> tuple[Path, Path]:
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    private, public = folder / "sa.key", folder / "sa.pub"
    private.write_bytes(
        key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
    )
    public.write_bytes(
        key.public_key().public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)
    )
    return private, public


@pytest.fixture(scope="module")
def kubectl(tmp_path_factory) -> Iterator[Kubectl]:
    """An API server with etcd on loopback, an admin token, the CRDs of imports/crds installed;
    yields `kubectl ARGS` against it (with `input` for stdin)."""
    apiserver = _binary("KUBE_APISERVER_BIN", "kube-apiserver", "build kube-apiserver v1.34 (tools/)")
    kubectl_bin = _binary("KUBECTL_BIN", "kubectl", "build kubectl v1.34 (tools/)")
    etcd = _binary("ETCD_BIN", "etcd", "apt-get install etcd-server")
    folder = tmp_path_factory.mktemp("apiserver")
    etcd_port, peer_port, api_port = _free_port(), _free_port(), _free_port()
    private, public = _service_account_keys(folder)
    (folder / "tokens.csv").write_text(f"{TOKEN},admin,admin,system:masters\n")
    etcd_log, api_log = folder / "etcd.log", folder / "apiserver.log"
    started = []
    try:
        with etcd_log.open("w") as log:
            started.append(
                subprocess.Popen(
                    [
                        etcd,
                        f"--data-dir={folder / 'etcd'}",
                        f"--listen-client-urls=http://127.0.0.1:{etcd_port}",
                        f"--advertise-client-urls=http://127.0.0.1:{etcd_port}",
                        f"--listen-peer-urls=http://127.0.0.1:{peer_port}",
                        f"--initial-advertise-peer-urls=http://127.0.0.1:{peer_port}",
                        f"--initial-cluster=default=http://127.0.0.1:{peer_port}",
                    ],
                    stdout=log,
                    stderr=subprocess.STDOUT,
                )
            )
        with api_log.open("w") as log:
            started.append(
                subprocess.Popen(
                    [
                        apiserver,
                        f"--etcd-servers=http://127.0.0.1:{etcd_port}",
                        "--bind-address=127.0.0.1",
                        "--advertise-address=127.0.0.1",
                        f"--secure-port={api_port}",
                        f"--cert-dir={folder / 'pki'}",
                        f"--token-auth-file={folder / 'tokens.csv'}",
                        "--authorization-mode=RBAC",
                        f"--service-account-key-file={public}",
                        f"--service-account-signing-key-file={private}",
                        "--service-account-issuer=https://kubernetes.default.svc",
                        "--service-cluster-ip-range=10.96.0.0/16",
                    ],
                    stdout=log,
                    stderr=subprocess.STDOUT,
                )
            )

        def run(*args: str, input: str | None = None) -> subprocess.CompletedProcess[str]:
            return subprocess.run(
                [
                    kubectl_bin,
                    f"--server=https://127.0.0.1:{api_port}",
                    f"--token={TOKEN}",
                    f"--certificate-authority={folder / 'pki' / 'apiserver.crt'}",
                    *args,
                ],
                input=input,
                capture_output=True,
                text=True,
                timeout=120,
                check=False,
            )

        _wait(lambda: (folder / "pki" / "apiserver.crt").exists(), "kube-apiserver's certificate", api_log)
        _wait(lambda: run("get", "--raw=/readyz").returncode == 0, "kube-apiserver", api_log)
        crds = run("apply", "--server-side", "-f", str(ROOT / "imports" / "crds"))
        assert crds.returncode == 0, crds.stderr
        established = run("wait", "--for=condition=Established", "crd", "--all", "--timeout=60s")
        assert established.returncode == 0, established.stderr
        yield run
    finally:
        for process in reversed(started):
            process.terminate()
            try:
                process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait(timeout=30)


def _bind_claims(kubectl: Kubectl, files: dict[str, str]) -> None:
    """What a provisioner does: mark each claim Bound with the capacity it asked for, so the
    API server judges a resize as it does in a cluster (an unbound claim's spec is fixed)."""
    for text in files.values():
        claim = yaml.safe_load(text)
        if claim.get("kind") != "PersistentVolumeClaim":
            continue
        status = {"phase": "Bound", "capacity": {"storage": claim["spec"]["resources"]["requests"]["storage"]}}
        meta = claim["metadata"]
        patch = kubectl(
            "-n", meta["namespace"], "patch", "pvc", meta["name"], "--subresource=status", "--type=merge",
            "-p", yaml.safe_dump({"status": status}),
        )  # fmt: skip
        assert patch.returncode == 0, patch.stderr


def confirm(kubectl: Kubectl, tmp_path: Path, old: dict[str, str], new: dict[str, str]) -> EnvironmentDiff:
    """Apply `old`, then each changed object of `new`: the API server refuses exactly the objects
    the diff's API-server claims name, each with the claimed field and reason."""
    diff = compare("case", old, new)
    folder = tmp_path / "old"
    folder.mkdir()
    for name, text in old.items():
        if name != "kustomization.yaml":
            (folder / name).write_text(text)
    applied = kubectl("apply", "--server-side", "-f", str(folder))
    assert applied.returncode == 0, applied.stderr
    _bind_claims(kubectl, old)
    claims = [r for r in diff.refused if r.by == API_SERVER]
    by_key = {key_of(yaml.safe_load(text)): text for name, text in new.items() if name != "kustomization.yaml"}
    for changed in diff.changed:
        result = kubectl("apply", "--server-side", "--force-conflicts", "-f", "-", input=by_key[changed.key])
        claimed = [r for r in claims if (r.kind, r.name) == (changed.key.kind, changed.key.name)]
        if not claimed:
            assert result.returncode == 0, f"{changed.key}: refused, yet the diff claims nothing: {result.stderr}"
            continue
        assert result.returncode != 0, f"{changed.key}: accepted, yet the diff claims {claimed}"
        for refusal in claimed:
            # A StatefulSet's refusal names the whole spec; the diff names the field that changed.
            field = "spec" if refusal.kind == "StatefulSet" else refusal.path
            assert f"{field}: " in result.stderr and refusal.reason in result.stderr, (refusal, result.stderr)
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
def test_the_api_server_refuses_what_diff_says_and_nothing_else(kubectl, tmp_path, namespace, before, after, claims):
    old = rendered(tmp_path, "before", merged(BASE, {"namespace": namespace}, before))
    new = rendered(tmp_path, "after", merged(BASE, {"namespace": namespace}, after))
    diff = confirm(kubectl, tmp_path, old, new)
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
def test_the_other_refusals_on_edited_objects(kubectl, tmp_path, case, claim):
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
    old, new = _pair(case, *manifests[case])
    diff = confirm(kubectl, tmp_path, old, new)
    assert [(r.kind, r.path) for r in diff.refused] == [claim]
