"""Does the API server refuse a change? Apply one version of an object, then another, on the
test API server, and report what it said.

This is how a claimed refusal (an immutable field: a Deployment's or StatefulSet's selector, a
StatefulSet's `volumeClaimTemplates` or `serviceName`, a Job's template, a smaller claim, and
every other claim of `main.py diff`) is confirmed against the real thing instead of a list kept
by hand:

    outcome = refusal(kube, old_statefulset, new_statefulset)
    assert outcome.refused, "the API server took the change"
    assert "spec: Forbidden: updates to statefulset spec" in outcome.message

Both versions go through `kubectl apply --server-side` with one field manager, as two commits'
`dist/` would, into a fresh namespace without Pod Security labels, so a refusal can only come
from the change itself. A first version that the API server refuses on its own fails the test.
A claim is bound in between, as a provisioner would bind it in a cluster: the API server judges a
resize against the bound volume's capacity (an unbound claim's spec is fixed outright)."""

from __future__ import annotations

import copy
import itertools
import json
from dataclasses import dataclass
from typing import Any

from .kube_apply import SERVER_SIDE
from .kube_cluster import Cluster

_namespaces = itertools.count()


@dataclass(frozen=True)
class Outcome:
    refused: bool
    message: str  # kubectl's report of the API server's answer when refused, else ""


def _unplaced(manifest: dict[str, Any]) -> str:
    """`manifest` without its namespace: `kubectl -n` places a namespaced object, and a
    cluster-scoped one (a Namespace, say) has none."""
    moved = copy.deepcopy(manifest)
    moved["metadata"].pop("namespace", None)
    return json.dumps(moved)


def _bind(cluster: Cluster, namespace: str, claim: dict[str, Any]) -> None:
    """Mark the claim Bound with the capacity it asked for, as a provisioner does."""
    storage = claim["spec"]["resources"]["requests"]["storage"]
    status = {"status": {"phase": "Bound", "capacity": {"storage": storage}}}
    cluster.kubectl(
        "patch", "persistentvolumeclaim", claim["metadata"]["name"], "-n", namespace,
        "--subresource=status", "--type=merge", "-p", json.dumps(status),
    )  # fmt: skip


def refusal(cluster: Cluster, before: dict[str, Any], after: dict[str, Any]) -> Outcome:
    """Apply `before`, then `after` (one object, same kind and name); whether the API server
    refused `after`, and with which message."""
    assert (before["kind"], before["metadata"]["name"]) == (after["kind"], after["metadata"]["name"]), (
        "before and after must be one object"
    )
    namespace = f"refusal-{next(_namespaces)}"
    cluster.kubectl("create", "namespace", namespace)
    first = cluster.kubectl(*SERVER_SIDE, "-n", namespace, "-f", "-", stdin=_unplaced(before), check=False)
    assert first.returncode == 0, f"the first version was refused on its own: {first.stderr.strip()}"
    if before["kind"] == "PersistentVolumeClaim":
        _bind(cluster, namespace, before)
    second = cluster.kubectl(*SERVER_SIDE, "-n", namespace, "-f", "-", stdin=_unplaced(after), check=False)
    return Outcome(refused=second.returncode != 0, message=second.stderr.strip() if second.returncode else "")
