"""checkov skip annotations (`checkov.io/skip<N>: <check>=<reason>`) for the workloads.

A skip is never blanket: `pod_skips` looks at the pod spec a workload is about to emit and adds a
check only when that spec would really fail it, with the reason the workload gives. A workload
that gives no reason for a failing check gets no skip, so checkov still reports it."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

DIGEST = "CKV_K8S_43"  # Image should use digest
PULL_ALWAYS = "CKV_K8S_15"  # Image Pull Policy should be Always
LIVENESS = "CKV_K8S_8"  # Liveness Probe Should be Configured
READINESS = "CKV_K8S_9"  # Readiness Probe Should be Configured
SECRETS_AS_FILES = "CKV_K8S_35"  # Prefer using secrets as files over secrets as environment variables
HIGH_UID = "CKV_K8S_40"  # Containers should run as a high UID to avoid host conflict
HIGH_UID_MIN = 10000


def low_uid_reason(uid: int | None, key: str, why: str = "") -> str:
    """Why a pod runs below HIGH_UID_MIN: the UID the values key `key` sets, and what keeps it."""
    because = f"; {why}" if why else ""
    return (
        f"runs as non-root UID {uid} from {key} with all capabilities dropped{because}; "
        f"{HIGH_UID_MIN} or more drops this skip"
    )


ASSIGNED_UID_REASON = (
    "sets no UID: OpenShift's restricted-v2 SCC assigns one from the namespace's range (1000000000 and up "
    "by default) with all capabilities dropped"
)


_CHECK_ID = re.compile(r"^CKV2?_K8S_[0-9]+$")
UNPINNED_REASON = "image pinned by tag: no image.digest is set in the values (set it to pin by digest)"
PULL_POLICY_REASON = (
    "tag-pinned image pulled per image.pullPolicy (IfNotPresent by default) so pod starts do "
    "not depend on the registry; set image.digest to pin it (or pullPolicy Always)"
)


def skip_annotations(skips: Iterable[tuple[str, str]]) -> dict[str, str]:
    """`checkov.io/skip1`, `skip2`, ... for (check id, reason) pairs. checkov splits the value on
    `=`, so a reason must not contain one."""
    annotations = {}
    for number, (check, reason) in enumerate(skips, start=1):
        if not _CHECK_ID.match(check):
            raise ValueError(f"{check!r} is not a checkov Kubernetes check id")
        if not reason.strip() or "=" in reason:
            raise ValueError(f"{check}: the reason must be non-empty and must not contain '='")
        annotations[f"checkov.io/skip{number}"] = f"{check}={reason.strip()}"
    return annotations


def pod_skips(
    spec: dict[str, Any],
    *,
    secrets_in_env: str | None = None,
    low_uid: str | None = None,
    no_liveness: str | None = None,
    no_readiness: str | None = None,
    unpinned: str = UNPINNED_REASON,
    pull_policy: str = PULL_POLICY_REASON,
) -> list[tuple[str, str]]:
    """The (check, reason) pairs for the checks `spec` fails: images without a digest always get
    the digest (and pull policy) reason, `unpinned` and `pull_policy` where the workload's keys
    differ from image.digest and image.pullPolicy; the others only when the workload gives a
    reason."""
    init = spec.get("initContainers") or []
    main = spec["containers"]
    tagged = [c for c in init + main if "@" not in c["image"]]
    skips = []
    if tagged:
        skips.append((DIGEST, unpinned))
    if any(c.get("imagePullPolicy") != "Always" for c in tagged):
        skips.append((PULL_ALWAYS, pull_policy))
    # checkov checks probes and the UID on the long-running containers, not on init containers.
    if no_liveness and any(not c.get("livenessProbe") for c in main):
        skips.append((LIVENESS, no_liveness))
    if no_readiness and any(not c.get("readinessProbe") for c in main):
        skips.append((READINESS, no_readiness))
    if secrets_in_env and any(_secret_env(c) for c in init + main):
        skips.append((SECRETS_AS_FILES, secrets_in_env))
    pod_uid = spec.get("securityContext", {}).get("runAsUser")
    if low_uid and any((c.get("securityContext", {}).get("runAsUser") or pod_uid or 0) < HIGH_UID_MIN for c in main):
        skips.append((HIGH_UID, low_uid))
    return skips


def _secret_env(container: dict[str, Any]) -> bool:
    return any("secretKeyRef" in (entry.get("valueFrom") or {}) for entry in container.get("env", [])) or any(
        "secretRef" in entry for entry in container.get("envFrom", [])
    )
