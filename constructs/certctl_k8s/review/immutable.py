"""The updates the cluster refuses: fields Kubernetes 1.34 validates as immutable (cited from
k8s.io/kubernetes v1.34.4), the fields a CRD declares immutable (`self == oldSelf` rules in
imports/crds/), and the CloudNativePG operator's refusal to shrink a Cluster's storage. Each
refusal names the field the way the refusing server does."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import yaml

from ..values.types import quantity_value
from .objects import MISSING, Change, ObjectKey

API_SERVER = "the API server"
CNPG_WEBHOOK = "the CloudNativePG operator's webhook"
CRDS = Path(__file__).resolve().parents[3] / "imports" / "crds"
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

IMMUTABLE = "field is immutable"
# apps/validation/validation.go ValidateStatefulSetUpdate: every other field of the spec is refused.
STATEFULSET_MUTABLE = (
    "replicas",
    "ordinals",
    "template",
    "updateStrategy",
    "revisionHistoryLimit",
    "persistentVolumeClaimRetentionPolicy",
    "minReadySeconds",
)
STATEFULSET_REFUSAL = (
    "updates to statefulset spec for fields other than 'replicas', 'ordinals', 'template', 'updateStrategy', "
    "'revisionHistoryLimit', 'persistentVolumeClaimRetentionPolicy' and 'minReadySeconds' are forbidden"
)
# What the API server fills in when a StatefulSet omits the field, so omitting it is no change.
STATEFULSET_DEFAULTS = {"podManagementPolicy": "OrderedReady", "serviceName": ""}
# batch/validation/validation.go ValidateJobSpecUpdate.
JOB_IMMUTABLE = (
    "selector",
    "template",
    "completions",
    "completionMode",
    "podFailurePolicy",
    "backoffLimitPerIndex",
    "managedBy",
    "successPolicy",
)
# What to do instead, by kind.
REMEDY = {
    "Deployment": "delete the Deployment, then apply (its pods are replaced)",
    "DaemonSet": "delete the DaemonSet, then apply (its pods are replaced)",
    "StatefulSet": "delete it with --cascade=orphan, then apply: the pods and claims stay, and the new "
    "StatefulSet adopts them (changed volumeClaimTemplates apply only to new claims)",
    "Job": "delete the Job, then apply (it runs again)",
    "PersistentVolumeClaim": "a claim never shrinks: make a new one and move the data",
    "Service": "delete the Service, then apply (a new address is allocated)",
    "RoleBinding": "delete the RoleBinding, then apply",
    "ConfigMap": "an immutable object changes only by a new name (or delete and apply)",
    "Secret": "an immutable object changes only by a new name (or delete and apply)",
    "Cluster": "a Cluster's storage never shrinks: keep the size, or move to a new Cluster",
}


@dataclass(frozen=True)
class Refusal:
    """An update of `kind`/`name` that `by` refuses, at the field `path`, for `reason`."""

    kind: str
    name: str
    namespace: str
    path: str
    reason: str
    by: str = API_SERVER

    @property
    def remedy(self) -> str:
        return REMEDY.get(self.kind, "delete the object, then apply")


def refusals(key: ObjectKey, old: dict[str, Any], new: dict[str, Any], found: list[Change]) -> list[Refusal]:
    """What the cluster refuses of the update from `old` to `new`, whose `found` changes are given."""
    pairs = _refused_fields(key, old, new, found)
    return [Refusal(key.kind, key.name, key.namespace, path, reason, by) for path, reason, by in pairs]


def _under(found: list[Change], prefix: str) -> bool:
    return any(c.path == prefix or c.path.startswith((prefix + ".", prefix + "[")) for c in found)


def _refused_fields(
    key: ObjectKey, old: dict[str, Any], new: dict[str, Any], found: list[Change]
) -> list[tuple[str, str, str]]:
    old_spec, new_spec = old.get("spec") or {}, new.get("spec") or {}
    group_kind = (key.group, key.kind)
    if group_kind in (("apps", "Deployment"), ("apps", "DaemonSet")):
        return [("spec.selector", IMMUTABLE, API_SERVER)] if _under(found, "spec.selector") else []
    if group_kind == ("apps", "StatefulSet"):
        fields = [f for f in dict.fromkeys([*old_spec, *new_spec]) if f not in STATEFULSET_MUTABLE]
        return [
            (f"spec.{f}", STATEFULSET_REFUSAL, API_SERVER)
            for f in fields
            if old_spec.get(f, STATEFULSET_DEFAULTS.get(f)) != new_spec.get(f, STATEFULSET_DEFAULTS.get(f))
        ]
    if group_kind == ("batch", "Job"):
        return [(f"spec.{f}", IMMUTABLE, API_SERVER) for f in JOB_IMMUTABLE if _under(found, f"spec.{f}")]
    if group_kind == ("", "PersistentVolumeClaim"):
        return _claim(old_spec, new_spec, found)
    if group_kind == ("", "Service"):
        return _service(old_spec, new_spec)
    if group_kind in (
        ("rbac.authorization.k8s.io", "RoleBinding"),
        ("rbac.authorization.k8s.io", "ClusterRoleBinding"),
    ):
        return [("roleRef", "cannot change roleRef", API_SERVER)] if _under(found, "roleRef") else []
    if group_kind in (("", "ConfigMap"), ("", "Secret")) and old.get("immutable") is True:
        return _immutable_data(found, new)
    refused = [(path, message, API_SERVER) for path, message in _crd_immutable(key) if _under(found, path)]
    if group_kind == ("postgresql.cnpg.io", "Cluster"):
        refused += _cluster_storage(old_spec, new_spec)
    return refused


def _storage(spec: dict[str, Any]) -> Any:
    return (spec.get("resources") or {}).get("requests", {}).get("storage", MISSING)


def _smaller(old: Any, new: Any) -> bool:
    return old is not MISSING and new is not MISSING and quantity_value(new) < quantity_value(old)


def _claim(old: dict[str, Any], new: dict[str, Any], found: list[Change]) -> list[tuple[str, str, str]]:
    """core/validation ValidatePersistentVolumeClaimUpdate: the request may grow (on a bound
    claim), never below what the volume has (status.capacity, which the old request got); the
    rest of the spec is fixed at creation."""
    refused = []
    storage = "spec.resources.requests.storage"
    if _smaller(_storage(old), _storage(new)):
        refused.append((storage, "field can not be less than status.capacity", API_SERVER))
    others = [
        c.path
        for c in found
        if c.path.startswith("spec.") and c.path not in (storage, "spec.volumeAttributesClassName")
    ]
    if others:
        refused.append(
            (
                "spec",
                "spec is immutable after creation except resources.requests and volumeAttributesClassName for "
                f"bound claims ({', '.join(others)})",
                API_SERVER,
            )
        )
    return refused


def _service(old: dict[str, Any], new: dict[str, Any]) -> list[tuple[str, str, str]]:
    """core/validation validateUpgradeDowngradeClusterIPs: a Service keeps its clusterIP (an
    allocated address when the manifest names none) unless it is or becomes an ExternalName.
    A headless Service cannot become a NodePort or LoadBalancer one (it has no address)."""
    types = (old.get("type", "ClusterIP"), new.get("type", "ClusterIP"))
    if "ExternalName" in types:
        return []
    before, after = old.get("clusterIP", ""), new.get("clusterIP", "")
    if after and after != before:
        return [("spec.clusterIPs[0]", "may not change once set", API_SERVER)]
    if before == "None" and types[1] in ("NodePort", "LoadBalancer"):
        return [("spec.clusterIP", f"may not be set to 'None' for {types[1]} services", API_SERVER)]
    return []


def _immutable_data(found: list[Change], new: dict[str, Any]) -> list[tuple[str, str, str]]:
    """core/validation ValidateConfigMapUpdate and ValidateSecretUpdate."""
    message = "field is immutable when `immutable` is set"
    refused = [(f, message, API_SERVER) for f in ("data", "binaryData", "stringData") if _under(found, f)]
    if new.get("immutable") is not True:
        refused.append(("immutable", message, API_SERVER))
    return refused


def _cluster_storage(old: dict[str, Any], new: dict[str, Any]) -> list[tuple[str, str, str]]:
    """The operator's webhook refuses a smaller storage or walStorage (validateStorageConfigurationChange)."""
    refused = []
    for section in ("storage", "walStorage"):
        before = (old.get(section) or {}).get("size", MISSING)
        after = (new.get(section) or {}).get("size", MISSING)
        if _smaller(before, after):
            refused.append((f"spec.{section}", f"can't shrink existing storage from {before} to {after}", CNPG_WEBHOOK))
    return refused


def _crd_immutable(key: ObjectKey) -> list[tuple[str, str]]:
    return _immutable_by_crd().get((key.group, key.kind), [])


@cache
def _immutable_by_crd() -> dict[tuple[str, str], list[tuple[str, str]]]:
    """(group, kind) -> (field path, message) of every `self == oldSelf` rule of the CRDs in
    imports/crds/ (a transition rule: the API server refuses any change once the field is set)."""
    found: dict[tuple[str, str], list[tuple[str, str]]] = {}
    for path in sorted(CRDS.glob("*.yaml")):
        for crd in yaml.load_all(path.read_text(), Loader=_LOADER):
            if not crd or crd.get("kind") != "CustomResourceDefinition":
                continue
            rules = found.setdefault((crd["spec"]["group"], crd["spec"]["names"]["kind"]), [])
            for version in crd["spec"]["versions"]:
                _transition_rules(version["schema"]["openAPIV3Schema"], "", rules)
    return found


def _transition_rules(schema: dict[str, Any], path: str, into: list[tuple[str, str]]) -> None:
    for rule in schema.get("x-kubernetes-validations") or []:
        if rule.get("rule", "").replace(" ", "") == "self==oldSelf" and (path, rule["message"]) not in into:
            into.append((path, rule["message"]))
    for name, child in (schema.get("properties") or {}).items():
        _transition_rules(child, f"{path}.{name}" if path else name, into)
