"""Pod and container fragments every workload shares, written once: the split of the Helm
chart's security-context map into its pod and container halves, resources, images, env entries."""

from __future__ import annotations

import hashlib
import json
from typing import Any

from ..values.common import Image, Resources, SecurityContext, env_string

RUNTIME_DEFAULT = {"type": "RuntimeDefault"}


def pod_security_context(sc: SecurityContext, fixed_ids: bool = True) -> dict[str, Any]:
    """`fixed_ids` False (OpenShift): no user, group or fsGroup, which its SCC assigns from the
    namespace's range; every other restricted setting stays."""
    return {
        "runAsNonRoot": sc.run_as_non_root,
        "runAsUser": sc.run_as_user if fixed_ids else None,
        "runAsGroup": sc.run_as_group if fixed_ids else None,
        "fsGroup": sc.fs_group if fixed_ids else None,
        # Volumes already owned by fsGroup are not walked file by file at every start (a large
        # database volume would delay each restart).
        "fsGroupChangePolicy": "OnRootMismatch",
        "seccompProfile": RUNTIME_DEFAULT,
    }


def container_security_context(sc: SecurityContext, fixed_ids: bool = True) -> dict[str, Any]:
    capabilities: dict[str, Any] = {"drop": list(sc.capabilities.drop)}
    if sc.capabilities.add:
        capabilities["add"] = list(sc.capabilities.add)
    return {
        "runAsNonRoot": sc.run_as_non_root,
        "runAsUser": sc.run_as_user if fixed_ids else None,
        "runAsGroup": sc.run_as_group if fixed_ids else None,
        "readOnlyRootFilesystem": sc.read_only_root_filesystem,
        "allowPrivilegeEscalation": sc.allow_privilege_escalation,
        "capabilities": capabilities,
        "seccompProfile": RUNTIME_DEFAULT,
    }


def resources(r: Resources) -> dict[str, Any]:
    return {"requests": r.requests.as_map(), "limits": r.limits.as_map()}


def image(img: Image, default_tag: str) -> dict[str, str]:
    return {"image": img.reference(default_tag), "imagePullPolicy": img.pull_policy}


def env(name: str, value: Any) -> dict[str, Any]:
    return {"name": name, "value": env_value(value)}


def env_value(value: Any) -> str:
    """certctl reads lists (recipients, origins) and profile names comma-separated."""
    if isinstance(value, (list, dict)):
        return ",".join(str(item) for item in value)
    return str(env_string(value))


def field_env(name: str, field_path: str) -> dict[str, Any]:
    return {"name": name, "valueFrom": {"fieldRef": {"fieldPath": field_path}}}


def checksum(data: Any) -> str:
    """A stable digest of configuration, put on pod templates so a change rolls the pods."""
    return hashlib.sha256(json.dumps(data, sort_keys=True).encode()).hexdigest()


def empty_dir(name: str, size_limit: str | None = None, medium: str | None = None) -> dict[str, Any]:
    source = {"medium": medium, "sizeLimit": size_limit}
    return {"name": name, "emptyDir": {key: value for key, value in source.items() if value}}


def secret_volume(name: str, secret: str, items: dict[str, str] | None = None, mode: int = 0o440) -> dict[str, Any]:
    """A Secret volume: `items` maps keys to file names (None: every key under its own name).
    Readable by the owner and the pod's fsGroup (0440) unless `mode` says otherwise."""
    source: dict[str, Any] = {"secretName": secret, "defaultMode": mode}
    if items is not None:
        source["items"] = [{"key": key, "path": path} for key, path in items.items()]
    return {"name": name, "secret": source}
