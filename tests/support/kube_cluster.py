"""A real Kubernetes API server for the tests: etcd and kube-apiserver on 127.0.0.1, no nodes
and no controllers.

It is what `kubectl apply` talks to in a cluster: authentication (a static token for an admin in
`system:masters`), RBAC authorization with the bootstrap roles, the default admission plugins
(PodSecurity, ServiceAccount, LimitRanger, ...), CRD schema and CEL validation, immutable fields
and server-side apply's field ownership. What controllers would do next (create a Deployment's
pods, finish a Namespace's deletion) never happens, so every test works in namespaces of its own.

`kube` is the session fixture: one server per pytest worker. Programs come from
`kube_tools.binaries()`; a missing one fails the test with the one line saying what to install.
Debian's etcd 3.4.23 serves this API server; the API server only turns off the watch progress
requests that etcd gains in 3.4.31 (k8s.io/apiserver pkg/storage/feature/feature_support_checker.go:36-38),
which its watch cache would use for consistent reads."""

from __future__ import annotations

import json
import os
import secrets
import shutil
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec

from .certctl_mock import reserve_port
from .kube_tools import Binaries, Missing, binaries

HOST = "127.0.0.1"
ADMIN = "certctl-test-admin"
START_TIMEOUT = 120  # seconds for etcd and the API server to come up on a busy two-CPU machine
KUBECTL_TIMEOUT = 120


class Cluster:
    """etcd plus kube-apiserver in a scratch folder; `kubectl(...)` runs kubectl as the admin."""

    def __init__(self, programs: Binaries) -> None:
        self.programs = programs
        # etcd fsyncs every write; on tmpfs that costs nothing (Debian's etcd 3.4 has no switch for it)
        shm = Path("/dev/shm")
        self.base = Path(tempfile.mkdtemp(prefix="certctl-kube-", dir=shm if shm.is_dir() else None))
        self.processes: list[subprocess.Popen[bytes]] = []
        self.port = 0
        self.url = ""
        self.kubeconfig = self.base / "kubeconfig"

    # --- starting and stopping --------------------------------------------------------------
    def start(self) -> Cluster:
        etcd_url, etcd_port = self._start_etcd()
        self._wait(lambda: _listening(etcd_port), "etcd")
        self._start_apiserver(etcd_url)
        return self

    def _spawn(self, name: str, argv: list[str]) -> None:
        with open(self.base / f"{name}.log", "wb") as log:  # the process keeps its own descriptor
            self.processes.append(subprocess.Popen(argv, stdout=log, stderr=subprocess.STDOUT, cwd=self.base))

    def _start_etcd(self) -> tuple[str, int]:
        port = reserve_port()
        client, peer = f"http://{HOST}:{port}", f"http://{HOST}:{reserve_port()}"
        self._spawn("etcd", [
            str(self.programs.etcd), "--name=test", f"--data-dir={self.base / 'etcd'}",
            f"--listen-client-urls={client}", f"--advertise-client-urls={client}",
            f"--listen-peer-urls={peer}", f"--initial-advertise-peer-urls={peer}",
            f"--initial-cluster=test={peer}", "--logger=zap", "--log-level=warn",
        ])  # fmt: skip
        return client, port

    def _start_apiserver(self, etcd_url: str) -> None:
        token = secrets.token_urlsafe(32)
        tokens = self.base / "tokens.csv"
        tokens.write_text(f'{token},{ADMIN},{ADMIN},"system:masters"\n')
        signing_key, verifying_key = self.base / "service-account.key", self.base / "service-account.pub"
        key = ec.generate_private_key(ec.SECP256R1())
        signing_key.write_bytes(
            key.private_bytes(
                serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
            )
        )
        verifying_key.write_bytes(
            key.public_key().public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)
        )
        self.port = reserve_port()
        self.url = f"https://{HOST}:{self.port}"
        pki = self.base / "pki"
        # No --tls-cert-file: the API server makes a CA and a serving certificate for 127.0.0.1
        # into --cert-dir, and kubectl verifies it against that CA (apiserver.crt holds both).
        self._spawn("kube-apiserver", [
            str(self.programs.kube_apiserver),
            f"--etcd-servers={etcd_url}",
            f"--bind-address={HOST}", f"--advertise-address={HOST}", f"--secure-port={self.port}",
            f"--cert-dir={pki}",
            f"--token-auth-file={tokens}",
            "--authorization-mode=Node,RBAC",
            f"--service-account-key-file={verifying_key}",
            f"--service-account-signing-key-file={signing_key}",
            "--service-account-issuer=https://kubernetes.default.svc.cluster.local",
            "--service-cluster-ip-range=10.96.0.0/16",
            "--endpoint-reconciler-type=none",  # the `kubernetes` Service's endpoints may not be loopback
            "--profiling=false",
        ])  # fmt: skip
        ca = pki / "apiserver.crt"
        self._wait(lambda: ca.exists(), "the API server's serving certificate")
        self.kubeconfig.write_text(
            yaml.safe_dump({
                "apiVersion": "v1",
                "kind": "Config",
                "clusters": [{"name": "test", "cluster": {"server": self.url, "certificate-authority": str(ca)}}],
                "users": [{"name": ADMIN, "user": {"token": token}}],
                "contexts": [{"name": "test", "context": {"cluster": "test", "user": ADMIN}}],
                "current-context": "test",
            })
        )  # fmt: skip
        # /readyz waits for the post-start hooks too, RBAC's bootstrap roles and bindings among them
        self._wait(
            lambda: self.kubectl("get", "--raw=/readyz", check=False).returncode == 0, "the API server's /readyz"
        )

    def _wait(self, ready: Any, what: str) -> None:
        deadline = time.monotonic() + START_TIMEOUT
        while not ready():
            for process in self.processes:
                if process.poll() is not None:
                    raise AssertionError(f"{process.args[0]} exited with {process.returncode}:\n{self.logs()}")
            if time.monotonic() > deadline:
                raise AssertionError(f"{what} not there after {START_TIMEOUT}s:\n{self.logs()}")
            time.sleep(0.2)

    def logs(self, tail: int = 40) -> str:
        return "\n".join(
            f"--- {path.name}\n" + "\n".join(path.read_text(errors="replace").splitlines()[-tail:])
            for path in sorted(self.base.glob("*.log"))
        )

    def stop(self) -> None:
        for process in reversed(self.processes):
            process.terminate()
            try:
                process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
        shutil.rmtree(self.base, ignore_errors=True)

    # --- using it -------------------------------------------------------------------------
    def kubectl(
        self, *args: str | Path, stdin: str | None = None, check: bool = True
    ) -> subprocess.CompletedProcess[str]:
        """Run kubectl as the admin; with `check`, fail the test on a non-zero exit."""
        env = {
            "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
            "HOME": str(self.base),
            "KUBECONFIG": str(self.kubeconfig),
        }
        result = subprocess.run(
            [str(self.programs.kubectl), *map(str, args)],
            input=stdin, env=env, capture_output=True, text=True, timeout=KUBECTL_TIMEOUT,
        )  # fmt: skip
        if check:
            assert result.returncode == 0, f"kubectl {' '.join(map(str, args))}: {result.stderr.strip()}"
        return result

    def get_json(self, *args: str | Path) -> dict[str, Any]:
        """`kubectl get ... -o json`, parsed."""
        return json.loads(self.kubectl("get", *args, "-o", "json").stdout)


def _listening(port: int) -> bool:
    with socket.socket() as sock:
        return sock.connect_ex((HOST, port)) == 0


def start_cluster() -> Cluster:
    try:
        programs = binaries()
    except Missing as missing:
        pytest.fail(str(missing), pytrace=False)
    cluster = Cluster(programs)
    try:
        return cluster.start()
    except BaseException:
        cluster.stop()  # etcd may be up while the API server failed
        raise


@pytest.fixture(scope="session")
def kube() -> Iterator[Cluster]:
    """The test session's API server (one per pytest worker)."""
    cluster = start_cluster()
    try:
        yield cluster
    finally:
        cluster.stop()
