"""YAML as this project writes it, for dist/ and for the Secrets files: block style, keys in the
order given, multi-line strings (scripts, PEM) as literal blocks so they read as written in review.
Kept apart from synth so `main.py secrets` writes YAML without loading cdk8s.

A document is plain data (dicts, lists, strings, numbers, booleans, None), so it is turned into
YAML nodes here directly rather than by PyYAML's representer, which asks every value about
anchors and dispatches on its type through the class hierarchy; libyaml's emitter then writes the
nodes, and the text is what `yaml.dump` writes for the same data (`tests/test_yaml_text.py`)."""

from __future__ import annotations

import io
from typing import Any

import yaml
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

_STR, _INT, _BOOL, _NULL = (f"tag:yaml.org,2002:{name}" for name in ("str", "int", "bool", "null"))
_MAP, _SEQ = "tag:yaml.org,2002:map", "tag:yaml.org,2002:seq"


class _Dumper(getattr(yaml, "CSafeDumper", yaml.SafeDumper)):  # type: ignore[misc]
    """The emitter asks the resolver twice about each scalar whether its tag is implied; a
    document repeats most of its scalars (labels, names), so the answers are kept."""

    _resolved: dict[tuple[str, bool, bool], str] = {}

    def resolve(self, kind: type[Node], value: Any, implicit: tuple[bool, bool]) -> str:
        if kind is not ScalarNode:
            return str(super().resolve(kind, value, implicit))
        key = (value, *implicit)
        tag = self._resolved.get(key)
        if tag is None:
            tag = self._resolved[key] = super().resolve(kind, value, implicit)
        return tag


def _node(dumper: _Dumper, value: Any) -> Node:
    if isinstance(value, str):
        return ScalarNode(_STR, value, style="|" if "\n" in value else None)
    if isinstance(value, dict):
        pairs = [(_node(dumper, key), _node(dumper, item)) for key, item in value.items()]
        return MappingNode(_MAP, pairs, flow_style=False)
    if isinstance(value, list):
        return SequenceNode(_SEQ, [_node(dumper, item) for item in value], flow_style=False)
    if isinstance(value, bool):
        return ScalarNode(_BOOL, "true" if value else "false")
    if isinstance(value, int):
        return ScalarNode(_INT, str(value))
    if value is None:
        return ScalarNode(_NULL, "null")
    node: Node = dumper.represent_data(value)  # a float, or what PyYAML refuses as before
    return node


def to_yaml(manifest: dict[str, Any]) -> str:
    """One object as YAML, written in Python: a Node.js round trip per object cost more than
    everything else a synth does per object."""
    stream = io.StringIO()
    dumper = _Dumper(stream, default_flow_style=False, width=1 << 16, allow_unicode=True, sort_keys=False)
    try:
        dumper.open()
        dumper.serialize(_node(dumper, manifest))
        dumper.close()
    finally:
        dumper.dispose()
    return stream.getvalue()
