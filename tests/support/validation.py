"""Strict schema validation of synthesized documents, with each validator built once: Kubernetes
1.28 kinds against the strict schemas kubernetes-validate ships (what `kubernetes_validate.
validate(doc, "1.28.0", strict=True)` checks, without re-reading its large definitions file for
every document), and CRD kinds against their CRD's own OpenAPI schema from imports/crds/, as
strictly: a field the schema does not declare is an error (the API server would prune it
without a word), unless the schema keeps unknown fields (`x-kubernetes-preserve-unknown-fields`),
and against the CRD's CEL rules (cel.py)."""

from __future__ import annotations

import json
import re
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

import jsonschema
from referencing import Resource

from certctl_k8s.values.kube import SCHEMA_DIR, definitions

from . import cel, fast_yaml

CRD_DIR = Path(__file__).resolve().parents[2] / "imports" / "crds"


@cache
def crd_schemas() -> dict[tuple[str, str], dict[str, Any]]:
    """(group, kind) -> the storage version's openAPIV3Schema, for every CRD in imports/crds."""
    found = {}
    for path in sorted(CRD_DIR.glob("*.yaml")):
        crd = fast_yaml.load(path.read_text())
        for version in crd["spec"]["versions"]:
            if version.get("storage"):
                found[(crd["spec"]["group"], crd["spec"]["names"]["kind"])] = version["schema"]["openAPIV3Schema"]
    return found


def crd_schema(manifest: dict[str, Any]) -> dict[str, Any] | None:
    return crd_schemas().get((manifest["apiVersion"].split("/")[0], manifest["kind"]))


def _closed(schema: dict[str, Any]) -> dict[str, Any]:
    """`schema` with every object that lists its properties closed to others, as a structural
    schema prunes them; objects that keep unknown fields, or type their values through
    `additionalProperties`, stay open."""
    closed = dict(schema)
    if "properties" in schema:
        closed["properties"] = {name: _closed(sub) for name, sub in schema["properties"].items()}
        if "additionalProperties" not in schema and not schema.get("x-kubernetes-preserve-unknown-fields"):
            closed["additionalProperties"] = False
    for key in ("items", "additionalProperties"):
        if isinstance(schema.get(key), dict):
            closed[key] = _closed(schema[key])
    # allOf, anyOf, oneOf and not only constrain fields declared beside them (OpenShift's Route:
    # "a path, or no host"), so their partial `properties` stay open; a null one (the Route's
    # targetPort has `anyOf: null`) constrains nothing, as the API server reads it.
    for key in ("allOf", "anyOf", "oneOf", "not"):
        if key in schema and schema[key] is None:
            del closed[key]
    return closed


@cache
def _crd_validator(group: str, kind: str) -> jsonschema.Draft202012Validator:
    return jsonschema.Draft202012Validator(_closed(crd_schemas()[(group, kind)]))


@cache
def _kube_validator(kind: str, api_version: str) -> jsonschema.Draft202012Validator:
    # kubernetes-validate's file naming: rbac.authorization.k8s.io/v1 -> rbac-v1
    group_version = re.sub(r"^([^./]*)(?:\.[^/]*)?/", r"\1-", api_version)
    name = f"{kind.lower()}-{group_version}.json"
    schema = json.loads(resources.files("kubernetes_validate").joinpath(SCHEMA_DIR, name).read_text())
    registry, base = definitions()
    uri = base.rsplit("/", 1)[0] + "/" + name  # beside _definitions.json, so its relative $refs resolve
    registry = registry.with_resource(uri, Resource.from_contents(schema))
    return jsonschema.Draft202012Validator({"$ref": uri}, registry=registry)


def validate(manifest: dict[str, Any]) -> None:
    """Raise jsonschema.ValidationError when `manifest` is not a valid object of its kind: for a
    CRD kind, also when it breaks one of the CRD's CEL rules, created or re-applied unchanged."""
    group = manifest["apiVersion"].split("/")[0]
    if (group, manifest["kind"]) in crd_schemas():
        _crd_validator(group, manifest["kind"]).validate(manifest)
        schema = crd_schemas()[(group, manifest["kind"])]
        broken = cel.violations(schema, manifest) + cel.violations(schema, manifest, manifest)
        if broken:
            raise jsonschema.ValidationError("; ".join(broken))
    else:
        _kube_validator(manifest["kind"], manifest["apiVersion"]).validate(manifest)
