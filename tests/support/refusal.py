"""Does the API server refuse a change? Apply one version of an object, then another, on the
test API server, and report what it said.

This is how a claimed refusal (an immutable field: a Deployment's or StatefulSet's selector, a
StatefulSet's `volumeClaimTemplates` or `serviceName`, a Job's template, a smaller claim) is
confirmed against the real thing instead of a list kept by hand:

    outcome = refusal(kube, old_statefulset, new_statefulset)
    assert outcome.refused, "the API server took the change"
    assert "spec: Forbidden: updates to statefulset spec" in outcome.message

Both versions go through `kubectl apply --server-side` with one field manager, as two commits'
`dist/` would, into a fresh namespace without Pod Security labels, so a refusal can only come
from the change itself. A first version that the API server refuses on its own fails the test."""

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


def _in(namespace: str, manifest: dict[str, Any]) -> str:
    moved = copy.deepcopy(manifest)
    moved["metadata"]["namespace"] = namespace
    return json.dumps(moved)


def refusal(cluster: Cluster, before: dict[str, Any], after: dict[str, Any]) -> Outcome:
    """Apply `before`, then `after` (one object, same kind and name, namespaced); whether the API
    server refused `after`, and with which message."""
    assert (before["kind"], before["metadata"]["name"]) == (after["kind"], after["metadata"]["name"]), (
        "before and after must be one object"
    )
    namespace = f"refusal-{next(_namespaces)}"
    cluster.kubectl("create", "namespace", namespace)
    first = cluster.kubectl(*SERVER_SIDE, "-f", "-", stdin=_in(namespace, before), check=False)
    assert first.returncode == 0, f"the first version was refused on its own: {first.stderr.strip()}"
    second = cluster.kubectl(*SERVER_SIDE, "-f", "-", stdin=_in(namespace, after), check=False)
    return Outcome(refused=second.returncode != 0, message=second.stderr.strip() if second.returncode else "")
