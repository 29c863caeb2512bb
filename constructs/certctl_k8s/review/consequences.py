"""What applying a change sets in motion: the workloads whose pods are replaced (and why), and
what Argo CD's and Flux's pruning does with an object that left dist/ (components/gitops.py sets
the annotations that keep data-holding objects)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from .objects import Change, ObjectKey

ROLLING_KINDS = {("apps", "Deployment"), ("apps", "StatefulSet"), ("apps", "DaemonSet")}
TEMPLATE = "spec.template"
_IMAGE = re.compile(r"^spec\.(?:initContainers|containers)\[([^\]]+)\]\.image$")  # a container's image
DIGEST_PREFIX = "checksum/"  # the pod annotations that carry a ConfigMap's or Secret's digest
ARGO_CD, FLUX = "Argo CD", "Flux"


@dataclass(frozen=True)
class Roll:
    """A workload whose pods are replaced, and why: each image and digest that changed, then
    the other pod template fields."""

    kind: str
    name: str
    reasons: tuple[str, ...]
    automatic: bool = True  # False: an OnDelete StatefulSet, whose pods change only when deleted


def roll(key: ObjectKey, new: dict[str, Any], found: list[Change]) -> Roll | None:
    """The roll an update of a Deployment, StatefulSet or DaemonSet starts: any change to its pod
    template replaces every pod. Image and digest changes are named; the rest are counted."""
    if (key.group, key.kind) not in ROLLING_KINDS:
        return None
    template = [c for c in found if c.path.startswith(TEMPLATE + ".")]
    if not template:
        return None
    reasons, others = [], []
    for change in template:
        inner = change.path[len(TEMPLATE) + 1 :]
        image = _IMAGE.match(inner)
        if image:
            reasons.append(f"image of {image.group(1)}: {change.old} -> {change.new}")
        elif inner.startswith('metadata.annotations["' + DIGEST_PREFIX):
            digest = inner.split('"')[1]
            reasons.append(f"{digest} changed (a ConfigMap's or Secret's content)")
        else:
            others.append(inner)
    if others:
        shown = ", ".join(others[:3]) + (f" and {len(others) - 3} more" if len(others) > 3 else "")
        reasons.append(f"pod template: {shown}")
    strategy = ((new.get("spec") or {}).get("updateStrategy") or {}).get("type")
    return Roll(key.kind, key.name, tuple(reasons), automatic=strategy != "OnDelete")


@dataclass(frozen=True)
class Removal:
    """An object gone from dist/: which GitOps tools prune (delete) it and which keep it."""

    kind: str
    name: str
    pruned_by: tuple[str, ...]
    kept_by: tuple[str, ...]


def removal(key: ObjectKey, old: dict[str, Any]) -> Removal:
    """Argo CD keeps an object whose sync-options hold Prune=false, Flux one annotated
    `kustomize.toolkit.fluxcd.io/prune: disabled`; `kubectl apply` prunes nothing unless told to."""
    annotations = (old.get("metadata") or {}).get("annotations") or {}
    options = [o.strip() for o in annotations.get("argocd.argoproj.io/sync-options", "").split(",")]
    argo_keeps = "Prune=false" in options
    flux_keeps = annotations.get("kustomize.toolkit.fluxcd.io/prune") == "disabled"
    kept = tuple(tool for tool, keeps in ((ARGO_CD, argo_keeps), (FLUX, flux_keeps)) if keeps)
    pruned = tuple(tool for tool in (ARGO_CD, FLUX) if tool not in kept)
    return Removal(key.kind, key.name, pruned, kept)
