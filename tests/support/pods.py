"""What a container of a synthesized workload sees, resolved the way the kubelet does it.

Its environment: `envFrom` first, then `env` in order; `value`s expand `$(VAR)` from variables
defined before them (`$$(VAR)` stays literal, an unknown reference is left as written);
`valueFrom` reads ConfigMap and Secret keys and the pod's fields. (Its volumes are laid out by
tests/support/harness.py.)"""

from __future__ import annotations

import base64
import re
from typing import Any

_REFERENCE = re.compile(r"\$\$|\$\(([A-Za-z_][A-Za-z0-9_.-]*)\)")


class MissingKey(LookupError):
    """A `secretKeyRef` or `configMapKeyRef` that names a key nobody provides."""


def expand(value: str, defined: dict[str, str]) -> str:
    """Kubernetes' dependent-variable expansion of one `value`."""

    def replace(match: re.Match[str]) -> str:
        if match.group(0) == "$$":
            return "$"
        name = match.group(1)
        return defined.get(name, match.group(0))

    return _REFERENCE.sub(replace, value)


def object_data(manifest: dict[str, Any]) -> dict[str, str]:
    """A Secret's or ConfigMap's keys, as the pod reads them."""
    data = dict(manifest.get("stringData") or {})
    for key, encoded in (manifest.get("data") or {}).items():
        data.setdefault(key, base64.b64decode(encoded).decode() if manifest["kind"] == "Secret" else encoded)
    return data


def resolve_env(
    container: dict[str, Any], objects: list[dict[str, Any]], fields: dict[str, str] | None = None
) -> dict[str, str]:
    """The container's environment. `objects` holds the Secrets and ConfigMaps it reads (from
    dist/ or `main.py secrets`); `fields` answers fieldRef paths (metadata.name, spec.nodeName)."""
    by_name = {
        (m["kind"], m["metadata"]["name"]): object_data(m) for m in objects if m["kind"] in ("Secret", "ConfigMap")
    }
    fields = fields or {}

    def read(kind: str, ref: dict[str, Any]) -> str | None:
        data = by_name.get((kind, ref["name"]))
        if data is None or ref["key"] not in data:
            if ref.get("optional"):
                return None
            raise MissingKey(f"{kind} {ref['name']} has no key {ref['key']}")
        return data[ref["key"]]

    env: dict[str, str] = {}
    for source in container.get("envFrom", []):
        kind, ref = (
            ("ConfigMap", source["configMapRef"]) if "configMapRef" in source else ("Secret", source["secretRef"])
        )
        data = by_name.get((kind, ref["name"]))
        if data is None:
            raise MissingKey(f"{kind} {ref['name']} does not exist")
        env.update({source.get("prefix", "") + key: value for key, value in data.items()})
    for entry in container.get("env", []):
        if "value" in entry:
            env[entry["name"]] = expand(entry["value"], env)
            continue
        source = entry.get("valueFrom", {})
        if "secretKeyRef" in source:
            value = read("Secret", source["secretKeyRef"])
        elif "configMapKeyRef" in source:
            value = read("ConfigMap", source["configMapKeyRef"])
        elif "fieldRef" in source:
            value = fields[source["fieldRef"]["fieldPath"]]
        else:
            value = ""
        if value is not None:
            env[entry["name"]] = value
    return env
