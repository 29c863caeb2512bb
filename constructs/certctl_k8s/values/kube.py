"""Values that are plain Kubernetes objects (affinity, tolerations, volumes, ...), checked at load
against the Kubernetes 1.28 schema that kubernetes-validate ships, so a typo fails before synth."""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import TYPE_CHECKING, Annotated, Any

from pydantic import AfterValidator, WithJsonSchema

if TYPE_CHECKING:  # imported on first check: about 40 ms of CPU that only a load needs
    import jsonschema
    from referencing import Registry

KUBERNETES_VERSION = "1.28.0"
SCHEMA_DIR = f"kubernetes-json-schema/v{KUBERNETES_VERSION}-local-strict"


@cache
def definitions() -> tuple[Registry, str]:
    """The Kubernetes 1.28 strict definitions kubernetes-validate ships, as a registry, and their
    base URI; loaded once (the file is large)."""
    from referencing import Registry, Resource

    text = resources.files("kubernetes_validate").joinpath(SCHEMA_DIR, "_definitions.json").read_text()
    document = json.loads(text)
    resource = Resource.from_contents(document)
    return Registry().with_resource(document["$id"], resource), document["$id"]


@cache
def _validator(definition: str, group: str) -> jsonschema.Draft202012Validator:
    import jsonschema

    registry, base = definitions()
    schema = {"$ref": f"{base}#/$defs/io.k8s.api.{group}.{definition}"}
    return jsonschema.Draft202012Validator(schema, registry=registry)


def check_kube(definition: str, value: Any, group: str = "core.v1") -> Any:
    """Raise ValueError naming the first schema problem of `value` as a `definition` object of
    API group and version `group` (`core.v1`, `networking.v1`)."""
    errors = sorted(_validator(definition, group).iter_errors(value), key=lambda e: list(e.absolute_path))
    if errors:
        error = errors[0]
        where = ".".join(str(part) for part in error.absolute_path)
        prefix = f"{where}: " if where else ""
        raise ValueError(f"{prefix}{_short(error)} (not a valid Kubernetes {definition})")
    return value


def _short(error: jsonschema.ValidationError) -> str:
    if error.validator == "additionalProperties":
        return error.message.replace(" were unexpected", " are not allowed").replace(
            " was unexpected", " is not allowed"
        )
    return error.message


def _kube(definition: str, group: str = "core.v1") -> Any:
    """A Kubernetes `definition` object: any mapping in the JSON Schema, checked at load."""
    return Annotated[
        dict[str, Any],
        AfterValidator(lambda value: check_kube(definition, value, group)),
        WithJsonSchema({"type": "object", "title": f"Kubernetes {definition}"}),
    ]


Affinity = _kube("Affinity")
NodeAffinity = _kube("NodeAffinity")
PodAffinity = _kube("PodAffinity")
PodAntiAffinity = _kube("PodAntiAffinity")
Toleration = _kube("Toleration")
TopologySpreadConstraint = _kube("TopologySpreadConstraint")
Volume = _kube("Volume")
VolumeMount = _kube("VolumeMount")
Probe = _kube("Probe")
EnvVarSource = _kube("EnvVarSource")
LocalObjectReference = _kube("LocalObjectReference")
NetworkPolicyIngressRule = _kube("NetworkPolicyIngressRule", "networking.v1")
NetworkPolicyEgressRule = _kube("NetworkPolicyEgressRule", "networking.v1")
