"""Components describe objects as Kubernetes-shaped dicts (they read like the YAML they become);
`emit` lists one on its component construct as a `Manifest`, which keeps its document in Python,
and `documents` returns a tree's documents component by component, in tree order.

An object never crosses into the jsii kernel during a synth: handing its document over (as an L1
or CRD binding's props) made the kernel walk and type every value, then walk the result back out,
which cost more than everything else we render; and even as a bare construct node, each object
cost a kernel round trip that made up a sixth of a synth (bench/README.md). The check that buys,
that every field exists in the Kubernetes 1.28 API or in its CRD and has that field's type, runs in the tests
instead: `tests/test_bindings.py` builds every synthesized object through its cdk8s-plus-28 L1
class or `imports/` binding in the kernel and requires the same document back, and the documents
are validated against the Kubernetes 1.28 schema and the CRDs' schemas."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from constructs import Construct


@dataclass(frozen=True)
class Kind:
    api_version: str
    kind: str


NAMESPACE = Kind("v1", "Namespace")
SERVICE_ACCOUNT = Kind("v1", "ServiceAccount")
SECRET = Kind("v1", "Secret")
CONFIG_MAP = Kind("v1", "ConfigMap")
SERVICE = Kind("v1", "Service")
PERSISTENT_VOLUME_CLAIM = Kind("v1", "PersistentVolumeClaim")
NETWORK_POLICY = Kind("networking.k8s.io/v1", "NetworkPolicy")
INGRESS = Kind("networking.k8s.io/v1", "Ingress")
DEPLOYMENT = Kind("apps/v1", "Deployment")
STATEFUL_SET = Kind("apps/v1", "StatefulSet")
DAEMON_SET = Kind("apps/v1", "DaemonSet")
JOB = Kind("batch/v1", "Job")
CRON_JOB = Kind("batch/v1", "CronJob")
POD_DISRUPTION_BUDGET = Kind("policy/v1", "PodDisruptionBudget")
CERTIFICATE = Kind("cert-manager.io/v1", "Certificate")
SERVICE_MONITOR = Kind("monitoring.coreos.com/v1", "ServiceMonitor")
POD_MONITOR = Kind("monitoring.coreos.com/v1", "PodMonitor")
PROMETHEUS_RULE = Kind("monitoring.coreos.com/v1", "PrometheusRule")
CLUSTER = Kind("postgresql.cnpg.io/v1", "Cluster")
SCHEDULED_BACKUP = Kind("postgresql.cnpg.io/v1", "ScheduledBackup")
BACKUP = Kind("postgresql.cnpg.io/v1", "Backup")
OBJECT_STORE = Kind("barmancloud.cnpg.io/v1", "ObjectStore")
EXTERNAL_SECRET = Kind("external-secrets.io/v1", "ExternalSecret")
HTTP_ROUTE = Kind("gateway.networking.k8s.io/v1", "HTTPRoute")
TLS_ROUTE = Kind("gateway.networking.k8s.io/v1", "TLSRoute")
BACKEND_TLS_POLICY = Kind("gateway.networking.k8s.io/v1", "BackendTLSPolicy")
ROUTE = Kind("route.openshift.io/v1", "Route")


_LISTED = "_manifests"  # the attribute of a construct that lists its objects


class Manifest:
    """One Kubernetes object of a component: its document, listed on the component construct
    under an id unique there (two objects with one id are refused, as constructs are)."""

    def __init__(self, scope: Construct, kind: Kind, metadata: dict[str, Any], body: dict[str, Any]) -> None:
        key = _object_id(kind.kind, metadata)
        listed: dict[str, Manifest] = scope.__dict__.setdefault(_LISTED, {})
        if key in listed:
            raise ValueError(f"There is already an object named {key!r} in {scope.node.path}")
        listed[key] = self
        head = {"apiVersion": kind.api_version, "kind": kind.kind, "metadata": _clean(metadata)}
        self.document: dict[str, Any] = {**head, **_clean(body)}


def emit(scope: Construct, kind: Kind, metadata: dict[str, Any], **body: Any) -> Manifest:
    """Add one object identified by its kind, namespace and name; `body` holds the top-level fields
    (spec, data, rules, ...) as Kubernetes dicts. An empty metadata field is left out."""
    return Manifest(scope, kind, {key: value for key, value in metadata.items() if value}, body)


def documents(scope: Construct) -> list[dict[str, Any]]:
    """The documents of `scope` and every construct below it, component by component in tree
    order, each component's in the order it added them (one kernel call, to list the tree)."""
    return [m.document for node in scope.node.find_all() for m in node.__dict__.get(_LISTED, {}).values()]


def _clean(value: Any) -> Any:
    """What cdk8s writes for a binding's object below its apiVersion, kind and metadata: keys
    sorted at every level, unset (None) fields left out."""
    if isinstance(value, dict):
        return {key: _clean(value[key]) for key in sorted(value) if value[key] is not None}
    if isinstance(value, list):
        return [_clean(item) for item in value]
    return value


def _object_id(kind: str, metadata: dict[str, Any]) -> str:
    """Unique within a component: the same name may be used by another kind, or in another namespace."""
    namespace = metadata.get("namespace")
    return f"{kind}-{namespace}-{metadata['name']}" if namespace else f"{kind}-{metadata['name']}"
