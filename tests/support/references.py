"""Which Secret keys a synthesized object reads: every `secretKeyRef` and secret volume in it, as
the kubelet (or an operator such as prometheus-operator) would look them up."""

from __future__ import annotations

from typing import Any


def secret_references(node: Any) -> list[tuple[str, str | None]]:
    """(Secret name, key) for every secretKeyRef and secret volume; key None = the whole Secret."""
    found: list[tuple[str, str | None]] = []
    if isinstance(node, dict):
        ref = node.get("secretKeyRef")
        if isinstance(ref, dict) and not ref.get("optional"):
            found.append((ref["name"], ref["key"]))
        volume = node.get("secret")
        if isinstance(volume, dict) and not volume.get("optional"):
            name = volume.get("secretName") or volume.get("name")
            items = volume.get("items") or []
            found += [(name, item["key"]) for item in items] or [(name, None)]
        for child in node.values():
            found += secret_references(child)
    elif isinstance(node, list):
        for child in node:
            found += secret_references(child)
    return found
