"""`server.*`: the certctl API and scheduler Deployment, its TLS source and its authentication."""

from __future__ import annotations

from functools import cached_property
from typing import Any, Literal
from urllib.parse import SplitResult, urlsplit

from pydantic import Field, model_validator

from .auth import Auth
from .base import Section, defaults, problem
from .budgets import AUDIT_FLUSH_SECONDS, shutdown_seconds
from .common import Credential, EnvList, Image, Resources, SecurityContext, resources
from .discovery import CloudDiscovery, NetworkScan
from .issuers import Issuers
from .kube import Probe, Volume, VolumeMount
from .notifiers import Digest, Notifiers, Smtp
from .operations import Cors, Database, Deployments, HealthChecks, Http, Keygen, Logging, RateLimiting, Scheduler
from .protocols import AcmeServer, Est, OcspResponder, Scep
from .settings import Setting, settings
from .types import Annotations, DnsName, Duration, Port

SERVER_IMAGE = "ghcr.io/certctl-io/certctl-server"


class IssuerRef(Section):
    name: str = ""
    kind: Literal["ClusterIssuer", "Issuer"] = "ClusterIssuer"
    group: str = "cert-manager.io"


class ServerCertManager(Section):
    enabled: bool = False
    secret_name: str = ""
    issuer_ref: IssuerRef = defaults(IssuerRef)
    common_name: str = ""
    dns_names: list[DnsName] = []
    duration: Duration = "2160h"
    renew_before: Duration = "360h"

    @model_validator(mode="after")
    def _issuer(self) -> ServerCertManager:
        if self.enabled and not self.issuer_ref.name:
            raise problem(
                "issuerRef.name",
                "is required when server.tls.certManager.enabled is true "
                "(the cert-manager Issuer or ClusterIssuer that signs the server certificate)",
            )
        return self


class Tls(Section):
    """One source for the server certificate: an existing Secret, cert-manager, OpenShift's
    service CA, or (none set) the self-signed pair the secrets command writes into `<fullname>-tls`."""

    existing_secret: str = ""
    mount_path: str = "/etc/certctl/tls"
    cert_manager: ServerCertManager = defaults(ServerCertManager)
    openshift_service_ca: bool = Field(
        default=False,
        alias="openshiftServiceCA",
        description="OpenShift's service CA issues the server certificate into <fullname>-tls (the Service's "
        "serving-cert annotation) and clients trust its CA bundle, injected into <fullname>-service-ca",
    )
    ca_key: str = ""
    reload_interval_seconds: int = Field(default=30, ge=5, le=3600)

    @model_validator(mode="after")
    def _one_source(self) -> Tls:
        sources = [self.existing_secret, self.cert_manager.enabled, self.openshift_service_ca]
        if sum(map(bool, sources)) > 1:
            raise problem(
                "existingSecret",
                "names a second source for the server certificate; keep one of server.tls.existingSecret, "
                "server.tls.certManager.enabled and server.tls.openshiftServiceCA",
            )
        if self.ca_key == "tls.key":
            raise problem(
                "caKey",
                "'tls.key' is the server's private key: the key named here is mounted into every agent pod "
                "as its trust anchor; name the CA certificate's key (ca.crt) or tls.crt",
            )
        return self

    @property
    def source(self) -> Literal["existing-secret", "cert-manager", "openshift-service-ca", "self-signed"]:
        if self.existing_secret:
            return "existing-secret"
        if self.cert_manager.enabled:
            return "cert-manager"
        if self.openshift_service_ca:
            return "openshift-service-ca"
        return "self-signed"

    @property
    def trust_key(self) -> str:
        """The Secret key agents trust: `ca.crt`, or for an existing `kubernetes.io/tls` Secret
        (which `kubectl create secret tls` makes without `ca.crt`) the certificate itself."""
        if self.ca_key:
            return self.ca_key
        return "tls.crt" if self.source == "existing-secret" else "ca.crt"


class Service(Section):
    type: Literal["ClusterIP", "NodePort", "LoadBalancer"] = "ClusterIP"
    port: Port = 8443
    node_port: Port | None = None
    annotations: Annotations = {}


class Encryption(Section):
    """`CERTCTL_CONFIG_ENCRYPTION_KEY`, which encrypts issuer credentials stored in the database."""

    key: Credential = ""


class Reloader(Section):
    """The sidecar that sends SIGHUP when the mounted certificate changes (certctl reloads only then)."""

    enabled: bool = True
    resources: Resources = resources("10m", "16Mi", "50m", "32Mi")


def _https_probe(path: str, **timing: int) -> dict[str, Any]:
    return {"httpGet": {"path": path, "port": "https", "scheme": "HTTPS"}, **timing}


_LIVENESS = _https_probe("/health", initialDelaySeconds=10, periodSeconds=10, timeoutSeconds=5, failureThreshold=3)
_READINESS = _https_probe("/ready", initialDelaySeconds=5, periodSeconds=5, timeoutSeconds=3, failureThreshold=2)
# certctl listens only once its migrations have run (cmd/server/main.go); until then the liveness
# probe would kill a server in the middle of a long migration. Ten minutes to start.
_STARTUP = _https_probe("/health", periodSeconds=5, timeoutSeconds=3, failureThreshold=120)


class Server(Section):
    replicas: int = Field(default=1, ge=1)
    image: Image = defaults(Image, {"repository": SERVER_IMAGE})
    port: Port = 8443
    resources: Resources = resources("100m", "128Mi", "500m", "512Mi")
    security_context: SecurityContext = defaults(SecurityContext)
    liveness_probe: Probe = _LIVENESS
    readiness_probe: Probe = _READINESS
    startup_probe: Probe = _STARTUP
    termination_grace_period_seconds: int | None = Field(
        default=None,
        ge=1,
        description="unset: certctl's shutdown budget (a 5 s drain, max(30 s, http.auditFlushTimeoutSeconds), "
        "10 s to exit)",
    )
    tls: Tls = defaults(Tls)
    service: Service = defaults(Service)
    auth: Auth = defaults(Auth)
    # certctl's own settings, each section mapped onto its CERTCTL_* variables.
    logging: Logging = defaults(Logging)
    http: Http = defaults(Http)
    database: Database = defaults(Database)
    smtp: Smtp = defaults(Smtp)
    digest: Digest = defaults(Digest)
    est: Est = defaults(Est)
    scep: Scep = defaults(Scep)
    acme_server: AcmeServer = defaults(AcmeServer)
    ocsp_responder: OcspResponder = defaults(OcspResponder)
    rate_limiting: RateLimiting = defaults(RateLimiting)
    network_scan: NetworkScan = defaults(NetworkScan)
    cloud_discovery: CloudDiscovery = defaults(CloudDiscovery)
    keygen: Keygen = defaults(Keygen)
    cors: Cors = defaults(Cors)
    scheduler: Scheduler = defaults(Scheduler)
    deployments: Deployments = defaults(Deployments)
    health_checks: HealthChecks = defaults(HealthChecks)
    issuer: Issuers = defaults(Issuers)
    notifiers: Notifiers = defaults(Notifiers)
    encryption: Encryption = defaults(Encryption)
    reloader: Reloader = defaults(Reloader)
    env: EnvList = []
    volumes: list[Volume] = []
    volume_mounts: list[VolumeMount] = []

    @model_validator(mode="before")
    @classmethod
    def _shared_rate_limits(cls, data: object) -> object:
        """Several replicas share their sliding-window limits (break-glass login, OCSP per IP,
        certificate export) only through the postgres backend, so it is the default for them;
        an explicit `memory` stays (with a warning)."""
        if isinstance(data, dict) and isinstance(data.get("replicas"), int) and data["replicas"] > 1:
            key = "rate_limiting" if "rate_limiting" in data else "rateLimiting"
            limits = data.get(key)
            limits = limits if isinstance(limits, dict) else {}
            if limits.get("backend") is None:
                data = {**data, key: {**limits, "backend": "postgres"}}
        return data

    @property
    def shutdown_seconds(self) -> int:
        """How long a server pod may need to stop (values/budgets.py)."""
        return shutdown_seconds(self.http.audit_flush_timeout_seconds)

    @property
    def grace_seconds(self) -> int:
        return self.termination_grace_period_seconds or self.shutdown_seconds

    @model_validator(mode="after")
    def _rules(self) -> Server:
        if self.grace_seconds < self.shutdown_seconds:
            raise problem(
                "terminationGracePeriodSeconds",
                f"{self.grace_seconds} is shorter than certctl's shutdown ({self.shutdown_seconds} s with "
                "server.http.auditFlushTimeoutSeconds "
                f"{self.http.audit_flush_timeout_seconds or AUDIT_FLUSH_SECONDS}): the kubelet would kill it "
                "before its audit records are written; raise it or leave it unset",
            )
        local = self.issuer.local
        if self.replicas > 1 and local.enabled and local.ephemeral:
            raise problem(
                "issuer.local.ephemeral",
                "cannot be true with more than one server replica: each replica would sign with its own throwaway CA",
            )
        names = {volume["name"] for volume in self.volumes}
        for index, mount in enumerate(self.volume_mounts):
            if mount["name"] not in names:
                raise problem(f"volumeMounts.{index}.name", f"{mount['name']!r} names no entry of server.volumes")
        for setting, url in self._urls():
            try:
                _ = url.port  # urlsplit checks the port only when it is read
            except ValueError:
                raise problem(
                    setting.key.removeprefix("server."),
                    f"{setting.value!r} is not a URL with a valid port (e.g. https://vault.example.com:8200)",
                ) from None
        key_dir = self.ocsp_responder.key_dir
        writable = ["/tmp"] + [mount["mountPath"] for mount in self.volume_mounts if not mount.get("readOnly")]
        if key_dir and not any(key_dir == root or key_dir.startswith(root.rstrip("/") + "/") for root in writable):
            raise problem(
                "ocspResponder.keyDir",
                f"{key_dir!r} is not writable (the root filesystem is read-only): "
                "use a path under /tmp or under a writable server.volumeMounts path",
            )
        return self

    @cached_property
    def settings(self) -> list[Setting]:
        """Every certctl variable the typed settings set, with the key that sets it (computed
        once: the components, the credentials and the rules all read it)."""
        return settings(self, "server")

    def _urls(self) -> list[tuple[Setting, SplitResult]]:
        return [
            (s, urlsplit(s.value))
            for s in self.settings
            if s.kind == "plain" and isinstance(s.value, str) and s.value.startswith(("https://", "http://"))
        ]

    def outbound_ports(self) -> list[int]:
        """TCP ports the settings make the server call out to: each URL's port, and SMTP."""
        ports = {self.smtp.port} if self.smtp.enabled else set()
        ports.update(url.port or (443 if url.scheme == "https" else 80) for _, url in self._urls())
        return sorted(ports)
