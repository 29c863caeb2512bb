"""kube-apiserver, kubectl and etcd for the tests that apply `dist/` to a real API server.

kube-apiserver and kubectl are built from the `k8s.io/kubernetes` module that `tools/kube/go.mod`
requires, once per machine, into the git-ignored `.cache/kube/<version>/` (`make test` runs
`python -m tests.support.kube_tools` first; a test that finds them missing builds them too, under
a lock). etcd is Debian's `etcd-server` (tools/system-packages.sh installs it). The environment
variables KUBE_APISERVER_BIN, KUBECTL_BIN and ETCD_BIN point at other binaries instead."""

from __future__ import annotations

import fcntl
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from . import go as go_tool

ROOT = Path(__file__).resolve().parents[2]
MODULE = ROOT / "tools" / "kube"
COMMANDS = {"kube-apiserver": "KUBE_APISERVER_BIN", "kubectl": "KUBECTL_BIN"}


class Missing(Exception):
    """A program the tests need is absent and cannot be built here; the message is one line."""


def kubernetes_version() -> str:
    """The k8s.io/kubernetes release tools/kube/go.mod requires, e.g. `v1.34.4`."""
    found = re.search(r"^require k8s\.io/kubernetes (v\S+)$", (MODULE / "go.mod").read_text(), re.MULTILINE)
    assert found, f"{MODULE / 'go.mod'} requires no k8s.io/kubernetes"
    return found.group(1)


def cache_dir() -> Path:
    return ROOT / ".cache" / "kube" / kubernetes_version()


@dataclass(frozen=True)
class Binaries:
    kube_apiserver: Path
    kubectl: Path
    etcd: Path


def _override(variable: str) -> Path | None:
    value = os.environ.get(variable)
    if not value:
        return None
    path = Path(value)
    if not os.access(path, os.X_OK):
        raise Missing(f"{variable}={value} is not an executable file")
    return path


def _version_flags(version: str) -> str:
    """-X flags that give the binaries the release's version, as Kubernetes' own build does
    (a plain `go build` reports v0.0.0-master)."""
    major, minor = version.removeprefix("v").split(".")[:2]
    flags = []
    for package in ("k8s.io/component-base/version", "k8s.io/client-go/pkg/version"):
        flags += [
            f"-X {package}.{name}={value}"
            for name, value in (
                ("gitVersion", version),
                ("gitMajor", major),
                ("gitMinor", minor),
                ("gitTreeState", "clean"),
            )
        ]
    return " ".join(flags)


def build(target: Path) -> float:
    """`go build` kube-apiserver and kubectl into `target`; the seconds it took. The binaries
    appear only once both are built, so a build that was cut short is never used."""
    go = go_tool.program()
    if go is None:
        raise Missing(go_tool.missing(f"kube-apiserver and kubectl into {target}"))
    target.mkdir(parents=True, exist_ok=True)
    started = time.monotonic()
    with tempfile.TemporaryDirectory(dir=target) as scratch:
        version = kubernetes_version()
        command = [go, "build", "-trimpath", "-buildvcs=false", f"-ldflags={_version_flags(version)}"]
        command += ["-o", scratch + "/", *(f"k8s.io/kubernetes/cmd/{name}" for name in COMMANDS)]
        print(f"building kube-apiserver and kubectl {version} into {target} (once per machine)", file=sys.stderr)
        result = subprocess.run(command, cwd=MODULE, capture_output=True, text=True)
        if result.returncode != 0:
            tail = " | ".join(result.stderr.strip().splitlines()[-3:])
            raise Missing(f"go build of kube-apiserver and kubectl {version} failed: {tail}")
        for name in COMMANDS:
            os.replace(Path(scratch) / name, target / name)
    return time.monotonic() - started


def binaries() -> Binaries:
    """The three programs, building kube-apiserver and kubectl first when they are missing;
    raises Missing with a one-line reason."""
    overrides = {name: _override(variable) for name, variable in COMMANDS.items()}
    target = cache_dir()
    if any(path is None and not (target / name).exists() for name, path in overrides.items()):
        target.mkdir(parents=True, exist_ok=True)
        with open(target.parent / ".lock", "w") as lock:
            fcntl.flock(lock, fcntl.LOCK_EX)  # another pytest worker may be building them
            if not all((target / name).exists() for name in COMMANDS):
                print(f"built in {build(target):.0f}s", file=sys.stderr)
    etcd = _override("ETCD_BIN") or (Path(found) if (found := shutil.which("etcd")) else None)
    if etcd is None:
        raise Missing("etcd is not installed: install Debian's etcd-server (tools/system-packages.sh) or set ETCD_BIN")
    return Binaries(
        kube_apiserver=overrides["kube-apiserver"] or target / "kube-apiserver",
        kubectl=overrides["kubectl"] or target / "kubectl",
        etcd=etcd,
    )


if __name__ == "__main__":  # `make test` builds them before pytest starts
    try:
        found = binaries()
    except Missing as missing:
        sys.exit(str(missing))
    print(f"kube tools: {found.kube_apiserver}, {found.kubectl}, {found.etcd}", file=sys.stderr)
