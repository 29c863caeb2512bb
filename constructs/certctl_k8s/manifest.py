"""Components describe objects as Kubernetes-shaped dicts (they read like the YAML they become);
this module turns such a dict into the typed cdk8s-plus-28 L1 structs, so every field is checked
against the Kubernetes 1.28 API types at synth and an unknown field is an error, not a silent drop.

L1 objects are used instead of cdk8s-plus L2 ones because L2 injects defaults (replicas,
resources, pull policy, probes, hashed selector labels) that would change what the values say."""

from __future__ import annotations

import enum
import typing
from functools import cache
from typing import Any

import cdk8s
import cdk8s_plus_28.k8s as k8s

from constructs import Construct


@cache
def _fields(struct: type) -> dict[str, tuple[str, Any]]:
    """Lowercased JSON name -> (Python keyword, type hint) for a jsii struct class. Lowercased
    because the bindings spell acronyms as words (`clusterIp` for the API's `clusterIP`)."""
    hints = _hints(struct.__init__)  # type: ignore[misc]
    mapping: dict[str, str] = struct.__jsii_name_mapping__  # type: ignore[attr-defined]
    return {json.lower(): (py, hints[py]) for py, json in mapping.items()}


# Each conversion is a call into Node.js: a value converted once is reused.
@cache
def _int_or_string(value: int | str) -> k8s.IntOrString:
    return k8s.IntOrString.from_number(value) if isinstance(value, int) else k8s.IntOrString.from_string(value)


@cache
def _quantity(value: str) -> k8s.Quantity:
    return k8s.Quantity.from_string(value)


@cache
def _hints(function: Any) -> dict[str, Any]:
    """Type hints of a binding's function; resolving them is slow and they never change."""
    return typing.get_type_hints(function)


def _convert(hint: Any, value: Any, where: str) -> Any:
    origin = typing.get_origin(hint)
    if origin is typing.Union:
        options = [arg for arg in typing.get_args(hint) if arg is not type(None)]
        return _convert(options[0], value, where)
    if hint is k8s.IntOrString:
        return _int_or_string(value)
    if hint is k8s.Quantity:
        return _quantity(str(value))
    if origin in (list, typing.Sequence, list) or origin is not None and origin.__name__ == "Sequence":
        (item,) = typing.get_args(hint)
        return [_convert(item, entry, f"{where}[{index}]") for index, entry in enumerate(value)]
    if origin is not None and origin.__name__ == "Mapping":
        _, item = typing.get_args(hint)
        return {key: _convert(item, entry, f"{where}.{key}") for key, entry in value.items()}
    if isinstance(hint, type) and hasattr(hint, "__jsii_name_mapping__"):
        return to_struct(hint, value, where)
    if isinstance(hint, type) and issubclass(hint, enum.Enum) and isinstance(value, str):
        # A CRD enum as cdk8s import binds it: members named by the value in capitals, and one
        # member for the spellings that differ only in case ("replace", "Replace").
        return hint[value.upper()]
    return value


def to_struct(struct: type, data: dict[str, Any], where: str = "") -> Any:
    """Build jsii struct `struct` from a camelCase Kubernetes dict; unknown keys raise KeyError,
    None values are left out."""
    fields = _fields(struct)
    kwargs = {}
    for key, value in data.items():
        if value is None:
            continue
        if key.lower() not in fields:
            raise KeyError(f"{where or struct.__name__}: {key!r} is not a field of {struct.__name__}")
        name, hint = fields[key.lower()]
        kwargs[name] = _convert(hint, value, f"{where}.{key}" if where else key)
    return struct(**kwargs)


def object_meta(metadata: dict[str, Any]) -> cdk8s.ApiObjectMetadata:
    """Metadata for objects from CRD bindings (cdk8s.ApiObject subclasses)."""
    meta: cdk8s.ApiObjectMetadata = to_struct(cdk8s.ApiObjectMetadata, {k: v for k, v in metadata.items() if v})
    return meta


def emit(scope: Construct, kind: type[cdk8s.ApiObject], metadata: dict[str, Any], **body: Any) -> cdk8s.ApiObject:
    """Add one L1 object (e.g. `k8s.KubeDeployment`) identified by its kind, namespace and name;
    `body` holds the top-level fields (spec, data, rules, ...) as Kubernetes dicts."""
    hints = _hints(kind.__init__)
    fields = {"metadata": {k: v for k, v in metadata.items() if v}, **body}
    props = {key: _convert(hints[key], value, key) for key, value in fields.items() if value is not None}
    return kind(scope, construct_id(kind.__name__, metadata), **props)


def construct_id(kind: str, metadata: dict[str, Any]) -> str:
    """Unique within a chart: the same name may be used by another kind, or in another namespace."""
    namespace = metadata.get("namespace")
    return f"{kind}-{namespace}-{metadata['name']}" if namespace else f"{kind}-{metadata['name']}"
