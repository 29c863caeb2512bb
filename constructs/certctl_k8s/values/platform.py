"""Cluster-facing sections: Ingress, ServiceAccounts and RBAC, availability, monitoring, network policy."""

from __future__ import annotations

import re
from typing import Annotated, Any, Literal

from pydantic import AfterValidator, Field, model_validator

from .base import Section, defaults, problem
from .common import SecretKeyRef
from .crd import RelabelConfig, ScrapeTlsConfig
from .kube import NetworkPolicyEgressRule, NetworkPolicyIngressRule
from .server import IssuerRef
from .types import Annotations, Cidr, DnsLabel, DnsName, Duration, Labels, PromDuration, prom_duration_seconds

_PROM_LABEL = re.compile(r"^[a-zA-Z_][a-zA-Z0-9_]*$")


def _prom_labels(value: dict[str, str]) -> dict[str, str]:
    for name in value:
        if not _PROM_LABEL.match(name) or name.startswith("__"):
            raise ValueError(f"{name!r} is not a Prometheus label name (letters, digits and '_', not starting with __)")
    return value


class IngressPath(Section):
    path: str = Field(default="/", pattern=r"^/")
    path_type: Literal["Prefix", "Exact", "ImplementationSpecific"] = "Prefix"


class IngressHost(Section):
    host: DnsName
    paths: list[IngressPath] = defaults(list[IngressPath], [{}], min_length=1)


class IngressTls(Section):
    secret_name: str = Field(min_length=1)
    hosts: list[DnsName] = Field(min_length=1)


class IngressCertManager(Section):
    enabled: bool = False
    issuer_ref: IssuerRef = defaults(IssuerRef)

    @model_validator(mode="after")
    def _issuer(self) -> IngressCertManager:
        if self.enabled and not self.issuer_ref.name:
            raise problem("issuerRef.name", "is required when ingress.certManager.enabled is true")
        return self


class Ingress(Section):
    enabled: bool = False
    class_name: str = ""
    annotations: Annotations = {}
    cert_manager: IngressCertManager = defaults(IngressCertManager)
    hosts: list[IngressHost] = defaults(list[IngressHost], [{"host": "certctl.local"}])
    tls: list[IngressTls] = []

    @model_validator(mode="after")
    def _tls(self) -> Ingress:
        if not self.enabled:
            return self
        if self.cert_manager.enabled and not self.tls:
            raise problem(
                "tls",
                "is required when ingress.certManager.enabled is true: cert-manager "
                "only issues for hosts listed under ingress.tls (secretName and hosts)",
            )
        if not self.tls:
            raise problem(
                "tls",
                "empty is refused when ingress.enabled is true: every request carries an API key, so the "
                "Ingress must terminate TLS; list secretName and hosts (a Secret you create, or one "
                "ingress.certManager issues)",
            )
        if not self.hosts:
            raise problem("hosts", "needs at least one host when ingress.enabled is true")
        covered = {host for entry in self.tls for host in entry.hosts}
        bare = [h.host for h in self.hosts if h.host not in covered]
        if bare:
            raise problem(
                "tls",
                f"covers no entry for {', '.join(bare)}: the Ingress would serve that host over plain HTTP, "
                "API keys included; add it to the hosts of an ingress.tls entry",
            )
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
    bearer_token_secret: SecretKeyRef | None = Field(
        default=None,
        description="Helm: the Secret key Prometheus presents; it becomes the metrics key "
        "(server.auth.keys.metrics), so certctl accepts it with the metrics permission",
    )
    tls_config: ScrapeTlsConfig | None = Field(
        default=None,
        description="how Prometheus verifies the server; unset: the server's CA and the Service's name",
    )
    relabelings: list[RelabelConfig] = Field(
        default=[], description="added after the one that keeps the server Service's endpoints"
    )

    @model_validator(mode="after")
    def _selector(self) -> ServiceMonitor:
        if self.selector:
            raise problem(
                "selector",
                "is not used: the ServiceMonitor always selects the certctl server "
                "Service by its labels; use labels to match your Prometheus",
            )
        return self


class AlertThresholds(Section):
    """When each alert fires: a threshold, and how long it must hold (`...For`)."""

    expiring_certificate_count: int = Field(
        default=0, ge=0, description="CertctlCertificateExpiringSoon: more certificates than this expire within 30 days"
    )
    expiring_certificate_for: PromDuration = Field(
        default="24h",
        description="and stay so this long: longer than a renewal may take, since certctl renews in the same "
        "30 days (Helm: 5m)",
    )
    offline_agent_count: int = Field(
        default=0, ge=0, description="CertctlAgentOffline: more agents than this offline, sentinels not counted"
    )
    offline_agent_for: PromDuration = "1h"
    job_failure_rate: float = Field(
        default=0.05,
        ge=0,
        lt=1,
        description="CertctlJobFailureRateHigh: more than this fraction of the jobs finished in the window failed",
    )
    job_failure_rate_for: PromDuration = "15m"
    job_failure_rate_window: PromDuration = Field(
        default="1h", description="the window the job failure ratio is taken over (at least 5m)"
    )
    issuance_failure_rate: float = Field(
        default=0, ge=0, description="CertctlIssuanceFailures: failures per second of one issuer type (15m average)"
    )
    issuance_failure_for: PromDuration = "15m"
    backup_grace: PromDuration = Field(
        default="2h",
        description="CertctlBackupMissing and CertctlDatabaseBackupMissing: how long past the schedule's longest "
        "wait between two runs a successful backup may be late",
    )
    wal_archive_delay: PromDuration = Field(
        default="30m",
        description="CertctlDatabaseWALArchivingStale: WAL segments wait for the archive while none was archived "
        "for this long",
    )
    replication_lag: PromDuration = Field(
        default="5m", description="CertctlDatabaseReplicaLagging: a standby replays WAL this far behind the primary"
    )
    volume_usage: float = Field(
        default=0.85,
        gt=0,
        lt=1,
        description="CertctlDatabaseVolumeFull: a data or WAL volume of the Cluster is fuller than this fraction",
    )

    @model_validator(mode="after")
    def _window(self) -> AlertThresholds:
        if prom_duration_seconds(self.job_failure_rate_window) < 300:
            raise problem("jobFailureRateWindow", "must be at least 5m: the ratio compares job counts a minute apart")
        return self


class PrometheusRules(Section):
    """A PrometheusRule `<fullname>-rules` with certctl's alerts (docs/alerts.md)."""

    enabled: bool = False
    interval: PromDuration = Field(default="60s", description="how often the rules are evaluated")
    labels: Labels = Field(default={}, description="extra labels on the PrometheusRule, for Prometheus' ruleSelector")
    series_labels: Annotated[dict[str, str], AfterValidator(_prom_labels)] = Field(
        default={},
        description="the labels that tell this release's certctl series apart; empty: the ServiceMonitor's, "
        "`{job: <fullname>-server, namespace: <namespace>}`",
    )
    thresholds: AlertThresholds = defaults(AlertThresholds)


class Monitoring(Section):
    enabled: bool = False
    service_monitor: ServiceMonitor = defaults(ServiceMonitor)
    prometheus_rules: PrometheusRules = defaults(PrometheusRules)


class NetworkPolicy(Section):
    """Default deny in the namespace, then only the flows certctl needs."""

    enabled: bool = True
    ingress_namespace: DnsLabel | None = None
    ingress_namespace_selector: dict[str, str] = {}
    egress_cidrs: list[str] = ["0.0.0.0/0"]
    egress_ports: list[int] = [443]
    dns_provider: Literal["kube-dns", "node-local-dns", "openshift"] = Field(
        default="kube-dns",
        description="who answers the pods' DNS: kube-dns/CoreDNS pods (k8s-app: kube-dns), NodeLocal DNSCache "
        "(dnsCacheCidrs, with kube-dns behind it) or OpenShift's DNS pods (port 5353)",
    )
    dns_namespace: DnsLabel | None = Field(
        default=None, description="the DNS pods' namespace; unset: kube-system, or openshift-dns for openshift"
    )
    dns_cache_cidrs: list[Cidr] = Field(
        default=["169.254.20.10/32"],
        description="node-local-dns: the cache's address, plus the kube-dns Service address when the cache "
        "also answers on it",
    )
    monitoring_namespace: DnsLabel | None = None

    @property
    def dns_pods_namespace(self) -> str:
        return self.dns_namespace or ("openshift-dns" if self.dns_provider == "openshift" else "kube-system")

    @property
    def api_server_cidrs(self) -> list[str]:
        """Where the Kubernetes API server is reached: kubernetesApiCidrs, else egressCidrs."""
        return self.kubernetes_api_cidrs or self.egress_cidrs

    kubernetes_api_cidrs: list[str] = Field(
        default=[],
        description="where the Kubernetes API server's endpoints are, for the CloudNativePG instances; "
        "empty: egressCidrs",
    )
    kubernetes_api_ports: list[int] = Field(
        default=[443, 6443], description="the API server's ports, as its endpoints listen (after the Service's DNAT)"
    )
    extra_ingress: list[NetworkPolicyIngressRule] = Field(
        default=[],
        description="Helm: more rules (networking.k8s.io/v1 NetworkPolicyIngressRule) for the server pods' ingress, "
        "added to <fullname>-server-ingress",
    )
    extra_egress: list[NetworkPolicyEgressRule] = Field(
        default=[],
        description="Helm: more rules (networking.k8s.io/v1 NetworkPolicyEgressRule) for the server pods' egress, "
        "added to <fullname>-server-egress; a rule without `to` admits every destination on its ports",
    )
