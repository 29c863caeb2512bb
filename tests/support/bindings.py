"""The typed check a synth no longer makes (constructs/certctl_k8s/manifest.py says why): an object
built through its cdk8s binding, the cdk8s-plus-28 L1 class of a Kubernetes 1.28 kind or the
`imports/` class of a CRD kind, inside the jsii kernel.

`through_binding` maps the document's fields onto the binding's props struct by name (an unknown
field raises KeyError here, naming where), hands the kernel the props as data in the call that
creates the object, so the kernel deserializes every value into its declared type and refuses a
wrongly typed one, and returns what the binding writes back (`to_json`). A document that comes
back equal has no field the binding does not know and no value of the wrong type."""

from __future__ import annotations

import enum
import importlib
import re
import typing
from functools import cache
from typing import Any

import cdk8s
import cdk8s_plus_28.k8s as k8s
import jsii
from jsii import _reference_map

# (apiVersion, kind) of a CRD kind -> (module under imports/, class name) of its binding.
CRD_BINDINGS = {
    ("cert-manager.io/v1", "Certificate"): ("imports.io.cert_manager", "Certificate"),
    ("monitoring.coreos.com/v1", "ServiceMonitor"): ("imports.com.coreos.monitoring", "ServiceMonitor"),
    ("monitoring.coreos.com/v1", "PodMonitor"): ("imports.com.coreos.monitoring", "PodMonitor"),
    ("monitoring.coreos.com/v1", "PrometheusRule"): ("imports.com.coreos.monitoring", "PrometheusRule"),
    ("postgresql.cnpg.io/v1", "Cluster"): ("imports.io.cnpg.postgresql", "Cluster"),
    ("postgresql.cnpg.io/v1", "ScheduledBackup"): ("imports.io.cnpg.postgresql", "ScheduledBackup"),
    ("postgresql.cnpg.io/v1", "Backup"): ("imports.io.cnpg.postgresql", "Backup"),
    ("barmancloud.cnpg.io/v1", "ObjectStore"): ("imports.io.cnpg.barmancloud", "ObjectStore"),
    ("external-secrets.io/v1", "ExternalSecret"): ("imports.io.external_secrets", "ExternalSecret"),
    ("gateway.networking.k8s.io/v1", "HTTPRoute"): ("imports.io.k8s.networking.gateway", "HttpRoute"),
    ("gateway.networking.k8s.io/v1", "TLSRoute"): ("imports.io.k8s.networking.gateway", "TlsRoute"),
    ("gateway.networking.k8s.io/v1", "BackendTLSPolicy"): (
        "imports.io.k8s.networking.gateway",
        "BackendTlsPolicy",
    ),
    ("route.openshift.io/v1", "Route"): ("imports.io.openshift.route", "Route"),
}


def binding(api_version: str, kind: str) -> type[cdk8s.ApiObject]:
    """The binding class of a kind; a Kubernetes kind's is cdk8s-plus-28's `Kube<Kind>`, whose GVK
    must be the document's (an apiVersion Kubernetes 1.28 does not serve has none)."""
    if (api_version, kind) in CRD_BINDINGS:
        module, name = CRD_BINDINGS[(api_version, kind)]
        found: type[cdk8s.ApiObject] = getattr(importlib.import_module(module), name)
        return found
    found = getattr(k8s, f"Kube{kind}")
    gvk = found.GVK  # type: ignore[attr-defined]
    assert (gvk.api_version, gvk.kind) == (api_version, kind), f"Kubernetes 1.28 serves {kind} as {gvk.api_version}"
    return found


def through_binding(document: dict[str, Any], chart: cdk8s.Chart | None = None) -> dict[str, Any]:
    """`document` as its binding writes it, after the kernel typed every field (see above); built
    in `chart` when given (one chart for many objects saves two kernel objects per object)."""
    kind = binding(document["apiVersion"], document["kind"])
    props_struct = _props_struct(kind)
    names: dict[str, str] = props_struct.__jsii_name_mapping__  # type: ignore[attr-defined]
    fields = {key: value for key, value in document.items() if key not in ("apiVersion", "kind")}
    props = _struct(props_struct, {names.get(key, key): value for key, value in fields.items()}, "")
    chart = chart or cdk8s.Chart(cdk8s.App(), "check")
    api_object = kind.__new__(kind)
    jsii.create(kind, api_object, [chart, f"object-{len(chart.node.children)}", props])
    _reference_map.register_reference(api_object)
    written: dict[str, Any] = api_object.to_json()
    return written


@cache
def _props_struct(kind: type[cdk8s.ApiObject]) -> type:
    """The props struct a binding's module defines beside its class (`KubeDeploymentProps`)."""
    struct: type = getattr(importlib.import_module(kind.__module__), f"{kind.__name__}Props")
    return struct


@cache
def _fields(struct: type) -> dict[str, tuple[str, Any]]:
    """Lowercased JSON name -> (JSON name, type hint) for a jsii struct class. Lowercased because
    the bindings spell acronyms as words (`clusterIp` for the API's `clusterIP`)."""
    hints = typing.get_type_hints(struct.__init__)  # type: ignore[misc]
    mapping: dict[str, str] = struct.__jsii_name_mapping__  # type: ignore[attr-defined]
    return {json.lower(): (json, hints[py]) for py, json in mapping.items()}


def _struct(struct: type, data: dict[str, Any], where: str) -> dict[str, Any]:
    fields = _fields(struct)
    props = {}
    for key, value in data.items():
        if key.lower() not in fields:
            raise KeyError(f"{where or struct.__name__}: {key!r} is not a field of {struct.__name__}")
        json_name, hint = fields[key.lower()]
        props[json_name] = _convert(hint, value, f"{where}.{key}" if where else key)
    return props


def _member(enum_class: type[enum.Enum], value: str) -> enum.Enum:
    """A CRD enum's member as cdk8s import names it: the value in capitals with words split by
    `_` and a hyphen spelled `_HYPHEN_`, one member for spellings that differ only in case."""
    members = {re.sub("_HYPHEN_|_", "", name): member for name, member in enum_class.__members__.items()}
    return members[re.sub("[^A-Z0-9]", "", value.upper())]


def _convert(hint: Any, value: Any, where: str) -> Any:
    """`value` as the binding's `hint` takes it as data: a struct as a dict under its JSON names,
    an IntOrString or Quantity as the kernel object that holds it, a CRD enum as its member."""
    origin = typing.get_origin(hint)
    if origin is typing.Union:
        options = [arg for arg in typing.get_args(hint) if arg is not type(None)]
        return _convert(options[0], value, where)
    if hint is k8s.IntOrString:
        return k8s.IntOrString.from_number(value) if isinstance(value, int) else k8s.IntOrString.from_string(value)
    if hint is k8s.Quantity:
        return k8s.Quantity.from_string(value)
    if origin is not None and origin.__name__ == "Sequence":
        (item,) = typing.get_args(hint)
        return [_convert(item, entry, f"{where}[{index}]") for index, entry in enumerate(value)]
    if origin is not None and origin.__name__ == "Mapping":
        _, item = typing.get_args(hint)
        return {key: _convert(item, entry, f"{where}.{key}") for key, entry in value.items()}
    if isinstance(hint, type) and hasattr(hint, "__jsii_name_mapping__"):
        return _struct(hint, value, where)
    if isinstance(hint, type) and issubclass(hint, enum.Enum):
        return _member(hint, value)
    # A CRD's int-or-string, or a PromQL expression, is a class made from either.
    if hasattr(hint, "from_string") and isinstance(value, str):
        return hint.from_string(value)
    if hasattr(hint, "from_number") and isinstance(value, int):
        return hint.from_number(value)
    return value
