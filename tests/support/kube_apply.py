"""What the apply tests do with a `dist/`-like folder on the test API server (kube_cluster.py):
install the CRDs its objects need, apply it into a namespace of the test's choosing, submit its
pod templates as Pods, and read back what the API server holds and what a ServiceAccount may do.

A folder goes in through a kustomize overlay that only sets `namespace:` (kustomize renames the
Namespace object too), so one environment can be applied several times in one cluster, each
copy in its own namespace, with the objects otherwise exactly as committed."""

from __future__ import annotations

import copy
import functools
import json
import os
import re
import subprocess
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import yaml

from certctl_k8s.synth import Rendered

from .kube_cluster import Cluster

ROOT = Path(__file__).resolve().parents[2]
CRDS = ROOT / "imports" / "crds"
SERVER_SIDE = ("apply", "--server-side", "--field-manager=certctl-k8s-test")


@functools.cache
def _crd_files() -> dict[tuple[str, str], Path]:
    """(group, kind) -> the CRD file in imports/crds/ that defines it."""
    found = {}
    for path in sorted(CRDS.glob("*.yaml")):
        for crd in yaml.safe_load_all(path.read_text()):
            if crd and crd.get("kind") == "CustomResourceDefinition":
                found[(crd["spec"]["group"], crd["spec"]["names"]["kind"])] = path
    return found


def install_crds(cluster: Cluster, manifests: Iterable[dict[str, Any]]) -> None:
    """Install (server-side apply, then wait until established) the CRD of every custom kind among
    `manifests`. A kind with no CRD in imports/crds/ fails the test."""
    needed = set()
    for manifest in manifests:
        group = manifest["apiVersion"].rpartition("/")[0]
        path = _crd_files().get((group, manifest["kind"]))
        if path is not None:
            needed.add(path)
        else:  # a built-in group is core (no dot) or one of Kubernetes' own *.k8s.io; the Gateway API's is a CRD
            assert "." not in group or group.endswith(".k8s.io"), (
                f"no CRD in {CRDS} for {manifest['apiVersion']} {manifest['kind']}"
            )
    for path in sorted(needed):
        cluster.kubectl(*SERVER_SIDE, "-f", path)
        name = yaml.safe_load(path.read_text())["metadata"]["name"]
        cluster.kubectl("wait", "--for=condition=Established", "--timeout=60s", f"customresourcedefinition/{name}")


def overlay(folder: Path, namespace: str, into: Path) -> Path:
    """A kustomization in `into` that takes `folder` (a kustomization itself, or plain manifest
    files, which are copied in) into `namespace`."""
    into.mkdir(parents=True, exist_ok=True)
    if (folder / "kustomization.yaml").exists():
        resources = [os.path.relpath(folder, into)]
    else:
        resources = []
        for path in sorted(folder.glob("*.yaml")):
            (into / path.name).write_text(path.read_text())
            resources.append(path.name)
    (into / "kustomization.yaml").write_text(yaml.safe_dump({"namespace": namespace, "resources": resources}))
    return into


def apply(cluster: Cluster, kustomization: Path) -> subprocess.CompletedProcess[str]:
    """`kubectl apply --server-side -k`, as the README has it; the caller checks the result."""
    return cluster.kubectl(*SERVER_SIDE, "-k", kustomization, check=False)


def live_objects(cluster: Cluster, kustomization: Path) -> dict[str, dict[str, Any]]:
    """`Kind/name` -> every object of the kustomization as the server holds it (managedFields
    included), less its resourceVersion: kube-apiserver 1.34 rewrites an unbound claim once, on
    its first update, without changing one field (a second identical apply bumps the version)."""
    listed = cluster.kubectl("get", "-k", kustomization, "-o", "json", "--show-managed-fields").stdout
    objects = {}
    for item in json.loads(listed)["items"]:
        item["metadata"].pop("resourceVersion")
        objects[f"{item['kind']}/{item['metadata']['name']}"] = item
    return objects


def as_pods(rendered: Rendered, namespace: str) -> list[dict[str, Any]]:
    """Each workload's pod template as the Pod its controller would create in `namespace`. A
    StatefulSet's pod also gets the volumes its claim templates give it (claim `<template>-<set>-0`)."""
    pods = []
    for manifest, template in rendered.pod_templates():
        pod_spec = copy.deepcopy(template["spec"])
        for claim in manifest["spec"].get("volumeClaimTemplates", []):
            claim_name = f"{claim['metadata']['name']}-{manifest['metadata']['name']}-0"
            pod_spec.setdefault("volumes", []).append(
                {"name": claim["metadata"]["name"], "persistentVolumeClaim": {"claimName": claim_name}}
            )
        name = f"{manifest['kind'].lower()}-{manifest['metadata']['name']}"[:63].rstrip("-")
        metadata = {"name": name, "namespace": namespace, "labels": template.get("metadata", {}).get("labels", {})}
        pods.append({"apiVersion": "v1", "kind": "Pod", "metadata": metadata, "spec": pod_spec})
    return pods


def dry_run_pods(cluster: Cluster, pods: list[dict[str, Any]]) -> tuple[set[str], str]:
    """Submit the Pods with a server-side dry run (admission runs, nothing is stored): the names
    the API server admitted, and what it said about the others."""
    listing = {"apiVersion": "v1", "kind": "List", "items": pods}
    result = cluster.kubectl(
        "create", "--dry-run=server", "-o", "name", "-f", "-", stdin=json.dumps(listing), check=False
    )
    admitted = {line.removeprefix("pod/") for line in result.stdout.split()}
    return admitted, result.stderr.strip()


def permissions(cluster: Cluster, namespace: str, service_account: str) -> set[tuple[str, str]]:
    """(resource or non-resource URL, verb) for everything `kubectl auth can-i --list` says the
    ServiceAccount may do in its namespace; a rule limited to some objects reads `resource[name,...]`."""
    subject = f"system:serviceaccount:{namespace}:{service_account}"
    listed = cluster.kubectl("auth", "can-i", "--list", f"--as={subject}", "-n", namespace).stdout
    header, *rows = listed.splitlines()
    # columns: Resources, Non-Resource URLs, Resource Names, Verbs; the last three in [brackets]
    urls_column = header.index("Non-Resource URLs")
    found = set()
    for row in rows:
        resource = row[:urls_column].strip()
        urls, names, verbs = re.findall(r"\[([^\]]*)\]", row[urls_column:])
        subjects = [f"{resource}[{names}]" if names else resource] if resource else urls.split()
        found |= {(subject, verb) for subject in subjects for verb in verbs.split()}
    return found
