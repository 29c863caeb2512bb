"""YAML as this project writes it, for dist/ and for the Secrets files: block style, keys in the
order given, multi-line strings (scripts, PEM) as literal blocks so they read as written in review.
Kept apart from synth so `main.py secrets` writes YAML without loading cdk8s."""

from __future__ import annotations

from typing import Any

import yaml


class _Dumper(getattr(yaml, "CSafeDumper", yaml.SafeDumper)):  # type: ignore[misc]
    pass


def _string(dumper: yaml.SafeDumper, value: str) -> yaml.ScalarNode:
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style="|" if "\n" in value else None)


_Dumper.add_representer(str, _string)


def to_yaml(manifest: dict[str, Any]) -> str:
    """One object as YAML, written in Python: a Node.js round trip per object cost more than
    everything else a synth does per object."""
    return yaml.dump(
        manifest, Dumper=_Dumper, sort_keys=False, default_flow_style=False, width=1 << 16, allow_unicode=True
    )
