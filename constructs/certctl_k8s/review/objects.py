"""The objects of one environment's folder keyed by what identifies them in a cluster, and the
field-level changes between two versions of one object."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

import yaml

from ..synth import KUSTOMIZATION

_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_PLAIN_KEY = re.compile(r"^[A-Za-z0-9_-]+$")


class _Missing:
    """A field one side does not have."""

    def __repr__(self) -> str:
        return "(none)"


MISSING: Any = _Missing()


@dataclass(frozen=True, order=True)
class ObjectKey:
    """An object's identity: the API group (not its version, which may change), kind, namespace, name."""

    kind: str
    name: str
    namespace: str = ""
    group: str = ""

    def __str__(self) -> str:
        return f"{self.kind}/{self.name}"


def key_of(manifest: dict[str, Any]) -> ObjectKey:
    api_version = manifest.get("apiVersion", "")
    meta = manifest.get("metadata", {})
    group = api_version.rsplit("/", 1)[0] if "/" in api_version else ""
    return ObjectKey(manifest["kind"], meta["name"], meta.get("namespace", ""), group)


def parse(files: dict[str, str]) -> dict[ObjectKey, dict[str, Any]]:
    """Every object of a folder (file name -> YAML text), the kustomization aside."""
    found = {}
    for name, text in sorted(files.items()):
        if name == KUSTOMIZATION:
            continue
        for document in yaml.load_all(text, Loader=_LOADER):
            if document:
                found[key_of(document)] = document
    return found


@dataclass(frozen=True)
class Change:
    """One field that differs: `old` or `new` is MISSING where that side lacks it."""

    path: str
    old: Any
    new: Any


def field_path(path: str, key: str | int) -> str:
    """`spec.replicas`, `containers[0]`, `containers[server]`, `annotations["checksum/config"]`."""
    if isinstance(key, int):
        return f"{path}[{key}]"
    if _PLAIN_KEY.match(key):
        return f"{path}.{key}" if path else key
    return f'{path}["{key}"]'


def changes(old: Any, new: Any, path: str = "") -> list[Change]:
    """The leaves that differ, as deep as both sides have the same shape. Lists of named items
    (containers, env, volumes, ports) are matched by name, so an insertion reads as one change."""
    if old == new:
        return []
    if isinstance(old, dict) and isinstance(new, dict):
        keys = list(old) + [key for key in new if key not in old]
        return [c for key in keys for c in changes(old.get(key, MISSING), new.get(key, MISSING), field_path(path, key))]
    if isinstance(old, list) and isinstance(new, list):
        named_old, named_new = _by_name(old), _by_name(new)
        if named_old is not None and named_new is not None:
            names = list(named_old) + [name for name in named_new if name not in named_old]
            return [
                c
                for name in names
                for c in changes(named_old.get(name, MISSING), named_new.get(name, MISSING), f"{path}[{name}]")
            ]
        if len(old) == len(new):
            return [
                c for index, pair in enumerate(zip(old, new, strict=True)) for c in changes(*pair, f"{path}[{index}]")
            ]
    return [Change(path, old, new)]


def _by_name(items: list[Any]) -> dict[str, Any] | None:
    """The items by their `name` (or `metadata.name`: a StatefulSet's claim templates), when
    every item is a mapping with a name of its own."""
    named: dict[str, Any] = {}
    for item in items:
        name = _name(item)
        if name is None or name in named:
            return None
        named[name] = item
    return named or None


def _name(item: Any) -> str | None:
    if not isinstance(item, dict):
        return None
    name = item.get("name", (item.get("metadata") or {}).get("name"))
    return name if isinstance(name, str) else None
