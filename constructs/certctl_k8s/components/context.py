"""What every component receives: the values, the naming, the credentials, and the metadata and
scheduling rules they all apply the same way."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from typing import Any

from ..credentials import Credentials
from ..naming import Naming
from ..values import Values
from ..values.common import SecurityContext
from . import checkov, pod
from .database import Connection, password_volume

CERTCTL_IMAGE_COMPONENTS = ("server", "agent", "configure", "migration")  # pods that run certctl's images
SERVER_CA_DIR = "/etc/certctl/server-ca"  # where API clients mount server_ca_volume()
SERVER_CA_FILE = "ca.crt"
SERVICE_CA_KEY = "service-ca.crt"  # the key OpenShift's service CA injects its bundle under


@dataclass(frozen=True)
class Context:
    values: Values

    @cached_property
    def naming(self) -> Naming:
        return Naming(self.values)

    @cached_property
    def credentials(self) -> Credentials:
        return Credentials(self.naming)

    @cached_property
    def database(self) -> Connection:
        """How every database client connects (components/database.py)."""
        return Connection.of(self.credentials)

    @cached_property
    def inline_data(self) -> dict[str, str]:
        return self.credentials.inline_data(self.values.server.settings)

    def metadata(
        self, name: str, component: str | None = None, annotations: dict[str, str] | None = None
    ) -> dict[str, Any]:
        return {
            "name": name,
            "namespace": self.naming.namespace,
            "labels": self.naming.labels(component),
            "annotations": self.naming.annotations(annotations),
        }

    def pod_metadata(self, component: str, annotations: dict[str, str] | None = None) -> dict[str, Any]:
        """Pod template metadata: selector labels plus common/custom labels (never the version,
        so an image bump does not relabel pods needlessly)."""
        v = self.values
        labels = {**v.common_labels, **v.custom_labels, **self.naming.selector(component)}
        return {"labels": labels, "annotations": self.naming.annotations(annotations)}

    def inline_checksum_annotation(self) -> dict[str, str]:
        return {"checksum/inline-secret": pod.checksum(self.inline_data)} if self.inline_data else {}

    def scripts_volume(self) -> dict[str, Any]:
        return {"name": "scripts", "configMap": {"name": self.naming.scripts, "defaultMode": 0o555}}

    def server_ca_volume(self) -> dict[str, Any]:
        """The server's trust anchor alone, for clients of its API: never tls.key. OpenShift's
        service CA writes no CA into the Secret: its bundle is injected into a ConfigMap."""
        if self.values.server.tls.source == "openshift-service-ca":
            bundle = [{"key": SERVICE_CA_KEY, "path": SERVER_CA_FILE}]
            source = {"name": self.naming.service_ca_config_map, "items": bundle, "defaultMode": 0o444}
            return {"name": "server-ca", "configMap": source}
        items = {self.values.server.tls.trust_key: SERVER_CA_FILE}
        return pod.secret_volume("server-ca", self.naming.tls_secret, items, mode=0o444)

    def postgres_password_volume(self) -> dict[str, Any]:
        """The StatefulSet's PostgreSQL password as the file `password` (postgresql.auth's Secret)."""
        return password_volume(self.credentials.postgres_password_ref())

    # On OpenShift the SCC assigns every pod's user and fsGroup: none is written (pod.py).
    def pod_security_context(self, sc: SecurityContext) -> dict[str, Any]:
        return pod.pod_security_context(sc, fixed_ids=not self.values.openshift.enabled)

    def container_security_context(self, sc: SecurityContext) -> dict[str, Any]:
        return pod.container_security_context(sc, fixed_ids=not self.values.openshift.enabled)

    def low_uid_reason(self, sc: SecurityContext, key: str, why: str = "") -> str:
        """Why checkov's high-UID check does not apply (checkov.py)."""
        if self.values.openshift.enabled:
            return checkov.ASSIGNED_UID_REASON
        return checkov.low_uid_reason(sc.run_as_user, key, why)

    def pod_fields(self, component: str) -> dict[str, Any]:
        """The pod-spec fields every component's pods share: no service links (a Service named
        `<fullname>-server` would otherwise put `CERTCTL_SERVER_PORT=tcp://...` into every pod's
        environment, a variable certctl reads), plus the component's scheduling."""
        return {"enableServiceLinks": False, **self.scheduling(component)}

    def scheduling(self, component: str) -> dict[str, Any]:
        """imagePullSecrets, node selection, affinity and spreading for a component's pod spec.
        Pods that run a certctl image need its platform (certctlNodeSelector)."""
        v = self.values
        spec: dict[str, Any] = {}
        if v.image_pull_secrets:
            spec["imagePullSecrets"] = list(v.image_pull_secrets)
        selector = dict(v.certctl_node_selector) if component in CERTCTL_IMAGE_COMPONENTS else {}
        if component == "server":
            affinity = {
                key: value
                for key, value in (
                    ("nodeAffinity", v.node_affinity),
                    ("podAffinity", v.pod_affinity),
                    ("podAntiAffinity", v.pod_anti_affinity),
                )
                if value
            }
            if affinity:
                spec["affinity"] = affinity
            spread = self.server_spread()
            if spread:
                spec["topologySpreadConstraints"] = spread
        elif component == "agent":
            agent = v.agent
            selector.update(agent.node_selector)
            if agent.tolerations:
                spec["tolerations"] = list(agent.tolerations)
            if agent.affinity:
                spec["affinity"] = dict(agent.affinity)
        elif component == "postgres-backup" and v.backup.tolerations:
            spec["tolerations"] = list(v.backup.tolerations)
        if selector:
            spec["nodeSelector"] = selector
        return spec

    def server_spread(self) -> list[dict[str, Any]]:
        """Spread server replicas over nodes and zones unless the values say otherwise."""
        v = self.values
        if v.topology_spread_constraints is not None:
            return list(v.topology_spread_constraints)
        if v.server.replicas < 2:
            return []
        selector = {"matchLabels": self.naming.selector("server")}
        return [
            {
                "maxSkew": 1,
                "topologyKey": "kubernetes.io/hostname",
                "whenUnsatisfiable": "DoNotSchedule",
                "labelSelector": selector,
            },
            {
                "maxSkew": 1,
                "topologyKey": "topology.kubernetes.io/zone",
                "whenUnsatisfiable": "ScheduleAnyway",
                "labelSelector": selector,
            },
        ]
