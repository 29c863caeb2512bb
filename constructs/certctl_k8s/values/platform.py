"""Cluster-facing sections: Ingress, ServiceAccounts and RBAC, availability, monitoring, network policy."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import Field, model_validator

from .base import Section, problem
from .server import IssuerRef
from .types import Annotations, DnsLabel, DnsName, Duration, Labels


class IngressPath(Section):
    path: str = Field(default="/", pattern=r"^/")
    path_type: Literal["Prefix", "Exact", "ImplementationSpecific"] = "Prefix"


class IngressHost(Section):
    host: DnsName
    paths: list[IngressPath] = Field(default=[IngressPath()], min_length=1)


class IngressTls(Section):
    secret_name: str = Field(min_length=1)
    hosts: list[DnsName] = Field(min_length=1)


class IngressCertManager(Section):
    enabled: bool = False
    issuer_ref: IssuerRef = IssuerRef()

    @model_validator(mode="after")
    def _issuer(self) -> IngressCertManager:
        if self.enabled and not self.issuer_ref.name:
            raise problem("issuerRef.name", "is required when ingress.certManager.enabled is true")
        return self


class Ingress(Section):
    enabled: bool = False
    class_name: str = ""
    annotations: Annotations = {}
    cert_manager: IngressCertManager = IngressCertManager()
    hosts: list[IngressHost] = [IngressHost(host="certctl.local")]
    tls: list[IngressTls] = []

    @model_validator(mode="after")
    def _tls(self) -> Ingress:
        if self.enabled and self.cert_manager.enabled and not self.tls:
            raise problem(
                "tls",
                "is required when ingress.certManager.enabled is true: cert-manager "
                "only issues for hosts listed under ingress.tls (secretName and hosts)",
            )
        if self.enabled and not self.hosts:
            raise problem("hosts", "needs at least one host when ingress.enabled is true")
        return self


class ServiceAccount(Section):
    create: bool = True
    annotations: Annotations = {}
    name: str = ""


class Rbac(Section):
    create: bool = True
    cluster_wide: bool = False


class KubernetesSecrets(Section):
    """The chart's keys for certctl's Kubernetes-Secrets deployment target. They load, and grant
    nothing: in certctl v2.1.7 that target is a stub in the agent that fails every deployment."""

    enabled: bool = False
    namespaces: list[DnsLabel] = []
    secret_names: list[str] = []


class PodDisruptionBudget(Section):
    """Without either bound, minAvailable is 1 (the Helm chart's default)."""

    enabled: bool = False
    min_available: int | str | None = None
    max_unavailable: int | str | None = None

    @model_validator(mode="after")
    def _bounds(self) -> PodDisruptionBudget:
        if self.min_available is not None and self.max_unavailable is not None:
            raise problem("maxUnavailable", "set either minAvailable or maxUnavailable, not both")
        return self

    @property
    def bounds(self) -> dict[str, int | str]:
        if self.max_unavailable is not None:
            return {"maxUnavailable": self.max_unavailable}
        return {"minAvailable": 1 if self.min_available is None else self.min_available}


class ServiceMonitor(Section):
    enabled: bool = False
    interval: Duration = "30s"
    scrape_timeout: Duration = "10s"
    labels: Labels = {}
    selector: dict[str, Any] = {}

    @model_validator(mode="after")
    def _selector(self) -> ServiceMonitor:
        if self.selector:
            raise problem(
                "selector",
                "is not used: the ServiceMonitor always selects the certctl server "
                "Service by its labels; use labels to match your Prometheus",
            )
        return self


class Monitoring(Section):
    enabled: bool = False
    service_monitor: ServiceMonitor = ServiceMonitor()


class NetworkPolicy(Section):
    """Default deny in the namespace, then only the flows certctl needs."""

    enabled: bool = True
    ingress_namespace: DnsLabel | None = None
    ingress_namespace_selector: dict[str, str] = {}
    egress_cidrs: list[str] = ["0.0.0.0/0"]
    egress_ports: list[int] = [443]
    dns_namespace: DnsLabel = "kube-system"
    monitoring_namespace: DnsLabel | None = None
