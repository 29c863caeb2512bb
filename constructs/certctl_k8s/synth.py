"""Synthesize environments into `<outdir>/<env>/`, one file per object plus a kustomization.

Everything is written into a temporary folder first and swapped in only when every environment
succeeded, so a failed synth leaves the output exactly as it was, and a successful one leaves no
file behind for an object or environment that no longer exists."""

from __future__ import annotations

import filecmp
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import cdk8s

from .chart import CertctlChart
from .naming import name_problems
from .values import Values, ValuesError
from .yaml_text import to_yaml

# Files are named in apply order (what others need first), so a reader or `kubectl apply -f FILE`
# of single files sees dependencies first; `kubectl apply -k` orders them itself.
_KIND_ORDER = [
    "Namespace",
    "NetworkPolicy",
    "ServiceAccount",
    "Secret",
    "ConfigMap",
    "Role",
    "RoleBinding",
    "Certificate",
    "Service",
    "PersistentVolumeClaim",
    "StatefulSet",
    "Deployment",
    "DaemonSet",
    "PodDisruptionBudget",
    "Ingress",
    "ServiceMonitor",
    "Job",
    "CronJob",
    "PrometheusRule",
    # Appended, so adding them renamed no file: the object store before the Cluster that archives
    # to it, and the Cluster before its backups.
    "ObjectStore",
    "Cluster",
    "ScheduledBackup",
    "PodMonitor",
    "ExternalSecret",
    "Backup",  # the base backup after a recovery, once the Cluster is up
    "HTTPRoute",
    "TLSRoute",
    "BackendTLSPolicy",
    "Route",
]
KUSTOMIZATION = "kustomization.yaml"


@dataclass(frozen=True)
class Environment:
    name: str
    values: Values
    source: Path | None = None  # the values file it came from


@dataclass(frozen=True)
class Rendered:
    name: str
    files: dict[str, str]  # file name -> YAML text
    manifests: list[dict[str, Any]]

    def pod_templates(self) -> list[tuple[dict[str, Any], dict[str, Any]]]:
        """(workload, its pod template) for every object that runs pods, a CronJob's through its
        job template."""
        found = []
        for manifest in self.manifests:
            spec = manifest.get("spec", {})
            template = spec.get("jobTemplate", {}).get("spec", spec).get("template")
            if template:
                found.append((manifest, template))
        return found


def render(environment: Environment) -> Rendered:
    """Build one environment; raise ValuesError when a name it produces is one Kubernetes refuses."""
    app = cdk8s.App()
    chart = CertctlChart(app, environment.name, environment.values)
    manifests = list(chart.to_json())
    problems = name_problems(environment.values, manifests)
    if problems:
        source = environment.source or Path(f"{environment.name}.yaml")
        raise ValuesError([f"{source}: {key}: {message}" for key, message in problems])
    home = environment.values.namespace
    files = {file_name(manifest, home): to_yaml(manifest) for manifest in manifests}
    ordered = dict(sorted(files.items()))
    ordered[KUSTOMIZATION] = _kustomization(list(ordered))
    return Rendered(environment.name, ordered, manifests)


def file_name(manifest: dict[str, Any], home_namespace: str) -> str:
    """`<rank>-<kind>-<name>.yaml`, plus `-<namespace>` for an object outside the environment's
    namespace, so two objects never share a file."""
    kind = manifest["kind"]
    rank = _KIND_ORDER.index(kind) if kind in _KIND_ORDER else len(_KIND_ORDER)
    meta = manifest["metadata"]
    namespace = meta.get("namespace")
    suffix = f"-{namespace}" if namespace and namespace != home_namespace else ""
    return f"{rank:02d}-{kind.lower()}-{meta['name']}{suffix}.yaml"


def _kustomization(files: list[str]) -> str:
    lines = ["apiVersion: kustomize.config.k8s.io/v1beta1", "kind: Kustomization", "resources:"]
    return "\n".join(lines + [f"  - {name}" for name in files]) + "\n"


def write(rendered: list[Rendered], outdir: Path, prune_others: bool) -> None:
    """Swap the rendered environments into `outdir`; with `prune_others`, drop the folders of
    environments not rendered (they no longer exist)."""
    outdir.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=".synth-", dir=outdir))
    try:
        for env in rendered:
            _write_files(staging / env.name, env.files)
        names = {env.name for env in rendered}
        if prune_others:
            for old in outdir.iterdir():
                if old.is_dir() and old != staging and not old.name.startswith(".") and old.name not in names:
                    shutil.rmtree(old)
        for env in rendered:
            target = outdir / env.name
            retired = staging / f".old-{env.name}"
            if target.exists():
                target.rename(retired)
            (staging / env.name).rename(target)
    finally:
        shutil.rmtree(staging, ignore_errors=True)


def _write_files(folder: Path, files: dict[str, str]) -> None:
    folder.mkdir(parents=True)
    for name, text in files.items():
        (folder / name).write_text(text)


def differences(rendered: list[Rendered], outdir: Path, prune_others: bool) -> list[str]:
    """Paths under `outdir` that differ from what `write` would leave there."""
    with tempfile.TemporaryDirectory() as scratch:
        fresh = Path(scratch)
        for env in rendered:
            _write_files(fresh / env.name, env.files)
        found: list[str] = []
        names = [env.name for env in rendered]
        if prune_others and outdir.exists():
            names += [p.name for p in outdir.iterdir() if p.is_dir() and not p.name.startswith(".")]
        for name in sorted(set(names)):
            found += _compare(fresh / name, outdir / name, outdir)
        return found


def _compare(fresh: Path, current: Path, root: Path) -> list[str]:
    fresh_files = {p.name for p in fresh.iterdir()} if fresh.exists() else set()
    current_files = {p.name for p in current.iterdir()} if current.exists() else set()
    changed = []
    for name in sorted(fresh_files | current_files):
        a, b = fresh / name, current / name
        if not (a.exists() and b.exists() and filecmp.cmp(a, b, shallow=False)):
            changed.append(str(root / current.name / name))
    return changed
