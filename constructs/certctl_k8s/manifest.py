"""Components describe objects as Kubernetes-shaped dicts (they read like the YAML they become);
this module checks such a dict against the cdk8s-plus-28 L1 bindings (the Kubernetes 1.28 API
types) and adds it to the chart as that L1 object, so an unknown field is an error at synth, not a
silent drop.

L1 objects are used instead of cdk8s-plus L2 ones because L2 injects defaults (replicas,
resources, pull policy, probes, hashed selector labels) that would change what the values say.

`emit` hands the jsii kernel each object's props as plain JSON-shaped data in the one call that
creates it, not as nested Python struct objects: jsii serializes a struct by reading every field
it declares, set or not (a container has about 25), which cost more than the rest of rendering.
The kernel deserializes the plain data into the same typed structs and refuses a wrongly typed
value or an unknown field just as it does for struct objects (tests/test_manifest.py checks it)."""

from __future__ import annotations

import enum
import sys
import typing
from functools import cache
from typing import Any

import cdk8s
import cdk8s_plus_28.k8s as k8s
import jsii
from jsii import _reference_map

from constructs import Construct


@cache
def _fields(struct: type) -> dict[str, tuple[str, str, Any]]:
    """Lowercased JSON name -> (Python keyword, JSON name, type hint) for a jsii struct class.
    Lowercased because the bindings spell acronyms as words (`clusterIp` for the API's `clusterIP`)."""
    hints = _hints(struct.__init__)  # type: ignore[misc]
    mapping: dict[str, str] = struct.__jsii_name_mapping__  # type: ignore[attr-defined]
    return {json.lower(): (py, json, hints[py]) for py, json in mapping.items()}


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


def _convert(hint: Any, value: Any, where: str, typed: bool) -> Any:
    """`value` as the binding's `hint` takes it; a struct as its class when `typed`, else as a
    dict under the struct's JSON names."""
    origin = typing.get_origin(hint)
    if origin is typing.Union:
        options = [arg for arg in typing.get_args(hint) if arg is not type(None)]
        return _convert(options[0], value, where, typed)
    if hint is k8s.IntOrString:
        return _int_or_string(value)
    if hint is k8s.Quantity:
        return _quantity(str(value))
    if origin in (list, typing.Sequence, list) or origin is not None and origin.__name__ == "Sequence":
        (item,) = typing.get_args(hint)
        return [_convert(item, entry, f"{where}[{index}]", typed) for index, entry in enumerate(value)]
    if origin is not None and origin.__name__ == "Mapping":
        _, item = typing.get_args(hint)
        return {key: _convert(item, entry, f"{where}.{key}", typed) for key, entry in value.items()}
    if isinstance(hint, type) and hasattr(hint, "__jsii_name_mapping__"):
        return _struct(hint, value, where, typed)
    if isinstance(hint, type) and issubclass(hint, enum.Enum) and isinstance(value, str):
        # A CRD enum as cdk8s import binds it: members named by the value in capitals, and one
        # member for the spellings that differ only in case ("replace", "Replace").
        return hint[value.upper()]
    return value


def _struct(struct: type, data: dict[str, Any], where: str, typed: bool) -> Any:
    fields = _fields(struct)
    kwargs = {}
    for key, value in data.items():
        if value is None:
            continue
        if key.lower() not in fields:
            raise KeyError(f"{where or struct.__name__}: {key!r} is not a field of {struct.__name__}")
        python_name, json_name, hint = fields[key.lower()]
        kwargs[python_name if typed else json_name] = _convert(hint, value, f"{where}.{key}" if where else key, typed)
    return struct(**kwargs) if typed else kwargs


def to_struct(struct: type, data: dict[str, Any], where: str = "") -> Any:
    """Build jsii struct `struct` from a camelCase Kubernetes dict; unknown keys raise KeyError,
    None values are left out."""
    return _struct(struct, data, where, typed=True)


def object_meta(metadata: dict[str, Any]) -> cdk8s.ApiObjectMetadata:
    """Metadata for objects from CRD bindings (cdk8s.ApiObject subclasses)."""
    meta: cdk8s.ApiObjectMetadata = to_struct(cdk8s.ApiObjectMetadata, {k: v for k, v in metadata.items() if v})
    return meta


def emit(scope: Construct, kind: type[cdk8s.ApiObject], metadata: dict[str, Any], **body: Any) -> cdk8s.ApiObject:
    """Add one L1 object (e.g. `k8s.KubeDeployment`) identified by its kind, namespace and name;
    `body` holds the top-level fields (spec, data, rules, ...) as Kubernetes dicts."""
    props_struct = _props_struct(kind)
    names: dict[str, str] = props_struct.__jsii_name_mapping__  # type: ignore[attr-defined]
    fields = {"metadata": {k: v for k, v in metadata.items() if v}, **body}
    props = _struct(props_struct, {names.get(key, key): value for key, value in fields.items()}, "", typed=False)
    # What the class's __init__ and jsii's metaclass do, with the props as data (see above).
    api_object: cdk8s.ApiObject = kind.__new__(kind)
    jsii.create(kind, api_object, [scope, construct_id(kind.__name__, metadata), props])
    _reference_map.register_reference(api_object)
    return api_object


@cache
def _props_struct(kind: type[cdk8s.ApiObject]) -> type:
    """The props struct of an L1 class, which its module defines beside it (`KubeDeploymentProps`)."""
    struct: type = getattr(sys.modules[kind.__module__], f"{kind.__name__}Props")
    return struct


def construct_id(kind: str, metadata: dict[str, Any]) -> str:
    """Unique within a chart: the same name may be used by another kind, or in another namespace."""
    namespace = metadata.get("namespace")
    return f"{kind}-{namespace}-{metadata['name']}" if namespace else f"{kind}-{metadata['name']}"
