"""What a container of a synthesized workload sees, resolved the way the kubelet does it.

Its environment: `envFrom` first, then `env` in order; `value`s expand `$(VAR)` from variables
defined before them (`$$(VAR)` stays literal, an unknown reference is left as written);
`valueFrom` reads ConfigMap and Secret keys and the pod's fields. Its volumes: Secret and
ConfigMap keys as files, in folders that stand for the mount paths."""

from __future__ import annotations

import base64
import re
from pathlib import Path
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


def materialize(
    pod_spec: dict[str, Any], container: dict[str, Any], objects: list[dict[str, Any]], root: Path
) -> dict[str, Path]:
    """Lay the container's volume mounts out under `root` as the kubelet would: a Secret or
    ConfigMap volume as one file per item (or per key), any other volume as a folder of its own.
    Each volume gets `root/<volume>`, so containers of one pod materialized under the same root
    share their emptyDirs. Returns mountPath -> folder."""
    by_name = {
        (m["kind"], m["metadata"]["name"]): object_data(m) for m in objects if m["kind"] in ("Secret", "ConfigMap")
    }
    volumes = {volume["name"]: volume for volume in pod_spec.get("volumes", [])}
    mounts: dict[str, Path] = {}
    for mount in container.get("volumeMounts", []):
        volume = volumes[mount["name"]]
        folder = root / mount["name"]
        folder.mkdir(parents=True, exist_ok=True)
        for kind, field, name_field in (("Secret", "secret", "secretName"), ("ConfigMap", "configMap", "name")):
            if field in volume:
                source = volume[field]
                data = by_name.get((kind, source[name_field]))
                if data is None:
                    raise MissingKey(f"{kind} {source[name_field]} does not exist")
                for item in source.get("items") or [{"key": key, "path": key} for key in data]:
                    if item["key"] not in data:
                        raise MissingKey(f"{kind} {source[name_field]} has no key {item['key']}")
                    (folder / item["path"]).write_text(data[item["key"]])
        mounts[mount["mountPath"]] = folder
    return mounts


def localize(value: str, mounts: dict[str, Path]) -> str:
    """A path inside the container as the folder `materialize` gave its mount; anything else as
    it is."""
    for mount_path in sorted(mounts, key=len, reverse=True):
        if value == mount_path or value.startswith(mount_path + "/"):
            return str(mounts[mount_path]) + value[len(mount_path) :]
    return value
